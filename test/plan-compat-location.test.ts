/**
 * FO617 points at the statement of the job's own file that changed, not at 1:1 of it; when only a
 * table changed, at the statement the job submits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import type { DesiredJob } from '../src/compile/model';
import { diff } from '../src/plan';
import { explainedFor } from './explain-fixtures';
import { deployed, liveOf, liveState, record, stateDoc } from './plan-fixtures';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-compat-loc-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  writeFileSync(
    join(repo, 'flinkops.yaml'),
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
  );
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function compiled(sql: string): DesiredJob {
  writeFileSync(join(repo, 'jobs/totals.sql'), sql);
  const r = compileProject(repo, { env: 'prod', envVars: {} });
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!.jobs[0]!;
}

/**
 * The FO617 of the upgrade from the running `v1` to `v2`, with the running and new graphs as Flink
 * gives them: the GROUP BY key changes, so the restore fails.
 */
function upgradeWarning(v1: DesiredJob, v2: DesiredJob) {
  const plan = diff(
    { ...compileProject(repo, { env: 'prod', envVars: {} }).value!, jobs: [v2] },
    liveState([liveOf(v1)]),
    { doc: stateDoc({ totals: record(v1, { current: deployed(v1) }) }), version: 1 },
    { allowDelete: false, explained: explainedFor('totals', 'agg', 'agg-key-added') },
  );
  return plan.diagnostics.find((x) => x.code === 'FO617');
}

describe('FO617 location', () => {
  it('is the changed INSERT, at its line in jobs/totals.sql', () => {
    const head = "-- totals per customer\nSET 'table.exec.state.ttl' = '1 h';\n\n";
    const v1 = compiled(
      `${head}INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY customer_id;\n`,
    );
    const v2 = compiled(
      `${head}INSERT INTO order_totals\nSELECT order_id AS customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY order_id;\n`,
    );
    const d = upgradeWarning(v1, v2);
    expect(d?.range).toMatchObject({ file: 'jobs/totals.sql', start: { line: 4, column: 1 } });
    // The advice starts a sentence after the findings: "…state. Set upgradeMode: stateless …".
    expect(d?.detail).toMatch(/\. Set upgradeMode: stateless in jobs\/totals\.yaml/);
  });

  it("is the job's INSERT when only a table it reads changed (its file's first line is a comment)", () => {
    const sql =
      '-- totals per customer\n\nINSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY customer_id;\n';
    const v1 = compiled(sql);
    const table = join(repo, 'tables/orders.yaml');
    writeFileSync(
      table,
      readFileSync(table, 'utf8').replace(
        '  - name: ts\n',
        '  - name: note\n    type: STRING\n  - name: ts\n',
      ),
    );
    const v2 = compiled(sql);
    expect(v2.script).not.toBe(v1.script);
    const d = upgradeWarning(v1, v2);
    expect(d?.range).toMatchObject({ file: 'jobs/totals.sql', start: { line: 3, column: 1 } });
  });
});
