/**
 * The plan-level view of a Flink version upgrade: which jobs start on the new release from state
 * an older one wrote, split by plan mode, each with its version verdict. Per job the plan already
 * says what happens; a reviewer of a fleet's move wants the whole picture in one line. Pure.
 */
import type { DesiredJob } from '../compile/model';
import { releaseAtLeast } from '../core/flink-version';
import type { JobChange } from './model';
import type { VersionUpgradeJob, VersionUpgradeSummary } from './version-upgrade';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One summary per Flink version the jobs' state was written by; undefined when no job changes version. */
export function versionUpgradeSummaries(
  changes: readonly JobChange[],
  jobs: readonly DesiredJob[],
): VersionUpgradeSummary[] | undefined {
  const compiled = new Set(jobs.filter((j) => j.settings.planMode === 'compiled').map((j) => j.name));
  const pins = new Map(jobs.map((j) => [j.name, j.settings.restoreFrom]));
  const byFrom = new Map<string, VersionUpgradeSummary>();
  for (const c of [...changes].sort((a, b) => byText(a.job, b.job))) {
    const v = c.versionUpgrade;
    if (!v) continue;
    let s = byFrom.get(v.from);
    if (!s) {
      s = { from: v.from, to: v.to, move: false, compiled: [], script: [] };
      byFrom.set(v.from, s);
    }
    if (c.move) s.move = true;
    const entry: VersionUpgradeJob = {
      job: c.job,
      verdict: v.verdict,
      ...(c.refused ? { refused: c.refused.code } : {}),
      ...(c.restoreFrom !== undefined && c.restoreFrom === pins.get(c.job) && !releaseAtLeast(v.to, v.from)
        ? { pinned: true as const }
        : {}),
    };
    (compiled.has(c.job) ? s.compiled : s.script).push(entry);
  }
  if (byFrom.size === 0) return undefined;
  return [...byFrom.values()].sort((a, b) => byText(a.from, b.from));
}
