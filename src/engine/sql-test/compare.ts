/**
 * Compares what a sink received with what a case expects, order-insensitively: the final
 * table (by primary key when the sink has one, else every row written) or the changelog.
 * Pure; values are compared in their canonical text per type (values.ts).
 */
import type { SourceRange } from '../../core/diagnostics';
import type { ChangeOp, TestRow } from '../../load';
import type { Expectation, SinkQuery } from './program';
import { canonical } from './values';

export type Row = Record<string, string | null>;

export interface RowDiff {
  /** Expected, not received; with where the expected row was written. */
  missing: { op?: ChangeOp; row: Row; range?: SourceRange }[];
  /** Received, not expected. */
  unexpected: { op?: ChangeOp; row: Row }[];
  /** Same primary key, other values. */
  changed: { key: Row; expected: Row; actual: Row; range?: SourceRange }[];
}

const OPS: Record<string, ChangeOp> = {
  INSERT: '+I',
  UPDATE_BEFORE: '-U',
  UPDATE_AFTER: '+U',
  DELETE: '-D',
};

export function opOf(kind: string | undefined): ChangeOp {
  return OPS[kind ?? 'INSERT'] ?? '+I';
}

export function isEmptyDiff(d: RowDiff): boolean {
  return d.missing.length === 0 && d.unexpected.length === 0 && d.changed.length === 0;
}

function project(row: Row, cols: readonly string[]): Row {
  return Object.fromEntries(cols.map((c) => [c, row[c] ?? null]));
}

function keyOf(row: Row, cols: readonly string[]): string {
  return JSON.stringify(cols.map((c) => row[c] ?? null));
}

/** Actual rows as column → canonical text. */
export function actualRows(q: SinkQuery, rows: unknown[][]): Row[] {
  return rows.map((r) => Object.fromEntries(q.columns.map((c, i) => [c.name, canonical(r[i], c.type)])));
}

function expectedRow(q: SinkQuery, row: TestRow, cols: readonly string[]): Row {
  return Object.fromEntries(
    cols.map((c) => {
      const col = q.columns.find((x) => x.name === c)!;
      return [c, canonical(row[c] ?? null, col.type)];
    }),
  );
}

export function compareSink(
  q: SinkQuery,
  exp: Expectation,
  actual: { rows: Row[]; ops: ChangeOp[] },
): { diff: RowDiff; received: Row[] } {
  const cols = exp.compared;
  const diff: RowDiff = { missing: [], unexpected: [], changed: [] };
  if (exp.kind === 'changelog') {
    const pool = actual.rows.map((r, i) => ({ op: actual.ops[i]!, row: project(r, cols), k: '' }));
    for (const p of pool) p.k = `${p.op}${keyOf(p.row, cols)}`;
    const left = [...pool];
    exp.rows.forEach((r, i) => {
      const row = expectedRow(q, r, cols);
      const op = exp.ops![i]!;
      const k = `${op}${keyOf(row, cols)}`;
      const at = left.findIndex((p) => p.k === k);
      if (at >= 0) left.splice(at, 1);
      else diff.missing.push({ op, row, ...(exp.ranges[i] ? { range: exp.ranges[i] } : {}) });
    });
    diff.unexpected.push(...left.map((p) => ({ op: p.op, row: p.row })));
    return { diff, received: pool.map((p) => p.row) };
  }
  // The final table: apply the changelog.
  const pk = q.primaryKey;
  let final: Row[];
  if (pk) {
    const byKey = new Map<string, Row>();
    actual.rows.forEach((r, i) => {
      const op = actual.ops[i]!;
      const k = keyOf(r, pk);
      if (op === '-U' || op === '-D') byKey.delete(k);
      else byKey.set(k, r);
    });
    final = [...byKey.values()];
  } else {
    final = [];
    actual.rows.forEach((r, i) => {
      const op = actual.ops[i]!;
      if (op === '-U' || op === '-D') {
        const at = final.findIndex((f) => keyOf(f, cols) === keyOf(r, cols));
        if (at >= 0) final.splice(at, 1);
      } else final.push(r);
    });
  }
  const received = final.map((r) => project(r, cols));
  const left = received.map((row) => ({ row, k: keyOf(row, cols) }));
  const unmatched: { row: Row; range?: SourceRange }[] = [];
  exp.rows.forEach((r, i) => {
    const row = expectedRow(q, r, cols);
    const at = left.findIndex((p) => p.k === keyOf(row, cols));
    if (at >= 0) left.splice(at, 1);
    else unmatched.push({ row, ...(exp.ranges[i] ? { range: exp.ranges[i] } : {}) });
  });
  // With the whole key compared, a missing and an unexpected row of one key are one changed row.
  if (pk?.every((c) => cols.includes(c))) {
    for (const m of unmatched) {
      const at = left.findIndex((p) => keyOf(p.row, pk) === keyOf(m.row, pk));
      if (at >= 0) {
        diff.changed.push({
          key: project(m.row, pk),
          expected: m.row,
          actual: left[at]!.row,
          ...(m.range ? { range: m.range } : {}),
        });
        left.splice(at, 1);
      } else diff.missing.push(m);
    }
  } else diff.missing.push(...unmatched);
  diff.unexpected.push(...left.map((p) => ({ row: p.row })));
  return { diff, received };
}
