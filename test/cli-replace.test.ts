/**
 * `--replace JOB` on plan and apply (Terraform's -replace): a running job restarts with the
 * repository's script from a savepoint although nothing differs — the way out for an adopted job,
 * whose running script flinkops could not read. Asserted on what the cluster then runs: the old
 * job stopped with a savepoint, the new one running with flinkops labels and restored from it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import { type Simulator, startSimulator } from '../src/sim';
import type { StateDoc } from '../src/state/model';
import { cli, copyRepo, QUICK, submitByHand as submitJobByHand } from './ops-cli';

let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
  });
  dir = copyRepo(
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n',
  );
  writeFileSync(join(dir, 'jobs/other.sql'), 'INSERT INTO sink_rows\nSELECT id, v * 2 AS v\nFROM events;\n');
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => ['--dir', dir, '--env', 'local'];
const storedCopy = () =>
  (JSON.parse(readFileSync(join(dir, '.flinkops/state/local.json'), 'utf8')) as { state: StateDoc }).state
    .jobs.copy!;
const jobsNamed = (name: string) => sim.control.snapshot().jobs.filter((j) => j.name === name);
const planOf = async (...extra: string[]) => {
  const r = await cli(['plan', ...base(), '--json', ...extra], dir, env);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Plan;
};

/** What a user does by hand: the job's SQL through the SQL Gateway, under the managed name, no labels. */
async function submitByHand(pipelineName: string): Promise<string> {
  await submitJobByHand(sim.gatewayUrl, pipelineName);
  const job = jobsNamed(pipelineName).find(
    (j) => j.state === 'RUNNING' || j.state === 'CREATED' || j.state === 'INITIALIZING',
  );
  expect(job).toBeDefined();
  return job!.jid;
}

