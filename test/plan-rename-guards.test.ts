/**
 * A rename (movedFrom) in a plan of its own kind: the state verdict's advice says what a rename
 * allows (restoreFrom beside movedFrom is refused, FO734), a leftover movedFrom says nothing once
 * the rename is applied, rename errors block only a plan that includes the renamed job, and
 * policy.protectedJobs follows the state a rename carries.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import type { DesiredJob, DesiredState } from '../src/compile/model';
import { diff, unknownJobs } from '../src/plan';
import { explainedFor } from './explain-fixtures';
import {
  deployed,
  desiredJob,
  desiredState,
  liveOf,
  liveState,
  record,
  script,
  stateDoc,
} from './plan-fixtures';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-rename-guards-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  writeFileSync(
    join(repo, 'flinkops.yaml'),
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
  );
});
afterEach(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

const V1 =
  'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY customer_id;\n';
const V2 =
  'INSERT INTO order_totals\nSELECT order_id AS customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY order_id;\n';

function compiled(): DesiredState {
  const r = compileProject(repo, { env: 'prod', envVars: {} });
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!;
}

/** The running `totals` (v1), and the repository with it renamed to `sums` running `sql`. */
function renamedTo(
  sql: string,
  yaml = 'parallelism: 2\nmovedFrom: totals\n',
): { v1: DesiredJob; desired: DesiredState } {
  writeFileSync(join(repo, 'jobs/totals.sql'), V1);
  const v1 = compiled().jobs[0]!;
  rmSync(join(repo, 'jobs/totals.sql'));
  rmSync(join(repo, 'jobs/totals.yaml'));
  writeFileSync(join(repo, 'jobs/sums.sql'), sql);
  writeFileSync(join(repo, 'jobs/sums.yaml'), yaml);
  return { v1, desired: compiled() };
}

describe('a rename whose script change Flink cannot restore', () => {
  it('advises renaming first, not a restoreFrom pin FO734 refuses beside movedFrom', () => {
    const { v1, desired } = renamedTo(V2);
    const plan = diff(
      desired,
      liveState([liveOf(v1)]),
      { doc: stateDoc({ totals: record(v1, { current: deployed(v1) }) }), version: 1 },
      { allowDelete: false, explained: explainedFor('sums', 'agg', 'agg-key-added') },
    );
    const c = plan.changes.find((x) => x.job === 'sums')!;
    expect([c.action, c.renamedFrom?.job, c.compatibility?.verdict]).toEqual([
      'upgrade',
      'totals',
      'incompatible',
    ]);
    const d = plan.diagnostics.find((x) => x.code === 'FO617');
    expect(d?.detail).not.toMatch(
      /pin a savepoint rewritten for the new version \(the State Processor API\) with restoreFrom: <path> in jobs\/sums\.yaml$/,
    );
    expect(d?.detail).toContain(
      "rename first and change the script after: apply movedFrom: totals with totals's script as it runs",
    );
    expect(d?.detail).toContain('restoreFrom beside movedFrom is refused while totals exists (FO734)');
    expect(c.compatibility?.advice.join('\n')).toContain('rename first and change the script after');
    expect(plan.diagnostics.map((x) => x.code)).not.toContain('FO734');
  });
});

/** `orders` as it runs, and `sales`: the same job renamed from it (`settings` added). */
function renamedFixture(settings: Partial<DesiredJob['settings']> = {}) {
  const orders = desiredJob('orders');
  const sales = desiredJob('sales', {
    script: orders.script,
    settings: { movedFrom: 'orders', ...settings },
  });
  return { orders, sales };
}

/** The plan of `jobs` over `running` (each running as declared, recorded in the store). */
function planOf(
  jobs: DesiredJob[],
  running: DesiredJob[],
  opts: { target?: { jobs?: string[]; causes?: 'schedule'[] }; policy?: DesiredState['policy'] } = {},
) {
  const live = running.map((j) => liveOf(j));
  const doc = stateDoc(
    Object.fromEntries(
      running.map((j, i) => {
        const current = deployed(j, { jobId: live[i]!.jobId });
        return [j.name, record(j, { current, lastStable: current })];
      }),
    ),
  );
  return diff(
    { ...desiredState(jobs), ...(opts.policy ? { policy: opts.policy } : {}) },
    liveState(live),
    { doc, version: 1 },
    { allowDelete: false, ...(opts.target ? { target: opts.target } : {}) },
  );
}

