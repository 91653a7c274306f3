/**
 * Savepoints on a file system the simulator shares with others, as real clusters share S3 or a
 * mounted volume: a savepoint taken under the folder is written there (`<path>/_metadata`, the
 * name Flink gives its own metadata file, here JSON), a restore from a path no record of this
 * process knows reads it there, and a disposal removes it. Two `flinkops sim` processes given
 * the same `--savepoint-dir file:/folder` so carry a job's state from one to the other (a
 * `moveFrom` tried without a cluster). Checkpoints, and savepoints elsewhere, stay in memory.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SavepointRecord } from './model';

/** The local folder of a `file:` URI (`file:/x`, `file:///x`), or undefined for any other scheme. */
export function localFolder(uri: string): string | undefined {
  const m = /^file:(?:\/\/)?(\/.*)$/.exec(uri.trim());
  return m ? m[1]!.replace(/\/+$/, '') || '/' : undefined;
}

export class SharedSavepoints extends Map<string, SavepointRecord> {
  constructor(private readonly folder: string) {
    super();
  }

  /** The `_metadata` file of a savepoint path under the shared folder, else undefined. */
  private metadataOf(path: string): string | undefined {
    const local = localFolder(path);
    return local?.startsWith(`${this.folder}/`) ? join(local, '_metadata') : undefined;
  }

  override set(path: string, record: SavepointRecord): this {
    super.set(path, record);
    const file = record.kind === 'savepoint' ? this.metadataOf(path) : undefined;
    if (file === undefined) return this;
    if (record.disposed) rmSync(join(file, '..'), { recursive: true, force: true });
    else {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, `${JSON.stringify(record)}\n`);
    }
    return this;
  }

  override get(path: string): SavepointRecord | undefined {
    const known = super.get(path);
    if (known !== undefined) return known;
    const file = this.metadataOf(path);
    if (file === undefined) return undefined;
    try {
      const record = JSON.parse(readFileSync(file, 'utf8')) as SavepointRecord;
      super.set(path, record);
      return record;
    } catch {
      return undefined; // not there (another process disposed of it), or not a savepoint of ours
    }
  }
}
