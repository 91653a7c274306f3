
// src/core/diagnostics.ts
var error = (function error(code, summary, detail, range) {
  return range ? { code, severity: "error", summary, detail, range } : { code, severity: "error", summary, detail };
});
var warning = (function warning(code, summary, detail, range) {
  return range ? { code, severity: "warning", summary, detail, range } : { code, severity: "warning", summary, detail };
});
var hasErrors = (function hasErrors(diags) {
  return diags.some((d) => d.severity === "error");
});
var severityOrder = { error: 0, warning: 1, info: 2 };
var sortDiagnostics = (function sortDiagnostics(diags) {
  return [...diags].sort((a, b) => {
    const fa = a.range?.file ?? "";
    const fb = b.range?.file ?? "";
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
});
var formatLocation = (function formatLocation(range) {
  if (!range) return "";
  return `${range.file}:${range.start.line}:${range.start.column}`;
});
var positionIn = (function positionIn(at, pos) {
  return pos.line === 1 ? { line: at.line, column: at.column + pos.column - 1 } : { line: at.line + pos.line - 1, column: pos.column };
});
var rangeContains = (function rangeContains(outer, inner) {
  if (!outer || !inner || outer.file !== inner.file) return false;
  const before = (a, b) => a.line < b.line || a.line === b.line && a.column <= b.column;
  return before(outer.start, inner.start) && before(inner.end, outer.end);
});

export {
  error,
  warning,
  hasErrors,
  sortDiagnostics,
  formatLocation,
  positionIn,
  rangeContains
};
