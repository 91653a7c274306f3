/**
 * The state verdict of a compiled job's plan change, on plans real SQL Gateways wrote
 * (test/fixtures/compiled/<version>/, recorded by test/e2e/compiled-state.e2e.test.ts with
 * FLINKOPS_COMPILED_FIXTURES): `base` is `SELECT k, COUNT(*) … GROUP BY k`, `having` the same
 * query with `HAVING COUNT(*) > 0`, compiled later in the same gateway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledStateVerdict, modeSwitchVerdict } from '../src/plan/compiled-state';

const dir = join(__dirname, 'fixtures', 'compiled');
const plan = (version: string, name: string) => readFileSync(join(dir, version, `${name}.json`), 'utf8');
const tables: Record<string, Record<string, string>> = {
  events: { connector: 'datagen' },
  counts: { connector: 'blackhole' },
  orders: { connector: 'kafka' },
};
const optionsOf = (t: string) => tables[t];

describe.each(['1.20', '2.2'])('compiled plans of Flink %s', (version) => {
  it('the same plan keeps every ExecNode uid: compatible', () => {
    const v = compiledStateVerdict({
      before: plan(version, 'base'),
      after: plan(version, 'base'),
      optionsOf,
    })!;
    expect(v.verdict).toBe('compatible');
    expect(v.operators).toEqual([{ name: 'GroupAggregate (k)', id: '4_group-aggregate', state: 'kept' }]);
  });

  it('a recompiled plan numbers its ExecNodes anew: the aggregate state is dropped', () => {
    const v = compiledStateVerdict({
      before: plan(version, 'base'),
      after: plan(version, 'having'),
      optionsOf,
    })!;
    expect(v.verdict).toBe('drops-state');
    expect(v.operators).toContainEqual({
      name: 'GroupAggregate (k)',
      id: '4_group-aggregate',
      state: 'dropped',
    });
    expect(v.operators).toContainEqual(
      expect.objectContaining({
        name: 'GroupAggregate (k)',
        id: expect.stringMatching(/^\d+_group-aggregate$/),
        state: 'new',
      }),
    );
    expect(v.advice.join(' ')).toContain('allowNonRestoredState');
    const allowed = compiledStateVerdict({
      before: plan(version, 'base'),
      after: plan(version, 'having'),
      optionsOf,
      allowNonRestoredState: true,
    })!;
    expect(allowed.advice).toEqual([]);
  });

  it('the same ExecNode with other aggregate calls: reshaped, incompatible', () => {
    const base = plan(version, 'base');
    const other = base.replace('"internalName" : "$COUNT$1"', '"internalName" : "$SUM$1"');
    expect(other).not.toBe(base);
    const v = compiledStateVerdict({ before: base, after: other, optionsOf })!;
    expect(v.verdict).toBe('incompatible');
    expect(v.operators![0]).toMatchObject({ id: '4_group-aggregate', state: 'reshaped' });
  });

  it('field names are not state: an alias renamed keeps it', () => {
    const base = plan(version, 'base');
    const renamed = base.replaceAll('`k`', '`key_id`').replaceAll('"name" : "c"', '"name" : "cnt"');
    const v = compiledStateVerdict({ before: base, after: renamed, optionsOf })!;
    expect(v.verdict).toBe('compatible');
  });

  it('state TTL switched on: incompatible before Flink 2.0 only', () => {
    const base = plan(version, 'base');
    const ttl = base.replace('"ttl" : "0 ms"', '"ttl" : "3600000 ms"');
    expect(ttl).not.toBe(base);
    const v = compiledStateVerdict({ before: base, after: ttl, optionsOf, flinkVersion: `${version}.0` })!;
    expect(v.verdict).toBe(version === '1.20' ? 'incompatible' : 'compatible');
  });

  it('a source whose connector keeps state keeps it under the same ExecNode id, and loses it under another', () => {
    const base = plan(version, 'base').replaceAll('`events`', '`orders`');
    expect(compiledStateVerdict({ before: base, after: base, optionsOf })!.operators).toContainEqual({
      name: 'source orders',
      id: '1_source',
      state: 'kept',
    });
    const later = plan(version, 'having').replaceAll('`events`', '`orders`');
    const v = compiledStateVerdict({ before: base, after: later, optionsOf })!;
    expect(v.operators).toContainEqual({ name: 'source orders', id: '1_source', state: 'dropped' });
  });

  it('a switch between script mode and a compiled plan keeps no operator id: drops-state both ways', () => {
    const toPlan = modeSwitchVerdict({ plan: plan(version, 'base'), to: 'compiled', optionsOf })!;
    expect(toPlan.verdict).toBe('drops-state');
    expect(toPlan.operators).toEqual([{ name: 'GroupAggregate (k)', id: '4_group-aggregate', state: 'new' }]);
    expect(toPlan.findings.join(' ')).toContain("the script job's state of it is dropped");
    expect(toPlan.advice.join(' ')).toContain('allowNonRestoredState');
    const toScript = modeSwitchVerdict({ plan: plan(version, 'base'), to: 'script', optionsOf })!;
    expect(toScript.verdict).toBe('drops-state');
    expect(toScript.operators).toEqual([
      { name: 'GroupAggregate (k)', id: '4_group-aggregate', state: 'dropped' },
    ]);
    const allowed = modeSwitchVerdict({
      plan: plan(version, 'base'),
      to: 'compiled',
      optionsOf,
      allowNonRestoredState: true,
    })!;
    expect(allowed).toMatchObject({ verdict: 'drops-state', advice: [] });
  });
});

/** The same plan as a later compilation numbers it: every ExecNode id moved on by `by`. */
function renumbered(json: string, by: number): string {
  return json.replace(
    /"(id|source|target)" : (\d+)/g,
    (_m, k: string, n: string) => `"${k}" : ${Number(n) + by}`,
  );
}

