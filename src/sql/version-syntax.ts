/**
 * Statements whose syntax Flink added in a later release than the project's
 * `flinkVersion` (queries key their own rules in the query parser). Each rule names the
 * leading words, the word at which Flink's older parser stops, and the release that
 * added it; the error is located at that word, as Flink's own parser reports it.
 */
import type { Diagnostic } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import { CODES } from './codes';
import type { Ctx } from './cursor';
import type { Token } from './lexer';
import { atLeast, LATEST_FLINK_VERSION } from './versions';

interface Rule {
  /** Leading words of the statement. */
  lead: string[];
  /** Index (from the statement's first word) of the word that must be one of `at`; -1: the word after the name (and IF EXISTS before it) that follows `lead`. */
  offset: number;
  at: string[];
  /** The rule holds only when the word after `at` is (true) or is not (false) DISTRIBUTION. */
  distribution?: boolean;
  /** The rule holds only when the word after `at` is this one. */
  next?: string;
  since: string;
  what: string;
}

const RULES: Rule[] = [
  // Statements Flink's parser took in a later 1.x release (flink-sql-parser 1.16.2 to 1.20.0).
  { lead: ['SHOW'], offset: 1, at: ['JOBS'], since: '1.17', what: 'SHOW JOBS' },
  { lead: ['ALTER', 'TABLE', 'IF'], offset: 3, at: ['EXISTS'], since: '1.17', what: 'ALTER TABLE IF EXISTS' },
  {
    lead: ['ALTER', 'TABLE'],
    offset: -1,
    at: ['ADD'],
    next: 'PARTITION',
    since: '1.18',
    what: 'ALTER TABLE ... ADD PARTITION',
  },
  {
    lead: ['ALTER', 'TABLE'],
    offset: -1,
    at: ['DROP'],
    next: 'PARTITION',
    since: '1.18',
    what: 'ALTER TABLE ... DROP PARTITION',
  },
  { lead: ['ALTER', 'TABLE'], offset: -1, at: ['DROP'], since: '1.17', what: 'ALTER TABLE ... DROP' },
  { lead: ['STOP'], offset: 0, at: ['STOP'], since: '1.17', what: 'STOP JOB' },
  {
    lead: ['SHOW', 'FUNCTIONS'],
    offset: 2,
    at: ['LIKE', 'ILIKE', 'NOT'],
    since: '1.18',
    what: 'SHOW FUNCTIONS LIKE',
  },
  {
    lead: ['SHOW', 'USER', 'FUNCTIONS'],
    offset: 3,
    at: ['LIKE', 'ILIKE', 'NOT'],
    since: '1.18',
    what: 'SHOW FUNCTIONS LIKE',
  },
  {
    lead: ['SHOW'],
    offset: 1,
    at: ['PROCEDURES', 'PARTITIONS'],
    since: '1.18',
    what: 'SHOW PROCEDURES / PARTITIONS',
  },
  { lead: ['TRUNCATE'], offset: 0, at: ['TRUNCATE'], since: '1.18', what: 'TRUNCATE TABLE' },
  { lead: ['REPLACE'], offset: 0, at: ['REPLACE'], since: '1.18', what: 'REPLACE TABLE ... AS' },
  {
    lead: ['SHOW', 'DATABASES'],
    offset: 2,
    at: ['FROM', 'IN', 'LIKE', 'ILIKE', 'NOT'],
    since: '1.19',
    what: 'SHOW DATABASES FROM / LIKE',
  },
  {
    lead: ['CREATE'],
    offset: 1,
    at: ['MODEL', 'MATERIALIZED'],
    since: '1.20',
    what: 'CREATE MODEL / MATERIALIZED TABLE',
  },
  { lead: ['CREATE', 'TEMPORARY'], offset: 2, at: ['MODEL'], since: '1.20', what: 'CREATE MODEL' },
  {
    lead: ['DROP'],
    offset: 1,
    at: ['MODEL', 'MATERIALIZED'],
    since: '1.20',
    what: 'DROP MODEL / MATERIALIZED TABLE',
  },
  { lead: ['DROP', 'TEMPORARY'], offset: 2, at: ['MODEL'], since: '1.20', what: 'DROP MODEL' },
  {
    lead: ['ALTER'],
    offset: 1,
    at: ['MODEL', 'MATERIALIZED', 'CATALOG'],
    since: '1.20',
    what: 'ALTER MODEL / MATERIALIZED TABLE / CATALOG',
  },
  { lead: ['SHOW'], offset: 1, at: ['MODELS'], since: '1.20', what: 'SHOW MODELS' },
  {
    lead: ['SHOW', 'CREATE'],
    offset: 2,
    at: ['MODEL', 'CATALOG'],
    since: '1.20',
    what: 'SHOW CREATE MODEL / CATALOG',
  },
  { lead: ['DESCRIBE'], offset: 1, at: ['MODEL', 'JOB'], since: '1.20', what: 'DESCRIBE MODEL / JOB' },
  {
    lead: ['DESCRIBE', 'CATALOG'],
    offset: 2,
    at: ['EXTENDED'],
    since: '1.20',
    what: 'DESCRIBE CATALOG EXTENDED',
  },
  {
    lead: ['CREATE', 'CATALOG', 'IF'],
    offset: 3,
    at: ['NOT'],
    since: '1.20',
    what: 'CREATE CATALOG IF NOT EXISTS',
  },
  {
    lead: ['CREATE', 'CATALOG'],
    offset: -1,
    at: ['COMMENT'],
    since: '1.20',
    what: 'CREATE CATALOG ... COMMENT',
  },
  {
    // ALTER TABLE t DROP DISTRIBUTION is a column's drop to 1.17–1.19's parser.
    lead: ['ALTER', 'TABLE'],
    offset: -1,
    at: ['ADD', 'MODIFY'],
    distribution: true,
    since: '1.20',
    what: 'ALTER TABLE ... ADD / MODIFY DISTRIBUTION',
  },
  {
    lead: ['SHOW', 'CATALOGS'],
    offset: 2,
    at: ['LIKE', 'ILIKE', 'NOT'],
    since: '2.0',
    what: 'SHOW CATALOGS LIKE',
  },
  { lead: ['SHOW', 'VIEWS'], offset: 2, at: ['FROM', 'IN'], since: '2.0', what: 'SHOW VIEWS FROM/IN' },
  { lead: ['SHOW', 'VIEWS'], offset: 2, at: ['LIKE', 'NOT'], since: '2.0', what: 'SHOW VIEWS LIKE' },
  {
    lead: ['EXPLAIN'],
    offset: 1,
    at: ['CREATE', 'REPLACE'],
    since: '2.0',
    what: 'EXPLAIN CREATE TABLE ... AS',
  },
  { lead: ['SHOW'], offset: 1, at: ['MATERIALIZED'], since: '2.2', what: 'SHOW MATERIALIZED TABLES' },
  { lead: ['DESCRIBE'], offset: 1, at: ['FUNCTION'], since: '2.0', what: 'DESCRIBE FUNCTION' },
  // Flink 2.0's parser rejects these and 2.2's takes them; 2.1 was not checked.
  { lead: ['EXPLAIN'], offset: 1, at: ['EXECUTE'], since: '2.1', what: 'EXPLAIN EXECUTE' },
  { lead: ['ALTER', 'MODEL'], offset: -1, at: ['RESET'], since: '2.1', what: 'ALTER MODEL ... RESET' },
  {
    lead: ['SHOW', 'CREATE'],
    offset: 2,
    at: ['MATERIALIZED'],
    since: '2.2',
    what: 'SHOW CREATE MATERIALIZED TABLE',
  },
  {
    lead: ['CREATE', 'OR'],
    offset: 2,
    at: ['ALTER'],
    next: 'MATERIALIZED',
    since: '2.3',
    what: 'CREATE OR ALTER MATERIALIZED TABLE',
  },
  {
    lead: ['ALTER', 'MATERIALIZED', 'TABLE'],
    offset: -1,
    at: ['AS'],
    since: '2.0',
    what: 'ALTER MATERIALIZED TABLE ... AS',
  },
  {
    lead: ['ALTER', 'MATERIALIZED', 'TABLE'],
    offset: -1,
    at: ['ADD', 'MODIFY', 'DROP'],
    distribution: true,
    since: '2.2',
    what: 'ALTER MATERIALIZED TABLE ... ADD / MODIFY / DROP DISTRIBUTION',
  },
  {
    lead: ['ALTER', 'MATERIALIZED', 'TABLE'],
    offset: -1,
    at: ['ADD', 'MODIFY', 'DROP'],
    distribution: false,
    since: '2.3',
    what: 'ALTER MATERIALIZED TABLE ... ADD / MODIFY / DROP',
  },
];

