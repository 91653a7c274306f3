/**
 * A job adopted under the managed name is told apart from another query that ended up under it:
 * its operators' names say which tables it writes (FO634). Adopting the repository's own query is
 * quiet, as before.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 10, savepointMs: 20 });

describe('adopting a job that runs under the managed name', () => {
  it('another query (it writes other tables) is adopted with FO634', async () => {
    const jid = t.sim.control.seedJob({
      name: 'shop.dev.totals',
      parallelism: 2,
      sources: ['default_catalog.default_database.clicks'],
      sinks: ['default_catalog.default_database.audit_log'],
    });
    const plan = await t.plan(join(t.base, 'state.json'));
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/totals will be adopted/);
    expect(plan.stdout).toContain(
      'warning FO634: Job totals: the job running under its name writes audit_log, not order_totals',
    );
    expect(plan.stdout).toContain(`Job ${jid} carries the managed name shop.dev.totals`);
  });

  it("the repository's own query (it writes the same table) is adopted without it", async () => {
    t.sim.control.seedJob({
      name: 'shop.dev.totals',
      parallelism: 2,
      sources: ['default_catalog.default_database.orders'],
      sinks: ['default_catalog.default_database.order_totals'],
    });
    const plan = await t.plan(join(t.base, 'state.json'));
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/totals will be adopted/);
    expect(plan.stdout).not.toContain('FO634');
  });
});
