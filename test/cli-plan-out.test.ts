/** `plan --out` names the apply command that works from where the user is: the --dir it needs included. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let sim: Simulator;
let base: string;

beforeEach(async () => {
  sim = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
  base = mkdtempSync(join(tmpdir(), 'flinkops-plan-out-'));
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), join(base, 'my repo'), { recursive: true });
});
afterEach(async () => {
  await sim.close();
  rmSync(base, { recursive: true, force: true });
});

describe('plan --out', () => {
  it('prints an apply command that, run as printed from the same folder, applies the plan', async () => {
    const urls = ['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl];
    const r = await cli(['plan', '--dir', 'my repo', '--env', 'dev', '--out', 'plan.json', ...urls], {
      cwd: base,
    });
    expect(r.code).toBe(0);
    const line = /Apply it with: (.*)\n/.exec(r.stdout)?.[1];
    expect(line).toBe(
      `flinkops apply plan.json --dir 'my repo' --jobmanager-url ${sim.jobmanagerUrl} --sql-gateway-url ${sim.gatewayUrl}`,
    );
    const argv = line!
      .replace(/^flinkops /, '')
      .match(/'[^']*'|\S+/g)!
      .map((w) => w.replace(/^'(.*)'$/, '$1'));
    const applied = await cli([...argv, '--health-grace', '0s'], { cwd: base });
    expect(applied.stderr).not.toMatch(/FO100/);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply complete');
  });

  it('a saved plan applied with --env (or FLINKOPS_ENV) naming another environment is refused, nothing applied', async () => {
    const urls = ['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl];
    const dir = join(base, 'my repo');
    expect(
      (await cli(['plan', '--dir', dir, '--env', 'dev', '--out', join(base, 'p.json'), ...urls])).code,
    ).toBe(0);
    const flag = await cli(['apply', join(base, 'p.json'), '--dir', dir, '--env', 'prod', ...urls]);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('error FO713: the plan is for environment dev, and --env names prod');
    const ambient = await cli(['apply', join(base, 'p.json'), '--dir', dir, ...urls], {
      env: { FLINKOPS_ENV: 'prod' },
    });
    expect(ambient.code).toBe(1);
    expect(ambient.stderr).toContain('FLINKOPS_ENV names prod');
    expect(sim.control.snapshot().jobs).toEqual([]);
  });

  it('applied from another checkout, without the state store: stale, and says whose store is empty', async () => {
    const urls = ['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl];
    const dir = join(base, 'my repo');
    const grace = ['--health-grace', '0s', '--checkpoint-wait', '0'];
    expect(
      (await cli(['apply', '--dir', dir, '--env', 'dev', '--auto-approve', ...grace, ...urls])).code,
    ).toBe(0);
    const yaml = join(dir, 'jobs/totals.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/parallelism: \d+/, 'parallelism: 3'));
    const planFile = join(base, 'p.json');
    expect((await cli(['plan', '--dir', dir, '--env', 'dev', '--out', planFile, ...urls])).code).toBe(0);
    const other = join(base, 'checkout 2');
    cpSync(dir, other, { recursive: true, filter: (src) => !src.includes('.flinkops') });
    const r = await cli(['apply', planFile, '--dir', other, '--json', ...grace, ...urls]);
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout).diagnostics;
    expect(d.code).toBe('FO701');
    expect(d.detail).toMatch(/this run's store, \S+, is empty: .*--state-file/);
    const store = join(dir, '.flinkops/state/dev.json');
    const ok = await cli(['apply', planFile, '--dir', other, '--state-file', store, ...grace, ...urls]);
    expect(ok.code).toBe(0);
  });

  it('from the project folder itself: no --dir; an offline plan is not offered to apply', async () => {
    const cwd = join(base, 'my repo');
    const env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
    const r = await cli(['plan', '--env', 'dev', '--out', 'p.json'], { cwd, env });
    expect(r.stdout).toContain('Apply it with: flinkops apply p.json\n');
    const offline = await cli(['plan', '--env', 'dev', '--out', 'p.json', '--offline'], { cwd });
    expect(offline.stdout).toContain('It was made offline');
    expect(offline.stdout).not.toContain('Apply it with');
  });
});

describe('--out that cannot be written', () => {
  it('plan --out to a folder, into a missing folder or under a file says which and why, not an internal error', async () => {
    const cwd = join(base, 'my repo');
    mkdirSync(join(base, 'plans'));
    writeFileSync(join(base, 'a-file'), '');
    const plan = (out: string) => cli(['plan', '--env', 'dev', '--offline', '--out', out], { cwd });
    const cases: [string, string][] = [
      [
        '../plans',
        'cannot write --out ../plans: ../plans is a folder: give the path of a file, e.g. ../plans/plan.json',
      ],
      [
        '../missing/p.json',
        'cannot write --out ../missing/p.json: the folder ../missing does not exist: create it first',
      ],
      [
        '../a-file/p.json',
        'cannot write --out ../a-file/p.json: a part of ../a-file is a file, not a folder',
      ],
    ];
    for (const [out, message] of cases) {
      const r = await plan(out);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`flinkops plan: ${message}\nRun 'flinkops plan --help' for usage.\n`);
    }
  });

  it('compile --out naming a file says it is not a folder', async () => {
    writeFileSync(join(base, 'out.txt'), 'keep me');
    const r = await cli(['compile', '--dir', 'my repo', '--out', 'out.txt'], { cwd: base });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'flinkops compile: cannot write to --out out.txt: out.txt (or a folder above it) is a file, not a folder',
    );
    expect(r.stderr).not.toContain('internal error');
  });
});
