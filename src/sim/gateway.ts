/**
 * The simulated SQL Gateway: sessions (idle timeout, heartbeat), asynchronous
 * operations with Flink's statuses, and result fetching in each release's shape.
 */

import type { Scheduler } from './clock';
import { randomUuid } from './clock';
import type { SimTiming } from './cluster';
import type { Config } from './config-keys';
import { checkBody, HttpError, MALFORMED, type Reply, type Request, Router } from './http';
import type { AsyncOp } from './model';
import {
  type ExecEnv,
  type ExecOutcome,
  executeStatement,
  newSessionState,
  type SessionState,
  type SqlError,
  type StatementResult,
} from './sql-exec';

export type OperationStatus =
  | 'INITIALIZED'
  | 'PENDING'
  | 'RUNNING'
  | 'FINISHED'
  | 'CANCELED'
  | 'CLOSED'
  | 'ERROR'
  | 'TIMEOUT';

interface Operation {
  handle: string;
  status: OperationStatus;
  /** Outcome computed at submission but shown only once the operation has been seen RUNNING. */
  final?: { status: 'FINISHED' | 'ERROR' | 'TIMEOUT'; result?: StatementResult; error?: SqlError };
  seenRunning: boolean;
  result?: StatementResult;
  error?: SqlError;
}

interface Session {
  handle: string;
  name?: string;
  state: SessionState;
  lastAccess: number;
  operations: Map<string, Operation>;
}

export interface GatewayDeps {
  env: ExecEnv;
  scheduler: Scheduler;
  timing: SimTiming;
  rand: () => number;
  /** Session defaults (rest.address/port of the JobManager, ...). */
  defaults: Config;
  /** Release string for GET /info. */
  productVersion: string;
}

/** How long a STOP JOB ... WITH SAVEPOINT waits (`client.timeout`). */
const CLIENT_TIMEOUT_MS = 60_000;

export class Gateway {
  readonly sessions = new Map<string, Session>();

  constructor(private readonly d: GatewayDeps) {}

  private now(): number {
    return this.d.scheduler.now();
  }

  private internal(message: string, cause?: string): HttpError {
    return new HttpError(500, [
      'Internal server error.',
      `<Exception on server side:\norg.apache.flink.table.gateway.api.utils.SqlGatewayException: ${message}${cause ? `\nCaused by: ${cause}` : ''}\n\nEnd of exception on server side>`,
    ]);
  }

  /** Drops sessions idle longer than `sql-gateway.session.idle-timeout`. */
  expireIdle(): void {
    const limit = this.d.timing.sessionIdleTimeoutMs;
    if (limit <= 0) return;
    const now = this.now();
    for (const [h, s] of this.sessions) if (now - s.lastAccess > limit) this.sessions.delete(h);
  }

  private session(handle: string, what: string): Session {
    this.expireIdle();
    const s = this.sessions.get(handle);
    if (!s) {
      throw this.internal(
        `Failed to ${what}.`,
        `org.apache.flink.table.gateway.service.utils.SqlGatewayException: Session '${handle}' does not exist.`,
      );
    }
    s.lastAccess = this.now();
    return s;
  }

  private operation(s: Session, handle: string, what: string): Operation {
    const op = s.operations.get(handle);
    if (!op) {
      throw this.internal(
        `Failed to ${what}.`,
        `org.apache.flink.table.gateway.service.utils.SqlGatewayException: Can not find the submitted operation in the OperationManager with the ${handle}.`,
      );
    }
    return op;
  }

  openSession(name: string | undefined, properties: Config): string {
    const handle = randomUuid(this.d.rand);
    const session: Session = {
      handle,
      state: newSessionState(this.d.defaults, properties),
      lastAccess: this.now(),
      operations: new Map(),
    };
    if (name !== undefined) session.name = name;
    this.sessions.set(handle, session);
    return handle;
  }

  /** Shows a computed outcome once the operation was observed RUNNING (so NOT_READY comes first). */
  private settle(op: Operation, observing: boolean): void {
    if (op.status !== 'RUNNING' || !op.final) return;
    if (!op.seenRunning && observing) {
      op.seenRunning = true;
      return;
    }
    if (!op.seenRunning && !observing) return;
    op.status = op.final.status;
    if (op.final.result) op.result = op.final.result;
    if (op.final.error) op.error = op.final.error;
    op.final = undefined;
  }

  private finalOf(outcome: Exclude<ExecOutcome, { kind: 'wait' }>): NonNullable<Operation['final']> {
    return outcome.kind === 'result'
      ? { status: 'FINISHED', result: outcome.result }
      : { status: 'ERROR', error: outcome.error };
  }

  submit(s: Session, statement: string, executionConfig: Config, executionTimeout?: number): string {
    const handle = randomUuid(this.d.rand);
    const op: Operation = { handle, status: 'RUNNING', seenRunning: false };
    s.operations.set(handle, op);
    let outcome: ExecOutcome;
    try {
      outcome = executeStatement(this.d.env, s.state, statement, executionConfig);
    } catch (e) {
      outcome = {
        kind: 'error',
        error: { className: 'java.lang.RuntimeException', message: (e as Error).message },
      };
    }
    if (outcome.kind !== 'wait') {
      op.final = this.finalOf(outcome);
      // Unobserved operations still finish after a short while.
      this.d.scheduler.after(100, () => {
        op.seenRunning = true;
        this.settle(op, false);
      });
      return handle;
    }
    this.waitFor(op, outcome.op, executionTimeout);
    return handle;
  }

