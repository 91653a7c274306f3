/**
 * Quoting for SQL we generate. Every identifier is backticked and every value is a
 * single-quoted literal with the quote doubled, so no input (quotes, backticks,
 * comment markers, newlines) can end the literal early and inject SQL.
 */

import { codePointHex } from '../core/text';

/** `name` with inner backticks doubled: a`b → `a``b`. */
export function quoteIdentifier(name: string): string {
  return '`' + name.replaceAll('`', '``') + '`';
}

/** A qualified name, each part quoted: ['c','d','t'] → `c`.`d`.`t`. */
export function quoteQualified(parts: readonly string[]): string {
  return parts.map(quoteIdentifier).join('.');
}

/** C0 controls and DEL: written raw, they break scripts (NUL) or lines of a compiled script. */
function isControlCode(c: number): boolean {
  return c < 0x20 || c === 0x7f;
}

function isControl(ch: string): boolean {
  return isControlCode(ch.charCodeAt(0));
}

/** Whether `value` holds one, scanned by code unit (no control character is half of a pair). */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (isControlCode(value.charCodeAt(i))) return true;
  return false;
}

/**
 * 'value' with inner single quotes doubled: it's → 'it''s'. A value holding control characters
 * (a newline, NUL) becomes a Unicode literal Flink reads back as the same value, as its docs
 * write a CSV line delimiter: a\nb → U&'a\000Ab'.
 */
export function quoteString(value: string): string {
  if (!hasControl(value)) return "'" + (value.includes("'") ? value.replaceAll("'", "''") : value) + "'";
  let out = '';
  for (const ch of value) {
    if (ch === "'") out += "''";
    else if (ch === '\\') out += '\\\\';
    else if (isControl(ch)) out += `\\${codePointHex(ch.charCodeAt(0))}`;
    else out += ch;
  }
  return `U&'${out}'`;
}
