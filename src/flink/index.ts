/**
 * src/flink — the FlinkClient port and its HTTP/1.1 implementation. Talks to a
 * Flink cluster over HTTP only: the JobManager REST API and the SQL Gateway
 * REST API, versions 1.16–2.3. Errors are values (`FlinkResult`); every async
 * operation is awaited with the one `poll()`. The only module making HTTP calls.
 */
export { type AwaitOptions, awaitDisposal, awaitSavepoint, type OperationCause } from './await';
export type {
  ExecuteOptions,
  FlinkClient,
  OpenSessionOptions,
  RunStatementOptions,
  SavepointOptions,
  StopOptions,
} from './client';
export { FLINK_CODES, flinkDiagnostic } from './diagnostics';
export type { FlinkError, FlinkErrorKind, FlinkResult, FlinkService } from './errors';
export { flinkReason, isSqlRejection, notUsable } from './errors';
export type { AuthConfig, HttpEvent, TimeLimit, TlsConfig } from './http';
export { sentCredentials } from './http';
export { newTriggerId } from './jobmanager';
export { describeTimeout, type PollOptions, type PollOutcome, type PollStep, poll } from './poll';
export { createFlinkClient, type FlinkClientOptions } from './rest-client';
export * from './types';
export { type Capabilities, capabilitiesOf, type GatewayApiVersion, parseFlinkVersion } from './version';
