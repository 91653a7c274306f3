/**
 * The Python files a job ships to Flink (`python.files`, `python.requirements`, `python.archives`,
 * SET in its script or in its `config:`). Flink copies them when the job is submitted, so an edit of
 * a `.py` file changes no byte of the script: without their checksums in the spec hash, the running
 * job keeps the old code while the repository holds the new. flinkops reads the ones it can read on
 * its own machine (an absolute path or a `file:` URI: a local cluster, a runner that stages them);
 * another host's disk or a remote file system is left to the cluster.
 */

import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCrypto } from '../core/hash';
import { PYTHON_FILE_OPTIONS, pythonFileEntries } from '../core/python-options';
import type { FunctionDef } from '../sql/types';

/** The path on this machine an entry names (an absolute path or a `file:` URI), else undefined. */
export function localPythonPath(entry: string): string | undefined {
  if (/^file:/i.test(entry)) {
    try {
      return fileURLToPath(entry.replace(/^file:(?!\/)/i, 'file:///'));
    } catch {
      return undefined;
    }
  }
  return entry.startsWith('/') ? entry : undefined;
}

const SKIPPED = /^(__pycache__|\.git)$|\.py[co]$/;

/** sha256 of a file's bytes, or of a directory's files (relative names and bytes, sorted); undefined if unreadable. */
export function pathSha256(path: string): string | undefined {
  try {
    const hash = nodeCrypto().createHash('sha256');
    if (!statSync(path).isDirectory()) return hash.update(readFileSync(path)).digest('hex');
    const walk = (dir: string, rel: string): void => {
      const entries: Dirent[] = readdirSync(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (SKIPPED.test(e.name)) continue;
        const name = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(join(dir, e.name), name);
        else if (e.isFile())
          hash
            .update(`${name}\0`)
            .update(readFileSync(join(dir, e.name)))
            .update('\0');
      }
    };
    walk(path, '');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * The sha256 of each Python file the job ships that this machine can read, by the entry as
 * written: later values of an option replace earlier ones, as Flink's SET does.
 */
export function pythonFileChecksums(
  options: ReadonlyArray<readonly [string, string]>,
): Record<string, string> {
  const last = new Map<string, string>();
  for (const [key, value] of options) if (PYTHON_FILE_OPTIONS.includes(key)) last.set(key, value);
  const out: Record<string, string> = {};
  for (const [key, value] of last) {
    for (const entry of pythonFileEntries(key, value)) {
      const path = localPythonPath(entry);
      const sha = path === undefined ? undefined : pathSha256(path);
      if (sha) out[entry] = sha;
    }
  }
  return out;
}

/**
 * The Python functions the statements create (`CREATE FUNCTION … LANGUAGE PYTHON`), by lower-case
 * name → the counted files the job ships (`counted`: the entries of `pythonFileChecksums`): Flink
 * puts every one on the Python path, so an edit of any may change such a function's code, and an
 * aggregate's accumulator with it, which the script's text does not show.
 */
export function scriptPythonFunctions(
  statements: ReadonlyArray<{ kind: string; function?: FunctionDef }>,
  counted: Readonly<Record<string, string>>,
): Record<string, string[]> {
  const files = Object.keys(counted);
  const out: Record<string, string[]> = {};
  if (files.length === 0) return out;
  for (const st of statements)
    if (st.kind === 'create_function' && st.function?.language === 'PYTHON')
      out[st.function.name.name.toLowerCase()] = files;
  return out;
}
