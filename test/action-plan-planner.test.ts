/**
 * A pull request's plan asks the cluster's planner about the jobs it would start, as `flinkops
 * plan` does: what Flink's planner refuses is an error on the pull request (annotation, comment,
 * a failed check), not a failed apply after the merge. The apply of a merge is unchanged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, ActionGitHub, AnnotationProps } from '../action/ports';
import { FakeClock } from '../src/core/clock';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { ROOT } from './support/action-runner';
import { FakeGitHub } from './support/fake-github';

let gh: FakeGitHub;
let sim: Simulator;
let workspace: string;
let octokitGitHub: (token: string | undefined, r: { owner: string; repo: string }) => ActionGitHub;
let runAction: typeof import('../action/run').runAction;
const clock = new FakeClock(Date.UTC(2026, 0, 5, 9, 0, 0));
const JOB = 'jobs/city_ride_stats.sql';

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  ({ octokitGitHub } = await import('../action/github'));
  ({ runAction } = await import('../action/run'));
  sim = await startSimulator({ flinkVersion: '1.20', clock });
  workspace = join(mkdtempSync(join(tmpdir(), 'flinkops-planner-')), 'rides-platform');
  cpSync(join(ROOT, 'example-repo'), workspace, { recursive: true });
  rmSync(join(workspace, '.flinkops'), { recursive: true, force: true });
});
afterAll(async () => {
  await sim?.close();
  await gh?.close();
});

/** Statements the planner saw; its EXPLAIN of city_ride_stats's INSERT fails as Flink's does. */
let explained: string[] = [];
const refusing = (e: { jobmanagerUrl: string; sqlGatewayUrl?: string }): FlinkClient => {
  const real = createFlinkClient({ ...e, clock });
  const wrapped: FlinkClient = Object.create(real);
  wrapped.runStatement = async (sh, statement, o) => {
    if (/^EXPLAIN\b/.test(statement)) explained.push(statement);
    if (/^EXPLAIN\s+INSERT INTO city_ride_stats/.test(statement))
      return {
        ok: false,
        error: {
          kind: 'statement',
          service: 'gateway',
          call: 'POST /sessions/{session_handle}/statements',
          message:
            "SQL validation failed. From line 6, column 3 to line 6, column 13: Column 'city_idd' not found in any table",
          causes: [],
        },
      };
    return real.runStatement(sh, statement, o);
  };
  return wrapped;
};

async function act(eventFile: string, name: string) {
  const log: string[] = [];
  const annotations: { level: string; message: string; props?: AnnotationProps }[] = [];
  const failed: string[] = [];
  const inputs: Record<string, string> = {
    command: 'auto',
    environment: 'staging',
    'jobmanager-url': sim.jobmanagerUrl,
    'sql-gateway-url': sim.gatewayUrl,
    'github-token': 'ghs_planner0123456789',
    'state-backend': 'git',
  };
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: () => {},
    setSecret: () => {},
    info: (m) => log.push(m),
    annotate: (level, message, props) => annotations.push({ level, message, ...(props ? { props } : {}) }),
    setFailed: (m) => failed.push(m),
    appendSummary: async () => {},
  };
  explained = [];
  const jobs = sim.control.snapshot().jobs.length;
  const result = await runAction({
    core,
    github: octokitGitHub,
    clock,
    flinkClient: refusing,
    env: {
      GITHUB_EVENT_NAME: name,
      GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/events', eventFile),
      GITHUB_REPOSITORY: 'acme/rides-platform',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'flinkops-planner-run-')),
      FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 's3cr3t-planner-pw',
    },
  });
  return { result, log, annotations, failed, created: sim.control.snapshot().jobs.length - jobs };
}

describe("a pull request's plan and Flink's planner", () => {
  it("fails the pull request's check at the job's line, with Flink's words in the comment", async () => {
    const r = await act('pull_request.opened.json', 'pull_request');
    expect(r.result.ok).toBe(false);
    expect(r.created).toBe(0);
    // Every job the plan would create went to the planner; none was submitted.
    expect(explained.filter((s) => /INSERT INTO city_ride_stats/.test(s))).not.toEqual([]);
    const error = r.annotations.find((a) => a.level === 'error' && /FO630/.test(a.props?.title ?? ''));
    expect(error?.message).toContain("Column 'city_idd' not found in any table");
    expect(error?.props?.file).toBe(`${JOB}`);
    const insertLine =
      readFileSync(join(workspace, JOB), 'utf8').split('\n').indexOf('INSERT INTO city_ride_stats') + 1;
    expect(error?.props?.startLine).toBeGreaterThanOrEqual(insertLine);
    const comment = gh.commentsOn(42).find((c) => c.body.startsWith('<!-- flinkops-plan:rides:staging -->'));
    expect(comment?.body).toContain('FO630');
    expect(comment?.body).toContain("Column 'city_idd' not found in any table");
  });
});
