/**
 * The columns a job's CREATE TABLE ... AS SELECT writes to a Kafka topic, where its query names
 * them without doubt (a column, an aliased expression, `*` over a table of known columns, the
 * columns its CREATE part declares, an expression without alias under the name Flink gives it,
 * `EXPR$<i>`): FO288/FO289 judge it as a declared writer. Where a name is not known (a UNION naming
 * other columns, `*` over a subquery), nothing is said. VALUES names its columns as Flink does too
 * (`EXPR$<i>`, or a column list renaming them).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PROJECT = 'project: pipe\nflinkVersion: "2.2"\n';
const WITH =
  "WITH ('connector' = 'kafka', 'topic' = 't', 'properties.bootstrap.servers' = 'k:9092', 'format' = 'json')";
const GEN = "CREATE TABLE gen (id BIGINT, name STRING, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');\n";
/** The consumer: its own table on topic t, reading id, name (STRING) and label. */
const CONSUME = `CREATE TABLE rides_in (id BIGINT, name STRING, label STRING) ${WITH};
CREATE TABLE out_rows (id BIGINT, name STRING, label STRING) WITH ('connector' = 'blackhole');
INSERT INTO out_rows SELECT id, name, label FROM rides_in;
`;

/** A producer writing topic t through `CREATE TABLE rides_out <columns> WITH (...) AS <query>`. */
const ctas = (query: string, columns = '', before = GEN) =>
  `${before}CREATE TABLE rides_out ${columns}${columns ? ' ' : ''}${WITH} AS ${query};\n`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-ctas-columns-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'jobs'));
  mkdirSync(join(dir, 'tables'));
  const all = { 'flinkops.yaml': PROJECT, 'jobs/consume.sql': CONSUME, ...files };
  for (const [f, text] of Object.entries(all)) writeFileSync(join(dir, f), text);
  return dir;
}

async function topicDiags(files: Record<string, string>): Promise<{ code: string; summary: string }[]> {
  const r = await cli(['validate', '--dir', repo(files), '--json']);
  const all = JSON.parse(r.stdout).diagnostics as { code: string; summary: string }[];
  return all.filter((d) => d.code === 'FO288' || d.code === 'FO289');
}

const NOT_WRITTEN = (column: string) =>
  `Table rides_in reads column ${column} from Kafka topic t, which rides_out (created and written by job produce) does not write: it is NULL in every record`;

