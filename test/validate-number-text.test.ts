/**
 * An unquoted number where flinkops writes text (a table's `with:`, `config:`, `variables:`) that
 * YAML reads as another number is said at the value, with the quoting that keeps it as written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';

const dir = mkdtempSync(join(tmpdir(), 'flinkops-number-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FO268', () => {
  it('names each number that is not what its file says, and leaves the rest alone', () => {
    cpSync(join(import.meta.dirname, '..', 'example-repo'), dir, { recursive: true });
    const table = join(dir, 'tables', 'ride_events.yaml');
    writeFileSync(
      table,
      readFileSync(table, 'utf8').replace(
        /^ {2}format: json$/m,
        '  format: json\n  x.hex: 0x10\n  x.dec: 1.0\n  x.big: 12345678901234567890\n  x.ok: 5\n  x.quoted: "1.0"',
      ),
    );
    const found = loadAndValidate(dir, { envVars: {} }).diags.filter((d) => d.code === 'FO268');
    expect(found.map((d) => `${formatLocation(d.range)} ${d.summary}`)).toEqual([
      "tables/ride_events.yaml:45:10 with.x.hex is the unquoted number 0x10, which YAML reads as 16: Flink gets '16'",
      "tables/ride_events.yaml:46:10 with.x.dec is the unquoted number 1.0, which YAML reads as 1: Flink gets '1'",
      "tables/ride_events.yaml:47:10 with.x.big is the unquoted number 12345678901234567890, which YAML reads as 12345678901234567000: Flink gets '12345678901234567000'",
    ]);
    expect(found[1]!.detail).toBe('Quote it to keep it as written: x.dec: "1.0".');
    // What the compiled DDL says, and why the warning is there.
    const ddl = compileProject(dir, { env: 'staging', envVars: {} })
      .value!.jobs.map((j) => j.script)
      .join('\n');
    expect(ddl).toContain("'x.dec' = '1'");
    expect(ddl).toContain("'x.quoted' = '1.0'");
  });
});
