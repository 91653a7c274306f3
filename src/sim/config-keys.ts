/** Flink configuration keys the simulator reads, and how Flink parses their values. */

import { parseDurationMs } from '../core/duration';
import { defaultMaxParallelism } from '../core/key-groups';
import { isSensitiveKey } from '../core/sensitive-keys';
import { parse as parseYaml } from '../core/yaml-lib';
import { splitMap } from './options-splitter';
import { atLeast, type FlinkVersion } from './versions';

export type Config = Record<string, string>;

export { isSensitiveKey };

export const HIDDEN = '******';

export function maskMap(map: Config): Config {
  const out: Config = {};
  for (const [k, v] of Object.entries(map)) out[k] = isSensitiveKey(k) ? HIDDEN : v;
  return out;
}

/**
 * `pipeline.global-job-parameters` = `k1:v1,k2:v2`, parsed as Flink's ConfigurationUtils does: with
 * the standard YAML config (1.19+) a value that reads as a YAML map (`{k1: v1, 'k2': 'v:2'}`) is
 * that map; anything else goes through StructuredOptionsSplitter, every entry exactly a key and
 * a value.
 */
export function parseMapOption(value: string, version: FlinkVersion): Config {
  const text = value.trim();
  if (text === '') return {};
  if (atLeast(version, '1.19')) {
    const map = yamlMap(text);
    if (map) return map;
  }
  try {
    return splitMap(text);
  } catch (e) {
    throw new Error(
      `Could not parse value '${value}' for key 'pipeline.global-job-parameters'. ${(e as Error).message}`,
    );
  }
}

function yamlMap(text: string): Config | undefined {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const out: Config = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    out[k] = typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  }
  return out;
}

/** Flink durations: `10s`, `1 min`, `500 ms`, `10000` (ms). */
export function parseDuration(value: string | undefined): number | undefined {
  return parseDurationMs(value, 'ms');
}

function bool(v: string | undefined): boolean {
  return v?.trim().toLowerCase() === 'true';
}

/** Restore settings as `SavepointRestoreSettings.fromConfiguration` reads them for a version. */
export function restoreSettings(
  cfg: Config,
  version: FlinkVersion,
): { path?: string; ignoreUnclaimed: boolean } {
  const newKeys = atLeast(version, '1.20');
  const path =
    (newKeys ? cfg['execution.state-recovery.path'] : undefined) ?? cfg['execution.savepoint.path'];
  // From 1.20 the client writes the new key (default false) before submitting, so the old
  // ignore-unclaimed key no longer reaches the job (seen on real 1.20 and 2.2).
  const ignore = newKeys
    ? cfg['execution.state-recovery.ignore-unclaimed-state']
    : cfg['execution.savepoint.ignore-unclaimed-state'];
  return path?.trim()
    ? { path: path.trim(), ignoreUnclaimed: bool(ignore) }
    : { ignoreUnclaimed: bool(ignore) };
}

/** Savepoint directory from the job or session config (new key on 1.20+). */
export function savepointDirOf(cfg: Config, version: FlinkVersion): string | undefined {
  return (
    (atLeast(version, '1.20') ? cfg['execution.checkpointing.savepoint-dir'] : undefined) ??
    cfg['state.savepoints.dir']
  );
}

/** `parallelism.default`, overridden by `table.exec.resource.default-parallelism` when > 0. */
export function parallelismOf(cfg: Config): number {
  const table = Number(cfg['table.exec.resource.default-parallelism']);
  if (Number.isInteger(table) && table > 0) return table;
  const p = Number(cfg['parallelism.default']);
  return Number.isInteger(p) && p > 0 ? p : 1;
}

export function maxParallelismOf(cfg: Config, parallelism = 1): number {
  return explicitMaxParallelism(cfg) ?? defaultMaxParallelism(parallelism);
}

/** `pipeline.max-parallelism` when the job sets it. */
export function explicitMaxParallelism(cfg: Config): number | undefined {
  const p = Number(cfg['pipeline.max-parallelism']);
  return Number.isInteger(p) && p > 0 ? p : undefined;
}

/** Flink's `TimeUtils.parseDuration`: whole digits and a unit label (none: ms), or ISO-8601. */
const DURATION_UNITS = new Set([
  ...['d', 'day', 'days', 'h', 'hour', 'hours', 'min', 'm', 'minute', 'minutes'],
  ...['s', 'sec', 'secs', 'second', 'seconds', 'ms', 'milli', 'millis', 'millisecond', 'milliseconds'],
  ...[
    'µs',
    'micro',
    'micros',
    'microsecond',
    'microseconds',
    'ns',
    'nano',
    'nanos',
    'nanosecond',
    'nanoseconds',
  ],
]);

function isFlinkDuration(value: string): boolean {
  const m = /^(\d+)\s*(.*)$/.exec(value.trim());
  if (!m) return /^P(?=.*\d)[\dDTHMS.]+$/i.test(value.trim());
  return m[2] === '' || DURATION_UNITS.has(m[2]!.toLowerCase());
}

const isInt = (value: string) => /^[-+]?\d+$/.test(value) && Math.abs(Number(value)) < 2 ** 31;
const enumOf =
  (...names: string[]) =>
  (value: string) =>
    names.includes(value.toUpperCase());

/**
 * Keys Flink parses whenever it builds a session's table environment: for each statement and
 * configure-session call, and for a SET before the session takes the value. A value they cannot
 * take fails that call; a session opened with it as a property opens, and then fails every call
 * (as a real 1.20 gateway does). Flink takes other keys (`table.exec.*`, `state.backend.type`)
 * without reading them there.
 */
const PARSED_AT_ENVIRONMENT: Record<string, (value: string) => boolean> = {
  'parallelism.default': isInt,
  'pipeline.max-parallelism': isInt,
  'execution.checkpointing.interval': isFlinkDuration,
  'execution.checkpointing.mode': enumOf('EXACTLY_ONCE', 'AT_LEAST_ONCE'),
  'execution.runtime-mode': enumOf('STREAMING', 'BATCH', 'AUTOMATIC'),
  'table.sql-dialect': enumOf('DEFAULT', 'HIVE'),
};

/** Flink's message for the first value of `config` its table environment cannot take, if any. */
export function unparsableValue(config: Config): string | undefined {
  for (const [key, ok] of Object.entries(PARSED_AT_ENVIRONMENT)) {
    const value = config[key];
    if (value !== undefined && !ok(value)) return `Could not parse value '${value}' for key '${key}'.`;
  }
  return undefined;
}

export type CheckpointRetention =
  | 'NO_EXTERNALIZED_CHECKPOINTS'
  | 'DELETE_ON_CANCELLATION'
  | 'RETAIN_ON_CANCELLATION';

/**
 * `execution.checkpointing.externalized-checkpoint-retention` (1.16 to 2.x; Flink's default:
 * NO_EXTERNALIZED_CHECKPOINTS). What happens to a job's checkpoints when it ends: kept on
 * cancellation and failure (RETAIN_ON_CANCELLATION), on failure only (DELETE_ON_CANCELLATION), never.
 */
export function checkpointRetention(cfg: Config): CheckpointRetention {
  const v = cfg['execution.checkpointing.externalized-checkpoint-retention']?.trim().toUpperCase();
  return v === 'RETAIN_ON_CANCELLATION' || v === 'DELETE_ON_CANCELLATION' ? v : 'NO_EXTERNALIZED_CHECKPOINTS';
}
