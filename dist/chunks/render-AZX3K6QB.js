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
  renderOpenMetrics,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanTerminal,
  renderSavepointList,
  summarizeDiagnostics,
  summaryLine
} from "./chunk-7T6IZUFN.js";
import "./chunk-G4HGQ3BL.js";
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
  renderOpenMetrics,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanTerminal,
  renderSavepointList,
  summarizeDiagnostics,
  summaryLine
};
