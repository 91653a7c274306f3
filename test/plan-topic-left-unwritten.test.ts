/**
 * The middle job of a chain connected by Kafka topics deleted while the next job still reads its
 * topic: real Flink 2.2 kept that job RUNNING and healthy, reading nothing new (its sink's topic
 * stopped growing), without an error. The plan says so before the deletion (FO730).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, LOCAL_PROJECT_22, localSim, QUICK } from './ops-cli';

const kafka = (kind: string, topic: string, key = '') =>
  `kind: ${kind}\nconnector: ${key ? 'upsert-kafka' : 'kafka'}\ncolumns:\n  - { name: id, type: STRING, nullable: false }\n${key}with:\n  topic: ${topic}\n  properties.bootstrap.servers: kafka:9092\n${key ? '  key.format: json\n  value.format: json\n' : '  scan.startup.mode: earliest-offset\n  format: json\n'}`;
const PK = 'primaryKey: [id]\n';

const t = localSim(undefined, {
  flinkVersion: '2.2',
  files: {
    'flinkops.yaml': LOCAL_PROJECT_22,
    'tables/events.yaml': kafka('source', 'events'),
    'tables/agg.yaml': kafka('sink', 'agg', PK),
    'tables/agg_in.yaml': kafka('source', 'agg', PK),
    'tables/other.yaml': kafka('source', 'other'),
    'tables/sink_rows.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: STRING }\n',
    'jobs/totals.sql': 'INSERT INTO agg SELECT id FROM events;\n',
    'jobs/enrich.sql': 'INSERT INTO sink_rows SELECT id FROM agg_in;\n',
    'jobs/side.sql': 'INSERT INTO sink_rows SELECT id FROM other;\n',
  },
});

it('warns at each job reading a topic that only a deleted job writes', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);
  rmSync(join(t.dir, 'jobs/totals.sql'));
  const plan = await cli(['plan', ...t.base, '--allow-delete', '--json'], t.dir, t.env);
  const warned = JSON.parse(plan.stdout).diagnostics.filter((d: { code: string }) => d.code === 'FO730');
  expect(warned).toMatchObject([
    {
      severity: 'warning',
      summary:
        'Job totals is deleted, but job enrich reads Kafka topic agg (table agg_in), which no other job of the repository writes',
      range: { file: 'jobs/enrich.sql', start: { line: 1, column: 1 } },
    },
  ]);
  expect(warned[0].detail).toContain('enrich keeps running, healthy, and reads no new record');

  // Another job of the repository writing the topic: nothing is left unwritten.
  writeFileSync(join(t.dir, 'jobs/side.sql'), 'INSERT INTO agg SELECT id FROM other;\n');
  const again = await cli(['plan', ...t.base, '--allow-delete', '--json'], t.dir, t.env);
  expect(JSON.parse(again.stdout).diagnostics.filter((d: { code: string }) => d.code === 'FO730')).toEqual(
    [],
  );
});
