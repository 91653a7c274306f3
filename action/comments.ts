/**
 * The sticky comment: one per pull request and environment, found by the HTML marker on its
 * first line and edited in place on every push, so the thread never fills up with plans.
 */
import type { ActionGitHub } from './ports';

export interface StickyResult {
  id: number;
  created: boolean;
}

/** Creates the comment whose body starts with `marker`, or updates the first such comment. */
export async function upsertStickyComment(
  gh: Pick<ActionGitHub, 'listComments' | 'createComment' | 'updateComment'>,
  issue: number,
  marker: string,
  body: string,
): Promise<StickyResult> {
  if (!body.startsWith(marker)) throw new Error('bug: a sticky comment must start with its marker');
  const comments = await gh.listComments(issue);
  // startsWith, not includes: a reply quoting our comment starts with "> <!--" and is not ours.
  const mine = comments.find((c) => c.body.trimStart().startsWith(marker));
  if (mine) {
    if (mine.body !== body) await gh.updateComment(mine.id, body);
    return { id: mine.id, created: false };
  }
  const created = await gh.createComment(issue, body);
  return { id: created.id, created: true };
}
