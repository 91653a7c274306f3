/** flinkops test: a row that gives a computed column's value is told why it cannot, and what to do. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { loadTestFile } from '../src/engine/sql-test/load';
import { caseProgram } from '../src/engine/sql-test/program';

const EXAMPLE = join(import.meta.dirname, '..', 'example-repo');

describe('a computed column in a test row', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-sqltest-computed-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says the column is computed, from what, and how to test it, not that the table lacks it', () => {
    writeFileSync(
      join(dir, 'jobs/city_ride_stats.test.yaml'),
      [
        'cases:',
        '  - name: x',
        '    inputs:',
        '      ride_events:',
        '        rows:',
        '          - { ride_id: r1, proc_time: "2024-05-01 10:00:00" }',
        '    expect:',
        '      city_ride_stats:',
        '        rows: []',
        '',
      ].join('\n'),
    );
    const state = compileProject(dir, { env: 'staging', envVars: {} }).value!;
    const job = state.jobs.find((x) => x.name === 'city_ride_stats')!;
    const tf = loadTestFile(dir, 'city_ride_stats');
    expect(tf.diags).toEqual([]);
    const r = caseProgram(dir, job, tf.value!, 0);
    expect(r.value).toBeUndefined();
    expect(r.diags).toHaveLength(1);
    const d = r.diags[0]!;
    expect(`${d.code} ${d.range?.file}:${d.range?.start.line} ${d.summary}`).toBe(
      'FO452 jobs/city_ride_stats.test.yaml:6 ride_events.proc_time is a computed column: a test row cannot give its value',
    );
    expect(d.detail).toContain('AS PROCTIME()');
    expect(d.detail).toContain('leave "proc_time" out');
    expect(d.detail).toContain('event_time');
  });
});
