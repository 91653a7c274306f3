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
  smallest,
  summaryLine
} from "./chunk-ZMYWKC47.mjs";
import "./chunk-CAP4R5NO.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-YGZ7DVOT.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-AU45L6OH.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QT2MREGY.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-F3M5LKYT.mjs";
import "./chunk-TL73PZ6O.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-O3M3E6JS.mjs";
import "./chunk-YV5TULC2.mjs";
import "./chunk-P6MOXH47.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-FTM5PSLT.mjs";
import "./chunk-DGUVDUKI.mjs";
import "./chunk-JTEL4L5V.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";
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
  smallest,
  summarizeDiagnostics,
  summaryLine
};
