/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} is flinkops syntax, not a template literal. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import { onlyLiteralsChange } from '../src/compile/substituted-sql';
import { formatLocation } from '../src/core/diagnostics';
import { analyzeScript } from '../src/sql';
import { cli } from './support/cli';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A project with a raw SQL source table and a job, each using `${env.X}` where given. */
function repo(tableOption: string, where: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-substituted-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'flinkops.yaml': [
      'project: p',
      'flinkVersion: "1.20"',
      'environments:',
      '  dev:',
      '    jobmanagerUrl: http://localhost:8081',
      '    sqlGatewayUrl: http://localhost:8083',
      '    variables: { BROKERS: "kafka:9092", LIMIT: "5", TOPIC: "t" }',
      '',
    ].join('\n'),
    'tables/src.sql': `CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen', 'x.option' = ${tableOption});\n`,
    'tables/dst.yaml': 'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: v, type: STRING }\n',
    'jobs/j.sql': `INSERT INTO dst SELECT v FROM src WHERE ${where};\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function compiled(dir: string, envVars: Record<string, string>) {
  const r = compileProject(dir, { env: 'dev', envVars });
  return {
    value: r.value,
    diags: r.diags.map((d) => `${d.code} ${formatLocation(d.range)} ${d.summary}`),
  };
}

describe('SQL with ${env.X} values substituted', () => {
  it('compiles values inside literals into the script as they are', () => {
    const dir = repo("'${env.BROKERS}'", "id > 5 AND v <> 'a ${env.TOPIC} b'");
    const r = compiled(dir, { BROKERS: 'b1:9092,b2:9092 -- not a comment', TOPIC: 'x; DROP TABLE t' });
    expect(r.diags).toEqual([]);
    const script = r.value!.jobs[0]!.script;
    expect(script).toContain("'x.option' = 'b1:9092,b2:9092 -- not a comment'");
    expect(script).toContain("WHERE id > 5 AND v <> 'a x; DROP TABLE t b'");
  });

  it('a value is text in its literal: its quotes are escaped, so it cannot end the literal and inject SQL', () => {
    const dir = repo("'${env.BROKERS}'", "v <> '${env.TOPIC}'");
    const r = compiled(dir, { BROKERS: "it's", TOPIC: "a' OR 1=1 OR 'b" });
    expect(r.diags).toEqual([]);
    const script = r.value!.jobs[0]!.script;
    expect(script).toContain("'x.option' = 'it''s'");
    expect(script).toContain("WHERE v <> 'a'' OR 1=1 OR ''b'");
    // The compiled statement reads one literal where the reference stood, as a secret's value does.
    const where = analyzeScript(script, 'j.sql').statements.at(-1)!;
    expect(where.diags.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('FO402: a value that breaks the statement Flink parses', () => {
  it("is reported for a value that is not hex in X'...', and for a bad escape in U&'...'", async () => {
    // Located at the reference whose value breaks it (it was the statement's first line).
    for (const [where, values, at] of [
      ["v <> CAST(X'${env.HEX}' AS STRING)", { HEX: 'zz' }, '1:53'],
      ["v <> U&'${env.ESC}'", { ESC: '\\zz' }, '1:49'],
      [
        "v <> 'a${env.TOPIC}' AND\n  v <> CAST(X'${env.HEX}' AS STRING)",
        { HEX: 'zz', TOPIC: "it's" },
        '2:15',
      ],
    ] as const) {
      const dir = repo("'x'", where);
      expect(compiled(dir, values).diags).toEqual([
        expect.stringMatching(
          new RegExp(
            `^FO402 jobs/j\\.sql:${at} With the \\$\\{env\\.X\\} values of environment dev, this statement does not parse: `,
          ),
        ),
      ]);
      // validate checks every environment's values too, so its verdict is the one plan will reach.
      const r = await cli(['validate', '--dir', dir], { env: values });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain('error FO402');
    }
    const ok = repo("'x'", "v <> CAST(X'${env.HEX}' AS STRING)");
    expect(compiled(ok, { HEX: 'CAFE' }).diags).toEqual([]);
    expect((await cli(['validate', '--dir', ok], { env: { HEX: 'CAFE' } })).code).toBe(0);
  });
});

describe('onlyLiteralsChange', () => {
  const lookup = (values: Record<string, string>) => (name: string) => values[name];
  const v = lookup({ A: 'plain', Q: "it''s", EMPTY: '' });
  it.each([
    ["'${env.A}'", true],
    ["'x ${env.A} y ${env.EMPTY}'", true],
    ["'it''s ${env.A}'", true],
    ["'${env.Q}'", false],
    ['${env.A}', false],
    ["U&'${env.A}'", false],
    ["X'${env.A}'", false],
    ['`${env.A}`', false],
    ["/* '${env.A}' */ 'a'", false],
    ["'${env.A}' -- ${env.A}", false],
    ["'${env.MISSING}'", false],
    ["'${env.A}", false],
    ["'${secret.S}' || 'US$' || '$${env.A}'", true],
    ["'${env.A}' AS a$b", true],
    ["'${env.A' || '}'", true],
    ["'a\n${env.A}'", true],
  ])('%s → %s', (sql, expected) => {
    expect(onlyLiteralsChange(`SELECT ${sql}`, v)).toBe(expected);
    // The same answer for the statement from what validate marked, without lexing it again.
    const st = analyzeScript(`SELECT ${sql}`, 'j.sql', { dollarsInLiterals: true }).statements[0]!;
    expect(onlyLiteralsChange(st.text, v, st.dollarsInLiterals)).toBe(onlyLiteralsChange(st.text, v));
  });

  it('is not marked for a statement without a $ or in a script that does not lex', () => {
    const marked = (sql: string) =>
      analyzeScript(sql, 'j.sql', { dollarsInLiterals: true }).statements.map((s) => s.dollarsInLiterals);
    expect(marked("SELECT 'a'; SELECT '${env.A}'; SELECT `$`")).toEqual([undefined, true, undefined]);
    expect(marked("SELECT '${env.A}'; SELECT 'open")).toEqual([undefined, undefined]);
    expect(analyzeScript("SELECT '${env.A}'", 'j.sql').statements[0]!.dollarsInLiterals).toBeUndefined();
  });
});
