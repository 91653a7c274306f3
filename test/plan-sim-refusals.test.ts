/**
 * `flinkops plan` against the simulator meets Flink's planner refusals where validate is silent:
 * after a `USE`, validate judges neither column names (FO204) nor a name created twice (FO205),
 * since a simple name may then be another catalog's; the cluster's session knows where it looks.
 * The simulator's gateway refuses with Flink's words (real 1.20.3 and 2.2.0, recorded in
 * test/fixtures/flink-errors/), which plan shows as FO630 at the line and column Flink names.
 * Without `USE`, validate says FO204 / FO205 and plan stops before asking the cluster.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, LOCAL_PROJECT_22, localSim } from './ops-cli';

const EVENTS_AND_ROWS = 'events (id, k, v) and sink_rows';

for (const flinkVersion of ['1.20', '2.2'] as const) {
  describe(`plan against a simulated Flink ${flinkVersion}, ${EVENTS_AND_ROWS}`, () => {
    const t = localSim(undefined, { flinkVersion });

    async function plan(sql: string) {
      if (flinkVersion === '2.2') writeFileSync(join(t.dir, 'flinkops.yaml'), LOCAL_PROJECT_22);
      writeFileSync(join(t.dir, 'jobs/copy.sql'), sql);
      const r = await cli(['plan', ...t.base], t.dir, t.env);
      expect(r.code).toBe(1);
      return `${r.stdout}${r.stderr}`;
    }

    it('validate names the unknown column first, and plan asks no cluster', async () => {
      const out = await plan('INSERT INTO sink_rows\nSELECT id, vv\nFROM events;\n');
      expect(out).toContain("jobs/copy.sql:2:12: error FO204: Column 'vv' not found in any table");
      expect(out).not.toContain('FO630');
    });

    it("after USE: Flink's planner refuses an unknown column, at its line and column", async () => {
      const out = await plan('USE default_database;\nINSERT INTO sink_rows\nSELECT id, vv\nFROM events;\n');
      expect(out).not.toContain('FO204');
      expect(out).toContain(
        "jobs/copy.sql:3:12: error FO630: Flink's planner rejects job copy: Column 'vv' not found in any table",
      );
    });

    it("after USE: a qualified name, at the column the table lacks and at a qualifier that is no table's", async () => {
      let out = await plan(
        'USE default_database;\nINSERT INTO sink_rows\nSELECT e.id, e.vv\nFROM events AS e;\n',
      );
      expect(out).toContain(
        "jobs/copy.sql:3:16: error FO630: Flink's planner rejects job copy: Column 'vv' not found in table 'e'",
      );
      out = await plan('USE default_database;\nINSERT INTO sink_rows\nSELECT id,\n  x.v\nFROM events;\n');
      expect(out).toContain(
        "jobs/copy.sql:4:3: error FO630: Flink's planner rejects job copy: Table 'x' not found",
      );
    });

    it("after USE: a temporary view created twice is refused in Flink's words", async () => {
      const view = 'CREATE TEMPORARY VIEW w AS SELECT id, v FROM events;\n';
      const out = await plan(
        `USE default_database;\n${view}${view}INSERT INTO sink_rows\nSELECT id, v\nFROM w;\n`,
      );
      expect(out).not.toContain('FO205');
      expect(out).toContain(
        "jobs/copy.sql:3:1: error FO630: Flink's planner rejects job copy: Temporary table '`default_catalog`.`default_database`.`w`' already exists",
      );
    });

    it('after USE: a query whose every name its tables have passes', async () => {
      if (flinkVersion === '2.2') writeFileSync(join(t.dir, 'flinkops.yaml'), LOCAL_PROJECT_22);
      writeFileSync(
        join(t.dir, 'jobs/copy.sql'),
        'USE default_database;\nINSERT INTO sink_rows\nSELECT id, v\nFROM events;\n',
      );
      const ok = await cli(['plan', '--detailed-exitcode', ...t.base], t.dir, t.env);
      expect(ok.code, `${ok.stdout}${ok.stderr}`).toBe(2);
    });
  });
}
