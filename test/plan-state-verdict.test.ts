/**
 * The state verdict over stream graphs Flink's own planner printed (EXPLAIN JSON_EXECUTION_PLAN on
 * real 1.20 and 2.2 gateways, recorded under test/fixtures/explain/). The verdicts these graphs get
 * are the ones real restores gave (test/e2e/state-catalogue.e2e.test.ts proves them on a cluster).
 */
import { describe, expect, it } from 'vitest';
import type { DesiredJob } from '../src/compile';
import type { SourceRange } from '../src/core/diagnostics';
import { murmur3OfInts, murmur3x64_128, toHex } from '../src/core/murmur3';
import { chainHeads, operatorIds, parseExecutionPlan } from '../src/core/stream-graph';
import { type ExplainedJob, type TableFacts, tableFacts } from '../src/plan/explained-job';
import { stateLostDiagnostic } from '../src/plan/spec-change';
import { defaultMaxParallelism, stateVerdict } from '../src/plan/state-verdict';
import { restoreOutcome } from '../src/render/terminal';
import { explainedSide, FIXTURE_TABLES } from './explain-fixtures';

const TABLES = FIXTURE_TABLES;
const side = explainedSide;

describe('murmur3_128 as Guava computes it', () => {
  it('gives the operator ids Flink gives a lone source and a source with one chained operator', () => {
    expect(toHex(murmur3OfInts([0]))).toBe('bc764cd8ddf7a0cff126f51c16239658');
    expect(toHex(murmur3OfInts([0, 0]))).toBe('cbc357ccb763df2852fee8c4fc7d55f2');
  });
  it('hashes bytes across a 16-byte block and a tail', () => {
    expect(toHex(murmur3x64_128(new TextEncoder().encode('hello')))).toBe('029bbd41b3a7d8cb191dae486a901e5b');
    expect(
      toHex(murmur3x64_128(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))),
    ).toBe('6c1b07bc7bbc4be347939ac4a93c437a');
  });
});