  /** STOP JOB ... WITH SAVEPOINT blocks until the savepoint completes (or client.timeout). */
  private waitFor(op: Operation, async: AsyncOp, executionTimeout?: number): void {
    const started = this.now();
    const limit =
      executionTimeout && executionTimeout > 0
        ? Math.min(executionTimeout, CLIENT_TIMEOUT_MS)
        : CLIENT_TIMEOUT_MS;
    const step = Math.max(10, Math.floor(this.d.timing.savepointMs / 2));
    const check = () => {
      if (op.status !== 'RUNNING') return;
      if (async.status === 'COMPLETED') {
        op.seenRunning = true;
        op.final = async.failure
          ? {
              status: 'ERROR',
              error: {
                className: 'org.apache.flink.table.gateway.service.utils.SqlExecutionException',
                message: `Could not stop job ${async.jid} with savepoint for operation ${op.handle}.`,
                cause: { className: async.failure.className, message: async.failure.message },
              },
            }
          : {
              status: 'FINISHED',
              result: {
                columns: [
                  {
                    name: 'savepoint path',
                    logicalType: { type: 'VARCHAR', nullable: true, length: 2147483647 },
                    comment: null,
                  },
                ],
                rows: [[async.location]],
                isQuery: false,
                resultKind: 'SUCCESS_WITH_CONTENT',
              },
            };
        this.settle(op, false);
        return;
      }
      if (this.now() - started >= limit) {
        op.seenRunning = true;
        op.final =
          executionTimeout && executionTimeout <= CLIENT_TIMEOUT_MS
            ? { status: 'TIMEOUT' }
            : {
                status: 'ERROR',
                error: {
                  className: 'org.apache.flink.table.gateway.service.utils.SqlExecutionException',
                  message: `Could not stop job ${async.jid} with savepoint for operation ${op.handle}.`,
                  cause: {
                    className: 'java.util.concurrent.TimeoutException',
                    message: 'Invocation timed out.',
                  },
                },
              };
        this.settle(op, false);
        return;
      }
      this.d.scheduler.after(step, check);
    };
    this.d.scheduler.after(step, check);
  }

  router(apis: number[], defaultApi: number, richFetch: boolean, lenient: boolean): Router {
    const r = new Router();
    const api = (req: Request): number => {
      const v = req.apiVersion ?? defaultApi;
      if (!apis.includes(v)) throw new HttpError(404, [`Not found: ${req.rawPath}`]);
      return v;
    };
    const since = (req: Request, min: number) => {
      if (api(req) < min) throw new HttpError(404, [`Not found: ${req.rawPath}`]);
    };

    r.add('GET', '/info', (req) => {
      api(req);
      return { status: 200, body: { productName: 'Apache Flink', version: this.d.productVersion } };
    });
    r.add('GET', '/api_versions', (req) => {
      api(req);
      return { status: 200, body: { versions: apis.map((v) => `V${v}`) } };
    });

    r.add('POST', '/sessions', (req) => {
      api(req);
      const b = checkBody(req.body, { sessionName: 'string', properties: 'map' }, lenient);
      const handle = this.openSession(
        b.sessionName as string | undefined,
        (b.properties as Config | undefined) ?? {},
      );
      return { status: 200, body: { sessionHandle: handle } };
    });
    r.add('GET', '/sessions/:sh', (req) => {
      api(req);
      const s = this.session(req.params.sh!, 'getSessionConfig');
      return { status: 200, body: { properties: { ...s.state.properties } } };
    });
    r.add('DELETE', '/sessions/:sh', (req) => {
      api(req);
      this.session(req.params.sh!, 'closeSession');
      this.sessions.delete(req.params.sh!);
      return { status: 200, body: { status: 'CLOSED' } };
    });
    r.add('POST', '/sessions/:sh/heartbeat', (req) => {
      api(req);
      this.session(req.params.sh!, 'triggerSessionHeartbeat');
      return { status: 200, body: {} };
    });
    r.add('POST', '/sessions/:sh/configure-session', (req) => {
      since(req, 2);
      const s = this.session(req.params.sh!, 'configureSession');
      const b = checkBody(req.body, { statement: 'string', executionTimeout: 'number' }, lenient);
      if (typeof b.statement !== 'string') throw new HttpError(400, [MALFORMED]);
      const out = executeStatement(this.d.env, s.state, b.statement, {}, true);
      if (out.kind === 'error')
        throw this.internal('Failed to configure session.', `${out.error.className}: ${out.error.message}`);
      return { status: 200, body: {} };
    });
    r.add('GET', '/sessions/:sh/complete-statement', (req) => {
      since(req, 2);
      this.session(req.params.sh!, 'completeStatement');
      checkBody(req.body, { statement: 'string', position: 'number' }, lenient);
      return { status: 200, body: { candidates: [] } };
    });
    r.add('POST', '/sessions/:sh/statements', (req) => {
      api(req);
      const s = this.session(req.params.sh!, 'executeStatement');
      const b = checkBody(
        req.body,
        { statement: 'string', executionTimeout: 'number', executionConfig: 'map' },
        lenient,
      );
      if (typeof b.statement !== 'string') throw new HttpError(400, [MALFORMED]);
      const handle = this.submit(
        s,
        b.statement,
        (b.executionConfig as Config | undefined) ?? {},
        b.executionTimeout as number | undefined,
      );
      return { status: 200, body: { operationHandle: handle } };
    });
    r.add('GET', '/sessions/:sh/operations/:oh/status', (req) => {
      api(req);
      const s = this.session(req.params.sh!, 'getOperationStatus');
      const op = this.operation(s, req.params.oh!, 'getOperationStatus');
      const shown = op.status;
      this.settle(op, true);
      return { status: 200, body: { status: shown } };
    });
    r.add('POST', '/sessions/:sh/operations/:oh/cancel', (req) => {
      api(req);
      const s = this.session(req.params.sh!, 'cancelOperation');
      const op = this.operation(s, req.params.oh!, 'cancelOperation');
      if (op.status !== 'RUNNING' && op.status !== 'PENDING' && op.status !== 'INITIALIZED') {
        throw this.internal(
          'Failed to cancelOperation.',
          `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to convert the Operation Status from ${op.status} to CANCELED for ${op.handle}.`,
        );
      }
      op.status = 'CANCELED';
      op.final = undefined;
      return { status: 200, body: { status: 'CANCELED' } };
    });
    r.add('DELETE', '/sessions/:sh/operations/:oh/close', (req) => {
      api(req);
      const s = this.session(req.params.sh!, 'closeOperation');
      this.operation(s, req.params.oh!, 'closeOperation');
      s.operations.delete(req.params.oh!);
      return { status: 200, body: { status: 'CLOSED' } };
    });
    r.add('GET', '/sessions/:sh/operations/:oh/result/:token', (req) => this.fetch(req, api(req), richFetch));
    return r;
  }

