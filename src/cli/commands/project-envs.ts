import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The environment names of flinkops.yaml, read leniently so `--env` can default to the only one.
 * Anything wrong with the file is reported by the full load later; here it just means "unknown".
 */
export function environmentsOf(dir: string): string[] {
  try {
    const doc = parse(readFileSync(join(dir, 'flinkops.yaml'), 'utf8')) as {
      environments?: Record<string, unknown>;
    };
    return doc && typeof doc.environments === 'object' && doc.environments
      ? Object.keys(doc.environments)
      : [];
  } catch {
    return [];
  }
}
