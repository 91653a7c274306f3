/**
 * Per-environment resolution: `${env.X}` substituted in every string, job settings
 * merged (project defaults < job YAML < environment override), config maps merged.
 */
import { escapeTemplate, substituteEnv } from '../load';
import {
  configLayers,
  type EnvironmentSpec,
  type HealthSettings,
  type JobSettings,
  type ProjectConfig,
  type Scalar,
} from '../load/types';
import { envValue } from '../validate';
import type { ResolvedSettings } from './model';

export type EnvLookup = (name: string) => string | undefined;

/**
 * `${env.NAME}` lookup for one environment. Values from the process environment are
 * escaped (they are data, not templates); `variables:` are repository text and may
 * hold `${secret.NAME}`. Undefined names were reported by validate (FO110).
 */
export function envLookup(
  env: EnvironmentSpec | undefined,
  envVars: Readonly<Record<string, string | undefined>>,
): EnvLookup {
  return (name) => {
    const fromProcess = envVars[name];
    if (fromProcess !== undefined) return escapeTemplate(fromProcess);
    return envValue(name, env, {});
  };
}

export function substitute(text: string, lookup: EnvLookup): string {
  return substituteEnv(text, lookup).text;
}

/**
 * The lookup for SQL text: a reference stands inside a '...' literal there (validate holds it
 * there), so each value's quotes are doubled. A value is text in the literal, never SQL of its own.
 */
export function sqlLiteralLookup(lookup: EnvLookup): EnvLookup {
  return (name) => lookup(name)?.replaceAll("'", "''");
}

/**
 * `value` with `${env.X}` substituted in every string value (keys are names): a copy of each
 * array and object holding a reference, the same value where there is none (compiled specs are
 * not mutated, and most of a table's spec names no variable).
 */
export function substituteDeep<T>(value: T, lookup: EnvLookup): T {
  if (typeof value === 'string') return substitute(value, lookup) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = substituteDeep(value[i], lookup);
      if (v === value[i]) continue;
      out ??= value.slice();
      out[i] = v;
    }
    return (out ?? value) as T;
  }
  if (value && typeof value === 'object') {
    const from = value as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const k in from) {
      if (!Object.hasOwn(from, k)) continue;
      const s = substituteDeep(from[k], lookup);
      if (s === from[k]) continue;
      out ??= { ...from };
      out[k] = s;
    }
    return (out ?? value) as T;
  }
  return value;
}

function stringMap(m: Record<string, Scalar> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m ?? {})) out[k] = String(v);
  return out;
}

/** A health layer with the deprecated `maxBackpressure` read as `maxBackPressure` (which wins). */
function renamedHealth(h: HealthSettings): HealthSettings {
  if (h.maxBackpressure === undefined) return h;
  const { maxBackpressure, ...rest } = h;
  return { ...rest, maxBackPressure: rest.maxBackPressure ?? maxBackpressure };
}

/** Later layers win; config, savepoints and health merge key by key. */
function merge(layers: readonly (JobSettings | undefined)[]): JobSettings {
  const out: JobSettings = {};
  for (const l of layers) {
    if (!l) continue;
    for (const [k, given] of Object.entries(l) as [keyof JobSettings, unknown][]) {
      if (given === undefined) continue;
      const v = k === 'health' ? renamedHealth(given as HealthSettings) : given;
      if (k === 'config' || k === 'savepoints' || k === 'health') {
        (out as Record<string, unknown>)[k] = { ...((out[k] as object | undefined) ?? {}), ...(v as object) };
      } else (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

export function resolveSettings(
  config: ProjectConfig,
  envName: string,
  job: string,
  own: JobSettings,
  lookup: EnvLookup,
): ResolvedSettings {
  const env = config.environments[envName];
  const override = env?.jobs?.[job];
  const merged = merge([config.defaults, own, override]);
  const jobConfig: Record<string, string> = Object.assign(
    {},
    ...configLayers(config, envName, job, own).map(stringMap),
  );
  const resolved = substituteDeep(
    {
      ...merged,
      parallelism: merged.parallelism ?? 1,
      upgradeMode: merged.upgradeMode ?? 'savepoint',
      // The environment's own `state: suspended` stops its whole fleet (e.g. before a version move).
      state: env?.state === 'suspended' ? 'suspended' : (merged.state ?? 'running'),
      allowNonRestoredState: merged.allowNonRestoredState ?? false,
      deletionPolicy: merged.deletionPolicy ?? 'retain',
      config: jobConfig,
    },
    lookup,
  );
  // script is the default: an explicit `planMode: script` is the setting left out, so writing it
  // down changes no job's spec hash and restarts nothing.
  if (resolved.planMode === 'script') delete resolved.planMode;
  return resolved;
}
