import {
  capabilitiesOf,
  createFlinkClient
} from "./chunk-NMEMJCCX.mjs";
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
  notUsable,
  poll,
  sentCredentials
} from "./chunk-YM6LO4KA.mjs";
import "./chunk-E2AT4OEI.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-QDFCQ7OG.mjs";
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
  notUsable,
  parseFlinkVersion,
  poll,
  sentCredentials
};
