/**
 * The two files of the file backend's document: `<env>.json` (the whole document, replaced by
 * atomic rename) and `<env>.journal` (the writes since, as appended lines; see journal.ts). It
 * remembers what it last read or wrote, so a write that changes a few jobs of exactly that
 * document appends them instead of reading, checking and rewriting everything. The caller
 * (FileStateStore) holds the write mutex around every call that writes.
 */

import type { Clock } from '../core/clock';
import { isErrno, removeStaleTemps, writeFileAtomic } from './atomic-file';
import { checkWritable, parseStateFile, serializeStateFile, stateDocProblems } from './document';
import { fsPromises, readText, stat } from './fs-calls';
import { appendDurable, changedJobs, journalLine, replayJournal } from './journal';
import { emptyState, type JobRecord, type StateDoc } from './model';
import { STATE_CODES, StateStoreError, type WriteMeta } from './store';

/** The files as last read or written: an append is allowed only while they are unchanged. */
interface Known {
  /** The document they held, unless records were appended alone since (appendJobs). */
  doc?: StateDoc;
  version: number;
  /** Identity (inode, size, mtime) of the JSON file and the journal when they held `doc`. */
  signature: string;
  baseBytes: number;
  journalBytes: number;
}

/** Below this size the journal is never folded in early: a fold rewrites the whole document. */
const MIN_FOLD_BYTES = 64 * 1024;

export interface StateFilesOptions {
  statePath: string;
  journalPath: string;
  /** The JSON file as shown in messages. */
  location: string;
  project: string;
  env: string;
  clock: Clock;
  beforeRename?: (tmpPath: string) => void;
  /** An I/O failure as a diagnostic; `path` is the file it concerns, where the error does not name it. */
  ioError: (what: string, e: unknown, path?: string) => StateStoreError;
}

export class StateFiles {
  private known: Known | undefined;

  constructor(private readonly o: StateFilesOptions) {}

  /**
   * Reads the JSON file and replays the journal. With `remember` (the store holds the apply lock,
   * so appends may follow), it also remembers what it read, if the files held still meanwhile.
   */
  async read(
    remember = false,
  ): Promise<{ doc: StateDoc; version: number; message?: string; updatedAt?: string; journal: boolean }> {
    const before = remember ? await this.signature() : '';
    // A missing file is a store not written yet; an empty one is a damaged store (parseStateFile says so).
    const read = await this.readText(this.o.statePath, 'read');
    const text = read ?? '';
    let doc = emptyState(this.o.project, this.o.env);
    let version = 0;
    let message: string | undefined;
    let updatedAt: string | undefined;
    let olderFormat = false;
    if (read !== undefined) {
      const parsed = parseStateFile(text, this.o.location, this.o);
      if (!parsed.ok) throw new StateStoreError(parsed.diags[0]!, parsed.diags);
      ({ version, message, updatedAt } = parsed.file);
      doc = parsed.file.state;
      olderFormat = parsed.olderFormat !== undefined;
    }
    const journal = (await this.readText(this.o.journalPath, 'read the journal of')) ?? '';
    let journalBytes = 0;
    if (journal) {
      const file = this.o.location.replace(/\.json$/, '.journal');
      const replayed = replayJournal(journal, { doc, version }, file);
      if (!replayed.ok) throw new StateStoreError(replayed.diags[0]!, replayed.diags);
      const problems = stateDocProblems(replayed.value.doc);
      if (problems.length > 0) {
        throw new StateStoreError({
          code: STATE_CODES.invalid,
          severity: 'error',
          summary: `the state journal ${file} is not valid: ${problems[0]}`,
          detail:
            'It was edited or damaged. Restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost).',
        });
      }
      ({ doc, version } = replayed.value);
      if (replayed.value.message !== undefined) {
        message = replayed.value.message;
        updatedAt = replayed.value.updatedAt;
      }
      journalBytes = Buffer.byteLength(journal.slice(0, replayed.value.validBytes));
    }
    this.known = undefined;
    if (remember) {
      const signature = await this.signature();
      // A torn journal line, or a writer between the two looks: do not append on this knowledge.
      // Nor on a file of an older format: the first write rewrites it whole, in the current one,
      // before any journal line an older flinkops could read over it.
      if (signature === before && journalBytes === Buffer.byteLength(journal) && !olderFormat)
        this.known = { doc, version, signature, baseBytes: Buffer.byteLength(text), journalBytes };
    }
    return {
      doc,
      version,
      journal: journal !== '',
      ...(message !== undefined ? { message } : {}),
      ...(updatedAt !== undefined ? { updatedAt } : {}),
    };
  }

  /** read(), leaving what this instance knows of the files (for appends) as it was. */
  async peek(): ReturnType<StateFiles['read']> {
    const known = this.known;
    try {
      return await this.read(false);
    } finally {
      // An append checks the files' signature against `known` first: a write meanwhile is caught.
      this.known = known;
    }
  }

