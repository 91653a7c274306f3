/**
 * plan.json: the plan as a reviewable, diffable file. Keys come out in one fixed
 * order and changes sorted by job, so the same plan is always the same bytes.
 */
import type { Diagnostic } from '../core/diagnostics';
import { ACTION_KINDS, type Plan } from '../plan/model';
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
    'versionUpgrades',
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
    'renamedFrom',
    'move',
    'compatibility',
    'versionUpgrade',
    'compiledPlan',
    'refused',
    'sqlDiff',
  ],
  cause: ['kind', 'path', 'from', 'to'],
  move: ['from', 'fromVersion'],
  specRef: ['specHash', 'parallelism'],
  compatibility: ['verdict', 'source', 'operators', 'findings', 'advice'],
  operator: ['name', 'id', 'state'],
  refused: ['code', 'summary', 'detail', 'renamedFrom'],
  versionUpgrade: ['from', 'to', 'move', 'compiled', 'script'],
  versionUpgradeJob: ['job', 'verdict', 'refused'],
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
    renamedFrom: (x) => ordered(x, ['job', 'pipelineName']),
    move: (x) => ordered(x, ORDER.move),
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
    versionUpgrades: (vs) =>
      (vs as NonNullable<Plan['versionUpgrades']>).map((v) =>
        ordered(v, ORDER.versionUpgrade, {
          compiled: (js) => (js as unknown[]).map((j) => ordered(j, ORDER.versionUpgradeJob)),
          script: (js) => (js as unknown[]).map((j) => ordered(j, ORDER.versionUpgradeJob)),
        }),
      ),
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
