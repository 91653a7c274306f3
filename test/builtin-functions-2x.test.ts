import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuiltinFunction } from '../src/sql';
import { loadAndValidate } from '../src/validate';

function writeRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-fns-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/**
 * Functions real Flink 2.3.0 lists in `SHOW FUNCTIONS` and plans when called from SQL (each
 * checked with `EXPLAIN SELECT ...` on the gateway). flinkops called them unknown (FO225), so a
 * job using them failed validate although Flink runs it.
 */
const FLINK_2_3_SQL_FUNCTIONS = `STARTSWITH ENDSWITH INET_ATON INET_NTOA PERCENTILE OBJECT_UPDATE BITMAP_AND
BITMAP_ANDNOT BITMAP_BUILD BITMAP_CARDINALITY BITMAP_FROM_BYTES BITMAP_OR BITMAP_TO_ARRAY BITMAP_TO_BYTES
BITMAP_TO_STRING BITMAP_XOR BITMAP_AND_AGG BITMAP_OR_AGG BITMAP_XOR_AGG BITMAP_BUILD_AGG
BITMAP_AND_CARDINALITY_AGG BITMAP_OR_CARDINALITY_AGG BITMAP_XOR_CARDINALITY_AGG BITMAP_BUILD_CARDINALITY_AGG
PARSE_JSON TRY_PARSE_JSON URL_DECODE URL_ENCODE PRINTF ELT BTRIM FROM_CHANGELOG TO_CHANGELOG TRANSLATE3`.split(
  /\s+/,
);

describe('built-in functions of Flink 2.x', () => {
  it.each(FLINK_2_3_SQL_FUNCTIONS)('%s is a built-in', (name) => {
    expect(isBuiltinFunction(name)).toBe(true);
  });

  it('validates a job calling STARTSWITH and BITMAP_BUILD_AGG without FO225', () => {
    const dir = writeRepo({
      'flinkops.yaml':
        'project: p\nflinkVersion: "2.3"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:8081\n',
      'tables/src.sql': "CREATE TABLE src (s STRING, n INT) WITH ('connector' = 'datagen');",
      'tables/dst.sql': "CREATE TABLE dst (b BOOLEAN, t STRING) WITH ('connector' = 'blackhole');",
      'jobs/j.sql':
        "INSERT INTO dst SELECT STARTSWITH(s, 'a') OR ENDSWITH(s, 'z'), BITMAP_TO_STRING(BITMAP_BUILD_AGG(n)) FROM src GROUP BY s;",
    });
    const diags = loadAndValidate(dir, { envVars: {} }).diags;
    expect(diags.filter((d) => d.code === 'FO225')).toEqual([]);
  });
});

describe('model inference on Flink 2.1', () => {
  // Flink 2.1's docs (sql/queries/model-inference.md), as a job: a 2.1 project was refused with
  // FO225 "ML_PREDICT, a Flink built-in only from Flink 2.2".
  const repo = (flinkVersion: string) =>
    writeRepo({
      'flinkops.yaml': `project: p\nflinkVersion: "${flinkVersion}"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n`,
      'tables/src.sql': "CREATE TABLE src (id BIGINT, feature1 STRING) WITH ('connector' = 'datagen');",
      'tables/dst.sql': "CREATE TABLE dst (id BIGINT, label STRING) WITH ('connector' = 'blackhole');",
      'jobs/j.sql':
        "CREATE TEMPORARY MODEL my_model INPUT (feature1 STRING) OUTPUT (label STRING)\nWITH ('provider' = 'openai', 'endpoint' = 'https://api.openai.com/v1/chat/completions', 'model' = 'gpt-4o-mini', 'api-key' = '${secret.OPENAI}');\n" +
        'INSERT INTO dst SELECT id, label FROM ML_PREDICT(TABLE src, MODEL my_model, DESCRIPTOR(feature1));\n',
    });
  const errors = (dir: string) =>
    loadAndValidate(dir, { envVars: {} })
      .diags.filter((d) => d.severity === 'error')
      .map((d) => `${d.code} ${d.summary}`);

  it('validates ML_PREDICT from 2.1 on, and names 2.1 before it', () => {
    expect(errors(repo('2.1'))).toEqual([]);
    expect(errors(repo('2.2'))).toEqual([]);
    expect(errors(repo('2.0'))).toContain(
      'FO225 Job j calls "ML_PREDICT", a Flink built-in only from Flink 2.1',
    );
  });
});