describe('validate: the columns a CREATE TABLE ... AS SELECT writes to a topic', () => {
  it('names a column read as it is, and carries its type (FO288, FO289)', async () => {
    const diags = await topicDiags({
      'jobs/produce.sql': ctas('SELECT id, name FROM gen'),
      'jobs/consume.sql': CONSUME.replace('name STRING, label STRING) WITH', 'name INT, label STRING) WITH'),
    });
    expect(diags).toEqual([
      expect.objectContaining({
        code: 'FO289',
        summary:
          'Table rides_in reads column name of Kafka topic t as INT, but rides_out (created and written by job produce) writes it as STRING',
      }),
      expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') }),
    ]);
  });

  it('names an aliased expression and a qualified column, without a type for the expression', async () => {
    const diags = await topicDiags({
      'jobs/produce.sql': ctas(
        'SELECT g.id, UPPER(g.name) AS name, CAST(ts AS STRING) AS stamp FROM gen AS g',
      ),
      'jobs/consume.sql': CONSUME.replace('name STRING, label STRING) WITH', 'name INT, label STRING) WITH'),
    });
    expect(diags).toEqual([expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') })]);
  });

  it('expands * and t.* over a repository table and a table the script creates', async () => {
    const yaml =
      'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: name, type: STRING }\n';
    expect(
      await topicDiags({ 'tables/src.yaml': yaml, 'jobs/produce.sql': ctas('SELECT * FROM src', '', '') }),
    ).toEqual([expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') })]);
    expect(await topicDiags({ 'jobs/produce.sql': ctas('SELECT g.*, name AS label FROM gen g') })).toEqual(
      [],
    );
  });

  it('takes the columns its CREATE part declares: a new one, and a query column given another type', async () => {
    expect(
      await topicDiags({ 'jobs/produce.sql': ctas('SELECT id, name FROM gen', '(label STRING)') }),
    ).toEqual([]);
    expect(
      await topicDiags({ 'jobs/produce.sql': ctas('SELECT id, name, name AS label FROM gen', '(name INT)') }),
    ).toEqual([
      expect.objectContaining({
        code: 'FO289',
        summary:
          'Table rides_in reads column name of Kafka topic t as STRING, but rides_out (created and written by job produce) writes it as INT',
      }),
    ]);
  });

  it('reads a UNION whose branches name the same columns, and another CREATE TABLE ... AS SELECT', async () => {
    expect(
      await topicDiags({
        'jobs/produce.sql': ctas(
          'SELECT id, name FROM gen UNION ALL SELECT id, name FROM mid',
          '',
          `${GEN}CREATE TABLE mid WITH ('connector' = 'blackhole') AS SELECT id, name FROM gen;\n`,
        ),
      }),
    ).toEqual([expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') })]);
  });

  it('names an expression without alias EXPR$<i> as Flink does, i its place in the select list', async () => {
    // Flink's validator (Calcite's SqlValidatorUtil.alias): `EXPR$` and the 0-based place, `*` expanded.
    expect(
      await topicDiags({ 'jobs/produce.sql': ctas('SELECT name, COUNT(*) FROM gen GROUP BY name') }),
    ).toEqual([
      expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('id') }),
      expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') }),
    ]);
    // After `*`, counted expanded; a value word (TRUE) is an expression, a parenthesised column
    // keeps its name.
    const reads = (cols: string) =>
      CONSUME.replace('(id BIGINT, name STRING, label STRING) WITH', `(${cols}) WITH`).replace(
        'SELECT id, name, label FROM rides_in',
        'SELECT 1, 2, 3 FROM rides_in',
      );
    expect(
      await topicDiags({
        'jobs/produce.sql': ctas('SELECT gen.*, UPPER(name), TRUE FROM gen'),
        'jobs/consume.sql': reads('`EXPR$3` STRING, `EXPR$4` BOOLEAN, `EXPR$5` STRING'),
      }),
    ).toEqual([expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('EXPR$5') })]);
    expect(
      await topicDiags({
        'jobs/produce.sql': ctas('SELECT (id), UPPER(name) FROM gen'),
        'jobs/consume.sql': reads('id BIGINT, `EXPR$1` STRING, `EXPR$0` STRING'),
      }),
    ).toEqual([expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('EXPR$0') })]);
    // Given a type by the CREATE part, FO289 compares it.
    expect(
      await topicDiags({
        'jobs/produce.sql': ctas('SELECT name, COUNT(*) FROM gen GROUP BY name', '(`EXPR$1` BIGINT)'),
        'jobs/consume.sql': reads('name STRING, `EXPR$1` INT'),
      }),
    ).toEqual([
      expect.objectContaining({
        code: 'FO289',
        summary:
          'Table rides_in reads column EXPR$1 of Kafka topic t as INT, but rides_out (created and written by job produce) writes it as BIGINT',
      }),
    ]);
  });

  it('names the columns of VALUES EXPR$0, EXPR$1, … as Flink does, and those of a VALUES renamed by a column list', async () => {
    // Flink's validator (SqlValidatorImpl.getTableConstructorRowType: SqlValidatorUtil.alias(column, i))
    // names a row's i-th value EXPR$<i>; Flink's ValuesTest plans show RecordType(INTEGER EXPR$0, ...),
    // and `AS T(a, b)` renaming them.
    const reads = (cols: string) =>
      CONSUME.replace('(id BIGINT, name STRING, label STRING) WITH', `(${cols}) WITH`).replace(
        'SELECT id, name, label FROM rides_in',
        'SELECT 1, 2 FROM rides_in',
      );
    for (const query of [
      "VALUES (1, 'a'), (2, 'b')",
      "SELECT * FROM (VALUES (1, 'a'), (2, 'b'))",
      "SELECT * FROM (VALUES ROW(1, 'a')) AS v",
    ]) {
      expect(await topicDiags({ 'jobs/produce.sql': ctas(query) }), query).toEqual([
        expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('id') }),
        expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('name') }),
        expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') }),
      ]);
      expect(
        await topicDiags({
          'jobs/produce.sql': ctas(query),
          'jobs/consume.sql': reads('`EXPR$0` INT, `EXPR$1` STRING, `EXPR$2` STRING'),
        }),
        query,
      ).toEqual([expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('EXPR$2') })]);
    }
    expect(
      await topicDiags({ 'jobs/produce.sql': ctas("SELECT * FROM (VALUES (1, 'a')) AS v (id, name)") }),
    ).toEqual([expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') })]);
  });

  // Each with a query naming its columns (a warning) beside the one that does not (none).
  it.each([
    [
      'a UNION whose branches name other columns',
      'SELECT id, name FROM gen UNION ALL SELECT id, name AS n2 FROM gen',
      'SELECT id, name FROM gen UNION ALL SELECT id, name FROM gen',
    ],
    [
      '* over a subquery',
      'SELECT * FROM (SELECT id, name FROM gen)',
      'SELECT id, name FROM (SELECT id, name FROM gen)',
    ],
    [
      '* over a CTE',
      'WITH c AS (SELECT id, name FROM gen) SELECT * FROM c',
      'WITH c AS (SELECT id, name FROM gen) SELECT id, name FROM c',
    ],
    [
      '* over a table renamed with a column list',
      'SELECT * FROM gen AS g (id, name, label2)',
      'SELECT * FROM gen AS g',
    ],
    [
      '* over a table function',
      'SELECT * FROM gen, LATERAL TABLE(split(name))',
      'SELECT gen.* FROM gen, LATERAL TABLE(split(name))',
    ],
    [
      'VALUES whose rows are not one width (Flink refuses it)',
      "VALUES (1, 'a'), (2)",
      "SELECT 1 AS id, 'a' AS name",
    ],
    ['two columns of one name', 'SELECT id, name, name FROM gen', 'SELECT id, name, name AS other FROM gen'],
  ])('says nothing when a column is not named without doubt: %s', async (_, unknown, named) => {
    expect(await topicDiags({ 'jobs/produce.sql': ctas(unknown) })).toEqual([]);
    expect(await topicDiags({ 'jobs/produce.sql': ctas(named) })).toEqual([
      expect.objectContaining({ code: 'FO288', summary: NOT_WRITTEN('label') }),
    ]);
  });
});
