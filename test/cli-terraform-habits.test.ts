/**
 * What a Terraform or dbt user types on the first day: `help plan`, `--` before an argument that
 * looks like an option, the commands and options of those tools.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approves } from '../src/cli/io';
import { renderPlanTerminal } from '../src/render';
import { startSimulator } from '../src/sim';
import { change, makePlan } from './render-fixtures';
import { cli } from './support/cli';

/** One job copying a datagen source to a blackhole sink, in environments staging and prod. */
function twoEnvRepo(repo: string): string {
  mkdirSync(join(repo, 'jobs'), { recursive: true });
  mkdirSync(join(repo, 'tables'));
  const env = (name: string) =>
    `  ${name}:\n    jobmanagerUrl: http://127.0.0.1:1\n    sqlGatewayUrl: http://127.0.0.1:2\n`;
  writeFileSync(
    join(repo, 'flinkops.yaml'),
    `project: mini\nflinkVersion: "1.20"\nenvironments:\n${env('staging')}${env('prod')}`,
  );
  writeFileSync(
    join(repo, 'tables/src.yaml'),
    'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n',
  );
  writeFileSync(
    join(repo, 'tables/dst.yaml'),
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n',
  );
  writeFileSync(join(repo, 'jobs/copy.sql'), 'INSERT INTO dst SELECT id FROM src;\n');
  return repo;
}