/**
 * `window.json`: `SELECT k, window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE orders, …, INTERVAL '10'
 * SECOND)) GROUP BY k, window_start, window_end`, as the 1.20.3 and 2.2.0 gateways compiled it. A
 * window aggregate's ExecNode lists no `state` (only ExecNodes whose TTL the plan sets do), yet
 * its operator keeps the windows' accumulators under its uid.
 */
describe.each(['1.20', '2.2'])('a window aggregate compiled by Flink %s', (version) => {
  const window = plan(version, 'window');
  const aggregate = (v: { operators?: { name: string }[] }) =>
    v.operators?.filter((o) => o.name.startsWith('GlobalWindowAggregate'));

  it('keeps its state in the same plan', () => {
    const v = compiledStateVerdict({ before: window, after: window, optionsOf })!;
    expect(v.verdict).toBe('compatible');
    expect(aggregate(v)).toEqual([
      expect.objectContaining({ name: 'GlobalWindowAggregate (k)', state: 'kept' }),
    ]);
  });

  it('drops it in a recompiled plan (new ExecNode ids): drops-state, not compatible', () => {
    const v = compiledStateVerdict({ before: window, after: renumbered(window, 100), optionsOf })!;
    expect(v.verdict).toBe('drops-state');
    expect(aggregate(v)).toEqual([
      expect.objectContaining({ name: 'GlobalWindowAggregate (k)', state: 'dropped' }),
      expect.objectContaining({ name: 'GlobalWindowAggregate (k)', state: 'new' }),
    ]);
    expect(v.advice.join(' ')).toContain('allowNonRestoredState');
  });

  it('is named when the job switches plan mode', () => {
    const v = modeSwitchVerdict({ plan: window, to: 'script', optionsOf })!;
    expect(v.verdict).toBe('drops-state');
    expect(aggregate(v)).toEqual([
      expect.objectContaining({ name: 'GlobalWindowAggregate (k)', state: 'dropped' }),
    ]);
  });
});

describe('a window job recompiled by the release it moves to', () => {
  it("1.20's plan against 2.2's: the window state has no ExecNode to go to", () => {
    const v = compiledStateVerdict({
      before: plan('1.20', 'window'),
      after: plan('2.2', 'window'),
      optionsOf: (t) => (t === 'orders' ? { connector: 'datagen' } : { connector: 'blackhole' }),
      flinkVersion: '2.2.0',
    })!;
    expect(v.verdict).toBe('drops-state');
    expect(v.operators).toContainEqual({
      name: 'GlobalWindowAggregate (k)',
      id: '17_global-window-aggregate',
      state: 'dropped',
    });
  });
});

describe('not a plan', () => {
  it('gives no verdict', () => {
    expect(compiledStateVerdict({ before: '{}', after: '{"nodes": []}', optionsOf })).toBeUndefined();
  });
});
