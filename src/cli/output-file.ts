/** Files a command writes where the user said (`plan --out FILE`, `compile --out DIR`): failures in their words. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from './args';

/** Why writing `shown` failed, as a user can act on it (`shown` is the path as the user gave it). */
export function writeFailure(e: unknown, shown: string, what: 'file' | 'folder', example?: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EISDIR':
      return `${shown} is a folder: give the path of a file${example ? `, e.g. ${join(shown, example)}` : ''}`;
    case 'ENOENT':
      return `the folder ${dirname(shown)} does not exist: create it first`;
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
    mkdirSync(path, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot write to --${option} ${shown}: ${writeFailure(e, shown, 'folder')}`);
  }
}
