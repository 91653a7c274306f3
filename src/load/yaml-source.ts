/**
 * YAML with source positions: every value of a parsed file can be mapped back to
 * `file:line:column`, so schema errors and `${env.X}` problems point at the user's
 * own key or value rather than at a JSON path.
 */
import type { Document, Node } from 'yaml';
import { type Diagnostic, error, type SourceRange } from '../core/diagnostics';
import { LineIndex } from '../core/text';
import { isMap, isScalar, isSeq, parseDocument, visit } from '../core/yaml-lib';
import { type FastNode, parseFast, toData } from './yaml-fast';
import { indentMistake } from './yaml-indent';
import { findEntry, isMergePair, mergeProblem } from './yaml-merge';

export type YamlPath = readonly (string | number)[];

export interface YamlScalar {
  path: (string | number)[];
  value: string;
  /** Offsets of the scalar's source text (quotes included). */
  start: number;
  end: number;
}

export interface YamlSource {
  file: string;
  text: string;
  lines: LineIndex;
  /** The document as plain data; `{}` for an empty file. */
  data: unknown;
  /**
   * Range of the node at `path`: its key when `what` is 'key' and the node is a map
   * entry, else its value. Falls back to the nearest ancestor that exists.
   */
  locate(path: YamlPath, what?: 'key' | 'value'): SourceRange;
  /** Every string scalar whose text contains `needle`, with its path and offsets. */
  stringsContaining(needle: string): YamlScalar[];
}

interface Found {
  node: Node | null;
  key: Node | null;
  /** Deepest node found on the way, for paths that do not exist. */
  last: Node | null;
  lastKey: Node | null;
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

class DocSource implements YamlSource {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly lines: LineIndex,
    readonly data: unknown,
    private readonly root: Node | null,
    private readonly doc: Document,
  ) {}

  private find(path: YamlPath): Found {
    let node: Node | null = this.root;
    let key: Node | null = null;
    let last = node;
    let lastKey: Node | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        // Merged entries (`<<: *defaults`) are found where they were written.
        const pair = findEntry(node, String(seg), this.doc);
        if (!pair) return { node: null, key: null, last, lastKey };
        key = (pair.key as Node) ?? null;
        node = (pair.value as Node) ?? null;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) return { node: null, key: null, last, lastKey };
        key = null;
        node = item;
      } else {
        return { node: null, key: null, last, lastKey };
      }
      if (node) {
        last = node;
        lastKey = key;
      } else {
        // `key:` with no value: the key is the best place to point at.
        return { node: null, key, last: key, lastKey: key };
      }
    }
    return { node, key, last, lastKey };
  }

  locate(path: YamlPath, what: 'key' | 'value' = 'value'): SourceRange {
    const f = this.find(path);
    let target: Node | null;
    if (f.node || f.key) target = what === 'key' ? (f.key ?? f.node) : (f.node ?? f.key);
    else target = f.lastKey ?? f.last;
    const r = target?.range;
    if (!r) return this.lines.range(this.file, 0, 0);
    return this.lines.range(this.file, r[0], r[1]);
  }

  stringsContaining(needle: string): YamlScalar[] {
    const out: YamlScalar[] = [];
    if (!this.text.includes(needle)) return out;
    const walk = (node: unknown, path: (string | number)[]): void => {
      if (isMap(node)) {
        for (const p of node.items) {
          // A merged mapping written in place belongs to this one; an alias is walked where anchored.
          if (isMergePair(p)) walk(p.value, path);
          else {
            const k = keyString(p.key);
            if (k !== undefined) walk(p.value, [...path, k]);
          }
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          walk(item, [...path, i]);
        });
      } else if (
        isScalar(node) &&
        typeof node.value === 'string' &&
        node.value.includes(needle) &&
        node.range
      ) {
        out.push({ path, value: node.value, start: node.range[0], end: node.range[1] });
      }
    };
    walk(this.root, []);
    return out;
  }
}

