import type { SourcePos, SourceRange } from './diagnostics';

/**
 * Maps string offsets to 1-based line/column. Built once per file, at its first lookup; lookups
 * are a binary search, so locating thousands of diagnostics in a big file stays cheap.
 * Columns count UTF-16 code units, like editors and the GitHub annotation API.
 */
export class LineIndex {
  /** Offsets where lines start: found at the first lookup (most files never need one). */
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    const starts = [0];
    // Most files have no carriage return: then indexOf finds the line ends (a native scan).
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  pos(offset: number): SourcePos {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
  }

  offset(pos: SourcePos): number {
    const start = this.starts[pos.line - 1] ?? this.text.length;
    return Math.min(start + pos.column - 1, this.text.length);
  }

  range(file: string, start: number, end: number): SourceRange {
    return { file, start: this.pos(start), end: this.pos(end) };
  }
}

/** A code point as Unicode writes it after `U+` or `\\u`: upper-case hex, at least four digits. */
export function codePointHex(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0');
}

/** `s` as a regular expression matching it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text of an HTML page (a proxy's error or login page) on one line: tags dropped, spaces folded. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