/** Index of the token after a (possibly qualified) name starting at `k`. */
function afterName(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  while (tokens[j]?.kind === 'op' && tokens[j]!.value === '.' && tokens[j + 1] !== undefined) j += 2;
  return j;
}

function afterIfExists(tokens: readonly Token[], k: number): number {
  return word(tokens[k]) === 'IF' && word(tokens[k + 1]) === 'EXISTS' ? k + 2 : k;
}

/** Before Flink 2.2 a materialized table needs FRESHNESS: Flink's parser stops at REFRESH_MODE or AS. */
function missingFreshness(tokens: readonly Token[], i0: number): Token | undefined {
  if (word(tokens[i0]) !== 'CREATE') return undefined;
  // CREATE [OR ALTER | OR REPLACE] MATERIALIZED TABLE: any other CREATE is not read further.
  let k = i0 + 1;
  if (word(tokens[k]) === 'OR') k += 2;
  if (word(tokens[k]) !== 'MATERIALIZED') return undefined;
  let depth = 0;
  for (k++; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op') depth += t.value === '(' ? 1 : t.value === ')' ? -1 : 0;
    if (depth !== 0 || t.kind !== 'word') continue;
    if (t.value === 'FRESHNESS') return undefined;
    if (t.value === 'REFRESH_MODE' || t.value === 'AS') return t;
  }
  return undefined;
}

