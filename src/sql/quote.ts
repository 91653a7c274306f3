/**
 * Quoting for SQL we generate. Every identifier is backticked and every value is a
 * single-quoted literal with the quote doubled, so no input (quotes, backticks,
 * comment markers, newlines) can end the literal early and inject SQL.
 */

/** `name` with inner backticks doubled: a`b → `a``b`. */
export function quoteIdentifier(name: string): string {
  return '`' + name.replaceAll('`', '``') + '`';
}

/** A qualified name, each part quoted: ['c','d','t'] → `c`.`d`.`t`. */
export function quoteQualified(parts: readonly string[]): string {
  return parts.map(quoteIdentifier).join('.');
}

/** 'value' with inner single quotes doubled: it's → 'it''s'. */
export function quoteString(value: string): string {
  return "'" + value.replaceAll("'", "''") + "'";
}
