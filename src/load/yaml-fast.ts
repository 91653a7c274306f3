/**
 * A fast path for the plain YAML that repository files almost always are: block
 * mappings and sequences, single-line plain/quoted scalars, `[a, b]` lists,
 * one-line `{ name: x, type: "T" }` mappings (the README's column style) and
 * comments. It is ~10x faster than the full parser, which matters for repositories
 * with thousands of files. Anything outside that subset (anchors, tags, block or
 * multi-line scalars, nested or multi-line flow collections, escapes, duplicate keys, ...) returns
 * undefined and the caller uses the `yaml` package, which also reports errors.
 * yaml-fast.test.ts checks both parsers agree on data and positions.
 */

export type FastNode =
  | { kind: 'map'; start: number; end: number; entries: FastEntry[] }
  | { kind: 'seq'; start: number; end: number; items: FastNode[] }
  | { kind: 'scalar'; start: number; end: number; value: unknown };

export interface FastEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: FastNode | null;
}

interface Line {
  indent: number;
  /** Offset of the first content character. */
  start: number;
  /** Offset of the end of the line (before the newline). */
  end: number;
}

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

const INT = /^[-+]?[0-9]+$/;

/**
 * The keys a mapping has so far (a duplicate is the full parser's business): looked up in its
 * entries while it is small, as almost every mapping of a repository file is, and in a set from
 * 16 keys, so no large mapping costs a quadratic scan.
 */
class Keys {
  private set: Set<string> | undefined;
  private inSet = 0;

  constructor(private readonly entries: readonly FastEntry[]) {}

  has(key: string): boolean {
    const e = this.entries;
    if (e.length <= 16) {
      for (let i = 0; i < e.length; i++) if (e[i]!.key === key) return true;
      return false;
    }
    this.set ??= new Set();
    for (; this.inSet < e.length; this.inSet++) this.set.add(e[this.inSet]!.key);
    return this.set.has(key);
  }
}

/** A letter, digit or `_`: what a plain key starts with. */
function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The offset of the `:` ending a plain key at `from` — `[A-Za-z0-9_][A-Za-z0-9_./-]*:` followed by
 * a space, or by the end of the line (`to`) unless `flow` (in `{ }` a value must follow) — or -1.
 * Scanned in place: every line of every file goes through here.
 */
function keyColon(t: string, from: number, to: number, flow: boolean): number {
  if (from >= to || !isKeyStart(t.charCodeAt(from))) return -1;
  let p = from + 1;
  while (p < to) {
    const c = t.charCodeAt(p);
    if (!(isKeyStart(c) || c === 46 || c === 45 || c === 47)) break; // . - /
    p++;
  }
  if (p >= to || t.charCodeAt(p) !== 58) return -1;
  if (p + 1 < to ? t.charCodeAt(p + 1) !== 32 : flow) return -1;
  return p;
}
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** YAML 1.2 core schema resolution of a plain scalar (the `yaml` package's default). */
function plainValue(s: string): unknown {
  switch (s) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (INT.test(s)) {
      const n = Number(s);
      return Number.isSafeInteger(n) ? n : unsupported();
    }
    if (FLOAT.test(s)) return Number.parseFloat(s);
    if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(s) || /^0[ox]/.test(s)) unsupported();
  }
  return s;
}

class FastParser {
  private readonly lines: Line[] = [];
  private i = 0;

  constructor(private readonly text: string) {
    if (text.includes('\t') || text.includes('\r')) unsupported();
    let pos = 0;
    while (pos <= text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      let s = pos;
      while (s < nl && text.charCodeAt(s) === 32) s++;
      if (s < nl && text.charCodeAt(s) !== 35 /* # */) {
        const c = text[s]!;
        if (s === pos && (text.startsWith('---', s) || text.startsWith('...', s) || c === '%')) unsupported();
        this.lines.push({ indent: s - pos, start: s, end: nl });
      }
      pos = nl + 1;
    }
  }

  parse(): FastNode | null {
    if (this.lines.length === 0) return null;
    const first = this.lines[0]!;
    const node = this.block(first.indent);
    if (this.i < this.lines.length) unsupported();
    return node;
  }

