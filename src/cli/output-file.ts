/** Files a command writes where the user said (`plan --out FILE`, `compile --out DIR`): failures in their words. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './args';

/** Why writing `shown` failed, as a user can act on it (`shown` is the path as the user gave it). */
export function writeFailure(e: unknown, shown: string, what: 'file' | 'folder', example?: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EISDIR':
      return `${shown} is a folder: give the path of a file${example ? `, e.g. ${join(shown, example)}` : ''}`;
    case 'ENOENT': {
      // A folder that is there, and still "no such file": a broken link, or a file system that
      // takes no new entries (/proc). `path` is the level that failed, when a folder was made.
      const at = (e as NodeJS.ErrnoException).path ?? shown;
      return existsSync(dirname(at))
        ? `${at} cannot be made in ${dirname(at)} (a link to nowhere, or a folder that takes no new ${what}s)`
        : `the folder ${dirname(shown)} does not exist: create it first`;
    }
    case 'ENOTDIR':
    case 'EEXIST':
      return what === 'folder'
        ? `${shown} (or a folder above it) is a file, not a folder`
        : `a part of ${dirname(shown)} is a file, not a folder`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Writes `text` to `path` (the file of `--<option>`, `shown` as the user gave it); an error names
 * the option and the cause, and for a folder suggests the file `example` in it.
 */
export function writeOutputFile(
  option: string,
  shown: string,
  path: string,
  text: string,
  example?: string,
): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write --${option} ${shown}: ${writeFailure(e, shown, 'file', example)}`);
  }
}

/** Creates the folder `path` (and its parents) for `--<option>`; an error names the option and the cause. */
export function makeOutputFolder(option: string, shown: string, path: string): void {
  try {
    makeFolders(path);
  } catch (e) {
    throw new UsageError(`cannot write to --${option} ${shown}: ${writeFailure(e, shown, 'folder')}`);
  }
}

/**
 * `path` and the folders above it that are missing, one level at a time. Node's recursive mkdir
 * loops for ever, deaf to signals, where a folder that exists answers "no such file" to a new
 * entry in it (`/proc/x`).
 */
function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let p = resolve(path); ; ) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (st) {
      if (!st.isDirectory()) throw Object.assign(new Error(`${p} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (e) {
      // Made meanwhile by someone else: as good.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(m).isDirectory()) throw e;
    }
  }
}
