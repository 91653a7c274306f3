/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compileProject } from '../src/compile';
import { formatLocation } from '../src/core/diagnostics';
import { analyzeScript } from '../src/sql';
import { fragmentProblem } from '../src/validate';

const EVIL = [
  "it's",
  "'); DROP TABLE t; --",
  '*/ DROP TABLE t; /*',
  'line\nbreak; DROP TABLE t;',
  "`) WITH ('connector' = 'evil') --",
  "\\'; --",
  '${secret.NOT_A_SECRET_IN_ENV}',
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-inject-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : stringify(content));
  }
  return dir;
}

describe('compiled DDL cannot be injected from YAML', () => {
  const names = ['a`b', 'x` BIGINT, `evil', 'select', 'Spaced Name', "q'uote", '-- c', '*/'];
  const options: Record<string, string> = {};
  EVIL.forEach((v, i) => {
    options[`opt.${i}`] = v;
  });
  const dir = repo({
    'flinkops.yaml': {
      project: 'p',
      flinkVersion: '2.0',
      environments: {
        dev: {
          jobmanagerUrl: 'http://localhost:8081',
          sqlGatewayUrl: 'http://localhost:8083',
          config: { 'evil.option': EVIL[1], 'other.option': EVIL[3] },
          tables: { src: { with: { 'from.env': '${env.EVIL}' } } },
        },
      },
    },
    'tables/src.yaml': {
      kind: 'source',
      description: EVIL[3],
      connector: 'datagen',
      columns: names.map((name, i) => ({ name, type: 'STRING', comment: EVIL[i % EVIL.length] })),
      metadata: [{ name: "m'`", type: 'TIMESTAMP_LTZ(3)', from: EVIL[1], virtual: true }],
      computed: [{ name: 'c`--', expr: "CONCAT('a'';--', 'b')", comment: EVIL[2] }],
      primaryKey: [names[0], names[1]],
      with: options,
    },
    'tables/dst.yaml': { kind: 'sink', connector: 'blackhole', columns: [{ name: 'v', type: 'STRING' }] },
    'udfs/u.yaml': { jar: "s3://bucket/it's -- x.jar", functions: [{ name: 'f', class: 'com.example.F' }] },
    'jobs/j.sql': 'INSERT INTO dst SELECT f(`a``b`) FROM src;\n',
    'jobs/j.yaml': { config: { 'x.y': EVIL[1], 'z.w': EVIL[4] } },
  });

  it('round-trips every name and value through the SQL front end', () => {
    const r = compileProject(dir, { env: 'dev', envVars: { EVIL: EVIL[1]! } });
    expect(r.diags.map((d) => `${d.code} ${formatLocation(d.range)} ${d.summary}`)).toEqual([]);
    const job = r.value!.jobs[0]!;
    const analysis = analyzeScript(job.script, 'compiled.sql');
    expect(analysis.diags).toEqual([]);
    expect(analysis.statements.map((s) => s.kind)).toEqual([
      'set',
      'set',
      'set',
      'set',
      'add_jar',
      'create_function',
      'create_table',
      'create_table',
      'insert',
    ]);
    const sets = analysis.statements.filter((s) => s.kind === 'set').map((s) => [s.set?.key, s.set?.value]);
    expect(sets).toEqual([
      ['evil.option', EVIL[1]],
      ['other.option', EVIL[3]],
      ['x.y', EVIL[1]],
      ['z.w', EVIL[4]],
    ]);
    expect(analysis.statements[4]!.text).toContain("ADD JAR 's3://bucket/it''s -- x.jar'");
    expect(analysis.statements[5]!.function?.jars).toEqual(["s3://bucket/it's -- x.jar"]);
    const src = analysis.statements.find((s) => s.table?.name.name === 'src')!.table!;
    expect(src.columns.map((c) => c.name)).toEqual([...names, "m'`", 'c`--']);
    expect(src.columns.slice(0, names.length).map((c) => c.comment)).toEqual(
      names.map((_, i) => EVIL[i % EVIL.length]),
    );
    expect(src.columns.at(-2)!.metadataKey).toBe(EVIL[1]);
    expect(src.comment).toBe(EVIL[3]);
    expect(src.primaryKey?.columns).toEqual([names[0], names[1]]);
    expect(src.options).toEqual({ connector: 'datagen', ...options, 'from.env': EVIL[1] });
    // a ${secret.X} written in YAML stays a placeholder; nothing from the environment becomes one
    expect(job.secrets).toEqual(['NOT_A_SECRET_IN_ENV']);
  });

  it('does not turn an env value into a secret placeholder', () => {
    const r = compileProject(dir, { env: 'dev', envVars: { EVIL: '${secret.ADMIN}' } });
    expect(r.value!.jobs[0]!.secrets).toEqual(['NOT_A_SECRET_IN_ENV']);
  });
});

