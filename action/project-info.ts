/** The project name and environment names of flinkops.yaml, read leniently (the full load reports problems). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/core/yaml-lib';

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
