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
} from "./chunk-TQUC6T4P.mjs";
import "./chunk-7ST6JL7S.mjs";
import "./chunk-W53C7WK3.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-YM6LO4KA.mjs";
import "./chunk-E2AT4OEI.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-TLHSDI2R.mjs";
import "./chunk-TUYVXCSN.mjs";
import "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
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