describe.each(['1.20', '2.2'])('stream graphs of Flink %s', (version) => {
  it('chains source, watermark and filter; the aggregate heads the second vertex', () => {
    const g = side(version, 'agg').graph;
    const ids = operatorIds(g);
    const heads = chainHeads(g).map((n) => g.nodes.find((x) => x.id === n)!.type.replace(/\[\d+\]/, ''));
    expect(heads).toEqual(['Source: orders', 'GroupAggregate']);
    expect(ids.get(g.nodes[0]!.id)).toBe('cbc357ccb763df2852fee8c4fc7d55f2');
  });

  it('a filter edit keeps every operator id: compatible, the aggregate keeps its state', () => {
    const v = stateVerdict({ old: side(version, 'agg'), next: side(version, 'agg-filter-changed') });
    expect(v.verdict).toBe('compatible');
    expect(v.source).toBe('flink');
    expect(v.findings).toContain('GroupAggregate (customer) keeps its state');
    expect(v.operators?.map((o) => o.state)).toEqual(['kept', 'kept']);
  });

  it('a group key added keeps the id but changes the key: incompatible', () => {
    const v = stateVerdict({ old: side(version, 'agg'), next: side(version, 'agg-key-added') });
    expect(v.verdict).toBe('incompatible');
    expect(v.operators?.find((o) => o.name.startsWith('GroupAggregate'))?.state).toBe('reshaped');
    expect(v.advice.join('\n')).toMatch(/upgradeMode: stateless/);
  });

  it('a deduplication before the aggregate shifts its id: drops state, allowed with allowNonRestoredState', () => {
    const v = stateVerdict({ old: side(version, 'agg'), next: side(version, 'agg-dedup-before') });
    expect(v.verdict).toBe('drops-state');
    expect(v.findings.join('\n')).toMatch(/GroupAggregate \(customer\): its state is dropped/);
    expect(v.findings.join('\n')).toMatch(/Deduplicate \(order_id\) starts with empty state/);
    // The source no longer chains a Calc (the deduplication shuffles right after it): its id moves too.
    expect(v.findings.join('\n')).toMatch(/source orders: its state is dropped/);
    expect(v.advice[0]).toMatch(/allowNonRestoredState: true/);
  });

  it('parallelism 1 → 2 next to a sink pinned at 1 re-chains the sink: its writer state is dropped', () => {
    const v = stateVerdict({
      old: side(version, 'agg-pinned-sink-p1'),
      next: side(version, 'agg-pinned-sink-p2'),
    });
    expect(v.verdict).toBe('drops-state');
    expect(v.operators?.find((o) => o.name === 'sink totals1')?.state).toBe('dropped');
  });

  it('a retyped column held in keyed state: incompatible', () => {
    const retyped = new Map(TABLES);
    retyped.set('orders', { options: { connector: 'kafka' }, columns: new Map([['customer', 'BIGINT']]) });
    const v = stateVerdict({ old: side(version, 'agg'), next: side(version, 'agg-filter-changed', retyped) });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toMatch(/column types change: .*<STRING>.* → .*<BIGINT>/);
  });

  it('a key renamed by an alias keeps its type: compatible; another column of another type: incompatible', () => {
    const rename = (from: string, to: string, alias: boolean) => {
      const next = side(version, 'agg');
      const nodes = next.graph.nodes.map((n) => {
        if (n.type.startsWith('Calc') && alias && n.contents.includes('select=[customer'))
          return { ...n, contents: n.contents.replace('select=[customer', `select=[${from} AS ${to}`) };
        if (n.type.startsWith('GroupAggregate')) return { ...n, contents: n.contents.replaceAll(from, to) };
        return n;
      });
      return { ...next, graph: { nodes } };
    };
    const renamed = stateVerdict({ old: side(version, 'agg'), next: rename('customer', 'cust', true) });
    expect(renamed.verdict).toBe('compatible');
    const other = stateVerdict({ old: side(version, 'agg'), next: rename('customer', 'amount', false) });
    expect(other.verdict).toBe('incompatible');
  });

  it('a row-time deduplication switched from the first to the last row keeps its state; in processing time it does not', () => {
    const flip = (proctime: boolean, keep: 'FirstRow' | 'LastRow') => {
      const job = side(version, 'agg-dedup-before');
      const nodes = job.graph.nodes.map((n) => {
        if (!n.contents.includes('Deduplicate(')) return n;
        let contents = n.contents.replace('keep=[FirstRow]', `keep=[${keep}]`);
        if (keep === 'LastRow')
          contents = contents.replace('outputInsertOnly=[true]', 'outputInsertOnly=[false]');
        if (proctime) contents = contents.replace('order=[ROWTIME]', 'order=[PROCTIME]');
        return { ...n, contents };
      });
      return { ...job, graph: { nodes } };
    };
    const rowtime = stateVerdict({ old: flip(false, 'FirstRow'), next: flip(false, 'LastRow') });
    expect(rowtime.verdict).toBe('compatible');
    expect(rowtime.findings).toContain('Deduplicate (order_id) keeps its state');
    const back = stateVerdict({ old: flip(false, 'LastRow'), next: flip(false, 'FirstRow') });
    expect(back.verdict).toBe('compatible');
    const proctime = stateVerdict({ old: flip(true, 'FirstRow'), next: flip(true, 'LastRow') });
    expect(proctime.verdict).toBe('incompatible');
    expect(proctime.findings.join('\n')).toMatch(/Deduplicate \(order_id\): its state changes shape/);
  });

  it('table.exec.state.ttl switched on: the sink materializer cannot be restored, on 1.x and on 2.x', () => {
    const ttl = (on: boolean): ExplainedJob => ({
      ...side(version, 'agg-key-added'),
      config: on ? { 'table.exec.state.ttl': '1 h' } : {},
    });
    const v = stateVerdict({ old: ttl(false), next: ttl(true), flinkVersion: `${version}.0` });
    expect(v.verdict).toBe('incompatible');
    expect(v.operators?.find((o) => o.name.startsWith('SinkMaterializer'))?.state).toBe('reshaped');
    // Flink 2.x migrates the aggregate's own state (FLINK-36521); 1.x does not.
    expect(v.operators?.find((o) => o.name.startsWith('GroupAggregate'))?.state).toBe(
      version === '1.20' ? 'reshaped' : 'kept',
    );
  });

  it('a STATE_TTL hint added to a GROUP BY: the aggregate cannot be restored on 1.x (real 1.20: StateMigrationException)', () => {
    const hinted = (sql: string): ExplainedJob => ({ ...side(version, 'agg'), sql });
    const plain = hinted('INSERT INTO totals SELECT customer, COUNT(*) FROM orders GROUP BY customer');
    const withHint = hinted(
      "INSERT INTO totals SELECT /*+ STATE_TTL('orders' = '1h') */ customer, COUNT(*) FROM orders GROUP BY customer",
    );
    const v = stateVerdict({ old: plain, next: withHint, flinkVersion: `${version}.3` });
    expect(v.verdict).toBe(version === '1.20' ? 'incompatible' : 'compatible');
    if (version === '1.20')
      expect(v.findings.join('\n')).toMatch(/GroupAggregate \(customer\).*STATE_TTL hint added/);
    const back = stateVerdict({ old: withHint, next: plain, flinkVersion: `${version}.3` });
    expect(back.verdict).toBe(version === '1.20' ? 'incompatible' : 'compatible');
    // A zero TTL in the hint is no TTL; the same hint on both sides keeps the state.
    const zero = hinted(
      "INSERT INTO totals SELECT /*+ STATE_TTL('orders' = '0 ms') */ customer, COUNT(*) FROM orders GROUP BY customer",
    );
    expect(stateVerdict({ old: plain, next: zero, flinkVersion: `${version}.3` }).verdict).toBe('compatible');
    expect(stateVerdict({ old: withHint, next: withHint, flinkVersion: `${version}.3` }).verdict).toBe(
      'compatible',
    );
  });

  it("a STATE_TTL hint of '0 ms' under table.exec.state.ttl keeps the state plain: incompatible on 1.x (real 1.20.3: StateMigrationException)", () => {
    // Real 1.20.3: a regular join's hint 'o' = '45min' → '0 ms' under table.exec.state.ttl = 2 h
    // failed its restore (the new MapSerializer must not be incompatible with the old one).
    const hinted = (hint: string): ExplainedJob => ({
      ...side(version, 'agg'),
      config: { 'table.exec.state.ttl': '2 h' },
      sql: `INSERT INTO totals SELECT /*+ STATE_TTL(${hint}) */ customer, COUNT(*) FROM orders GROUP BY customer`,
    });
    const v = stateVerdict({
      old: hinted("'orders' = '45min'"),
      next: hinted("'orders' = '0 ms'"),
      flinkVersion: `${version}.3`,
    });
    expect(v.verdict).toBe(version === '1.20' ? 'incompatible' : 'compatible');
    if (version === '1.20')
      expect(v.findings.join('\n')).toMatch(
        /GroupAggregate \(customer\).*a STATE_TTL hint switched the TTL of orders off/,
      );
    // Another TTL that is not zero, or the hint dropped for the option's TTL: TTL state either way.
    for (const next of ["'orders' = '1h'", "'other' = '3h'"])
      expect(
        stateVerdict({ old: hinted("'orders' = '45min'"), next: hinted(next), flinkVersion: `${version}.3` })
          .verdict,
      ).toBe('compatible');
  });

  it('a Top-N sorted the other way keeps its state when append-only (real 1.20: restored); not when retracting', () => {
    const rank = (strategy: string, orderBy: string): ExplainedJob => {
      const job = side(version, 'agg');
      const nodes = job.graph.nodes.map((n) =>
        n.type.startsWith('GroupAggregate')
          ? {
              ...n,
              type: n.type.replace('GroupAggregate', 'Rank'),
              contents: `[352]:Rank(strategy=[${strategy}], rankType=[ROW_NUMBER], rankRange=[rankStart=1, rankEnd=3], partitionBy=[customer], orderBy=[${orderBy}], select=[customer, amount])`,
            }
          : n,
      );
      return { ...job, graph: { nodes } };
    };
    const flipped = stateVerdict({
      old: rank('AppendFastStrategy', 'amount DESC'),
      next: rank('AppendFastStrategy', 'amount ASC'),
    });
    expect(flipped.verdict).toBe('compatible');
    // AppendOnlyTopNFunction keeps a key's first N rows by the old order, not every row it read.
    expect(flipped.findings).toContain(
      'Rank (customer) keeps its state (its order changes: each key ranks the N rows the old order kept and the rows read after the upgrade, not every row it read)',
    );
    // Another sort column of another type: the map's keys change type (real 1.20: restore failed).
    const other = stateVerdict({
      old: rank('AppendFastStrategy', 'amount DESC'),
      next: rank('AppendFastStrategy', 'customer DESC'),
    });
    expect(other.verdict).toBe('incompatible');
    const retract = stateVerdict({
      old: rank('RetractStrategy', 'amount DESC'),
      next: rank('RetractStrategy', 'amount ASC'),
    });
    expect(retract.verdict).toBe('incompatible');
  });

  it('MATCH_RECOGNIZE keeps its state across DEFINE, MEASURES and AFTER MATCH edits (real 2.2: restored); not across a pattern or key change', () => {
    const match = (clauses: {
      key?: string;
      measures?: string;
      after?: string;
      pattern?: string;
      define?: string;
    }): ExplainedJob => {
      const job = side(version, 'agg');
      const nodes = job.graph.nodes.map((n) =>
        n.type.startsWith('GroupAggregate')
          ? {
              ...n,
              type: n.type.replace('GroupAggregate', 'Match'),
              contents: `[352]:Match(partitionBy=[${clauses.key ?? 'customer'}], orderBy=[ts ASC], measures=[${clauses.measures ?? 'FINAL(FIRST(UP.amount, 0)) AS first_amount'}], rowsPerMatch=[ONE ROW PER MATCH], after=[${clauses.after ?? 'SKIP PAST LAST ROW'}], pattern=[${clauses.pattern ?? "PATTERN_QUANTIFIER(_UTF-16LE'UP', 3, 3, false)"}], define=[${clauses.define ?? '{UP=>(PREV(UP.$1, 0), 20)}'}])`,
            }
          : n,
      );
      return { ...job, graph: { nodes } };
    };
    const base = match({});
    const edited = stateVerdict({
      old: base,
      next: match({
        define: '{UP=>SEARCH(PREV(UP.$1, 0), Sarg[(30..50)])}',
        measures: 'FINAL(MIN(UP.amount)) AS first_amount, FINAL(LAST(UP.amount, 0)) AS last_amount',
        after: 'SKIP TO NEXT ROW',
      }),
    });
    expect(edited.verdict).toBe('compatible');
    expect(edited.findings).toContain('Match (customer) keeps its state');
    // Partial matches are kept under the pattern's variables; the key is the state's key.
    expect(
      stateVerdict({
        old: base,
        next: match({ pattern: "PATTERN_QUANTIFIER(_UTF-16LE'DOWN', 3, 3, false)" }),
      }).verdict,
    ).toBe('incompatible');
    expect(stateVerdict({ old: base, next: match({ key: 'amount' }) }).verdict).toBe('incompatible');
  });

  it('an aggregated column wrapped in an expression of its own type keeps the accumulator: compatible (real 1.20: restored)', () => {
    const summing = (expr: string | undefined): ExplainedJob => {
      const job = side(version, 'agg');
      if (expr === undefined) return job;
      const nodes = job.graph.nodes.map((n) => {
        if (n.type.startsWith('Calc') && n.contents.includes('select=[customer, amount]'))
          return {
            ...n,
            contents: n.contents.replace('select=[customer, amount]', `select=[customer, ${expr} AS $f1]`),
          };
        if (n.type.startsWith('GroupAggregate'))
          return { ...n, contents: n.contents.replace('SUM(amount)', 'SUM($f1)') };
        return n;
      });
      return { ...job, graph: { nodes } };
    };
    const verdict = (a: string | undefined, b: string | undefined) =>
      stateVerdict({ old: summing(a), next: summing(b) }).verdict;
    // SUM(amount) → SUM(ABS(amount - 50)): INT either way.
    expect(verdict(undefined, 'ABS((amount - 50))')).toBe('compatible');
    expect(verdict(undefined, 'MOD(amount, 7)')).toBe('compatible');
    expect(verdict('(amount + 1)', '(amount * 5)')).toBe('compatible');
    // SUM(amount) → SUM(CAST(amount AS BIGINT)): a BIGINT accumulator (real 1.20: restore failed).
    expect(verdict(undefined, 'CAST(amount AS BIGINT)')).toBe('incompatible');
    // Both sides compute $f1, of other types: no longer taken for the same state.
    expect(verdict('(amount + 1)', 'CAST(amount AS BIGINT)')).toBe('incompatible');
    // What flinkops cannot type stays as it is: incompatible unless the same expression name.
    expect(verdict(undefined, 'CHAR_LENGTH(customer)')).toBe('incompatible');
    expect(verdict(undefined, '(amount + order_id)')).toBe('incompatible');
  });

  it('a group key made NOT NULL changes the key serializer: incompatible; an aggregated column does not (real 1.20)', () => {
    const notNull = (cols: string[]) => {
      const tables = new Map(TABLES);
      tables.set('orders', { ...TABLES.get('orders')!, notNull: new Set(cols) });
      return side(version, 'agg', tables);
    };
    const key = stateVerdict({ old: notNull([]), next: notNull(['customer']) });
    expect(key.verdict).toBe('incompatible');
    expect(key.findings.join('\n')).toMatch(
      /GroupAggregate \(customer\).*column customer changes type or nullability/,
    );
    expect(stateVerdict({ old: notNull(['customer']), next: notNull([]) }).verdict).toBe('incompatible');
    // SUM(amount) keeps a nullable accumulator either way (real 1.20: restored).
    expect(stateVerdict({ old: notNull([]), next: notNull(['amount']) }).verdict).toBe('compatible');
  });

  it('a primary key added to the source makes its group key NOT NULL: incompatible (real 1.20: restore failed)', () => {
    const orders = (primaryKey?: string[]) => {
      const columns = [
        { kind: 'physical' as const, name: 'customer', type: 'STRING', start: 0, end: 0 },
        { kind: 'physical' as const, name: 'amount', type: 'INT', start: 0, end: 0 },
      ];
      const facts = tableFacts({
        options: { connector: 'kafka' },
        columns,
        ...(primaryKey ? { primaryKey: { columns: primaryKey, enforced: false } } : {}),
      });
      return side(version, 'agg', new Map([...TABLES, ['orders', facts]]));
    };
    expect([
      ...(tableFacts({ options: {}, columns: [], primaryKey: { columns: ['`Customer`'], enforced: false } })
        .notNull ?? []),
    ]).toEqual(['customer']);
    expect(stateVerdict({ old: orders(), next: orders(['customer']) }).verdict).toBe('incompatible');
    expect(stateVerdict({ old: orders(['customer']), next: orders(['customer']) }).verdict).toBe(
      'compatible',
    );
  });

  it('a max parallelism change under kept keyed state: incompatible', () => {
    const v = stateVerdict({
      old: side(version, 'agg'),
      next: side(version, 'agg'),
      maxParallelism: { from: 128, to: 256 },
    });
    expect(v.verdict).toBe('incompatible');
  });

  it('a max parallelism the script SETs (config: pipeline.max-parallelism) counts as the setting does', () => {
    // Real 2.2.0: `config: pipeline.max-parallelism` 128 → 256 failed the restore ("Max parallelism
    // mismatch between checkpoint/savepoint state and new program").
    const withMax = (max?: string) => ({
      ...side(version, 'agg'),
      ...(max ? { config: { 'pipeline.max-parallelism': max } } : {}),
    });
    const changed = stateVerdict({ old: withMax('128'), next: withMax('256') });
    expect(changed.verdict).toBe('incompatible');
    expect(changed.findings.join('\n')).toContain('maxParallelism 128 → 256');
    expect(stateVerdict({ old: withMax('128'), next: withMax('128') }).verdict).toBe('compatible');
    // Set now where it was unset: the savepoint's key groups are the default for parallelism 1.
    expect(stateVerdict({ old: withMax(), next: withMax('64') }).verdict).toBe('incompatible');
    // The job settings' maxParallelism is what flinkops submits, over the script's.
    expect(
      stateVerdict({ old: withMax('128'), next: withMax('256'), maxParallelism: { from: 128, to: 128 } })
        .verdict,
    ).toBe('compatible');
  });

  it("a max parallelism set where none was: incompatible unless it is Flink's default for the parallelism", () => {
    // Flink refuses a savepoint whose key groups (128: the default for parallelism 2) differ from
    // a max parallelism the new job sets; one the new job leaves unset takes the savepoint's.
    const set = (to: number) =>
      stateVerdict({ old: side(version, 'agg'), next: side(version, 'agg'), maxParallelism: { to } });
    expect(set(64).verdict).toBe('incompatible');
    expect(set(64).findings.join('\n')).toContain("maxParallelism unset (Flink's default 128) → 64");
    expect(set(128).verdict).toBe('compatible');
    const unset = stateVerdict({
      old: side(version, 'agg'),
      next: side(version, 'agg'),
      maxParallelism: { from: 256 },
    });
    expect(unset.verdict).toBe('compatible');
    expect([1, 2, 85, 86, 100, 1000, 30000].map(defaultMaxParallelism)).toEqual([
      128, 128, 128, 256, 256, 2048, 32768,
    ]);
  });
});

