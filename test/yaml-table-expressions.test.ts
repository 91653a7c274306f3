/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} is flinkops syntax, not a template literal. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { substitutionProblems } from '../src/compile';
import { formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';

const VALID = join(import.meta.dirname, 'fixtures/repos/valid');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function load(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-yamlexpr-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return loadAndValidate(dir, { envVars: {} });
}

function validate(files: Record<string, string>) {
  return load(files).diags;
}

/** `severity code file:line:col summary` of every diagnostic. */
function check(files: Record<string, string>): string[] {
  return validate(files).map((d) => `${d.severity} ${d.code} ${formatLocation(d.range)} ${d.summary}`);
}

const HEAD =
  'kind: source\nconnector: datagen\ncolumns:\n  - name: id\n    type: STRING\n  - name: x\n    type: DOUBLE\n  - name: ts\n    type: TIMESTAMP(3)\n';

/** A source table with `rest` after its columns (line 10 on). */
const table = (rest: string) => ({ 'tables/events.yaml': HEAD + rest });
const computed = (expr: string) => table(`computed:\n  - name: y\n    expr: ${expr}\n`);
const watermark = (expr: string) => table(`watermark:\n  column: ts\n  expr: ${expr}\n`);

describe("a table YAML's expressions get the checks of a CREATE TABLE's", () => {
  it.each([
    [
      'a watermark INTERVAL whose leading field exceeds its precision (FO320)',
      watermark("ts - INTERVAL '120' SECOND"),
      'error FO320 tables/events.yaml:12:23 Interval field value 120 exceeds precision of SECOND(2) field',
    ],
    [
      'a CAST to an unknown type (FO332)',
      computed('CAST(x AS STRNG)'),
      'error FO332 tables/events.yaml:12:21 Unknown data type STRNG: did you mean STRING?',
    ],
    [
      'a misspelt parameterised type, where Flink stops (FO312)',
      computed('CAST(x AS DECIMEL(10, 2))'),
      'error FO312 tables/events.yaml:12:28 Unexpected `(` in the computed column',
    ],
    [
      'a syntax error at its place (FO312)',
      computed('x +* 2'),
      'error FO312 tables/events.yaml:12:14 Unexpected `*` in the computed column',
    ],
    [
      'a reserved word as a name (FO312)',
      computed('x + value'),
      'error FO312 tables/events.yaml:12:15 Unexpected keyword or name `value` in the computed column',
    ],
    [
      'a column the table does not have (FO251)',
      computed('xx * 2'),
      'error FO251 tables/events.yaml:12:11 Unknown column "xx" in the expression',
    ],
    [
      'a type the project\'s Flink release does not have (FO332, flinkVersion "1.20")',
      computed('CAST(id AS VARIANT)'),
      'error FO332 tables/events.yaml:12:22 Data type VARIANT needs Flink 2.1 or later',
    ],
    [
      'an error inside a block scalar, on its own line',
      watermark("|\n    ts\n      - INTERVAL '100' MINUTE"),
      'error FO320 tables/events.yaml:14:18 Interval field value 100 exceeds precision of MINUTE(2) field',
    ],
    [
      'an error inside a quoted scalar',
      watermark(`"ts - INTERVAL '120' SECOND"`),
      'error FO320 tables/events.yaml:12:24 Interval field value 120 exceeds precision of SECOND(2) field',
    ],
  ])('%s', (_what, files, expected) => {
    expect(check(files)).toEqual([expected]);
  });

  it('says what the same CREATE TABLE gets from validate', () => {
    const yaml = validate(watermark("ts - INTERVAL '120' SECOND"));
    const ddl = validate({
      'tables/events.sql':
        "CREATE TABLE events (\n  id STRING,\n  x DOUBLE,\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL '120' SECOND\n) WITH ('connector' = 'datagen');\n",
    });
    expect(ddl.map((d) => [d.code, d.summary, d.detail])).toEqual(
      yaml.map((d) => [d.code, d.summary, d.detail]),
    );
  });

  it('reports the same expression in every table, each at its own value (checked once per text)', () => {
    const files: Record<string, string> = {};
    for (const name of ['a', 'b', 'c'])
      files[`tables/${name}.yaml`] = `${HEAD}watermark:\n  column: ts\n  expr: ts - INTERVAL '120' SECOND\n`;
    expect(check(files).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'error FO320 tables/a.yaml:12:23',
      'error FO320 tables/b.yaml:12:23',
      'error FO320 tables/c.yaml:12:23',
    ]);
  });

  it.each([
    'PROCTIME()',
    "ts - INTERVAL '5' SECOND",
    "ts - INTERVAL '120' SECOND(3)",
    'CAST(x AS DECIMAL(10, 2))',
    "JSON_VALUE(id, '$.a' RETURNING INT DEFAULT 0 ON EMPTY)",
    'mask_id(id)',
    "|\n      CASE\n        WHEN x > 10 THEN 'big'\n        ELSE 'small'\n      END",
    'TIMESTAMPADD(HOUR, 1, ts)',
    "ts + INTERVAL '1 02:03' DAY TO MINUTE",
    'EXTRACT(HOUR FROM ts) * 100',
    "'`x` * 2'",
    "ts - INTERVAL '${env.DELAY}' SECOND",
    'x * ${env.FACTOR}',
  ])('takes %s', (expr) => {
    const files = {
      ...computed(expr),
      'udfs/masks.yaml':
        'jar: file:///tmp/masks.jar\nfunctions:\n  - name: mask_id\n    class: com.example.MaskId\n    language: java\n',
    };
    expect(check(files).filter((l) => !/FO11\d|FO40\d/.test(l))).toEqual([]);
  });

  it("checks an expression with ${env.X} once substituted: FO403 with Flink's reason, for the environment", () => {
    const files = {
      ...watermark("ts - INTERVAL '${env.DELAY}' SECOND"),
      'flinkops.yaml':
        'project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n    variables: { DELAY: "5" }\n  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n    variables: { DELAY: "120" }\n',
    };
    const r = load(files);
    expect(r.diags).toEqual([]);
    expect(substitutionProblems(r.value!, 'dev', {})).toEqual([]);
    const d = substitutionProblems(r.value!, 'prod', {});
    expect(d.map((x) => `${x.severity} ${x.code} ${formatLocation(x.range)}`)).toEqual([
      'error FO403 tables/events.yaml:12:9',
    ]);
    expect(d[0]!.summary).toBe(
      'With the ${env.X} values of environment prod, this expression is not valid: interval field value 120 exceeds precision of SECOND(2) field (FO320)',
    );
  });

  it("leaves a watermark's delay: alone (compiled with the precision it needs)", () => {
    expect(check(table('watermark:\n  column: ts\n  delay: 120 SECOND\n'))).toEqual([]);
  });
});

