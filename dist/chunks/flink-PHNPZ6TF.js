import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  FLINK_CODES,
  awaitDisposal,
  awaitSavepoint,
  capabilitiesOf,
  createFlinkClient,
  describeTimeout,
  flinkDiagnostic,
  newTriggerId,
  poll
} from "./chunk-NX5G5NT4.js";
import {
  parseFlinkVersion
} from "./chunk-VBEX2MK3.js";
import {
  isLocallyTerminal,
  isTerminal
} from "./chunk-C2HVQKQ6.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-WFC65L2V.js";
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
