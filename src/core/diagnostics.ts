/**
 * Diagnostics are values, never exceptions: every stage returns what it built plus
 * the problems it found, and keeps going so a user sees all of their mistakes at once.
 */

export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column, as editors and GitHub annotations count them. */
export interface SourcePos {
  line: number;
  column: number;
}

export interface SourceRange {
  /** Path relative to the project directory, with forward slashes. */
  file: string;
  start: SourcePos;
  end: SourcePos;
}

export interface Diagnostic {
  /** Stable machine code, e.g. `FO101`; documented in the README. */
  code: string;
  severity: Severity;
  /** One line saying what is wrong. */
  summary: string;
  /** What to do about it. */
  detail: string;
  range?: SourceRange;
}

export interface Result<T> {
  value: T;
  diags: Diagnostic[];
}

export function error(code: string, summary: string, detail: string, range?: SourceRange): Diagnostic {
  return range
    ? { code, severity: 'error', summary, detail, range }
    : { code, severity: 'error', summary, detail };
}

export function warning(code: string, summary: string, detail: string, range?: SourceRange): Diagnostic {
  return range
    ? { code, severity: 'warning', summary, detail, range }
    : { code, severity: 'warning', summary, detail };
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for output: by file, position, then severity and code. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort((a, b) => {
    const fa = a.range?.file ?? '';
    const fb = b.range?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.range?.start.line ?? 0;
    const lb = b.range?.start.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.range?.start.column ?? 0;
    const cb = b.range?.start.column ?? 0;
    if (ca !== cb) return ca - cb;
    if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

/** `file:line:column` for a range, or the empty string. */
export function formatLocation(range: SourceRange | undefined): string {
  if (!range) return '';
  return `${range.file}:${range.start.line}:${range.start.column}`;
}

/**
 * Where `pos` (1-based, counted in a text of its own) is in the user's file, given that the text
 * starts at `at` there: its first line is shifted by `at`'s column, later lines only by line.
 */
export function positionIn(at: SourcePos, pos: SourcePos): SourcePos {
  return pos.line === 1
    ? { line: at.line, column: at.column + pos.column - 1 }
    : { line: at.line + pos.line - 1, column: pos.column };
}

/** Whether `inner` lies within `outer`, in one file. */
export function rangeContains(outer: SourceRange | undefined, inner: SourceRange | undefined): boolean {
  if (!outer || !inner || outer.file !== inner.file) return false;
  const before = (a: SourcePos, b: SourcePos) =>
    a.line < b.line || (a.line === b.line && a.column <= b.column);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
