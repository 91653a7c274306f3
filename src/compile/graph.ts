/** The dependency graph job → tables/views → UDFs, the jobs a change affects, and its Mermaid rendering. */
import { topicOfKey, topicsRead } from '../core/kafka-topic';
import type { ViewReads } from '../validate';
import type { DependencyGraph, GraphEdge, GraphNode, GraphNodeKind } from './model';

export function nodeId(kind: GraphNodeKind, name: string): string {
  return `${kind}:${name}`;
}

export interface GraphInput {
  jobs: {
    name: string;
    reads: string[];
    /** Tables its own CREATE TABLE ... LIKE copies (not read). */
    copies?: string[];
    writes: string[];
    /** Tables of other catalogs it reads and writes (`pg.db.t`). */
    catalogTables?: { reads: string[]; writes: string[] };
    /** Tables its own script creates and reads or writes, with their topics (kafkaTopicKeys). */
    localTables?: readonly { name: string; read?: true; written?: true; topics?: readonly string[] }[];
    /** Views its own script creates, with what each reads. */
    localViews?: readonly { name: string; reads: ViewReads }[];
    /** With localViews: what its own statements read outside its views (reads and the rest count both). */
    direct?: ViewReads;
    udfs: string[];
    description?: string;
  }[];
  tables: {
    name: string;
    objectKind: 'table' | 'view';
    kind?: GraphNode['tableKind'];
    /** A view: what it reads; a table: the tables it is created LIKE. */
    reads: string[];
    /** A kafka or upsert-kafka table: its topics (kafkaTopicKeys), shared with the other tables on them. */
    topics?: string[];
    udfs: string[];
    description?: string;
  }[];
  udfs: { name: string }[];
}

export function buildGraph(input: GraphInput): DependencyGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const j of input.jobs) {
    const described = j.description ? { description: j.description } : {};
    nodes.push({ id: nodeId('job', j.name), kind: 'job', name: j.name, ...described });
  }
  const objectId = new Map<string, string>();
  for (const t of input.tables) {
    const id = nodeId(t.objectKind, t.name);
    objectId.set(t.name, id);
    nodes.push({
      id,
      kind: t.objectKind,
      name: t.name,
      ...(t.kind ? { tableKind: t.kind } : {}),
      ...(t.description ? { description: t.description } : {}),
    });
  }
  for (const u of input.udfs) nodes.push({ id: nodeId('udf', u.name), kind: 'udf', name: u.name });
  const link = (from: string, names: string[], kind: GraphEdge['kind']): void => {
    for (const n of names) {
      const to = kind === 'uses' ? nodeId('udf', n) : objectId.get(n);
      if (to) edges.push({ from, to, kind });
    }
  };
  const catalogIds = new Set<string>();
  const catalogTable = (name: string): string => {
    const id = nodeId('catalog_table', name);
    if (!catalogIds.has(id)) {
      catalogIds.add(id);
      nodes.push({ id, kind: 'catalog_table', name });
    }
    return id;
  };
  // A topic written through one table and read through another (a table is a sink or a source,
  // a job's own table is its alone): the data flows from the one to the other, which no job's
  // script says. Tables by node id, each with its topic keys.
  const writing = new Map<string, readonly string[]>();
  const reading = new Map<string, readonly string[]>();
  for (const j of input.jobs) {
    const id = nodeId('job', j.name);
    const direct = j.direct;
    const localId = (kind: 'local_table' | 'local_view', name: string) => nodeId(kind, `${j.name}.${name}`);
    // A reader (the job, or one of its views) and what it reads: a view stands between the job
    // and what the view reads, as a repository view does.
    const readsOf = (from: string, r: ViewReads): void => {
      link(from, r.tables ?? [], 'reads');
      for (const t of r.localTables ?? []) edges.push({ from, to: localId('local_table', t), kind: 'reads' });
      for (const v of r.localViews ?? []) edges.push({ from, to: localId('local_view', v), kind: 'reads' });
      for (const t of r.catalogTables ?? []) edges.push({ from, to: catalogTable(t), kind: 'reads' });
    };
    for (const v of j.localViews ?? []) {
      const view = localId('local_view', v.name);
      nodes.push({ id: view, kind: 'local_view', name: v.name, job: j.name });
      readsOf(view, v.reads);
    }
    if (direct) readsOf(id, direct);
    else
      for (const t of j.catalogTables?.reads ?? [])
        edges.push({ from: id, to: catalogTable(t), kind: 'reads' });
    for (const t of j.catalogTables?.writes ?? [])
      edges.push({ from: id, to: catalogTable(t), kind: 'writes' });
    for (const t of j.localTables ?? []) {
      const local = nodeId('local_table', `${j.name}.${t.name}`);
      nodes.push({ id: local, kind: 'local_table', name: t.name, job: j.name });
      if (t.read && !direct) edges.push({ from: id, to: local, kind: 'reads' });
      if (t.written) edges.push({ from: id, to: local, kind: 'writes' });
      if (t.topics && t.topics.length > 0) {
        if (t.written) writing.set(local, t.topics);
        if (t.read) reading.set(local, t.topics);
      }
    }
    if (!direct) link(id, j.reads, 'reads');
    link(id, j.copies ?? [], 'copies');
    link(id, j.writes, 'writes');
    link(id, j.udfs, 'uses');
  }
  for (const t of input.tables) {
    if (t.objectKind === 'table') link(nodeId('table', t.name), t.reads, 'copies');
    if (t.objectKind !== 'view') continue;
    const id = nodeId('view', t.name);
    link(id, t.reads, 'reads');
    link(id, t.udfs, 'uses');
  }
  const written = new Set(input.jobs.flatMap((j) => j.writes));
  const read = new Set([
    ...input.jobs.flatMap((j) => j.reads),
    ...input.tables.filter((t) => t.objectKind === 'view').flatMap((t) => t.reads),
  ]);
  for (const t of input.tables) {
    if (!t.topics || t.topics.length === 0) continue;
    if (written.has(t.name)) writing.set(nodeId('table', t.name), t.topics);
    if (read.has(t.name)) reading.set(nodeId('table', t.name), t.topics);
  }
  // A `topic-pattern` reads every topic it matches: one edge a topic written. Writers are found by
  // topic key (a pattern is matched against the keys written), not by pairing every two tables.
  const writers = new Map<string, string[]>();
  for (const [id, keys] of writing) for (const k of keys) writers.set(k, [...(writers.get(k) ?? []), id]);
  const keysWritten = new Set(writers.keys());
  for (const [r, keys] of reading) {
    const seen = new Set<string>();
    for (const kr of keys)
      for (const kw of topicsRead(kr, keysWritten))
        for (const w of writers.get(kw)!) {
          if (w === r || seen.has(`${w}\0${kw}`)) continue;
          seen.add(`${w}\0${kw}`);
          edges.push({ from: w, to: r, kind: 'topic', topic: topicOfKey(kw) });
        }
  }
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  edges.sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : a.from + a.to > b.from + b.to ? 1 : 0));
  return { nodes, edges };
}

