/**
 * Flink versions as the SQL front end compares them. Where Flink's grammar changed
 * between releases, the parser keys the rule on the project's `flinkVersion`; without
 * one it assumes the newest release, so nothing valid there is rejected.
 */
import { releaseAtLeast } from '../core/flink-version';
import { RESERVED } from './keywords';

export const LATEST_FLINK_VERSION = '2.3';

/** `version` is `min` or later (major.minor). */
export const atLeast = releaseAtLeast;

/**
 * Reserved words of some releases only: [first release, first release that no longer reserves it].
 * DATETIME and QUALIFY are Calcite 1.34's (Flink 2.0); the others are Flink's own parser keywords
 * (its Parser.tdd), checked against Flink's parser 1.20, 2.0, 2.1 and 2.2. TIMESTAMP_LTZ, MODIFY
 * and SCALA are reserved in the grammar of 1.16 already; the others are taken as names before 1.20,
 * as releases 1.17 to 1.19 were not checked.
 */
const RESERVED_SINCE: Record<string, readonly [since: string, until?: string]> = {
  DATETIME: ['2.0'],
  QUALIFY: ['2.0'],
  BUCKETS: ['1.20'],
  CONTINUOUS: ['1.20'],
  DISTRIBUTED: ['1.20'],
  DISTRIBUTION: ['1.20'],
  FRESHNESS: ['1.20'],
  HASH: ['1.20'],
  MATERIALIZED: ['1.20'],
  MODEL: ['1.20', '2.1'],
  MODELS: ['1.20'],
  MODIFY: ['1.16'],
  PROCEDURES: ['1.20'],
  REFRESH: ['1.20'],
  REFRESH_MODE: ['1.20'],
  RESUME: ['1.20'],
  SCALA: ['1.16'],
  STRUCTURED: ['2.1'],
  SUSPEND: ['1.20'],
  TIMESTAMP_LTZ: ['1.16'],
  // Calcite's keywords that Flink's grammar does not list as non-reserved (checked with Flink's
  // parser 1.20, 2.0 and 2.2, one `SELECT word FROM t` each): names Flink refuses unquoted.
  ...since('1.20', 'ARRAY_CONCAT_AGG DOT GROUP_CONCAT INCLUDE PIVOT RLIKE SEPARATOR STRING_AGG UNPIVOT'),
  ...since(
    '2.0',
    'MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY WEEKS QUARTERS DATE_TRUNC TIME_DIFF TIME_TRUNC TIMESTAMP_DIFF TIMESTAMP_TRUNC',
  ),
  ...since(
    '2.2',
    'CONTAINS_SUBSTR DATETIME_TRUNC JSON_SCOPE ORDINAL SAFE_CAST SAFE_OFFSET SAFE_ORDINAL TRY_CAST VARIANT',
  ),
  // Flink 2.3's parser keywords that it does not list as non-reserved (checked on real 2.3.0: a
  // column of that name in CREATE TABLE and `SELECT word FROM t`; ARTIFACT, START_MODE, the
  // FROM_… and RESUME_OR_… start modes, CONFLICT, DEDUPLICATE, DO and NOTHING stay names).
  ...since('2.3', 'BITMAP CONNECTIONS'),
};

function since(release: string, words: string): Record<string, readonly [string]> {
  return Object.fromEntries(words.split(' ').map((w) => [w, [release] as const]));
}

/** The words reserved in each version asked about: the parser asks for every name it meets. */
const reservedByVersion = new Map<string, ReadonlySet<string>>();

/** Reserved in Flink `version`: RESERVED always, RESERVED_SINCE in the releases it lists. */
export function reservedIn(word: string, version: string): boolean {
  return reservedWords(version).has(word);
}

/** The words reserved in Flink `version` (for a caller asking of every word it reads). */
export function reservedWords(version: string): ReadonlySet<string> {
  let words = reservedByVersion.get(version);
  if (words === undefined) {
    const set = new Set(RESERVED);
    for (const [w, [since, until]] of Object.entries(RESERVED_SINCE))
      if (atLeast(version, since) && (until === undefined || !atLeast(version, until))) set.add(w);
    words = set;
    if (reservedByVersion.size < 64) reservedByVersion.set(version, words);
  }
  return words;
}

/** The release from which `word` is reserved, when it is not reserved in every release. */
export function reservedSince(word: string): string | undefined {
  return RESERVED.has(word) ? undefined : RESERVED_SINCE[word]?.[0];
}
