/**
 * A saved plan edited by hand: how a job is changed (its action, upgrade strategy, rescale mode, the
 * savepoint it restores) is what flinkops plans from the repository, the cluster and the store,
 * never what the file says. An upgrade made `stateless` in the file would throw the job's state
 * away: apply refuses it, names the job and both changes, and changes nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let sim: Simulator;
let base: string;
let dir: string;
let urls: string[];

beforeEach(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
  });
  base = mkdtempSync(join(tmpdir(), 'flinkops-plan-edited-'));
  dir = join(base, 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), dir, { recursive: true });
  urls = ['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl];
});
afterEach(async () => {
  await sim.close();
  rmSync(base, { recursive: true, force: true });
});

const running = () =>
  sim.control
    .snapshot()
    .jobs.filter((j) => j.state === 'RUNNING')
    .map((j) => j.jid);

describe('apply PLAN.json edited by hand', () => {
  it('refuses an upgrade whose strategy was changed in the file, and applies the file as written', async () => {
    const grace = ['--health-grace', '0s', '--checkpoint-wait', '0'];
    expect(
      (await cli(['apply', '--dir', dir, '--env', 'dev', '--auto-approve', ...grace, ...urls])).code,
    ).toBe(0);
    const before = running();
    expect(before).toHaveLength(1);
    const sql = join(dir, 'jobs/totals.sql');
    writeFileSync(sql, readFileSync(sql, 'utf8').replace('FROM orders', 'FROM orders WHERE amount > 0'));
    const planFile = join(base, 'plan.json');
    expect((await cli(['plan', '--dir', dir, '--env', 'dev', '--out', planFile, ...urls])).code).toBe(0);
    const written = readFileSync(planFile, 'utf8');
    const plan = JSON.parse(written);
    const change = plan.changes.find((c: { job: string }) => c.job === 'totals');
    expect([change.action, change.strategy]).toEqual(['upgrade', 'savepoint']);

    change.strategy = 'stateless';
    writeFileSync(planFile, JSON.stringify(plan, null, 2));
    const edited = await cli(['apply', planFile, '--dir', dir, ...grace, ...urls]);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(
      `error FO690: ${planFile} was edited: it would upgrade (stateless) job totals, where flinkops plans to upgrade (savepoint)`,
    );
    expect(running()).toEqual(before);

    writeFileSync(planFile, written);
    const applied = await cli(['apply', planFile, '--dir', dir, ...grace, ...urls]);
    expect(applied.stderr).not.toContain('FO690');
    expect(applied.code).toBe(0);
    expect(running()).not.toEqual(before);
  });
  it('refuses a plan whose job was taken out of the file, rather than leave the job alone in silence', async () => {
    const grace = ['--health-grace', '0s', '--checkpoint-wait', '0'];
    expect(
      (await cli(['apply', '--dir', dir, '--env', 'dev', '--auto-approve', ...grace, ...urls])).code,
    ).toBe(0);
    const before = running();
    const sql = join(dir, 'jobs/totals.sql');
    writeFileSync(sql, readFileSync(sql, 'utf8').replace('FROM orders', 'FROM orders WHERE amount > 0'));
    const planFile = join(base, 'plan.json');
    expect((await cli(['plan', '--dir', dir, '--env', 'dev', '--out', planFile, ...urls])).code).toBe(0);
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    plan.changes = plan.changes.filter((c: { job: string }) => c.job !== 'totals');
    writeFileSync(planFile, JSON.stringify(plan, null, 2));
    const edited = await cli(['apply', planFile, '--dir', dir, ...grace, ...urls]);
    expect(edited.stderr).toContain(
      `error FO690: ${planFile} was edited: it leaves out job totals, which flinkops plans to upgrade (savepoint)`,
    );
    expect(edited.code).toBe(1);
    expect(running()).toEqual(before);
  });
});

describe('apply PLAN.json --json when the plan is refused', () => {
  it('prints one document, {changes: [], diagnostics}, for every refusal: unreadable, broken, another env, repository changed', async () => {
    const planFile = join(base, 'plan.json');
    expect((await cli(['plan', '--dir', dir, '--env', 'dev', '--out', planFile, ...urls])).code).toBe(0);
    const written = readFileSync(planFile, 'utf8');
    writeFileSync(join(base, 'cut.json'), written.slice(0, 200));
    const sql = join(dir, 'jobs/totals.sql');
    const cases: [string[], string][] = [
      [[join(base, 'missing.json')], 'FO690'],
      [[join(base, 'cut.json')], 'FO690'],
      [[planFile, '--env', 'prod'], 'FO713'],
      [[planFile], 'FO714'],
    ];
    for (const [args, code] of cases) {
      if (code === 'FO714')
        writeFileSync(sql, readFileSync(sql, 'utf8').replace('FROM orders', 'FROM orders WHERE amount > 1'));
      const r = await cli(['apply', ...args, '--dir', dir, '--json', ...urls]);
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.changes).toEqual([]);
      expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain(code);
    }
    expect(sim.control.snapshot().jobs).toEqual([]);
  });
});
