/**
 * YAML merge keys (`<<: *defaults`, `<<: {state: suspended}`, `<<: [*a, *b]`), as editors and the
 * YAML 1.1 type repository define them: the merged mappings' entries are added to the mapping,
 * its own keys win, and in a list the earlier mapping wins. The `yaml` package merges the data
 * (`merge: true`); this module finds where a merged value was written, so a diagnostic points at
 * the user's own text, and refuses a merge of something that is not a mapping, located.
 */
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { type Diagnostic, error } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { isAlias, isMap, isPair, isScalar, isSeq, visit } from '../core/yaml-lib';

/** The `yaml` package reads a merge key as a scalar holding the symbol `<<`. */
export function isMergePair(pair: unknown): boolean {
  if (!isPair(pair) || !isScalar(pair.key)) return false;
  const v = pair.key.value;
  return typeof v === 'symbol' && v.description === '<<';
}

const resolved = (node: unknown, doc: Document): unknown => (isAlias(node) ? node.resolve(doc) : node);

/** The mappings merged into `map`, in the order their entries count (the first one wins). */
export function mergedMaps(map: YAMLMap, doc: Document): YAMLMap[] {
  const out: YAMLMap[] = [];
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    const source = resolved(pair.value, doc);
    const items = isSeq(source) ? source.items : [source];
    for (const item of items) {
      const m = resolved(item, doc);
      if (isMap(m)) out.push(m);
    }
  }
  return out;
}

/**
 * The entry for `key` in `map`: its own (not a merge key), else the first merged mapping's that has
 * it, looked up through that mapping's merges in turn. `seen` stops a mapping merging itself.
 */
export function findEntry(
  map: YAMLMap,
  key: string,
  doc: Document,
  seen = new Set<YAMLMap>(),
): Pair | undefined {
  if (seen.has(map)) return undefined;
  seen.add(map);
  const own = map.items.find((p) => !isMergePair(p) && isScalar(p.key) && String(p.key.value) === key);
  if (own) return own as Pair;
  for (const m of mergedMaps(map, doc)) {
    const found = findEntry(m, key, doc, seen);
    if (found) return found;
  }
  return undefined;
}

/** The first merge key whose value is not a mapping, an alias of one, or a list of those. */
export function mergeProblem(doc: Document, file: string, lines: LineIndex): Diagnostic | undefined {
  let problem: Diagnostic | undefined;
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (!isMergePair(pair)) return undefined;
      const source = resolved(pair.value, doc);
      // As written: an alias is located at the alias, not at its anchor.
      const items = isSeq(source) ? source.items : [pair.value];
      const bad = items.find((item) => !isMap(resolved(item, doc)));
      const circular = items.find((item) => ancestors.includes(resolved(item, doc) as Node));
      if (circular !== undefined) {
        const r = (circular as Node).range ?? [0, 0];
        problem = error(
          'FO107',
          'A YAML merge key (<<) merges a mapping into itself',
          'Merge a mapping anchored outside this one, or write the keys out.',
          lines.range(file, r[0], r[1]),
        );
        return visit.BREAK;
      }
      if (bad === undefined) return undefined;
      const value = bad as Node | null;
      // `<<:` with nothing after it: the key is the place to point at.
      const empty = !value?.range || value.range[0] === value.range[1];
      const r = (empty ? (pair.key as Node).range : value.range) ?? [0, 0];
      problem = error(
        'FO107',
        'A YAML merge key (<<) must be given a mapping',
        'Write `<<: *name` (an alias of a mapping anchored with &name), `<<: {key: value}` or a list of such aliases `<<: [*a, *b]`; or write the keys out.',
        lines.range(file, r[0], r[1]),
      );
      return visit.BREAK;
    },
  });
  return problem;
}
