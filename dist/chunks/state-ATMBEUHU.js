import {
  FileStateStore,
  MemoryStateStore
} from "./chunk-G5S5IR6G.js";
import {
  LEGACY_HISTORY_ACTIONS,
  STATE_FORMAT_VERSION,
  assertNoSecretValues,
  checkWritable,
  emptyState,
  findSecretValues,
  parseStateFile,
  serializeStateFile,
  stateDocProblems
} from "./chunk-WDEMHAR4.js";
import {
  HISTORY_LIMIT,
  appendHistory,
  clearPending,
  jobsEditedSince,
  lastRestorableSavepoint,
  markSavepointDisposed,
  markStable,
  recordSavepoint,
  setCurrent,
  setPending,
  setStatus,
  updateJob
} from "./chunk-SWLVPJVJ.js";
import {
  STATE_CODES,
  StateConflictError,
  StateLockLostError,
  StateLockedError,
  StateStoreError,
  lockState,
  lockWithTimeout,
  readState,
  staleLockWarning,
  stateStoreDiagnostics
} from "./chunk-LU7TSWSD.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-HDJSO2UV.js";
import "./chunk-JBYA6EZ5.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-SIW47MSI.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-KBTCQ2CM.js";
import "./chunk-2W6PPHYK.js";
import "./chunk-LL44EPY3.js";
import "./chunk-TRBKR6JO.js";
export {
  FileStateStore,
  HISTORY_LIMIT,
  LEGACY_HISTORY_ACTIONS,
  MemoryStateStore,
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
  emptyState,
  findSecretValues,
  jobsEditedSince,
  lastRestorableSavepoint,
  lockState,
  lockWithTimeout,
  markSavepointDisposed,
  markStable,
  parseStateFile,
  readState,
  recordSavepoint,
  serializeStateFile,
  setCurrent,
  setPending,
  setStatus,
  staleLockWarning,
  stateDocProblems,
  stateStoreDiagnostics,
  updateJob
};
