/**
 * The sticky comment: one per pull request and environment, found by the HTML marker on its
 * first line and edited in place on every push, so the thread never fills up with plans.
 */
import type { ActionCore, ActionGitHub, IssueComment } from './ports';
import type { RunShared } from './run-shared';
import type { SecretMask } from './secrets';

export interface StickyResult {
  id: number;
  created: boolean;
}

/**
 * Creates the comment whose body starts with `marker`, or updates the oldest such comment. Two
 * runs for one pull request at the same moment (`opened` and `labeled` when a pull request is
 * opened with a label, two quick pushes) may each find none and each create one: the run that
 * created one looks again and keeps only the oldest, and any later run deletes the others, so
 * a stale second plan never stays on the pull request. `keep` says which comment text stays as it
 * is (an apply's result that a later run with nothing to do must not replace).
 */
export async function upsertStickyComment(
  gh: Pick<ActionGitHub, 'listComments' | 'createComment' | 'updateComment' | 'deleteComment'>,
  issue: number,
  marker: string,
  body: string,
  keep?: (existing: string) => boolean,
): Promise<StickyResult> {
  if (!body.startsWith(marker)) throw new Error('bug: a sticky comment must start with its marker');
  // startsWith, not includes: a reply quoting our comment starts with "> <!--" and is not ours.
  const ours = async () =>
    (await gh.listComments(issue))
      .filter((c) => c.body.trimStart().startsWith(marker))
      .sort((a, b) => a.id - b.id);
  const [mine, ...extra] = await ours();
  if (mine) {
    if (mine.body !== body && !keep?.(mine.body)) await gh.updateComment(mine.id, body);
    await deleteQuietly(
      gh,
      extra.filter((c) => sameAuthor(c, mine)),
    );
    return { id: mine.id, created: false };
  }
  const created = await gh.createComment(issue, body);
  const oldest = (await ours().catch(() => []))[0];
  if (oldest && oldest.id < created.id && sameAuthor(oldest, created)) {
    // Another run created one first: that one stays, with this run's text; ours goes.
    if (oldest.body !== body) await gh.updateComment(oldest.id, body);
    await deleteQuietly(gh, [created]);
    return { id: oldest.id, created: false };
  }
  return { id: created.id, created: true };
}

/**
 * Whether two comments were written by one account (the token's): only such a duplicate is ever
 * deleted, never a person's comment that happens to start with the marker. Unknown when GitHub
 * does not say, and then nothing is deleted.
 */
function sameAuthor(a: IssueComment, b: IssueComment): boolean {
  return a.author !== undefined && a.author === b.author;
}

/** Removes duplicate comments; a failure leaves them (the next run tries again) and is no error. */
async function deleteQuietly(gh: Pick<ActionGitHub, 'deleteComment'>, comments: { id: number }[]) {
  for (const c of comments) await gh.deleteComment(c.id).catch(() => {});
}

/**
 * Why a comment could not be posted, and what to do, for a `::warning::` and the job summary: a
 * run that cannot comment still succeeds, so this is the only place the user learns of it.
 * `forkToken`: a fork's `pull_request` run, whose token GitHub makes read-only.
 */
export function commentFailure(
  issue: number,
  error: unknown,
  forkToken: boolean,
  /** An apply's result: a rerun of the workflow finds nothing left to apply and posts none. */
  applyResult = false,
): string {
  const status = (error as { status?: unknown }).status;
  const why = error instanceof Error ? error.message : String(error);
  const head = `The flinkops comment could not be posted on #${issue}`;
  const retry = applyResult
    ? 'The job summary of this run has the result; a rerun would find nothing left to apply and post none.'
    : undefined;
  if ((error as { rateLimited?: unknown }).rateLimited === true)
    return `${head}: GitHub's API rate limit was reached (HTTP ${status}: ${why}). ${retry ?? 'The job summary has the same text; run the workflow again once the limit lifts.'}`;
  if (status === 401)
    return `${head}: GitHub refused the token, or none was given (HTTP 401: ${why}). Check the \`github-token\` input: leave it unset for the workflow's own token, or pass a token that is still valid.`;
  if (status === 403 || status === 404) {
    const fix = forkToken
      ? "A fork's `pull_request` run gets a read-only token: the plan is in this run's job summary only. " +
        "To have it commented, plan fork pull requests on `pull_request_target` instead, with care: that run has a write token and the secrets, so check out the fork's head only for flinkops and run none of its scripts."
      : "Give the workflow's token `pull-requests: write` (`permissions:` in the workflow), or set `comment: off` and read the job summary.";
    return `${head}: the token may not write to it (HTTP ${status}: ${why}). ${fix}`;
  }
  if (status === 422)
    return `${head}: GitHub refused it as it is (HTTP 422: ${why}). The job summary has the same text; a rerun would post the same comment and be refused again.`;
  // A server error or no answer: GitHub may have made the comment all the same.
  const maybe =
    typeof status !== 'number' || status === 0 || status >= 500
      ? `The flinkops comment on #${issue} may not have been posted`
      : head;
  return `${maybe} (${status ? `HTTP ${status}: ` : ''}${why}). ${retry ?? 'The job summary has the same text; run the workflow again to retry the comment (a rerun updates the comment if it was made).'}`;
}

/** A comment that could not be posted: a warning on the run and a line in the job summary. */
async function warnCommentFailed(
  core: Pick<ActionCore, 'annotate' | 'appendSummary'>,
  issue: number,
  error: unknown,
  forkToken: boolean,
  applyResult: boolean,
): Promise<void> {
  const text = commentFailure(issue, error, forkToken, applyResult);
  core.annotate('warning', text, { title: 'flinkops: no pull request comment' });
  await core.appendSummary(`\n> ⚠️ ${text}\n`);
}

/**
 * Posts or updates the sticky comment of a run. A failure is a warning, not a failed run; a
 * refusal (403/404) is said once and not tried again for the run's other environments.
 */
export async function postComment(
  s: Pick<RunShared, 'core' | 'github' | 'ctx' | 'comments'> & { secrets?: Pick<SecretMask, 'mask'> },
  issue: number,
  marker: string,
  body: string,
  keep?: (existing: string) => boolean,
): Promise<StickyResult | undefined> {
  if (!s.github || s.comments.refused) return undefined;
  try {
    // Compared with the comment as posted, masked: a comment that shows a value masked since it
    // was written is edited, though the plan did not change.
    return await upsertStickyComment(s.github, issue, marker, s.secrets ? s.secrets.mask(body) : body, keep);
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    // Refused (or rate limited, already waited for): the other environments' comments would be too.
    if (status === 401 || status === 403 || status === 404 || status === 429) s.comments.refused = true;
    // Only a fork's `pull_request` run gets a read-only token; pull_request_target gets a write one.
    const ev = s.ctx.event;
    await warnCommentFailed(
      s.core,
      issue,
      e,
      ev.kind === 'pull_request' && ev.fork && ev.name === 'pull_request',
      marker.startsWith('<!-- flinkops-apply:'),
    );
    return undefined;
  }
}
