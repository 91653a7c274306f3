import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  actionLook,
  changedSubgraph,
  countActions,
  formatBytes,
  lineageToMermaid,
  planMarker,
  renderDiagnosticsMarkdown,
  renderFailureDetails,
  renderOpenMetrics,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanTerminal,
  renderSavepointList,
  summaryLine
} from "./chunk-FFZOK2YK.js";
import "./chunk-C2HVQKQ6.js";
import "./chunk-243ZFPEF.js";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  GITHUB_COMMENT_LIMIT,
  actionLook,
  changedSubgraph,
  countActions,
  formatBytes,
  lineageToMermaid,
  makeStyle,
  planMarker,
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
