/**
 * `compile --out DIR`: each `<DIR>/<env>/` holds exactly the environment's compiled scripts, as
 * dbt's target/ holds a run's SQL. What would stop the run (a folder where a script goes) is
 * found before anything is written; a script already there as it would be written is left
 * untouched (its time stamp too, for tools that deploy what changed); each script is written whole (to a temporary file, then
 * renamed), so a run stopped half-way leaves every script either as it was or as it is now; and
 * scripts this command wrote for jobs the repository no longer has are removed, so no tooling
 * that deploys the folder runs a job that was deleted (nor one of an environment removed from
 * flinkops.yaml, when every environment is compiled). Only files flinkops wrote (their first
 * line says so) are ever removed or overwritten: a folder shared with other files keeps them.
 */
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { type DesiredState, SCRIPT_MARK } from '../compile';
import { UsageError } from './args';
import { makeOutputFolder, writeFailure, writeOutputFile } from './output-file';

export interface OutResult {
  written: number;
  /** Scripts already there as they would be written: left untouched. */
  unchanged: number;
  /** `<env>/<job>.sql` of each stale script removed. */
  removed: string[];
}

/** The temporary file a script is written to before it takes its name. */
const temporaryName = (job: string): string => `.${job}.sql.${process.pid}.tmp`;
const LEFT_BEHIND = /^\..+\.sql\.\d+\.tmp$/;

/** The first `bytes` bytes of the file at `path` ('' when it cannot be read). */
function headOf(path: string, bytes: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(bytes);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.toString('utf8', 0, n);
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether the file at `path` starts with SCRIPT_MARK (read: its first bytes only). */
function isCompiledScript(path: string): boolean {
  return headOf(path, SCRIPT_MARK.length) === SCRIPT_MARK;
}

/**
 * Removes from `<outDir>/<env>/` of an environment the project no longer defines the scripts
 * flinkops compiled for that environment (their first line names it), and the folder once empty.
 */
function removeEnvironmentsGone(outDir: string, envs: ReadonlySet<string>, removed: string[]): void {
  for (const env of readdirSync(outDir).sort()) {
    const folder = join(outDir, env);
    if (envs.has(env) || env.startsWith('.') || !statSync(folder, { throwIfNoEntry: false })?.isDirectory())
      continue;
    const line = `${SCRIPT_MARK} job `;
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (!name.endsWith('.sql') || !statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
      const first = headOf(path, 512).split('\n')[0] ?? '';
      if (!first.startsWith(line) || !first.endsWith(`, environment ${env}`)) continue;
      rmSync(path, { force: true });
      removed.push(join(env, name));
    }
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Whether the file at `path` (`size` bytes) holds exactly `text`. Reading a script is far cheaper
 * than replacing it: on ext4 a rename over an existing file flushes the new file's data first.
 */
function holds(path: string, size: number, text: string): boolean {
  if (size !== Buffer.byteLength(text)) return false;
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

/**
 * Writes the scripts of `states` under `outDir` (`shown` as the user gave it); see the module's
 * doc. `everyEnvironment`: `states` are all the project's environments, so the scripts of one it
 * no longer defines are removed too.
 */
export function writeCompiledScripts(
  states: readonly DesiredState[],
  outDir: string,
  shown: string,
  everyEnvironment = false,
): OutResult {
  // First what would fail half-way: a folder (or anything but a file) where a script goes.
  // A script already there as it would be written is left alone (its time stamp too).
  const same = new Set<string>();
  for (const s of states) {
    makeOutputFolder('out', shown, join(outDir, s.env));
    for (const j of s.jobs) {
      const file = join(s.env, `${j.name}.sql`);
      const st = statSync(join(outDir, file), { throwIfNoEntry: false });
      if (st && !st.isFile())
        throw new UsageError(
          `cannot write --out ${join(shown, file)}: ${st.isDirectory() ? 'it is a folder' : 'it is not a regular file'}; move it away, or give --out another folder`,
        );
      // A file flinkops did not write (a job's own SQL when <DIR>/<env> is the project's jobs/) is never overwritten.
      if (st && holds(join(outDir, file), st.size, j.script)) {
        same.add(join(outDir, file));
        continue;
      }
      if (st && !isCompiledScript(join(outDir, file)))
        throw new UsageError(
          `cannot write --out ${join(shown, file)}: a file flinkops did not write is there (its first line is not "${SCRIPT_MARK.trim()}"), and it would be overwritten; move it away, or give --out another folder`,
        );
    }
  }
  let written = 0;
  let unchanged = 0;
  const removed: string[] = [];
  for (const s of states) {
    const folder = join(outDir, s.env);
    const current = new Set(s.jobs.map((j) => `${j.name}.sql`));
    for (const j of s.jobs) {
      const file = join(s.env, `${j.name}.sql`);
      const path = join(outDir, file);
      if (same.has(path)) {
        unchanged++;
        continue;
      }
      const temporary = join(folder, temporaryName(j.name));
      writeOutputFile('out', join(shown, file), temporary, j.script);
      try {
        renameSync(temporary, path);
      } catch (e) {
        rmSync(temporary, { force: true });
        throw new UsageError(
          `cannot write --out ${join(shown, file)}: ${writeFailure(e, join(shown, file), 'file')}`,
        );
      }
      written++;
    }
    for (const name of readdirSync(folder).sort()) {
      // A temporary script of a run killed while it wrote (SIGKILL, a crash): never a result.
      if (LEFT_BEHIND.test(name)) {
        rmSync(join(folder, name), { force: true });
        continue;
      }
      if (!name.endsWith('.sql') || current.has(name)) continue;
      const path = join(folder, name);
      if (!statSync(path, { throwIfNoEntry: false })?.isFile() || !isCompiledScript(path)) continue;
      rmSync(path, { force: true });
      removed.push(join(s.env, name));
    }
  }
  if (everyEnvironment) removeEnvironmentsGone(outDir, new Set(states.map((s) => s.env)), removed);
  return { written, unchanged, removed };
}
