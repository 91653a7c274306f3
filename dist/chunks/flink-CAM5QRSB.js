import {
  capabilitiesOf,
  createFlinkClient
} from "./chunk-6CWY7563.js";
import {
  parseFlinkVersion
} from "./chunk-VBEX2MK3.js";
import {
  FLINK_CODES,
  awaitDisposal,
  awaitSavepoint,
  describeTimeout,
  flinkDiagnostic,
  isLocallyTerminal,
  isTerminal,
  newTriggerId,
  poll
} from "./chunk-6GUUJRJ5.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-WFC65L2V.js";
import "./chunk-JBYA6EZ5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  FLINK_CODES,
  awaitDisposal,
  awaitSavepoint,
  capabilitiesOf,
  createFlinkClient,
  describeTimeout,
  flinkDiagnostic,
  isLocallyTerminal,
  isTerminal,
  newTriggerId,
  parseFlinkVersion,
  poll
};
