/**
 * The file backend's journal: `<env>.journal` next to `<env>.json`, one JSON line per write
 * holding only the job records that write changed. A step of an apply appends and fsyncs one
 * short line instead of rewriting (and re-reading, re-validating) the whole document, so its
 * cost does not grow with the number of jobs the store holds. The journal is folded back into
 * the JSON file when it grows past the document's size and when an apply releases its lock, so
 * the JSON file is complete whenever no apply is running (or one crashed: then the next read
 * replays the journal, and the next write folds it in).
 *
 * A line is acknowledged only after its fsync; a crash during the append leaves a torn last
 * line, which no caller was told about and which reads ignore.
 */

import { type Diagnostic, error } from '../core/diagnostics';
import { LineIndex } from '../core/text';
import { fsPromises } from './fs-calls';
import type { JobRecord, StateDoc } from './model';
import { jobsEditedSince } from './records';
import { STATE_CODES } from './store';

export interface JournalEntry {
  version: number;
  updatedAt?: string;
  message?: string;
  /** The records this write changed; null for a job removed from the document. */
  jobs: Readonly<Record<string, JobRecord | null>>;
}

export interface Replayed {
  doc: StateDoc;
  version: number;
  /** Message of the last write replayed, if any. */
  message?: string;
  /** When that write was made. */
  updatedAt?: string;
  /** Bytes of the journal that hold complete lines (a torn last line is not counted). */
  validBytes: number;
}

/** The jobs `next` changed against `prev` (by record identity), or undefined when more than jobs changed. */
export function changedJobs(prev: StateDoc, next: StateDoc): Record<string, JobRecord | null> | undefined {
  if (
    prev.formatVersion !== next.formatVersion ||
    prev.project !== next.project ||
    prev.env !== next.env ||
    Object.keys(next).length !== Object.keys(prev).length
  )
    return undefined;
  const out: Record<string, JobRecord | null> = {};
  // Edits made by updateJob say which jobs they touched: a step costs the same in a store of ten
  // jobs or ten thousand (a lookup in a map of thousands of names costs more than the write).
  const edited = jobsEditedSince(prev, next);
  if (edited) {
    for (const name of edited) if (prev.jobs[name] !== next.jobs[name]) out[name] = next.jobs[name]!;
    return out;
  }
  // for...in, not Object.entries: no array per job.
  for (const name in next.jobs) if (prev.jobs[name] !== next.jobs[name]) out[name] = next.jobs[name]!;
  for (const name in prev.jobs) if (!(name in next.jobs)) out[name] = null;
  return out;
}

export function journalLine(entry: JournalEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/** Appends `text` to `path` and makes it durable before resolving. */
export async function appendDurable(path: string, text: string): Promise<void> {
  const fh = await fsPromises().open(path, 'a', 0o644);
  try {
    await fh.writeFile(text, 'utf8');
    await fh.datasync();
  } finally {
    await fh.close();
  }
}

/**
 * Applies the journal's entries newer than `base` in order. Entries the JSON file already holds
 * (a fold that crashed before removing the journal) are skipped; a gap in the versions or a
 * line that is not an entry (other than a torn last line) is a damaged journal.
 */
export function replayJournal(
  text: string,
  base: { doc: StateDoc; version: number },
  file: string,
): { ok: true; value: Replayed } | { ok: false; diags: Diagnostic[] } {
  // One copy of the map of jobs for the whole journal, not one per line.
  let jobs: Record<string, JobRecord> | undefined;
  let version = base.version;
  let message: string | undefined;
  let updatedAt: string | undefined;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) break; // torn last line: never acknowledged
    const line = text.slice(pos, nl);
    let entry: JournalEntry | undefined;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      entry = undefined;
    }
    const valid =
      entry &&
      Number.isSafeInteger(entry.version) &&
      typeof entry.jobs === 'object' &&
      entry.jobs !== null &&
      !Array.isArray(entry.jobs);
    if (!valid || (entry!.version > version && entry!.version !== version + 1)) {
      return {
        ok: false,
        diags: [
          error(
            STATE_CODES.invalid,
            `the state journal ${file} is damaged: ${valid ? `version ${entry!.version} follows ${version}` : 'a line is not a journal entry'}`,
            'The journal holds the last writes of an apply that had not finished. It was edited or damaged; restore it, or remove it to go back to the state in the JSON file (the writes it held are then lost).',
            new LineIndex(text).range(file, pos, nl),
          ),
        ],
      };
    }
    if (entry!.version > version) {
      jobs ??= { ...base.doc.jobs };
      for (const [name, record] of Object.entries(entry!.jobs)) {
        if (record === null) delete jobs[name];
        else jobs[name] = record;
      }
      version = entry!.version;
      message = entry!.message;
      updatedAt = entry!.updatedAt;
    }
    pos = nl + 1;
  }
  const doc = jobs ? { ...base.doc, jobs } : base.doc;
  return {
    ok: true,
    value: {
      doc,
      version,
      validBytes: pos,
      ...(message !== undefined ? { message } : {}),
      ...(updatedAt !== undefined ? { updatedAt } : {}),
    },
  };
}
