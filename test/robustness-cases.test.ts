/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
/**
 * Broken repositories that need the file system (symbolic links, permissions, folders where
 * files belong) or a whole CLI run, each with the exact diagnostic a user sees. The seeded
 * mutation test (robustness-repos.test.ts) found most of them.
 */
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { type Diagnostic, formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';
import { cli } from './support/cli';

const REPOS = join(import.meta.dirname, 'fixtures/repos');
const root = mkdtempSync(join(tmpdir(), 'flinkops-cases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A fresh copy of a fixture repository. */
function repo(name = 'valid'): string {
  const dir = join(root, `${name}-${n++}`);
  cpSync(join(REPOS, name), dir, { recursive: true });
  return dir;
}

function located(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.severity} ${d.code} ${formatLocation(d.range)}`.trim());
}

const validate = (dir: string) => loadAndValidate(dir, { envVars: {} }).diags;

function expectClean(run: { stdout: string; stderr: string }): void {
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/internal error|^\s{4}at /m);
}

describe('the project directory', () => {
  it('that does not exist is named as such', async () => {
    const missing = join(root, 'no-such-dir');
    const run = await cli(['validate', '--dir', missing]);
    expect(run.code).toBe(1);
    expectClean(run);
    expect(run.stderr).toContain(`error FO100: Project directory ${missing} does not exist`);
    const plan = await cli(['plan', '--offline', '--dir', missing, '--commit', 'x']);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('does not exist');
    expect(plan.stderr).not.toContain('defines no environments');
  });

  it('given as a file says to pass its folder', async () => {
    const dir = repo();
    const file = await cli(['validate', '--dir', join(dir, 'jobs/totals.sql')]);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('totals.sql is a file, not a project directory');
    // A file inside a project: the project's folder is named.
    expect(file.stderr).toContain(`--dir takes the folder that holds flinkops.yaml: pass --dir ${dir}.`);
    const project = await cli(['compile', '--dir', join(dir, 'flinkops.yaml'), '--json']);
    expect(project.code).toBe(1);
    const [d] = JSON.parse(project.stdout).diagnostics as Diagnostic[];
    expect(d!.detail).toBe(`--dir takes the folder that holds flinkops.yaml: pass --dir ${dir}.`);
  });

  it('without flinkops.yaml but with jobs/ asks for the project file, in every command', async () => {
    const dir = repo('no_project_file');
    for (const argv of [
      ['validate'],
      ['compile'],
      ['graph'],
      ['plan', '--offline', '--commit', 'x'],
      ['status'],
      ['history'],
    ]) {
      const run = await cli([...argv, '--dir', dir]);
      expect(run.code, argv.join(' ')).toBe(1);
      expectClean(run);
      expect(run.stderr, argv.join(' ')).toContain(
        `flinkops.yaml:1:1: error FO100: No flinkops.yaml in ${dir}`,
      );
      expect(run.stderr).toContain('has jobs/ and tables/ but no project file');
    }
    const json = await cli(['plan', '--offline', '--dir', dir, '--json', '--commit', 'x']);
    expect(located(JSON.parse(json.stdout).diagnostics)).toEqual(['error FO100 flinkops.yaml:1:1']);
  });

  it('run in a subfolder of a project points at the project', () => {
    const dir = repo();
    const [d] = validate(join(dir, 'jobs'));
    expect(d!.summary).toBe(`No flinkops.yaml in ${join(dir, 'jobs')}`);
    expect(d!.detail).toBe(
      `This folder is inside the flinkops project at ${dir}: run flinkops there, or pass --dir ${dir}.`,
    );
  });
});

describe('folder entries that are not plain files', () => {
  it('reads a symlinked job and reports folders, loops and dangling links where files belong', () => {
    const dir = repo();
    symlinkSync('totals.sql', join(dir, 'jobs/linked.sql'));
    symlinkSync('loop.sql', join(dir, 'jobs/loop.sql'));
    symlinkSync(join(root, 'nowhere.yaml'), join(dir, 'tables/dangling.yaml'));
    mkdirSync(join(dir, 'jobs/folder.sql'));
    const { value, diags } = loadAndValidate(dir, { envVars: {} });
    expect(value.jobs.map((j) => j.name)).toEqual(['linked', 'totals']);
    expect(located(diags)).toEqual([
      'error FO109',
      'error FO101 jobs/loop.sql:1:1',
      'error FO101 tables/dangling.yaml:1:1',
    ]);
    expect(diags.map((d) => d.summary)).toEqual([
      'jobs/folder.sql is a folder, not a file',
      'Cannot read jobs/loop.sql: it is a symbolic link that points to itself',
      'Cannot read tables/dangling.yaml: it is a symbolic link to a file that does not exist',
    ]);
  });

  it('a jobs/ link that points to itself says to replace the link, not to chmod it', () => {
    const dir = repo();
    rmSync(join(dir, 'jobs'), { recursive: true });
    symlinkSync('jobs', join(dir, 'jobs'));
    const d = validate(dir).find((x) => x.code === 'FO101');
    expect(d?.summary).toBe('Cannot read the folder jobs/: it is a symbolic link that points to itself');
    expect(d?.detail).toBe('Replace the link with the jobs folder itself, or remove it.');
  });

  it('reports a jobs file where the jobs/ folder belongs', () => {
    const dir = repo();
    rmSync(join(dir, 'jobs'), { recursive: true });
    writeFileSync(join(dir, 'jobs'), 'totals.sql\n');
    const diags = validate(dir);
    expect(located(diags)).toEqual(['error FO109 jobs:1:1']);
    expect(diags[0]!.summary).toBe('jobs is a file, not a folder');
  });

  it('a tables/ folder that cannot be listed is the one error: no undefined tables follow from it', () => {
    const dir = repo();
    rmSync(join(dir, 'tables'), { recursive: true });
    symlinkSync('tables', join(dir, 'tables'));
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      `${readFileSync(join(dir, 'flinkops.yaml'), 'utf8')}    tables:\n      orders:\n        with:\n          rows-per-second: "5"\n`,
    );
    const diags = validate(dir);
    expect(diags.map((d) => `${d.code} ${d.summary}`)).toEqual([
      'FO101 Cannot read the folder tables/: it is a symbolic link that points to itself',
    ]);
  });

  it('a jobs/ or udfs/ folder that cannot be listed raises no unknown job or UDF override', () => {
    const dir = repo();
    rmSync(join(dir, 'jobs'), { recursive: true });
    symlinkSync('jobs', join(dir, 'jobs'));
    symlinkSync('udfs', join(dir, 'udfs'));
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      `${readFileSync(join(dir, 'flinkops.yaml'), 'utf8')}    jobs:\n      totals:\n        parallelism: 2\n    udfs:\n      helpers:\n        jar: file:///tmp/h.jar\n`,
    );
    const diags = validate(dir);
    expect(diags.map((d) => d.code)).toEqual(['FO101', 'FO101']);
  });

  it('a UDF file that does not parse raises no unknown function in the jobs calling it', () => {
    const dir = repo();
    mkdirSync(join(dir, 'udfs'));
    writeFileSync(
      join(dir, 'udfs/helpers.yaml'),
      'jar: file:///tmp/h.jar\nfunctions:\n  - name: tag\n    class: [unclosed\n',
    );
    writeFileSync(
      join(dir, 'jobs/totals.sql'),
      'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nWHERE tag(customer_id) > 0\nGROUP BY customer_id;\n',
    );
    const diags = validate(dir);
    expect(located(diags)).toEqual(['error FO107 udfs/helpers.yaml:4:12']);
  });

  it('a Jobs/ or TABLES/ folder is reported, not skipped as if the repository had no jobs', () => {
    const dir = repo();
    const renamed = ['Jobs', 'TABLES'];
    for (const [from, to] of [
      ['jobs', 'Jobs'],
      ['tables', 'TABLES'],
    ] as const) {
      cpSync(join(dir, from), join(dir, to), { recursive: true });
      rmSync(join(dir, from), { recursive: true });
    }
    // A case-insensitive file system reads Jobs/ as jobs/: only a case-sensitive one can say "not read".
    const caseSensitive = readdirSync(dir).includes('Jobs') && !readdirSync(dir).includes('jobs');
    const diags = validate(dir);
    if (caseSensitive) {
      expect(located(diags)).toEqual(['error FO109 Jobs:1:1', 'error FO109 TABLES:1:1']);
      expect(diags.map((d) => d.summary)).toEqual(
        renamed.map((n) => `The folder ${n}/ is not read: flinkops reads ${n.toLowerCase()}/`),
      );
      expect(diags[0]!.detail).toContain('git mv Jobs jobs');
    }
  });

  it('a singular job/ folder is reported with the folder to rename it to', () => {
    const dir = repo();
    cpSync(join(dir, 'jobs'), join(dir, 'job'), { recursive: true });
    rmSync(join(dir, 'jobs'), { recursive: true });
    const diags = validate(dir);
    expect(located(diags)).toEqual(['error FO109 job:1:1']);
    expect(diags[0]!.summary).toBe('The folder job/ is not read: flinkops reads jobs/');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const dir = repo();
    chmodSync(join(dir, 'tables/orders.yaml'), 0o000);
    try {
      const diags = validate(dir);
      expect(located(diags)).toContain('error FO101 tables/orders.yaml:1:1');
      expect(diags.find((d) => d.code === 'FO101')!.summary).toBe(
        'Cannot read tables/orders.yaml: permission denied',
      );
    } finally {
      chmodSync(join(dir, 'tables/orders.yaml'), 0o644);
    }
  });
});

