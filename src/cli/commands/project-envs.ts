import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../core/yaml-lib';
import { loadAndValidate } from '../../validate';
import type { ParsedArgs } from '../args';
import { chooseEnv, givenEnv, reportDiagnostics } from '../context';
import type { Io } from '../io';

/**
 * The environment names of flinkops.yaml, read leniently so `--env` can default to the only one.
 * Anything wrong with the file is reported by the full load later; here it just means "unknown".
 */
export function environmentsOf(dir: string): string[] {
  try {
    const path = join(dir, 'flinkops.yaml');
    if (!statSync(path).isFile()) return []; // a named pipe would block the read
    const doc = parse(readFileSync(path, 'utf8')) as {
      environments?: Record<string, unknown>;
    };
    return doc && typeof doc.environments === 'object' && doc.environments
      ? Object.keys(doc.environments)
      : [];
  } catch {
    return [];
  }
}

/**
 * The environment a command runs for: --env, FLINKOPS_ENV, else the only one of flinkops.yaml.
 * When flinkops.yaml is missing or broken there is no list to choose from; then the project's
 * own diagnostics say why (rather than "defines no environments"), and this returns undefined.
 */
export function commandEnv(args: ParsedArgs, io: Io, dir: string, json: boolean): string | undefined {
  const given = givenEnv(args, io);
  if (given !== undefined) return given;
  const names = environmentsOf(dir);
  if (names.length === 0) {
    const errors = loadAndValidate(dir, { envVars: io.env }).diags.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: errors }, null, 2)}\n`);
      else reportDiagnostics(io, dir, errors);
      return undefined;
    }
  }
  return chooseEnv(args, io, names);
}
