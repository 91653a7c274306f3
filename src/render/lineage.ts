/**
 * The lineage of a plan as a Mermaid flowchart for GitHub. Node ids are derived
 * from names that may hold any character, and labels are escaped with Mermaid's
 * own `#code;` entities, so no name can break the graph or the fence around it.
 */
import type { LineageEdge, LineageNode, Plan } from '../plan/model';
import { compareText } from './actions';

type Lineage = Plan['lineage'];

/** Changed nodes and their direct neighbours: what a reviewer needs to see, without the whole platform. */
export function changedSubgraph(lineage: Lineage): Lineage {
  const changed = new Set(lineage.nodes.filter((n) => n.changed).map((n) => n.id));
  const keep = new Set(changed);
  for (const e of lineage.edges) {
    if (changed.has(e.from)) keep.add(e.to);
    if (changed.has(e.to)) keep.add(e.from);
  }
  return {
    nodes: lineage.nodes.filter((n) => keep.has(n.id)),
    edges: lineage.edges.filter(
      (e) => keep.has(e.from) && keep.has(e.to) && (changed.has(e.from) || changed.has(e.to)),
    ),
  };
}

/** `flowchart LR` text (without the fence); the empty string for an empty graph. */
export function lineageToMermaid(lineage: Lineage): string {
  if (lineage.nodes.length === 0) return '';
  const nodes = [...lineage.nodes].sort((a, b) => compareText(a.id, b.id));
  const ids = mermaidIds(nodes);
  const lines = ['flowchart LR'];
  for (const n of nodes) lines.push(`  ${ids.get(n.id)}${shape(n)}`);
  const edges = dedupeEdges(lineage.edges).filter((e) => ids.has(e.from) && ids.has(e.to));
  for (const e of edges) lines.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  const changed = nodes.filter((n) => n.changed).map((n) => ids.get(n.id)!);
  if (changed.length > 0) {
    lines.push('  classDef changed stroke:#d29922,stroke-width:3px');
    lines.push(`  class ${changed.join(',')} changed`);
  }
  return lines.join('\n');
}

function shape(n: LineageNode): string {
  const label = `"${mermaidLabel(n.label)}"`;
  switch (n.kind) {
    case 'job':
      return `([${label}])`;
    case 'table':
      return `[(${label})]`;
    case 'view':
      return `[/${label}/]`;
    case 'udf':
      return `{{${label}}}`;
    default: {
      const never: never = n.kind;
      throw new Error(`unknown lineage node kind ${String(never)}`);
    }
  }
}

/**
 * Letters, digits, spaces and a few harmless marks stay; everything else becomes
 * `#<code>;`, which Mermaid decodes inside quoted labels (quotes, backticks that
 * would start a Markdown label, brackets, `<`, `>`, `&`, `#`, `;`).
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n|\r|\n/g, ' ')) {
    out += /[\p{L}\p{N} _.,:/-]/u.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}

/**
 * Ids are `[A-Za-z0-9_]` only and carry a prefix so none of them can be a Mermaid
 * keyword (`end`, `graph`, `style`…); two names that sanitise alike get a suffix.
 */
function mermaidIds(nodes: LineageNode[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const n of nodes) {
    const base = `${n.kind}_${n.id.replace(/^(job|table|view|udf):/, '').replace(/[^A-Za-z0-9_]/g, '_')}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    ids.set(n.id, id);
  }
  return ids;
}

function dedupeEdges(edges: LineageEdge[]): LineageEdge[] {
  const seen = new Set<string>();
  const out: LineageEdge[] = [];
  for (const e of [...edges].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to))) {
    const key = `${e.from}\u0000${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