describe('built-ins a later release added, on an earlier one', () => {
  const repo = (flinkVersion: string, udf: boolean) =>
    writeRepo({
      'flinkops.yaml': `project: p\nflinkVersion: "${flinkVersion}"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n`,
      'tables/src.sql': "CREATE TABLE src (s STRING) WITH ('connector' = 'datagen');",
      'tables/dst.sql': "CREATE TABLE dst (b BOOLEAN) WITH ('connector' = 'blackhole');",
      ...(udf
        ? {
            'udfs/strs.yaml': `jar: s3://b/strs.jar\nsha256: ${'a'.repeat(64)}\nfunctions:\n  - { name: startswith, class: com.example.StartsWith, language: java }\n`,
          }
        : {}),
      'jobs/j.sql': "INSERT INTO dst SELECT startswith(s, 'a') FROM src;",
    });
  const codes = (dir: string) => loadAndValidate(dir, { envVars: {} }).diags.map((d) => d.code);

  it('takes a startswith UDF on Flink 1.20 (no STARTSWITH before 2.0) for the team’s own', () => {
    expect(isBuiltinFunction('STARTSWITH', '1.20')).toBe(false);
    expect(isBuiltinFunction('STARTSWITH', '2.0')).toBe(true);
    expect(isBuiltinFunction('PARSE_JSON', '2.0')).toBe(false);
    // TRANSLATE came in 2.0 under the name TRANSLATE3 (SHOW FUNCTIONS of 2.2.0 lists it).
    expect(isBuiltinFunction('TRANSLATE3', '1.20')).toBe(false);
    expect(isBuiltinFunction('TRANSLATE3', '2.0')).toBe(true);
    expect(isBuiltinFunction('BITMAP_BUILD_AGG', '2.2')).toBe(false);
    expect(isBuiltinFunction('UPPER', '1.16')).toBe(true);
    const codes120 = codes(repo('1.20', true));
    expect(codes120).not.toContain('FO215');
    expect(codes120).not.toContain('FO225');
  });

  it('calls a startswith without a UDF on Flink 1.20 unknown, and warns at the UDF on 2.2', () => {
    expect(codes(repo('1.20', false))).toContain('FO225');
    // Not "neither a Flink built-in nor ...": it is one, of a later release (real 1.18.1 on
    // ARRAY_MIN: "No match found for function signature ARRAY_MIN(<INTEGER ARRAY>)").
    const [e] = loadAndValidate(repo('1.20', false), { envVars: {} }).diags.filter((d) => d.code === 'FO225');
    expect(e!.summary).toBe('Job j calls "startswith", a Flink built-in only from Flink 2.0');
    expect(e!.detail).toContain('targets Flink 1.20');
    expect(e!.detail).toContain('raise flinkVersion if the cluster runs Flink 2.0 or later');
    expect(codes(repo('2.2', true))).toContain('FO215');
  });
});

/**
 * Each release's SHOW FUNCTIONS and an EXPLAIN of a call, 1.16.3 to 2.3.0: the release that added a
 * function, and names of Hive or Calcite functions no release defines. A team's UDF of such a
 * name was taken for Flink's own (FO215, never created), so the job failed on the cluster with
 * "No match found for function signature date_add(<DATE>, <NUMERIC>)".
 */
describe('which release defines a function', () => {
  it.each([
    ['ARRAY_SLICE', '1.17', '1.18'],
    ['ARRAY_MIN', '1.18', '1.19'],
    ['SPLIT', '1.19', '1.20'],
    ['ARRAY_SORT', '1.19', '1.20'],
    ['URL_DECODE', '1.20', '2.0'],
    ['REGEXP_COUNT', '1.20', '2.0'],
    ['PARSE_JSON', '2.0', '2.1'],
    // Model table functions: in 2.1.0's FlinkSqlOperatorTable (not 2.0's); Flink 2.1's own
    // model-inference page calls ML_PREDICT, which a 2.1 project was refused (FO225, "only from 2.2").
    ['ML_PREDICT', '2.0', '2.1'],
    ['ML_EVALUATE', '2.0', '2.1'],
    ['VECTOR_SEARCH', '2.1', '2.2'],
    ['OBJECT_UPDATE', '2.1', '2.2'],
    ['OBJECT_OF', '2.1', '2.2'],
    ['TO_CHANGELOG', '2.2', '2.3'],
  ])('%s: not on %s, on %s', (name, before, from) => {
    expect(isBuiltinFunction(name, before)).toBe(false);
    expect(isBuiltinFunction(name, from)).toBe(true);
  });

  it.each(['DATE_ADD', 'DATE_SUB', 'DATEDIFF', 'ADD_MONTHS', 'LENGTH', 'BIT_AND', 'CBRT'])(
    '%s is no Flink function on any release',
    (name) => {
      expect(isBuiltinFunction(name)).toBe(false);
      expect(isBuiltinFunction(name, '1.20')).toBe(false);
    },
  );

  const repo = (job: string, udf: string | undefined) =>
    writeRepo({
      'flinkops.yaml':
        'project: p\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n',
      'tables/src.sql': "CREATE TABLE src (s STRING, d DATE) WITH ('connector' = 'datagen');",
      'tables/dst.sql': "CREATE TABLE dst (t STRING) WITH ('connector' = 'blackhole');",
      ...(udf
        ? {
            'udfs/hive.yaml': `jar: s3://b/hive-compat.jar\nsha256: ${'a'.repeat(64)}\nfunctions:\n${udf}`,
          }
        : {}),
      'jobs/j.sql': job,
    });

  it("creates a team's date_add and url_decode UDFs on Flink 1.20 before the job calls them", () => {
    const dir = repo(
      'INSERT INTO dst SELECT url_decode(CAST(date_add(d, 1) AS STRING)) FROM src;',
      '  - { name: date_add, class: com.example.DateAdd, language: java }\n  - { name: url_decode, class: com.example.UrlDecode, language: java }\n',
    );
    const r = loadAndValidate(dir, { envVars: {} });
    expect(r.diags.map((d) => d.code)).toEqual([]);
    expect(r.value.jobs[0]!.functions).toEqual(['date_add', 'url_decode']);
  });

  it('calls date_add without a UDF unknown (FO225), unless the script loads a module that may define it', () => {
    const call = 'INSERT INTO dst SELECT CAST(date_add(d, 1) AS STRING) FROM src;';
    const d = loadAndValidate(repo(call, undefined), { envVars: {} }).diags;
    expect(d.map((x) => [x.code, x.range?.start.line, x.range?.start.column])).toEqual([['FO225', 1, 29]]);
    const withHive = loadAndValidate(repo(`LOAD MODULE hive;\n${call}`, undefined), { envVars: {} }).diags;
    expect(withHive.map((x) => x.code)).not.toContain('FO225');
  });
});

