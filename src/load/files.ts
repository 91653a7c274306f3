/**
 * Reading repository files: size limit, strict UTF-8, identifier file names.
 * Every problem is a located diagnostic; nothing here throws for user input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, error, type SourceRange } from '../core/diagnostics';
import { isIdentifier } from '../core/names';
import { LineIndex } from '../core/text';

export const MAX_FILE_BYTES = 1024 * 1024;

export interface TextFile {
  /** Path relative to the project directory, forward slashes. */
  file: string;
  text: string;
  lines: LineIndex;
}

export function fileStart(file: string): SourceRange {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return buf.length;
}

/** Reads a text file; undefined (plus a diagnostic) when it is too large, unreadable or not UTF-8. */
export function readTextFile(dir: string, file: string, diags: Diagnostic[]): TextFile | undefined {
  const abs = join(dir, file);
  let buf: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) {
      diags.push(
        error(
          'FO103',
          `File is too large (${size} bytes, limit ${MAX_FILE_BYTES})`,
          'Repository files are limited to 1 MiB; split the file or move data out of the repository.',
          fileStart(file),
        ),
      );
      return undefined;
    }
    buf = readFileSync(abs);
  } catch (e) {
    diags.push(
      error(
        'FO101',
        `Cannot read file: ${(e as Error).message}`,
        'Check the file permissions.',
        fileStart(file),
      ),
    );
    return undefined;
  }
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    const prefix = new TextDecoder('utf-8').decode(buf.subarray(0, bad));
    const lines = new LineIndex(prefix);
    const pos = lines.pos(prefix.length);
    diags.push(
      error(
        'FO102',
        `File is not valid UTF-8 (byte 0x${buf[bad]?.toString(16).padStart(2, '0')} at offset ${bad})`,
        'Save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`).',
        { file, start: pos, end: pos },
      ),
    );
    return undefined;
  }
  return { file, text, lines: new LineIndex(text) };
}

export interface DirEntry {
  /** Relative path, e.g. tables/orders.yaml. */
  file: string;
  /** File name without extension. */
  name: string;
  ext: string;
}

/**
 * Files of one repository folder with the given extensions, sorted. A file whose
 * name is not an identifier, or which uses `.yml`, is reported and skipped.
 */
export function listFolder(
  dir: string,
  folder: string,
  exts: readonly string[],
  diags: Diagnostic[],
): DirEntry[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, folder), { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const out: DirEntry[] = [];
  for (const n of names) {
    if (n.startsWith('.')) continue;
    const dot = n.lastIndexOf('.');
    const ext = dot > 0 ? n.slice(dot + 1) : '';
    const name = dot > 0 ? n.slice(0, dot) : n;
    const file = `${folder}/${n}`;
    if (ext === 'yml') {
      diags.push(
        error('FO105', `Unsupported extension .yml`, `Rename the file to ${name}.yaml.`, fileStart(file)),
      );
      continue;
    }
    if (!exts.includes(ext)) continue;
    if (!isIdentifier(name)) {
      diags.push(
        error(
          'FO104',
          `File name "${name}" is not a valid name`,
          `The file name is the ${folder.replace(/s$/, '')} name and must match [a-z][a-z0-9_]* (lower case, digits, underscores), e.g. ${suggestIdentifier(name)}.${ext}.`,
          fileStart(file),
        ),
      );
      continue;
    }
    out.push({ file, name, ext });
  }
  return out;
}

function suggestIdentifier(name: string): string {
  const s = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '');
  return s || 'my_name';
}
