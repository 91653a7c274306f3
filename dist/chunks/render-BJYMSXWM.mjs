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
} from "./chunk-P2PJN5Q3.mjs";
import "./chunk-ZUCQGFWZ.mjs";
import "./chunk-TJ66ADC4.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-7R6RKUXP.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-AQ3QMRYP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-KY3WHLUX.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-LOOBGKHB.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-BQ6Y4VUF.mjs";
import "./chunk-H3NBYONO.mjs";
import "./chunk-WH76KEMX.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-OZ4GHFPU.mjs";
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
