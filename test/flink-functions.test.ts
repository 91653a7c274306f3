/**
 * The built-in functions flinkops knows, held to what each Flink release defines: its SHOW FUNCTIONS
 * (test/fixtures/flink-functions/<version>.txt, recorded with scripts/flink/ListFunctions.java from
 * the published distributions, 1.16.3 to 2.3.0). A built-in called too early was a job failing on
 * the cluster; one taken for a built-in too early left a team's UDF of that name uncreated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FUNCTIONS, isBuiltinFunction } from '../src/sql';
import { builtinSince, neverBuiltin } from '../src/sql/keywords';

const DIR = join(import.meta.dirname, 'fixtures', 'flink-functions');
const releases = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const version = f.replace(/\.txt$/, '');
    const [major, minor] = version.split('.').map(Number);
    const names = new Set(readFileSync(join(DIR, f), 'utf8').split('\n').filter(Boolean));
    return { version: `${major}.${minor}`, order: major! * 1000 + minor!, names };
  })
  .sort((a, b) => a.order - b.order);

/**
 * Table functions SHOW FUNCTIONS does not list, with the release that added them (an EXPLAIN of a
 * call: real 2.2.0 resolves VECTOR_SEARCH, 1.18.1 and 1.19.1 do not, "Cannot apply '$SCALAR_QUERY'").
 */
const UNLISTED: Record<string, string> = { VECTOR_SEARCH: '2.2', ML_EVALUATE: '2.1' };

/**
 * Table functions a release resolves before SHOW FUNCTIONS lists them: [resolved from, listed from].
 * ML_PREDICT (and ML_EVALUATE) are in the planner's FlinkSqlOperatorTable from 2.1.0 (2.1's own
 * model-inference page calls it); 2.2 made ML_PREDICT a BuiltInFunctionDefinition, which lists it.
 */
const LISTED_LATER: Record<string, readonly [string, string]> = { ML_PREDICT: ['2.1', '2.2'] };

describe('the built-ins of each Flink release', () => {
  it.each(Object.entries(UNLISTED))('%s, which no release lists, is a built-in from %s', (name, since) => {
    expect(builtinSince(name)).toBe(since);
    expect(releases.some((r) => r.names.has(name))).toBe(false);
    expect(isBuiltinFunction(name, '1.19')).toBe(false);
    expect(isBuiltinFunction(name, since)).toBe(true);
  });

  it('has the releases flinkops supports, 1.16 to 2.3', () => {
    expect(releases.map((r) => r.version)).toEqual([
      '1.16',
      '1.17',
      '1.18',
      '1.19',
      '1.20',
      '2.0',
      '2.1',
      '2.2',
      '2.3',
    ]);
  });

  it.each(releases.map((r) => [r.version, r] as const))(
    'Flink %s: each function it lists that flinkops knows is a built-in there',
    (version, r) => {
      const missed = [...r.names].filter((n) => BUILTIN_FUNCTIONS.has(n) && !isBuiltinFunction(n, version));
      expect(missed).toEqual([]);
    },
  );

  it('a function a later release added is no built-in before it, and is one from that release on', () => {
    for (const name of BUILTIN_FUNCTIONS) {
      const since = builtinSince(name);
      if (since === undefined || UNLISTED[name] !== undefined) continue;
      const first = releases.find((r) => r.names.has(name));
      const later = LISTED_LATER[name];
      if (later) {
        expect([since, first?.version], name).toEqual(later);
        continue;
      }
      expect(first?.version, name).toBe(since);
      for (const r of releases)
        expect(isBuiltinFunction(name, r.version), `${name} on ${r.version}`).toBe(r.order >= first!.order);
    }
  });

  it('a function a release lists first and flinkops takes for older is one Flink plans before it lists it', () => {
    // Calcite's operators, planned (EXPLAIN) on 1.16.3 already, listed by SHOW FUNCTIONS later.
    const plannedBefore = ['LAG', 'LEAD', 'LISTAGG', 'NOW', 'TO_TIMESTAMP_LTZ'];
    const oldest = releases[0]!;
    const later = [...BUILTIN_FUNCTIONS].filter(
      (n) => !oldest.names.has(n) && releases.some((r) => r.names.has(n)) && builtinSince(n) === undefined,
    );
    expect(later.sort()).toEqual(plannedBefore);
  });

  it('names no release defines (Hive’s and Calcite’s) are never built-ins', () => {
    const never = [...BUILTIN_FUNCTIONS].filter(neverBuiltin);
    expect(never).toContain('DATE_ADD');
    for (const name of never) {
      expect(
        releases.filter((r) => r.names.has(name)).map((r) => r.version),
        name,
      ).toEqual([]);
      expect(isBuiltinFunction(name), name).toBe(false);
    }
  });
});
