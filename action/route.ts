/**
 * The routing decision: what a run does for its event and `command`. The README's routing table
 * says the same. One rule holds whatever the branches below say: the cluster is changed (apply,
 * operate) only on a push to the default branch, workflow_dispatch and schedule. Everything
 * else at most plans; an event flinkops does not know is validated, never failed.
 */
import type { ActionEvent, PullRequestEvent, PushEvent } from './event';
import type { Command } from './inputs';

export type Mode = 'validate' | 'plan' | 'apply' | 'operate' | 'skip';

export interface Route {
  mode: Mode;
  /** Plan without the cluster (fork pull requests: no secrets). */
  offline: boolean;
  /** The pull request to comment on (plans). */
  pullRequest?: number;
  /** Said in the log (as notices), the comment and the summary. */
  notes: string[];
}

/** Pull request actions that may change the plan. */
const PLAN_ACTIONS = new Set([
  'opened',
  'synchronize',
  'reopened',
  'ready_for_review',
  'edited',
  'labeled',
  'unlabeled',
]);

const WHERE_CHANGES = 'a push to the default branch, workflow_dispatch or schedule';

/** Events on which the cluster may be changed (apply, operate). */
export function mayChangeCluster(event: ActionEvent): boolean {
  return (
    (event.kind === 'push' && event.isDefaultBranch && !event.deleted) ||
    event.kind === 'workflow_dispatch' ||
    event.kind === 'schedule'
  );
}

export function routeEvent(event: ActionEvent, command: Command): Route {
  const skip = skipReason(event);
  if (skip) return { mode: 'skip', offline: true, notes: [skip] };

  const notes: string[] = [];
  const auto = autoMode(event);
  let mode: Mode = command === 'auto' ? auto.mode : command;
  if (command === 'auto' && auto.note) notes.push(auto.note);
  if ((mode === 'apply' || mode === 'operate') && !mayChangeCluster(event)) {
    notes.push(neverChanges(event, mode));
    mode = 'plan';
  }
  if (mode === 'apply' || mode === 'operate') notes.push(...changeNotes(event));
  if (event.kind === 'merge_group') notes.push(mergeQueueNote(event));

  if (event.kind === 'pull_request') {
    if (event.fork)
      notes.push(
        event.headUnknown
          ? 'Where this pull request comes from is unknown (the payload does not say, or its fork was deleted): it is validated, compiled and planned offline against the state branch, without the cluster or secrets, as a fork would be.'
          : event.name === 'pull_request_target'
            ? 'This pull request comes from a fork: its code is not trusted with the cluster or the secrets (pull_request_target runs with both), so it is validated, compiled and planned offline against the state branch.'
            : 'This pull request comes from a fork, which gets no secrets: validated, compiled and planned offline against the state branch, without the cluster.',
      );
    return {
      mode,
      offline: event.fork,
      ...(event.number > 0 ? { pullRequest: event.number } : {}),
      notes,
    };
  }
  return { mode, offline: mode === 'validate', notes };
}

/** Events with nothing to do whatever the command: said, and the run succeeds. */
function skipReason(event: ActionEvent): string | undefined {
  switch (event.kind) {
    case 'pull_request':
      return skipPullRequest(event);
    case 'push':
      return skipPush(event);
    case 'merge_group':
      return event.action === '' || event.action === 'checks_requested'
        ? undefined
        : `Nothing to do for a merge group that was ${event.action}.`;
    default:
      return undefined;
  }
}

function skipPullRequest(pr: PullRequestEvent): string | undefined {
  const which = pr.number > 0 ? `Pull request #${pr.number}` : 'The pull request';
  if (pr.action === 'closed')
    return pr.merged
      ? `${which} was merged: nothing to do on this event. The push of the merge to '${pr.baseRef || 'the base branch'}' applies it (the workflow needs \`on: push\` for that branch).`
      : `${which} was closed without merging: nothing to plan or apply.`;
  if (pr.action === 'converted_to_draft')
    return `${which} was converted to a draft: its files did not change, so its plan stands.`;
  if (pr.action === 'edited' && pr.baseChanged === false)
    return `${which} was edited (title or description, not the base branch): its plan stands.`;
  if (pr.action !== '' && !PLAN_ACTIONS.has(pr.action))
    return `Nothing to do for a pull request that was ${pr.action.replace(/_/g, ' ')}.`;
  return undefined;
}

