import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  capabilitiesOf,
  createFlinkClient
} from "./chunk-TXSZMOEQ.js";
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
} from "./chunk-ABA4YHWQ.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-WFC65L2V.js";
import "./chunk-DUSBZ4FD.js";
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
