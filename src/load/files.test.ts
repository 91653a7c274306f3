import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/diagnostics';
import { MAX_FILE_BYTES, readTextFile } from './files';

const dir = mkdtempSync(join(tmpdir(), 'flinkops-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(bytes: Buffer) {
  writeFileSync(join(dir, 'f.sql'), bytes);
  const diags: Diagnostic[] = [];
  return { text: readTextFile(dir, 'f.sql', diags)?.text, diags };
}

describe('readTextFile', () => {
  it('reads UTF-8, without a leading byte-order mark', () => {
    expect(read(Buffer.from("SELECT 'é';\n")).text).toBe("SELECT 'é';\n");
    expect(read(Buffer.from('\uFEFFSELECT 1;\n')).text).toBe('SELECT 1;\n');
  });

  it('reads CRLF and CR line endings as LF, so a checkout on Windows compiles the same script', () => {
    expect(read(Buffer.from("SELECT 'a\r\nb',\r\n  1;\r\n")).text).toBe("SELECT 'a\nb',\n  1;\n");
    expect(read(Buffer.from('\uFEFFSELECT 1,\r2;\n')).text).toBe('SELECT 1,\n2;\n');
  });

  it('keeps a replacement character the file really holds', () => {
    expect(read(Buffer.from('-- \uFFFD\n')).text).toBe('-- \uFFFD\n');
  });

  it('reports the first byte that is not UTF-8 at its line and column', () => {
    const r = read(Buffer.concat([Buffer.from('SELECT 1;\n-- caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(r.text).toBeUndefined();
    expect(r.diags).toHaveLength(1);
    expect(r.diags[0]!.code).toBe('FO102');
    expect(r.diags[0]!.summary).toBe('File is not valid UTF-8 (byte 0xe9 at offset 16)');
    expect(r.diags[0]!.range?.start).toEqual({ line: 2, column: 7 });
  });

  it('takes a file of up to 1 MiB and reports a larger one with its size in bytes', () => {
    const limit = 'x'.repeat(MAX_FILE_BYTES - 3);
    expect(read(Buffer.from(`${limit}é\n`)).text).toBe(`${limit}é\n`); // exactly the limit
    const over = read(Buffer.from(`${limit}é\n\n`));
    expect(over.text).toBeUndefined();
    expect(over.diags.map((d) => [d.code, d.summary])).toEqual([
      ['FO103', `File is too large (${MAX_FILE_BYTES + 1} bytes, limit ${MAX_FILE_BYTES})`],
    ]);
  });

  it('counts a file that is not UTF-8 by its bytes, not by its replacement characters', () => {
    // 600 kB of bytes that are not UTF-8 would be 1.8 MB once each became U+FFFD.
    const r = read(Buffer.alloc(600_000, 0xff));
    expect(r.diags.map((d) => d.code)).toEqual(['FO102']);
    const big = read(Buffer.alloc(MAX_FILE_BYTES + 10, 0xff));
    expect(big.diags.map((d) => d.summary)).toEqual([
      `File is too large (${MAX_FILE_BYTES + 10} bytes, limit ${MAX_FILE_BYTES})`,
    ]);
  });
});

describe('readTextFile of UTF-16 and binary files', () => {
  const text = 'INSERT INTO t SELECT 1;\n';

  it('names UTF-16 with a byte-order mark, and says how to convert it', () => {
    for (const [enc, bom] of [
      ['utf-16le', [0xff, 0xfe]],
      ['utf-16be', [0xfe, 0xff]],
    ] as const) {
      const body = Buffer.from(text, 'utf16le');
      if (enc === 'utf-16be') body.swap16();
      const r = read(Buffer.concat([Buffer.from(bom), body]));
      expect(r.text).toBeUndefined();
      expect(r.diags.map((d) => [d.code, d.summary])).toEqual([
        ['FO102', `File is ${enc.toUpperCase()}, not UTF-8`],
      ]);
      expect(r.diags[0]!.detail).toContain(`iconv -f ${enc} -t utf-8`);
      expect(r.diags[0]!.detail).not.toContain('latin1');
    }
  });

  it('names UTF-16 without a byte-order mark, which is valid UTF-8 with NUL bytes', () => {
    const le = read(Buffer.from(text, 'utf16le'));
    expect(le.diags.map((d) => [d.code, d.summary])).toEqual([['FO102', 'File is UTF-16LE, not UTF-8']]);
    const be = read(Buffer.from(text, 'utf16le').swap16());
    expect(be.diags.map((d) => d.summary)).toEqual(['File is UTF-16BE, not UTF-8']);
    // A character that is not ASCII makes it invalid UTF-8 as well: still UTF-16, not Latin-1.
    const accented = read(Buffer.from("-- café\nSELECT 'é';\n", 'utf16le'));
    expect(accented.diags.map((d) => d.summary)).toEqual(['File is UTF-16LE, not UTF-8']);
  });

  it('reports a NUL byte in otherwise UTF-8 text at its line and column', () => {
    const r = read(Buffer.from('SELECT 1;\n-- a\u0000b\n'));
    expect(r.text).toBeUndefined();
    expect(r.diags.map((d) => [d.code, d.summary])).toEqual([
      ['FO102', 'File holds a NUL byte: it is not a UTF-8 text file'],
    ]);
    expect(r.diags[0]!.range?.start).toEqual({ line: 2, column: 5 });
  });
});