describe.each(['1.20', '2.2'])("a rescale above the savepoint's max parallelism (Flink %s)", (version) => {
  // Real 2.2.0: agg rescaled 2 → 200 through a savepoint, max parallelism unset (128):
  // "The maximum parallelism (128) of the restored state is lower than the configured parallelism (200)".
  const at = (parallelism: number) => {
    const s = side(version, 'agg');
    return { ...s, graph: { ...s.graph, nodes: s.graph.nodes.map((n) => ({ ...n, parallelism })) } };
  };

  it('is incompatible: Flink refuses the restore', () => {
    const v = stateVerdict({ old: at(2), next: at(200), runningMaxParallelism: 128 });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toContain('parallelism 200 is above the max parallelism 128');
    // The savepoint's key groups default from the running parallelism when Flink's answer is not known.
    expect(stateVerdict({ old: at(2), next: at(200) }).verdict).toBe('incompatible');
  });

  it("up to the savepoint's max parallelism, or under a larger one it was written with, is compatible", () => {
    expect(stateVerdict({ old: at(2), next: at(128), runningMaxParallelism: 128 }).verdict).toBe(
      'compatible',
    );
    expect(stateVerdict({ old: at(2), next: at(200), runningMaxParallelism: 256 }).verdict).toBe(
      'compatible',
    );
  });
});

describe('a UDF whose new jar returns another type (graphs real 1.20.3 printed)', () => {
  // The Calc reads `bucket(amount) AS b` with either jar: only the planner's type of the call, which
  // plan asks the gateway for (a view of the call, DESCRIBE), shows the window's key changing.
  const typed = (name: string, type: string): ExplainedJob => ({
    ...side('1.20', name),
    functionTypes: new Map([['bucket(amount)', type]]),
  });

  it('a key computed by the UDF turning STRING → INT: incompatible (real restore: StateMigrationException)', () => {
    const v = stateVerdict({ old: typed('udf-key-string', 'STRING'), next: typed('udf-key-int', 'INT') });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toMatch(
      /GlobalWindowAggregate \(b\): its state changes shape \(column types change: .*<STRING>.*→.*<INT>/,
    );
  });

  it('a new jar of the same result type keeps the state', () => {
    const v = stateVerdict({
      old: typed('udf-key-string', 'STRING'),
      next: typed('udf-key-string', 'STRING'),
    });
    expect(v.verdict).toBe('compatible');
  });

  it('a type known on one side only is no change', () => {
    const v = stateVerdict({ old: typed('udf-key-string', 'STRING'), next: side('1.20', 'udf-key-int') });
    expect(v.verdict).toBe('compatible');
  });
});

describe('an aggregate UDF from a new jar (graphs real 1.20.3 printed)', () => {
  const jar = (v: string) => `com.acme.udf.SumSq file:///jars/acme-udfs-${v}.jar`;
  const built = (name: string, v: string): ExplainedJob => ({
    ...side('1.20', name),
    functions: new Map([['sum_sq', jar(v)]]),
  });

  it("its accumulator is the jar's type, which the graph does not show: unknown, not compatible", () => {
    // Real 1.20.3: a field added to SumSq's accumulator failed the restore (StateMigrationException).
    const v = stateVerdict({ old: built('udf-agg', '1.0.1'), next: built('udf-agg-new-jar', '4.0.0') });
    expect(v.verdict).toBe('unknown');
    expect(v.findings.join('\n')).toMatch(
      /GroupAggregate \(customer\): the accumulator of sum_sq is a type of its jar, which changed/,
    );
  });

  it('from the same jar: compatible', () => {
    const v = stateVerdict({ old: built('udf-agg', '1.0.1'), next: built('udf-agg-new-jar', '1.0.1') });
    expect(v.verdict).toBe('compatible');
  });

  it('a new build under the same URI (its sha256 changed): unknown, as a new URI is', () => {
    const v = stateVerdict({
      old: built('udf-agg', '1.0.1'),
      next: built('udf-agg-new-jar', '1.0.1'),
      rebuiltFunctions: ['sum_sq'],
    });
    expect(v.verdict).toBe('unknown');
    expect(v.findings.join('\n')).toMatch(
      /GroupAggregate \(customer\): the accumulator of sum_sq is a type of its jar, which changed/,
    );
  });
});

describe('a Python aggregate after an edit of its Python file (graph real 1.20.3 printed)', () => {
  const words = new Map([
    ...FIXTURE_TABLES,
    ['lens', { options: { connector: 'filesystem' }, columns: new Map() }],
  ]);
  const lens = () => side('1.20', 'python-udaf-window', words);

  it('its accumulator is a type of the Python file, which the graph does not show: unknown', () => {
    const v = stateVerdict({ old: lens(), next: lens(), rebuiltFunctions: ['count_len'] });
    expect(v.verdict).toBe('unknown');
    expect(v.findings.join('\n')).toMatch(
      /PythonGroupWindowAggregate \(k\): the accumulator of count_len is a type of its Python file, which changed/,
    );
  });

  it('the same file: compatible', () => {
    expect(stateVerdict({ old: lens(), next: lens() }).verdict).toBe('compatible');
  });
});

describe.each(['2.2', '2.3'])('a UDF key retyped by a new jar, graphs real %s printed', (version) => {
  // The sink's column b is the key's name: it says nothing of the key's type.
  const tables = new Map(TABLES);
  tables.set('totals', { options: { connector: 'blackhole' }, columns: new Map([['b', 'STRING']]) });
  const typed = (name: string, type: string, sides = tables): ExplainedJob => ({
    ...side(version, name, sides),
    functionTypes: new Map([['bucket(amount)', type]]),
  });

  it.runIf(version === '2.2')('STRING → INT, the sink column retyped with it: incompatible', () => {
    const retyped = new Map(TABLES);
    retyped.set('totals', { options: { connector: 'blackhole' }, columns: new Map([['b', 'INT']]) });
    const v = stateVerdict({
      old: typed('udf-key-string', 'STRING'),
      next: typed('udf-key-int', 'INT', retyped),
    });
    expect(v.verdict).toBe('incompatible');
  });

  it('STRING → INT cast back to STRING after the window: incompatible (real restore: StateMigrationException)', () => {
    // The Calc after the window reads `CAST(b AS VARCHAR(2147483647)) AS b`: another b, not the key.
    const v = stateVerdict({
      old: typed('udf-key-string', 'STRING'),
      next: typed('udf-key-int-cast', 'INT'),
    });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toMatch(
      /GlobalWindowAggregate \(b\): .*groupBy=\[<STRING>\].*→.*groupBy=\[<INT>\]/,
    );
  });

  it('a new jar of the same type: compatible', () => {
    const v = stateVerdict({
      old: typed('udf-key-string', 'STRING'),
      next: typed('udf-key-string', 'STRING'),
    });
    expect(v.verdict).toBe('compatible');
  });
});

describe('a key read from a lookup table', () => {
  // As Flink prints a lookup join: `table=[catalog.db.name]`, where a scan prints `table=[[…]]`.
  const tables = new Map([
    ['rides', { options: { connector: 'kafka' }, columns: new Map([['driver_id', 'BIGINT']]) }],
    [
      'drivers',
      {
        options: { connector: 'jdbc' },
        columns: new Map([
          ['driver_id', 'BIGINT'],
          ['name', 'STRING'],
          ['vehicle_type', 'STRING'],
          ['rating', 'DOUBLE'],
        ]),
      },
    ],
  ]);
  const job = (key: string): ExplainedJob => {
    const node = (id: number, contents: string, from?: number, ship = 'FORWARD') => ({
      id,
      type: `${contents.replace(/^\[\d+\]:/, '').replace(/\(.*/s, '')}[${id}]`,
      pact: 'Operator',
      contents,
      parallelism: 1,
      ...(from ? { predecessors: [{ id: from, ship_strategy: ship, side: 'second' }] } : {}),
    });
    const plan = {
      nodes: [
        node(
          1,
          '[1]:TableSourceScan(table=[[default_catalog, default_database, rides]], fields=[driver_id])',
        ),
        node(
          2,
          '[2]:LookupJoin(table=[default_catalog.default_database.drivers], joinType=[InnerJoin], lookup=[driver_id=driver_id], select=[driver_id, driver_id0, name, vehicle_type, rating])',
          1,
        ),
        node(3, `[3]:Calc(select=[${key}])`, 2),
        node(4, `[4]:GroupAggregate(groupBy=[${key}], select=[${key}, COUNT(*) AS n])`, 3, 'HASH'),
      ],
    };
    const graph = parseExecutionPlan(`== Physical Execution Plan ==\n${JSON.stringify(plan)}`)!;
    return { graph, chaining: true, tables };
  };

  it("another key of the same type restores, each key's state read as another's; one of another type does not restore", () => {
    const same = stateVerdict({ old: job('name'), next: job('vehicle_type') });
    expect(same.verdict).toBe('incompatible');
    expect(same.findings.join('\n')).toContain(
      "its key is another column now (name → vehicle_type); Flink restores the state and reads each key's state as that of another key",
    );
    expect(stateVerdict({ old: job('name'), next: job('rating') }).verdict).toBe('incompatible');
  });
});

describe('a regular join whose key changes (graphs real 1.20.3 printed)', () => {
  const gen = {
    options: { connector: 'datagen' },
    columns: new Map([
      ['k', 'INT'],
      ['name', 'STRING'],
      ['v', 'INT'],
    ]),
  };
  const tables = new Map<string, TableFacts>([
    ['gen_a', gen],
    ['gen_b', gen],
    ['join_out', { options: { connector: 'blackhole' }, columns: new Map() }],
    ['join_wide', { options: { connector: 'blackhole' }, columns: new Map() }],
  ]);

  it('ON a.k = b.k (INT) → ON a.name = b.name (STRING), same select: incompatible', () => {
    // Real 1.20.3 refused the restore: "StateMigrationException: The new key serializer
    // (RowDataSerializer) must be compatible with the previous key serializer".
    const v = stateVerdict({
      old: side('1.20', 'join-on-k', tables),
      next: side('1.20', 'join-on-name', tables),
    });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toMatch(
      /Join \(InnerJoin\): its state changes shape \(.*joinKey=\[k\]\) → .*joinKey=\[name\]\)\)/,
    );
  });

  it('a key of the same type (k → v, both INT), the condition written the other way round: restored, read as other keys', () => {
    // The serializers match, so Flink restores; the rows kept for k = x are then joined as v = x.
    const v = stateVerdict({
      old: side('1.20', 'join-wide-on-k', tables),
      next: side('1.20', 'join-wide-on-v', tables),
    });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toContain('its key is another column now (k → v)');
  });

  it('the same key: compatible', () => {
    const v = stateVerdict({
      old: side('1.20', 'join-on-k', tables),
      next: side('1.20', 'join-on-k', tables),
    });
    expect(v.verdict).toBe('compatible');
  });
});

