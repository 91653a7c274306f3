/**
 * A job deleted (its final savepoint recorded) and created again without restoreFrom starts
 * without state: its Kafka source reads where scan.startup.mode says. With earliest-offset it
 * writes every record into its exactly-once sink a second time; the plan says so (FO693), as it
 * does for a stateless upgrade, and names the final savepoint that holds where the job stopped.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, QUICK } from './ops-cli';

const t = localSim(undefined, {
  flinkVersion: '2.2',
  files: kafkaCopyProject(['scan.startup.mode: earliest-offset']),
});

it('warns that a job created again without its final savepoint reads its Kafka source from the start again', async () => {
  expect((await cli(['apply', ...t.base, ...QUICK], t.dir, t.env)).code).toBe(0);
  const sql = join(t.dir, 'jobs/copy.sql');
  const text = readFileSync(sql, 'utf8');
  rmSync(sql);
  rmSync(join(t.dir, 'jobs/copy.yaml'), { force: true });
  const deleted = await cli(['apply', ...t.base, ...QUICK, '--allow-delete'], t.dir, t.env);
  expect(deleted.code, deleted.stdout + deleted.stderr).toBe(0);

  writeFileSync(sql, text);
  const plan = await cli(['plan', ...t.base, '--json'], t.dir, t.env);
  const out = JSON.parse(plan.stdout);
  expect(out.changes).toMatchObject([{ job: 'copy', action: 'create' }]);
  const warned = out.diagnostics.filter((d: { code: string }) => d.code === 'FO693');
  expect(warned).toHaveLength(1);
  expect(warned[0].detail).toMatch(/^source orders \(topic orders\) reads the topic from its start again/);
  expect(warned[0].detail).toMatch(
    /Its final savepoint \S+ holds where the deleted job stopped: to go on from there, set restoreFrom: /,
  );

  // Pinned to its final savepoint: it goes on from there, nothing to warn of.
  const finalSp = /set restoreFrom: (\S+) in/.exec(warned[0].detail)![1]!;
  writeFileSync(join(t.dir, 'jobs/copy.yaml'), `restoreFrom: ${finalSp}\n`);
  const pinned = JSON.parse((await cli(['plan', ...t.base, '--json'], t.dir, t.env)).stdout);
  expect(pinned.diagnostics.filter((d: { code: string }) => d.code === 'FO693')).toEqual([]);
});
