/** The project name and environment names of flinkops.yaml, read leniently (the full load reports problems). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSensitiveKey } from '../src/core/sensitive-keys';
import { parse } from '../src/core/yaml-lib';
import { loadProject } from '../src/load';

export interface ProjectInfo {
  name: string;
  environments: string[];
}

export function readProjectInfo(dir: string): ProjectInfo {
  try {
    const doc = parse(readFileSync(join(dir, 'flinkops.yaml'), 'utf8')) as {
      project?: unknown;
      environments?: unknown;
    } | null;
    const envs = doc?.environments;
    return {
      name: typeof doc?.project === 'string' ? doc.project : 'project',
      environments: envs && typeof envs === 'object' ? Object.keys(envs) : [],
    };
  } catch {
    return { name: 'project', environments: [] };
  }
}

/**
 * The values, in this run's environment, of the `${env.X}` references that set a credential
 * option (FO272): written into compiled scripts, so into plans, comments and summaries, where
 * the Action masks them. Read leniently: a project that does not load has none.
 */
export function credentialEnvValues(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  try {
    return loadProject(dir)
      .value.references.filter((r) => r.kind === 'env' && !r.auth && r.key && isSensitiveKey(r.key))
      .flatMap((r) => (env[r.name] ? [env[r.name]!] : []));
  } catch {
    return [];
  }
}