describe("a YAML table's computed column calling a UDF by its catalog-qualified name", () => {
  const udf =
    'jar: file:///tmp/masks.jar\nfunctions:\n  - name: mask_id\n    class: com.example.MaskId\n    language: java\n';
  it.each(['default_catalog.default_database.mask_id(id)', 'default_database.mask_id(id)'])(
    'creates the UDF before the table for %s',
    (expr) => {
      // Real 1.18.1: the table's CREATE with `x` AS default_catalog.default_database.mask_id(...)
      // failed "No match found for function signature mask_id(<CHARACTER>)" when the script created
      // no mask_id; after CREATE TEMPORARY FUNCTION mask_id it is created and the job plans.
      const r = load({ ...computed(expr), 'udfs/masks.yaml': udf });
      expect(r.diags.filter((d) => !/FO11\d|FO40\d/.test(d.code))).toEqual([]);
      expect(r.value!.tables.find((t) => t.name === 'events')!.functions).toEqual(['mask_id']);
    },
  );

  it('calls a misspelt one unknown (FO225) and leaves another catalog’s function alone', () => {
    const files = { 'udfs/masks.yaml': udf };
    expect(check({ ...computed('default_catalog.default_database.mask_ip(id)'), ...files })).toEqual([
      'error FO225 tables/events.yaml:12:11 Table events calls unknown function "mask_ip"',
    ]);
    expect(check({ ...computed('hive.db.mask_ip(id)'), ...files })).toEqual([]);
  });
});
