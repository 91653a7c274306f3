import {
  GITHUB_COMMENT_LIMIT,
  actionLook,
  changedSubgraph,
  countActions,
  explainJson,
  finishedWords,
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
} from "./chunk-FNXL4JKA.mjs";
import "./chunk-DA7RPK35.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-DK6DS354.mjs";
import "./chunk-VBEX2MK3.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-KGS45ROL.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-MPQKGDT5.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-UKEQNMYF.mjs";
import "./chunk-TL2U24VT.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-W5ZXIHZ3.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  GITHUB_COMMENT_LIMIT,
  actionLook,
  changedSubgraph,
  countActions,
  explainJson,
  finishedWords,
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
