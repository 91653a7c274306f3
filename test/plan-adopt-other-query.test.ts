/**
 * A job adopted under the managed name is told apart from another query that ended up under it:
 * its operators' names say which tables it writes (FO634). Adopting the repository's own query is
 * quiet, as before.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 10, savepointMs: 20 });

/** Runs statements in one SQL Gateway session of the simulator, as a user's SQL client does; the last one's job id. */
async function submit(properties: Record<string, string>, statements: string[]): Promise<string> {
  const gw = (path: string, body?: unknown) =>
    fetch(`${t.sim.gatewayUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    }).then((r) => r.json() as Promise<{ [k: string]: string | undefined }>);
  const { sessionHandle } = await gw('/v1/sessions', { properties });
  let jobId = '';
  for (const statement of statements) {
    const { operationHandle } = await gw(`/v1/sessions/${sessionHandle}/statements`, { statement });
    for (;;) {
      const r = await gw(`/v1/sessions/${sessionHandle}/operations/${operationHandle}/result/0`);
      if (r.resultType !== 'NOT_READY') {
        jobId = r.jobID ?? jobId;
        break;
      }
      await new Promise((res) => setTimeout(res, 20));
    }
  }
  return jobId;
}

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

  it("the repository's statement set, started by hand: its sinks in one forked chain are its own", async () => {
    // Flink names the chain `Source: orders[1] -> (Calc[2] -> Sink: order_totals[3], Calc[4] ->
    // Sink: audit[5])` (real 2.2.0 and 1.20.3): FO634 read `audit[5])` as a table.
    writeFileSync(
      join(t.repo, 'tables/audit.yaml'),
      'kind: sink\nconnector: print\ncolumns:\n  - { name: order_id, type: BIGINT }\n  - { name: amount, type: "DECIMAL(10, 2)" }\n',
    );
    const set = [
      'INSERT INTO order_totals SELECT customer_id, amount AS total FROM orders',
      'INSERT INTO audit SELECT order_id, amount FROM orders WHERE amount > 100',
    ];
    writeFileSync(
      join(t.repo, 'jobs/totals.sql'),
      `EXECUTE STATEMENT SET\nBEGIN\n${set.map((i) => `  ${i};`).join('\n')}\nEND;\n`,
    );
    const jobId = await submit({ 'pipeline.name': 'shop.dev.totals' }, [
      "CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10, 2)) WITH ('connector' = 'datagen')",
      "CREATE TABLE order_totals (customer_id BIGINT, total DECIMAL(10, 2)) WITH ('connector' = 'print')",
      "CREATE TABLE audit (order_id BIGINT, amount DECIMAL(10, 2)) WITH ('connector' = 'print')",
      `EXECUTE STATEMENT SET BEGIN ${set.join('; ')}; END`,
    ]);
    const job = (await (await fetch(`${t.sim.jobmanagerUrl}/jobs/${jobId}`)).json()) as {
      vertices: { name: string }[];
    };
    const names = job.vertices.map((v) => v.name);
    expect(names.join('\n')).toMatch(/ -> \(.*Sink: order_totals\[\d+\], .*Sink: audit\[\d+\]\)$/);
    const plan = await t.plan(join(t.base, 'state.json'));
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/totals will be adopted/);
    expect(plan.stdout).not.toContain('FO634');
  });
});
