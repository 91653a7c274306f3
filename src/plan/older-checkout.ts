/**
 * A plan made in a checkout that lacks the commit a job was last changed from (someone else
 * applied a newer commit, and this checkout is behind it or never fetched it) would undo that
 * change: downgrade the job's script, set its parallelism back, create again a job a newer commit
 * deleted. Such a change is refused, as the GitHub Action refuses to apply a commit its branch has
 * moved on from. Which commits the checkout lacks is an input (the CLI asks git): the plan stays pure.
 */

import { type Diagnostic, warning } from '../core/diagnostics';
import { LABEL_KEYS } from '../core/names';
import type { LiveState } from '../observe/model';
import type { JobRecord, StateDoc } from '../state/model';
import { PLAN_CODES } from './codes';
import { ACTION_KINDS, type JobChange } from './model';

/** How a commit stands to the checkout's HEAD: `behind` (HEAD lacks it), `missing` (not in this clone). */
export type OutsideCheckout = 'behind' | 'missing';

/** The changes an apply records, and `sync`: the store caught up with a job an interrupted apply started. */
const CHANGES = new Set<string>([...ACTION_KINDS.filter((a) => a !== 'none'), 'sync']);

/** The newest change an apply recorded for the job, with the commit it applied. */
export function lastChange(
  record: JobRecord | undefined,
): { action: string; commit: string; time: string } | undefined {
  if (!record) return undefined;
  for (let i = record.history.length - 1; i >= 0; i--) {
    const h = record.history[i]!;
    if (CHANGES.has(h.action) && h.commit && h.commit !== 'unknown')
      return { action: h.action, commit: h.commit, time: h.time };
  }
  return undefined;
}

/** The commit a live job was started from, by its `flinkops.commit` label. */
function labelCommit(live: LiveState, jobId: string | undefined): string | undefined {
  if (jobId === undefined) return undefined;
  const commit = live.jobs.find((j) => j.jobId === jobId)?.labels?.[LABEL_KEYS.commit];
  return commit && commit !== 'unknown' ? commit : undefined;
}

/** What a change would undo: the job's last recorded change, else the start of the job running (its label). */
function undone(
  c: JobChange,
  doc: StateDoc,
  live: LiveState,
): { action: string; commit: string; time: string } | undefined {
  const recorded = lastChange(doc.jobs[c.job]);
  if (recorded) return recorded;
  const labelled = labelCommit(live, c.liveJobId);
  return labelled ? { action: 'start', commit: labelled, time: `job ${c.liveJobId}` } : undefined;
}

/**
 * The commits the plan's changes would undo (see `undone`), other than `commit` (the checkout's
 * own): what to ask the checkout about. Only jobs with a change count, so a plan that changes a
 * job or two asks git about a commit or two, however many jobs the store holds.
 */
export function changedJobCommits(
  changes: readonly JobChange[],
  doc: StateDoc,
  live: LiveState,
  commit: string | undefined,
): string[] {
  const out = new Set<string>();
  for (const c of changes) {
    if (c.action === 'none' || c.refused) continue;
    const last = undone(c, doc, live);
    if (last && last.commit !== commit) out.add(last.commit);
  }
  return [...out];
}

/** Refuses each change of a job last changed from a commit outside the checkout. */
export function refuseOlderCheckout(
  changes: JobChange[],
  doc: StateDoc,
  live: LiveState,
  outside: ReadonlyMap<string, OutsideCheckout> | undefined,
  commit: string | undefined,
): Diagnostic[] {
  if (!outside || outside.size === 0) return [];
  const diags: Diagnostic[] = [];
  for (const c of changes) {
    if (c.action === 'none' || c.refused) continue;
    const last = undone(c, doc, live);
    const how = last && outside.get(last.commit);
    if (!last || !how) continue;
    const short = last.commit.slice(0, 12);
    const here = commit ? `this checkout (${commit.slice(0, 12)})` : 'this checkout';
    const what =
      last.action === 'start'
        ? `its running ${last.time} was started from commit ${short}`
        : `its last change (${last.action} at ${last.time}) was applied from commit ${short}`;
    const summary = `${c.action} of job ${c.job} refused: ${what}, which ${here} ${how === 'behind' ? 'is behind' : 'does not have'}`;
    const detail =
      `Applying this plan would undo that change (someone applied a newer commit than this checkout holds). ` +
      `${how === 'behind' ? 'Bring the checkout up to date' : `Fetch that commit and bring the checkout up to date (git fetch; git log ${short})`}, e.g. git pull, then plan again. ` +
      `To go back to an older version on purpose, revert the change in git and apply the revert; if that commit's change reached this checkout under another commit (a squash or rebase merge), plan with --allow-older-checkout.`;
    c.refused = { code: PLAN_CODES.olderCheckout, summary, detail };
    diags.push(warning(PLAN_CODES.olderCheckout, summary, detail));
  }
  return diags;
}
