/**
 * CREATE TEMPORARY TABLE from a table YAML. Every identifier is backtick-quoted and
 * every value a quoted literal; types and expressions were checked by validate to
 * be a single type/expression. So no YAML value can end a literal or add a clause.
 */
import type { LookupSpec, Scalar, TableSpec } from '../load/types';
import { quoteIdentifier, quoteString } from '../sql';

/** Flink options generated from `lookup:`. */
export function lookupOptions(l: LookupSpec): Record<string, string> {
  const o: Record<string, string> = { 'lookup.cache': l.cache };
  if (l.cache === 'PARTIAL') {
    if (l.maxRows !== undefined) o['lookup.partial-cache.max-rows'] = String(l.maxRows);
    if (l.ttl !== undefined) o['lookup.partial-cache.expire-after-write'] = l.ttl;
    if (l.expireAfterAccess !== undefined)
      o['lookup.partial-cache.expire-after-access'] = l.expireAfterAccess;
    if (l.cacheMissingKey !== undefined)
      o['lookup.partial-cache.cache-missing-key'] = String(l.cacheMissingKey);
  } else if (l.cache === 'FULL' && l.reloadInterval !== undefined) {
    o['lookup.full-cache.reload-strategy'] = 'PERIODIC';
    o['lookup.full-cache.periodic-reload.interval'] = l.reloadInterval;
  }
  if (l.maxRetries !== undefined) o['lookup.max-retries'] = String(l.maxRetries);
  return o;
}

/**
 * All options of the table: connector, `with:` (numbers and booleans as strings),
 * lookup options, then environment overrides (null removes an option).
 */
export function tableOptions(
  spec: TableSpec,
  overrides: Readonly<Record<string, Scalar | null>> = {},
): Record<string, string> {
  const o: Record<string, string> = { connector: spec.connector };
  for (const [k, v] of Object.entries(spec.with ?? {})) o[k] = String(v);
  if (spec.lookup) Object.assign(o, lookupOptions(spec.lookup));
  // The environment has the last word, also over options generated from lookup:.
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete o[k];
    else o[k] = String(v);
  }
  return o;
}

function comment(text: string | undefined): string {
  return text === undefined ? '' : ` COMMENT ${quoteString(text)}`;
}

/**
 * `5 SECOND` → `INTERVAL '5' SECOND`. Flink's interval fields hold 2 digits unless given a
 * precision ("Interval field value 120 exceeds precision of SECOND(2) field"), and it has no
 * MILLISECOND unit: `120 SECOND` → `INTERVAL '120' SECOND(3)`, `500 MILLISECOND` →
 * `INTERVAL '0.500' SECOND`. A delay of up to 2 digits compiles as it always did.
 */
export function interval(delay: string): string {
  const [text, written] = delay.split(' ');
  let n = text!;
  let unit = written!.replace(/S$/, '');
  if (unit === 'MILLISECOND') {
    const padded = n.padStart(4, '0');
    n = `${padded.slice(0, -3)}.${padded.slice(-3)}`;
    unit = 'SECOND';
  }
  const digits = n.split('.')[0]!.replace(/^0+(?=\d)/, '').length;
  return `INTERVAL ${quoteString(n)} ${unit}${digits > 2 ? `(${digits})` : ''}`;
}

/** Options in a stable order: connector first, then by key. */
export function sortedOptions(options: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(options).sort(([a], [b]) =>
    a === 'connector' ? -1 : b === 'connector' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
}

export function tableDdl(name: string, spec: TableSpec, options: Readonly<Record<string, string>>): string {
  const lines: string[] = [];
  for (const c of spec.columns) {
    lines.push(
      `${quoteIdentifier(c.name)} ${c.type.trim()}${c.nullable === false ? ' NOT NULL' : ''}${comment(c.comment)}`,
    );
  }
  for (const c of spec.metadata ?? []) {
    const from = c.from !== undefined ? ` FROM ${quoteString(c.from)}` : '';
    lines.push(
      `${quoteIdentifier(c.name)} ${c.type.trim()} METADATA${from}${c.virtual ? ' VIRTUAL' : ''}${comment(c.comment)}`,
    );
  }
  for (const c of spec.computed ?? []) {
    lines.push(`${quoteIdentifier(c.name)} AS ${c.expr.trim()}${comment(c.comment)}`);
  }
  if (spec.watermark) {
    const col = quoteIdentifier(spec.watermark.column);
    const expr = spec.watermark.expr?.trim() ?? `${col} - ${interval(spec.watermark.delay ?? '0 SECOND')}`;
    lines.push(`WATERMARK FOR ${col} AS ${expr}`);
  }
  if (spec.primaryKey)
    lines.push(`PRIMARY KEY (${spec.primaryKey.map(quoteIdentifier).join(', ')}) NOT ENFORCED`);
  let ddl = `CREATE TEMPORARY TABLE ${quoteIdentifier(name)} (\n  ${lines.join(',\n  ')}\n)`;
  if (spec.description !== undefined) ddl += `\nCOMMENT ${quoteString(spec.description)}`;
  if (spec.partitionedBy) ddl += `\nPARTITIONED BY (${spec.partitionedBy.map(quoteIdentifier).join(', ')})`;
  const opts = sortedOptions(options).map(([k, v]) => `${quoteString(k)} = ${quoteString(v)}`);
  ddl += `\nWITH (\n  ${opts.join(',\n  ')}\n)`;
  return ddl;
}

/**
 * A raw CREATE TABLE / VIEW made temporary (compiled scripts never touch the
 * catalog): `CREATE [OR REPLACE] [TEMPORARY] TABLE|VIEW` gets TEMPORARY if missing.
 */
export function makeTemporary(text: string): string {
  // Skip leading comments/whitespace, then match the CREATE prefix case-insensitively.
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('--', i) || text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else break;
  }
  const m = /^CREATE\s+(OR\s+REPLACE\s+)?(TEMPORARY\s+)?/i.exec(text.slice(i));
  if (!m || m[2]) return text;
  const at = i + m[0].length;
  return `${text.slice(0, at)}TEMPORARY ${text.slice(at)}`;
}
