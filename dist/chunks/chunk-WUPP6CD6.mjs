
// action/comments.ts
var upsertStickyComment = (async function upsertStickyComment(gh, issue, marker, body, keep) {
  if (!body.startsWith(marker)) throw new Error("bug: a sticky comment must start with its marker");
  const ours = async () => (await gh.listComments(issue)).filter((c) => c.body.trimStart().startsWith(marker)).sort((a, b) => a.id - b.id);
  const [mine, ...extra] = await ours();
  if (mine) {
    if (mine.body !== body && !keep?.(mine.body)) await gh.updateComment(mine.id, body);
    await deleteQuietly(
      gh,
      extra.filter((c) => sameAuthor(c, mine))
    );
    return { id: mine.id, created: false };
  }
  const created = await gh.createComment(issue, body);
  const oldest = (await ours().catch(() => []))[0];
  if (oldest && oldest.id < created.id && sameAuthor(oldest, created)) {
    if (oldest.body !== body) await gh.updateComment(oldest.id, body);
    await deleteQuietly(gh, [created]);
    return { id: oldest.id, created: false };
  }
  return { id: created.id, created: true };
});
var sameAuthor = (function sameAuthor(a, b) {
  return a.author !== void 0 && a.author === b.author;
});
var deleteQuietly = (async function deleteQuietly(gh, comments) {
  for (const c of comments) await gh.deleteComment(c.id).catch(() => {
  });
});
var commentFailure = (function commentFailure(issue, error, forkToken, applyResult = false) {
  const status = error.status;
  const why = error instanceof Error ? error.message : String(error);
  const head = `The flinkops comment could not be posted on #${issue}`;
  const retry = applyResult ? "The job summary of this run has the result; a rerun would find nothing left to apply and post none." : void 0;
  if (error.rateLimited === true)
    return `${head}: GitHub's API rate limit was reached (HTTP ${status}: ${why}). ${retry ?? "The job summary has the same text; run the workflow again once the limit lifts."}`;
  if (status === 401)
    return `${head}: GitHub refused the token, or none was given (HTTP 401: ${why}). Check the \`github-token\` input: leave it unset for the workflow's own token, or pass a token that is still valid.`;
  if (status === 403 || status === 404) {
    const fix = forkToken ? "A fork's `pull_request` run gets a read-only token: the plan is in this run's job summary only. To have it commented, plan fork pull requests on `pull_request_target` instead, with care: that run has a write token and the secrets, so check out the fork's head only for flinkops and run none of its scripts." : "Give the workflow's token `pull-requests: write` (`permissions:` in the workflow), or set `comment: off` and read the job summary.";
    return `${head}: the token may not write to it (HTTP ${status}: ${why}). ${fix}`;
  }
  if (status === 422)
    return `${head}: GitHub refused it as it is (HTTP 422: ${why}). The job summary has the same text; a rerun would post the same comment and be refused again.`;
  const maybe = typeof status !== "number" || status === 0 || status >= 500 ? `The flinkops comment on #${issue} may not have been posted` : head;
  return `${maybe} (${status ? `HTTP ${status}: ` : ""}${why}). ${retry ?? "The job summary has the same text; run the workflow again to retry the comment (a rerun updates the comment if it was made)."}`;
});
var warnCommentFailed = (async function warnCommentFailed(core, issue, error, forkToken, applyResult) {
  const text = commentFailure(issue, error, forkToken, applyResult);
  core.annotate("warning", text, { title: "flinkops: no pull request comment" });
  await core.appendSummary(`
> \u26A0\uFE0F ${text}
`);
});
var postComment = (async function postComment(s, issue, marker, body, keep) {
  if (!s.github || s.comments.refused) return void 0;
  try {
    return await upsertStickyComment(s.github, issue, marker, s.secrets ? s.secrets.mask(body) : body, keep);
  } catch (e) {
    const status = e.status;
    if (status === 401 || status === 403 || status === 404 || status === 429) s.comments.refused = true;
    const ev = s.ctx.event;
    await warnCommentFailed(
      s.core,
      issue,
      e,
      ev.kind === "pull_request" && ev.fork && ev.name === "pull_request",
      marker.startsWith("<!-- flinkops-apply:")
    );
    return void 0;
  }
});

export {
  postComment
};
