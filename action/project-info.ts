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
 * the Action masks them. `every`: the values of all the repository's `${env.X}` references
 * (a fork's pull request chooses which variables of the runner it reads). Read leniently: a
 * project that does not load has none.
 */
export function envValuesToMask(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
  every = false,
): string[] {
  try {
    return loadProject(dir)
      .value.references.filter(
        (r) => r.kind === 'env' && (every || (!r.auth && r.key !== undefined && isSensitiveKey(r.key))),
      )
      .flatMap((r) => (env[r.name] ? [env[r.name]!] : []));
  } catch {
    return [];
  }
}
