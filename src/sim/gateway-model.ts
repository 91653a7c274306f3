/** The SQL Gateway's own records: sessions, operations and their statuses, and its server-side error. */
import { HttpError } from './http';
import type { SessionState, SqlError, StatementResult } from './sql-exec';

export type OperationStatus =
  | 'INITIALIZED'
  | 'PENDING'
  | 'RUNNING'
  | 'FINISHED'
  | 'CANCELED'
  | 'CLOSED'
  | 'ERROR'
  | 'TIMEOUT';

export interface Operation {
  handle: string;
  status: OperationStatus;
  /** Outcome computed at submission but shown only once the operation has been seen RUNNING. */
  final?: { status: 'FINISHED' | 'ERROR' | 'TIMEOUT'; result?: StatementResult; error?: SqlError };
  seenRunning: boolean;
  result?: StatementResult;
  error?: SqlError;
}

export interface Session {
  handle: string;
  name?: string;
  state: SessionState;
  lastAccess: number;
  operations: Map<string, Operation>;
}

/** A SqlGatewayException as the gateway reports it: HTTP 500 with the server-side stack text. */
export function gatewayException(message: string, ...causes: string[]): HttpError {
  const chain = causes.map((c) => `\nCaused by: ${c}`).join('');
  return new HttpError(500, [
    'Internal server error.',
    `<Exception on server side:\norg.apache.flink.table.gateway.api.utils.SqlGatewayException: ${message}${chain}\n\nEnd of exception on server side>`,
  ]);
}
