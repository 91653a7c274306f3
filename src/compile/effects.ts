/**
 * THE one table of what a change to each job setting does to a running job,
 * from least to most severe: ignore (metadata only) < rescale < upgrade (restart
 * through a savepoint, per upgradeMode) < redeploy (restart from a new restore
 * path). `state` changes (running ↔ suspended) are actions of their own, decided
 * by the plan. A diff takes the most severe effect of everything that changed.
 * A job-schema property missing here fails effects.test.ts.
 */
import type { JobSettingKey } from '../load/types';

export type Effect = 'ignore' | 'rescale' | 'upgrade' | 'redeploy' | 'state';

export const SETTING_EFFECTS = {
  description: 'ignore',
  parallelism: 'rescale',
  // Changes the number of key groups: a restart, and the plan's compatibility check flags keyed state.
  maxParallelism: 'upgrade',
  // How the next upgrade happens, not a reason for one.
  upgradeMode: 'ignore',
  state: 'state',
  // Script ↔ compiled plan: the job restarts from its savepoint under the other start mode.
  planMode: 'upgrade',
  // Only read when a job is restored; it needs no restart of its own.
  allowNonRestoredState: 'ignore',
  deletionPolicy: 'ignore',
  config: 'upgrade',
  savepoints: 'ignore',
  restoreFrom: 'redeploy',
  // Names the job's former name; the plan turns the old job into this one (a rename), whatever else changed.
  movedFrom: 'ignore',
  schedule: 'ignore',
  activeFrom: 'ignore',
  activeUntil: 'ignore',
  health: 'ignore',
} as const satisfies Record<JobSettingKey, Effect>;

/** A change of the compiled script (SQL, tables, UDFs, env values) upgrades the job. */
export const SCRIPT_EFFECT: Effect = 'upgrade';

const ORDER: Record<Effect, number> = { ignore: 0, state: 0, rescale: 1, upgrade: 2, redeploy: 3 };

/** The most severe of several effects ('state' counts as ignore: the plan handles it separately). */
export function mostSevere(effects: Iterable<Effect>): Effect {
  let best: Effect = 'ignore';
  for (const e of effects) if (ORDER[e] > ORDER[best]) best = e;
  return best;
}

export function settingsWithEffect(...effects: Effect[]): JobSettingKey[] {
  return (Object.keys(SETTING_EFFECTS) as JobSettingKey[]).filter((k) =>
    effects.includes(SETTING_EFFECTS[k]),
  );
}