describe('flinkops CLI: Terraform and dbt habits', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'flinkops-habits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("'flinkops help plan' prints plan's help, as 'terraform help plan' does", async () => {
    const help = await cli(['help', 'plan']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await cli(['plan', '--help'])).stdout);
    expect(help.stdout).toMatch(/^Usage: flinkops plan /);
    const typo = await cli(['help', 'plna']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("unknown command 'plna'; did you mean 'plan'?");
  });

  it('version --json prints one JSON document, as terraform version -json does', async () => {
    for (const argv of [
      ['version', '--json'],
      ['--version', '-json'],
    ]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    }
    expect((await cli(['version'])).stdout).toMatch(/^flinkops \d+\.\d+\.\d+\n$/);
  });

  it("plan --out - is refused and points at --json, instead of writing a file named '-'", async () => {
    const r = await cli(['plan', '--dir', dir, '--offline', '--out', '-'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '--out takes a file name; to print the plan as JSON on standard output, use --json',
    );
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('an argument after -- is an argument, even one that looks like -h or --json', async () => {
    writeFileSync(join(dir, '-h'), 'INSERT INTO b SELECT * FROM a;\n');
    const file = await cli(['inspect', '--', '-h'], { cwd: dir });
    expect(file.stderr).toBe('');
    expect(file.code).toBe(0);
    expect(file.stdout).toContain('reads a');
    // A stray argument after -- is refused in words on stderr, not answered as JSON on stdout.
    const stray = await cli(['validate', '--dir', dir, '--', '--json'], { cwd: dir });
    expect(stray.code).toBe(1);
    expect(stray.stdout).toBe('');
    expect(stray.stderr).toContain("unexpected argument '--json'");
  });

  it('a Terraform or dbt command flinkops does not have points at what does its work', async () => {
    const cases: [string, string][] = [
      ['force-unlock', "'flinkops apply --force-unlock ID'"],
      ['state', "'flinkops status'"],
      ['import', 'adopted'],
      ['refresh', "'flinkops plan'"],
      ['destroy', '--allow-delete'],
      ['docs', "'flinkops graph'"],
      // The nearest spelling of list is test: a pointer, not that.
      ['list', "'flinkops status' lists the managed jobs"],
    ];
    for (const [command, pointer] of cases) {
      const r = await cli([command, 'x']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toContain(`flinkops: unknown command '${command}': `);
      expect(r.stderr.split('\n')[0]).toContain(pointer);
    }
  });

  it('a one-dash word that is no short options is named whole in the error (-var, not -a)', async () => {
    // plan has -v (verbose): `-var` was read as -v -a -r and refused as "unknown option -a".
    const r = await cli(['plan', '--dir', dir, '-var', 'x=1']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^flinkops plan: unknown option --var\b/);
    // Short options still combine, and take their value attached.
    const shorts = await cli(['plan', '-vd', dir, '-out=p.json']);
    expect(shorts.stderr).not.toContain('unknown option');
  });

  it("dbt's --select is pointed at --target", async () => {
    const r = await cli(['plan', '--dir', dir, '--select', 'orders']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown option --select; did you mean --target?');
  });

  it('a mistyped --env gets its did-you-mean from graph, test, preview and diff-env too', async () => {
    const repo = twoEnvRepo(join(dir, 'repo'));
    for (const argv of [['graph'], ['test'], ['preview', 'copy']]) {
      const r = await cli([...argv, '--dir', repo, '--env', 'stagin']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('flinkops.yaml:3:1: error FO240: Unknown environment "stagin"');
      expect(r.stderr).toContain('Did you mean "staging"?');
    }
    const diff = await cli(['diff-env', 'staging', 'prd', '--dir', repo]);
    expect(diff.code).toBe(1);
    expect(diff.stderr).toContain("unknown environment 'prd'; did you mean 'prod'?");
  });

  it('a mistyped job gets its did-you-mean from savepoint, savepoints list, test and preview', async () => {
    const repo = twoEnvRepo(join(dir, 'jobs-repo'));
    const sim = await startSimulator({ flinkVersion: '1.20' });
    try {
      const env = { FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl, FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl };
      for (const argv of [
        ['savepoint', 'copi'],
        ['savepoints', 'list', 'copi'],
        ['test', 'copi'],
        ['preview', 'copi'],
      ]) {
        const r = await cli([...argv, '--dir', repo, '--env', 'staging'], { env });
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/did you mean '?copy'?\?/i);
      }
    } finally {
      await sim.close();
    }
  });
});

describe('a type with a comma in a { ... } column', () => {
  it('says the comma cut the value and how to quote it', async () => {
    const repo = twoEnvRepo(mkdtempSync(join(tmpdir(), 'flinkops-habits-comma-')));
    try {
      writeFileSync(
        join(repo, 'tables/dst.yaml'),
        'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: fare, type: DECIMAL(10, 2) }\n',
      );
      const r = await cli(['validate', '--dir', repo]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('tables/dst.yaml:5:37: error FO200: Unknown key "2)"');
      expect(r.stderr).toContain(
        'In { ... } a comma ends the value: type: DECIMAL(10 was cut at its comma, and "2)" read as a key. Quote the value: type: "DECIMAL(10, 2)".',
      );
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('apply confirmation', () => {
  it('only "yes" approves, as the question says: a reflex "y" changes nothing', () => {
    expect(approves('yes')).toBe(true);
    expect(approves(' YES \n')).toBe(true);
    for (const answer of ['y', 'Y', 'yep', 'no', '', 'yes please']) expect(approves(answer)).toBe(false);
  });
});

describe('a targeted plan without changes', () => {
  it('does not say the cluster matches the repository while it leaves changes out', () => {
    const plan = makePlan([change('city_ride_stats', 'none')], {
      target: { jobs: ['city_ride_stats'], omitted: [{ job: 'enrich_rides', action: 'rescale' }] },
    });
    const text = renderPlanTerminal(plan, { color: false });
    expect(text).toContain('Left out: enrich_rides (rescale).');
    expect(text).toContain('No changes to the targeted jobs.');
    expect(text).not.toContain('The cluster matches the repository');
    const all = makePlan([change('city_ride_stats', 'none')], {
      target: { jobs: ['city_ride_stats'], omitted: [] },
    });
    expect(renderPlanTerminal(all, { color: false })).toContain(
      'No changes. The cluster matches the repository.',
    );
  });
});
