/**
 * How each action looks, in one place, so the terminal, the PR comment and the
 * summary line can never disagree about a symbol, a colour or a count.
 */
import {
  type ActionKind,
  type Cause,
  holdsRollback,
  type JobChange,
  type Plan,
  summarize,
} from '../plan/model';
import type { Style } from './style';

export interface ActionLook {
  /** One terminal column wide; the same with colours on or off (NO_COLOR is about colour only). */
  symbol: string;
  color: keyof Style;
  /** Emoji for Markdown, where colours are not available. */
  emoji: string;
  /** "will be created" — completes "<job> …" in the terminal. */
  future: string;
}

export function actionLook(kind: ActionKind): ActionLook {
  switch (kind) {
    case 'create':
      return { symbol: '+', color: 'green', emoji: '🆕', future: 'will be created' };
    case 'upgrade':
      return { symbol: '~', color: 'yellow', emoji: '🔄', future: 'will be upgraded' };
    case 'rescale':
      return { symbol: '↕', color: 'cyan', emoji: '↕️', future: 'will be rescaled' };
    case 'suspend':
      return { symbol: '⏸', color: 'yellow', emoji: '⏸️', future: 'will be suspended' };
    case 'resume':
      return { symbol: '▶', color: 'green', emoji: '▶️', future: 'will be resumed' };
    case 'recover':
      return { symbol: '⟲', color: 'cyan', emoji: '🩹', future: 'will be recovered' };
    case 'delete':
      return { symbol: '-', color: 'red', emoji: '🗑️', future: 'will be deleted' };
    case 'adopt':
      return { symbol: '⇐', color: 'magenta', emoji: '📥', future: 'will be adopted' };
    case 'none':
      return { symbol: ' ', color: 'dim', emoji: '', future: 'is unchanged' };
    default: {
      const never: never = kind;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
}

/** Order of actions in legends, tables and the summary line: deletes last, as in Terraform. */
export const DISPLAY_ORDER: readonly ActionKind[] = [
  'create',
  'upgrade',
  'rescale',
  'suspend',
  'resume',
  'recover',
  'adopt',
  'delete',
];

/** Always in the summary line, even at zero, so the line reads the same in every plan. */
const ALWAYS_COUNTED: ReadonlySet<ActionKind> = new Set(['create', 'upgrade', 'rescale', 'delete']);

/** Changes apply will carry out: not `none`, not refused. */
export function effectiveChanges(plan: Plan): JobChange[] {
  return plan.changes.filter((c) => c.action !== 'none' && !c.refused);
}

/** Changes wanted but refused (e.g. a delete without --allow-delete); apply skips them. */
export function refusedChanges(plan: Plan): JobChange[] {
  return plan.changes.filter((c) => c.action !== 'none' && c.refused);
}

/** Every change shown to people: effective and refused, in job order. */
export function visibleChanges(plan: Plan): JobChange[] {
  return [...plan.changes].filter((c) => c.action !== 'none').sort((a, b) => compareText(a.job, b.job));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Counted from the changes rather than read from `plan.summary`: a plan saved by an older flinkops
 * counted its refused changes there, and they never show up as work that apply will do.
 */
export function countActions(plan: Plan): Record<ActionKind, number> {
  return summarize(plan.changes);
}

/**
 * "Plan: 1 to create, 2 to upgrade, 1 to rescale, 0 to delete." — suspend, resume,
 * recover and adopt appear only when non-zero. "No changes. …" when nothing is planned
 * or refused; "No changes planned." when the plan has errors (the line after it says so).
 */
export function summaryLine(plan: Plan): string {
  const checks = plan.changes.filter((c) => c.action === 'none' && c.verify !== undefined).length;
  const unfinished = checks ? `${checks} health check${checks === 1 ? '' : 's'} to finish` : '';
  const holds = plan.changes.filter(holdsRollback).length;
  const held = holds ? `${holds} rolled-back change${holds === 1 ? '' : 's'} held (FO601)` : '';
  const releases = plan.changes.filter((c) => c.action === 'none' && c.releases !== undefined).length;
  const released = releases
    ? `${releases} rolled-back change${releases === 1 ? '' : 's'} no longer held (FO605)`
    : '';
  const resolves = plan.changes.filter((c) => c.action === 'none' && c.resolves !== undefined).length;
  const interrupted = resolves
    ? `${resolves} interrupted operation${resolves === 1 ? '' : 's'} to look up (FO616)`
    : '';
  const syncs = plan.changes.filter((c) => c.action === 'none' && c.syncs !== undefined).length;
  const synced = syncs ? `${syncs} job${syncs === 1 ? '' : 's'} to record in the state store (FO612)` : '';
  const endpoints = plan.changes.filter((c) => c.action === 'none' && c.recordsEndpoint !== undefined).length;
  const located = endpoints
    ? `the JobManager endpoint of ${endpoints} job${endpoints === 1 ? '' : 's'} to record in the state store (FO736)`
    : '';
  if (plan.changes.every((c) => c.action === 'none')) {
    if ((synced || located) && !unfinished && !interrupted)
      return `No changes to the cluster: ${[...(synced ? [synced] : []), ...(located ? [located] : []), ...(released ? [released] : []), ...(held ? [held] : [])].join(', ')}; apply records ${syncs + endpoints + releases === 1 ? 'it' : 'them'}.`;
    if (unfinished || interrupted)
      return `Plan: ${[...(unfinished ? [unfinished] : []), ...(interrupted ? [interrupted] : []), ...(held ? [held] : []), ...(released ? [released] : [])].join(', ')}.`;
    if (released)
      return `No changes to the cluster: ${[released, ...(held ? [held] : [])].join(', ')}; apply records ${releases === 1 ? 'it' : 'them'}.`;
    if (held) return `No changes: ${held}.`;
    // A job waiting for task slots runs the repository's spec, but does not run (FO658); one
    // failing (FO606) or running below its parallelism (FO607) is not what the repository asks.
    const count = (code: string) => plan.diagnostics.filter((d) => d.code === code).length;
    const jobs = (n: number, one: string, many: string) =>
      `${n} job${n === 1 ? '' : 's'} ${n === 1 ? one : many}`;
    const waiting = count('FO658');
    const unhealthy = count('FO606');
    const below = count('FO607');
    // An error (a job running twice, FO610) leaves its job alone: the cluster does not match.
    if (plan.diagnostics.some((d) => d.severity === 'error')) return 'No changes planned.';
    const but = [
      ...(waiting ? [`${jobs(waiting, 'waits', 'wait')} for task slots (FO658)`] : []),
      ...(unhealthy ? [`${jobs(unhealthy, 'is', 'are')} not healthy (FO606)`] : []),
      ...(below
        ? [`${jobs(below, 'runs', 'run')} below ${below === 1 ? 'its' : 'their'} parallelism (FO607)`]
        : []),
    ];
    if (but.length) return `No changes, but ${but.join(', ')}.`;
    // A target that leaves changes out: the cluster does not match the repository, the targets do.
    return plan.target?.omitted.length
      ? 'No changes to the targeted jobs.'
      : 'No changes. The cluster matches the repository.';
  }
  const counts = countActions(plan);
  const parts = DISPLAY_ORDER.filter((k) => ALWAYS_COUNTED.has(k) || counts[k] > 0).map(
    (k) => `${counts[k]} to ${k}`,
  );
  return `Plan: ${[...parts, ...(unfinished ? [unfinished] : []), ...(interrupted ? [interrupted] : []), ...(held ? [held] : []), ...(released ? [released] : []), ...(located ? [located] : [])].join(', ')}.`;
}

/**
 * "1 change refused and will be skipped: old_job." or the empty string; `name` formats (escapes)
 * each job. A refusal that is an error (a policy, checkpoints a cancel deletes) fails the plan:
 * then apply changes nothing, and the line says so.
 */
export function refusedLine(plan: Plan, name: (job: string) => string = (j) => j): string {
  const refused = refusedChanges(plan);
  const failed = plan.diagnostics.some((d) => d.severity === 'error');
  if (refused.length === 0)
    return failed ? 'The plan has errors: apply changes nothing until they are fixed.' : '';
  const names = refused.map((c) => c.job).sort(compareText);
  const n = refused.length;
  const list = names.map(name).join(', ');
  return failed
    ? `${n} change${n === 1 ? '' : 's'} refused: ${list}. The plan has errors: apply changes nothing until they are fixed.`
    : `${n} change${n === 1 ? '' : 's'} refused and will be skipped: ${list}.`;
}

/** The actions present in a plan, in display order (for the legend). */
export function actionsPresent(plan: Plan): ActionKind[] {
  const present = new Set(plan.changes.map((c) => c.action));
  return DISPLAY_ORDER.filter((k) => present.has(k));
}

/**
 * Where the plan looked, when the cluster is not the one flinkops.yaml names for the environment
 * (an exported FLINKOPS_JOBMANAGER_URL, --jobmanager-url, the Action's input): a plan of prod made
 * against a demo cluster would otherwise read like one of prod's. Empty when flinkops.yaml's.
 */
export function clusterLine(plan: Plan, name: (text: string) => string = (t) => t): string {
  const c = plan.cluster;
  if (!c || c.from === 'flinkops.yaml') return '';
  const why =
    c.from === 'FLINKOPS_JOBMANAGER_URL'
      ? 'from FLINKOPS_JOBMANAGER_URL'
      : 'given to this run (--jobmanager-url, or the jobmanager-url input)';
  return `Cluster: ${name(c.jobmanagerUrl)}, ${why}, not the jobmanagerUrl of ${name(plan.env)} in flinkops.yaml.`;
}

/**
 * A cause with only `to` outside settings and scripts says what happened (`view query changed`,
 * `added`, `missing`), not a value that replaced nothing: shown as is, not as `(none) → …`.
 */
export function causeIsNote(c: Cause): boolean {
  return c.from === undefined && c.to !== undefined && c.kind !== 'setting' && c.kind !== 'script';
}
