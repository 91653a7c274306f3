/**
 * State TTL switched on or off (`table.exec.state.ttl`, STATE_TTL hints) on a Flink that cannot
 * migrate it.
 */

import type { VerdictInput } from './explained-job';

const ttlOn = (c: Readonly<Record<string, string>> | undefined): boolean => {
  const v = c?.['table.exec.state.ttl']?.trim();
  return v !== undefined && v !== '' && !/^0+\s*(?:ms|s|min|h|d|[a-z]*)?$/i.test(v);
};

/** `table.exec.state.ttl` switched on or off, on a Flink that cannot migrate between the two. */
/**
 * Operators whose state `table.exec.state.ttl` wraps in TTL values. Before Flink 2.0 a TTL
 * serializer cannot read plain state nor the reverse (2.0 migrates them: TtlAwareSerializer), so
 * switching the TTL on or off fails their restore there. Window operators clean up by time, not TTL.
 */
const TTL_STATE = new Set([
  'GroupAggregate',
  'GlobalGroupAggregate',
  'IncrementalGroupAggregate',
  'Join',
  'MultiJoin',
  'TemporalJoin',
  'Deduplicate',
  'Rank',
  'Limit',
  'SortLimit',
  'ChangelogNormalize',
  'SinkMaterializer',
  'KeyedLookupJoin',
]);

/**
 * Operators whose TTL switch Flink 2.x still does not migrate: the sink upsert materializer keeps a
 * value state holding a list of rows, and 2.2.0 refuses to restore it with a TTL serializer over
 * the plain one ("StateMigrationException: For heap backends, the new state serializer
 * (TtlSerializer) must not be incompatible with the old state serializer (ListSerializer)").
 */
const TTL_STATE_V2 = new Set(['SinkMaterializer']);

/**
 * Operators a `/*+ STATE_TTL('t' = '1h') *\/` hint gives TTL state (regular joins and group
 * aggregates, FLIP-373). The hint is not in the stream graph, so it is read from the statement.
 */
const HINT_TTL_STATE = new Set([
  'GroupAggregate',
  'GlobalGroupAggregate',
  'IncrementalGroupAggregate',
  'Join',
]);

/**
 * The tables (as the hints name them, lower case) a STATE_TTL hint of the statement gives a TTL,
 * each with whether that TTL is on (not zero): `'o' = '0 ms'` keeps o's state without TTL even
 * when table.exec.state.ttl is set.
 */
function ttlHints(sql: string | undefined): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (!sql) return out;
  for (const hint of sql.matchAll(/\/\*\+(.*?)\*\//gs)) {
    for (const m of hint[1]!.matchAll(/\bSTATE_TTL\s*\(([^)]*)\)/gi)) {
      for (const v of m[1]!.matchAll(/'((?:[^']|'')*)'\s*=\s*'([^']*)'/g))
        out.set(v[1]!.toLowerCase(), ttlOn({ 'table.exec.state.ttl': v[2]! }));
    }
  }
  return out;
}

export function ttlSwitched(
  input: VerdictInput,
): { why: string; operators: ReadonlySet<string> } | undefined {
  const from = ttlOn(input.old.config);
  const to = ttlOn(input.next.config);
  const major = Number((input.flinkVersion ?? '1').split('.')[0]);
  if (from === to) {
    // A STATE_TTL hint gives the hinted join's or aggregate's state its own TTL, over the option's:
    // one that is not zero wraps it in TTL values, a zero one keeps it plain (real 1.20.3: 'o' = '0 ms'
    // under table.exec.state.ttl = 2 h failed the restore, StateMigrationException).
    if (Number.isFinite(major) && major >= 2) return undefined;
    const [hintsFrom, hintsTo] = [ttlHints(input.old.sql), ttlHints(input.next.sql)];
    const switched = [...new Set([...hintsFrom.keys(), ...hintsTo.keys()])].filter(
      (t) => (hintsFrom.get(t) ?? from) !== (hintsTo.get(t) ?? to),
    );
    if (switched.length === 0) return undefined;
    const on = switched.filter((t) => hintsTo.get(t) ?? to);
    const how =
      hintsFrom.size === 0
        ? 'a STATE_TTL hint added'
        : hintsTo.size === 0
          ? 'a STATE_TTL hint removed'
          : `a STATE_TTL hint switched the TTL of ${switched.map((t) => `${t} ${on.includes(t) ? 'on' : 'off'}`).join(', ')}`;
    return {
      why: `${how}; before Flink 2.0 TTL state and plain state do not read each other`,
      operators: HINT_TTL_STATE,
    };
  }
  const switched = `table.exec.state.ttl switched ${to ? 'on' : 'off'}`;
  if (Number.isFinite(major) && major >= 2)
    return {
      why: `${switched}; Flink 2.x migrates most state between plain and TTL values, but not the sink materializer's list of rows`,
      operators: TTL_STATE_V2,
    };
  return {
    why: `${switched}; before Flink 2.0 TTL state and plain state do not read each other`,
    operators: TTL_STATE,
  };
}
