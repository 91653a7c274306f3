/**
 * A `git revert` of a change an apply rolled back, through the Action (dist/action.js) against a
 * fake GitHub and the simulator: the revert's pull request says the held change is no longer held
 * (FO605), its merge records that on the state branch without restarting the job, and a revert of
 * the revert is planned as an upgrade again rather than held (FO601).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/sim';
import { actionDefaults, pullRequestEvent, runBundle } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';
import { heldRepo } from './support/held-repo';

const COUNTS = 'INSERT INTO counts SELECT city, COUNT(*) FROM src GROUP BY city;\n';
/** Drops the aggregate's state: the restore fails without allowNonRestoredState, and apply rolls back. */
const NO_STATE = 'INSERT INTO counts SELECT city, CAST(1 AS BIGINT) FROM src;\n';
const MARKER = '<!-- flinkops-plan:held:dev -->';

let gh: FakeGitHub;
let sim: Simulator;
let dir: string;

beforeAll(async () => {
  gh = new FakeGitHub();
  await gh.start();
  ({ sim, dir } = await heldRepo('flinkops-revert-'));
});

afterAll(async () => {
  await sim?.close();
  await gh?.close();
  rmSync(dir, { recursive: true, force: true });
});

const inputs = () => ({
  ...actionDefaults(),
  'github-token': 'ghs_fake0123456789',
  environment: 'dev',
  'jobmanager-url': sim.jobmanagerUrl,
  'sql-gateway-url': sim.gatewayUrl,
  'health-grace': '0s',
  'checkpoint-wait': '0',
});

async function merge(sql: string, sha: string, pr: number) {
  writeFileSync(join(dir, 'jobs/counts.sql'), sql);
  gh.pulls.set(sha, [
    { number: pr, state: 'closed', merged_at: '2026-12-05T10:00:00Z', base: { ref: 'main' } },
  ]);
  return runBundle({
    inputs: inputs(),
    env: {},
    eventName: 'push',
    event: { ref: 'refs/heads/main', after: sha, repository: { default_branch: 'main' } },
    sha,
    ref: 'refs/heads/main',
    workspace: dir,
    apiUrl: gh.url,
  });
}

async function planPr(sql: string, sha: string, pr: number): Promise<string> {
  writeFileSync(join(dir, 'jobs/counts.sql'), sql);
  const r = await runBundle({
    inputs: inputs(),
    env: {},
    eventName: 'pull_request',
    event: pullRequestEvent(pr, sha),
    sha,
    ref: `refs/pull/${pr}/merge`,
    workspace: dir,
    apiUrl: gh.url,
  });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return gh.commentsOn(pr).find((c) => c.body.startsWith(MARKER))!.body;
}

const record = () => JSON.parse(gh.git.fileAt('flinkops-state', 'held/dev.json')!).state.jobs.counts;
const running = async () =>
  (
    (await (await fetch(`${sim.jobmanagerUrl}/jobs/overview`)).json()) as {
      jobs: { jid: string; state: string }[];
    }
  ).jobs.filter((j) => j.state === 'RUNNING');

describe('a revert of a rolled-back change, through the Action', () => {
  it('is said on its pull request, recorded on merge, and a revert of the revert is tried', async () => {
    expect((await merge(COUNTS, '1'.repeat(40), 1)).code).toBe(0);
    const bad = await merge(NO_STATE, '2'.repeat(40), 2);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('FO712');
    expect(record().rolledBack).toBeDefined();
    const back = (await running()).map((j) => j.jid);

    const revert = await planPr(COUNTS, '3'.repeat(40), 3);
    expect(revert).toContain(
      'No changes to the cluster: 1 rolled-back change no longer held (FO605); apply records it.',
    );
    expect(revert).toContain('FO605');
    const merged = await merge(COUNTS, '4'.repeat(40), 3);
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    expect((await running()).map((j) => j.jid)).toEqual(back);
    expect(record().rolledBack).toBeUndefined();
    const log = await gh.git.listCommits({ branch: 'flinkops-state', limit: 50 });
    expect(log.map((c) => c.message.split('\n')[0])).toContain(
      'flinkops: apply: counts: rolled-back change no longer held',
    );
    expect(log[0]!.message).toMatch(/apply held\/dev at 444444444444 \(#3\): 1 applied/);

    const again = await planPr(NO_STATE, '5'.repeat(40), 5);
    expect(again).toContain('1 to upgrade');
    expect(again).not.toContain('FO601');
  });
});
