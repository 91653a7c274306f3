/**
 * Whether an apply still runs for the head of the branch it applies: a run for a commit the
 * branch has moved on from (a re-run of an older merge's apply, a run that started after the next
 * push, or one that waited for the lock while the next push's run applied) would roll the cluster
 * back to that commit.
 */
import type { EventContext } from './event';
import type { ActionGitHub } from './ports';

/**
 * Why this apply must not run, when the branch it applies is no longer at its commit: the run
 * of the branch's head applies the repository as it stands, and this one would undo what that
 * one applied. Undefined when the branch is at the commit, or GitHub does not say.
 */
export async function movedOn(github: ActionGitHub, ctx: EventContext): Promise<string | undefined> {
  const branch = appliedBranch(ctx);
  if (!branch || !ctx.sha) return undefined;
  const head = await github.git.getRef(branch).catch(() => undefined);
  if (!head || head === ctx.sha) return undefined;
  // Only a branch that went on past the commit (or was force-pushed away from it): a read that
  // still shows the branch before this push (GitHub's replicas lag) must not stop the apply.
  const status = await github.compareCommits(ctx.sha, head).catch(() => undefined);
  if (status !== 'ahead' && status !== 'diverged') return undefined;
  return `'${branch}' is at ${head.slice(0, 12)} now, no longer at this run's commit ${ctx.sha.slice(0, 12)}: the run for ${head.slice(0, 12)} applies the branch as it stands, and this one would roll the cluster back to an older commit (a re-run of an earlier apply, or a push that came while it waited). Nothing was applied. To apply the branch now, run the workflow on it (workflow_dispatch); to go back to an older version, revert it in git.`;
}

/** The branch an apply runs for (the push's, or workflow_dispatch's), when the event says. */
export function appliedBranch(ctx: EventContext): string | undefined {
  const e = ctx.event;
  return e.kind === 'push' || e.kind === 'workflow_dispatch' ? e.branch : undefined;
}
