/**
 * What changed between two compiled plans, in ExecNodes (the operators Flink builds the job
 * from, each with a versioned type such as `stream-exec-group-aggregate_1`): added, removed,
 * changed. Nodes are matched by their type without the version and their order of appearance,
 * so a node whose version, inputs or settings moved reads as changed, not as remove + add.
 */
import { canonicalJson } from '../core/hash';

export interface ExecNodeDiff {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

interface Node {
  key: string;
  label: string;
  body: string;
}

const MAX_DESCRIPTION = 80;

function nodesOf(json: string): Node[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const nodes = (parsed as { nodes?: unknown })?.nodes;
  if (!Array.isArray(nodes)) return undefined;
  const seen = new Map<string, number>();
  return nodes.map((n: Record<string, unknown>) => {
    const type = typeof n.type === 'string' ? n.type : 'unknown';
    const base = type.replace(/_\d+$/, '');
    const i = (seen.get(base) ?? 0) + 1;
    seen.set(base, i);
    const description = typeof n.description === 'string' ? n.description : '';
    const short =
      description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION)}…` : description;
    // Ids are positions: they shift when a node is inserted before, which is no change of its own.
    const { id: _id, ...rest } = n;
    return { key: `${base}#${i}`, label: short ? `${type}: ${short}` : type, body: canonicalJson(rest) };
  });
}

/** Undefined when either side is not a plan (no `nodes` array). */
export function execNodeDiff(before: string, after: string): ExecNodeDiff | undefined {
  const a = nodesOf(before);
  const b = nodesOf(after);
  if (!a || !b) return undefined;
  const old = new Map(a.map((n) => [n.key, n]));
  const out: ExecNodeDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const n of b) {
    const was = old.get(n.key);
    if (!was) out.added.push(n.label);
    else if (was.body !== n.body) out.changed.push(n.label);
    else out.unchanged++;
    old.delete(n.key);
  }
  for (const n of old.values()) out.removed.push(n.label);
  return out;
}
