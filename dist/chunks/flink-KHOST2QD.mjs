import {
  capabilitiesOf,
  createFlinkClient
} from "./chunk-R6NVFT4Q.mjs";
import {
  FLINK_CODES,
  awaitDisposal,
  awaitSavepoint,
  describeTimeout,
  flinkDiagnostic,
  isLocallyTerminal,
  isTerminal,
  newTriggerId,
  parseFlinkVersion,
  poll
} from "./chunk-PDNKKFCL.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-TRBKR6JO.mjs";
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
