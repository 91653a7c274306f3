/**
 * The lines a compiled job, a move to another cluster and a Flink version upgrade add to a job's entry, shared by the
 * terminal and markdown renderers: plain text, each renderer styles and escapes it.
 */
import type { JobChange, Plan, VersionUpgradeJob, VersionUpgradeSummary } from '../plan';

/** At most this many ExecNodes are named per kind; the rest are counted. */
const MAX_NAMED = 5;

function named(kind: string, labels: readonly string[]): string[] {
  const shown = labels.slice(0, MAX_NAMED).map((l) => `${kind} ${l}`);
  return labels.length > MAX_NAMED ? [...shown, `${kind} … and ${labels.length - MAX_NAMED} more`] : shown;
}

/** `compiled plan` lines: the file, then the ExecNode diff since the plan the job last ran. */
export function compiledPlanLines(c: JobChange): string[] {
  const p = c.compiledPlan;
  if (!p) return [];
  const out = [`${p.path} (sha256 ${p.sha256.slice(0, 12)})`];
  const d = p.execNodes;
  if (d) {
    out.push(
      `ExecNodes: +${d.added.length} added, -${d.removed.length} removed, ~${d.changed.length} changed, ${d.unchanged} unchanged`,
      ...named('+', d.added),
      ...named('-', d.removed),
      ...named('~', d.changed),
    );
  }
  return out;
}

/** `version upgrade` lines: from → to and the verdict, then findings and advice. */
export function versionUpgradeLines(
  c: JobChange,
): { head: string; findings: string[]; advice: string[] } | undefined {
  const v = c.versionUpgrade;
  if (!v) return undefined;
  return { head: `Flink ${v.from} → ${v.to}: state ${v.verdict}`, findings: v.findings, advice: v.advice };
}

/** `moves from` line: the cluster a moving job is stopped on, and its Flink version. */
export function moveLine(c: JobChange): string | undefined {
  const m = c.move;
  if (!m) return undefined;
  return `${m.from}${m.fromVersion ? ` (Flink ${m.fromVersion})` : ''}: stopped there, started on this environment's cluster`;
}

/** What a job of the version-upgrade summary gets: its verdict, and why it does not start if it does not. */
function upgradeEntry(e: VersionUpgradeJob, to: string, name: (job: string) => string): string {
  if (!e.refused) {
    // Starting with these verdicts was accepted: say by what.
    const accepted =
      e.verdict === 'unknown'
        ? e.pinned
          ? ', from the savepoint restoreFrom pins'
          : ', accepted with --allow-version-upgrade'
        : e.verdict === 'drops-state'
          ? ', allowNonRestoredState'
          : '';
    return `${name(e.job)} (${e.verdict}${accepted})`;
  }
  const why =
    e.refused === 'FO640'
      ? `Flink ${to} refuses its plan`
      : e.refused === 'FO641' && e.verdict === 'unknown'
        ? 'needs allowNonRestoredState or --allow-version-upgrade'
        : e.refused === 'FO641' && e.verdict === 'drops-state'
          ? 'needs allowNonRestoredState'
          : e.refused === 'FO665'
            ? `Flink ${to} cannot restore a newer release's savepoint; needs restoreFrom`
            : e.refused;
  return `${name(e.job)} (${e.verdict}, refused: ${why})`;
}

function upgradeLine(s: VersionUpgradeSummary, name: (job: string) => string): string {
  const n = s.compiled.length + s.script.length;
  const what = s.move
    ? `${n} job${n === 1 ? ' moves' : 's move'}`
    : `${n} job${n === 1 ? '' : 's'} restart${n === 1 ? 's' : ''} on Flink ${s.to}`;
  const list = (jobs: readonly VersionUpgradeJob[]) =>
    jobs.length > 0 ? jobs.map((e) => upgradeEntry(e, s.to, name)).join(', ') : 'none';
  return `Version upgrade Flink ${s.from} → ${s.to}: ${what}; compiled: ${list(s.compiled)}; script mode: ${list(s.script)}.`;
}

/**
 * The plan's version-upgrade summary, one line per Flink version the jobs' state was written by;
 * `name` formats (escapes) each job.
 */
export function versionUpgradeSummaryLines(plan: Plan, name: (job: string) => string = (j) => j): string[] {
  return (plan.versionUpgrades ?? []).map((s) => upgradeLine(s, name));
}