/** A document read by the fast parser (see yaml-fast.ts). */
class FastSource implements YamlSource {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly lines: LineIndex,
    readonly data: unknown,
    private readonly root: FastNode | null,
  ) {}

  locate(path: YamlPath, what: 'key' | 'value' = 'value'): SourceRange {
    let node: FastNode | null = this.root;
    let range: [number, number] = node ? [node.start, node.end] : [0, 0];
    for (let i = 0; i < path.length && node; i++) {
      const seg = path[i]!;
      if (node.kind === 'map') {
        const e = node.entries.find((x) => x.key === String(seg));
        if (!e) break;
        const last = i === path.length - 1;
        node = e.value;
        range = (last && what === 'key') || !node ? [e.keyStart, e.keyEnd] : [node.start, node.end];
      } else if (node.kind === 'seq' && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg]!;
        range = [node.start, node.end];
      } else break;
    }
    return this.lines.range(this.file, range[0], range[1]);
  }

  stringsContaining(needle: string): YamlScalar[] {
    const out: YamlScalar[] = [];
    const text = this.text;
    let first = text.indexOf(needle);
    if (first < 0) return out;
    // The fast path's scalars are their text (no escapes), so only the nodes spanning an
    // occurrence of the needle are walked into: a few entries of a file, not every node.
    const spans = (node: FastNode): boolean => {
      if (first < node.start) first = text.indexOf(needle, node.start);
      return first >= 0 && first < node.end;
    };
    // One path, pushed and popped on the way down; copied only for a string that is kept.
    const path: (string | number)[] = [];
    const walk = (node: FastNode | null): void => {
      if (!node || !spans(node)) return;
      if (node.kind === 'map') {
        for (const e of node.entries) {
          path.push(e.key);
          walk(e.value);
          path.pop();
        }
      } else if (node.kind === 'seq') {
        for (let i = 0; i < node.items.length; i++) {
          path.push(i);
          walk(node.items[i]!);
          path.pop();
        }
      } else if (typeof node.value === 'string' && node.value.includes(needle)) {
        out.push({ path: path.slice(), value: node.value, start: node.start, end: node.end });
      }
    };
    walk(this.root);
    return out;
  }
}

/** Expanded aliases allowed per document: far above what a repository file needs, far below a "billion laughs". */
const MAX_ALIAS_COUNT = 100;

/**
 * Aliases the `yaml` package would throw on when building the data: one whose anchor is not
 * defined before it, and (with `expanded`) the first alias of a document whose aliases expand
 * too often — an alias bomb. Located at the alias, as the parser's own syntax errors are.
 */
function aliasProblem(
  doc: Document,
  file: string,
  lines: LineIndex,
  expanded: boolean,
): Diagnostic | undefined {
  let problem: Diagnostic | undefined;
  visit(doc, {
    Alias(_key, node) {
      const at = lines.range(file, node.range?.[0] ?? 0, node.range?.[1] ?? 0);
      if (expanded) {
        problem = error(
          'FO107',
          `YAML aliases expand too often (more than ${MAX_ALIAS_COUNT} times)`,
          'Anchors that repeat other anchors grow exponentially; write the values out instead.',
          at,
        );
      } else if (!node.resolve(doc)) {
        problem = error(
          'FO107',
          `YAML alias *${node.source} has no anchor &${node.source} before it`,
          `Define &${node.source} on a value earlier in the file, or write the value instead of the alias.`,
          at,
        );
      }
      return problem ? visit.BREAK : undefined;
    },
  });
  return problem;
}

/**
 * A quoted string the file never closes. The parser reports it where it gave up, often the end of
 * the file (a quoted string may span lines); the user needs the quote that opened it.
 */
