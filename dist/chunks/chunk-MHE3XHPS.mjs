
// src/core/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Offsets where lines start: found at the first lookup (most files never need one). */
  lineStarts;
  get starts() {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    const starts = [0];
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
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
  pos(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1 };
  }
  offset(pos) {
    const start = this.starts[pos.line - 1] ?? this.text.length;
    return Math.min(start + pos.column - 1, this.text.length);
  }
  range(file, start, end) {
    return { file, start: this.pos(start), end: this.pos(end) };
  }
};
var codePointHex = (function codePointHex(c) {
  return c.toString(16).toUpperCase().padStart(4, "0");
});
var escapeRegExp = (function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
});
var pageText = (function pageText(html) {
  return html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
});

export {
  LineIndex,
  codePointHex,
  escapeRegExp,
  pageText
};
