/**
 * Whether a job should be running at a given moment: `state: suspended`, the
 * `activeFrom`/`activeUntil` period and the cron windows of `schedule:`. A window
 * is open while its latest `start` occurrence (in the schedule's time zone) is
 * later than its latest `stop` occurrence; the job runs while any window is open.
 * `now` is an input (ISO-8601), never read from a clock, so the plan stays pure.
 */

import type { DesiredJob } from '../compile/model';
import type { ScheduleSettings } from '../load/types';
import { cronOf } from '../validate';
import type { Cause } from './model';

export type RunState = 'running' | 'suspended';

export interface RunDecision {
  state: RunState;
  /**
   * What decided the state: the setting or schedule that suspends the job, or the
   * window that keeps it running (absent when it simply runs).
   */
  cause?: Cause;
  /** One line for display. */
  reason: string;
  /** A window bound that could not be evaluated (no `now`, unparsable date or cron). */
  problem?: string;
  /** The next moment the schedule changes the state, when there is one. */
  next?: { at: string; state: RunState };
}

/** A state at one instant, with what decided it. */
interface Verdict {
  state: RunState;
  cause?: Cause;
  /** Why, without the next transition. */
  why: string;
}

type Instant = (t: number) => Verdict;

/** ISO-8601 without milliseconds: schedules work in whole minutes. */
export function isoMinute(t: number): string {
  return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
}

function windowsOf(
  schedule: ScheduleSettings,
): { windows: { i: number; label: string; start: Cron; stop: Cron }[] } | { problem: string } {
  const tz = schedule.timezone ?? 'UTC';
  const windows = [];
  for (const [i, w] of schedule.windows.entries()) {
    const start = cronOf(w.start, tz);
    const stop = cronOf(w.stop, tz);
    if ('problem' in start)
      return { problem: `schedule window ${i + 1} start "${w.start}": ${start.problem}` };
    if ('problem' in stop) return { problem: `schedule window ${i + 1} stop "${w.stop}": ${stop.problem}` };
    windows.push({ i, label: `${w.start} → ${w.stop} ${tz}`, start: start.cron, stop: stop.cron });
  }
  return { windows };
}

type Cron = Extract<ReturnType<typeof cronOf>, { cron: unknown }>['cron'];

/** Latest occurrence at or before `t`. croner's previousRuns excludes the reference instant itself. */
function latest(cron: Cron, t: number): number | undefined {
  return cron.previousRuns(1, new Date(t + 1))[0]?.getTime();
}

function nextAfter(cron: Cron, t: number): number | undefined {
  return cron.nextRun(new Date(t))?.getTime() ?? undefined;
}