function unclosedQuote(doc: Document, at: number, file: string, lines: LineIndex): Diagnostic | undefined {
  let found: Diagnostic | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : undefined;
      if (!quote || !r || r[1] < at - 1 || r[1] > at + 1) return undefined;
      const end = lines.pos(Math.max(r[0], r[1] - 1));
      found = error(
        'FO107',
        `YAML syntax error: the ${quote === '"' ? 'double' : 'single'}-quoted string that starts here is never closed`,
        `It runs on to line ${end.line} without its closing ${quote}: add the ${quote} where the value ends. ` +
          (quote === "'"
            ? "Inside single quotes, a ' is written twice ('it''s')."
            : 'Inside double quotes, a " is written \\".'),
        lines.range(file, r[0], r[0] + 1),
      );
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The parser's errors a user meets most, in the file's words rather than the library's: a key
 * written twice in one mapping, a second document after `---`.
 */
function wordedError(code: string, key: string | undefined): { summary: string; detail: string } | undefined {
  if (code === 'DUPLICATE_KEY')
    return {
      summary: `YAML key ${key ? `${key} ` : ''}appears twice in the same mapping`,
      detail:
        'A mapping holds one value a key, and YAML would keep only one of them: remove or rename one of the two.',
    };
  if (code === 'TAB_AS_INDENT')
    return {
      summary: 'A tab indents this line: YAML indents with spaces only',
      detail:
        'Replace the tabs at the start of the line with spaces, as many as the lines around it use (set your editor to insert spaces in YAML files).',
    };
  if (code === 'MULTIPLE_DOCS')
    return {
      summary: 'A second YAML document starts here: a flinkops file holds one',
      detail: 'Remove this `---` line and what follows it, or move that part into a file of its own.',
    };
  return undefined;
}

/**
 * FO107 at the `[` or `{` of a flow list or mapping that is never closed, when the first syntax
 * error lies after it: the parser reads on into the next lines and reports those, while the user
 * needs the bracket.
 */
function unclosedFlow(
  doc: Document,
  at: number,
  file: string,
  text: string,
  lines: LineIndex,
): Diagnostic | undefined {
  let found: { start: number; open: string } | undefined;
  const check = (node: { flow?: boolean; range?: [number, number, number] | null }) => {
    const r = node.range;
    if (!node.flow || !r || r[0] > at || (found && found.start <= r[0])) return;
    const open = text[r[0]];
    const close = open === '[' ? ']' : open === '{' ? '}' : undefined;
    if (close && text.slice(r[0], r[1]).trimEnd().at(-1) !== close) found = { start: r[0], open: open! };
  };
  visit(doc, { Seq: (_k, n) => check(n), Map: (_k, n) => check(n) });
  if (!found) return undefined;
  const close = found.open === '[' ? ']' : '}';
  return error(
    'FO107',
    `YAML syntax error: the \`${found.open}\` that starts here is never closed`,
    `Close it with \`${close}\` where the ${found.open === '[' ? 'list' : 'mapping'} ends. A list or mapping in brackets may span lines, so the parser read the lines after it as part of it.`,
    lines.range(file, found.start, found.start + 1),
  );
}

/** The key written at `offset` (`name:` or a quoted key), as written; undefined when none is. */
function keyAt(text: string, offset: number): string | undefined {
  const end = text.indexOf('\n', offset);
  const m = /^\s*("[^"\n]*"|'[^'\n]*'|[^\s:#{}[\],][^:#{}[\],\n]*?)\s*:(\s|$)/.exec(
    text.slice(offset, end < 0 ? undefined : end),
  );
  return m ? (m[1]!.startsWith('"') || m[1]!.startsWith("'") ? m[1] : `"${m[1]}"`) : undefined;
}

/** Parses one YAML file. Syntax errors come back as located FO107 diagnostics. */
export function parseYaml(
  file: string,
  written: string,
): { value: YamlSource | undefined; diags: Diagnostic[] } {
  // YAML 1.2 counts a carriage return alone as a line break (a classic Mac file), as LineIndex
  // does; the parsers know only LF and CRLF, and would read the whole file as one line (a wall
  // of "nested mappings" errors). The same length, so every offset stays where it was.
  const text = written.includes('\r') ? written.replace(/\r(?!\n)/g, '\n') : written;
  const lines = new LineIndex(text);
  const fast = parseFast(text);
  if (fast === null || fast?.kind === 'map') {
    return { value: new FastSource(file, text, lines, toData(fast) ?? {}, fast), diags: [] };
  }
  return parseWithLibrary(file, text, lines);
}

