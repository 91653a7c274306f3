import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  FileStateStore,
  HISTORY_LIMIT,
  MemoryStateStore,
  appendHistory,
  clearPending,
  lastRestorableSavepoint,
  markSavepointDisposed,
  markStable,
  recordSavepoint,
  setCurrent,
  setPending,
  setStatus,
  updateJob
} from "./chunk-3ZXNEUIL.js";
import {
  LEGACY_HISTORY_ACTIONS,
  STATE_CODES,
  STATE_FORMAT_VERSION,
  StateConflictError,
  StateLockLostError,
  StateLockedError,
  StateStoreError,
  assertNoSecretValues,
  checkWritable,
  emptyState,
  findSecretValues,
  lockState,
  lockWithTimeout,
  parseStateFile,
  readState,
  serializeStateFile,
  staleLockWarning,
  stateDocProblems,
  stateStoreDiagnostics
} from "./chunk-47USSM6H.js";
import "./chunk-KYWOACPM.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-OZ4GHFPU.js";
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
