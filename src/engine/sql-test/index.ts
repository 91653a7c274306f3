/**
 * SQL unit tests and preview on a real Flink: test files (jobs/<job>.test.yaml) are
 * lowered into bounded inputs and read-back queries, run through the SQL Gateway and
 * compared row by row; preview runs a job's query against its real sources.
 */
export type { Row, RowDiff } from './compare';
export { loadTestFile, TEST_CODES, type TestFile, testFilePath } from './load';
export { type PreviewResult, runPreview } from './preview';
export { type CaseProgram, caseProgram } from './program';
export { renderPreviewRows, renderTable, renderTestResults, shownValue } from './report';
export {
  type CaseResult,
  type JobTestResult,
  jobTestPrograms,
  requireRealFlink,
  runJobTests,
  type SinkResult,
} from './run';