/** The full YAML parser, for what the fast path does not cover (and for every syntax error). */
export function parseWithLibrary(
  file: string,
  text: string,
  lines: LineIndex = new LineIndex(text),
): { value: YamlSource | undefined; diags: Diagnostic[] } {
  // merge: YAML merge keys (`<<: *defaults`), which editors accept too (yaml-merge.ts).
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: true });
  const diags: Diagnostic[] = [];
  // The parser ran out of stack (lists or mappings nested hundreds deep): its own message
  // ("Maximum call stack size exceeded") says nothing about the file, and what follows is noise.
  const tooDeep = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (tooDeep) {
    const d = error(
      'FO107',
      'YAML nests too deeply to read',
      'Lists and mappings are nested hundreds of levels deep here; no flinkops file needs that. Write the value flatter, or check for brackets that are opened and never closed.',
      lines.range(file, tooDeep.pos[0], tooDeep.pos[1]),
    );
    return { value: undefined, diags: [d] };
  }
  // Lines indented with tabs: every other error the parser reports then follows from them.
  const tabbed = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  // Else, after the first syntax error the parser is lost: what it reports further down (a wall of
  // "nested mappings" and "implicit keys" errors for one unclosed `[`) mostly follows from it, so
  // that one is reported, with a count of the rest. Each duplicate key is a problem of its own.
  const [first, ...rest] = doc.errors
    .filter((e) => e.code !== 'DUPLICATE_KEY')
    .sort((a, b) => a.pos[0] - b.pos[0]);
  // Errors where the first one is are its own echo (the parser's second word on the same break).
  const after = rest.filter((e) => e.pos[0] !== first?.pos[0]);
  const reported =
    tabbed.length > 0 ? tabbed : doc.errors.filter((e) => e === first || e.code === 'DUPLICATE_KEY');
  const more =
    after.length > 0
      ? ` The parser reports ${after.length} more error${after.length > 1 ? 's' : ''} further down, which often follow from this one: fix it first, then validate again.`
      : '';
  for (const e of reported) {
    const unclosed =
      e.code === 'MISSING_CHAR'
        ? unclosedQuote(doc, e.pos[0], file, lines)
        : e === first
          ? unclosedFlow(doc, e.pos[0], file, text, lines)
          : undefined;
    if (unclosed) {
      diags.push(unclosed);
      continue;
    }
    const tail = e === first ? more : '';
    const indent = e === first ? indentMistake(e.code, e.message, e.pos[0], file, text, lines) : undefined;
    if (indent) {
      diags.push(error('FO107', indent.summary, indent.detail + tail, indent.at));
      continue;
    }
    const at = lines.range(file, e.pos[0], e.pos[1]);
    const worded = wordedError(e.code, keyAt(text, e.pos[0]));
    if (worded) {
      diags.push(error('FO107', worded.summary, worded.detail + tail, at));
      continue;
    }
    const summary = e.message.split('\n')[0] ?? e.message;
    diags.push(
      error(
        'FO107',
        `YAML syntax error: ${summary}`,
        `Fix the YAML syntax at this position (indentation, a missing \`:\`, an unclosed quote or bracket are the usual causes).${tail}`,
        at,
      ),
    );
  }
  if (diags.length > 0) return { value: undefined, diags };
  const root = (doc.contents as Node | null) ?? null;
  const unresolved = aliasProblem(doc, file, lines, false);
  if (unresolved) return { value: undefined, diags: [unresolved] };
  const badMerge = mergeProblem(doc, file, lines);
  if (badMerge) return { value: undefined, diags: [badMerge] };
  let data: unknown;
  try {
    data = root ? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) : {};
  } catch (e) {
    // The only error left once aliases resolve: the expansion limit (an alias bomb).
    const located = aliasProblem(doc, file, lines, true);
    if (!located) throw e;
    return { value: undefined, diags: [located] };
  }
  if (root && !isMap(root)) {
    const r = root.range ?? [0, 0, 0];
    diags.push(
      error(
        'FO108',
        'YAML file is not a mapping',
        'The file must hold `key: value` entries at its top level; see the schema named in its first line.',
        lines.range(file, r[0], r[1]),
      ),
    );
    return { value: undefined, diags };
  }
  return { value: new DocSource(file, text, lines, data ?? {}, root, doc), diags };
}

/** The value at `path` in parsed YAML, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const k of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}
