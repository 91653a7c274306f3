import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  actionLook,
  changedSubgraph,
  countActions,
  explainJson,
  formatBytes,
  lineageToMermaid,
  planMarker,
  renderApplyReport,
  renderDiagnosticsMarkdown,
  renderFailureDetails,
  renderOpenMetrics,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanTerminal,
  renderSavepointList,
  summaryLine
} from "./chunk-AUBHELVQ.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-PSJE7RPX.js";
import "./chunk-GSLRF5EB.js";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-IS4IX6HL.js";
import "./chunk-243ZFPEF.js";
import "./chunk-SREG7IJK.js";
import "./chunk-Z2RFQYTR.js";
import "./chunk-O5WUVT4U.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-6WR7IBAG.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  GITHUB_COMMENT_LIMIT,
  actionLook,
  changedSubgraph,
  countActions,
  explainJson,
  formatBytes,
  lineageToMermaid,
  makeStyle,
  planMarker,
  renderApplyReport,
  renderDiagnostics,
  renderDiagnosticsMarkdown,
  renderFailureDetails,
  renderOpenMetrics,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanTerminal,
  renderSavepointList,
  summarizeDiagnostics,
  summaryLine
};