function skipPush(push: PushEvent): string | undefined {
  const name = push.branch ?? push.tag ?? push.ref;
  if (push.deleted)
    return `The push deleted ${push.tag ? 'the tag' : 'the branch'} '${name}': nothing to plan or apply.`;
  if (push.tag)
    return `Pushed the tag '${push.tag}': flinkops does not act on tags. It applies on a push to the default branch, or by hand with workflow_dispatch.`;
  if (push.ref && !push.branch) return `Pushed '${push.ref}', which is not a branch: nothing to do.`;
  return undefined;
}

/** What `command: auto` does, and why when that is not obvious. */
function autoMode(event: ActionEvent): { mode: Mode; note?: string } {
  switch (event.kind) {
    case 'pull_request':
    case 'merge_group':
      return { mode: 'plan' };
    case 'push':
      if (event.isDefaultBranch) return { mode: 'apply' };
      if (!event.branch)
        return {
          mode: 'plan',
          note: 'The push event does not say which branch was pushed: planned only, not applied.',
        };
      if (!event.defaultBranch)
        return {
          mode: 'plan',
          note: `Pushed to '${event.branch}', but the event does not say which branch is the default (no repository.default_branch): planned only, not applied.`,
        };
      return {
        mode: 'plan',
        note: `Pushed to '${event.branch}', not the default branch '${event.defaultBranch}': planned only.`,
      };
    case 'workflow_dispatch':
      return { mode: 'apply' };
    case 'schedule':
      // Schedule-driven suspend/resume, periodic savepoints, health checks; never a repository change.
      return { mode: 'operate' };
    case 'other':
      return {
        mode: 'validate',
        note: `${event.name ? `flinkops does not act on '${event.name}' events` : 'GITHUB_EVENT_NAME is not set (not a GitHub Actions run?)'}: validated only, nothing planned or applied. It plans on pull_request and merge_group, applies on a push to the default branch and workflow_dispatch, and operates on schedule; set \`command: plan\` to plan on this event.`,
      };
  }
}

function neverChanges(event: ActionEvent, mode: 'apply' | 'operate'): string {
  const verb = mode === 'apply' ? 'applies' : 'operates';
  switch (event.kind) {
    case 'pull_request':
      return 'flinkops never applies on a pull request: planned instead. Changes are applied after the merge.';
    case 'merge_group':
      return `flinkops never ${verb} in a merge queue: planned instead. The push of the merge to the default branch applies.`;
    case 'push':
      return `flinkops ${verb} only on ${WHERE_CHANGES}; '${event.branch ?? event.ref ?? 'this push'}' ${event.branch && !event.defaultBranch ? 'may not be the default branch (the event does not say)' : 'is not the default branch'}: planned instead.`;
    default:
      return `flinkops ${verb} only on ${WHERE_CHANGES}, not on ${event.kind === 'other' && event.name ? `'${event.name}'` : 'this event'}: planned instead.`;
  }
}

/** Facts worth saying before the cluster is changed. */
function changeNotes(event: ActionEvent): string[] {
  if (event.kind === 'push' && event.forced)
    return [
      `The default branch '${event.branch}' was force-pushed: the cluster follows its files as they now stand.`,
    ];
  if (event.kind === 'push' && event.commits === 0)
    return [`The push to '${event.branch}' carries no new commit: the branch is applied as it stands.`];
  if (event.kind === 'workflow_dispatch' && event.defaultBranch) {
    const on = event.branch ?? event.tag;
    if (on && on !== event.defaultBranch)
      return [
        `Run by hand on ${event.tag ? 'the tag' : 'the branch'} '${on}', not the default branch '${event.defaultBranch}': its files are what the cluster gets.`,
      ];
  }
  return [];
}

function mergeQueueNote(event: Extract<ActionEvent, { kind: 'merge_group' }>): string {
  const pr = event.pullRequest ? ` for #${event.pullRequest}` : '';
  const base = event.baseBranch ? ` into '${event.baseBranch}'` : '';
  return `Merge queue${pr}${base}: checked as it will be merged; the push of the merge applies it.`;
}