describe('a UDF called by its catalog-qualified name', () => {
  const repo = (job: string) =>
    writeRepo({
      'flinkops.yaml':
        'project: p\nflinkVersion: "1.18"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n',
      'tables/src.sql': "CREATE TABLE src (s STRING) WITH ('connector' = 'datagen');",
      'tables/dst.sql': "CREATE TABLE dst (t STRING) WITH ('connector' = 'blackhole');",
      'udfs/m.yaml': `jar: s3://b/m.jar\nsha256: ${'a'.repeat(64)}\nfunctions:\n  - { name: mask_id, class: com.example.Mask, language: java }\n`,
      'jobs/j.sql': job,
    });

  it('creates the UDF for default_catalog.default_database.fn(...) and default_database.fn(...)', () => {
    // Real 1.18.1: after CREATE TEMPORARY FUNCTION mask_id, both qualified calls plan; without it
    // (the script compiled before) "No match found for function signature mask_id(<CHARACTER>)".
    for (const call of ['default_catalog.default_database.mask_id(s)', 'default_database.mask_id(s)']) {
      const r = loadAndValidate(repo(`INSERT INTO dst SELECT ${call} FROM src;`), { envVars: {} });
      expect(r.diags.map((d) => d.code)).toEqual([]);
      expect(r.value.jobs[0]!.functions, call).toEqual(['mask_id']);
    }
  });

  it('calls a misspelt qualified UDF unknown (FO225), and leaves a function of another catalog alone', () => {
    const d = loadAndValidate(
      repo('INSERT INTO dst SELECT default_catalog.default_database.mask_ip(s) FROM src;'),
      {
        envVars: {},
      },
    ).diags;
    expect(d.map((x) => x.code)).toEqual(['FO225']);
    expect(d[0]!.detail).toContain('Did you mean "mask_id"?');
    const other = loadAndValidate(repo('INSERT INTO dst SELECT hive_cat.db.mask_ip(s) FROM src;'), {
      envVars: {},
    });
    expect(other.diags.map((x) => x.code)).not.toContain('FO225');
  });

  it("takes a qualified call of the script's own temporary function", () => {
    const r = loadAndValidate(
      repo(
        "CREATE TEMPORARY FUNCTION mine AS 'com.example.Mine';\nINSERT INTO dst SELECT default_catalog.default_database.mine(s) FROM src;",
      ),
      { envVars: {} },
    );
    expect(r.diags.map((d) => d.code)).not.toContain('FO225');
  });
});

describe('a misspelt built-in', () => {
  const repo = (call: string) =>
    writeRepo({
      'flinkops.yaml':
        'project: p\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n',
      'tables/src.sql': "CREATE TABLE src (s STRING, n INT) WITH ('connector' = 'datagen');",
      'tables/dst.sql': "CREATE TABLE dst (x STRING) WITH ('connector' = 'blackhole');",
      'jobs/j.sql': `INSERT INTO dst SELECT CAST(${call} AS STRING) FROM src GROUP BY s;`,
    });
  const fo225 = (call: string) =>
    loadAndValidate(repo(call), { envVars: {} }).diags.find((d) => d.code === 'FO225');

  // The did-you-mean looked only among the repository's UDFs, so the commonest slip got none.
  it.each([
    ['SUMM(n)', 'SUM'],
    ['COALESE(s, s)', 'COALESCE'],
    ['date_formatt(s, s)', 'DATE_FORMAT'],
    ['CONCATT(s, s)', 'CONCAT'],
  ])('%s is FO225 with "did you mean %s"', (call, meant) => {
    expect(fo225(call)?.detail).toMatch(
      new RegExp(`^Did you mean "${meant}"\\? It is neither a Flink built-in`),
    );
  });

  it('suggests no built-in of a later release, nor a keyword, for a name far from any', () => {
    expect(fo225('URL_DECODEE(s)')?.detail).not.toMatch(/Did you mean/);
    expect(fo225('FRO(s)')?.detail).not.toMatch(/Did you mean/);
    expect(fo225('to_euro(n)')?.detail).not.toMatch(/Did you mean/);
  });
});