describe('line endings and byte order marks', () => {
  /** The fixture with CRLF line endings and a UTF-8 BOM in every file (or CR alone, classic Mac). */
  function windows(name: string, eol = '\r\n'): string {
    const dir = repo(name);
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else writeFileSync(p, `\uFEFF${readFileSync(p, 'utf8').replaceAll('\n', eol)}`);
      }
    };
    walk(dir);
    return dir;
  }

  it.each([
    ['wrong_type', ['error FO201 jobs/totals.yaml:1:14', 'error FO203 jobs/totals.yaml:2:14']],
    ['undefined_table', ['error FO220 jobs/totals.sql:3:6']],
    ['write_to_source', ['error FO222 jobs/totals.sql:1:13']],
    ['malformed_yaml', ['error FO107 tables/order_totals.yaml:6:4']],
    ['undefined_env', ['error FO110 tables/order_totals.yaml:10:33']],
  ])('%s keeps its positions', (name, expected) => {
    expect(located(validate(windows(name)))).toEqual(expected);
    // YAML 1.2 reads a carriage return alone as a line break too.
    expect(located(validate(windows(name, '\r')))).toEqual(expected);
  });

  it('a valid repository with classic Mac line endings (CR alone) is valid', () => {
    expect(validate(windows('valid', '\r'))).toEqual([]);
  });
});