describe('--replace', () => {
  const name = 'shop.local.copy';
  let adopted: string;
  let adoption: string;

  beforeAll(async () => {
    // Started by hand, before flinkops: no labels. The first apply takes it over as it runs.
    adopted = await submitByHand(name);
    const r = await cli(['apply', ...base(), '--target', 'copy', ...QUICK], dir, env);
    expect(r.stderr).toContain('copy: adopt applied');
    expect(r.code).toBe(0);
    adoption = r.stdout;
  });

  it("an adopted job shows no change, and its adoption says how to restart it with the repository's script", async () => {
    expect(adoption).toContain('FO613');
    expect(adoption).toContain(
      "To restart it now with the repository's script, from a savepoint: plan and apply with --replace copy.",
    );
    const plan = await planOf('--target', 'copy');
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['copy', 'none']]);
    expect(jobsNamed(name).map((j) => [j.jid, j.state])).toEqual([[adopted, 'RUNNING']]);
    // The store knows the state was written by a script it never saw (its verdicts say unknown).
    expect(storedCopy().current).toMatchObject({ jobId: adopted, adopted: true });
  });

  it('a setting edited after the adoption is named as a cause', async () => {
    // Real Flink 1.20: a config: edit in jobs/<job>.yaml of an adopted job was said to be only
    // "causes script jobs/<job>.sql", a file nobody had touched; the setting was not named.
    const yaml = join(dir, 'jobs/copy.yaml');
    const before = readFileSync(yaml, 'utf8');
    writeFileSync(yaml, `${before}config:\n  execution.checkpointing.interval: 42 s\n`);
    try {
      const plan = await planOf('--target', 'copy');
      expect(plan.changes[0]!.action).toBe('upgrade');
      // As for a job flinkops started: the setting, beside the compiled script it is a SET of.
      expect(plan.changes[0]!.causes.map((c) => `${c.kind} ${c.path}`)).toContain(
        'setting config.execution.checkpointing.interval',
      );
    } finally {
      writeFileSync(yaml, before);
    }
  });

  it("plan --replace plans a savepoint upgrade with the repository's script, asked for, not found", async () => {
    const plan = await planOf('--target', 'copy', '--replace', 'copy');
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({
      job: 'copy',
      action: 'upgrade',
      strategy: 'savepoint',
      reason: "replaced on request (--replace): savepoint upgrade with the repository's script",
      liveJobId: adopted,
    });
    expect(plan.changes[0]!.causes[0]).toEqual({ kind: 'request', path: 'replace' });
    // What the hand-started job ran was never seen: its restore may fail, and the rollback with it.
    expect(plan.diagnostics.find((d) => d.code === 'FO613')?.summary).toBe(
      "Job copy runs a script flinkops never saw: its state may not map onto the repository's",
    );
    const text = await cli(['plan', ...base(), '--target', 'copy', '--replace', 'copy'], dir, env);
    expect(text.stdout).toContain('Plan: 0 to create, 1 to upgrade');
    expect(text.stdout).toMatch(/copy will be upgraded \(savepoint\)/);
    expect(text.stdout).toContain('replaced on request (--replace)');
  });

  it("apply --replace stops the adopted job with a savepoint and starts the repository's script from it", async () => {
    const r = await cli(
      ['apply', ...base(), '--target', 'copy', '--replace', 'copy', ...QUICK, '--json'],
      dir,
      env,
    );
    expect(r.code, r.stderr + r.stdout).toBe(0);
    const report = JSON.parse(r.stdout) as {
      changes: { job: string; action: string; outcome: string; savepoint?: string }[];
    };
    expect(report.changes.map((c) => [c.job, c.action, c.outcome])).toEqual([['copy', 'upgrade', 'applied']]);
    const savepoint = report.changes[0]!.savepoint;
    expect(savepoint).toBeTruthy();
    // The cluster's answer: the hand-made job ended, the new one runs with labels, from that savepoint.
    const jobs = jobsNamed(name);
    expect(jobs.find((j) => j.jid === adopted)?.state).toBe('FINISHED');
    const now = jobs.filter((j) => j.state === 'RUNNING');
    expect(now).toHaveLength(1);
    expect(now[0]!.jid).not.toBe(adopted);
    expect(now[0]!.restoredFrom).toBe(savepoint);
    expect(now[0]!.config['pipeline.name']).toBe(name);
    const config = (await (await fetch(`${sim.jobmanagerUrl}/jobs/${now[0]!.jid}/config`)).json()) as {
      'execution-config': { 'user-config'?: Record<string, string> };
    };
    expect(config['execution-config']['user-config']?.['flinkops.job']).toBe('copy');
    // Managed for good: the next plan has nothing to do.
    const next = await planOf('--target', 'copy');
    expect(next.changes.map((c) => [c.job, c.action])).toEqual([['copy', 'none']]);
    expect(storedCopy().current?.adopted).toBeUndefined();
    // The savepoint the replace took holds the hand-started job's state, not the repository script's.
    const list = await cli(['savepoints', 'list', 'copy', ...base()], dir, env);
    expect(list.stdout).toMatch(/upgrade\s+\w{12} \(adopted\)/);
  });

  it('a job to replace that does not run is said (FO629), and planned as it would be', async () => {
    const plan = await planOf('--replace', 'other');
    expect(plan.changes.find((c) => c.job === 'other')?.action).toBe('create');
    expect(plan.diagnostics.find((d) => d.code === 'FO629')?.summary).toBe(
      '--replace other: the job does not run, so there is nothing to restart',
    );
  });

  it('a job to replace that the repository does not have is a usage error, with a suggestion', async () => {
    const r = await cli(['plan', ...base(), '--replace', 'copyy'], dir, env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--replace names no job of shop/local: copyy; did you mean copy?');
  });

  it('a saved plan of a replace that changes nothing else is applied: it carries its state verdict', async () => {
    // After the replace above, copy runs the repository's script: a replace restarts the same one.
    const out = join(dir, 'replace-same.json');
    const p = await cli(['plan', ...base(), '--target', 'copy', '--replace', 'copy', '--out', out], dir, env);
    expect(p.code, p.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(out, 'utf8')) as Plan;
    expect(saved.changes.map((c) => [c.action, c.compatibility?.verdict])).toEqual([
      ['upgrade', 'compatible'],
    ]);
    const before = jobsNamed(name).find((j) => j.state === 'RUNNING')!.jid;
    const r = await cli(['apply', out, '--dir', dir, ...QUICK], dir, env);
    expect(r.code, r.stderr).toBe(0);
    const now = jobsNamed(name).filter((j) => j.state === 'RUNNING');
    expect(now.map((j) => j.jid)).not.toContain(before);
    expect(now).toHaveLength(1);
  });

  it('a saved plan is applied as it was made: --replace beside it is refused', async () => {
    const out = join(dir, 'replace-plan.json');
    expect((await cli(['plan', ...base(), '--target', 'copy', '--out', out], dir, env)).code).toBe(0);
    const r = await cli(['apply', out, '--dir', dir, '--replace', 'copy', ...QUICK], dir, env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--replace is for a new plan');
  });
});
