/** Flink configuration keys the simulator reads, and how Flink parses their values. */
import { parseDurationMs } from '../core/duration';
import { atLeast, type FlinkVersion } from './versions';

export type Config = Record<string, string>;

/** `GlobalConfiguration#SENSITIVE_KEYS`: values of matching keys are shown as `******`. */
const SENSITIVE = [
  'password',
  'secret',
  'fs.azure.account.key',
  'apikey',
  'api-key',
  'auth-params',
  'service-key',
  'token',
  'basic-auth',
  'jaas.config',
  'http-headers',
  'access-key',
];

export const HIDDEN = '******';

export function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase();
  return SENSITIVE.some((s) => k.includes(s));
}

export function maskMap(map: Config): Config {
  const out: Config = {};
  for (const [k, v] of Object.entries(map)) out[k] = isSensitiveKey(k) ? HIDDEN : v;
  return out;
}

/**
 * `StructuredOptionsSplitter.splitEscaped`: split on `sep`; a part that STARTS with
 * `'` or `"` is quoted up to the matching quote (a doubled quote is a literal one),
 * any other part runs to the next separator, quotes included, and is trimmed.
 */
export function splitEscaped(text: string, sep: string): string[] {
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && text[i] !== sep && /\s/.test(text[i]!)) i++;
    let part = '';
    const q = text[i];
    if (q === "'" || q === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        if (text[i] === q) {
          if (text[i + 1] === q) {
            part += q;
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        part += text[i++];
      }
      if (!closed) throw new Error(`Could not split string. Quoting was not closed properly: ${text}`);
      while (i < text.length && text[i] !== sep) {
        if (!/\s/.test(text[i]!))
          throw new Error(`Could not split string. Illegal character after closing quote: ${text}`);
        i++;
      }
    } else {
      while (i < text.length && text[i] !== sep) part += text[i++];
      part = part.trim();
    }
    parts.push(part);
    if (i >= text.length) break;
    i++; // separator
  }
  return parts;
}

/** `pipeline.global-job-parameters` = `k1:v1,k2:v2` (YAML flow map `{k: v}` accepted on 1.19+). */
export function parseMapOption(value: string, version: FlinkVersion): Config {
  const text = value.trim();
  const out: Config = {};
  if (text === '') return out;
  if (atLeast(version, '1.19') && text.startsWith('{') && text.endsWith('}')) {
    for (const part of splitEscaped(text.slice(1, -1), ',')) {
      const idx = part.indexOf(':');
      if (idx < 0) continue;
      out[part.slice(0, idx).trim()] = part.slice(idx + 1).trim();
    }
    return out;
  }
  try {
    for (const entry of splitEscaped(text, ',')) {
      const kv = splitEscaped(entry, ':');
      if (kv.length < 2) throw new Error(`Map item is not a key-value pair (missing ':'?): ${entry}`);
      out[kv[0]!] = kv[1]!; // like Flink's parseMap, parts after the second are dropped
    }
  } catch (e) {
    throw new Error(
      `Could not parse value '${value}' for key 'pipeline.global-job-parameters'. ${(e as Error).message}`,
    );
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

export function maxParallelismOf(cfg: Config): number {
  const p = Number(cfg['pipeline.max-parallelism']);
  return Number.isInteger(p) && p > 0 ? p : 128;
}
