/**
 * The lines a compiled job, a move to another cluster and a Flink version upgrade add to a job's entry, shared by the
 * terminal and markdown renderers: plain text, each renderer styles and escapes it.
 */
import type { JobChange } from '../plan';

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
