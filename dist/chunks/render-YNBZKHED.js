import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  PLAN_FILE_CODES,
  actionLook,
  changedSubgraph,
  countActions,
  formatBytes,
  lineageToMermaid,
  makeStyle,
  parsePlanJson,
  planMarker,
  renderDiagnostics,
  renderDiagnosticsMarkdown,
  renderFailureDetails,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanTerminal,
  renderSavepointList,
  summarizeDiagnostics,
  summaryLine
} from "./chunk-4ZDULWIP.js";
import "./chunk-243ZFPEF.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  GITHUB_COMMENT_LIMIT,
  PLAN_FILE_CODES,
  actionLook,
  changedSubgraph,
  countActions,
  formatBytes,
  lineageToMermaid,
  makeStyle,
  parsePlanJson,
  planMarker,
  renderDiagnostics,
  renderDiagnosticsMarkdown,
  renderFailureDetails,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanTerminal,
  renderSavepointList,
  summarizeDiagnostics,
  summaryLine
};
