/**
 * What a new user trips over: messages that name the real problem, JSON that stays JSON,
 * headers that say what happened, plans that do not hide a job.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplyReport } from '../src/apply';
import { renderPlanTerminal, renderApplyReport as renderReport } from '../src/render';
import { type Simulator, startSimulator } from '../src/sim';
import { change, makePlan } from './render-fixtures';
import { cli } from './support/cli';

/** One job copying a datagen source to a blackhole sink, one environment. */
function miniRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-usability-'));
  mkdirSync(join(dir, 'jobs'));
  mkdirSync(join(dir, 'tables'));
  writeFileSync(
    join(dir, 'flinkops.yaml'),
    'project: mini\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:1\n    sqlGatewayUrl: http://127.0.0.1:2\n',
  );
  writeFileSync(
    join(dir, 'tables/src.yaml'),
    'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\nwith:\n  rows-per-second: "1"\n',
  );
  writeFileSync(
    join(dir, 'tables/dst.yaml'),
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n',
  );
  writeFileSync(join(dir, 'jobs/copy.sql'), 'INSERT INTO dst SELECT id FROM src;\n');
  return dir;
}

describe('flinkops CLI: messages a new user can act on', () => {
  let dir: string;
  beforeAll(() => {
    dir = miniRepo();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validate counts in the singular when there is one', async () => {
    const r = await cli(['validate', '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✓ 1 job, 2 tables, 0 UDF artifacts valid\n');
  });

  it('an argument a command does not take is refused, not ignored', async () => {
    // `compile copy` would compile every job, `validate other-repo` the current folder.
    for (const argv of [
      ['compile', '--dir', dir, 'copy'],
      ['validate', 'other-repo'],
      ['plan', '--dir', dir, '--offline', 'dev'],
      ['graph', '--dir', dir, 'x'],
    ]) {
      const r = await cli(argv, { cwd: dir });
      const extra = argv.at(-1);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `flinkops ${argv[0]}: unexpected argument '${extra}': this command takes options only (the project folder is --dir DIR, the environment --env NAME)\nRun 'flinkops ${argv[0]} --help' for usage.\n`,
      );
    }
    writeFileSync(join(dir, 'a.sql'), 'SELECT 1;\n');
    const two = await cli(['inspect', 'a.sql', 'b.sql'], { cwd: dir });
    expect(two.code).toBe(1);
    expect(two.stderr).toContain(
      "flinkops inspect: unexpected argument 'b.sql': this command takes at most one argument besides its options",
    );
  });

  it('says a usage error as one JSON document on stdout when asked for --json (FO001)', async () => {
    // `flinkops plan --json | jq` in CI: an empty stdout is a jq error that hides the real one.
    for (const argv of [
      ['plan', '--dir', dir, '--json', '--trget', 'copy'],
      ['apply', '--dir', dir, '-json', '--parallelism', 'many'],
      ['status', '--dir', dir, '--json', 'extra'],
      // --json given a value (as Go's flag package takes -json=true) still asks for JSON.
      ['plan', '--dir', dir, '--json=true', '--bogus'],
    ]) {
      const r = await cli(argv, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Run 'flinkops ${argv[0]} --help' for usage.`);
      const doc = JSON.parse(r.stdout) as {
        diagnostics: { code: string; severity: string; summary: string }[];
      };
      expect(doc.diagnostics).toEqual([
        expect.objectContaining({
          code: 'FO001',
          severity: 'error',
          summary: r.stderr.split('\n')[0]!.replace(/^flinkops \S+: /, ''),
        }),
      ]);
    }
    // Without --json, stdout stays empty.
    expect((await cli(['plan', '--dir', dir, '--trget', 'copy'], { cwd: dir })).stdout).toBe('');
    expect((await cli(['plan', '--dir', dir, '--json=false', '--bogus'], { cwd: dir })).stdout).toBe('');
    // An unknown command too.
    const unknown = await cli(['bogus', '--json'], { cwd: dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("flinkops: unknown command 'bogus'");
    expect(JSON.parse(unknown.stdout)).toEqual({
      diagnostics: [
        expect.objectContaining({ code: 'FO001', severity: 'error', summary: "unknown command 'bogus'" }),
      ],
    });
  });

  it("takes Terraform's one-dash long options (-out=FILE, -detailed-exitcode), not as short ones", async () => {
    // Read as short options, `-out=X` was `-o ut=X` (a file named `ut=X`) and `-dir D` was `-d ir`.
    const out = join(dir, 'compiled');
    const compiled = await cli(['compile', '-dir', dir, `-out=${out}`], { cwd: dir });
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    expect(existsSync(join(out, 'dev', 'copy.sql'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('ut='))).toEqual([]);
    const planned = await cli(['plan', '-dir', dir, '-offline', '-detailed-exitcode', '-out', 'p.json'], {
      cwd: dir,
    });
    expect(planned.stderr).not.toContain('FO100');
    expect(planned.code).toBe(2);
    expect(existsSync(join(dir, 'p.json'))).toBe(true);
    const typo = await cli(['plan', '-dir', dir, '-trget=copy'], { cwd: dir });
    expect(typo.stderr).toContain('unknown option --trget; did you mean --target?');
    // Short options keep working, also with their value attached.
    const short = await cli(['compile', '-d', dir, `-o${out}2`], { cwd: dir });
    expect(short.code).toBe(0);
    expect(existsSync(join(`${out}2`, 'dev', 'copy.sql'))).toBe(true);
    for (const v of [['-version'], ['version'], ['--version']])
      expect((await cli(v)).stdout).toMatch(/^flinkops \d+\.\d+\.\d+\n$/);
  });

  it("apply refuses plan's output options instead of taking and ignoring them", async () => {
    // `apply --offline` used to plan against the cluster and change it; `apply --out F` wrote nothing.
    for (const flag of ['--offline', '--out=applied.json', '--detailed-exitcode', '--write-plans']) {
      const r = await cli(['apply', '--dir', dir, '--auto-approve', flag], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`unknown option ${flag.replace(/=.*$/, '')}`);
      expect(r.stderr).not.toContain('FO650');
    }
    expect(existsSync(join(dir, 'applied.json'))).toBe(false);
    const help = await cli(['apply', '--help']);
    expect(help.stdout).toContain('--commit SHA');
    expect(help.stdout).not.toContain('--offline');
  });

  it('preview and test refuse --state-file and --concurrency, which they have no use for', async () => {
    for (const command of [['preview', 'copy'], ['test']])
      for (const flag of ['--state-file=s.json', '--concurrency=4']) {
        const r = await cli([...command, '--dir', dir, flag], { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(`unknown option ${flag.replace(/=.*$/, '')}`);
      }
  });

  it('--help names the variable that also turns TLS verification off', async () => {
    for (const command of ['plan', 'apply', 'status', 'preview', 'test']) {
      const help = (await cli([command, '--help'])).stdout;
      expect(help).toContain('--insecure-skip-verify');
      expect(help).toContain('FLINKOPS_INSECURE_SKIP_VERIFY=true');
    }
  });

  it('status refuses --alert without --check, and --json with --format openmetrics or table', async () => {
    // --alert alone printed the table and sent nothing; with both outputs asked, one was dropped.
    for (const flags of [
      ['--alert'],
      ['--json', '--format', 'openmetrics'],
      ['--json', '--format', 'table'],
    ]) {
      const r = await cli(['status', '--dir', dir, ...flags], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('FO650');
    }
    expect((await cli(['status', '--dir', dir, '--alert'], { cwd: dir })).stderr).toContain(
      '--alert sends what --check finds',
    );
    expect((await cli(['status', '--dir', dir, '--json', '--format=table'], { cwd: dir })).stderr).toContain(
      '--json and --format table are two outputs: give one',
    );
    // Every value --format takes is in the help.
    expect((await cli(['status', '--help'])).stdout).toContain(
      'table (the default), json (as --json) or openmetrics',
    );
  });

  it('sim with a port above 65535 says the range, not an internal error', async () => {
    for (const flag of ['--port', '--gateway-port']) {
      const r = await cli(['sim', flag, '99999']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `flinkops sim: ${flag} must be a whole number from 0 to 65535, got '99999'\nRun 'flinkops sim --help' for usage.\n`,
      );
    }
  });

  it('sim with no task slot, or no TaskManager, says what it takes', async () => {
    for (const flag of ['--slots', '--task-managers']) {
      const r = await cli(['sim', flag, '0']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `flinkops sim: ${flag} must be a whole number ≥ 1, got '0'\nRun 'flinkops sim --help' for usage.\n`,
      );
    }
  });

  it('inspect of a file that does not exist says so (not "a symbolic link")', async () => {
    const r = await cli(['inspect', 'nope.sql'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no such file: nope.sql');
    expect(r.stderr).not.toContain('symbolic link');
  });

  it('inspect of a file given by its absolute path names it as given, also for a problem of reading it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'flinkops-inspect-'));
    try {
      const file = join(other, 'latin.sql');
      writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x0a]));
      const r = await cli(['inspect', file], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${relative(dir, file)}:1:4: error FO102`);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('apply of a missing plan file says why and how to make one', async () => {
    const r = await cli(['apply', 'missing.json', '--dir', dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read the plan file missing.json: no such file');
    expect(r.stderr).toContain('flinkops plan --out');
  });

  it('apply of a plan file that is not JSON points at plan --out', async () => {
    writeFileSync(join(dir, 'bad.json'), '{bad');
    const r = await cli(['apply', 'bad.json', '--dir', dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FO690');
    expect(r.stderr).toContain('flinkops plan --out plan.json');
    expect(r.stderr).not.toContain('plan --json > plan.json');
  });

  it('apply of a hand-edited plan whose change lost its target is refused at that change, not as an internal error', async () => {
    const plan = makePlan([change('copy', 'create', { to: { specHash: 'h1', parallelism: 1 } })]);
    const doc = JSON.parse(JSON.stringify({ ...plan, project: 'mini', env: 'dev' }));
    delete doc.changes[0].to;
    const text = JSON.stringify(doc, null, 2);
    writeFileSync(join(dir, 'edited.json'), text);
    const r = await cli(['apply', 'edited.json', '--dir', dir], { cwd: dir });
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('"job": "copy"'));
    expect(r.stderr).toContain(`edited.json:${line}:`);
    expect(r.stderr).toContain('FO690');
    expect(r.stderr).toContain('changes[0].to is missing');
    expect(r.stderr).not.toMatch(/internal error|bug/i);
  });

  it('savepoints: a mistyped subcommand gets a hint; options may come before the subcommand', async () => {
    const typo = await cli(['savepoints', '--dir', dir, 'lst']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("unknown subcommand 'lst'; did you mean 'list'?");
    // `--env dev` before `list`: the subcommand is found, so list asks for its JOB.
    const before = await cli(['savepoints', '--env', 'dev', '--dir', dir, 'list']);
    expect(before.stderr).not.toContain('unknown subcommand');
  });

  it('graph and plan help say when --env is required', async () => {
    for (const command of ['graph', 'plan']) {
      const r = await cli([command, '--help']);
      expect(r.stdout).toMatch(
        /--env NAME +the environment \(required when flinkops\.yaml defines several\)/,
      );
    }
  });
});

describe('flinkops apply against the simulator', () => {
  let sim: Simulator;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    sim = await startSimulator({ flinkVersion: '1.20' });
    dir = miniRepo();
    env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--explain --json prints the steps as JSON, nothing else on stdout', async () => {
    const r = await cli(['apply', '--dir', dir, '--explain', '--json'], { env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ project: 'mini', env: 'dev' });
    expect(out.jobs).toHaveLength(1);
    expect(out.jobs[0]).toMatchObject({ job: 'copy', action: 'create', rollback: expect.any(Boolean) });
    expect(out.jobs[0].steps[0]).toEqual({
      kind: 'submit',
      description: expect.stringMatching(/^submit the script/),
    });
  });

  it('--explain prints the steps once, without a trailing blank line', async () => {
    const r = await cli(['apply', '--dir', dir, '--explain'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^copy: create\n {2}1\. submit the script/);
    expect(r.stdout.endsWith('\n\n')).toBe(false);
  });

  it('a bad --parallelism is refused before planning, not after the plan (nor ignored when nothing changes)', async () => {
    for (const bad of ['abc', '0']) {
      const r = await cli(['apply', '--dir', dir, '--auto-approve', '--parallelism', bad], { env });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`flinkops apply: --parallelism must be a whole number ≥ 1, got '${bad}'`);
    }
    expect(sim.control.snapshot().jobs).toEqual([]);
  });

  it('a stale saved plan: "stopped before changing anything", never "Apply complete"; --json says diagnostics', async () => {
    const saved = join(dir, 'plan.json');
    expect((await cli(['plan', '--dir', dir, '--out', saved], { env })).code).toBe(0);
    sim.control.seedJob({ name: 'mini.dev.copy', parallelism: 1 });
    const r = await cli(['apply', saved, '--dir', dir], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Apply stopped before changing anything');
    expect(r.stdout).not.toContain('Apply complete');
    expect(r.stderr).toContain('FO701');
    const j = await cli(['apply', saved, '--dir', dir, '--json'], { env });
    expect(j.code).toBe(1);
    const out = JSON.parse(j.stdout);
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toContain('FO701');
    expect(out.diags).toBeUndefined();
  });
});

describe('apply of a plan whose only change is refused', () => {
  it('says nothing was applied, and why to look above', async () => {
    const sim = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
    const dir = miniRepo();
    try {
      const env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
      expect(
        (await cli(['apply', '--dir', dir, '--auto-approve', '--health-grace', '0s'], { env })).code,
      ).toBe(0);
      // The job leaves the repository: its deletion needs --allow-delete (FO611).
      rmSync(join(dir, 'jobs/copy.sql'));
      writeFileSync(join(dir, 'jobs/other.sql'), 'INSERT INTO dst SELECT id FROM src;\n');
      const r = await cli(
        ['apply', '--dir', dir, '--auto-approve', '--health-grace', '0s', '--target', 'copy'],
        { env },
      );
      expect(r.stderr + r.stdout).toContain('FO611');
      expect(r.stdout).toContain("Nothing applied: the plan's one change is refused (see above).");
    } finally {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('apply of a saved plan without changes', () => {
  it('does not say the cluster matches the repository once the repository changed', async () => {
    const sim = await startSimulator({ flinkVersion: '1.20', clock: 'real', timing: { startMs: 10 } });
    const dir = miniRepo();
    try {
      const env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
      expect(
        (await cli(['apply', '--dir', dir, '--auto-approve', '--health-grace', '0s'], { env })).code,
      ).toBe(0);
      const saved = join(dir, 'plan.json');
      expect((await cli(['plan', '--dir', dir, '--out', saved], { env })).code).toBe(0);
      const unchanged = await cli(['apply', saved, '--dir', dir], { env });
      expect(unchanged.stdout).toContain('No changes. The cluster matches the repository.');
      expect(unchanged.stdout).not.toContain('Nothing applied');
      writeFileSync(join(dir, 'jobs/copy.yaml'), 'parallelism: 2\n');
      const r = await cli(['apply', saved, '--dir', dir], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        `Nothing applied: ${saved} has no changes, but the repository or the cluster changed since it was saved.`,
      );
    } finally {
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('apply report and plan rendering', () => {
  it('a failed or rolled-back change is not "Apply complete"; columns stay aligned', () => {
    const report: ApplyReport = {
      changes: [
        { job: 'a', action: 'upgrade', outcome: 'rolled-back', newJobId: 'j1' },
        { job: 'b', action: 'rescale', outcome: 'applied', newJobId: 'j2' },
      ],
      diags: [],
    };
    const text = renderReport(report);
    expect(text).toContain('Apply finished with failures:');
    expect(text).not.toContain('Apply complete');
    const rows = text.split('\n').filter((l) => l.includes('job j'));
    expect(rows[0]!.indexOf('job j1')).toBe(rows[1]!.indexOf('job j2'));
    const ok = renderReport({
      changes: [{ job: 'b', action: 'rescale', outcome: 'applied' }],
      diags: [],
    });
    expect(ok).toContain('Apply complete:');
  });

  it("a last-state upgrade's checkpoint is called a checkpoint, a savepoint a savepoint", () => {
    const text = renderReport({
      changes: [
        {
          job: 'a',
          action: 'upgrade',
          outcome: 'applied',
          newJobId: 'j1',
          savepoint: 'file:/ckpt/8f3c2a1b/chk-42',
        },
        {
          job: 'b',
          action: 'upgrade',
          outcome: 'applied',
          newJobId: 'j2',
          savepoint: 'file:/sp/savepoint-8f3c2a-0d9e1f2a3b4c',
        },
      ],
      diags: [],
    });
    expect(text).toContain('checkpoint file:/ckpt/8f3c2a1b/chk-42');
    expect(text).not.toContain('savepoint file:/ckpt');
    expect(text).toContain('savepoint file:/sp/savepoint-8f3c2a-0d9e1f2a3b4c');
  });

  it('a job left alone for a reason (outside its schedule) is listed, not silently dropped', () => {
    const plan = makePlan([
      change('nightly', 'none', {
        reason: 'outside its schedule: window 1 closed; resumes at 2026-01-06T07:00:00Z: not deployed',
        causes: [{ kind: 'schedule', path: 'schedule.windows[0]', from: 'open', to: 'closed' }],
      }),
      change('steady', 'none', { reason: 'unchanged', causes: [] }),
    ]);
    const text = renderPlanTerminal(plan, { color: false });
    expect(text).toContain('No action:\n  nightly: outside its schedule');
    expect(text).not.toContain('steady');
  });

  it('a refusal shown in its job block is not repeated as an unlocated diagnostic', () => {
    const refused = {
      code: 'FO611',
      summary: 'Deletion of job old refused',
      detail: 'Run with --allow-delete.',
    };
    const plan = makePlan([change('old', 'delete', { refused })], {
      diagnostics: [{ code: 'FO611', severity: 'warning', summary: refused.summary, detail: refused.detail }],
    });
    const text = renderPlanTerminal(plan, { color: false });
    expect(text.split('Deletion of job old refused').length - 1).toBe(1);
    expect(text).not.toContain('Diagnostics (');
  });
});

describe('--now', () => {
  it('needs a zone: a bare local time would depend on the machine running it', async () => {
    const r = await cli([
      'plan',
      '--dir',
      join(import.meta.dirname, '..', 'example-repo'),
      '--env',
      'staging',
      '--offline',
      '--now',
      '2026-01-05T19:00:00',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--now must be an ISO-8601 instant with a zone');
  });
});
