/**
 * The Action's everyday path on real Flink, run as the runner runs dist/action.js against a fake
 * GitHub: a pull request's plan comment, its merge applied (the state store on the state branch),
 * then a query change planned on its pull request and applied on merge as a savepoint upgrade.
 * Asserted on Flink's answers: the labelled job runs, and the upgraded job restored the savepoint
 * the state branch recorded, which is on disk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionDefaults, pullRequestEvent, runBundle } from '../support/action-runner';
import { FakeGitHub } from '../support/fake-github';
import { COUNTS_BLACKHOLE, jobYaml, SLOW_EVENTS } from './fixtures';
import {
  cancelJobs,
  jobsOf,
  makeRepo,
  restoredFrom,
  runningJob,
  type StateDoc,
  savepointOnDisk,
  userConfig,
} from './support';

const COUNT = 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nGROUP BY k;\n';
const FILTERED = 'INSERT INTO counts\nSELECT k, COUNT(*) AS c\nFROM events\nWHERE k >= 0\nGROUP BY k;\n';

const repo = makeRepo('action', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/counts.yaml': COUNTS_BLACKHOLE,
  'jobs/count_by_key.sql': COUNT,
  'jobs/count_by_key.yaml': jobYaml(['parallelism: 1']),
});
const gh = new FakeGitHub();
const REPOSITORY = 'acme/rides-platform';

beforeAll(async () => {
  await gh.start();
});
afterAll(async () => {
  await cancelJobs(repo);
  await gh.close();
  repo.cleanup();
});

const inputs = () => ({
  ...actionDefaults(),
  'github-token': 'ghs_e2e0123456789',
  environment: 'local',
  'health-grace': '3s',
  'checkpoint-wait': '90s',
});

/** dist/action.js run for `eventName` with its payload, as the runner runs it in the repository; it must succeed. */
async function runAs(
  eventName: string,
  event: unknown,
  sha: string,
  ref: string,
  more: Record<string, string> = {},
) {
  const r = await runBundle({
    inputs: { ...inputs(), ...more },
    env: {},
    eventName,
    event,
    sha,
    ref,
    workspace: repo.dir,
    apiUrl: gh.url,
    repository: REPOSITORY,
  });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
}

async function pullRequest(pr: number, sha: string): Promise<string> {
  await runAs('pull_request', pullRequestEvent(pr, sha, REPOSITORY), sha, `refs/pull/${pr}/merge`);
  const comments = gh.commentsOn(pr);
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
}

async function merge(pr: number, sha: string) {
  gh.pulls.set(sha, [
    { number: pr, state: 'closed', merged_at: '2026-12-06T10:00:00Z', base: { ref: 'main' } },
  ]);
  return runAs(
    'push',
    { ref: 'refs/heads/main', after: sha, repository: { full_name: REPOSITORY, default_branch: 'main' } },
    sha,
    'refs/heads/main',
  );
}

/** A scheduled run of the Action (it operates) at the instant `now`. */
async function tick(now: string) {
  return runAs(
    'schedule',
    { schedule: '*/15 * * * *', repository: { full_name: REPOSITORY, default_branch: 'main' } },
    '4'.repeat(40),
    'refs/heads/main',
    { now },
  );
}

/** The state store document the Action keeps on the state branch. */
function branchState(): StateDoc {
  const text = gh.git.fileAt('flinkops-state', `${repo.project}/local.json`);
  expect(text, 'the state branch holds the environment').toBeDefined();
  return (JSON.parse(text!) as { state: StateDoc }).state;
}

describe("the Action's pull request and merge on real Flink", () => {
  let first = '';

  it('plans a new job on the pull request without touching the cluster, and creates it on merge', async () => {
    const body = await pullRequest(1, '1'.repeat(40));
    expect(body).toContain('1 to create');
    expect(body).toContain('count_by_key');
    expect(await jobsOf(repo, 'count_by_key')).toEqual([]);

    await merge(1, '2'.repeat(40));
    const job = await runningJob(repo, 'count_by_key');
    first = job.jid;
    expect(branchState().jobs.count_by_key!.current?.jobId).toBe(job.jid);
    // The labels the next plan identifies the job by are on Flink's job.
    expect(Object.values(await userConfig(repo.cluster, job.jid)).join(' ')).toContain(repo.project);
    const log = await gh.git.listCommits({ branch: 'flinkops-state', limit: 20 });
    expect(log[0]!.message).toMatch(/apply .*local at 222222222222 \(#1\)/);
  });

  it('plans a query change as a savepoint upgrade, and the merge restores the recorded savepoint', async () => {
    repo.write({ 'jobs/count_by_key.sql': FILTERED });
    const body = await pullRequest(2, '3'.repeat(40));
    expect(body).toContain('1 to upgrade');
    expect((await runningJob(repo, 'count_by_key')).jid).toBe(first);

    await merge(2, '4'.repeat(40));
    const job = await runningJob(repo, 'count_by_key');
    expect(job.jid).not.toBe(first);
    const record = branchState().jobs.count_by_key!;
    const savepoint = record.savepoints.at(-1)!;
    expect(savepoint).toMatchObject({ jobId: first });
    expect(savepointOnDisk(savepoint.path)).toBe(true);
    expect(await restoredFrom(repo.cluster, job.jid)).toBe(savepoint.path);
    expect(record.current).toMatchObject({ jobId: job.jid, restoredFrom: savepoint.path });
    // The old job was stopped with its savepoint, not cancelled.
    expect((await jobsOf(repo, 'count_by_key')).find((j) => j.jid === first)?.state).toBe('FINISHED');
  });

  it('suspends the job with a savepoint when its window closes, and resumes it from that savepoint', async () => {
    const running = (await runningJob(repo, 'count_by_key')).jid;
    repo.write({
      'jobs/count_by_key.yaml': jobYaml([
        'parallelism: 1',
        'schedule:',
        '  windows:',
        '    - start: "0 8 * * *"',
        '      stop: "0 20 * * *"',
      ]),
    });
    await tick('2026-12-07T21:00:00Z');
    expect((await jobsOf(repo, 'count_by_key')).find((j) => j.jid === running)?.state).toBe('FINISHED');
    expect(await jobsOf(repo, 'count_by_key').then((js) => js.filter((j) => j.state === 'RUNNING'))).toEqual(
      [],
    );
    const suspended = branchState().jobs.count_by_key!;
    expect(suspended.status).toBe('suspended');
    const savepoint = suspended.savepoints.at(-1)!;
    expect(savepoint).toMatchObject({ jobId: running });
    expect(savepointOnDisk(savepoint.path)).toBe(true);

    await tick('2026-12-08T09:00:00Z');
    const resumed = await runningJob(repo, 'count_by_key');
    expect(await restoredFrom(repo.cluster, resumed.jid)).toBe(savepoint.path);
    expect(branchState().jobs.count_by_key!).toMatchObject({
      status: 'running',
      current: { jobId: resumed.jid },
    });
    const log = await gh.git.listCommits({ branch: 'flinkops-state', limit: 5 });
    expect(log[0]!.message).toContain('scheduled suspend/resume of');
  });
});
