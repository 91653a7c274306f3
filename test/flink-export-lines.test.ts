/**
 * What `flink:up` and `flink:udfs` print is run with `eval "$(…)"`, as the README shows: the
 * variables must reach the commands run after it (`npx flinkops plan` reads them from its
 * environment), so they are exported; a value with shell characters keeps its exact text.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { exportLines, parseExportLines } from '../scripts/flink/process.mjs';

const VARS = {
  FLINKOPS_JOBMANAGER_URL: 'http://127.0.0.1:40123',
  FLINKOPS_POSTGRES_URL: "jdbc:postgresql://127.0.0.1:5433/drivers?user=flink&password=it's $x",
  FLINKOPS_UDFS_DIR: '/home/me/.cache/flinkops/udfs/1a2b',
};

describe('the lines flink:up prints', () => {
  it('reach a child process after eval in the shell', () => {
    const r = spawnSync(
      'bash',
      ['-c', 'eval "$LINES"; node -e "process.stdout.write(JSON.stringify(process.env))"'],
      { env: { PATH: process.env.PATH, LINES: exportLines(VARS) }, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const env = JSON.parse(r.stdout) as Record<string, string>;
    for (const [k, v] of Object.entries(VARS)) expect(env[k]).toBe(v);
  });

  it('read back by the scripts that start flink:up as a child, with or without export', () => {
    expect(parseExportLines(exportLines(VARS))).toEqual(VARS);
    expect(parseExportLines('FLINKOPS_SQL_GATEWAY_URL=http://127.0.0.1:1\nnoise\n')).toEqual({
      FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:1',
    });
  });
});