  /**
   * Appends `doc` as version `expectedVersion + 1` when it changes only jobs of the document last
   * read or written, that is still what the files hold; false when a whole write is needed.
   */
  async append(doc: StateDoc, expectedVersion: number, meta: WriteMeta): Promise<boolean> {
    const known = this.appendable(expectedVersion);
    if (!known?.doc) return false;
    const jobs = changedJobs(known.doc, doc);
    if (!jobs || (await this.signature()) !== known.signature) return false;
    // Only the changed records are checked and written: the others were checked when written.
    checkWritable({ ...doc, jobs: onlyRecords(jobs) }, this.o, meta);
    await this.appendLine(known, jobs, meta, doc);
    return true;
  }

  /**
   * Appends the records of `jobs`, over the document last read or written (at `expectedVersion`,
   * still what the files hold), as version `expectedVersion + 1`; false when a whole write is needed.
   */
  async appendJobs(
    jobs: Readonly<Record<string, JobRecord>>,
    expectedVersion: number,
    meta: WriteMeta,
  ): Promise<boolean> {
    const known = this.appendable(expectedVersion);
    if (!known || (await this.signature()) !== known.signature) return false;
    checkWritable({ ...emptyState(this.o.project, this.o.env), jobs }, this.o, meta);
    await this.appendLine(known, jobs, meta, undefined);
    return true;
  }

  /** What the files are known to hold at `expectedVersion`, while the journal may still grow. */
  private appendable(expectedVersion: number): Known | undefined {
    const known = this.known;
    if (!known || known.version !== expectedVersion) return undefined;
    if (known.journalBytes > Math.max(MIN_FOLD_BYTES, known.baseBytes)) return undefined; // time to fold
    return known;
  }

  /** Appends one journal line; `doc` is the document it makes (undefined: not at hand). */
  private async appendLine(
    known: Known,
    jobs: Readonly<Record<string, JobRecord | null>>,
    meta: WriteMeta,
    doc: StateDoc | undefined,
  ): Promise<void> {
    const version = known.version + 1;
    const line = journalLine({ version, updatedAt: this.now(), message: meta.message, jobs });
    this.known = undefined;
    await appendDurable(this.o.journalPath, line);
    const { doc: _before, ...rest } = known;
    this.known = {
      ...rest,
      ...(doc ? { doc } : {}),
      version,
      journalBytes: known.journalBytes + Buffer.byteLength(line),
      signature: await this.signature(),
    };
  }

  /**
   * Replaces the JSON file with the whole document and drops the journal (`journal`: there is
   * one) it now holds; `remember` as for read().
   */
  async writeWhole(
    doc: StateDoc,
    version: number,
    message: string | undefined,
    opts: { journal: boolean; remember: boolean },
  ): Promise<void> {
    this.known = undefined;
    await removeStaleTemps(this.o.statePath);
    const text = serializeStateFile({
      version,
      updatedAt: this.now(),
      ...(message !== undefined ? { message } : {}),
      state: doc,
    });
    await writeFileAtomic(this.o.statePath, text, this.o.beforeRename);
    // A crash here leaves journal entries the JSON file already holds: reads skip them by version.
    if (opts.journal)
      await fsPromises()
        .unlink(this.o.journalPath)
        .catch((e: unknown) => {
          if (!isErrno(e, 'ENOENT')) throw e;
        });
    if (!opts.remember) return;
    this.known = {
      doc,
      version,
      signature: await this.signature(),
      baseBytes: Buffer.byteLength(text),
      journalBytes: 0,
    };
  }

  /** Folds the journal into the JSON file, so that the JSON file alone is the state again. */
  async fold(): Promise<void> {
    try {
      await stat(this.o.journalPath);
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return;
      throw this.o.ioError('read the journal of', e);
    }
    const now = await this.read();
    await this.writeWhole(now.doc, now.version, now.message, { journal: true, remember: false });
  }

  private now(): string {
    return new Date(this.o.clock.now()).toISOString();
  }

  /** The file's text; undefined when there is no such file. */
  private async readText(path: string, what: string): Promise<string | undefined> {
    try {
      return await readText(path);
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return undefined;
      throw this.o.ioError(what, e, path);
    }
  }

  /** Identity of the JSON file and the journal as they are now. */
  private async signature(): Promise<string> {
    const one = async (path: string) => {
      try {
        const s = await stat(path, { bigint: true });
        return `${s.ino}:${s.size}:${s.mtimeNs}`;
      } catch (e) {
        if (isErrno(e, 'ENOENT')) return '-';
        throw this.o.ioError('read', e);
      }
    };
    return `${await one(this.o.statePath)} ${await one(this.o.journalPath)}`;
  }
}

/** The records of a journal entry, without the removals (for the checks before a write). */
function onlyRecords(jobs: Record<string, JobRecord | null>): Record<string, JobRecord> {
  const out: Record<string, JobRecord> = {};
  for (const [name, record] of Object.entries(jobs)) if (record) out[name] = record;
  return out;
}