function word(t: Token | undefined): string {
  return t !== undefined && t.kind === 'word' ? t.value : '';
}

/** Whether the statement at `i0` starts with the words `lead` (a leading DESC is DESCRIBE, its synonym). */
function leads(lead: readonly string[], tokens: readonly Token[], i0: number): boolean {
  for (let k = 0; k < lead.length; k++) {
    const w = word(tokens[i0 + k]);
    if ((k === 0 && w === 'DESC' ? 'DESCRIBE' : w) !== lead[k]) return false;
  }
  return true;
}

/** The rules a version's parser breaks (syntax added after it), by version: every statement asks. */
const pendingByVersion = new Map<string, readonly Rule[]>();

function pendingRules(version: string): readonly Rule[] {
  let pending = pendingByVersion.get(version);
  if (pending === undefined) {
    pending = RULES.filter((r) => !atLeast(version, r.since));
    if (pendingByVersion.size < 64) pendingByVersion.set(version, pending);
  }
  return pending;
}

/** FO312 at `at`: `what` is syntax the project's release's parser does not take, added in `since`. */
function needs(
  ctx: Ctx,
  version: string,
  at: Token,
  what: string,
  since: string,
  instead = `Rewrite the statement for Flink ${version}`,
): Diagnostic {
  return error(
    CODES.unexpectedToken,
    `${what} needs Flink ${since} or later`,
    `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose SQL parser rejects \`${ctx.text.slice(at.start, at.end)}\` here. ${instead}, or raise flinkVersion if the cluster runs Flink ${since} or later.`,
    ctx.lines.range(ctx.file, at.start, at.end),
  );
}

