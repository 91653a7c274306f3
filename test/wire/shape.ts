/**
 * The shape of a JSON body: keys and JSON types, with ids, times and paths gone and
 * the few values that carry meaning (states, result kinds, column names) kept.
 * Golden files hold shapes; the contract test compares the simulator's with them.
 */

export type Shape = string | Shape[] | { [key: string]: Shape };

/** Keys whose string value is kept: a state or kind changes what the client does. */
const KEPT_VALUES = new Set([
  'state',
  'status',
  'resultType',
  'resultKind',
  'kind',
  'rowFormat',
  'job-type',
  'schedulerType',
  'checkpointType',
  'backpressure-level',
  'backpressureLevel',
  'productName',
  'isQueryResult',
]);
/** Paths (`.`-joined, `[]` for array items) whose string value is kept. */
const KEPT_PATHS = new Set([
  'status.id',
  'results.columns[].name',
  'results.columns[].logicalType.type',
  // what flinkops tells apart in a failed savepoint or disposal (e.g. a savepoint already gone)
  'operation.failure-cause.class',
  'operation.failureCause.class',
]);
/** Path prefixes whose every value is kept: labels as Flink parsed them, the cluster's feature flags. */
const KEPT_PREFIXES = ['execution-config.user-config.', 'features.'];
/**
 * Lists whose states depend on timing (every job on the cluster; checkpoint history, which may
 * hold one in progress): only their types count.
 */
const UNKEPT_PATHS = new Set(['jobs[].state', 'jobs[].status', 'history[].status']);
/** Objects whose keys are data, not schema: their keys collapse to `<key>`. */
const MAP_PATHS = new Set(['properties']);

const ID = /^[0-9a-f]{32}$/;

export const NO_BODY = 'no JSON body';

export function shapeOf(value: unknown, path = ''): Shape {
  if (value === undefined) return NO_BODY;
  if (value === null) return 'null';
  if (Array.isArray(value)) return arrayShape(value.map((v) => shapeOf(v, `${path}[]`)));
  if (typeof value === 'object') {
    const out: Record<string, Shape[]> = {};
    const collapse = MAP_PATHS.has(path);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const key = collapse ? '<key>' : ID.test(k) ? '<id>' : k;
      push(out, key, shapeOf(v, path ? `${path}.${k}` : k));
    }
    const sorted: Record<string, Shape> = {};
    for (const k of Object.keys(out).sort()) sorted[k] = merge(out[k]!);
    return sorted;
  }
  const last = path.split('.').at(-1)!;
  const kept =
    !UNKEPT_PATHS.has(path) &&
    (KEPT_VALUES.has(last) || KEPT_PATHS.has(path) || KEPT_PREFIXES.some((p) => path.startsWith(p)));
  if (kept && (typeof value === 'string' || typeof value === 'boolean')) return `${typeof value} ${value}`;
  return typeof value;
}

function arrayShape(items: Shape[]): Shape {
  return items.length === 0 ? [] : [merge(items)];
}

/** One shape for several values: objects merge key by key, anything else must agree or becomes a union. */
function merge(shapes: Shape[]): Shape {
  const distinct = uniq(shapes);
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.every(isObject)) {
    const keys: Record<string, Shape[]> = {};
    for (const s of distinct) for (const [k, v] of Object.entries(s)) push(keys, k, v);
    const out: Record<string, Shape> = {};
    for (const k of Object.keys(keys).sort()) out[k] = merge(keys[k]!);
    return out;
  }
  if (distinct.every(Array.isArray)) {
    const items = distinct.flat();
    return items.length === 0 ? [] : [merge(items)];
  }
  return `one of ${distinct
    .map((s) => (typeof s === 'string' ? s : JSON.stringify(s)))
    .sort()
    .join(' | ')}`;
}

function push(groups: Record<string, Shape[]>, key: string, s: Shape): void {
  const group = groups[key];
  if (group) group.push(s);
  else groups[key] = [s];
}

function uniq(shapes: Shape[]): Shape[] {
  const seen = new Map<string, Shape>();
  for (const s of shapes) seen.set(JSON.stringify(s), s);
  return [...seen.values()];
}

function isObject(s: Shape): s is { [key: string]: Shape } {
  return typeof s === 'object' && !Array.isArray(s);
}

/** Differences between a recorded shape and an observed one, one line each, with the JSON path. */
export function diffShapes(want: Shape, got: Shape, path = '$'): string[] {
  if (isObject(want) && isObject(got)) {
    const out: string[] = [];
    for (const k of Object.keys(want)) {
      if (!(k in got)) out.push(`${path}.${k}: missing (Flink has ${brief(want[k]!)})`);
      else out.push(...diffShapes(want[k]!, got[k]!, `${path}.${k}`));
    }
    for (const k of Object.keys(got)) {
      if (!(k in want)) out.push(`${path}.${k}: not in Flink's answer (simulator has ${brief(got[k]!)})`);
    }
    return out;
  }
  if (Array.isArray(want) && Array.isArray(got)) {
    if (want.length === 0 || got.length === 0) {
      return want.length === got.length ? [] : [`${path}: Flink ${brief(want)}, simulator ${brief(got)}`];
    }
    return diffShapes(want[0]!, got[0]!, `${path}[]`);
  }
  if (JSON.stringify(want) === JSON.stringify(got) || withinTypeUnion(want, got)) return [];
  return [`${path}: Flink ${brief(want)}, simulator ${brief(got)}`];
}

const TYPES = new Set(['number', 'string', 'boolean', 'null']);

/**
 * A union of bare JSON types comes from list items that differ (a metric one vertex reports as
 * "NaN"); an answer whose items use some of those types is the same shape. Unions of kept
 * values (states, column names) must match exactly.
 */
function withinTypeUnion(want: Shape, got: Shape): boolean {
  const members = (s: Shape) =>
    typeof s !== 'string' ? undefined : s.startsWith('one of ') ? s.slice(7).split(' | ') : [s];
  const w = members(want);
  const g = members(got);
  return !!w && !!g && w.every((t) => TYPES.has(t)) && g.every((t) => w.includes(t));
}

function brief(s: Shape): string {
  const t = JSON.stringify(s);
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

/** A readable sample of an error answer, with ids, paths and numbers that vary taken out. */
export function errorSample(body: unknown): string | undefined {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return undefined;
  return traceSample(String(errors.at(-1) ?? ''));
}

/** The same for a failed asynchronous operation (savepoint, disposal, checkpoint). */
export function failureSample(body: unknown): string | undefined {
  const op = (body as { operation?: Record<string, unknown> } | undefined)?.operation;
  const cause = (op?.['failure-cause'] ?? op?.failureCause) as { 'stack-trace'?: unknown } | undefined;
  const trace = cause?.['stack-trace'];
  return typeof trace === 'string' ? traceSample(trace) : undefined;
}

function traceSample(last: string): string {
  // A server-side exception's message is on its deepest "Caused by:" line.
  const causes = last.split('\n').filter((l) => l.startsWith('Caused by: '));
  const line = (causes.at(-1) ?? last.split('\n')[0]!)
    .replace(/(?:file:)?\/{1,3}(?:[\w.@+=-]+\/)+[\w.@+=-]*/g, '<path>')
    .replace(/[0-9a-f]{32}/g, '<id>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .split('\n')[0]!;
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
