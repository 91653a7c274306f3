/**
 * The simulator's SQL Gateway refuses what real Flink refuses, in Flink's words at Flink's
 * position: a column name no table in scope has (EXPLAIN, INSERT, SELECT) and a temporary table
 * or view created twice in a session. Each case replays a recorded answer of real Flink 1.20.3
 * and 2.2.0 (test/fixtures/flink-errors/<version>/) and compares the exception chain from the
 * failed operation down, and the status.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';

interface Recorded {
  setUp: string[];
  statement: string;
  status: number;
  body: { errors: string[] };
}

const DIR = join(import.meta.dirname, 'fixtures/flink-errors');
/** The recordings of this answer (Flink refuses CREATE OR REPLACE of a view that exists, too). */
const CASES = /^(explain|insert|select|configure|statement)-.*\.json$/;

function recorded(version: string): [string, Recorded][] {
  return readdirSync(join(DIR, version))
    .filter((f) => CASES.test(f))
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, version, f), 'utf8'))]);
}

/**
 * The chain from the failed operation down, without stack frames and operation handles (the
 * gateway's own wrapping above it is not what this is about).
 */
function chain(errors: string[]): string[] {
  const lines = errors[1]!.split('\n').filter((l) => l.startsWith('Caused by: '));
  const at = lines.findIndex((l) => l.includes('Failed to execute the operation'));
  return lines.slice(at + 1);
}

async function call(base: string, method: string, path: string, body?: unknown) {
  const r = await fetch(`${base}/v3${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

/** Runs `f`'s statement the way it was recorded, after its set-up, in a new session. */
async function replay(sim: Simulator, name: string, f: Recorded) {
  const gw = sim.gatewayUrl;
  const sh = (await call(gw, 'POST', '/sessions', {})).body.sessionHandle as string;
  for (const s of f.setUp) {
    expect((await call(gw, 'POST', `/sessions/${sh}/configure-session`, { statement: s })).status).toBe(200);
  }
  if (name.startsWith('configure-'))
    return call(gw, 'POST', `/sessions/${sh}/configure-session`, { statement: f.statement });
  const submitted = await call(gw, 'POST', `/sessions/${sh}/statements`, { statement: f.statement });
  expect(submitted.status).toBe(200);
  return fetchFirst(sim, sh, submitted.body.operationHandle as string);
}

/** Token 0 of an operation, once it is no longer NOT_READY (the simulator's clock moved on). */
async function fetchFirst(sim: Simulator, sh: string, op: string) {
  const uri = `/sessions/${sh}/operations/${op}/result/0?rowFormat=JSON`;
  let answer = await call(sim.gatewayUrl, 'GET', uri);
  for (let i = 0; i < 10 && answer.status === 200 && answer.body.resultType === 'NOT_READY'; i++) {
    sim.control.advance(100);
    answer = await call(sim.gatewayUrl, 'GET', uri);
  }
  return answer;
}

for (const version of ['1.20', '2.2'] as const) {
  describe(`the simulator's gateway refuses as Flink ${version} does`, () => {
    let sim: Simulator;
    beforeAll(async () => {
      sim = await startSimulator({ flinkVersion: version });
    });
    afterAll(async () => {
      await sim.close();
    });

    const cases = recorded(version);
    it('has the recordings', () => {
      expect(cases.map(([n]) => n)).toEqual(
        expect.arrayContaining([
          'explain-column-any',
          'insert-column-any',
          'statement-temporary-table-twice',
        ]),
      );
    });

    for (const [name, f] of cases) {
      it(`${name}: ${f.statement.replace(/\s+/g, ' ')}`, async () => {
        const answer = await replay(sim, name, f);
        expect(answer.status).toBe(f.status);
        const errors = answer.body.errors as string[];
        expect(errors[0]).toBe(f.body.errors[0]);
        expect(chain(errors)).toEqual(chain(f.body.errors));
      });
    }
  });
}

