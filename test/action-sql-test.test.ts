/**
 * The Action's `test` input on a pull request: only the jobs the changed files affect run their
 * SQL unit tests, a failing case fails the check with its row diff in the sticky comment and an
 * annotation on the test file. Flink is the simulator for the plan, with the gateway's query
 * answers replaced by canned rows (the simulator cannot compute SQL results).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, ActionGitHub, AnnotationProps } from '../action/ports';
import { createFlinkClient, type FlinkClient, type StatementResult } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { ROOT } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';

let gh: FakeGitHub;
let sim: Simulator;
let repo: string;
let octokitGitHub: (token: string | undefined, r: { owner: string; repo: string }) => ActionGitHub;
let runAction: typeof import('../action/run').runAction;

function recordingCore(inputs: Record<string, string>) {
  const log: string[] = [];
  const annotations: { level: string; message: string; props?: AnnotationProps }[] = [];
  const failed: string[] = [];
  const outputs: Record<string, string> = {};
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: (k, v) => {
      outputs[k] = v;
    },
    setSecret: () => {},
    info: (m) => log.push(m),
    annotate: (level, message, props) => annotations.push({ level, message, ...(props ? { props } : {}) }),
    setFailed: (m) => failed.push(m),
    appendSummary: async () => {},
  };
  return { core, log, annotations, failed, outputs };
}

/** The simulator's client, except that it claims to be real Flink and answers queries with `rows`. */
function cannedFlink(rows: { kind: string; fields: unknown[] }[], queries: string[]) {
  return (): FlinkClient => {
    const real = createFlinkClient({ jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl });
    const overrides: Partial<FlinkClient> = {
      getConfig: async () => ({
        ok: true,
        value: { flinkVersion: '1.20.3', flinkRevision: 'real', features: {} },
      }),
      openSession: async () => ({ ok: true, value: 'session-1' }),
      closeSession: async () => ({ ok: true, value: undefined }),
      runStatement: async (_sh, sql) => {
        const result: StatementResult = {
          columns: [],
          rows: [],
          kinds: [],
          operationHandle: 'op',
          truncated: false,
        };
        if (sql.startsWith('SELECT')) {
          queries.push(sql);
          result.rows = rows.map((r) => r.fields);
          result.kinds = rows.map((r) => r.kind);
        }
        return { ok: true, value: result };
      },
    };
    return new Proxy(real, {
      get: (target, prop: keyof FlinkClient) =>
        overrides[prop] ?? (target[prop] as (...a: unknown[]) => unknown).bind(target),
    });
  };
}

const env = () => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/events', 'pull_request.opened.json'),
  GITHUB_REPOSITORY: 'acme/rides-platform',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_WORKSPACE: repo,
  RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'flinkops-run-')),
});

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  sim = await startSimulator({ flinkVersion: '1.20' });
  ({ octokitGitHub } = await import('../action/github'));
  ({ runAction } = await import('../action/run'));
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-run-repo-')), 'r');
  cpSync(join(ROOT, 'example-repo'), repo, { recursive: true });
  rmSync(join(repo, '.flinkops'), { recursive: true, force: true });
});

afterAll(async () => {
  await gh.close();
  await sim.close();
});

describe('the test input on a pull request', () => {
  it('tests only the affected job; a wrong row fails the check with the diff in the comment and on the file', async () => {
    gh.pullFiles.set(42, ['jobs/latest_ride_status.sql']);
    const r = recordingCore({ environment: 'staging', 'github-token': 'ghs_x', test: 'on' });
    const queries: string[] = [];
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: env(),
      flinkClient: cannedFlink(
        [
          { kind: 'INSERT', fields: ['r1', 'COMPLETED', '7', '2024-05-01 10:05:00.000'] },
          { kind: 'INSERT', fields: ['r2', 'ACCEPTED', '9', '2024-05-01 10:01:00.000'] },
        ],
        queries,
      ),
    });
    expect(result.ok).toBe(false);
    expect(r.outputs['tests-passed']).toBe('false');
    expect(r.log.join('\n')).toContain('testing latest_ride_status (affected: latest_ride_status)');
    // Two cases of one job: one query each, never an INSERT.
    expect(queries).toHaveLength(2);
    expect(queries.join('\n')).not.toMatch(/INSERT/i);
    const comment = gh.commentsOn(42).find((c) => c.body.startsWith('<!-- flinkops-test:rides -->'));
    expect(comment?.body).toContain('❌');
    expect(comment?.body).toContain('~ changed    ride_id=r2: status expected CANCELLED, got ACCEPTED');
    const onFile = r.annotations.filter((a) => a.props?.file === 'jobs/latest_ride_status.test.yaml');
    expect(onFile.map((a) => `${a.level} ${a.props?.startLine} ${a.props?.title}`)).toContain(
      'error 4 flinkops test: latest_ride_status / keeps the newest status per ride failed',
    );
    expect(r.failed.join('\n')).toContain('SQL unit tests failed');
  });

  it('a changed sink table tests the job writing it; a change outside the project tests nothing and passes', async () => {
    gh.pullFiles.set(42, ['tables/fraud_alerts.yaml']);
    const r = recordingCore({ environment: 'staging', 'github-token': 'ghs_x', test: 'on' });
    const queries: string[] = [];
    const result = await runAction({
      core: r.core,
      github: octokitGitHub,
      env: env(),
      flinkClient: cannedFlink([], queries),
    });
    expect(r.log.join('\n')).toContain('testing archive_and_alerts (affected: archive_and_alerts)');
    expect(queries.length).toBeGreaterThan(0);
    // No rows came back, so the archive case fails: proof the tests really ran.
    expect(result.ok).toBe(false);

    gh.pullFiles.set(42, ['README.md']);
    const quiet = recordingCore({ environment: 'staging', 'github-token': 'ghs_x', test: 'on' });
    const none = await runAction({
      core: quiet.core,
      github: octokitGitHub,
      env: env(),
      flinkClient: cannedFlink([], []),
    });
    expect(none.ok).toBe(true);
    expect(quiet.outputs['tests-passed']).toBe('true');
    const comment = gh.commentsOn(42).find((c) => c.body.startsWith('<!-- flinkops-test:rides -->'));
    expect(comment?.body).toContain('No affected job has tests.');
  });
});
