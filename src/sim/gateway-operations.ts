/**
 * A statement's asynchronous operation in the SQL Gateway: it runs at submission,
 * but its outcome shows only once a client has seen it RUNNING (so NOT_READY comes
 * first), and STOP JOB ... WITH SAVEPOINT waits for the savepoint.
 */
import { randomUuid, type Scheduler } from './clock';
import type { Config } from './config-keys';
import type { Operation, Session } from './gateway-model';
import type { AsyncOp } from './model';
import { type ExecEnv, type ExecOutcome, executeStatement } from './sql-exec';
import type { SimTiming } from './timing';

export interface OperationDeps {
  env: ExecEnv;
  scheduler: Scheduler;
  timing: SimTiming;
  rand: () => number;
}

/** How long a STOP JOB ... WITH SAVEPOINT waits (`client.timeout`). */
const CLIENT_TIMEOUT_MS = 60_000;

/** Shows a computed outcome once the operation was observed RUNNING (so NOT_READY comes first). */
export function settle(op: Operation, observing: boolean): void {
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

function finalOf(outcome: Exclude<ExecOutcome, { kind: 'wait' }>): NonNullable<Operation['final']> {
  return outcome.kind === 'result'
    ? { status: 'FINISHED', result: outcome.result }
    : { status: 'ERROR', error: outcome.error };
}

/** Runs a statement in the session as a new operation; returns the operation handle. */
export function submitStatement(
  d: OperationDeps,
  s: Session,
  statement: string,
  executionConfig: Config,
  executionTimeout?: number,
): string {
  const handle = randomUuid(d.rand);
  const op: Operation = { handle, status: 'RUNNING', seenRunning: false };
  s.operations.set(handle, op);
  let outcome: ExecOutcome;
  try {
    outcome = executeStatement(d.env, s.state, statement, executionConfig);
  } catch (e) {
    outcome = {
      kind: 'error',
      error: { className: 'java.lang.RuntimeException', message: (e as Error).message },
    };
  }
  if (outcome.kind !== 'wait') {
    op.final = finalOf(outcome);
    // Unobserved operations still finish after a short while.
    d.scheduler.after(100, () => {
      op.seenRunning = true;
      settle(op, false);
    });
    return handle;
  }
  waitFor(d, op, outcome.op, executionTimeout);
  return handle;
}

/** STOP JOB ... WITH SAVEPOINT blocks until the savepoint completes (or client.timeout). */
function waitFor(d: OperationDeps, op: Operation, async: AsyncOp, executionTimeout?: number): void {
  const started = d.scheduler.now();
  const limit =
    executionTimeout && executionTimeout > 0
      ? Math.min(executionTimeout, CLIENT_TIMEOUT_MS)
      : CLIENT_TIMEOUT_MS;
  const step = Math.max(10, Math.floor(d.timing.savepointMs / 2));
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
      settle(op, false);
      return;
    }
    if (d.scheduler.now() - started >= limit) {
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
      settle(op, false);
      return;
    }
    d.scheduler.after(step, check);
  };
  d.scheduler.after(step, check);
}
