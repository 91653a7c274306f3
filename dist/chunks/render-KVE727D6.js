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
} from "./chunk-VKRSDP7N.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-ABA4YHWQ.js";
import "./chunk-GSLRF5EB.js";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-GPMP5FU6.js";
import "./chunk-PBUZME32.js";
import "./chunk-DUSBZ4FD.js";
import "./chunk-PFDZN5OK.js";
import "./chunk-KCQHC5KU.js";
import "./chunk-DNPTB4TK.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-HPETYRNU.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
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
