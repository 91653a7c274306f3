/**
 * `--target` a consumer whose producer changes too (a column added on both ends of a Kafka topic,
 * dbt's `--select model` without `+model`): applied alone, the consumer reads what the running
 * producer writes. The targeted plan says so (FO731), either way round.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, LOCAL_PROJECT_22, localSim, QUICK } from './ops-cli';

const kafka = (kind: string, topic: string) =>
  `kind: ${kind}\nconnector: kafka\ncolumns:\n  - { name: id, type: STRING }\nwith:\n  topic: ${topic}\n  properties.bootstrap.servers: kafka:9092\n  scan.startup.mode: earliest-offset\n  format: json\n`;

const t = localSim(undefined, {
  flinkVersion: '2.2',
  files: {
    'flinkops.yaml': LOCAL_PROJECT_22,
    'tables/events.yaml': kafka('source', 'events'),
    'tables/clean_out.yaml': kafka('sink', 'clean'),
    'tables/clean.yaml': kafka('source', 'clean'),
    'tables/sink_rows.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: STRING }\n',
    'jobs/produce.sql': 'INSERT INTO clean_out SELECT id FROM events;\n',
    'jobs/consume.sql': 'INSERT INTO sink_rows SELECT id FROM clean;\n',
    'jobs/side.sql': 'INSERT INTO sink_rows SELECT id FROM events;\n',
  },
});

const fo731 = async (...target: string[]) => {
  const r = await cli(['plan', ...t.base, '--json', ...target.flatMap((j) => ['--target', j])], t.dir, t.env);
  return JSON.parse(r.stdout).diagnostics.filter((d: { code: string }) => d.code === 'FO731');
};

it('warns when --target keeps one end of a topic that changes on both', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);
  for (const f of ['jobs/produce.sql', 'jobs/consume.sql', 'jobs/side.sql']) {
    const p = join(t.dir, f);
    writeFileSync(p, readFileSync(p, 'utf8').replace(';', " WHERE id <> 'x';"));
  }
  expect(await fo731('consume')).toMatchObject([
    {
      severity: 'warning',
      summary:
        '--target leaves out the upgrade of job produce, which writes Kafka topic clean that consume reads',
      range: { file: 'jobs/consume.sql' },
    },
  ]);
  expect(await fo731('produce')).toMatchObject([
    {
      summary:
        '--target leaves out the upgrade of job consume, which reads Kafka topic clean that produce writes',
    },
  ]);
  expect(await fo731('produce', 'consume')).toEqual([]);
  expect(await fo731('side')).toEqual([]);
});
