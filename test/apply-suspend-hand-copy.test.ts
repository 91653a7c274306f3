/**
 * The job flinkops deployed was stopped by hand and submitted again without flinkops labels (the
 * SQL client, the SQL Gateway), and the repository then suspends it (`state: suspended`, a schedule
 * window that closed). The suspend used to record the hand-started job's savepoint as one of the
 * repository's own version: `savepoints list` said "current", and the resume restored it with no
 * word that a script flinkops never saw wrote that state. Now the job is taken over before it stops
 * (history `adopt`), its savepoint is listed as adopted, and the resume warns FO613. Seen on real
 * Flink 1.20 (a schedule's suspend of a copy started through the SQL Gateway).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan';
import type { StateDoc } from '../src/state/model';
import { cli, localSim, QUICK, submitByHand } from './ops-cli';

const t = localSim();

const jobsNamed = (name: string) => t.sim.control.snapshot().jobs.filter((j) => j.name === name);
const stored = () =>
  (JSON.parse(readFileSync(join(t.dir, '.flinkops/state/local.json'), 'utf8')) as { state: StateDoc }).state
    .jobs.copy!;

describe('suspending a copy started by hand in place of the managed job', () => {
  it('records its savepoint as an adopted job’s, and the resume says its state is unknown', async () => {
    const name = 'shop.local.copy';
    const first = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
    expect(first.code, first.stderr).toBe(0);
    const deployed = stored().current!.jobId;
    // Stopped with a savepoint by hand, then submitted again without labels.
    const stop = await fetch(`${t.sim.jobmanagerUrl}/jobs/${deployed}/stop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"drain": false}',
    });
    expect(stop.status).toBe(202);
    for (let i = 0; i < 200 && jobsNamed(name).some((j) => j.jid === deployed && j.state === 'RUNNING'); i++)
      await new Promise((r) => setTimeout(r, 10));
    await submitByHand(t.sim.gatewayUrl, name);
    const hand = jobsNamed(name).find((j) => j.state === 'RUNNING' || j.state === 'CREATED')!.jid;

    writeFileSync(join(t.dir, 'jobs/copy.yaml'), 'parallelism: 1\nstate: suspended\n');
    const suspend = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
    expect(suspend.code, suspend.stderr).toBe(0);
    expect(jobsNamed(name).filter((j) => j.state === 'RUNNING')).toHaveLength(0);
    const record = stored();
    const sp = record.savepoints.at(-1)!;
    expect(sp).toMatchObject({ jobId: hand, kind: 'suspend' });
    expect(record.history.map((h) => h.action)).toContain('adopt');

    const list = await cli(['savepoints', 'list', 'copy', ...t.base, '--json'], t.dir, t.env);
    const listed = JSON.parse(list.stdout).savepoints.find((s: { path: string }) => s.path === sp.path);
    expect(listed).toMatchObject({ adopted: true, matchesCurrentSpec: false });

    writeFileSync(join(t.dir, 'jobs/copy.yaml'), 'parallelism: 1\n');
    const plan = await cli(['plan', ...t.base, '--json'], t.dir, t.env);
    const parsed = JSON.parse(plan.stdout) as Plan;
    expect(parsed.changes[0]).toMatchObject({ action: 'resume', restoreFrom: sp.path });
    expect(parsed.diagnostics.map((d) => d.code)).toContain('FO613');
  });
});
