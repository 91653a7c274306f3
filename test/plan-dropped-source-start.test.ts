/**
 * An upgrade that drops a Kafka source's state (removing one INSERT of a statement set renumbers
 * the operators that stay: real Flink 2.2.0, restored with allowNonRestoredState) starts the source
 * without offsets, where its scan.startup.mode says, and the aggregate after it empty. The plan
 * says where the source starts, as it does for a stateless upgrade: from the topic's start (every
 * record counted again) or from the group's offsets (what was counted before is lost).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, LOCAL_PROJECT_22, localSim, planLocal, QUICK } from './ops-cli';

const table = (name: string, topic: string, mode: string) =>
  [
    'kind: source',
    'connector: kafka',
    'columns:',
    '  - { name: k, type: STRING }',
    '  - { name: v, type: INT }',
    'with:',
    `  topic: ${topic}`,
    '  properties.bootstrap.servers: kafka:9092',
    `  properties.group.id: ${name}`,
    `  scan.startup.mode: ${mode}`,
    '  format: json',
    '',
  ].join('\n');
const sink = (name: string) =>
  `kind: sink\nconnector: blackhole\ncolumns:\n  - { name: k, type: STRING }\n  - { name: ${name}, type: BIGINT }\n`;
const FILES: Record<string, string> = {
  'flinkops.yaml': LOCAL_PROJECT_22,
  'tables/events.yaml': table('totals', 'events', 'group-offsets'),
  'tables/key_counts.yaml': sink('cnt'),
  'tables/key_last.yaml': sink('last_v'),
  'jobs/totals.sql': [
    'EXECUTE STATEMENT SET BEGIN',
    'INSERT INTO key_counts SELECT k, COUNT(*) FROM events GROUP BY k;',
    'INSERT INTO key_last SELECT k, CAST(MAX(v) AS BIGINT) FROM events GROUP BY k;',
    'END;',
    '',
  ].join('\n'),
  'jobs/totals.yaml': 'allowNonRestoredState: true\n',
};
const t = localSim(undefined, { flinkVersion: '2.2', files: FILES });

it('says where a Kafka source whose state is dropped starts reading', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);

  const sql = join(t.dir, 'jobs/totals.sql');
  writeFileSync(sql, readFileSync(sql, 'utf8').replace(/INSERT INTO key_last[^\n]*\n/, ''));
  const run = await planLocal(t);
  expect(run.plan!.changes).toMatchObject([{ job: 'totals', action: 'upgrade' }]);
  const compat = run.plan!.changes[0]!.compatibility!;
  expect(compat.verdict).toBe('drops-state');
  expect(compat.operators).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: 'source events', state: 'dropped' }),
      expect.objectContaining({ name: 'source events', state: 'new' }),
    ]),
  );
  expect(compat.findings).toContainEqual(
    expect.stringMatching(
      /^source events \(topic events\) starts from the offsets its consumer group totals last committed/,
    ),
  );

  const events = join(t.dir, 'tables/events.yaml');
  writeFileSync(events, table('totals', 'events', 'earliest-offset'));
  const again = (await planLocal(t)).plan!.changes[0]!.compatibility!;
  expect(again.findings).toContainEqual(
    expect.stringMatching(/^source events \(topic events\) reads the topic from its start again/),
  );
});

it('names no start for a source that keeps its state', async () => {
  writeFileSync(
    join(t.dir, 'jobs/totals.sql'),
    FILES['jobs/totals.sql']!.replaceAll('GROUP BY k;', "WHERE k <> 'x' GROUP BY k;"),
  );
  const compat = (await planLocal(t)).plan!.changes[0]!.compatibility!;
  expect(compat.operators).not.toContainEqual(
    expect.objectContaining({ name: 'source events', state: 'dropped' }),
  );
  expect(compat.findings.filter((f) => /^source events \(topic/.test(f))).toEqual([]);
});
