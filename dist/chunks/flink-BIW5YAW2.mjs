import {
  capabilitiesOf,
  createFlinkClient
} from "./chunk-FC3ZTUGM.mjs";
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
} from "./chunk-2MJSA4IT.mjs";
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
