/**
 * An environment repointed at another cluster without `moveFrom` (a new cluster of the same Flink
 * release, or a URL copied from elsewhere): the jobs the store records running are gone from it,
 * and the plan recovers them there while they may still run on their own cluster. The store keeps
 * a hash of the JobManager endpoint each job was started through, and the plan says so (FO739);
 * a cluster that restarted at its own address is recovered without it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { endpointId } from '../src/core/endpoint';
import { startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

const PROJECT =
  'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: ${env.FLINKOPS_JOBMANAGER_URL}\n    sqlGatewayUrl: ${env.FLINKOPS_SQL_GATEWAY_URL}\n';

const sims: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
});
async function sim(port = 0) {
  const s = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
    port,
  });
  sims.push(s);
  return s;
}
const envOf = (s: { jobmanagerUrl: string; gatewayUrl: string }) => ({
  FLINKOPS_JOBMANAGER_URL: s.jobmanagerUrl,
  FLINKOPS_SQL_GATEWAY_URL: s.gatewayUrl,
});
type Diag = {
  code: string;
  summary: string;
  detail: string;
  range?: { file: string; start: { line: number } };
};

it('warns when the recorded jobs are gone from a cluster reached through another endpoint, not when their own restarted', async () => {
  const dir = copyRepo(PROJECT);
  const base = ['--dir', dir, '--env', 'local'];
  const first = await sim();
  const applied = await cli(['apply', ...base, ...QUICK], dir, envOf(first));
  expect(applied.code, applied.stdout + applied.stderr).toBe(0);
  // The store keeps a hash of the endpoint, never the URL.
  const stateText = readFileSync(join(dir, '.flinkops/state/local.json'), 'utf8');
  const jobs = Object.values(JSON.parse(stateText).state.jobs) as { current: { endpoint?: string } }[];
  expect(jobs.map((j) => j.current.endpoint)).toEqual(jobs.map(() => endpointId(first.jobmanagerUrl)));
  expect(stateText).not.toContain(first.jobmanagerUrl);
  const names = Object.keys(JSON.parse(stateText).state.jobs).sort();

  // Another cluster, empty: every job is recovered there, and the plan says they may still run elsewhere.
  const other = await sim();
  const repointed = await cli(['plan', ...base, '--json'], dir, envOf(other));
  const plan = JSON.parse(repointed.stdout);
  expect(plan.changes.map((c: { job: string; action: string }) => [c.job, c.action])).toEqual(
    names.map((n) => [n, 'recover']),
  );
  const warned = (plan.diagnostics as Diag[]).filter((d) => d.code === 'FO739');
  expect(warned).toHaveLength(1);
  expect(warned[0]!.summary).toBe(
    `Job ${names[0]}, recorded running for environment local, is gone from its cluster and was started through another JobManager endpoint than this plan reached`,
  );
  expect(warned[0]!.detail).toContain('name the old one in moveFrom');
  // Said at the environment's jobmanagerUrl.
  expect(warned[0]!.range).toMatchObject({ file: 'flinkops.yaml', start: { line: 5 } });
  // The recovery's FO659 does not blame a JobManager restart: the job was started elsewhere.
  const vanished = (plan.diagnostics as Diag[]).filter((d) => d.code === 'FO659');
  expect(vanished.length).toBeGreaterThan(0);
  for (const d of vanished) {
    expect(d.summary).toContain(
      'is not on this cluster, and was started through another JobManager endpoint',
    );
    expect(d.detail).not.toContain('restarted without high availability');
    expect(d.detail).toContain('moveFrom');
  }
  const text = await cli(['plan', ...base], dir, envOf(other));
  expect(text.stdout + text.stderr).toContain('FO739');

  // The first cluster restarted at its own address (its jobs forgotten): recovered, without FO739.
  const port = Number(new URL(first.jobmanagerUrl).port);
  const gatewayPort = Number(new URL(first.gatewayUrl).port);
  await first.close();
  const restarted = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
    port,
    gatewayPort,
  });
  sims.push(restarted);
  const again = JSON.parse((await cli(['plan', ...base, '--json'], dir, envOf(restarted))).stdout);
  expect(again.changes.map((c: { action: string }) => c.action)).toEqual(names.map(() => 'recover'));
  const codes = (again.diagnostics as Diag[]).map((d) => d.code);
  expect(codes).toContain('FO659');
  expect(codes).not.toContain('FO739');
  const forgotten = (again.diagnostics as Diag[]).filter((d) => d.code === 'FO659');
  for (const d of forgotten) {
    expect(d.summary).toContain('vanished from the cluster');
    expect(d.detail).toContain('restarted without high availability');
  }

  // Recovered on the other cluster: the store records that endpoint, and plans there say nothing more.
  const moved = await cli(['apply', ...base, ...QUICK], dir, envOf(other));
  expect(moved.code, moved.stdout + moved.stderr).toBe(0);
  const after = JSON.parse(readFileSync(join(dir, '.flinkops/state/local.json'), 'utf8'));
  for (const n of names) expect(after.state.jobs[n].current.endpoint).toBe(endpointId(other.jobmanagerUrl));
  const settled = JSON.parse((await cli(['plan', ...base, '--json'], dir, envOf(other))).stdout);
  expect(settled.changes.map((c: { action: string }) => c.action)).toEqual(names.map(() => 'none'));
  expect((settled.diagnostics as Diag[]).map((d) => d.code)).not.toContain('FO739');
});

it('records the endpoint of jobs running here that a store of format 4 does not know (FO736), so FO739 judges them', async () => {
  const dir = copyRepo(PROJECT);
  const base = ['--dir', dir, '--env', 'local'];
  const first = await sim();
  expect((await cli(['apply', ...base, ...QUICK], dir, envOf(first))).code).toBe(0);
  // The store as a flinkops before format 5 wrote it: no endpoint in any deployed version.
  const file = join(dir, '.flinkops/state/local.json');
  const written = JSON.parse(readFileSync(file, 'utf8'));
  written.state.formatVersion = 4;
  for (const r of Object.values(written.state.jobs) as Record<string, { endpoint?: string }>[]) {
    delete r.current!.endpoint;
    delete r.lastStable?.endpoint;
  }
  writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  const names = Object.keys(written.state.jobs).sort();
  const ids = names.map((n) => written.state.jobs[n].current.jobId as string);

  // Unjudged: on another, empty cluster the recoveries are planned without FO739.
  const other = await sim();
  const blind = JSON.parse((await cli(['plan', ...base, '--json'], dir, envOf(other))).stdout);
  expect((blind.diagnostics as Diag[]).map((d) => d.code)).not.toContain('FO739');

  // On its own cluster: nothing restarts, and the plan says apply records the endpoint.
  const plan = await cli(['plan', ...base, '--detailed-exitcode'], dir, envOf(first));
  expect(plan.code, plan.stdout + plan.stderr).toBe(2);
  expect(plan.stdout).toContain(
    `No changes to the cluster: the JobManager endpoint of ${names.length} job${names.length === 1 ? '' : 's'} to record in the state store (FO736); apply records ${names.length === 1 ? 'it' : 'them'}.`,
  );
  expect(plan.stdout).toMatch(/flinkops\.yaml:5:5: info FO736: /);
  const json = JSON.parse((await cli(['plan', ...base, '--json'], dir, envOf(first))).stdout);
  expect(
    json.changes.map((c: { action: string; recordsEndpoint?: unknown }) => [c.action, c.recordsEndpoint]),
  ).toEqual(ids.map((jobId) => ['none', { jobId, endpoint: endpointId(first.jobmanagerUrl) }]));
  const applied = await cli(['apply', ...base, ...QUICK], dir, envOf(first));
  expect(applied.code, applied.stdout + applied.stderr).toBe(0);
  const after = JSON.parse(readFileSync(file, 'utf8'));
  expect(after.state.formatVersion).toBe(5);
  for (const [i, n] of names.entries()) {
    const r = after.state.jobs[n];
    // The same job, not restarted; its history as it was.
    expect([r.current.jobId, r.current.endpoint, r.lastStable.endpoint]).toEqual([
      ids[i],
      endpointId(first.jobmanagerUrl),
      endpointId(first.jobmanagerUrl),
    ]);
    expect(r.history).toEqual(written.state.jobs[n].history);
  }
  expect(readFileSync(file, 'utf8')).not.toContain(first.jobmanagerUrl);
  const quiet = await cli(['plan', ...base, '--detailed-exitcode'], dir, envOf(first));
  expect(quiet.code, quiet.stdout).toBe(0);
  expect(quiet.stdout).not.toContain('FO736');
  // Judged now: the other cluster's recoveries say the jobs may still run where they started.
  const judged = JSON.parse((await cli(['plan', ...base, '--json'], dir, envOf(other))).stdout);
  expect((judged.diagnostics as Diag[]).map((d) => d.code)).toContain('FO739');
  expect((judged.diagnostics as Diag[]).map((d) => d.code)).not.toContain('FO736');
});