describe('text YAML reads as another type', () => {
  it('an unquoted checksum of digits: FO201 says to quote it, with the text as written', () => {
    const dir = repo();
    mkdirSync(join(dir, 'udfs'));
    const sha = '1234567890123456789012345678901234567890123456789012345678901234';
    writeFileSync(
      join(dir, 'udfs/text.yaml'),
      `jar: s3://udfs/text-1.0.jar\nsha256: ${sha}\nfunctions:\n  - { name: my_fn, class: com.example.F }\n`,
    );
    const diags = validate(dir);
    expect(located(diags)).toEqual(['error FO201 udfs/text.yaml:2:9']);
    expect(diags[0]!.detail).toContain(`quote it to keep it as text, sha256: "${sha}"`);
  });
});

describe('tabs in YAML', () => {
  it('says each line a tab indents, and nothing of what follows from it', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'tables/orders.yaml'),
      'kind: source\nconnector: datagen\ncolumns:\n\t- name: order_id\n\t  type: BIGINT\n  - name: customer_id\n    type: BIGINT\n',
    );
    const diags = validate(dir);
    expect(located(diags)).toEqual([
      'error FO107 tables/orders.yaml:4:1',
      'error FO107 tables/orders.yaml:5:1',
    ]);
    expect(diags[0]!.summary).toBe('A tab indents this line: YAML indents with spaces only');
    expect(diags[0]!.detail).toMatch(/Replace the tabs at the start of the line with spaces/);
  });
});

