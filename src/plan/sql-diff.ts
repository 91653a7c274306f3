/**
 * Unified diff of two compiled scripts, as `git diff` shows it: Myers' O(ND)
 * shortest edit script over lines, 3 lines of context, `@@ -a,b +c,d @@` hunks.
 * Common head and tail are trimmed first, so the usual small edit of a long
 * script costs little more than a string compare — a plan of 1,000 jobs stays fast.
 * Like git's function context, a hunk header names the statement its first change is in when
 * the hunk does not show its start (`@@ -17,7 +17,7 @@ CREATE TEMPORARY TABLE \`customers\` (`),
 * so a changed connector option says whose it is.
 */

export interface SqlDiffOptions {
  /** Lines of context around each change (default 3). */
  context?: number;
  /** Header names: `--- a/<oldName>` / `+++ b/<newName>`. */
  oldName?: string;
  newName?: string;
}

type Op = { kind: ' ' | '-' | '+'; line: string; oldNo: number; newNo: number };

/** Splits on \n (tolerating \r\n); a trailing newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The edit script turning `a` into `b`, as a list of kept/removed/added lines.
 * Myers' greedy forward algorithm with a trace of V arrays for the backtrack.
 */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: ' ', line: a[i]!, oldNo: i + 1, newNo: i + 1 });
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const op of myers(midA, midB)) {
    ops.push({ ...op, oldNo: op.oldNo + head, newNo: op.newNo + head });
  }
  for (let k = tail; k > 0; k--) {
    const i = a.length - k;
    const j = b.length - k;
    ops.push({ kind: ' ', line: a[i]!, oldNo: i + 1, newNo: j + 1 });
  }
  return ops;
}

/** Beyond this many edits the scripts share little: replace the middle wholesale instead of searching on. */
const MAX_EDITS = 2000;

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // One side empty (a new job, a deleted one, an insertion or removal after trimming): no search.
  if (n === 0 || m === 0) return replaceAll(a, b);
  const max = Math.min(n + m, MAX_EDITS);
  const offset = n + m;
  const v = new Int32Array(2 * (n + m) + 2);
  // trace[d] holds V for k in [-d, d] before step d, so memory grows with the edits, not the file.
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!;
      else x = v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return replaceAll(a, b);
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const at = (k: number) => vd[k + d]!;
    const k = x - y;
    let prevK: number;
    if (d === 0) prevK = 0;
    else if (k === -d || (k !== d && at(k - 1) < at(k + 1))) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x - 1]!, oldNo: x, newNo: y });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[y - 1]!, oldNo: x, newNo: y });
      else ops.push({ kind: '-', line: a[x - 1]!, oldNo: x, newNo: y });
    }
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  return ops;
}

function replaceAll(a: readonly string[], b: readonly string[]): Op[] {
  return [
    ...a.map((line, i): Op => ({ kind: '-', line, oldNo: i + 1, newNo: 0 })),
    ...b.map((line, j): Op => ({ kind: '+', line, oldNo: a.length, newNo: j + 1 })),
  ];
}

/**
 * Unified diff text of `oldText` → `newText`; the empty string when they are equal.
 * An absent old script (a new job) diffs against the empty file, as git shows an added file.
 */
export function unifiedDiff(oldText: string, newText: string, opts: SqlDiffOptions = {}): string {
  if (oldText === newText) return '';
  const context = opts.context ?? 3;
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = diffLines(a, b);
  const out: string[] = [`--- a/${opts.oldName ?? 'old.sql'}`, `+++ b/${opts.newName ?? 'new.sql'}`];
  const changed: number[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== ' ') changed.push(i);
  });
  if (changed.length === 0) return '';
  let h = 0;
  while (h < changed.length) {
    // Grow a hunk while the next change is within 2×context of the previous one.
    let end = h;
    while (end + 1 < changed.length && changed[end + 1]! - changed[end]! <= 2 * context + 1) end++;
    const from = Math.max(0, changed[h]! - context);
    const to = Math.min(ops.length - 1, changed[end]! + context);
    out.push(...hunk(ops, from, to));
    h = end + 1;
  }
  return `${out.join('\n')}\n`;
}

function hunk(ops: readonly Op[], from: number, to: number): string[] {
  let oldStart = 0;
  let newStart = 0;
  let oldLen = 0;
  let newLen = 0;
  const body: string[] = [];
  for (let i = from; i <= to; i++) {
    const op = ops[i]!;
    if (op.kind !== '+') {
      if (oldLen === 0) oldStart = op.oldNo;
      oldLen++;
    }
    if (op.kind !== '-') {
      if (newLen === 0) newStart = op.newNo;
      newLen++;
    }
    body.push(`${op.kind}${op.line}`);
  }
  // An empty side is reported at the line before it, as GNU diff does (0 for the start of the file).
  if (oldLen === 0) oldStart = ops[from]!.oldNo;
  if (newLen === 0) newStart = ops[from]!.newNo;
  let first = from;
  while (first < to && ops[first]!.kind === ' ') first++;
  const heading = statementOf(ops, first, from);
  return [
    `@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@${heading ? ` ${heading}` : ''}`,
    ...body,
  ];
}

/** A line that starts a statement of a compiled script (statements start at column 0). */
const STATEMENT_START = /^(CREATE|INSERT|EXECUTE|BEGIN|SET|RESET|ADD|ALTER|DROP|USE|LOAD)\b/i;

/**
 * The start of the statement the hunk's first change (at `at`) is in, when the hunk (from
 * `from`) does not show it: the nearest such line at or before the change, as git's function
 * context names the function a hunk is in.
 */
function statementOf(ops: readonly Op[], at: number, from: number): string | undefined {
  for (let i = at; i >= 0; i--) {
    const op = ops[i]!;
    if (op.kind !== '+' && STATEMENT_START.test(op.line)) {
      if (i >= from) return undefined;
      const line = op.line.trimEnd();
      return line.length > 80 ? `${line.slice(0, 77)}...` : line;
    }
  }
  return undefined;
}

function range(start: number, len: number): string {
  return len === 1 ? `${start}` : `${start},${len}`;
}
