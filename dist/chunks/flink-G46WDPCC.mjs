import {
  capabilitiesOf,
  createFlinkClient
} from "./chunk-VXYHQZBV.mjs";
import {
  FLINK_CODES,
  awaitDisposal,
  awaitSavepoint,
  describeTimeout,
  flinkDiagnostic,
  flinkReason,
  isLocallyTerminal,
  isSqlRejection,
  isTerminal,
  newTriggerId,
  poll
} from "./chunk-LQBVJ22X.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HMNNWFXX.mjs";
import {
  parseFlinkVersion
} from "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-FYVUM4PK.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  FLINK_CODES,
  awaitDisposal,
  awaitSavepoint,
  capabilitiesOf,
  createFlinkClient,
  describeTimeout,
  flinkDiagnostic,
  flinkReason,
  isLocallyTerminal,
  isSqlRejection,
  isTerminal,
  newTriggerId,
  parseFlinkVersion,
  poll
};