describe('environments', () => {
  it('a table defined only in an environment override is an undefined table, and says how to define it', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      [
        'project: shop',
        'flinkVersion: "1.20"',
        'environments:',
        '  dev:',
        '    jobmanagerUrl: http://localhost:8081',
        '    sqlGatewayUrl: http://localhost:8083',
        '  prod:',
        '    jobmanagerUrl: http://prod:8081',
        '    sqlGatewayUrl: http://prod:8083',
        '    tables:',
        '      audit_log:',
        '        with: { topic: audit }',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'jobs/audit.sql'), 'INSERT INTO audit_log SELECT order_id FROM orders;\n');
    const diags = validate(dir);
    expect(located(diags)).toEqual(['error FO242 flinkops.yaml:11:7', 'error FO220 jobs/audit.sql:1:13']);
    expect(diags[0]!.detail).toMatch(
      /An override only changes the `with:` options of a table defined in tables\//,
    );
  });

  it('a flinkops.yaml failing its schema: validate reports unset ${env.X} as validate --env does', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'flinkops.yaml'),
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n',
    );
    const orders = join(dir, 'tables/orders.yaml');
    writeFileSync(orders, `${readFileSync(orders, 'utf8')}with:\n  rows-per-second: \${env.RATE}\n`);
    const all = located(validate(dir));
    expect(all).toEqual(['error FO202 flinkops.yaml:4:3', 'error FO110 tables/orders.yaml:19:20']);
    expect(located(loadAndValidate(dir, { env: 'dev', envVars: {} }).diags)).toEqual(all);
  });

  it('an ${env.X} value that turns a column type into two columns is refused at compile', () => {
    const r = compileProject(join(REPOS, 'env_substituted_type'), { env: 'dev', envVars: {} });
    expect(r.value).toBeUndefined();
    expect(located(r.diags)).toEqual(['error FO403 tables/order_totals.yaml:7:11']);
    expect(r.diags[0]!.summary).toMatch(/a top-level `,` would start another column/);
  });
});

describe('a large repository', () => {
  it('validates, compiles and plans 2,000 jobs', { timeout: 60_000 }, async () => {
    const dir = repo();
    for (let i = 0; i < 2000; i++) {
      writeFileSync(join(dir, `jobs/job_${i}.sql`), readFileSync(join(dir, 'jobs/totals.sql')));
      if (i % 2) writeFileSync(join(dir, `jobs/job_${i}.yaml`), `parallelism: ${1 + (i % 4)}\n`);
    }
    const validated = await cli(['validate', '--dir', dir]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('2001 jobs, 3 tables');
    const compiled = await cli(['compile', '--dir', dir, '--json']);
    expect(JSON.parse(compiled.stdout).environments[0].jobs).toHaveLength(2001);
    const plan = await cli(['plan', '--offline', '--dir', dir, '--json', '--commit', 'x']);
    expect(plan.code).toBe(0);
    // 2,000 broken jobs: every one reported, still one run.
    for (let i = 0; i < 2000; i++)
      writeFileSync(join(dir, `jobs/job_${i}.sql`), 'INSERT INTO nope SELECT 1;\n');
    const broken = loadAndValidate(dir, { envVars: {} }).diags;
    expect(broken.filter((d) => d.code === 'FO220')).toHaveLength(2000);
  });
});

describe('a generated file with a reference on every few bytes', () => {
  it('reports each of 127 000 references on one line, without a stack overflow, in seconds', () => {
    const dir = repo();
    const sql = readFileSync(join(dir, 'jobs/totals.sql'), 'utf8').trimEnd();
    writeFileSync(join(dir, 'jobs/totals.sql'), `${sql}${'${env.A}'.repeat(127_000)}\n`);
    const diags = validate(dir);
    const unset = diags.filter((d) => d.code === 'FO110');
    expect(unset).toHaveLength(127_000);
    expect(formatLocation(unset.at(-1)!.range)).toBe(`jobs/totals.sql:4:${22 + 8 * 126_999}`);
  }, 30_000);
});

describe('numbers YAML reads as no finite number', () => {
  it('are named as the file writes them, not as NaN or Infinity', () => {
    const dir = repo();
    writeFileSync(join(dir, 'jobs/totals.yaml'), 'parallelism: .nan\nmaxParallelism: 1e999\n');
    const said = validate(dir)
      .filter((d) => d.code === 'FO201' || d.code === 'FO203')
      .map((d) => `${formatLocation(d.range)} ${d.summary}`);
    expect(said.join('\n')).not.toMatch(/NaN|Infinity/);
    expect(said).toContain(
      'jobs/totals.yaml:1:14 parallelism must be a whole number, got the number .nan (not a number)',
    );
    expect(said.join('\n')).toContain('maxParallelism');
    expect(said.join('\n')).toContain('.inf (infinity)');
  });
});
