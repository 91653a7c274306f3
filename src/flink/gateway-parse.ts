/**
 * SQL Gateway wire → model. Fetch results on the wire are `isQueryResult` and
 * `results.{columns,rowFormat,data:[{kind,fields}]}` (the OpenAPI files say
 * otherwise, README §1); 1.16 sends only `results`, `resultType`, `nextResultUri`.
 */
import type { ResultColumn, ResultPage, ResultRow } from './types';
import { arr, asObj, bool, obj, str } from './wire';

export function parseColumns(v: unknown): ResultColumn[] {
  const out: ResultColumn[] = [];
  for (const c of Array.isArray(v) ? v : []) {
    const o = asObj(c);
    const name = str(o, 'name');
    if (!o || name === undefined) continue;
    const col: ResultColumn = { name };
    const lt = obj(o, 'logicalType');
    const type = str(lt, 'type') ?? str(o, 'logicalType', 'type');
    if (type) col.type = type;
    const scale = lt?.scale;
    if (typeof scale === 'number' && Number.isInteger(scale) && scale >= 0) col.scale = scale;
    const nullable = bool(lt, 'nullable');
    if (nullable !== undefined) col.nullable = nullable;
    const comment = str(o, 'comment');
    if (comment) col.comment = comment;
    out.push(col);
  }
  return out;
}

function parseRow(v: unknown): ResultRow | undefined {
  if (Array.isArray(v)) return { kind: 'INSERT', fields: v };
  const o = asObj(v);
  const fields = arr(o, 'fields');
  if (!fields) return undefined;
  return { kind: str(o, 'kind') ?? 'INSERT', fields };
}

export function parseResultPage(body: unknown): ResultPage | undefined {
  const o = asObj(body);
  const resultType = str(o, 'resultType');
  if (!o || !resultType) return undefined;
  const results = obj(o, 'results');
  const page: ResultPage = {
    resultType,
    columns: parseColumns(results?.columns),
    rows: (arr(results, 'data') ?? []).map(parseRow).filter((r) => r !== undefined),
  };
  const jobId = str(o, 'jobID', 'jobId');
  if (jobId) page.jobId = jobId;
  const iq = bool(o, 'isQueryResult') ?? bool(o, 'queryResult');
  if (iq !== undefined) page.isQueryResult = iq;
  const rk = str(o, 'resultKind');
  if (rk) page.resultKind = rk;
  const next = str(o, 'nextResultUri');
  if (next) page.nextResultUri = next;
  return page;
}

/** The `job id` column of an INSERT's result row (1.16 has no top-level `jobID`). */
export function jobIdColumn(
  columns: readonly ResultColumn[],
  rows: readonly unknown[][],
): string | undefined {
  const i = columns.findIndex((c) => c.name.toLowerCase() === 'job id');
  if (i < 0) return undefined;
  const v = rows[0]?.[i];
  return typeof v === 'string' && v ? v : undefined;
}
