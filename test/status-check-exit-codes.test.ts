/**
 * `status --check` from cron, paging on its exit code (real Flink 2.2): with every job healthy it
 * said "healthy: every job passes its health rules" yet exited 1, because a pending change of the
 * repository broke a policy (FO623); and an unreachable JobManager exited 1 too, the code of a
 * breach. The exit code is now the health's: 0 healthy, 1 a breach, 3 health unknown.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 50, savepointMs: 20, checkpointMs: 50 });

describe('status --check exit codes', () => {
  it('exits 0 for healthy jobs though a pending change breaks a policy, and says both', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s', '--checkpoint-wait', '0')).code).toBe(0);
    appendFileSync(join(t.repo, 'flinkops.yaml'), 'policy:\n  maxParallelism: { dev: 1 }\n');
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'parallelism: 2\n');

    const check = await t.run(['status', '--check'], state);
    expect(check.stdout).toContain('healthy: every job passes its health rules');
    expect(check.stdout + check.stderr).toContain('FO623');
    expect(check.code).toBe(0);
    const json = await t.run(['status', '--check', '--json'], state);
    expect(JSON.parse(json.stdout).health.healthy).toBe(true);
    expect(json.code).toBe(0);
    // Without --check, status reports the plan's error as before.
    expect((await t.run(['status'], state)).code).toBe(1);
  }, 30_000);

  it('exits 3, not 1, when the JobManager cannot be reached', async () => {
    const state = join(t.base, 'state.json');
    const args = ['--dir', t.repo, '--env', 'dev', '--state-file', state];
    const urls = ['--jobmanager-url', 'http://127.0.0.1:9', '--sql-gateway-url', 'http://127.0.0.1:9'];
    const check = await cli(['status', '--check', ...args, ...urls]);
    expect(check.stdout + check.stderr).toContain('FO650');
    expect(check.stdout + check.stderr).not.toMatch(/\bhealthy\b/);
    expect(check.code).toBe(3);
    const json = await cli(['status', '--check', '--json', ...args, ...urls]);
    expect(JSON.parse(json.stdout).health).toBeUndefined();
    expect(json.code).toBe(3);
    expect((await cli(['status', ...args, ...urls])).code).toBe(1);
  }, 60_000);

  it('--timeout bounds a check against a JobManager that takes calls and never answers', async () => {
    // A hung JobManager (a full GC, a stuck thread): without a limit each call waits 30 s and is
    // asked again, so a check run every minute took ~60 s to say FO650.
    const sockets: Socket[] = [];
    const hung = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    const port = (hung.address() as { port: number }).port;
    try {
      const state = join(t.base, 'state.json');
      const args = ['--dir', t.repo, '--env', 'dev', '--state-file', state];
      const urls = [
        '--jobmanager-url',
        `http://127.0.0.1:${port}`,
        '--sql-gateway-url',
        `http://127.0.0.1:${port}`,
      ];
      const started = Date.now();
      const check = await cli(['status', '--check', '--timeout', '1500ms', ...args, ...urls]);
      const took = Date.now() - started;
      expect(check.stdout + check.stderr).toContain('FO650');
      expect(check.stdout + check.stderr).toContain('no answer within --timeout 1500ms');
      expect(check.code).toBe(3);
      expect(sockets.length).toBeGreaterThan(0); // it did reach the server
      expect(took).toBeLessThan(6_000);
      expect((await cli(['status', '--timeout', '0', ...args, ...urls])).stderr).toContain(
        '--timeout must be longer than 0',
      );
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => hung.close(r));
    }
  }, 60_000);
});
