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
} from "./chunk-J5P26KEP.mjs";
import "./chunk-CJJWTTIM.mjs";
import "./chunk-GMWFYBNS.mjs";
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
import "./chunk-IFC7GV72.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-BF3RKM3B.mjs";
import "./chunk-7S44RWK2.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-S2HDYYES.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-5QQE57LU.mjs";
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
