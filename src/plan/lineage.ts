/**
 * What a plan touches, for the reviewer: the tables and UDFs whose change forces
 * job changes (`affected`) and a lineage graph of the changed jobs with the
 * tables, views and UDFs they read and write. Sorted, so the same plan renders
 * the same Mermaid graph every time.
 */
import type { DesiredJob } from '../compile/model';
import type { JobChange, LineageEdge, LineageNode, Plan } from './model';
import { readsOf, scriptShape } from './script-shape';

export interface Relations {
  reads: string[];
  writes: string[];
  views: Map<string, string[]>;
  udfs: string[];
}

/** Reads, writes, views (with what they read) and UDFs of a script; desired-state lists win when given. */
export function relationsOf(script: string | undefined, job?: DesiredJob): Relations {
  // With the desired job's lists, the script is read for its views only: one that cannot define a
  // view (no "view" in any case, nothing beyond ASCII that could upper-case to it) is not split.
  const needsShape =
    script !== undefined && (!job?.sources || !job.sinks || !job.udfs || /view|[^ -~\s]/i.test(script));
  const shape = needsShape ? scriptShape(script) : undefined;
  const views = new Map<string, string[]>();
  for (const [name, v] of shape?.views ?? []) views.set(name, readsOf(v.tokens));
  for (const name of job?.views ?? []) if (!views.has(name)) views.set(name, []);
  // job.sources are the tables read through views too; with views in the script, the queries'
  // own reads are drawn instead, and the views lead on to the tables (lineageOf).
  const direct =
    shape && !shape.broken && shape.views.size > 0 ? [...shape.queries.values()].flatMap((q) => q.reads) : [];
  const reads = new Set<string>(direct.length ? direct : (job?.sources ?? []));
  const writes = new Set<string>(job?.sinks ?? []);
  if (!job?.sources || !job?.sinks) {
    for (const q of shape?.queries.values() ?? []) {
      if (!job?.sinks) writes.add(q.sink);
      if (!job?.sources) for (const r of q.reads) reads.add(r);
    }
  }
  const udfs = new Set<string>(job?.udfs ?? [...(shape?.functions.keys() ?? [])]);
  return { reads: [...reads].sort(), writes: [...writes].sort(), views, udfs: [...udfs].sort() };
}

export function affectedOf(changes: readonly JobChange[]): Plan['affected'] {
  const byKey = new Map<string, { kind: 'table' | 'udf'; name: string; jobs: Set<string> }>();
  for (const c of changes) {
    if (c.action === 'none') continue;
    for (const cause of c.causes) {
      if (cause.kind !== 'table' && cause.kind !== 'udf') continue;
      const key = `${cause.kind}:${cause.path}`;
      const entry = byKey.get(key) ?? { kind: cause.kind, name: cause.path, jobs: new Set<string>() };
      entry.jobs.add(c.job);
      byKey.set(key, entry);
    }
  }
  return [...byKey.keys()]
    .sort()
    .map((k) => byKey.get(k)!)
    .map((e) => ({ kind: e.kind, name: e.name, jobs: [...e.jobs].sort() }));
}

export function lineageOf(
  changes: readonly JobChange[],
  relations: ReadonlyMap<string, Relations>,
  affected: Plan['affected'],
): Plan['lineage'] {
  const nodes = new Map<string, LineageNode>();
  const edges = new Map<string, LineageEdge>();
  const changedNames = new Set(affected.map((a) => `${a.kind}:${a.name}`));
  const node = (kind: LineageNode['kind'], name: string, changed: boolean) => {
    const id = `${kind}:${name}`;
    const prior = nodes.get(id);
    nodes.set(id, { id, kind, label: name, changed: changed || (prior?.changed ?? false) });
    return id;
  };
  const edge = (from: string, to: string) => edges.set(`${from}\u0000${to}`, { from, to });
  for (const c of changes) {
    if (c.action === 'none') continue;
    const job = node('job', c.job, true);
    const rel = relations.get(c.job);
    if (!rel) continue;
    const rnode = (name: string) =>
      rel.views.has(name)
        ? node('view', name, changedNames.has(`table:${name}`))
        : node('table', name, changedNames.has(`table:${name}`));
    for (const r of rel.reads) edge(rnode(r), job);
    for (const w of rel.writes) edge(job, rnode(w));
    // Views read, and the views and tables they read in turn (a staging view under a mart's view).
    // A work list, not recursion: a script may chain thousands of views, deeper than the stack.
    const seen = new Set<string>();
    const pending = [...rel.reads];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      const reads = rel.views.get(name);
      if (!reads || seen.has(name)) continue;
      seen.add(name);
      for (const r of reads) {
        edge(rnode(r), rnode(name));
        pending.push(r);
      }
    }
    for (const u of rel.udfs) edge(node('udf', u, changedNames.has(`udf:${u}`)), job);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    edges: [...edges.values()].sort((a, b) =>
      a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.to < b.to ? -1 : a.to > b.to ? 1 : 0,
    ),
  };
}
