import {
  sameSavepointPath,
  savepointPathKey
} from "./chunk-E2AT4OEI.mjs";
import {
  parseFlinkVersion
} from "./chunk-2J7UGB3X.mjs";
import {
  pipelineName
} from "./chunk-EKKRR5UX.mjs";

// src/state/records.ts
var HISTORY_LIMIT = 100;
var DISPOSED_SAVEPOINTS_LIMIT = HISTORY_LIMIT;
var newRecord = (function newRecord(doc, job) {
  return {
    pipelineName: pipelineName(doc.project, doc.env, job),
    status: "running",
    savepoints: [],
    history: []
  };
});
var edits = /* @__PURE__ */ new WeakMap();
var MAX_EDIT_CHAIN = 256;
var updateJob = (function updateJob(doc, job, edit) {
  const record = doc.jobs[job] ?? newRecord(doc, job);
  const next = { ...doc, jobs: { ...doc.jobs, [job]: edit(record) } };
  const depth = (edits.get(doc)?.depth ?? 0) + 1;
  if (depth <= MAX_EDIT_CHAIN) edits.set(next, { job, prev: new WeakRef(doc), depth });
  return next;
});
var jobsEditedSince = (function jobsEditedSince(prev, next) {
  const jobs = [];
  let doc = next;
  while (doc !== prev) {
    const link = doc === void 0 ? void 0 : edits.get(doc);
    if (!link) return void 0;
    jobs.push(link.job);
    doc = link.prev.deref();
  }
  return jobs.reverse();
});
var recordSavepoint = (function recordSavepoint(doc, job, savepoint) {
  const existing = doc.jobs[job]?.savepoints.some((s) => sameSavepointPath(s.path, savepoint.path));
  if (existing) return doc;
  return updateJob(doc, job, (r) => ({ ...r, savepoints: [...r.savepoints, { ...savepoint }] }));
});
var markSavepointDisposed = (function markSavepointDisposed(doc, job, path, limit = DISPOSED_SAVEPOINTS_LIMIT) {
  if (!doc.jobs[job]?.savepoints.some((s) => sameSavepointPath(s.path, path) && !s.disposed)) return doc;
  return updateJob(doc, job, (r) => {
    const marked = r.savepoints.map((s) => sameSavepointPath(s.path, path) ? { ...s, disposed: true } : s);
    const startedFrom = new Set(
      [r.current?.restoredFrom, r.lastStable?.restoredFrom].flatMap((p) => p ? [savepointPathKey(p)] : [])
    );
    const droppable = marked.filter((s) => s.disposed && !startedFrom.has(savepointPathKey(s.path)));
    const dropped = new Set(droppable.slice(0, Math.max(0, droppable.length - limit)));
    return { ...r, savepoints: marked.filter((s) => !dropped.has(s)) };
  });
});
var recordedSavepoint = (function recordedSavepoint(doc, path, job) {
  const own = job === void 0 ? void 0 : doc.jobs[job]?.savepoints.find((s) => sameSavepointPath(s.path, path));
  if (own) return { owner: job, savepoint: own };
  for (const [owner, r] of Object.entries(doc.jobs)) {
    const savepoint = r.savepoints.find((s) => sameSavepointPath(s.path, path));
    if (savepoint) return { owner, savepoint };
  }
  return void 0;
});
var writtenByNewerMajor = (function writtenByNewerMajor(savepoint, cluster) {
  const wrote = parseFlinkVersion(savepoint.flinkVersion)?.major;
  const runs = parseFlinkVersion(cluster)?.major;
  return wrote !== void 0 && runs !== void 0 && wrote > runs;
});
var lastRestorableSavepoint = (function lastRestorableSavepoint(record, cluster) {
  if (!record) return void 0;
  for (let i = record.savepoints.length - 1; i >= 0; i--) {
    const s = record.savepoints[i];
    if (!s.disposed && !writtenByNewerMajor(s, cluster)) return s;
  }
  return void 0;
});
var unreadableSavepoints = (function unreadableSavepoints(record, cluster, than) {
  return (record?.savepoints ?? []).filter(
    (s) => !s.disposed && writtenByNewerMajor(s, cluster) && (than === void 0 || Date.parse(s.time) > than)
  ).reverse();
});
var setCurrent = (function setCurrent(doc, job, current, status) {
  return updateJob(doc, job, (r) => ({ ...r, current: { ...current }, status: status ?? r.status }));
});
var markStable = (function markStable(doc, job) {
  const current = doc.jobs[job]?.current;
  if (!current) return doc;
  return updateJob(doc, job, (r) => ({ ...r, lastStable: { ...current } }));
});
var setStatus = (function setStatus(doc, job, status) {
  if (doc.jobs[job]?.status === status) return doc;
  return updateJob(doc, job, (r) => ({ ...r, status }));
});
var setPending = (function setPending(doc, job, pending) {
  return updateJob(doc, job, (r) => ({ ...r, pending: { ...pending } }));
});
var setRolledBack = (function setRolledBack(doc, job, change) {
  return updateJob(doc, job, (r) => ({ ...r, rolledBack: { ...change } }));
});
var clearRolledBack = (function clearRolledBack(doc, job) {
  if (!doc.jobs[job]?.rolledBack) return doc;
  return updateJob(doc, job, ({ rolledBack: _dropped, ...r }) => r);
});
var clearPending = (function clearPending(doc, job) {
  if (!doc.jobs[job]?.pending) return doc;
  return updateJob(doc, job, ({ pending: _dropped, ...r }) => r);
});
var appendHistory = (function appendHistory(doc, job, entry, limit = HISTORY_LIMIT) {
  return updateJob(doc, job, (r) => {
    const history = [...r.history, { ...entry }];
    return { ...r, history: history.length > limit ? history.slice(history.length - limit) : history };
  });
});
var isRecordedRun = (function isRecordedRun(current, live) {
  return current !== void 0 && current.jobId === live.jobId;
});
var runsAdoptedState = (function runsAdoptedState(record) {
  const current = record?.current;
  if (!current) return false;
  return current.adopted === true || record.history.some((h) => h.action === "adopt" && h.jobId === current.jobId);
});
var renamedRecord = (function renamedRecord(old, replaced, pipelineName2, entry) {
  const before = replaced?.status === "deleted" ? replaced : void 0;
  return {
    ...old,
    pipelineName: pipelineName2,
    savepoints: [...before?.savepoints ?? [], ...old.savepoints],
    history: [...before?.history ?? [], ...old.history, entry].slice(-HISTORY_LIMIT)
  };
});
var renamedTo = (function renamedTo(doc, job) {
  const from = `renamed from ${job} (`;
  let found;
  for (const [name, record] of Object.entries(doc.jobs)) {
    for (const h of record.history) {
      if (h.action !== "renamed" || !h.detail?.startsWith(from)) continue;
      if (!found || h.time > found.time) found = { name, time: h.time };
    }
  }
  return found?.name;
});

export {
  HISTORY_LIMIT,
  DISPOSED_SAVEPOINTS_LIMIT,
  updateJob,
  jobsEditedSince,
  recordSavepoint,
  markSavepointDisposed,
  recordedSavepoint,
  writtenByNewerMajor,
  lastRestorableSavepoint,
  unreadableSavepoints,
  setCurrent,
  markStable,
  setStatus,
  setPending,
  setRolledBack,
  clearRolledBack,
  clearPending,
  appendHistory,
  isRecordedRun,
  runsAdoptedState,
  renamedRecord,
  renamedTo
};