/**
 * Jobs whose compiled script depends on any of `changed` (node ids such as
 * `table:orders`, `view:v`, `udf:geo`), directly or through views. Sorted names.
 */
export function affectedJobs(graph: DependencyGraph, changed: Iterable<string>): string[] {
  const dependents = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind === 'topic') continue; // the reading table's definition does not include the writing one's
    const list = dependents.get(e.to);
    if (list) list.push(e.from);
    else dependents.set(e.to, [e.from]);
  }
  const seen = new Set<string>();
  const queue = [...changed];
  const jobs = new Set<string>();
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (id.startsWith('job:')) jobs.add(id.slice(4));
    for (const d of dependents.get(id) ?? []) queue.push(d);
  }
  return [...jobs].sort();
}

export interface MermaidOptions {
  /** Node ids drawn highlighted (e.g. what a plan changes). */
  highlight?: Iterable<string>;
  /** Draw only these node ids and the edges between them. */
  only?: Iterable<string>;
}

function mermaidId(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, '_');
}

function shape(n: GraphNode): string {
  const label = n.name.replaceAll('"', '#quot;');
  switch (n.kind) {
    case 'job':
      return `[["${label}"]]`;
    case 'table':
      return `[("${label}")]`;
    case 'view':
      return `[/"${label}"/]`;
    case 'udf':
      return `{{"${label}"}}`;
    case 'catalog_table':
      // A table the repository does not define: a cylinder, dashed (classDef catalog).
      return `[("${label}")]:::catalog`;
    case 'local_table':
      // A table a job's script creates: a cylinder named after the job too, dotted (classDef local).
      return `[("${(n.job ? `${n.job}: ${n.name}` : n.name).replaceAll('"', '#quot;')}")]:::local`;
    case 'local_view':
      // A view a job's script creates: a view's shape, named after the job, dotted as its tables are.
      return `[/"${(n.job ? `${n.job}: ${n.name}` : n.name).replaceAll('"', '#quot;')}"/]:::local`;
  }
}

/** A Mermaid flowchart; edges follow the data: source → job → sink, udf → job. */
export function graphToMermaid(graph: DependencyGraph, opts: MermaidOptions = {}): string {
  const only = opts.only ? new Set(opts.only) : undefined;
  const highlight = new Set(opts.highlight ?? []);
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) {
    if (only && !only.has(n.id)) continue;
    lines.push(`  ${mermaidId(n.id)}${shape(n)}`);
  }
  for (const e of graph.edges) {
    if (only && (!only.has(e.from) || !only.has(e.to))) continue;
    const [a, b] = e.kind === 'writes' || e.kind === 'topic' ? [e.from, e.to] : [e.to, e.from];
    // A LIKE copies a definition, not rows: a dotted arrow from the table copied. A topic carries
    // rows from the table written to the table read: a dotted arrow named after it.
    const arrow =
      e.kind === 'copies'
        ? '-. LIKE .->'
        : e.kind === 'topic'
          ? `-.->|"topic ${(e.topic ?? '').replaceAll('"', '#quot;')}"|`
          : '-->';
    lines.push(`  ${mermaidId(a)} ${arrow} ${mermaidId(b)}`);
  }
  if (graph.nodes.some((n) => n.kind === 'catalog_table' && (!only || only.has(n.id))))
    lines.push('  classDef catalog stroke-dasharray: 5 5');
  if (
    graph.nodes.some(
      (n) => (n.kind === 'local_table' || n.kind === 'local_view') && (!only || only.has(n.id)),
    )
  )
    lines.push('  classDef local stroke-dasharray: 2 2');
  const marked = graph.nodes.filter((n) => highlight.has(n.id) && (!only || only.has(n.id)));
  if (marked.length > 0) {
    lines.push('  classDef changed fill:#fff3cd,stroke:#d39e00,stroke-width:2px');
    lines.push(`  class ${marked.map((n) => mermaidId(n.id)).join(',')} changed`);
  }
  return `${lines.join('\n')}\n`;
}