  private fetch(req: Request, v: number, rich: boolean): Reply {
    const rowFormat = req.query.get('rowFormat');
    if (v >= 2 && rowFormat === null) {
      throw new HttpError(400, [
        'Bad request, could not parse parameters: Missing required query parameter: rowFormat',
      ]);
    }
    if (rowFormat !== null && rowFormat !== 'JSON' && rowFormat !== 'PLAIN_TEXT') {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Invalid value '${rowFormat}' for query parameter rowFormat.`,
      ]);
    }
    const token = Number(req.params.token);
    if (!Number.isInteger(token) || token < 0) {
      throw new HttpError(400, [
        `Bad request, could not parse parameters: Cannot parse value '${req.params.token}' for path parameter token.`,
      ]);
    }
    const s = this.session(req.params.sh!, 'fetchResults');
    const op = this.operation(s, req.params.oh!, 'fetchResults');
    this.settle(op, true);
    const base = `${req.apiVersion !== undefined ? `/v${req.apiVersion}` : ''}/sessions/${req.params.sh}/operations/${req.params.oh}/result`;
    const uri = (t: number) => `${base}/${t}${v >= 2 ? `?rowFormat=${rowFormat ?? 'JSON'}` : ''}`;
    if (op.status === 'ERROR' && op.error) {
      const e = op.error;
      const cause = e.cause ? `\nCaused by: ${e.cause.className}: ${e.cause.message}` : '';
      throw this.internal(
        'Failed to fetchResults.',
        `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation ${op.handle}.\nCaused by: ${e.className}: ${e.message}${cause}`,
      );
    }
    if (op.status === 'CANCELED' || op.status === 'CLOSED' || op.status === 'TIMEOUT') {
      throw this.internal(
        'Failed to fetchResults.',
        `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Can not fetch results from the ${op.status} operation ${op.handle}.`,
      );
    }
    if (op.status !== 'FINISHED' || !op.result) {
      return { status: 200, body: { resultType: 'NOT_READY', nextResultUri: uri(token) } };
    }
    const result = op.result;
    const eos = token >= 1;
    const data = eos
      ? []
      : result.rows.map((fields) => ({
          kind: 'INSERT',
          fields: rowFormat === 'PLAIN_TEXT' ? fields.map((x) => (x === null ? 'NULL' : String(x))) : fields,
        }));
    const results: Record<string, unknown> = { columns: result.columns };
    if (rich) results.rowFormat = rowFormat ?? 'JSON';
    results.data = data;
    const body: Record<string, unknown> = { resultType: eos ? 'EOS' : 'PAYLOAD' };
    if (rich) {
      body.isQueryResult = result.isQuery;
      if (result.jobId) body.jobID = result.jobId;
      body.resultKind = result.resultKind;
    }
    body.results = results;
    if (!eos) body.nextResultUri = uri(token + 1);
    return { status: 200, body };
  }
}
