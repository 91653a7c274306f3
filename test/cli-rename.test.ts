/**
 * A job renamed with movedFrom, through the CLI on the simulator: one apply renames it, and the
 * commands a user runs with the old name (history, savepoints list) say where its record went.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim';
import { cli, copyRepo, QUICK } from './ops-cli';

let sim: Simulator;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
  });
  dir = copyRepo(
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n',
  );
  env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => ['--dir', dir, '--env', 'local'];

describe('a rename through the CLI', () => {
  it('is applied without --allow-delete, and the old name points at the new one', async () => {
    expect((await cli(['apply', ...base(), ...QUICK], dir, env)).code).toBe(0);
    renameSync(join(dir, 'jobs/copy.sql'), join(dir, 'jobs/copy_rows.sql'));
    renameSync(join(dir, 'jobs/copy.yaml'), join(dir, 'jobs/copy_rows.yaml'));
    writeFileSync(join(dir, 'jobs/copy_rows.yaml'), 'parallelism: 1\nmovedFrom: copy\n');
    const r = await cli(['apply', ...base(), ...QUICK], dir, env);
    expect(r.code, r.stderr).toBe(0);
    const alive = sim.control
      .snapshot()
      .jobs.filter((j) => j.state === 'RUNNING')
      .map((j) => j.name);
    expect(alive).toEqual(['shop.local.copy_rows']);

    const h = await cli(['history', 'copy', ...base()], dir, env);
    expect(h.code).toBe(1);
    expect(h.stderr).toContain(
      'It was renamed to copy_rows (movedFrom): flinkops history copy_rows shows its history, the rename included.',
    );
    const s = await cli(['savepoints', 'list', 'copy', ...base()], dir, env);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(
      'It was renamed to copy_rows (movedFrom): its savepoints and history are under copy_rows now.',
    );
    const ok = await cli(['history', 'copy_rows', ...base()], dir, env);
    expect(ok.stdout).toMatch(/renamed\s+.*renamed from copy \(shop\.local\.copy\)/);

    // Applied, the movedFrom left in jobs/copy_rows.yaml says nothing, as an applied moved block.
    const again = await cli(['plan', ...base(), '--detailed-exitcode'], dir, env);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout + again.stderr).not.toContain('FO735');
    const status = await cli(['status', ...base()], dir, env);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout + status.stderr).not.toContain('FO735');
  });
});

/** A repository of project `project` with jobs copy and other, applied on the simulator. */
async function applied(project: string, policy = ''): Promise<string> {
  const repo = copyRepo(
    `project: ${project}\nflinkVersion: "1.20"\n${policy}environments:\n  local:\n    jobmanagerUrl: http://unused\n    sqlGatewayUrl: http://unused\n`,
  );
  writeFileSync(join(repo, 'jobs/other.sql'), 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n');
  writeFileSync(join(repo, 'jobs/other.yaml'), 'parallelism: 1\n');
  expect((await cli(['apply', '--dir', repo, '--env', 'local', ...QUICK], repo, env)).code).toBe(0);
  renameSync(join(repo, 'jobs/copy.sql'), join(repo, 'jobs/copy_rows.sql'));
  rmSync(join(repo, 'jobs/copy.yaml'));
  return repo;
}

describe('a rename that cannot be planned, through the CLI', () => {
  it('holds up a plan of the renamed job (FO734), not one targeted at another job', async () => {
    const repo = await applied('shop2');
    try {
      writeFileSync(
        join(repo, 'jobs/copy_rows.yaml'),
        'parallelism: 1\nmovedFrom: copy\nrestoreFrom: file:///tmp/sp-x\n',
      );
      writeFileSync(join(repo, 'jobs/other.yaml'), 'parallelism: 2\n');
      const at = ['--dir', repo, '--env', 'local'];
      const whole = await cli(['plan', ...at], repo, env);
      expect(whole.code).toBe(1);
      expect(whole.stdout + whole.stderr).toContain('FO734');
      const other = await cli(['plan', ...at, '--target', 'other', '--detailed-exitcode'], repo, env);
      expect(other.code, other.stdout + other.stderr).toBe(2);
      expect(other.stdout + other.stderr).not.toContain('FO734');
      const r = await cli(['apply', ...at, '--target', 'other', ...QUICK], repo, env);
      expect(r.code, r.stderr).toBe(0);
      const old = await cli(['plan', ...at, '--target', 'copy_rows'], repo, env);
      expect(old.code).toBe(1);
      expect(old.stdout + old.stderr).toContain('FO734');
      // The old name is the job whose rename is refused, not a name of no job: the same plan, FO734
      // and its fix, failing as any plan with an error does (--detailed-exitcode too).
      const byOld = await cli(['plan', ...at, '--target', 'copy', '--detailed-exitcode'], repo, env);
      expect(byOld.code, byOld.stdout + byOld.stderr).toBe(1);
      expect(byOld.stderr).not.toContain('names no job');
      expect(byOld.stdout).toContain('+ copy_rows (movedFrom: copy) will be created [refused]');
      expect(byOld.stdout).toContain(
        'jobs/copy_rows.yaml:2:12: error FO734: Job copy_rows sets both movedFrom: copy and restoreFrom, while copy still exists',
      );
      expect(byOld.stdout).toContain('Remove restoreFrom to carry copy');
      const applyOld = await cli(['apply', ...at, '--target', 'copy', ...QUICK], repo, env);
      expect(applyOld.code).toBe(1);
      expect(applyOld.stdout + applyOld.stderr).toContain('FO734');
      expect(applyOld.stdout + applyOld.stderr).not.toContain('names no job');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('refuses renaming a protected job until the new name is protected (FO281 offline, FO609)', async () => {
    const repo = await applied('shop3', 'policy:\n  protectedJobs: [copy]\n');
    try {
      writeFileSync(join(repo, 'jobs/copy_rows.yaml'), 'parallelism: 1\nmovedFrom: copy\n');
      const at = ['--dir', repo, '--env', 'local'];
      const v = await cli(['validate', '--dir', repo], repo, env);
      expect(v.code).toBe(0);
      expect(v.stdout + v.stderr).toContain('FO281');
      const refused = await cli(['apply', ...at, ...QUICK], repo, env);
      expect(refused.code).toBe(1);
      expect(refused.stdout + refused.stderr).toContain(
        'jobs/copy_rows.yaml:2:12: error FO609: Job copy is protected and cannot be renamed to copy_rows, which policy.protectedJobs does not list',
      );
      const alive = () =>
        sim.control
          .snapshot()
          .jobs.filter((j) => j.state === 'RUNNING' && j.name.startsWith('shop3.'))
          .map((j) => j.name)
          .sort();
      expect(alive()).toEqual(['shop3.local.copy', 'shop3.local.other']);

      // The protection moves with the rename in the same change: applied, copy_rows is protected.
      const yaml = join(repo, 'flinkops.yaml');
      writeFileSync(
        yaml,
        readFileSync(yaml, 'utf8').replace('protectedJobs: [copy]', 'protectedJobs: [copy_rows]'),
      );
      const r = await cli(['apply', ...at, ...QUICK], repo, env);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(alive()).toEqual(['shop3.local.copy_rows', 'shop3.local.other']);
      rmSync(join(repo, 'jobs/copy_rows.sql'));
      rmSync(join(repo, 'jobs/copy_rows.yaml'));
      const del = await cli(['plan', ...at, '--allow-delete'], repo, env);
      expect(del.code).toBe(1);
      expect(del.stdout + del.stderr).toContain('FO620');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
