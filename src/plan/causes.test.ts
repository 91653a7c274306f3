import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../compile';
import type { DesiredJob } from '../compile/model';
import type { DeployedVersion } from '../state/model';
import { ADD_JAR_NOTE, describeCauses, specCauses } from './causes';

const SOURCE = "CREATE TEMPORARY TABLE `orders` (`id` STRING, `amount` INT) WITH ('connector' = 'kafka');";
const SINK = "CREATE TEMPORARY TABLE `out` (`id` STRING, `amount` INT) WITH ('connector' = 'print');";
const script = (view: string, query = 'INSERT INTO out SELECT id, amount FROM big_orders;') =>
  [
    "SET 'execution.checkpointing.interval' = '10 s';",
    SINK,
    SOURCE,
    `CREATE TEMPORARY VIEW stg_orders AS SELECT id, amount FROM orders WHERE ${view};`,
    'CREATE TEMPORARY VIEW big_orders AS SELECT id, amount FROM stg_orders WHERE amount > 100;',
    query,
  ].join('\n\n');

const job = (s: string) =>
  ({
    name: 'big',
    sqlFile: 'jobs/big.sql',
    script: s,
    settings: {},
    tables: ['orders', 'out'],
    views: ['big_orders', 'stg_orders'],
    udfs: [],
    functions: [],
    restartHash: 'h2',
  }) as unknown as DesiredJob;
const deployed = (s: string) => ({ script: s, settings: {}, specHash: 'h1' }) as unknown as DeployedVersion;

describe('why a job changes', () => {
  it('an edit of a view it reads through another view names that view, not the job file', () => {
    const causes = specCauses(
      deployed(script('id IS NOT NULL')),
      job(script('id IS NOT NULL AND amount >= 0')),
    );
    expect(causes).toEqual([{ kind: 'table', path: 'stg_orders', to: 'view query changed' }]);
    expect(describeCauses(causes)).toBe('view stg_orders changed');
    expect(describeCauses([...causes, { kind: 'table', path: 'orders', to: 'options changed' }])).toBe(
      'table orders changed; view stg_orders changed',
    );
  });

  it("an edit of the job's own query names the job file, beside a view edited with it", () => {
    const causes = specCauses(
      deployed(script('id IS NOT NULL')),
      job(script("id <> ''", 'INSERT INTO out SELECT id, amount * 2 FROM big_orders;')),
    );
    expect(causes.map((c) => `${c.kind} ${c.path}`)).toEqual(['script jobs/big.sql', 'table stg_orders']);
    expect(
      specCauses(
        deployed(script('id IS NOT NULL')),
        job(script('id IS NOT NULL', 'INSERT INTO out SELECT id, amount * 2 FROM big_orders;')),
      ).map((c) => c.kind),
    ).toEqual(['script']);
  });

  it("an edit of a table the job's own script declares (CREATE TABLE ... AS, a temporary table) names the job file", () => {
    const rtas = (id: string) =>
      `CREATE OR REPLACE TABLE region_min WITH ('connector' = 'print', 'print-identifier' = '${id}') AS\nSELECT id, MIN(amount) AS amount FROM orders GROUP BY id;`;
    const own = (id: string) => [SOURCE, rtas(id)].join('\n\n');
    const causes = specCauses(deployed(own('v1')), job(own('v2')));
    expect(causes).toEqual([{ kind: 'script', path: 'jobs/big.sql' }]);
    expect(describeCauses(causes)).toBe('compiled script changed');
    // A repository table's edit is still that table's, beside the job's own.
    const both = specCauses(deployed(own('v1')), job(own('v2').replace("'kafka'", "'kafka', 'topic' = 't'")));
    expect(both.map((c) => `${c.kind} ${c.path}`)).toEqual(['script jobs/big.sql', 'table orders']);
  });

  it('a view the job starts or stops reading is a change of its own script', () => {
    const without = script('id IS NOT NULL').replace(/CREATE TEMPORARY VIEW big_orders[^;]*;/, '');
    const causes = specCauses(deployed(script('id IS NOT NULL')), job(without));
    expect(causes.map((c) => c.kind)).toEqual(['script']);
  });

  it('a table whose comments alone changed says so, not "schema changed"', () => {
    const table = (comment: string, type = 'INT') =>
      script('id IS NOT NULL').replace(
        SOURCE,
        `CREATE TEMPORARY TABLE \`orders\` (\`id\` STRING, \`amount\` ${type} COMMENT '${comment}') COMMENT 'it''s orders' WITH ('connector' = 'kafka');`,
      );
    expect(specCauses(deployed(table('cents')), job(table('in cents')))).toEqual([
      { kind: 'table', path: 'orders', to: 'comment changed' },
    ]);
    expect(specCauses(deployed(table('cents')), job(table('in cents', 'BIGINT')))).toEqual([
      { kind: 'table', path: 'orders', to: 'schema changed' },
    ]);
  });
});

describe('a job an older flinkops deployed before scripts loaded UDF jars with ADD JAR', () => {
  it('names the ADD JAR lines flinkops now writes, not an edit of the job file', () => {
    const dir = join(import.meta.dirname, '../../test/fixtures/repos/spec_hash_pins');
    const audit = compileProject(dir, { env: 'dev', envVars: {} }).value!.jobs.find(
      (j) => j.name === 'audit',
    )!;
    expect(audit.script).toMatch(/^ADD JAR /m);
    // The script the flinkops of 2 Dec 2026 wrote: the same, without the ADD JAR line.
    const before = audit.script
      .split('\n')
      .filter((l) => !l.startsWith('ADD JAR '))
      .join('\n');
    const was = (script: string) =>
      ({ script, settings: audit.settings, specHash: 'h1' }) as unknown as DeployedVersion;
    const causes = specCauses(was(before), audit);
    expect(causes).toEqual([{ kind: 'udf', path: 'ride_udfs', to: ADD_JAR_NOTE }]);
    expect(describeCauses(causes)).toBe('UDF jars of ride_udfs now loaded with ADD JAR (a newer flinkops)');
    // Any other difference is the job's own edit, as before.
    const edited = specCauses(was(before.replace("'big order'", "'large order'")), audit);
    expect(edited.map((c) => `${c.kind} ${c.path}`)).toEqual(['script jobs/audit.sql']);
  });
});