describe('a movedFrom left after its rename', () => {
  it('says nothing once the renamed job runs: the plan and status are quiet, as after a moved block', () => {
    const { sales } = renamedFixture();
    const plan = planOf([sales], [sales]);
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['sales', 'none']]);
    expect(plan.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('says once, in the plan that creates the job, that no job of the old name is known (FO735)', () => {
    const { sales } = renamedFixture();
    const plan = planOf([sales], []);
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([['sales', 'create']]);
    const d = plan.diagnostics.find((x) => x.code === 'FO735');
    expect(d?.severity).toBe('info');
    expect(d?.summary).toBe(
      'Job sales: movedFrom: orders renames nothing, no job orders is known: sales starts without state',
    );
  });
});

describe('a rename problem and --target', () => {
  for (const [code, settings] of [
    ['FO734', { restoreFrom: 'file:///sp/x' }],
    ['FO733', {}],
  ] as const) {
    it(`${code} blocks a plan of the renamed job, not one targeted at other jobs`, () => {
      const { orders, sales } = renamedFixture(settings);
      const other = desiredJob('other');
      const other2 = desiredJob('other', { settings: { parallelism: 3 } });
      // FO733: the new name runs too.
      const running = code === 'FO733' ? [orders, other, sales] : [orders, other];
      const whole = planOf([sales, other2], running);
      expect(whole.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([code]);
      const elsewhere = planOf([sales, other2], running, { target: { jobs: ['other'] } });
      expect(elsewhere.changes.map((c) => [c.job, c.action])).toEqual([['other', 'rescale']]);
      expect(elsewhere.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(elsewhere.diagnostics.map((d) => d.code)).not.toContain(code);
      for (const name of ['orders', 'sales']) {
        const t = planOf([sales, other2], running, { target: { jobs: [name] } });
        expect(
          t.diagnostics.map((d) => d.code),
          `--target ${name}`,
        ).toContain(code);
        // Either name is a job of the plan (no "--target names no job"): the change it targets is
        // the refused one, the rename's (FO734) or, without a rename (FO733), the old job's deletion.
        expect(unknownJobs(t, [name]), `--target ${name}`).toEqual([]);
        const kept = t.changes.map((c) => [c.job, c.action, c.refused?.code, c.refused?.renamedFrom]);
        if (code === 'FO734')
          expect(kept, `--target ${name}`).toEqual([['sales', 'create', 'FO734', 'orders']]);
        else if (name === 'orders') expect(kept).toEqual([['orders', 'delete', 'FO611', undefined]]);
      }
      // A scheduled run (schedule causes only) is not held up either.
      const scheduled = planOf([sales, other2], running, { target: { causes: ['schedule'] } });
      expect(scheduled.diagnostics.map((d) => d.code)).not.toContain(code);
    });
  }
});

describe('policy.protectedJobs and a rename', () => {
  it('refuses renaming a protected job to a name the policy does not list (FO609)', () => {
    const { orders, sales } = renamedFixture();
    const plan = planOf([sales], [orders], { policy: { protectedJobs: ['orders'] } });
    const c = plan.changes.find((x) => x.job === 'sales')!;
    expect([c.action, c.renamedFrom?.job, c.refused?.code]).toEqual(['upgrade', 'orders', 'FO609']);
    const d = plan.diagnostics.find((x) => x.code === 'FO609');
    expect(d?.severity).toBe('error');
    expect(d?.summary).toBe(
      'Job orders is protected and cannot be renamed to sales, which policy.protectedJobs does not list',
    );
    expect(d?.detail).toContain('replace orders with sales in policy.protectedJobs');
    expect(d?.range?.file).toBe('jobs/sales.yaml');
  });

  it('says FO609 where movedFrom is set: the environment override in flinkops.yaml, as FO281 does', () => {
    const { orders, sales } = renamedFixture();
    const movedFromAt = {
      file: 'flinkops.yaml',
      start: { line: 11, column: 20 },
      end: { line: 11, column: 26 },
    };
    const plan = planOf([{ ...sales, movedFromAt }], [orders], { policy: { protectedJobs: ['orders'] } });
    expect(plan.diagnostics.find((x) => x.code === 'FO609')?.range).toEqual(movedFromAt);
  });

  it('renames it once the new name is listed, and keeps it protected under it', () => {
    const { orders, sales } = renamedFixture();
    const plan = planOf([sales], [orders], { policy: { protectedJobs: ['sales'] } });
    expect(plan.changes.map((c) => [c.job, c.action, c.refused])).toEqual([['sales', 'upgrade', undefined]]);
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Applied: sales runs, and deleting it is refused as deleting orders was.
    const gone = planOf([], [sales], { policy: { protectedJobs: ['sales'] } });
    expect(gone.diagnostics.map((d) => d.code)).toContain('FO620');
  });

  it('protects the renamed job as the old one while movedFrom names it: no stateless upgrade (FO621)', () => {
    const { sales } = renamedFixture();
    const stateless = desiredJob('sales', {
      script: script('orders_out', undefined, { sets: ["SET 'table.exec.state.ttl' = '1 h';"] }),
      settings: { movedFrom: 'orders', upgradeMode: 'stateless' },
    });
    const plan = planOf([stateless], [sales], { policy: { protectedJobs: ['orders'] } });
    expect(
      plan.changes.map((c) => [c.job, c.action, 'strategy' in c ? c.strategy : undefined, c.refused?.code]),
    ).toEqual([['sales', 'upgrade', 'stateless', 'FO621']]);
    expect(plan.diagnostics.find((d) => d.code === 'FO621')?.detail).toContain(
      'orders, whose state it carries (movedFrom), is listed in policy.protectedJobs',
    );
  });

  it('refuses a stateless rename of a protected job: it drops the state the protection is for (FO621)', () => {
    const { orders, sales } = renamedFixture({ upgradeMode: 'stateless' });
    const plan = planOf([sales], [orders], { policy: { protectedJobs: ['orders'] } });
    expect(
      plan.changes.map((c) => [c.job, 'strategy' in c ? c.strategy : undefined, c.refused?.code]),
    ).toEqual([['sales', 'stateless', 'FO609']]);
    expect(plan.diagnostics.map((d) => d.code).filter((c) => c.startsWith('FO6'))).toEqual([
      'FO609',
      'FO621',
    ]);
  });
});
