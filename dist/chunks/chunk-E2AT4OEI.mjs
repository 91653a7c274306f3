
// src/core/restore-point.ts
var restorePointKind = (function restorePointKind(path) {
  return /\/chk-\d+\/?$/.test(path) ? "checkpoint" : "savepoint";
});
var missingRestorePoint = (function missingRestorePoint(message) {
  return /Cannot find checkpoint or savepoint file\/directory '([^']*)'/.exec(message)?.[1];
});
var savepointPathKey = (function savepointPathKey(path) {
  const p = path.replace(/\/+$/, "");
  return p.startsWith("/") ? `file:${p}` : p.replace(/^file:\/\/\//, "file:/");
});
var sameSavepointPath = (function sameSavepointPath(a, b) {
  return a !== void 0 && b !== void 0 && savepointPathKey(a) === savepointPathKey(b);
});

export {
  restorePointKind,
  missingRestorePoint,
  savepointPathKey,
  sameSavepointPath
};