describe('control characters in values', () => {
  it('a newline or NUL in a table option is written as a Unicode literal Flink reads back, never raw', () => {
    const dir = repo({
      'flinkops.yaml':
        'project: p\nflinkVersion: "2.0"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
      'tables/src.yaml': {
        kind: 'source',
        connector: 'filesystem',
        columns: [{ name: 'v', type: 'STRING' }],
        with: { 'csv.line-delimiter': '\r\n', 'odd.option': "a\u0000b\\c'd" },
      },
      'tables/dst.yaml': { kind: 'sink', connector: 'blackhole', columns: [{ name: 'v', type: 'STRING' }] },
      'jobs/j.sql': 'INSERT INTO dst SELECT v FROM src;\n',
    });
    const r = compileProject(dir, { env: 'dev' });
    expect(r.diags).toEqual([]);
    const script = r.value!.jobs[0]!.script;
    expect(script).toContain("'csv.line-delimiter' = U&'\\000D\\000A'");
    expect(script).toContain("'odd.option' = U&'a\\0000b\\\\c''d'");
    expect(script.includes('\u0000') || script.includes('\r')).toBe(false);
    const table = analyzeScript(script, 'compiled.sql').statements.find((s) => s.table?.name.name === 'src')!;
    expect(table.table?.options).toMatchObject({
      'csv.line-delimiter': '\r\n',
      'odd.option': "a\u0000b\\c'd",
    });
  });
});

describe('types and expressions are single fragments', () => {
  it.each([
    'STRING',
    'DECIMAL(10, 2)',
    'TIMESTAMP(3) WITH LOCAL TIME ZONE',
    'ROW<a INT, `b c` STRING>',
    'MAP<STRING, ARRAY<INT>>',
    'INT NOT NULL',
    'ARRAY<ROW<a INT>> NOT NULL',
    "RAW('a.B', 'AAA=')",
  ])('accepts type %s', (t) => {
    expect(fragmentProblem(t, 'type')).toBeUndefined();
  });

  it.each([
    ["INT) WITH ('connector' = 'x') --", 'type'],
    ['INT, evil STRING', 'type'],
    ['INT; DROP TABLE t', 'type'],
    ['INT /* x */', 'type'],
    ["'unclosed", 'type'],
    ['PROCTIME(), x AS 1', 'expr'],
    ['a) --', 'expr'],
    ["CONCAT('a', 'b'); DROP TABLE x", 'expr'],
  ] as const)('rejects %s', (text, mode) => {
    expect(fragmentProblem(text, mode)).toBeDefined();
  });

  // One type Flink's DDL takes, not only one fragment: these compiled into a table Flink refuses.
  it.each([
    ['INT INT', 'unexpected `INT` after the type INT'],
    ['STRING X', 'unexpected `X` after the type STRING'],
    ['STRING(3)', 'unexpected `(3)` after the type STRING'],
    ['MAP<STRING>', 'unexpected `>` in a data type'],
    ['TIMESTAMP WITH TIME ZONE', 'unexpected keyword or name `TIME` in a data type'],
    ['INTERVAL DAY', 'unexpected keyword or name `INTERVAL` in a data type'],
  ])('rejects type %s as Flink would', (text, problem) => {
    expect(fragmentProblem(text, 'type')).toBe(problem);
  });

  it('refuses a misspelt built-in type at its position (FO332), in each file', () => {
    const dir = repo({
      'flinkops.yaml':
        'project: p\nflinkVersion: "2.0"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
      'tables/t.yaml':
        'kind: sink\nconnector: print\ncolumns:\n  - name: a\n    type: STRNG\n  - name: b\n    type: STRING\n',
      // The same misspelling again, in another file: said at each place it is written.
      'tables/u.yaml':
        'kind: sink\nconnector: print\ncolumns:\n  - name: b\n    type: STRING\n  - name: a\n    type: STRNG\n',
    });
    const r = compileProject(dir, { env: 'dev' });
    expect(r.diags.map((d) => `${d.code} ${d.severity} ${formatLocation(d.range)} ${d.summary}`)).toEqual([
      'FO332 error tables/t.yaml:5:11 Unknown data type STRNG: did you mean STRING?',
      'FO332 error tables/u.yaml:7:11 Unknown data type STRNG: did you mean STRING?',
    ]);
  });

  it('reports a bad type at its position', () => {
    const dir = repo({
      'flinkops.yaml':
        'project: p\nflinkVersion: "2.0"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
      'tables/t.yaml': 'kind: sink\nconnector: print\ncolumns:\n  - name: a\n    type: INT) WITH (x\n',
    });
    const r = compileProject(dir, { env: 'dev' });
    expect(r.diags.map((d) => `${d.code} ${formatLocation(d.range)}`)).toEqual(['FO250 tables/t.yaml:5:11']);
  });
});
