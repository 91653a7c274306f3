/**
 * An upgrade whose new script Flink's planner rejects (FO630) has no state question to answer yet:
 * its state verdict says the planner rejected the script and offers no state setting
 * (allowNonRestoredState, upgradeMode: stateless, a rewritten savepoint), which would not help.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { cli, localSim, planLocal, QUICK } from './ops-cli';

const t = localSim();

/**
 * The simulator's client, whose planner rejects what real Flink 2.2.0 rejects: a type error, which
 * validate cannot see (a column the table lacks is FO204 before any cluster is asked).
 */
function planner(endpoints: { jobmanagerUrl: string; sqlGatewayUrl?: string }): FlinkClient {
  const real = createFlinkClient(endpoints);
  const wrapped: FlinkClient = Object.create(real);
  wrapped.runStatement = async (sh, statement, o) =>
    /^\s*EXPLAIN\b/i.test(statement) && statement.includes('v AND TRUE')
      ? {
          ok: false as const,
          error: {
            kind: 'statement' as const,
            service: 'gateway' as const,
            call: 'POST /sessions/{session_handle}/statements',
            message:
              "org.apache.flink.table.api.ValidationException: SQL validation failed. From line 2, column 12 to line 2, column 21: Cannot apply 'AND' to arguments of type '<INTEGER> AND <BOOLEAN>'. Supported form(s): '<BOOLEAN> AND <BOOLEAN>'",
            causes: [
              "org.apache.calcite.sql.validate.SqlValidatorException: Cannot apply 'AND' to arguments of type '<INTEGER> AND <BOOLEAN>'. Supported form(s): '<BOOLEAN> AND <BOOLEAN>'",
            ],
          },
        }
      : real.runStatement(sh, statement, o);
  return wrapped;
}

it('a rejected upgrade offers no state remedy, only the planner error', async () => {
  const created = await cli(['apply', ...t.base, ...QUICK], t.dir, t.env);
  expect(created.code, created.stderr).toBe(0);
  const job = join(t.dir, 'jobs/copy.sql');
  writeFileSync(job, readFileSync(job, 'utf8').replace('SELECT id, v', 'SELECT id, v AND TRUE'));

  const run = await planLocal(t, planner);
  expect(run.diags.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['FO630']);
  const [change] = run.plan!.changes;
  expect(change).toMatchObject({ job: 'copy', action: 'upgrade' });
  expect(change!.compatibility!.findings).toEqual([
    "not judged: Flink's planner rejects the new script (EXPLAIN failed: Cannot apply 'AND' to arguments of type '<INTEGER> AND <BOOLEAN>'. Supported form(s): '<BOOLEAN> AND <BOOLEAN>')",
  ]);
  expect(change!.compatibility!.advice).toEqual([]);
});
