/**
 * A job's hashes: the settings whose change needs a restart, the spec checksums, and those that
 * need none.
 */

import { fingerprint } from '../core/hash';
import type { JobSettingKey } from '../load/types';
import { normalizeSql, normalizeSqlAsBefore } from '../sql';
import { settingsWithEffect } from './effects';
import type { ResolvedSettings } from './model';

const RESTART_KEYS = settingsWithEffect('upgrade', 'redeploy');

const METADATA_KEYS = settingsWithEffect('ignore');

function pick(settings: ResolvedSettings, keys: readonly JobSettingKey[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (settings[k] !== undefined) out[k] = settings[k];
  return out;
}

/**
 * Fingerprint (16 hex, sha256-based) of the normalised script plus every setting whose change restarts the job.
 * `jarChecksums` (UDF name → sha256 of the jars the script loads) counts too: a new jar published
 * under the same URI changes no byte of the script. Left out when empty, so hashes of jobs
 * without checksummed UDFs are what they always were. The Python files a job ships count the
 * same way, under `python:<entry>` (`specChecksums`).
 */
export function restartHash(
  script: string,
  settings: ResolvedSettings,
  jarChecksums: Readonly<Record<string, string>> = {},
): string {
  return hashOfNormalForm(normalizeSql(script), settings, jarChecksums);
}

/**
 * The restart hash older flinkops versions gave the same script and settings, where their
 * normaliser read it otherwise (normalizeSqlAsBefore); undefined where it read it the same.
 */
export function restartHashAsBefore(
  script: string,
  settings: ResolvedSettings,
  jarChecksums: Readonly<Record<string, string>> = {},
): string | undefined {
  const before = normalizeSqlAsBefore(script);
  return before === undefined ? undefined : hashOfNormalForm(before, settings, jarChecksums);
}

/**
 * What a spec hash counts beside the script and settings: the sha256 of each checksummed UDF jar
 * the job loads (by UDF name), of each Python file it ships (`python:<entry>`) and of each jar its
 * own script loads (`jar:<location>`; no UDF name has a colon).
 */
export function specChecksums(
  udfs: readonly string[],
  jarSha256: (udf: string) => string | undefined,
  pythonFiles: Readonly<Record<string, string>> = {},
  scriptJars: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const u of udfs) {
    const sha = jarSha256(u);
    if (sha) out[u] = sha;
  }
  for (const [entry, sha] of Object.entries(pythonFiles)) out[`python:${entry}`] = sha;
  for (const [jar, sha] of Object.entries(scriptJars)) out[`jar:${jar}`] = sha;
  return out;
}

export function hashOfNormalForm(
  normalForm: string,
  settings: ResolvedSettings,
  jarChecksums: Readonly<Record<string, string>>,
): string {
  const jars = Object.keys(jarChecksums).length > 0 ? jarChecksums : undefined;
  return fingerprint({ script: normalForm, settings: pick(settings, RESTART_KEYS), jars });
}

/**
 * The settings a deployment is recorded with in the state store: every restart-needing one
 * (so a later plan can say which changed) plus `allowNonRestoredState` (a rollback resubmits
 * the recorded version as it was deployed).
 */
export function deployedSettings(settings: ResolvedSettings): Record<string, unknown> {
  return { ...pick(settings, RESTART_KEYS), allowNonRestoredState: settings.allowNonRestoredState };
}

/** Hash of the settings whose change needs no restart (description, schedule, health, ...). */
export function metadataHash(settings: ResolvedSettings): string {
  return fingerprint(pick(settings, METADATA_KEYS));
}
