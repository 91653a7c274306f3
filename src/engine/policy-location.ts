/**
 * A policy refuses a setting of a job (FO621 its upgradeMode, FO623 its parallelism), or a job
 * runs with another maxParallelism than its settings say (FO636); the plan stage knows the job's
 * file but not where in it the setting is. Here, with the file at hand,
 * the diagnostic moves from the file's first line to the key's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics';
import { parseYaml, type YamlSource } from '../load';
import { PLAN_CODES, POLICY_CODES } from '../plan/codes';

const KEY_OF: Record<string, string> = {
  [POLICY_CODES.protectedStateless]: 'upgradeMode',
  [POLICY_CODES.maxParallelism]: 'parallelism',
  [PLAN_CODES.maxParallelismDrift]: 'maxParallelism',
  [PLAN_CODES.slotsShort]: 'parallelism',
};

export function locatePolicySettings(dir: string, diags: readonly Diagnostic[]): Diagnostic[] {
  const sources = new Map<string, YamlSource | undefined>();
  return diags.map((d) => {
    const key = KEY_OF[d.code];
    const r = d.range;
    if (!key || !r?.file.endsWith('.yaml') || r.start.line !== 1 || r.start.column !== 1) return d;
    if (!sources.has(r.file)) {
      try {
        sources.set(r.file, parseYaml(r.file, readFileSync(join(dir, r.file), 'utf8')).value);
      } catch {
        sources.set(r.file, undefined);
      }
    }
    const source = sources.get(r.file);
    const data = source?.data as Record<string, unknown> | undefined;
    // A key of the job's own settings file; set elsewhere (flinkops.yaml), the file's start stays.
    if (!source || data?.[key] === undefined) return d;
    return { ...d, range: source.locate([key], 'key') };
  });
}
