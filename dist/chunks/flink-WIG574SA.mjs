import {
  capabilitiesOf,
  createFlinkClient
} from "./chunk-QIWZOC5S.mjs";
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
} from "./chunk-RQ6XS43S.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-QNTKLQZ7.mjs";
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
