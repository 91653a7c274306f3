/**
 * Real Flink 2.2: a filesystem sink whose path holds a secret (`path: file:///…/${secret.DB_PW}/out`)
 * failed when its folder became a file, and Flink's exception quoted the path. `status --check`
 * printed the password in the breach, and `--alert` posted it to the webhook: status masked only the
 * cluster's credentials, not the secrets the jobs were started with, as apply does.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, LOCAL_PROJECT, localSim } from './ops-cli';

const t = localSim({ startMs: 10, savepointMs: 10, restartLoopMs: 200 });

describe('status --check of a job whose failure quotes one of its secrets', () => {
  it('masks the secret in the output and in the alert sent', async () => {
    // The secret's value is what the job's failure says: as a path is in Flink's message.
    const secret = 'Simulated task failure';
    const bodies: string[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    try {
      const port = (hook.address() as AddressInfo).port;
      writeFileSync(
        join(t.dir, 'flinkops.yaml'),
        `${LOCAL_PROJECT}    alerts:\n      - { type: webhook, url: "http://127.0.0.1:${port}/hook" }\n`,
      );
      writeFileSync(
        join(t.dir, 'jobs/copy.yaml'),
        "config:\n  pipeline.operator-chaining.enabled: 'true'\n  my.sink.token: ${secret.SINK_TOKEN}\nhealth:\n  maxRestarts: 1\n",
      );
      const env = { ...t.env, FLINKOPS_SECRET_SINK_TOKEN: secret };
      const applied = await cli(['apply', ...t.base, '--auto-approve', '--health-grace', '0s'], t.dir, env);
      expect(applied.code, applied.stderr).toBe(0);
      t.sim.control.faults.jobRestartLoop = true;
      await new Promise((r) => setTimeout(r, 800));
      const r = await cli(['status', ...t.base, '--check', '--alert'], t.dir, env);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('Its latest failure: RuntimeException: *** (restart loop)');
      expect(r.stdout + r.stderr).not.toContain(secret);
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.join('\n')).toContain('***');
      expect(bodies.join('\n')).not.toContain(secret);
    } finally {
      t.sim.control.faults.jobRestartLoop = false;
      await new Promise<void>((r) => hook.close(() => r()));
    }
  });
});
