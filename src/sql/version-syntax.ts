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
  /** Index (from the statement's first word) of the word that must be one of `at` for the rule to apply. */
  offset: number;
  at: string[];
  since: string;
  what: string;
}

const RULES: Rule[] = [
  {
    lead: ['SHOW', 'CATALOGS'],
    offset: 2,
    at: ['LIKE', 'ILIKE', 'NOT'],
    since: '2.0',
    what: 'SHOW CATALOGS LIKE',
  },
  { lead: ['SHOW', 'VIEWS'], offset: 2, at: ['FROM', 'IN'], since: '2.0', what: 'SHOW VIEWS FROM/IN' },
  { lead: ['DESCRIBE'], offset: 1, at: ['FUNCTION'], since: '2.0', what: 'DESCRIBE FUNCTION' },
  { lead: ['DESC'], offset: 1, at: ['FUNCTION'], since: '2.0', what: 'DESCRIBE FUNCTION' },
  { lead: ['EXPLAIN'], offset: 1, at: ['EXECUTE'], since: '2.0', what: 'EXPLAIN EXECUTE' },
  { lead: ['ALTER', 'MODEL'], offset: 3, at: ['RESET'], since: '2.1', what: 'ALTER MODEL ... RESET' },
];

function word(t: Token | undefined): string {
  return t !== undefined && t.kind === 'word' ? t.value : '';
}

export function checkVersionSyntax(ctx: Ctx, tokens: readonly Token[], i0: number): Diagnostic | undefined {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  for (const r of RULES) {
    if (atLeast(version, r.since)) continue;
    if (!r.lead.every((w, k) => word(tokens[i0 + k]) === w)) continue;
    const t = tokens[i0 + r.offset];
    if (!r.at.includes(word(t))) continue;
    return error(
      CODES.unexpectedToken,
      `${r.what} needs Flink ${r.since} or later`,
      `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose SQL parser rejects \`${ctx.text.slice(t!.start, t!.end)}\` here. Rewrite the statement for Flink ${version}, or raise flinkVersion if the cluster runs Flink ${r.since} or later.`,
      ctx.lines.range(ctx.file, t!.start, t!.end),
    );
  }
  return undefined;
}
