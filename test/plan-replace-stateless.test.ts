/**
 * `--replace JOB` of a job with upgradeMode: stateless restarts the same script without state (the
 * Kubernetes operator's restartNonce under a stateless upgrade mode): no offsets are restored, so
 * each Kafka source starts where its scan.startup.mode says. The plan says so, as it does for a
 * stateless upgrade of a changed script, rather than show the restart as if nothing were lost.
 */
import { expect, it } from 'vitest';
import { cli, kafkaCopyProject, localSim, QUICK } from './ops-cli';

const FILES = kafkaCopyProject(['scan.startup.mode: earliest-offset'], {
  'jobs/copy.yaml': 'upgradeMode: stateless\n',
});
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
