/**
 * Test values and Flink types: a YAML value becomes a typed SQL literal, and both the
 * expected value and what Flink returned are brought to one canonical text per type, so
 * `12.5` matches `12.50` in a DECIMAL(10, 2) and `2024-05-01 10:00` matches
 * `2024-05-01T10:00:00.000` in a TIMESTAMP(3).
 */

import type { TestValue } from '../../load';
import { quoteString } from '../../sql';

type Family = 'string' | 'boolean' | 'integer' | 'decimal' | 'float' | 'date' | 'time' | 'timestamp';

export interface ColumnType {
  /** Flink type text as declared, e.g. DECIMAL(10, 2); NOT NULL dropped. */
  sql: string;
  family: Family | undefined;
  scale?: number;
}

export function columnType(typeText: string): ColumnType {
  const sql = typeText.replace(/\s+NOT\s+NULL\s*$/i, '').trim();
  const up = sql.toUpperCase();
  const root = up.replace(/\(.*$/, '').trim();
  if (/^(CHAR|VARCHAR|STRING)$/.test(root)) return { sql, family: 'string' };
  if (root === 'BOOLEAN') return { sql, family: 'boolean' };
  if (/^(TINYINT|SMALLINT|INT|INTEGER|BIGINT)$/.test(root)) return { sql, family: 'integer' };
  if (/^(DECIMAL|DEC|NUMERIC)$/.test(root)) {
    const m = /\(\s*\d+\s*(?:,\s*(\d+)\s*)?\)/.exec(up);
    return { sql, family: 'decimal', scale: m?.[1] ? Number(m[1]) : 0 };
  }
  if (/^(FLOAT|DOUBLE|REAL|DOUBLE PRECISION)$/.test(root)) return { sql, family: 'float' };
  if (root === 'DATE') return { sql, family: 'date' };
  if (root.startsWith('TIME') && !root.startsWith('TIMESTAMP')) return { sql, family: 'time' };
  if (root.startsWith('TIMESTAMP')) return { sql, family: 'timestamp' };
  return { sql, family: undefined };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z?$/;

/** Why the value cannot go into a column of this type, or undefined when it can. */
export function valueProblem(v: TestValue, t: ColumnType): string | undefined {
  if (v === null) return undefined;
  switch (t.family) {
    case undefined:
      return `columns of type ${t.sql} cannot be given in test rows (text, numbers, booleans, dates and timestamps can)`;
    case 'string':
      return undefined;
    case 'boolean':
      return typeof v === 'boolean' || /^(true|false)$/i.test(String(v))
        ? undefined
        : 'expected true or false';
    case 'integer':
      return /^-?\d+$/.test(String(v).trim()) ? undefined : 'expected a whole number';
    case 'decimal':
    case 'float':
      return typeof v === 'number' || (v.toString().trim() !== '' && !Number.isNaN(Number(v)))
        ? undefined
        : 'expected a number';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? undefined : "expected a date 'YYYY-MM-DD'";
    case 'time':
      return /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(String(v)) ? undefined : "expected a time 'HH:MM:SS'";
    case 'timestamp':
      return TIMESTAMP.test(String(v)) ? undefined : "expected a timestamp 'YYYY-MM-DD HH:MM:SS[.fff]'";
  }
}

/**
 * Why the value cannot be what a sink of this type receives, or undefined when it can: what
 * an input row may hold (valueProblem), and for a DECIMAL no more decimal places than its
 * scale. Compared after rounding to the scale, `5.001` would match a received `5.00`: a
 * wrong expectation that passes.
 */
export function expectedValueProblem(v: TestValue, t: ColumnType): string | undefined {
  const p = valueProblem(v, t);
  if (p || v === null || t.family !== 'decimal') return p;
  const m = /^-?\d*\.(\d*?)0*$/.exec(String(v).trim());
  const places = m?.[1]?.length ?? 0;
  const scale = t.scale ?? 0;
  return places > scale
    ? `it has ${places} decimal places and ${t.sql} keeps ${scale}, so the sink never holds it (Flink rounds to ${scale}); write it as Flink does, e.g. ${Number(v).toFixed(scale)}`
    : undefined;
}

/** A typed literal Flink accepts for the value: CAST('…' AS type). */
export function sqlLiteral(v: TestValue, t: ColumnType): string {
  if (v === null) return `CAST(NULL AS ${t.sql})`;
  let text = String(v);
  if (t.family === 'timestamp') text = text.replace('T', ' ').replace(/Z$/, '');
  return `CAST(${quoteString(text)} AS ${t.sql})`;
}

/** One canonical text per value of a type; null stays null. */
export function canonical(v: unknown, t: ColumnType): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v : String(v);
  switch (t.family) {
    case 'boolean':
      return s.trim().toLowerCase();
    case 'integer':
      return s.trim().replace(/^(-?)0+(?=\d)/, '$1');
    case 'decimal': {
      const scale = t.scale ?? 0;
      // Digit by digit where no rounding is needed: a DECIMAL(38, x) holds more than a double.
      const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s.trim());
      if (m && (m[3] ?? '').length <= scale) {
        const digits = `${m[2]!.replace(/^0+(?=\d)/, '')}${scale > 0 ? `.${(m[3] ?? '').padEnd(scale, '0')}` : ''}`;
        return /^[0.]+$/.test(digits) ? digits : `${m[1]}${digits}`;
      }
      const n = Number(s);
      return Number.isNaN(n) ? s : n.toFixed(scale);
    }
    case 'float': {
      const n = Number(s);
      return Number.isNaN(n) ? s : String(n);
    }
    case 'timestamp':
    case 'time': {
      let x = s.trim().replace('T', ' ').replace(/Z$/, '');
      if (/ \d{2}:\d{2}$/.test(x) || /^\d{2}:\d{2}$/.test(x)) x += ':00';
      if (x.includes('.')) x = x.replace(/0+$/, '').replace(/\.$/, '');
      return x;
    }
    default:
      return s;
  }
}
