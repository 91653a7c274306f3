import {
  FileStateStore,
  MemoryStateStore,
  lockHolderGone
} from "./chunk-B7I53RQA.mjs";
import {
  LEGACY_HISTORY_ACTIONS,
  OLDEST_STATE_FORMAT_VERSION,
  STATE_FORMAT_VERSION,
  assertNoSecretValues,
  checkWritable,
  emptyState,
  findSecretValues,
  parseStateFile,
  serializeStateFile,
  stateDocProblems
} from "./chunk-QH5UG3CC.mjs";
import {
  DISPOSED_SAVEPOINTS_LIMIT,
  HISTORY_LIMIT,
  appendHistory,
  clearPending,
  clearRolledBack,
  isRecordedRun,
  jobsEditedSince,
  lastRestorableSavepoint,
  markSavepointDisposed,
  markStable,
  recordSavepoint,
  recordedSavepoint,
  renamedRecord,
  renamedTo,
  runsAdoptedState,
  setCurrent,
  setPending,
  setRolledBack,
  setStatus,
  unreadableSavepoints,
  updateJob,
  writtenByNewerMajor
} from "./chunk-W53C7WK3.mjs";
import {
  STATE_CODES,
  StateConflictError,
  StateLockLostError,
  StateLockedError,
  StateStoreError,
  lastWriteOf,
  lockState,
  lockWithTimeout,
  readState,
  staleLockWarning,
  stateStoreDiagnostics
} from "./chunk-TKT2SQCQ.mjs";
import {
  sameSavepointPath,
  savepointPathKey
} from "./chunk-E2AT4OEI.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-EKKRR5UX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  DISPOSED_SAVEPOINTS_LIMIT,
  FileStateStore,
  HISTORY_LIMIT,
  LEGACY_HISTORY_ACTIONS,
  MemoryStateStore,
  OLDEST_STATE_FORMAT_VERSION,
  STATE_CODES,
  STATE_FORMAT_VERSION,
  StateConflictError,
  StateLockLostError,
  StateLockedError,
  StateStoreError,
  appendHistory,
  assertNoSecretValues,
  checkWritable,
  clearPending,
  clearRolledBack,
  emptyState,
  findSecretValues,
  isRecordedRun,
  jobsEditedSince,
  lastRestorableSavepoint,
  lastWriteOf,
  lockHolderGone,
  lockState,
  lockWithTimeout,
  markSavepointDisposed,
  markStable,
  parseStateFile,
  readState,
  recordSavepoint,
  recordedSavepoint,
  renamedRecord,
  renamedTo,
  runsAdoptedState,
  sameSavepointPath,
  savepointPathKey,
  serializeStateFile,
  setCurrent,
  setPending,
  setRolledBack,
  setStatus,
  staleLockWarning,
  stateDocProblems,
  stateStoreDiagnostics,
  unreadableSavepoints,
  updateJob,
  writtenByNewerMajor
};
