import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  FileStateStore,
  MemoryStateStore
} from "./chunk-XTGP2MES.js";
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
} from "./chunk-MWFZJW4H.js";
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
import "./chunk-UGDMEBGU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-DUSBZ4FD.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
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
