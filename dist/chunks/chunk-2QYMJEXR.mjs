
// action/moved-on.ts
var movedOn = (async function movedOn(github, ctx) {
  const branch = appliedBranch(ctx);
  if (!branch || !ctx.sha) return void 0;
  const head = await github.git.getRef(branch).catch(() => void 0);
  if (!head || head === ctx.sha) return void 0;
  const status = await github.compareCommits(ctx.sha, head).catch(() => void 0);
  if (status !== "ahead" && status !== "diverged") return void 0;
  return `'${branch}' is at ${head.slice(0, 12)} now, no longer at this run's commit ${ctx.sha.slice(0, 12)}: the run for ${head.slice(0, 12)} applies the branch as it stands, and this one would roll the cluster back to an older commit (a re-run of an earlier apply, or a push that came while it waited). Nothing was applied. To apply the branch now, run the workflow on it (workflow_dispatch); to go back to an older version, revert it in git.`;
});
var appliedBranch = (function appliedBranch(ctx) {
  const e = ctx.event;
  return e.kind === "push" || e.kind === "workflow_dispatch" ? e.branch : void 0;
});

export {
  movedOn,
  appliedBranch
};
