/** `flinkops savepoints list`: a job's savepoints, newest first. Pure. */
import { formatAge } from '../core/duration';
import { restorePointKind } from '../core/restore-point';
import { replaceControls } from './controls';
import { makeStyle } from './style';

export interface SavepointListEntry {
  path: string;
  /** periodic, manual, upgrade, suspend, rescale, delete, final. */
  kind: string;
  /** ISO-8601. */
  time: string;
  /** Age at the instant listed. */
  ageMs: number;
  jobId: string;
  /** Spec hash of the job it was taken from. */
  specHash: string;
  /** Taken from the spec the repository compiles to now: restores it without a compatibility question. */
  matchesCurrentSpec: boolean;
  /**
   * Taken from an adopted job (started outside flinkops): its spec hash is the repository's at the
   * adoption, but the state was written by a script flinkops never saw.
   */
  adopted?: true;
  disposed: boolean;
  /** Why retention never disposes it, when it is protected. */
  protected?: string;
  /** Bytes of state, where the cluster still reports it. */
  sizeBytes?: number;
  /** Flink version (major.minor) of the cluster that wrote it; unknown for savepoints recorded before it was. */
  flinkVersion?: string;
  /**
   * The cluster's Flink version (major.minor), when a newer major release wrote the savepoint:
   * that cluster cannot restore it (a resume or recovery there passes it over).
   */
  unreadableOn?: string;
}

/**
 * The savepoint or retained checkpoint a deployed version of the job was started from (what
 * Flink reports under `latest.restored`), listed whether or not the store records it among the
 * job's savepoints: a pinned path taken outside flinkops, or what a recovery restored, is not.
 */
export interface SavepointStartPoint {
  /** `running`: the version the store records as current; `last stable`: the rollback target. */
  version: 'running' | 'last deployed' | 'last stable';
  jobId: string;
  /** ISO-8601. */
  deployedAt: string;
  path: string;
  /** The version was deployed with this path pinned in `restoreFrom:`. */
  pinned: boolean;
  /** One of the job's recorded savepoints (a row of the list); else retention never touches it. */
  recorded: boolean;
}

export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '-';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export function renderSavepointList(
  job: string,
  entries: readonly SavepointListEntry[],
  opts: { color?: boolean; batch?: boolean } = {},
  started: readonly SavepointStartPoint[] = [],
): string {
  const s = makeStyle(opts.color ?? false);
  const from = started.map((p) => {
    const what = restorePointKind(p.path);
    const facts = [
      p.pinned ? 'pinned with restoreFrom' : '',
      p.recorded ? '' : `not one of ${job}'s recorded savepoints: retention never disposes of it`,
    ].filter(Boolean);
    return `${p.version === 'running' ? 'Running' : p.version === 'last stable' ? 'Last stable' : 'Last deployed'} job ${p.jobId} (deployed ${p.deployedAt}) was started from ${what} ${replaceControls(p.path, () => '\uFFFD')}${facts.length ? ` (${facts.join('; ')})` : ''}.`;
  });
  const none = opts.batch ? ': a batch job, of which Flink takes no savepoints' : '';
  if (entries.length === 0) return `${[...from, `No savepoints recorded for ${job}${none}.`].join('\n')}\n`;
  const header = ['TIME', 'AGE', 'KIND', 'SPEC', 'FLINK', 'SIZE', 'STATUS', 'PATH'];
  const rows = entries.map((e) => [
    e.time,
    formatAge(e.ageMs),
    e.kind,
    `${e.specHash.slice(0, 12)}${e.adopted ? ' (adopted)' : e.matchesCurrentSpec ? ' (current)' : ''}`,
    e.flinkVersion ?? '-',
    formatBytes(e.sizeBytes),
    e.disposed
      ? 'disposed'
      : e.unreadableOn
        ? `not on ${e.unreadableOn}`
        : e.protected
          ? 'kept'
          : 'restorable',
    replaceControls(e.path, () => '\uFFFD'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [...from, ...(from.length ? [''] : []), s.bold(line(header))];
  entries.forEach((e, i) => {
    const text = line(rows[i]!);
    out.push(e.disposed ? s.dim(text) : text);
  });
  const notes = entries.filter((e) => e.protected && !e.disposed);
  if (notes.length) {
    out.push('', 'Never disposed by retention:');
    for (const e of notes) out.push(`  ${replaceControls(e.path, () => '\uFFFD')}: ${e.protected}`);
  }
  const restorable = entries.filter((e) => !e.disposed);
  const unreadable = restorable.filter((e) => e.unreadableOn);
  const on = unreadable[0]?.unreadableOn;
  if (on)
    out.push(
      '',
      `Flink ${on} (this cluster) cannot restore ${unreadable.length === 1 ? 'the savepoint' : `the ${unreadable.length} savepoints`} a newer major release wrote (${[...new Set(unreadable.map((e) => e.flinkVersion))].join(', ')}): a resume or recovery here passes over ${unreadable.length === 1 ? 'it' : 'them'}; a cluster of that release restores ${unreadable.length === 1 ? 'it' : 'them'}.`,
    );
  out.push(
    '',
    `${entries.length} savepoint${entries.length === 1 ? '' : 's'} of ${job}: ${restorable.length} restorable${on ? ` (${unreadable.length} not on Flink ${on})` : ''}, ${entries.length - restorable.length} disposed.`,
  );
  return `${out.join('\n')}\n`;
}
