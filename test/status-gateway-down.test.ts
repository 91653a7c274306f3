/**
 * `status --check` with the SQL Gateway down and the JobManager up (real Flink 2.2: the gateway's
 * process stopped): every job ran and the check said "healthy" with not a word about the gateway,
 * though no apply could start a job until it answered. The health stays the jobs' own (exit 0),
 * and a warning says the gateway is down. Behind a reverse proxy a gateway that is down answers
 * 502 (a wrong password 401, a wrong prefix 404): that was taken for a working gateway, and said
 * nothing; the warning now names what answered in its place.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './support/cli';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 50, savepointMs: 20, checkpointMs: 50 });

describe('status --check with the SQL Gateway down', () => {
  it('keeps the health and exit code of the jobs and warns FO663', async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s', '--checkpoint-wait', '0')).code).toBe(0);
    const args = [
      '--dir',
      t.repo,
      '--env',
      'dev',
      '--state-file',
      state,
      '--jobmanager-url',
      t.sim.jobmanagerUrl,
    ];

    const up = await cli(['status', '--check', ...args, '--sql-gateway-url', t.sim.gatewayUrl]);
    expect(up.stdout + up.stderr).not.toContain('FO663');

    const down = await cli(['status', '--check', ...args, '--sql-gateway-url', 'http://user:pw@127.0.0.1:9']);
    expect(down.stdout).toContain('healthy: every job passes its health rules');
    expect(down.stdout + down.stderr).toContain(
      'warning FO663: the SQL Gateway at http://127.0.0.1:9 does not answer',
    );
    expect(down.stdout + down.stderr).not.toContain('pw@');
    expect(down.code).toBe(0);

    const json = await cli([
      'status',
      '--check',
      '--json',
      ...args,
      '--sql-gateway-url',
      'http://127.0.0.1:9',
    ]);
    const out = JSON.parse(json.stdout);
    expect(out.health.healthy).toBe(true);
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toEqual(['FO663']);
    expect(json.code).toBe(0);
  }, 60_000);

  it("warns FO663 when a proxy answers 502 in the gateway's place", async () => {
    const state = join(t.base, 'state.json');
    expect((await t.apply(state, '--health-grace', '0s', '--checkpoint-wait', '0')).code).toBe(0);
    const proxy = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    const gw = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/gw`;
    try {
      const args = ['--dir', t.repo, '--env', 'dev', '--state-file', state];
      const r = await cli([
        'status',
        '--check',
        ...args,
        '--jobmanager-url',
        t.sim.jobmanagerUrl,
        '--sql-gateway-url',
        gw,
      ]);
      expect(r.stdout).toContain('healthy: every job passes its health rules');
      expect(r.stdout + r.stderr).toContain(
        `warning FO663: the SQL Gateway at ${gw} cannot be used (GET /v1/info answered HTTP 502: 502 Bad Gateway nginx)`,
      );
      expect(r.stdout + r.stderr).toContain('the auth a proxy in front of it asks for');
      expect(r.code).toBe(0);
    } finally {
      await new Promise((r) => proxy.close(r));
    }
  }, 60_000);
});
