/**
 * The state store's file calls, as promises. Every plan reads the store, and loading
 * node:fs/promises costs about 3 ms of a start (it brings readline, file watchers and directory
 * streams with it): reads go through node:fs's callbacks, which every command has loaded anyway.
 * The calls only writes and locks make come from node:fs/promises, loaded on first use; so does
 * node:os for the host name a lock records.
 */
import { type BigIntStats, readFile, type Stats, stat as statFile } from 'node:fs';

/** The file's text (UTF-8); rejects as fs/promises' readFile does (ENOENT, EISDIR, ...). */
export function readText(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    readFile(path, 'utf8', (e, text) => (e ? reject(e) : resolve(text)));
  });
}

export function stat(path: string): Promise<Stats>;
export function stat(path: string, opts: { bigint: true }): Promise<BigIntStats>;
export function stat(path: string, opts?: { bigint: true }): Promise<Stats | BigIntStats> {
  return new Promise((resolve, reject) => {
    statFile(path, opts ?? {}, (e, s) => (e ? reject(e) : resolve(s!)));
  });
}

/** node:fs/promises, loaded on first use. */
export function fsPromises(): typeof import('node:fs/promises') {
  return process.getBuiltinModule('node:fs/promises');
}

/** Removes `path`, if it can: a leftover (a temp file, a lock given up) is no error. */
export async function removeQuietly(path: string): Promise<void> {
  await fsPromises()
    .unlink(path)
    .catch(() => {});
}

/** This machine's host name (node:os, loaded on first use). */
export function hostName(): string {
  return process.getBuiltinModule('node:os').hostname();
}

/**
 * When process `pid` started, as the kernel counts it (`/proc/<pid>/stat` field 22, clock ticks
 * since boot): with the pid, it names one process, where a pid alone is reused once its process
 * is gone. Undefined where there is no /proc (macOS, Windows) or no such process.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const text = process.getBuiltinModule('node:fs').readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or ')': count after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const start = fields[19];
    return start && /^\d+$/.test(start) ? start : undefined;
  } catch {
    return undefined;
  }
}
