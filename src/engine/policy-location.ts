/**
 * A policy refuses a setting of a job (FO621 its upgradeMode, FO623 its parallelism), the jobs
 * would be short of slots (FO603), or a job runs with another maxParallelism than its settings say
 * (FO636); the plan stage knows the job's files but not where the setting is. Here, with the files
 * at hand, the diagnostic moves from the job file's first line to the key that sets the value,
 * in the order settings resolve: `environments.<env>.jobs.<job>.<key>` in flinkops.yaml, then the
 * job's own file, then `defaults.<key>` in flinkops.yaml. A cluster running another environment's
 * jobs (FO682), another endpoint than its jobs' (FO739) or one to record for them (FO736) is said
 * at the environment's `jobmanagerUrl`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, SourceRange } from '../core/diagnostics';
import { PROJECT_FILE, parseYaml, valueAt, type YamlSource } from '../load';
import { PLAN_CODES, POLICY_CODES } from '../plan/codes';
import { COMPILE_PLAN_CODES } from './compile-plans';

const KEY_OF: Record<string, string> = {
  [POLICY_CODES.protectedStateless]: 'upgradeMode',
  [POLICY_CODES.maxParallelism]: 'parallelism',
  [PLAN_CODES.maxParallelismDrift]: 'maxParallelism',
  [PLAN_CODES.slotsShort]: 'parallelism',
  [COMPILE_PLAN_CODES.noPlanDir]: 'planMode',
  [COMPILE_PLAN_CODES.tooOld]: 'planMode',
};

/** The job a diagnostic is about, by the files it may be located at. */
export interface JobFiles {
  name: string;
  sqlFile: string;
  yamlFile?: string;
}

export function locatePolicySettings(
  dir: string,
  diags: readonly Diagnostic[],
  where: { env?: string; jobs?: readonly JobFiles[] } = {},
): Diagnostic[] {
  const sources = new Map<string, YamlSource | undefined>();
  const source = (file: string): YamlSource | undefined => {
    if (!sources.has(file)) {
      try {
        sources.set(file, parseYaml(file, readFileSync(join(dir, file), 'utf8')).value);
      } catch {
        sources.set(file, undefined);
      }
    }
    return sources.get(file);
  };
  const at = (file: string, path: string[]): SourceRange | undefined => {
    const s = source(file);
    return s && valueAt(s.data, path) !== undefined ? s.locate(path, 'key') : undefined;
  };
  return diags.map((d) => {
    const key = KEY_OF[d.code];
    const r = d.range;
    // Another environment's cluster (FO682), or another endpoint than the jobs' (FO739): at the URL.
    const atUrl =
      d.code === PLAN_CODES.otherEnvironmentsCluster ||
      d.code === PLAN_CODES.otherEndpoint ||
      d.code === PLAN_CODES.endpointUnrecorded;
    if (atUrl && where.env && r?.file === PROJECT_FILE) {
      const range = at(PROJECT_FILE, ['environments', where.env, 'jobmanagerUrl']);
      return range ? { ...d, range } : d;
    }
    if (!key || !r || r.start.line !== 1 || r.start.column !== 1) return d;
    const job = where.jobs?.find((j) => j.yamlFile === r.file || j.sqlFile === r.file);
    const range =
      (job && where.env ? at(PROJECT_FILE, ['environments', where.env, 'jobs', job.name, key]) : undefined) ??
      (r.file.endsWith('.yaml') ? at(r.file, [key]) : undefined) ??
      (job ? at(PROJECT_FILE, ['defaults', key]) : undefined);
    return range ? { ...d, range } : d;
  });
}
