/**
 * Two simulators given the same `file:` savepoint folder share it, as two clusters share a file
 * system: an environment moved from one to the other (`moveFrom`) through the CLI carries its job's
 * state across — the savepoint is a folder with its `_metadata` on disk, and the new cluster's job
 * reports it restored. Without the folder (the default), savepoints stay in memory and the folder
 * is never written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointId } from '../src/core/endpoint';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, QUICK } from './ops-cli';
import { type TwoClusters, twoClusters, twoClustersProject } from './sim-two-clusters';

let c: TwoClusters;
let work: string;
let folder: string;
let repo: string;
let oldSim: Simulator;
let newSim: Simulator;

beforeAll(async () => {
  c = await twoClusters('flinkops-shared-sp-', '1.20', '1.20');
  ({ repo, oldSim, newSim, work, folder } = c);
});
afterAll(() => c.close());

const base = () => ['--dir', repo, '--env', 'prod'];
const jobsOn = (sim: Simulator) => sim.control.snapshot().jobs.filter((j) => j.name === 'shop.prod.copy');

describe('an environment moved between two simulators sharing a savepoint folder', () => {
  it('carries the job across from the savepoint on disk, as a move between clusters does', async () => {
    const first = await cli(['apply', ...base(), ...QUICK], repo);
    expect(first.code, first.stderr).toBe(0);
    expect(jobsOn(oldSim).map((j) => j.state)).toEqual(['RUNNING']);

    writeFileSync(
      join(repo, 'flinkops.yaml'),
      twoClustersProject(
        '1.20',
        `    jobmanagerUrl: ${newSim.jobmanagerUrl}\n    sqlGatewayUrl: ${newSim.gatewayUrl}\n` +
          `    moveFrom:\n      jobmanagerUrl: ${oldSim.jobmanagerUrl}\n      sqlGatewayUrl: ${oldSim.gatewayUrl}\n`,
      ),
    );
    const moved = await cli(['apply', ...base(), ...QUICK, '--json'], repo);
    expect(moved.code, moved.stderr + moved.stdout).toBe(0);
    const report = JSON.parse(moved.stdout) as {
      changes: { job: string; outcome: string; savepoint?: string }[];
    };
    expect(report.changes.map((c) => [c.job, c.outcome])).toEqual([['copy', 'applied']]);
    const savepoint = report.changes[0]!.savepoint!;
    // The savepoint is a folder on the shared file system, with its metadata.
    expect(savepoint.startsWith(`file:${folder}/`)).toBe(true);
    expect(existsSync(join(savepoint.slice('file:'.length), '_metadata'))).toBe(true);
    // The old cluster stopped the job; the new one runs it, restored from that savepoint.
    expect(jobsOn(oldSim).map((j) => j.state)).toEqual(['FINISHED']);
    const [running] = jobsOn(newSim).filter((j) => j.state === 'RUNNING');
    expect(running).toBeDefined();
    const checkpoints = (await (
      await fetch(`${newSim.jobmanagerUrl}/jobs/${running!.jid}/checkpoints`)
    ).json()) as {
      latest: { restored: { external_path?: string } | null };
    };
    expect(checkpoints.latest.restored?.external_path).toBe(savepoint);
    // The audit trail says where the job came from.
    const history = await cli(['history', ...base(), 'copy'], repo);
    expect(history.stdout).toContain(`moved from ${oldSim.jobmanagerUrl}`);
  });

  it('a move whose start fails on the new cluster rolls the job back onto the cluster it left', async () => {
    // Back on the old cluster alone, then moved again to a new cluster that fails every job.
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      twoClustersProject(
        '1.20',
        `    jobmanagerUrl: ${oldSim.jobmanagerUrl}\n    sqlGatewayUrl: ${oldSim.gatewayUrl}\n`,
      ),
    );
    const failing = await startSimulator({
      flinkVersion: '1.20',
      clock: 'real',
      timing: { startMs: 10, savepointMs: 10 },
      savepointDir: `file:${folder}`,
      savepointsOnDisk: true,
    });
    try {
      for (const j of jobsOn(newSim).filter((x) => x.state === 'RUNNING'))
        await fetch(`${newSim.jobmanagerUrl}/jobs/${j.jid}?mode=cancel`, { method: 'PATCH' });
      const fresh = await cli(['apply', ...base(), ...QUICK, '--allow-version-upgrade'], repo);
      expect(
        jobsOn(oldSim).filter((j) => j.state === 'RUNNING'),
        fresh.stderr,
      ).toHaveLength(1);
      failing.control.faults.jobFailsAfterMs = 50;
      writeFileSync(
        join(repo, 'flinkops.yaml'),
        twoClustersProject(
          '1.20',
          `    jobmanagerUrl: ${failing.jobmanagerUrl}\n    sqlGatewayUrl: ${failing.gatewayUrl}\n` +
            `    moveFrom:\n      jobmanagerUrl: ${oldSim.jobmanagerUrl}\n      sqlGatewayUrl: ${oldSim.gatewayUrl}\n`,
        ),
      );
      const moved = await cli(
        ['apply', ...base(), '--auto-approve', '--health-grace', '1s', '--checkpoint-wait', '0'],
        repo,
      );
      expect(moved.code).toBe(1);
      expect(moved.stdout + moved.stderr).toMatch(/rolled back/);
      // Flink's answers: nothing runs on the new cluster; the old one runs the job again, restored
      // from the savepoint the move took there.
      expect(jobsOn(failing).filter((j) => j.state === 'RUNNING')).toEqual([]);
      const again = jobsOn(oldSim).filter((j) => j.state === 'RUNNING');
      expect(again).toHaveLength(1);
      const cp = (await (
        await fetch(`${oldSim.jobmanagerUrl}/jobs/${again[0]!.jid}/checkpoints`)
      ).json()) as {
        latest: { restored: { external_path?: string } | null };
      };
      expect(cp.latest.restored?.external_path).toMatch(new RegExp(`^file:${folder}/savepoint-`));
      // The store records the job where it runs again: the old cluster's endpoint, not the new one's.
      const store = JSON.parse(readFileSync(join(repo, '.flinkops/state/prod.json'), 'utf8'));
      expect(store.state.jobs.copy.current).toMatchObject({
        jobId: again[0]!.jid,
        endpoint: endpointId(oldSim.jobmanagerUrl),
        flinkVersion: '1.20',
      });
      // The move is held, as any rolled-back change is: the next plan neither tries it again (a
      // savepoint, a failed start and a rollback each apply) nor says the change is no longer asked for.
      const next = await cli(['plan', ...base(), '--json'], repo);
      const plan = JSON.parse(next.stdout) as {
        changes: { job: string; action: string; reason: string }[];
        diagnostics: { code: string }[];
      };
      expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['copy', 'none']]);
      expect(plan.changes[0]!.reason).toContain('its move to this environment’s cluster was rolled back');
      expect(plan.diagnostics.map((d) => d.code)).toContain('FO601');
      expect(plan.diagnostics.map((d) => d.code)).not.toContain('FO605');
      const held = await cli(['apply', ...base(), ...QUICK], repo);
      expect(held.code, held.stderr).toBe(0);
      expect(
        jobsOn(oldSim)
          .filter((j) => j.state === 'RUNNING')
          .map((j) => j.jid),
      ).toEqual([again[0]!.jid]);
      // Given up (the environment points at the old cluster again): released, said as the move it was.
      writeFileSync(
        join(repo, 'flinkops.yaml'),
        twoClustersProject(
          '1.20',
          `    jobmanagerUrl: ${oldSim.jobmanagerUrl}\n    sqlGatewayUrl: ${oldSim.gatewayUrl}\n`,
        ),
      );
      const given = JSON.parse((await cli(['plan', ...base(), '--json'], repo)).stdout) as {
        diagnostics: { code: string; detail: string }[];
      };
      expect(given.diagnostics.find((d) => d.code === 'FO605')?.detail).toContain(
        'not its move to another cluster',
      );
      writeFileSync(
        join(repo, 'flinkops.yaml'),
        twoClustersProject(
          '1.20',
          `    jobmanagerUrl: ${failing.jobmanagerUrl}\n    sqlGatewayUrl: ${failing.gatewayUrl}\n` +
            `    moveFrom:\n      jobmanagerUrl: ${oldSim.jobmanagerUrl}\n      sqlGatewayUrl: ${oldSim.gatewayUrl}\n`,
        ),
      );
      // --replace tries the move again.
      const retried = await cli(['plan', ...base(), '--json', '--replace', 'copy'], repo);
      expect((JSON.parse(retried.stdout) as { changes: { action: string }[] }).changes[0]!.action).toBe(
        'upgrade',
      );
    } finally {
      await failing.close();
    }
  });

  it('without the folder, a simulator keeps its savepoints in memory and writes nothing', async () => {
    const sim = await startSimulator({
      flinkVersion: '1.20',
      savepointDir: `file:${join(work, 'unused')}`,
    });
    try {
      const jid = sim.control.seedJob({ name: 'x' });
      const r = await fetch(`${sim.jobmanagerUrl}/jobs/${jid}/savepoints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ 'cancel-job': false }),
      });
      expect(r.status).toBe(202);
      sim.control.tick();
    } finally {
      await sim.close();
    }
    expect(existsSync(join(work, 'unused'))).toBe(false);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
  });
});
