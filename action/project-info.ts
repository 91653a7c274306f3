/** The project name and environment names of flinkops.yaml, read leniently (the full load reports problems). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parse, parseDocument } from '../src/core/yaml-lib';

export interface ProjectInfo {
  name: string;
  environments: string[];
}

export function readProjectInfo(dir: string): ProjectInfo {
  let text: string;
  try {
    // A carriage return alone is a YAML line break too (as the loader reads it).
    text = readFileSync(join(dir, 'flinkops.yaml'), 'utf8').replace(/\r(?!\n)/g, '\n');
  } catch {
    return { name: 'project', environments: [] };
  }
  try {
    const doc = parse(text) as { project?: unknown; environments?: unknown } | null;
    const envs = doc?.environments;
    return {
      name: typeof doc?.project === 'string' ? doc.project : 'project',
      environments: envs && typeof envs === 'object' ? Object.keys(envs) : [],
    };
  } catch {
    return fromBrokenYaml(text);
  }
}

/**
 * A flinkops.yaml with a syntax error (or aliases that expand too often) elsewhere still names
 * its project and environments: each environment's plan then reports the error in the sticky
 * comment it keeps (named after the project), instead of the run failing for "no environments".
 * Read from the document's nodes, so no alias is expanded.
 */
function fromBrokenYaml(text: string): ProjectInfo {
  try {
    const doc = parseDocument(text);
    const project = doc.get('project', true);
    const envs = doc.get('environments', true);
    return {
      name: isScalar(project) && typeof project.value === 'string' ? project.value : 'project',
      environments: isMap(envs)
        ? envs.items.flatMap((p) => (isScalar(p.key) && typeof p.key.value === 'string' ? [p.key.value] : []))
        : [],
    };
  } catch {
    return { name: 'project', environments: [] };
  }
}
