/**
 * plan.json: the plan as a reviewable, diffable file. Keys come out in one fixed
 * order and changes sorted by job, so the same plan is always the same bytes.
 */
import type { Diagnostic, Result } from '../core/diagnostics';
import { error } from '../core/diagnostics';
import { ACTION_KINDS, PLAN_FORMAT_VERSION, type Plan } from '../plan/model';
import { compareText } from './actions';

/** Key order per object shape; keys not listed (there should be none) follow, sorted. */
const ORDER = {
  plan: [
    'formatVersion',
    'project',
    'env',
    'commit',
    'offline',
    'stateVersion',
    'liveFingerprint',
    'summary',
    'changes',
    'affected',
    'lineage',
    'diagnostics',
  ],
  change: [
    'job',
    'pipelineName',
    'action',
    'strategy',
    'rescaleMode',
    'reason',
    'causes',
    'liveJobId',
    'liveState',
    'restoreFrom',
    'from',
    'to',
    'compatibility',
    'versionUpgrade',
    'compiledPlan',
    'refused',
    'sqlDiff',
  ],
  cause: ['kind', 'path', 'from', 'to'],
  specRef: ['specHash', 'parallelism'],
  compatibility: ['verdict', 'source', 'operators', 'findings', 'advice'],
  operator: ['name', 'id', 'state'],
  refused: ['code', 'summary', 'detail'],
  affected: ['kind', 'name', 'jobs'],
  lineage: ['nodes', 'edges'],
  node: ['id', 'kind', 'label', 'changed'],
  edge: ['from', 'to'],
  diagnostic: ['code', 'severity', 'summary', 'detail', 'range'],
  range: ['file', 'start', 'end'],
  pos: ['line', 'column'],
} as const;

type Obj = Record<string, unknown>;

function ordered(
  value: unknown,
  keys: readonly string[],
  children: Record<string, (v: unknown) => unknown> = {},
): Obj {
  const src = value as Obj;
  const out: Obj = {};
  const rest = Object.keys(src)
    .filter((k) => !keys.includes(k))
    .sort(compareText);
  for (const k of [...keys, ...rest]) {
    const v = src[k];
    if (v === undefined) continue;
    const child = children[k];
    out[k] = child ? child(v) : v;
  }
  return out;
}

const pos = (v: unknown) => ordered(v, ORDER.pos);
const range = (v: unknown) => ordered(v, ORDER.range, { start: pos, end: pos });
const diagnostic = (v: unknown) => ordered(v, ORDER.diagnostic, { range });

function change(v: unknown): Obj {
  return ordered(v, ORDER.change, {
    causes: (cs) => (cs as unknown[]).map((c) => ordered(c, ORDER.cause)),
    from: (x) => ordered(x, ORDER.specRef),
    to: (x) => ordered(x, ORDER.specRef),
    compatibility: (x) =>
      ordered(x, ORDER.compatibility, {
        operators: (os) => (os as unknown[]).map((o) => ordered(o, ORDER.operator)),
      }),
    refused: (x) => ordered(x, ORDER.refused),
  });
}

/** The plan as JSON: fixed key order, changes by job, 2-space indent, trailing newline. */
export function renderPlanJson(plan: Plan): string {
  const doc = ordered(plan, ORDER.plan, {
    summary: (s) => ordered(s, ACTION_KINDS),
    changes: (cs) => [...(cs as Plan['changes'])].sort((a, b) => compareText(a.job, b.job)).map(change),
    affected: (as) =>
      [...(as as Plan['affected'])]
        .sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name))
        .map((a) => ordered(a, ORDER.affected, { jobs: (js) => [...(js as string[])].sort(compareText) })),
    lineage: (l) =>
      ordered(l, ORDER.lineage, {
        nodes: (ns) =>
          [...(ns as Plan['lineage']['nodes'])]
            .sort((a, b) => compareText(a.id, b.id))
            .map((n) => ordered(n, ORDER.node)),
        edges: (es) =>
          [...(es as Plan['lineage']['edges'])]
            .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to))
            .map((e) => ordered(e, ORDER.edge)),
      }),
    diagnostics: (ds) => (ds as Diagnostic[]).map(diagnostic),
  });
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Codes of the plan-file diagnostics (plan range FO6xx). */
export const PLAN_FILE_CODES = { invalid: 'FO690', version: 'FO691' } as const;

/**
 * Reads a plan.json back. A file from another flinkops version is refused with
 * a diagnostic that says which way to go, rather than half-understood.
 */
export function parsePlanJson(text: string, file = 'plan.json'): Result<Plan | undefined> {
  const fail = (code: string, summary: string, detail: string): Result<undefined> => ({
    value: undefined,
    diags: [
      error(code, summary, detail, { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
    ],
  });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not valid JSON: ${(e as Error).message}`,
      'Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand.',
    );
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !('formatVersion' in doc)) {
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not a flinkops plan: it has no formatVersion`,
      'Pass the file written by `flinkops plan --out plan.json` (or `flinkops plan --json`).',
    );
  }
  const version = (doc as Obj).formatVersion;
  if (version !== PLAN_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > PLAN_FORMAT_VERSION;
    return fail(
      PLAN_FILE_CODES.version,
      `${file} has plan format version ${JSON.stringify(version)}; this flinkops reads version ${PLAN_FORMAT_VERSION}`,
      newer
        ? 'The plan was written by a newer flinkops. Upgrade flinkops, or plan again with this version.'
        : 'The plan was written by another flinkops version. Plan again with this version.',
    );
  }
  const problems = shapeProblems(doc as Obj);
  if (problems.length > 0) {
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not a valid flinkops plan: ${problems.join('; ')}`,
      'Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand.',
    );
  }
  return { value: doc as Plan, diags: [] };
}

/** The checks apply depends on; the JSON schema in schemas/ is the full description. */
function shapeProblems(doc: Obj): string[] {
  const problems: string[] = [];
  const want = (key: string, ok: (v: unknown) => boolean, what: string) => {
    if (!ok(doc[key])) problems.push(`${key} must be ${what}`);
  };
  const isString = (v: unknown) => typeof v === 'string';
  const isObject = (v: unknown) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
  want('project', isString, 'a string');
  want('env', isString, 'a string');
  want('offline', (v) => typeof v === 'boolean', 'a boolean');
  want('stateVersion', (v) => Number.isInteger(v), 'an integer');
  want('liveFingerprint', isString, 'a string');
  want('summary', isObject, 'an object');
  want('affected', Array.isArray, 'an array');
  want(
    'lineage',
    (v) => isObject(v) && Array.isArray((v as Obj).nodes) && Array.isArray((v as Obj).edges),
    'an object with nodes and edges',
  );
  want('diagnostics', Array.isArray, 'an array');
  want('changes', Array.isArray, 'an array');
  if (Array.isArray(doc.changes)) {
    doc.changes.forEach((c: unknown, i) => {
      if (!isObject(c)) {
        problems.push(`changes[${i}] must be an object`);
        return;
      }
      const ch = c as Obj;
      if (!isString(ch.job)) problems.push(`changes[${i}].job must be a string`);
      if (!ACTION_KINDS.includes(ch.action as never)) {
        problems.push(`changes[${i}].action must be one of ${ACTION_KINDS.join(', ')}`);
      }
      if (!Array.isArray(ch.causes)) problems.push(`changes[${i}].causes must be an array`);
    });
  }
  return problems;
}