/** The state function of a job at any instant, and the instants at which it may change. */
function stateFunction(
  job: DesiredJob,
): { at: Instant; candidates: (t: number) => number[] } | { problem: string } {
  const { activeFrom: from, activeUntil: until, schedule } = job.settings;
  for (const [key, value] of [
    ['activeFrom', from],
    ['activeUntil', until],
  ] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value)))
      return { problem: `${key} "${value}" is not an ISO-8601 time` };
  }
  const parsed = schedule ? windowsOf(schedule) : { windows: [] };
  if ('problem' in parsed) return parsed;
  const { windows } = parsed;
  const fromT = from !== undefined ? Date.parse(from) : undefined;
  const untilT = until !== undefined ? Date.parse(until) : undefined;

  const at: Instant = (t) => {
    if (fromT !== undefined && t < fromT)
      return {
        state: 'suspended',
        cause: { kind: 'schedule', path: 'activeFrom', to: from! },
        why: `outside its schedule window: active from ${from}`,
      };
    if (untilT !== undefined && t >= untilT)
      return {
        state: 'suspended',
        cause: { kind: 'schedule', path: 'activeUntil', to: until! },
        why: `outside its schedule window: active until ${until}`,
      };
    if (windows.length === 0) return { state: 'running', why: 'inside its schedule window' };
    let closed: { i: number; label: string; stop?: number } | undefined;
    for (const w of windows) {
      const start = latest(w.start, t);
      const stop = latest(w.stop, t);
      if (start !== undefined && (stop === undefined || start > stop)) {
        return {
          state: 'running',
          cause: { kind: 'schedule', path: `schedule.windows[${w.i}]`, from: 'closed', to: 'open' },
          why: `inside schedule window ${w.i + 1} (${w.label}) since ${isoMinute(start)}`,
        };
      }
      // The window that closed most recently explains why nothing runs.
      if (stop !== undefined && (closed?.stop === undefined || stop > closed.stop))
        closed = { i: w.i, label: w.label, stop };
      closed ??= { i: w.i, label: w.label };
    }
    const c = closed!;
    return {
      state: 'suspended',
      cause: { kind: 'schedule', path: `schedule.windows[${c.i}]`, from: 'open', to: 'closed' },
      why:
        c.stop !== undefined
          ? `outside its schedule: window ${c.i + 1} (${c.label}) closed at ${isoMinute(c.stop)}`
          : `outside its schedule: window ${c.i + 1} (${c.label}) has not opened yet`,
    };
  };

  const candidates = (t: number): number[] => {
    const out: number[] = [];
    if (fromT !== undefined && fromT > t) out.push(fromT);
    if (untilT !== undefined && untilT > t) out.push(untilT);
    for (const w of windows) {
      for (const cron of [w.start, w.stop]) {
        const n = nextAfter(cron, t);
        if (n !== undefined) out.push(n);
      }
    }
    return out;
  };
  return { at, candidates };
}

/** Transitions looked at before giving up on finding a change (e.g. a start that repeats while open). */
const MAX_STEPS = 64;

function nextTransition(
  f: { at: Instant; candidates: (t: number) => number[] },
  t: number,
  state: RunState,
): { at: string; state: RunState } | undefined {
  let cur = t;
  for (let step = 0; step < MAX_STEPS; step++) {
    const c = f.candidates(cur);
    if (c.length === 0) return undefined;
    cur = Math.min(...c);
    const v = f.at(cur);
    if (v.state !== state) return { at: isoMinute(cur), state: v.state };
  }
  return undefined;
}

function withNext(v: Verdict, next: { at: string; state: RunState } | undefined): RunDecision {
  const tail = next ? `; ${next.state === 'running' ? 'resumes' : 'suspends'} at ${next.at}` : '';
  const cause =
    v.cause && next && v.cause.path.startsWith('schedule.')
      ? { ...v.cause, to: `${v.cause.to} until ${next.at}` }
      : v.cause;
  return {
    state: v.state,
    ...(cause ? { cause } : {}),
    reason: `${v.why}${tail}`,
    ...(next ? { next } : {}),
  };
}

export function desiredRunState(job: DesiredJob, now?: string): RunDecision {
  if (job.settings.state === 'suspended') {
    return {
      state: 'suspended',
      cause: { kind: 'setting', path: 'state', to: 'suspended' },
      reason: 'state: suspended',
    };
  }
  const { activeFrom, activeUntil, schedule } = job.settings;
  if (activeFrom === undefined && activeUntil === undefined && !schedule)
    return { state: 'running', reason: 'state: running' };
  const notEvaluated = (problem: string): RunDecision => ({
    state: 'running',
    reason: 'state: running',
    problem,
  });
  if (now === undefined) {
    return notEvaluated(
      `${schedule ? 'schedule' : 'activeFrom/activeUntil'} ${schedule ? 'was' : 'were'} not evaluated: the plan was given no time`,
    );
  }
  const t = Date.parse(now);
  if (Number.isNaN(t)) return notEvaluated(`"${now}" is not an ISO-8601 time`);
  const f = stateFunction(job);
  if ('problem' in f) return notEvaluated(f.problem);
  const v = f.at(t);
  return withNext(v, nextTransition(f, t, v.state));
}
