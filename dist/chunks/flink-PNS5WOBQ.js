import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  FLINK_CODES,
  TERMINAL_JOB_STATES,
  awaitDisposal,
  awaitSavepoint,
  capabilitiesOf,
  createFlinkClient,
  describeTimeout,
  flinkDiagnostic,
  newTriggerId,
  parseFlinkVersion,
  poll
} from "./chunk-TEJPEQFS.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  FLINK_CODES,
  TERMINAL_JOB_STATES,
  awaitDisposal,
  awaitSavepoint,
  capabilitiesOf,
  createFlinkClient,
  describeTimeout,
  flinkDiagnostic,
  newTriggerId,
  parseFlinkVersion,
  poll
};