export function checkVersionSyntax(ctx: Ctx, tokens: readonly Token[], i0: number): Diagnostic | undefined {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  for (const r of pendingRules(version)) {
    if (!leads(r.lead, tokens, i0)) continue;
    const k = r.offset < 0 ? afterName(tokens, afterIfExists(tokens, i0 + r.lead.length)) : i0 + r.offset;
    const t = tokens[k];
    if (!r.at.includes(word(t))) continue;
    if (r.distribution !== undefined && (word(tokens[k + 1]) === 'DISTRIBUTION') !== r.distribution) continue;
    if (r.next !== undefined && word(tokens[k + 1]) !== r.next) continue;
    return needs(ctx, version, t!, r.what, r.since);
  }
  const before117 = atLeast(version, '1.17') ? undefined : alterOrExplainBefore117(tokens, i0);
  if (before117) return needs(ctx, version, before117.at, before117.what, '1.17');
  const distributed = atLeast(version, '1.20') ? undefined : distributedBy(tokens, i0);
  if (distributed)
    return needs(
      ctx,
      version,
      distributed,
      'DISTRIBUTED BY / INTO in CREATE TABLE',
      '1.20',
      "Leave the distribution to the connector's options (e.g. Kafka's partitioning)",
    );
  const session = atLeast(version, '1.19') ? undefined : sessionWindowTvf(tokens, i0);
  if (session) {
    return error(
      CODES.unexpectedToken,
      'The SESSION window table function needs Flink 1.19 or later',
      `The project targets Flink ${version} (flinkVersion in flinkops.yaml), which has no SESSION window TVF (1.18: "No match found for function signature SESSION"; before, its parser stops at PARTITION BY). Group by the legacy session window instead: GROUP BY SESSION(ts, INTERVAL '...' MINUTE) with SESSION_START / SESSION_END, or raise flinkVersion if the cluster runs Flink 1.19 or later.`,
      ctx.lines.range(ctx.file, session.start, session.end),
    );
  }
  const bare = atLeast(version, '2.2') ? undefined : missingFreshness(tokens, i0);
  if (bare) {
    return error(
      CODES.unexpectedToken,
      'A materialized table needs FRESHNESS before Flink 2.2',
      `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose SQL parser wants FRESHNESS = INTERVAL '...' before \`${ctx.text.slice(bare.start, bare.end)}\`. Add it, or raise flinkVersion if the cluster runs Flink 2.2 or later.`,
      ctx.lines.range(ctx.file, bare.start, bare.end),
    );
  }
  return undefined;
}

/** `SESSION(TABLE ...`: the window TVF (Flink 1.19), not the legacy GROUP BY SESSION(ts, gap). */
function sessionWindowTvf(tokens: readonly Token[], i0: number): Token | undefined {
  for (let k = i0; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (
      t.kind === 'word' &&
      t.value === 'SESSION' &&
      tokens[k + 1]!.value === '(' &&
      word(tokens[k + 2]) === 'TABLE'
    )
      return t;
  }
  return undefined;
}

/** A CREATE TABLE's `DISTRIBUTED BY | INTO` (Flink 1.20) at the top level, before its WITH or AS. */
function distributedBy(tokens: readonly Token[], i0: number): Token | undefined {
  if (word(tokens[i0]) !== 'CREATE') return undefined;
  let depth = 0;
  let table = false;
  for (let k = i0 + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op') {
      if (t.value === '(') depth++;
      else if (t.value === ')') depth--;
      continue;
    }
    if (depth !== 0 || t.kind !== 'word') continue;
    if (!table) {
      if (t.value === 'TABLE') table = true;
      else if (t.value !== 'TEMPORARY' && t.value !== 'OR' && t.value !== 'REPLACE') return undefined;
      continue;
    }
    if (t.value === 'WITH' || t.value === 'AS' || t.value === 'LIKE') return undefined;
    if (t.value === 'DISTRIBUTED' && (word(tokens[k + 1]) === 'BY' || word(tokens[k + 1]) === 'INTO'))
      return t;
  }
  return undefined;
}

/**
 * Flink 1.16's parser: no ALTER TABLE t RENAME column (only RENAME TO, the table's), and no
 * PLAN_ADVICE among EXPLAIN's details (both Flink 1.17).
 */
function alterOrExplainBefore117(
  tokens: readonly Token[],
  i0: number,
): { at: Token; what: string } | undefined {
  if (leads(['ALTER', 'TABLE'], tokens, i0)) {
    const k = afterName(tokens, afterIfExists(tokens, i0 + 2));
    if (word(tokens[k]) === 'RENAME' && word(tokens[k + 1]) !== 'TO' && tokens[k + 1] !== undefined)
      return { at: tokens[k + 1]!, what: 'ALTER TABLE ... RENAME a column' };
    return undefined;
  }
  if (word(tokens[i0]) !== 'EXPLAIN') return undefined;
  for (let k = i0 + 1; k < tokens.length; k++) {
    const w = word(tokens[k]);
    if (w === 'PLAN_ADVICE') return { at: tokens[k]!, what: 'EXPLAIN PLAN_ADVICE' };
    if (
      w !== 'ESTIMATED_COST' &&
      w !== 'CHANGELOG_MODE' &&
      w !== 'JSON_EXECUTION_PLAN' &&
      tokens[k]!.value !== ','
    )
      return undefined;
  }
  return undefined;
}