describe("the simulator's gateway judges a name only where the session knows the columns, as validate does", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ flinkVersion: '2.2' });
  });
  afterAll(async () => {
    await sim.close();
  });

  const T = "CREATE TEMPORARY TABLE t (a INT, b STRING) WITH ('connector' = 'datagen')";
  const S = "CREATE TEMPORARY TABLE s (a INT, b STRING) WITH ('connector' = 'blackhole')";
  it.each([
    // Accepted: a CREATE TABLE ... LIKE and a CTAS do not list their columns.
    ["CREATE TEMPORARY TABLE l WITH ('connector' = 'datagen') LIKE t", 'EXPLAIN SELECT x FROM l'],
    // A view's columns come from its query; a table function's are not known.
    ['CREATE TEMPORARY VIEW v AS SELECT a, b AS c FROM t', 'EXPLAIN SELECT a, c FROM v'],
    ['CREATE TEMPORARY VIEW w (p, q) AS SELECT a, b FROM t', 'EXPLAIN SELECT p, q FROM w'],
    [S, 'EXPLAIN SELECT a, f0 FROM t CROSS JOIN UNNEST(ARRAY[b])'],
    // IF NOT EXISTS keeps the first definition, whose columns a query then reads.
    [`${T.replace('TABLE t', 'TABLE IF NOT EXISTS t')}`, 'EXPLAIN SELECT a FROM t'],
  ])('%s; %s', async (setUp, statement) => {
    const gw = sim.gatewayUrl;
    const sh = (await call(gw, 'POST', '/sessions', {})).body.sessionHandle as string;
    for (const s of [T, setUp])
      expect((await call(gw, 'POST', `/sessions/${sh}/configure-session`, { statement: s })).status).toBe(
        200,
      );
    const op = (await call(gw, 'POST', `/sessions/${sh}/statements`, { statement })).body.operationHandle;
    const answer = await fetchFirst(sim, sh, op as string);
    expect(answer.status).toBe(200);
    expect(answer.body.resultType).not.toBe('NOT_READY');
  });

  it("refused: a name a view's query does not give it (its columns are known when it is created)", async () => {
    const gw = sim.gatewayUrl;
    const sh = (await call(gw, 'POST', '/sessions', {})).body.sessionHandle as string;
    for (const s of [T, 'CREATE TEMPORARY VIEW v AS SELECT a AS k FROM t'])
      await call(gw, 'POST', `/sessions/${sh}/configure-session`, { statement: s });
    const op = (
      await call(gw, 'POST', `/sessions/${sh}/statements`, { statement: 'EXPLAIN SELECT a FROM v' })
    ).body.operationHandle;
    const answer = await fetchFirst(sim, sh, op as string);
    expect(answer.status).toBe(500);
    expect(chain(answer.body.errors as string[]).slice(-2)).toEqual([
      "Caused by: org.apache.calcite.runtime.CalciteContextException: At line 1, column 16: Column 'a' not found in any table",
      "Caused by: org.apache.calcite.sql.validate.SqlValidatorException: Column 'a' not found in any table",
    ]);
  });
});

describe("the simulator's gateway DROP", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ flinkVersion: '2.2' });
  });
  afterAll(async () => {
    await sim.close();
  });

  /** A new gateway session: each statement configures it, answering Flink's reply. */
  const session = async () => {
    const gw = sim.gatewayUrl;
    const sh = (await call(gw, 'POST', '/sessions', {})).body.sessionHandle as string;
    return (statement: string) => call(gw, 'POST', `/sessions/${sh}/configure-session`, { statement });
  };

  it.each([
    // A quoted name holding a dot is one part, not a database and a table.
    ["CREATE TEMPORARY TABLE `a.b` (x INT) WITH ('connector' = 'datagen')", 'DROP TEMPORARY TABLE `a.b`'],
    ["CREATE TABLE t (x INT) WITH ('connector' = 'datagen')", 'DROP TABLE /* no longer read */ t'],
    ['CREATE TEMPORARY VIEW `v.w` AS SELECT 1 AS x', 'DROP TEMPORARY VIEW IF EXISTS `v.w`'],
  ])('drops the object as the parse reads its name: %s; %s', async (create, drop) => {
    const configure = await session();
    expect((await configure(create)).status).toBe(200);
    expect((await configure(drop)).status).toBe(200);
    // Gone: created again without a refusal.
    expect((await configure(create)).status).toBe(200);
  });

  it.each([
    // Flink's CatalogManager drops only what its filter on the kind lets through.
    ["CREATE TABLE t (x INT) WITH ('connector' = 'datagen')", 'DROP VIEW IF EXISTS t'],
    ['CREATE TEMPORARY VIEW v AS SELECT 1 AS x', 'DROP TEMPORARY TABLE IF EXISTS v'],
  ])(
    'drops through the statement of its kind only: %s; %s leaves it, and it cannot be created again',
    async (create, drop) => {
      const configure = await session();
      expect((await configure(create)).status).toBe(200);
      expect((await configure(drop)).status).toBe(200);
      expect((await configure(create)).status).not.toBe(200);
    },
  );

  it('refuses a DROP of the other kind without IF EXISTS, in Flink words', async () => {
    const configure = await session();
    await configure("CREATE TEMPORARY TABLE t (x INT) WITH ('connector' = 'datagen')");
    const res = await configure('DROP TEMPORARY VIEW t');
    expect(res.status).not.toBe(200);
    expect(JSON.stringify(res.body)).toContain(
      "Temporary table or view with identifier 'default_catalog.default_database.t' does not exist.",
    );
  });
});

describe("the simulator's gateway places an unknown table as Calcite does", () => {
  it('at a point for a one-character name, over a span for a longer one', async () => {
    const sim = await startSimulator({ flinkVersion: '2.2' });
    try {
      const gw = sim.gatewayUrl;
      const sh = (await call(gw, 'POST', '/sessions', {})).body.sessionHandle as string;
      const refusal = async (statement: string) =>
        JSON.stringify((await call(gw, 'POST', `/sessions/${sh}/configure-session`, { statement })).body);
      // SqlUtil.newContextException: validatorContextPoint when the span starts and ends at one place.
      expect(await refusal('CREATE TEMPORARY VIEW v AS SELECT 1 AS a FROM x')).toContain(
        "At line 1, column 47: Object 'x' not found",
      );
      expect(await refusal('CREATE TEMPORARY VIEW w AS SELECT 1 AS a FROM xy')).toContain(
        "From line 1, column 47 to line 1, column 48: Object 'xy' not found",
      );
    } finally {
      await sim.close();
    }
  });
});
