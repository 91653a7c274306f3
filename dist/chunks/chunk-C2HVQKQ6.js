import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// src/core/job-state.ts
function isTerminal(state) {
  return state === "FAILED" || state === "CANCELED" || state === "FINISHED";
}
function isLocallyTerminal(state) {
  return isTerminal(state) || state === "SUSPENDED";
}
function refusesSavepoint(state) {
  return state !== void 0 && state !== "RUNNING" && !isLocallyTerminal(state);
}

export {
  isTerminal,
  isLocallyTerminal,
  refusesSavepoint
};
