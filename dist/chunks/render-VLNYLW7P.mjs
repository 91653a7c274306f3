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
} from "./chunk-SHE3DZCX.mjs";
import "./chunk-CJJWTTIM.mjs";
import "./chunk-BB5ESPI2.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-RQ6XS43S.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-APBTLWMT.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-QNTKLQZ7.mjs";
import "./chunk-TYVLW4RL.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-76FLT334.mjs";
import "./chunk-LIFRFQ4K.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-ANF42CJ6.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-XDLS5BA7.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
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
