/**
 * Whether the jobs a plan starts will get their task slots (FO603). Flink accepts every job it is
 * given; one that finds too few free slots runs below its parallelism (the adaptive scheduler),
 * waits and is failed after the resource wait timeout (adaptive, no slot at all), or is failed by the
 * default scheduler, at once or (running the subtasks that got a slot meanwhile) after its slot
 * request timeout: apply learns it, often minutes later.
 *
 * What a job needs, with Flink's default slot sharing (one slot group): as many slots as its
 * widest operator. A job to start is taken at its parallelism, or a table's `scan.parallelism` /
 * `sink.parallelism` above it (the YAML tables' options); a running job holds the largest
 * parallelism of its vertices, as Flink reports them (real Flink 1.20: a job of two vertices at
 * parallelism 2 takes 2 of the cluster's `slots-available`). Not counted: parallelism set in a
 * query hint or a statement's SET, and slot sharing groups other than the default.
 */
import type { DesiredJob, DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import type { LiveJob, LiveState } from '../observe/model';
import { PLAN_CODES } from './codes';
import { fileRange } from './job-inputs';
import type { JobChange, Plan } from './model';

/** A job the plan starts, and the slots it needs. */
interface Start {
  change: JobChange;
  job: DesiredJob | undefined;
  /** Slots it still has to take from the free ones. */
  need: number;
  /** Rescaled in place: the slots it holds and keeps (`need` comes on top). */
  keeps?: number;
}

/** Task slots a running job of the cluster holds: none while it waits for them, or ended. */
export function heldSlots(job: LiveJob | undefined): number {
  if (!job || job.previousCluster || job.state !== 'RUNNING') return 0;
  // RUNNING with tasks not given a slot (the default scheduler waiting for them): none to give back.
  if (job.vertices.some((v) => v.status === 'CREATED' || v.status === 'SCHEDULED')) return 0;
  return Math.max(0, ...job.vertices.map((v) => v.parallelism));
}

/** Slots a job of the repository needs: its parallelism, or a table's pinned one above it. */
export function neededSlots(parallelism: number, job: DesiredJob | undefined, desired: DesiredState): number {
  let need = parallelism;
  if (!job) return need;
  const pinned = (names: readonly string[], key: string) => {
    for (const name of names) {
      const v = Number(desired.tables.find((t) => t.name === name)?.options?.[key]);
      if (Number.isInteger(v) && v > need) need = v;
    }
  };
  pinned(job.sources, 'scan.parallelism');
  pinned(job.sinks, 'sink.parallelism');
  return need;
}

/** Jobs listed by name in each FO603 at most; beyond, each warning would repeat a long list. */
const NEEDS_LISTED = 8;

/**
 * What the jobs the plan starts need, in order: each by name while they are few; else the first
 * few and a count per slot size, since the text is repeated in the warning of every job left short
 * (a first apply of 30 jobs on a 16-slot cluster gave 14 warnings that each listed all 30).
 */
function listNeeds(starts: readonly Start[]): string {
  const named = (list: readonly Start[]) =>
    list
      .map((s) => `${s.change.job} ${s.need}${s.keeps ? ` (in place, beside the ${s.keeps} it holds)` : ''}`)
      .join(', ');
  if (starts.length <= NEEDS_LISTED) return named(starts);
  const bySize = new Map<number, number>();
  for (const s of starts) bySize.set(s.need, (bySize.get(s.need) ?? 0) + 1);
  const sizes = [...bySize]
    .sort(([a], [b]) => b - a)
    .map(([need, n]) => `${n} of ${need} slot${need === 1 ? '' : 's'}`)
    .join(', ');
  return `${named(starts.slice(0, NEEDS_LISTED))} and ${starts.length - NEEDS_LISTED} more (${starts.length} jobs: ${sizes})`;
}

/**
 * One warning per job the plan starts (creates, resumes, recovers) or restarts at a parallelism
 * (upgrades, rescales) that will not find its slots: the free slots now, plus those of the jobs
 * the plan stops or restarts, less what the jobs before it take. A warning, not an error: a
 * cluster that adds TaskManagers on demand (an autoscaler, Kubernetes' reactive mode) has them
 * by the time the jobs ask. Nothing when the slots were not read (offline, an older client).
 */
export function slotDiagnostics(plan: Plan, desired: DesiredState, live: LiveState): Diagnostic[] {
  const slots = live.slots;
  if (!live.observed || !slots) return [];
  const byId = new Map(live.jobs.map((j) => [j.jobId, j]));
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  let freed = 0;
  // Given back by jobs rescaled down in place, once the adaptive scheduler releases them.
  let later = 0;
  const stopped: string[] = [];
  const starts: Start[] = [];
  const stop = (c: JobChange) => {
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : undefined);
    if (held === 0) return;
    freed += held;
    stopped.push(`${c.job} ${held}`);
  };
  const start = (c: JobChange & { to: { parallelism: number } }) => {
    const job = jobs.get(c.job);
    starts.push({ change: c, job, need: neededSlots(c.to.parallelism, job, desired) });
  };
  // Rescaled in place, a job keeps its slots: a scale-up takes only the difference, and a
  // scale-down gives back nothing a job already running can use (real Flink 2.2, adaptive
  // scheduler: another job rescaled 2 → 3 in the same apply as one rescaled 2 → 1 stayed at 2 of
  // 3); a new job waiting in CREATED takes them once they are released (`later`).
  const inPlace = (c: JobChange & { to: { parallelism: number } }) => {
    const job = jobs.get(c.job);
    const held = heldSlots(c.liveJobId ? byId.get(c.liveJobId) : undefined);
    const need = neededSlots(c.to.parallelism, job, desired) - held;
    if (need > 0) starts.push({ change: c, job, need, keeps: held });
    else later -= need;
  };
  for (const c of plan.changes) {
    if (c.refused) continue;
    switch (c.action) {
      case 'suspend':
      case 'delete':
        stop(c);
        break;
      // Stopped (or, in place, rescaled keeping its slots), then run at the new parallelism.
      case 'upgrade':
        stop(c);
        start(c);
        break;
      case 'rescale':
        if (c.rescaleMode === 'in-place') inPlace(c);
        else {
          stop(c);
          start(c);
        }
        break;
      case 'create':
      case 'resume':
      case 'recover':
        start(c);
        break;
      case 'adopt':
      case 'none':
        break;
    }
  }
  const supply = slots.taskManagers === 0 ? 0 : slots.slotsAvailable + freed;
  const demand = starts.reduce((n, s) => n + s.need, 0);
  if (starts.length === 0 || demand <= supply) return [];
  // A new job that finds no free slot waits in CREATED; the slots of a scale-down in place come
  // free once the adaptive scheduler has held them idle for slot.idle.timeout (50 s by default):
  // real 1.20.3 and 2.2.0 (3 slots) released them 50 and 65 s after a rescale 3 → 1, and a job
  // created in the same apply, CREATED until then, started on them. Not counted for a job
  // rescaled up in place in the same apply: real 2.2 once left one at 2 of 3.
  if (!live.adaptiveScheduler) later = 0;

  const tms = `${slots.taskManagers} TaskManager${slots.taskManagers === 1 ? '' : 's'}`;
  const now =
    slots.taskManagers === 0
      ? 'The cluster has no TaskManager (no task slot)'
      : `The cluster has ${slots.slotsAvailable} of ${slots.slotsTotal} task slots free (${tms})`;
  const frees =
    (freed > 0
      ? `, plus the ${freed} held by the jobs this plan stops or restarts (${stopped.join(', ')}): ${supply} for the jobs it starts`
      : '') +
    (later > 0 ? `; ${later} more come free a while after the jobs rescaled down in place have shrunk` : '');
  const needs = listNeeds(starts);
  const context =
    `${now}${frees}. The jobs this plan starts need ${demand}, each as many as its widest operator ` +
    `(Flink's default slot sharing): ${needs}` +
    (starts.length > 1
      ? '; taken in that order (apply starts several jobs at once, so which of them gets the free slots first may differ).'
      : '.');
  const widest = starts.reduce((w, s) => (s.need > w.need ? s : w));
  const settingOf = (s: Start) =>
    `${s.job?.yamlFile ?? `jobs/${s.change.job}.yaml`} (or environments.${plan.env}.jobs.${s.change.job}.parallelism)`;
  const out: Diagnostic[] = [];
  let left = supply;
  for (const s of starts) {
    const got = Math.min(s.need, left);
    left -= got;
    if (got >= s.need) continue;
    const name = s.change.job;
    const keeps = s.keeps ?? 0;
    const late = keeps === 0 && got === 0 ? Math.min(s.need, later) : 0;
    later -= late;
    if (late >= s.need) continue;
    const fate =
      late > 0
        ? `it waits in CREATED until the jobs rescaled down in place give back their slots (after slot.idle.timeout, 50 s by default), then Flink's adaptive scheduler runs it at parallelism ${late} of ${s.need} (FO724 after apply)`
        : keeps > 0
          ? `it rescales in place, keeping the ${keeps} it holds: Flink's adaptive scheduler runs it at parallelism ${keeps + got} of ${keeps + s.need} (FO724 after apply)`
          : live.adaptiveScheduler
            ? got > 0
              ? `Flink's adaptive scheduler runs it at parallelism ${got} of ${s.need} (FO724 after apply)`
              : "it waits in CREATED, and Flink fails it once the adaptive scheduler's resource wait timeout (5 min by default) is over (NoResourceAvailableException)"
            : "Flink's default scheduler fails it (NoResourceAvailableException), at once or, running only the subtasks that got a slot meanwhile, after the slot request timeout (5 min by default)";
    const free = got === 0 ? 'none will be free for it' : `only ${got} will be free for it`;
    // Wider than the whole cluster: no job the repository suspends makes room for it.
    const wants = keeps + s.need;
    const beyond = slots.taskManagers > 0 && wants > slots.slotsTotal;
    const what = beyond
      ? `needs ${wants} task slots, more than the cluster has in all (${slots.slotsTotal})`
      : `needs ${s.need}${keeps > 0 ? ' more' : ''} task slot${s.need === 1 ? '' : 's'} and ${free}`;
    const fits: string[] = [];
    if (beyond) fits.push(`lower parallelism to ${slots.slotsTotal} or less in ${settingOf(s)}`);
    else if (wants > 1 || widest.need > s.need)
      fits.push(
        (wants > 1 ? `lower parallelism in ${settingOf(s)}` : '') +
          (widest === s || widest.need === s.need
            ? ''
            : `${wants > 1 ? ', or that' : 'lower that'} of ${widest.change.job}, the widest, in ${settingOf(widest)}`),
      );
    fits.push('add TaskManagers or raise taskmanager.numberOfTaskSlots');
    if (!beyond) fits.push('suspend another job (state: suspended)');
    const toFit = fits.length === 1 ? fits[0] : `${fits.slice(0, -1).join(', ')}, or ${fits.at(-1)}`;
    out.push(
      warning(
        PLAN_CODES.slotsShort,
        `job ${name} ${what}: ${fate}`,
        `${context} To fit: ${toFit}.` +
          (beyond
            ? ` Suspending or deleting other jobs does not help: they cannot free more than the ${slots.slotsTotal} slots the cluster has.`
            : '') +
          ' A warning, not an error: a cluster that adds TaskManagers on demand (an autoscaler) may have the slots by the time the jobs ask.',
        s.job ? fileRange(s.job.yamlFile ?? s.job.sqlFile) : undefined,
      ),
    );
  }
  return out;
}
