/**
 * `--replace JOB` of a job with upgradeMode: stateless restarts the same script without state (the
 * Kubernetes operator's restartNonce under a stateless upgrade mode): no offsets are restored, so
 * each Kafka source starts where its scan.startup.mode says. The plan says so, as it does for a
 * stateless upgrade of a changed script, rather than show the restart as if nothing were lost.
 */
import { expect, it } from 'vitest';
import { cli, localSim } from './ops-cli';

const QUICK = ['--auto-approve', '--health-grace', '0s', '--checkpoint-wait', '0'];
const FILES: Record<string, string> = {
  'flinkops.yaml':
    'project: shop\nflinkVersion: "2.2"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n',
  'tables/orders.yaml': [
    'kind: source',
    'connector: kafka',
    'columns:',
    '  - { name: id, type: STRING }',
    'with:',
    '  topic: orders',
    '  properties.bootstrap.servers: kafka:9092',
    '  properties.group.id: copy',
    '  scan.startup.mode: earliest-offset',
    '  format: json',
    '',
  ].join('\n'),
  'tables/sink_rows.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: STRING }\n',
  'jobs/copy.sql': 'INSERT INTO sink_rows\nSELECT id FROM orders;\n',
  'jobs/copy.yaml': 'upgradeMode: stateless\n',
};
const t = localSim(undefined, { flinkVersion: '2.2', files: FILES });

it('a stateless --replace says the job starts without state and where its Kafka source reads', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);

  const json = await cli(['plan', ...t.base, '--replace', 'copy', '--json'], t.dir, t.env);
  expect(json.code, json.stderr).toBe(0);
  const change = JSON.parse(json.stdout).changes[0];
  expect(change).toMatchObject({ job: 'copy', action: 'upgrade', strategy: 'stateless' });
  expect(change.compatibility.findings).toEqual([
    'upgradeMode: stateless: the new job starts without state, nothing is restored',
    expect.stringMatching(/^source orders \(topic orders\) reads the topic from its start again/),
  ]);

  const text = await cli(['plan', ...t.base, '--replace', 'copy'], t.dir, t.env);
  expect(text.stdout).toContain('starts without state (upgradeMode: stateless)');
  expect(text.stdout).toContain('source orders (topic orders) reads the topic from its start again');
});