  private isSeqItem(l: Line): boolean {
    return (
      this.text.charCodeAt(l.start) === 45 &&
      (l.start + 1 === l.end || this.text.charCodeAt(l.start + 1) === 32)
    );
  }

  private block(indent: number): FastNode {
    const l = this.lines[this.i]!;
    if (l.indent !== indent) unsupported();
    return this.isSeqItem(l) ? this.seq(indent) : this.map(indent);
  }

  private map(indent: number): FastNode {
    const entries: FastEntry[] = [];
    const keys = new Keys(entries);
    const start = this.lines[this.i]!.start;
    let end = start;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.indent < indent) break;
      if (l.indent > indent || this.isSeqItem(l)) {
        if (l.indent === indent) break; // a sequence at the parent's indent ends this map
        unsupported();
      }
      const colon = keyColon(this.text, l.start, l.end, false);
      if (colon < 0) unsupported();
      const key = this.text.slice(l.start, colon);
      // Duplicate and non-string keys (1.0:, true:) are the full parser's business.
      if (keys.has(key) || key === '__proto__' || typeof plainValue(key) !== 'string') unsupported();
      const keyEnd = l.start + key.length;
      this.i++;
      let value: FastNode | null;
      const rest = this.inline(keyEnd + 1, l.end);
      if (rest) {
        value = rest;
        end = rest.end;
        const next = this.lines[this.i];
        if (next && next.indent > indent) unsupported(); // multi-line plain scalar
      } else {
        const next = this.lines[this.i];
        if (next && (next.indent > indent || (next.indent === indent && this.isSeqItem(next)))) {
          value = this.block(next.indent);
          end = value.end;
        } else {
          // Like the full parser: an empty scalar right after the colon.
          value = { kind: 'scalar', start: keyEnd + 1, end: keyEnd + 1, value: null };
          end = keyEnd + 1;
        }
      }
      entries.push({ key, keyStart: l.start, keyEnd, value });
    }
    return { kind: 'map', start, end, entries };
  }

  private seq(indent: number): FastNode {
    const items: FastNode[] = [];
    const start = this.lines[this.i]!.start;
    let end = start;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.indent < indent) break;
      if (l.indent > indent) unsupported();
      if (!this.isSeqItem(l)) break; // `key:` followed by a list at the key's indent, then the next key
      let c = l.start + 1;
      while (c < l.end && this.text.charCodeAt(c) === 32) c++;
      if (c >= l.end) unsupported(); // `-` alone, content on the next lines
      if (keyColon(this.text, c, l.end, false) >= 0) {
        // `- key: value`: a mapping whose indent is the key's column
        const inner: Line = { indent: indent + (c - l.start), start: c, end: l.end };
        this.lines[this.i] = inner;
        const node = this.map(inner.indent);
        items.push(node);
        end = node.end;
      } else {
        this.i++;
        const node = this.inline(c, l.end)!;
        items.push(node);
        end = node.end;
        const next = this.lines[this.i];
        if (next && next.indent > indent) unsupported();
      }
    }
    return { kind: 'seq', start, end, items };
  }

  /** A value on the rest of a line: null when there is none (only a comment). */
  private inline(from: number, to: number): FastNode | null {
    const t = this.text;
    let s = from;
    while (s < to && t.charCodeAt(s) === 32) s++;
    if (s >= to || t[s] === '#') return null;
    const c = t[s]!;
    if (c === "'" || c === '"') {
      const q = this.quoted(s, to);
      this.trailing(q.end, to);
      return q;
    }
    if (c === '[') return this.flowSeq(s, to);
    if (c === '{') {
      const m = this.flowMap(s, to);
      this.trailing(m.end, to);
      return m;
    }
    if ('{&*!|>%@`,]}?:'.includes(c) || (c === '-' && (s + 1 >= to || t[s + 1] === ' '))) unsupported();
    // A comment (` #`) ends the value; looked for on this line only, not in the rest of the file.
    let e = s + 1;
    while (e < to && !(t.charCodeAt(e) === 35 && t.charCodeAt(e - 1) === 32)) e++;
    while (e > s && t.charCodeAt(e - 1) === 32) e--;
    const raw = t.slice(s, e);
    if (raw.includes(': ') || raw.endsWith(':')) unsupported();
    return { kind: 'scalar', start: s, end: e, value: plainValue(raw) };
  }

  private quoted(s: number, to: number): FastNode {
    const t = this.text;
    const q = t[s]!;
    let j = s + 1;
    let value = '';
    for (;;) {
      const k = t.indexOf(q, j);
      if (k < 0 || k >= to) unsupported();
      if (q === '"') {
        value = t.slice(s + 1, k);
        if (value.includes('\\')) unsupported();
        return { kind: 'scalar', start: s, end: k + 1, value };
      }
      value += t.slice(j, k);
      if (t[k + 1] === "'") {
        value += "'";
        j = k + 2;
        continue;
      }
      return { kind: 'scalar', start: s, end: k + 1, value };
    }
  }

  private trailing(from: number, to: number): void {
    let s = from;
    while (s < to && this.text.charCodeAt(s) === 32) s++;
    if (s < to && !(this.text[s] === '#' && s > from)) unsupported();
  }

  private flowSeq(s: number, to: number): FastNode {
    const t = this.text;
    const close = t.indexOf(']', s);
    if (close < 0 || close >= to) unsupported();
    const body = t.slice(s + 1, close);
    if (/["'[\]{}#&*!|>%@`]/.test(body)) unsupported();
    this.trailing(close + 1, to);
    const items: FastNode[] = [];
    if (body.trim() !== '') {
      let p = s + 1;
      for (const part of body.split(',')) {
        const lead = part.length - part.trimStart().length;
        const v = part.trim();
        if (v === '' || v.includes(': ') || v.endsWith(':') || v.startsWith('-') || v.startsWith('?'))
          unsupported();
        items.push({ kind: 'scalar', start: p + lead, end: p + lead + v.length, value: plainValue(v) });
        p += part.length + 1;
      }
    }
    return { kind: 'seq', start: s, end: close + 1, items };
  }

  /**
   * `{ key: value, ... }` on one line: plain keys, plain or quoted scalar values. In a flow
   * collection a comma ends a plain scalar, so `{ type: DECIMAL(10, 2) }` is not what it looks
   * like: anything of that kind (a key that is not a plain word, a missing `: `) is left to the
   * full parser, which reports it.
   */
  private flowMap(s: number, to: number): FastNode {
    const t = this.text;
    const entries: FastEntry[] = [];
    const keys = new Keys(entries);
    const skip = (p: number): number => {
      while (p < to && t.charCodeAt(p) === 32) p++;
      return p;
    };
    let p = skip(s + 1);
    if (t[p] === '}') return { kind: 'map', start: s, end: p + 1, entries };
    for (;;) {
      const colon = keyColon(t, p, to, true);
      if (colon < 0) unsupported();
      const key = t.slice(p, colon);
      if (keys.has(key) || key === '__proto__' || typeof plainValue(key) !== 'string') unsupported();
      const keyStart = p;
      const keyEnd = p + key.length;
      p = skip(keyEnd + 1);
      let value: FastNode;
      const c = t[p];
      if (c === "'" || c === '"') value = this.quoted(p, to);
      else {
        if (c === undefined || '{[]},&*!|>%@`?:#'.includes(c) || (c === '-' && t[p + 1] === ' '))
          unsupported();
        let e = p;
        while (e < to && !',{}[]'.includes(t[e]!)) e++;
        let v = e;
        while (v > p && t.charCodeAt(v - 1) === 32) v--;
        const raw = t.slice(p, v);
        if (raw.includes(': ') || raw.endsWith(':') || raw.includes(' #')) unsupported();
        value = { kind: 'scalar', start: p, end: v, value: plainValue(raw) };
      }
      entries.push({ key, keyStart, keyEnd, value });
      p = skip(value.end);
      if (t[p] === '}') return { kind: 'map', start: s, end: p + 1, entries };
      if (t[p] !== ',') unsupported();
      p = skip(p + 1);
      if (p >= to || t[p] === '}') unsupported(); // a trailing comma: the full parser's business
    }
  }
}

export function toData(node: FastNode | null): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toData);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toData(e.value);
      return out;
    }
  }
}

/** The document's root node (null when empty), or undefined when the text needs the full parser. */
export function parseFast(text: string): FastNode | null | undefined {
  try {
    return new FastParser(text).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
