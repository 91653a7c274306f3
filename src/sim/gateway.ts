/**
 * The simulated SQL Gateway: sessions (idle timeout, heartbeat), asynchronous
 * operations with Flink's statuses, and result fetching in each release's shape.
 */
import type { Scheduler } from './clock';
import { randomUuid } from './clock';
import type { Config } from './config-keys';
import { gatewayException, type Operation, type Session } from './gateway-model';
import { settle, submitStatement } from './gateway-operations';
import { fetchResults } from './gateway-results';
import { checkBody, HttpError, MALFORMED, type Request, Router } from './http';
import { isTerminal } from './model';
import { type ExecEnv, executeStatement, newSessionState } from './sql-exec';
import type { SqlError } from './sql-model';
import type { SimTiming } from './timing';

export type { OperationStatus } from './gateway-model';

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

export class Gateway {
  readonly sessions = new Map<string, Session>();

  constructor(private readonly d: GatewayDeps) {}

  private now(): number {
    return this.d.scheduler.now();
  }
  /** Drops sessions idle longer than `sql-gateway.session.idle-timeout`. */
  expireIdle(): void {
    const limit = this.d.timing.sessionIdleTimeoutMs;
    if (limit <= 0) return;
    const now = this.now();
    for (const [h, s] of this.sessions) if (now - s.lastAccess > limit) this.sessions.delete(h);
  }

  private session(handle: string, what: string): Session {
    uuidParameter('session_handle', handle);
    this.expireIdle();
    const s = this.sessions.get(handle);
    if (!s) {
      throw gatewayException(
        `Failed to ${what}.`,
        `org.apache.flink.table.gateway.service.utils.SqlGatewayException: Session '${handle}' does not exist.`,
      );
    }
    s.lastAccess = this.now();
    return s;
  }

  private operation(s: Session, handle: string, what: string): Operation {
    uuidParameter('operation_handle', handle);
    const op = s.operations.get(handle);
    if (!op) {
      throw gatewayException(
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
      state: newSessionState(this.d.defaults, properties, this.d.env.shared),
      lastAccess: this.now(),
      operations: new Map(),
    };
    if (name !== undefined) session.name = name;
    this.sessions.set(handle, session);
    return handle;
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
      // As Flink: the statement ran as an operation of its own, and its error is that operation's.
      if (out.kind === 'error') {
        const chain: string[] = [];
        for (let c: SqlError | undefined = out.error; c; c = c.cause)
          chain.push(`${c.className}: ${c.message}`);
        throw gatewayException(
          'Failed to configure session.',
          `org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation ${randomUuid(this.d.rand)}.`,
          ...chain,
        );
      }
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
      const handle = submitStatement(
        this.d,
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
      settle(op, true);
      return { status: 200, body: { status: shown } };
    });
    r.add('POST', '/sessions/:sh/operations/:oh/cancel', (req) => {
      api(req);
      const s = this.session(req.params.sh!, 'cancelOperation');
      const op = this.operation(s, req.params.oh!, 'cancelOperation');
      if (op.status !== 'RUNNING' && op.status !== 'PENDING' && op.status !== 'INITIALIZED') {
        throw gatewayException(
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
      const op = this.operation(s, req.params.oh!, 'closeOperation');
      // A query's result is collected from a job of its own: closing the operation cancels it.
      const jid = op.result?.isQuery ? op.result.jobId : undefined;
      const job = jid ? this.d.env.cluster.get(jid) : undefined;
      if (job && !isTerminal(job.state) && job.state !== 'CANCELLING') this.d.env.cluster.cancel(job);
      s.operations.delete(req.params.oh!);
      return { status: 200, body: { status: 'CLOSED' } };
    });
    r.add('GET', '/sessions/:sh/operations/:oh/result/:token', (req) =>
      fetchResults(req, api(req), richFetch, () =>
        this.operation(this.session(req.params.sh!, 'fetchResults'), req.params.oh!, 'fetchResults'),
      ),
    );
    return r;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Handles are UUIDs: the REST layer refuses anything else before a handler runs. */
function uuidParameter(name: string, value: string): void {
  if (!UUID.test(value)) {
    throw new HttpError(400, [
      `org.apache.flink.runtime.rest.handler.HandlerRequestException: Cannot resolve path parameter (${name}) from value "${value}".`,
    ]);
  }
}