describe('GROUP BY columns of one type reordered (graphs real 1.20.3 printed)', () => {
  const tables = new Map<string, TableFacts>([
    [
      'gen_c',
      {
        options: { connector: 'datagen' },
        columns: new Map([
          ['id', 'STRING'],
          ['prod', 'STRING'],
          ['cat', 'STRING'],
          ['q', 'INT'],
        ]),
      },
    ],
    ['sales_out', { options: { connector: 'blackhole' }, columns: new Map() }],
  ]);

  it('GROUP BY cat, prod → prod, cat: incompatible, the state is read crossed', () => {
    // Real 1.20.3 restored such a job and its Top-N then ranked product ids as categories.
    const v = stateVerdict({
      old: side('1.20', 'agg-by-cat-prod', tables),
      next: side('1.20', 'agg-by-prod-cat', tables),
    });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toMatch(
      /GroupAggregate \(cat, prod\): its columns are reordered \(GroupAggregate\(groupBy=\[cat, prod\].* → GroupAggregate\(groupBy=\[prod, cat\]/,
    );
  });

  it('the same order: compatible', () => {
    const v = stateVerdict({
      old: side('1.20', 'agg-by-cat-prod', tables),
      next: side('1.20', 'agg-by-cat-prod', tables),
    });
    expect(v.verdict).toBe('compatible');
  });
});

describe.each(['1.20', '2.2'])(
  'a group key switched to another column or expression of its type (graphs real %s printed)',
  (version) => {
    const tables = new Map<string, TableFacts>([
      [
        'gen_kv',
        {
          options: { connector: 'datagen' },
          columns: new Map([
            ['k', 'INT'],
            ['v', 'INT'],
          ]),
        },
      ],
      ['switched_out', { options: { connector: 'blackhole' }, columns: new Map() }],
    ]);
    const verdict = (from: string, to: string) =>
      stateVerdict({ old: side(version, from, tables), next: side(version, to, tables) });

    it('GROUP BY k → GROUP BY v: incompatible, each key read as another', () => {
      // Real 1.20.3 and 2.2.0 restored it (catalogue group_key_switched): group v = 8 printed MIN(v) = 0.
      const v = verdict('agg-by-k', 'agg-by-v');
      expect(v.verdict).toBe('incompatible');
      expect(v.findings.join('\n')).toContain(
        "GroupAggregate (k): its key is another column now (k → v); Flink restores the state and reads each key's state as that of another key",
      );
    });

    it('says Flink restores such state and reads it wrong, not that the restore fails', () => {
      // Real 2.2.0 restored GROUP BY k → v (catalogue group_key_switched), and a SESSION window
      // partitioned by k → by v (it printed a session of v = 0 whose SUM(v) was 2066).
      const v = verdict('agg-by-k', 'agg-by-v');
      expect(v.restore).toBe('read-wrong');
      const job = { name: 'switched', settings: {} } as unknown as DesiredJob;
      const d = stateLostDiagnostic(job, v, 'Upgrade', { file: 'jobs/switched.sql' } as SourceRange);
      expect(d?.summary).toBe('Upgrade of job switched restores its state and reads it wrong');
      expect(restoreOutcome(v)).toBe('Flink restores the state and reads it wrong');
      // Another max parallelism fails the restore; state of the same types reshaped may do either.
      const failed = stateVerdict({
        old: side(version, 'agg'),
        next: side(version, 'agg'),
        maxParallelism: { from: 128, to: 256 },
      });
      expect(failed.restore).toBe('fails');
      expect(restoreOutcome(failed)).toBe('the restore will fail');
      const either = stateVerdict({ old: side(version, 'agg'), next: side(version, 'agg-key-added') });
      expect(restoreOutcome(either)).toBe('the restore will fail, or read the state wrong');
    });

    it('GROUP BY MOD(k, 5) → GROUP BY MOD(v, 5): incompatible, the key is computed from another column', () => {
      // The aggregate's shape is the same text (groupBy=[g]); the Calc before it computes g otherwise.
      // Real 1.20.3 restored it and printed group MOD(v, 5) = 2 with MIN(v) = 0: -U[v, 2, 14, 2, 0].
      const v = verdict('agg-by-mod-k', 'agg-by-mod-v');
      expect(v.verdict).toBe('incompatible');
      expect(v.findings.join('\n')).toContain(
        "GroupAggregate (g): its key is computed otherwise now (g: MOD(k, 5) → MOD(v, 5)); Flink restores the state and reads each key's state as that of another key",
      );
    });

    it('the same computed key, a filter added in its Calc: compatible', () => {
      const v = verdict('agg-by-mod-k', 'agg-by-mod-k-filtered');
      expect(v.verdict).toBe('compatible');
      expect(v.findings).toContain('GroupAggregate (g) keeps its state');
    });
  },
);

describe('window joins, OVER windows and deduplications (graphs real 1.20.3 printed)', () => {
  const tables = new Map<string, TableFacts>([
    [
      'orders',
      {
        options: { connector: 'kafka' },
        columns: new Map([
          ['order_id', 'STRING'],
          ['user_id', 'INT'],
          ['category', 'STRING'],
          ['price', 'INT'],
          ['ts', 'TIMESTAMP(3)'],
        ]),
      },
    ],
    [
      'shipments',
      {
        options: { connector: 'kafka' },
        columns: new Map([
          ['order_id', 'STRING'],
          ['carrier', 'STRING'],
          ['ts', 'TIMESTAMP(3)'],
        ]),
      },
    ],
  ]);
  const verdict = (old: string, next: string) =>
    stateVerdict({
      old: side('1.20', old, tables),
      next: side('1.20', next, tables),
      flinkVersion: '1.20.3',
    });

  it('a window join INNER → LEFT → FULL keeps its state (real 1.20.3: restored, open windows joined the new way)', () => {
    // Both sides' rows are kept per window whatever the join type; a FULL join restored from an
    // INNER join's savepoint printed `+I[o62, tools, null, …]` for the orders without shipment.
    for (const [a, b] of [
      ['window-join-inner', 'window-join-left'],
      ['window-join-left', 'window-join-inner'],
      ['window-join-inner', 'window-join-full'],
    ]) {
      const v = verdict(a!, b!);
      expect(v.verdict).toBe('compatible');
      expect(v.findings.some((f) => /^WindowJoin \(.*\) keeps its state$/.test(f))).toBe(true);
    }
    // A semi join is another graph, keeping other rows of the right side.
    expect(verdict('window-join-inner', 'window-join-semi').verdict).not.toBe('compatible');
  });

  it('an OVER window switched between unbounded, bounded RANGE and bounded ROWS frames: incompatible; its size alone: compatible', () => {
    // Real 1.20.3 restored RANGE 30 s → UNBOUNDED PRECEDING and re-emitted the kept rows with
    // doubled counts, and UNBOUNDED → ROWS 5 PRECEDING printed a count of 22: state read as other state.
    for (const [a, b] of [
      ['over-range-30s', 'over-range-unbounded'],
      ['over-range-unbounded', 'over-rows-5'],
      ['over-range-10s', 'over-rows-5'],
    ]) {
      const v = verdict(a!, b!);
      expect(v.verdict).toBe('incompatible');
      expect(v.findings.join('\n')).toMatch(
        /OverAggregate \(user_id\): its state changes shape \(.*frame=\[/,
      );
    }
    // Real 1.20.3: RANGE 10 s → 30 s restored.
    expect(verdict('over-range-10s', 'over-range-30s').verdict).toBe('compatible');
    // ROWS or RANGE, an unbounded frame is one function (the rows of one timestamp are emitted otherwise).
    expect(verdict('over-range-unbounded', 'over-rows-unbounded').verdict).toBe('compatible');
  });

  it('a column added after a deduplication that keeps the row: incompatible (real 1.20.3: StateMigrationException)', () => {
    const last = verdict('dedup-last', 'dedup-last-wider');
    expect(last.verdict).toBe('incompatible');
    expect(last.findings.join('\n')).toMatch(/Deduplicate \(user_id\): its state changes shape/);
    expect(verdict('dedup-rowtime-first', 'dedup-rowtime-first-wider').verdict).toBe('incompatible');
    expect(verdict('window-dedup', 'window-dedup-wider').verdict).toBe('incompatible');
    // Keeping the first row in processing time keeps a flag per key, not the row.
    expect(verdict('dedup-first', 'dedup-first-wider').verdict).toBe('compatible');
    expect(verdict('dedup-last', 'dedup-last').verdict).toBe('compatible');
    expect(verdict('window-dedup', 'window-dedup').verdict).toBe('compatible');
  });

  it("a sink's column retyped or made NOT NULL leaves a deduplication upstream of it alone (real 2.2.0: restored)", () => {
    const sink = (type: string, notNull: string[]): ExplainedJob => ({
      ...side('1.20', 'dedup-last', tables),
      tables: new Map([
        ...tables,
        [
          'dedup_out',
          {
            options: { connector: 'upsert-kafka' },
            columns: new Map([
              ['user_id', 'INT'],
              ['order_id', 'STRING'],
              ['price', type],
            ]),
            notNull: new Set(notNull),
          },
        ],
      ]),
    });
    // The deduplication keeps the rows it reads from orders; the sink's columns of the same names
    // are cast after it.
    const v = stateVerdict({ old: sink('INT', ['user_id']), next: sink('BIGINT', ['user_id', 'order_id']) });
    expect(v.verdict).toBe('compatible');
    expect(v.findings).toContain('Deduplicate (user_id) keeps its state');
    // The source's column retyped reaches the rows kept.
    const retyped = new Map(tables);
    retyped.set('orders', {
      ...tables.get('orders')!,
      columns: new Map([...tables.get('orders')!.columns, ['price', 'BIGINT']]),
    });
    const source = stateVerdict({
      old: side('1.20', 'dedup-last', tables),
      next: side('1.20', 'dedup-last', retyped),
    });
    expect(source.verdict).toBe('incompatible');
    expect(source.findings.join('\n')).toMatch(
      /Deduplicate \(user_id\): its state changes shape \(column types change: .*<BIGINT>/,
    );
  });

  it('names the state without the arguments it leaves out: no `Deduplicate(, key=…`', () => {
    const v = verdict('dedup-rowtime-first', 'dedup-rowtime-first-wider');
    expect(v.findings.join('\n')).toContain('(Deduplicate(key=[user_id], order=[ROWTIME]) row=[');
    expect(v.findings.join('\n')).not.toContain('(,');
  });
});

describe('window joins and deduplications, OVER windows, Top-N and interval joins (graphs real 2.2.0 printed)', () => {
  const stream = (third: string): TableFacts => ({
    options: { connector: 'datagen' },
    columns: new Map([
      ['id', 'BIGINT'],
      ['k', 'INT'],
      [third, 'INT'],
      ['s', 'STRING'],
      ['ts', 'TIMESTAMP(3)'],
    ]),
  });
  const tables = new Map<string, TableFacts>([
    ['events', stream('v')],
    ['clicks', stream('w')],
  ]);
  const verdict = (old: string, next: string) =>
    stateVerdict({ old: side('2.2', old, tables), next: side('2.2', next, tables), flinkVersion: '2.2.0' });

  it('a window deduplication switched from the first to the last row keeps its state (real 2.2.0: restored)', () => {
    // One row per key and window either way; the window's later rows replace the restored one.
    const v = verdict('window-dedup', 'window-dedup-last');
    expect(v.verdict).toBe('compatible');
    expect(v.findings).toContain('WindowDeduplicate (k) keeps its state');
    // A column added to its input still changes the row it keeps (real 2.2.0: StateMigrationException).
    expect(verdict('window-dedup', 'window-dedup-wider').verdict).toBe('incompatible');
  });

  it("a window deduplication partitioned by another column of the key's type reads the state crossed (real 2.2.0: restored)", () => {
    // PARTITION BY window_start, window_end, k → …, v (both INT): Flink restores the rows kept per
    // k and window as those of v = k, so a window's first row of v = x is dropped for the old one.
    const v = verdict('window-dedup', 'window-dedup-by-v');
    expect(v.verdict).toBe('incompatible');
    expect(v.restore).toBe('read-wrong');
    expect(v.findings.join('\n')).toContain('WindowDeduplicate (k): its key is another column now (k → v)');
  });

  it('an event-time temporal join INNER → LEFT keeps its state (real 2.2.0: restored, ran without exception)', () => {
    // One TemporalRowTimeJoinOperator either way, of the same state; LEFT pads the unmatched rows.
    expect(verdict('temporal-join-inner', 'temporal-join-left').verdict).toBe('compatible');
    expect(verdict('temporal-join-left', 'temporal-join-inner').verdict).toBe('compatible');
    expect(verdict('temporal-join-inner', 'temporal-join-left').findings).toContain(
      'TemporalJoin (InnerJoin) keeps its state',
    );
  });

  it('a window deduplication become a window Top-N restores and starts empty: drops-state, not "the restore will fail"', () => {
    // rn = 1 → rn <= 2 over the same TUMBLE: real 2.2.0 restored the savepoint without
    // allowNonRestoredState; the WindowRank keeps its rows under 'window_rank', not 'window_deduplicate'.
    const v = verdict('window-dedup', 'window-dedup-to-top2');
    expect(v.verdict).toBe('drops-state');
    expect(v.operators?.find((o) => o.name.startsWith('WindowDeduplicate'))).toMatchObject({
      state: 'dropped',
      unread: true,
    });
    expect(v.findings.join('\n')).toContain(
      'WindowDeduplicate (k): becomes WindowRank (k), its state is kept under other names now (window_deduplicate → window_rank)',
    );
  });

  it('an interval join with its inputs swapped, of the same columns, reads each side as the other (real 2.2.0: restored)', () => {
    // FROM events e JOIN clicks c → FROM clicks c JOIN events e: real 2.2.0 restored the savepoint
    // and printed 300 rows joining events with events and clicks with clicks (clicks' v 1000..1099,
    // events' 0..99: `+I[2, 50, 28]` has a click of v 28, `+I[1, 1059, 1054]` an event of v 1059).
    const same = new Map<string, TableFacts>(
      ['pviews', 'buys'].map((t) => [
        t,
        {
          options: { connector: 'datagen' },
          columns: new Map([
            ['id', 'BIGINT'],
            ['k', 'INT'],
            ['v', 'INT'],
            ['s', 'STRING'],
          ]),
        },
      ]),
    );
    const swap = (a: string, b: string) =>
      stateVerdict({ old: side('2.2', a, same), next: side('2.2', b, same), flinkVersion: '2.2.0' });
    const v = swap('interval-join-pviews-buys', 'interval-join-buys-pviews');
    expect(v.verdict).toBe('incompatible');
    expect(v.restore).toBe('read-wrong');
    expect(v.findings.join('\n')).toContain('its inputs are swapped (pviews ⋈ buys → buys ⋈ pviews)');
    expect(swap('interval-join-pviews-buys', 'interval-join-pviews-buys').verdict).toBe('compatible');
  });

  it('a window join whose TUMBLE changes size keeps its state (real 2.2.0: restored, open windows closed at their old ends)', () => {
    // TUMBLE 10 s → 20 s: the rows kept are stored under the window end they carry; the new job
    // printed the old windows [07:16:20, 07:16:30) (389 rows) and [07:16:30, 07:16:40) (48 rows)
    // of the rows kept, and its 20 s windows joined only rows after the upgrade.
    const v = verdict('window-join-k-10s', 'window-join-k-20s');
    expect(v.verdict).toBe('compatible');
    expect(v.findings.join('\n')).toContain(
      'WindowJoin (InnerJoin) keeps its state (its windows change: a window open at the upgrade closes at its old end with the rows kept',
    );
    expect(verdict('window-join-k-20s', 'window-join-k-10s').verdict).toBe('compatible');
  });

  it('a SESSION window TVF aggregate rewritten as GROUP BY SESSION keeps its state (real 2.2.0: restored, sessions went on)', () => {
    // One MergingWindowProcessFunction either way (window-aggs, session-window-mapping by
    // TimeWindow): real 2.2.0 restored without exception, and with an 8 s gap a session the old
    // job opened at 07:18:25 took the new job's rows (`+I[2, …T07:18:25.478, …T07:19:31.514, 21, 230]`).
    const v = verdict('session-tvf', 'session-group-window');
    expect(v.verdict).toBe('compatible');
    expect(v.findings).toContain(
      'WindowAggregate (k) keeps its state (becomes GroupWindowAggregate (k): the same session window state, and the sessions open at the upgrade go on)',
    );
    expect(verdict('session-group-window', 'session-tvf').verdict).toBe('compatible');
    // Another aggregate is other state, as in any aggregate.
    expect(verdict('session-tvf', 'session-group-window-max').verdict).toBe('incompatible');
  });

  it('a MATCH_RECOGNIZE pattern gaining a variable keeps its state; losing one fails (real 2.2.0)', () => {
    // (A B) → (A B C): restored, ran; the NFA's partial matches wait at states that are all still there.
    for (const [a, b] of [
      ['cep-pattern-ab', 'cep-pattern-abc'],
      ['cep-pattern-abc', 'cep-pattern-abcd'],
    ]) {
      const v = verdict(a!, b!);
      expect(v.verdict, `${a} → ${b}`).toBe('compatible');
      expect(v.findings.join('\n')).toContain('Match (k) keeps its state (its pattern gains variables');
    }
    // (A B C) → (A C): "State B does not exist in the NFA" — the restore succeeds, the job fails.
    const lost = verdict('cep-pattern-abc', 'cep-pattern-ac');
    expect(lost.verdict).toBe('incompatible');
    expect(lost.restore).toBe('fails');
    expect(lost.findings.join('\n')).toContain('its pattern loses B');
    expect(lost.findings.join('\n')).toContain('State B does not exist in the NFA');
    expect(verdict('cep-pattern-abc', 'cep-pattern-ab').restore).toBe('fails');
    // Variables reordered: all states are there, and the partial matches go on another way
    // ((A B C) → (A C B) restored on real 2.2.0, no exception).
    for (const [a, b] of [
      ['cep-pattern-ab', 'cep-pattern-ba'],
      ['cep-pattern-abc', 'cep-pattern-acb'],
    ]) {
      const v = verdict(a!, b!);
      expect(v.verdict, `${a} → ${b}`).toBe('incompatible');
      expect(v.restore, `${a} → ${b}`).toBe('fails-or-read-wrong');
    }
  });

  it('the verdicts real 2.2.0 restores gave', () => {
    // Restored, rows right: a window join INNER → LEFT, an OVER window's size, window and Top-N sizes.
    for (const [a, b] of [
      ['window-join-inner', 'window-join-left'],
      ['over-size-10s', 'over-size-30s'],
      ['window-topn-3', 'window-topn-5'],
      ['dedup-first', 'dedup-first-wider'],
    ])
      expect(verdict(a!, b!).verdict, `${a} → ${b}`).toBe('compatible');
    // Failed (StateMigrationException), or restored and read as other state: an OVER frame
    // RANGE 30 s → UNBOUNDED, UNBOUNDED → ROWS 5 (printed COUNT(*) = 85 over a 6-row frame), an
    // interval join INNER → LEFT (printed a left row null-padded that the INNER job had joined).
    for (const [a, b] of [
      ['dedup-last', 'dedup-last-wider'],
      ['topn', 'topn-wider'],
      ['over-range-30s', 'over-range-unbounded'],
      ['over-unbounded-before-rows', 'over-rows-5'],
      ['interval-join-inner', 'interval-join-left'],
    ])
      expect(verdict(a!, b!).verdict, `${a} → ${b}`).toBe('incompatible');
  });

  it("a window aggregate's slice is its state: TUMBLE 10 s → 20 s and TUMBLE 10 s → HOP 5 s / 10 s are incompatible", () => {
    // Real 2.2.0 restored both and read the 10 s slice open at the upgrade as one of its own: the
    // 20 s TUMBLE printed a window [16:59:10, 16:59:30) no 20 s TUMBLE has; the HOP printed a 10 s
    // window [17:01:45, 17:01:55) of 60 rows from a source of 5 rows a second.
    for (const [a, b] of [
      ['window-agg-10s', 'window-agg-20s'],
      ['window-agg-type-tumble-10s', 'window-agg-type-hop-5s-10s'],
    ]) {
      const v = verdict(a!, b!);
      expect(v.verdict, `${a} → ${b}`).toBe('incompatible');
      expect(v.findings.join('\n')).toMatch(
        /GlobalWindowAggregate \(k\): its state changes shape \(.*slice=\[10 s\].*slice=\[/,
      );
    }
    // HOP 5 s / 10 s → 5 s / 20 s keeps 5 s slices (real 2.2.0: restored; the first 20 s windows
    // count only the slices the old job still kept).
    const grown = verdict('window-agg-hop-5s-10s', 'window-agg-hop-5s-20s');
    expect(grown.verdict).toBe('compatible');
    // Real 2.2.0 at 4 rows a second: the first 20 s windows printed 40 and 52 rows, the later ones 80 (less the restart).
    expect(grown.findings.join('\n')).toMatch(
      /its windows grow: the first windows after the upgrade may lack slices/,
    );
    const shrunk = verdict('window-agg-hop-5s-20s', 'window-agg-hop-5s-10s');
    expect(shrunk.verdict).toBe('compatible');
    expect(shrunk.findings.join('\n')).not.toMatch(/windows grow/);
    expect(verdict('window-agg-10s', 'window-agg-10s').verdict).toBe('compatible');
  });

  const blackholes = new Map<string, TableFacts>(
    ['wtvf_out', 'wtvf_wt_out', 'wtopn_size_out', 'wtopn_rn_out', 'wtopn_wide_out'].map((t) => [
      t,
      { options: { connector: 'blackhole' }, columns: new Map() },
    ]),
  );
  const withSinks = (old: string, next: string) => {
    const t = new Map([...tables, ...blackholes]);
    return stateVerdict({ old: side('2.2', old, t), next: side('2.2', next, t), flinkVersion: '2.2.0' });
  };

  it("a window aggregate's window properties are not state: window_time added keeps it (real 2.2.0: restored)", () => {
    // TUMBLE 10 s COUNT(*) by k, window_time added to the SELECT and the GROUP BY: Flink restored,
    // and the window open at the upgrade counted the rows from before it and after it (24 rows of
    // 4 a second, the old job stopped 2.7 s into it and the new one ran 3 s of it).
    const v = withSinks('window-agg-10s-blackhole', 'window-agg-10s-window-time');
    expect(v.verdict).toBe('compatible');
    expect(v.findings).toContain('GlobalWindowAggregate (k) keeps its state');
    expect(withSinks('window-agg-10s-window-time', 'window-agg-10s-blackhole').verdict).toBe('compatible');
  });

  it('a window Top-N sorting the other way keeps its state (real 2.2.0: restored, the open window ranked anew)', () => {
    // ORDER BY v DESC → ASC: the rows kept per key and window are sorted when the window fires;
    // the window all of whose rows the old job had read printed ranks 1–3 by v ASC (v = 0, 1, 2).
    const v = withSinks('window-topn-3-desc', 'window-topn-3-asc');
    expect(v.verdict).toBe('compatible');
    // Of each bundle the old job read, only its first 3 by v DESC went into the window's state.
    expect(v.findings).toContain(
      'WindowRank (k) keeps its state (its order changes: a window open at the upgrade ranks the rows the old order kept of it, at most N of each bundle read, and the rows read after the upgrade)',
    );
  });

  it('a window Top-N whose rank number is no longer selected keeps its state (real 2.2.0: restored)', () => {
    // The rows kept are its input rows; the rank number is appended when the window fires: the
    // window open at the upgrade, all of whose rows the old job had read, printed its top 3.
    for (const [a, b] of [
      ['window-topn-3-asc-rn', 'window-topn-3-asc'],
      ['window-topn-3-asc', 'window-topn-3-asc-rn'],
    ]) {
      const v = withSinks(a!, b!);
      expect(v.verdict, `${a} → ${b}`).toBe('compatible');
      expect(v.findings).toContain('WindowRank (k) keeps its state');
    }
    // A column added to the rows it keeps still changes its state.
    expect(withSinks('window-topn-3-asc', 'window-topn-3-asc-wider').verdict).toBe('incompatible');
  });

  it('an event-time OVER frame ROWS → RANGE keeps its state; RANGE → ROWS reads it as other state', () => {
    // Real 2.2.0, COUNT(*) OVER (PARTITION BY k ORDER BY ts …): ROWS 100 → RANGE 1 min restored,
    // and key 7's first count, 17, was its 16 restored rows of the last minute and the new one;
    // RANGE 1 min → ROWS 10 restored and printed counts up to 48 over a frame of at most 11 rows.
    const widened = verdict('over-rows-100', 'over-range-1min');
    expect(widened.verdict).toBe('compatible');
    expect(widened.findings.join('\n')).toMatch(
      /OverAggregate \(k\) keeps its state \(its ROWS frame becomes a RANGE frame/,
    );
    expect(verdict('over-rows-5', 'over-range-30s').verdict).toBe('compatible');
    expect(verdict('over-range-1min', 'over-rows-100').verdict).toBe('incompatible');
    expect(verdict('over-range-30s', 'over-rows-5').verdict).toBe('incompatible');
  });

  it("a window aggregate switched to another time column: incompatible, its windows' state read as the new column's", () => {
    // Real 2.2.0: TUMBLE 10 s over ts → over ts_b (= ts - 30 s, the watermark moved with it)
    // restored, and the window [23:53:50, 23:54) open at the upgrade printed 100 rows from a source
    // of 5 rows a second: the old rows by ts and the new ones by ts_b. Only the LocalWindowAggregate
    // names the column; the GlobalWindowAggregate that holds the state prints `slice_end` alone.
    const evRt = (computed: string[]): ReadonlyMap<string, TableFacts> =>
      new Map([
        [
          'ev_rt',
          {
            options: { connector: 'datagen' },
            columns: new Map([
              ['id', 'BIGINT'],
              ['k', 'INT'],
              ['v', 'INT'],
            ]),
            computed: new Set(computed),
          },
        ],
      ]);
    const both = evRt(['ts', 'ts_b', 'pt']);
    const v = stateVerdict({
      old: side('2.2', 'window-agg-rowtime-ts', both),
      next: side('2.2', 'window-agg-rowtime-ts-b', both),
      flinkVersion: '2.2.0',
    });
    expect(v.verdict).toBe('incompatible');
    expect(v.findings.join('\n')).toMatch(
      /GlobalWindowAggregate: its windows follow another time column now \(ts → ts_b\)/,
    );
    // A window Top-N names the column in the WindowTableFunction before it. Real 2.2.0, the same
    // switch under ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY v DESC) <= 3:
    // restored, and the new job ranked an old row placed by ts (ts_b 00:27:11.223) in the window
    // [00:27:40, 00:27:50) beside its own rows.
    const evRt2 = new Map([['ev_rt2', both.get('ev_rt')!]]);
    const topN = stateVerdict({
      old: side('2.2', 'window-topn-rowtime-ts', evRt2),
      next: side('2.2', 'window-topn-rowtime-ts-b', evRt2),
      flinkVersion: '2.2.0',
    });
    expect(topN.verdict).toBe('incompatible');
    expect(topN.findings.join('\n')).toMatch(
      /WindowRank: its windows follow another time column now \(ts → ts_b\)/,
    );
    // The same column renamed (neither name in the other job's table) keeps the windows' meaning.
    const renamed = stateVerdict({
      old: side('2.2', 'window-agg-rowtime-ts', evRt(['ts'])),
      next: side('2.2', 'window-agg-rowtime-ts-b', evRt(['ts_b'])),
      flinkVersion: '2.2.0',
    });
    expect(renamed.verdict).toBe('compatible');
    // A watermark delay edit keeps the column (real 2.2.0: 5 s → 10 s restored, every window 50 rows).
    const ev = new Map([['ev_wm', both.get('ev_rt')!]]);
    expect(
      stateVerdict({
        old: side('2.2', 'window-agg-watermark-5s', ev),
        next: side('2.2', 'window-agg-watermark-10s', ev),
      }).verdict,
    ).toBe('compatible');
    expect(
      tableFacts({
        options: {},
        columns: [
          { kind: 'physical', name: 'id', type: 'BIGINT', start: 0, end: 0 },
          { kind: 'computed', name: 'TS', expr: 'NOW()', start: 0, end: 0 },
        ],
      }).computed,
    ).toEqual(new Set(['ts']));
  });
});

describe.each(['1.20', '2.2'])(
  'an aggregate input computed by an expression (real Flink %s, RocksDB)',
  (version) => {
    const GEN: ReadonlyMap<string, TableFacts> = new Map<string, TableFacts>([
      [
        'gen',
        {
          options: { connector: 'datagen' },
          columns: new Map([
            ['id', 'BIGINT'],
            ['k', 'INT'],
            ['v', 'INT'],
          ]),
        },
      ],
      ['agg_out', { options: { connector: 'blackhole' }, columns: new Map() }],
    ]);
    const gen = (name: string) => side(version, name, GEN);

    it('SUM(CAST(v AS BIGINT)) → SUM(CAST(v AS BIGINT) + id): compatible (real restore on 1.20.3 and 2.2.0: RUNNING, latest.restored = the savepoint)', () => {
      const v = stateVerdict({ old: gen('agg-sum-cast'), next: gen('agg-sum-cast-plus-id') });
      expect(v.findings).toEqual(['GroupAggregate (k) keeps its state']);
      expect(v.verdict).toBe('compatible');
    });

    it('an input flinkops cannot type on one side is unknown, not "Flink cannot restore it"', () => {
      const next = gen('agg-sum-cast-plus-id');
      const nodes = next.graph.nodes.map((n) =>
        n.contents.includes('AS $f1')
          ? { ...n, contents: n.contents.replace('+ id)', '+ CHAR_LENGTH(UPPER(id)))') }
          : n,
      );
      const v = stateVerdict({
        old: gen('agg-sum-cast'),
        next: { ...next, graph: { ...next.graph, nodes } },
      });
      expect(v.verdict).toBe('unknown');
      expect(v.findings.join('\n')).toMatch(/GroupAggregate \(k\): flinkops cannot tell the type of \$f1/);
      expect(v.findings.join('\n')).not.toMatch(/cannot restore/);
    });

    it('an input typed on both sides, BIGINT → INT: still incompatible', () => {
      const next = gen('agg-sum-cast-plus-id');
      const nodes = next.graph.nodes.map((n) =>
        n.contents.includes('AS $f1')
          ? { ...n, contents: n.contents.replace('(CAST(v AS BIGINT) + id)', '(v + 1)') }
          : n,
      );
      const v = stateVerdict({
        old: gen('agg-sum-cast'),
        next: { ...next, graph: { ...next.graph, nodes } },
      });
      expect(v.verdict).toBe('incompatible');
      expect(v.findings.join('\n')).toMatch(/column types change: .*SUM\(<BIGINT>\).* → .*SUM\(<INT>\)/);
    });
  },
);

describe.each([
  ['1.20', '1.20.3'],
  ['2.3', '2.3.0'],
])('deduplications and Top-Ns edited into one another (graphs real Flink %s printed)', (line, release) => {
  const EV: ReadonlyMap<string, TableFacts> = new Map<string, TableFacts>([
    [
      'ev',
      {
        options: { connector: 'datagen' },
        columns: new Map([
          ['id', 'BIGINT'],
          ['k', 'INT'],
          ['g', 'INT'],
          ['v', 'INT'],
        ]),
      },
    ],
  ]);
  const verdict = (job: string) => {
    // Each job writes to a print sink of its own name, which keeps no state.
    const tables = new Map([
      ...EV,
      [`${job.replace(/-/g, '_')}_out`, { options: { connector: 'print' }, columns: new Map() }],
    ]);
    return stateVerdict({
      old: side(line, `ranking-${job}-v1`, tables),
      next: side(line, `ranking-${job}-v2`, tables),
      flinkVersion: release,
    });
  };

  it('a deduplication become a Top-N, or the reverse, restores and starts empty: drops-state, not "the restore will fail"', () => {
    // Real restores on both lines: RUNNING, latest.restored = the upgrade savepoint, and the new
    // operator printed a first row for every key (+I rank 1 and 2 of rn <= 2 ORDER BY ts; +I of
    // the keep-first deduplication), as one without state does.
    for (const job of ['dd-to-topn', 'topn-to-dd']) {
      const v = verdict(job);
      expect(v.verdict, job).toBe('drops-state');
      expect(v.operators).toEqual([expect.objectContaining({ state: 'dropped', unread: true })]);
      expect(v.findings.join('\n')).toMatch(
        /: becomes .*, its state is kept under other names now .*; Flink restores the savepoint without allowNonRestoredState, and the new operator starts with empty state/,
      );
      expect(v.findings.join('\n')).not.toMatch(/cannot restore/);
      expect(v.advice[0]).toMatch(/to accept losing that state \(Flink restores without it all the same\)/);
    }
  });

  it('FO617 says Flink restores and the operator starts empty, not that the restore fails without allowNonRestoredState', () => {
    const job = { name: 'dd_to_topn', settings: {} } as unknown as DesiredJob;
    const range = { file: 'jobs/dd_to_topn.sql' } as SourceRange;
    const d = stateLostDiagnostic(job, verdict('dd-to-topn'), 'Upgrade', range);
    expect(d?.code).toBe('FO617');
    expect(d?.summary).toBe(
      'Upgrade of job dd_to_topn drops state: Flink restores the savepoint, but Deduplicate (k) starts with empty state',
    );
    expect(d?.detail).toMatch(
      /^Deduplicate \(k\): becomes Rank \(k\), its state is kept under other names now/,
    );
    // Accepted with allowNonRestoredState: no warning, as for state dropped by id.
    const accepted = {
      name: 'dd_to_topn',
      settings: { allowNonRestoredState: true },
    } as unknown as DesiredJob;
    expect(stateLostDiagnostic(accepted, verdict('dd-to-topn'), 'Upgrade', range)).toBeUndefined();
  });

  it('a Top-1 become a Top-2 (FastTop1Function → AppendOnlyTopNFunction) restores and starts empty', () => {
    // Real: restored, and printed +I rank 1 and 2 rows of values far below the kept maximum.
    const v = verdict('top1-to-topn');
    expect(v.verdict).toBe('drops-state');
    expect(v.findings.join('\n')).toMatch(/Top1-Rank-State → data-state-with-append/);
  });

  it('the rank number selected or not, the size of a Top-N, its sort direction: compatible', () => {
    // Real: restored, and the new job printed only rows that beat the kept ones.
    for (const job of ['topn-rncol', 'topn-n', 'topn-order', 'top1-rncol'])
      expect(verdict(job).verdict, job).toBe('compatible');
  });

  it.runIf(line === '2.3')(
    'processing time and Top-1 functions: a keep-first deduplication → first 2, a Top-2 → Top-1 drop state; first 2 → first 3 keeps it',
    () => {
      // Real 2.3.0: restored all three; the first-N (AppendOnlyFirstNFunction, counterState) after a
      // keep-first deduplication (deduplicate-state) and the Top-1 after a Top-2 printed a new rank 1
      // for every key; the first 3 after the first 2 printed only rank 3 rows.
      expect(verdict('pdd-to-firstn').findings.join('\n')).toMatch(/deduplicate-state → counterState/);
      expect(verdict('pdd-to-firstn').verdict).toBe('drops-state');
      expect(verdict('topn-to-top1').verdict).toBe('drops-state');
      expect(verdict('firstn-n').verdict).toBe('compatible');
    },
  );

  it('a Top-N partitioned by another column of the key type: incompatible (real: StateMigrationException)', () => {
    expect(verdict('topn-part').verdict).toBe('incompatible');
  });

  it(`a row-time deduplication keep first → keep last: ${line === '1.20' ? 'compatible' : 'drops-state'}`, () => {
    // 1.20.3: one function and one state; the restored keep-last printed -U/+U over the kept row.
    // 2.1+: keep-first insert-only is RowTimeDeduplicateKeepFirstRowFunction, of its own state names;
    // real 2.3.0 restored and the keep-last printed +I for every key.
    const v = verdict('dd-first-last');
    expect(v.verdict).toBe(line === '1.20' ? 'compatible' : 'drops-state');
  });
});

describe('a deduplication moved across releases (1.20 → 2.3)', () => {
  it("judges each side's function by the release that runs it", () => {
    const EV = new Map<string, TableFacts>([
      ['ev', { options: { connector: 'datagen' }, columns: new Map([['k', 'INT']]) }],
    ]);
    // Keep-first row time on 1.20 keeps `deduplicate-state`, as 2.3's keep-last does.
    const v = stateVerdict({
      old: side('2.3', 'ranking-dd-first-last-v1', EV),
      next: side('2.3', 'ranking-dd-first-last-v2', EV),
      flinkVersion: '2.3.0',
      oldFlinkVersion: '1.20.3',
    });
    expect(v.verdict).toBe('compatible');
  });
});

describe('a postgres-cdc source switching its incremental snapshot (real 1.20.3, postgres-cdc 3.5.0)', () => {
  // CDC → lookup join → JDBC and upsert-kafka sinks; the graph is the same either way: only the
  // table's options say whether its source is a FLIP-27 Source or a legacy SourceFunction.
  const cdc = (incremental: string | undefined): ExplainedJob =>
    explainedSide(
      '1.20',
      'cdc-lookup-statement-set',
      new Map<string, TableFacts>([
        [
          'orders_src',
          {
            options: {
              connector: 'postgres-cdc',
              ...(incremental === undefined ? {} : { 'scan.incremental.snapshot.enabled': incremental }),
            },
            columns: new Map([['order_id', 'BIGINT']]),
          },
        ],
        ['order_enriched', { options: { connector: 'jdbc' }, columns: new Map() }],
        ['order_enriched_topic', { options: { connector: 'upsert-kafka' }, columns: new Map() }],
      ]),
    );

  it('gives the sink writer the ids Flink gave it: chained behind a FLIP-27 source, not behind a legacy one', () => {
    const ids = (job: ExplainedJob) => {
      const ops = stateVerdict({ old: job, next: job }).operators ?? [];
      return ['sink order_enriched_topic', 'sink order_enriched_topic (committer)'].map(
        (name) => ops.find((o) => o.name === name)?.id,
      );
    };
    // The FLIP-27 job's committer: "Cannot map checkpoint/savepoint state for operator
    // f2b9d98443a7c19d13160253a5eece36 to the new program" when the source became legacy.
    expect(ids(cdc('true'))[1]).toBe('f2b9d98443a7c19d13160253a5eece36');
    // The legacy job's writer heads a vertex of its own: /jobs/:id vertex d1cb72ec39b19ce6cce6c3d27e3ef770.
    expect(ids(cdc('false'))[0]).toBe('d1cb72ec39b19ce6cce6c3d27e3ef770');
  });

  it('is incompatible: the new reader starts over and reads the whole snapshot again', () => {
    const v = stateVerdict({ old: cdc('true'), next: cdc('false') });
    expect(v.verdict).toBe('incompatible');
    expect(v.operators?.find((o) => o.name === 'source orders_src')?.state).toBe('reshaped');
    expect(v.findings.join('\n')).toMatch(/source orders_src: its reader becomes a legacy SourceFunction/);
    // The writer no longer chains behind the legacy source's chain: its state has no operator.
    expect(v.operators?.find((o) => o.name === 'sink order_enriched_topic (committer)')?.state).toBe(
      'dropped',
    );
    expect(stateVerdict({ old: cdc('false'), next: cdc('true') }).verdict).toBe('incompatible');
  });

  it("reads an unset option as postgres-cdc's default, false: turning it on is the same switch", () => {
    // Real 1.20.3: a job without the option ran its sink writer in a vertex of its own, and the
    // upgrade that set it to true failed its restore ("Cannot map checkpoint/savepoint state").
    expect(stateVerdict({ old: cdc(undefined), next: cdc('true') }).verdict).toBe('incompatible');
    expect(stateVerdict({ old: cdc(undefined), next: cdc('false') }).verdict).toBe('compatible');
  });

  it('keeps its state across an edit that keeps the source kind, either kind', () => {
    for (const kind of ['true', 'false'])
      expect(stateVerdict({ old: cdc(kind), next: cdc(kind) }).verdict).toBe('compatible');
  });
});

describe('a Kafka source with a metadata column (graph real 2.2.0 printed)', () => {
  // `TableSourceScan(table=[[default_catalog, default_database, ev_a, metadata=[timestamp]]], …)`
  const tables = new Map<string, TableFacts>([
    [
      'ev_a',
      {
        options: { connector: 'kafka', topic: 'ev' },
        columns: new Map([
          ['k', 'INT'],
          ['v', 'INT'],
          ['ts', 'TIMESTAMP_LTZ(3)'],
        ]),
      },
    ],
    ['out1', { options: { connector: 'blackhole' }, columns: new Map() }],
  ]);

  it('names the source by its table and says it keeps its offsets', () => {
    const job = side('2.2', 'agg-kafka-metadata', tables);
    const v = stateVerdict({ old: job, next: job });
    expect(v.verdict).toBe('compatible');
    expect(v.operators?.map((o) => o.name)).toEqual(['source ev_a', 'GroupAggregate (k)']);
    expect(v.findings).toContain('source ev_a keeps its state');
  });

  it('its offsets dropped when its id moves: drops-state, not unknown', () => {
    // A deduplication right after the source unchains it from its Calc: the source's id moves.
    const v = stateVerdict({
      old: side('2.2', 'agg-kafka-metadata', tables),
      next: side('2.2', 'agg-dedup-before', tables),
    });
    expect(v.operators?.find((o) => o.name === 'source ev_a')?.state).toBe('dropped');
    expect(v.verdict).not.toBe('unknown');
  });
});
