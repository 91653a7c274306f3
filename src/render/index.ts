/**
 * render: the last stage. Pure functions from a plan (and diagnostics) to text —
 * for a terminal, for a pull-request comment or job summary, and as plan.json.
 * Nothing here prints, reads a file or looks at the clock.
 */
export { actionLook, countActions, summaryLine } from './actions';
export { explainJson, finishedWords, renderApplyReport } from './apply-report';
export { renderDiagnostics, summarizeDiagnostics } from './diagnostics';
export { type FailureDetailsOptions, renderFailureDetails } from './failure';
export { renderPlanJson } from './json';
export { changedSubgraph, lineageToMermaid } from './lineage';
export {
  GITHUB_COMMENT_LIMIT,
  type MarkdownOptions,
  planMarker,
  renderDiagnosticsMarkdown,
  renderPlanMarkdown,
  smallest,
} from './markdown';
export { type MetricsRow, renderOpenMetrics } from './openmetrics';
export {
  formatBytes,
  renderSavepointList,
  type SavepointListEntry,
  type SavepointStartPoint,
} from './savepoints';
export { makeStyle, type Style } from './style';
export { renderPlanTerminal, type TerminalOptions } from './terminal';
