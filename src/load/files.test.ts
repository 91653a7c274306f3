import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/diagnostics';
import { readTextFile } from './files';

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
});
