/**
 * The state verdict when a jar the job's own script loads is rebuilt under the same path: the script
 * is the same, so the stream graphs are too, yet an aggregate's accumulator is a type of the jar
 * (real 1.20.3: a field added to SumSq's accumulator failed the restore, StateMigrationException).
 * The operators calling a function the script creates from that jar are judged as a repository
 * UDF's are; a function from another jar, and the operators not calling one, as before. Graphs
 * real 1.20.3 printed (test/fixtures/explain/1.20/udf-agg.json: GroupAggregate calling sum_sq), and
 * real 2.2.0 for a process table function (ptf-uid-cnt1.json), whose state is the jar's types too.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import type { DesiredJob } from '../src/compile/model';
import { scriptJarFunctions } from '../src/compile/script-jars';
import { diff } from '../src/plan';
import { rebuiltFunctions, specCauses } from '../src/plan/causes';
import { explainedFor } from './explain-fixtures';
import { deployed, desiredJob, liveOf, liveState, record, stateDoc } from './plan-fixtures';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
let jar: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-script-jar-verdict-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  writeFileSync(
    join(repo, 'flinkops.yaml'),
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
  );
  mkdirSync(join(repo, 'lib'));
  jar = join(repo, 'lib/udfs.jar');
  writeFileSync(jar, 'build 1');
});
afterEach(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

const QUERY =
  'INSERT INTO order_totals\nSELECT customer_id, sum_sq(amount) AS total\nFROM orders\nGROUP BY customer_id;\n';

function compiled(sql: string): DesiredJob {
  writeFileSync(join(repo, 'jobs/totals.sql'), sql);
  const r = compileProject(repo, { env: 'prod', envVars: {} });
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!.jobs[0]!;
}

/** The compatibility of the upgrade from `v1` (running) to `v2`, Flink's graphs the same on both sides. */
function verdict(v1: DesiredJob, v2: DesiredJob) {
  const plan = diff(
    { ...compileProject(repo, { env: 'prod', envVars: {} }).value!, jobs: [v2] },
    liveState([liveOf(v1)]),
    { doc: stateDoc({ totals: record(v1, { current: deployed(v1) }) }), version: 1 },
    { allowDelete: false, explained: explainedFor('totals', 'udf-agg', 'udf-agg') },
  );
  const change = plan.changes[0]!;
  expect(change.action).toBe('upgrade');
  return change.compatibility!;
}

/** The running job (build 1) and the one the repository now compiles to (build 2 under the same path). */
function rebuilt(sql: string): [DesiredJob, DesiredJob] {
  const v1 = compiled(sql);
  writeFileSync(jar, 'build 2');
  const v2 = compiled(sql);
  expect(v2.script).toBe(v1.script);
  return [v1, v2];
}

describe('a jar the script loads itself, rebuilt under the same path', () => {
  it('makes an aggregate calling a function created from it unknown, as a UDF artifact does', () => {
    const sql = `CREATE TEMPORARY FUNCTION sum_sq AS 'com.acme.udf.SumSq' USING JAR '${pathToFileURL(jar).href}';\n${QUERY}`;
    const c = verdict(...rebuilt(sql));
    expect(c.verdict).toBe('unknown');
    expect(c.operators?.find((o) => o.name === 'GroupAggregate (customer)')?.state).toBe('unknown');
    expect(c.findings.join('\n')).toMatch(
      /GroupAggregate \(customer\): the accumulator of sum_sq is a type of its jar \(file:\/\/\/.*\/lib\/udfs\.jar\), which changed/,
    );
  });

  it("and so one created without USING JAR after the script's ADD JAR (the session loads its classes)", () => {
    const sql = `ADD JAR '${jar}';\nCREATE TEMPORARY FUNCTION Sum_Sq AS 'com.acme.udf.SumSq';\n${QUERY}`;
    const c = verdict(...rebuilt(sql));
    expect(c.verdict).toBe('unknown');
    expect(c.findings.join('\n')).toMatch(
      /the accumulator of sum_sq is a type of its jar \(\/.*\/lib\/udfs\.jar\), which changed/,
    );
  });

  it('leaves an aggregate calling a function of another jar as before: its state is kept', () => {
    // sum_sq comes from s3:// (which the hash does not count); only tag's jar was rebuilt.
    const sql = `CREATE TEMPORARY FUNCTION sum_sq AS 'com.acme.udf.SumSq' USING JAR 's3://bucket/acme.jar';\nCREATE TEMPORARY FUNCTION tag AS 'com.acme.udf.Tag' USING JAR '${pathToFileURL(jar).href}';\n${QUERY}`;
    const [v1, v2] = rebuilt(sql);
    expect(v2.restartHash).not.toBe(v1.restartHash);
    const c = verdict(v1, v2);
    expect(c.verdict).toBe('compatible');
    expect(c.findings).toContain('GroupAggregate (customer) keeps its state');
  });
});

describe('a process table function from a jar the script loads itself, rebuilt under the same path', () => {
  // Flink 2.1+ runs a PTF; graphs real 2.2.0 printed for a per-key counter (uid => 'cnt1').
  const PTF_QUERY =
    "INSERT INTO order_totals\nSELECT customer_id, seen AS total\nFROM counter(input => TABLE orders PARTITION BY customer_id, uid => 'cnt1');\n";
  const ptfVerdict = (v1: DesiredJob, v2: DesiredJob) => {
    const plan = diff(
      { ...compileProject(repo, { env: 'prod', envVars: {} }).value!, jobs: [v2] },
      liveState([liveOf(v1)]),
      { doc: stateDoc({ totals: record(v1, { current: deployed(v1) }) }), version: 1 },
      { allowDelete: false, explained: explainedFor('totals', 'ptf-uid-cnt1', 'ptf-uid-cnt1', '2.2') },
    );
    expect(plan.changes[0]!.action).toBe('upgrade');
    return plan.changes[0]!.compatibility!;
  };

  it("says unknown for the PTF's state, naming the jar, as for an aggregate's accumulator", () => {
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      'project: shop\nflinkVersion: "2.2"\nenvironments:\n  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
    );
    const uri = pathToFileURL(jar).href;
    const c = ptfVerdict(
      ...rebuilt(
        `CREATE TEMPORARY FUNCTION counter AS 'com.acme.udf.Counter' USING JAR '${uri}';\n${PTF_QUERY}`,
      ),
    );
    expect(c.verdict).toBe('unknown');
    const ptf = c.operators?.find((o) => o.name.startsWith('ProcessTableFunction'));
    expect(ptf?.state).toBe('unknown');
    expect(c.findings.join('\n')).toContain(
      `ProcessTableFunction: the state of counter is a type of its jar (${uri}), which changed`,
    );
    expect(c.findings).not.toContain('ProcessTableFunction keeps its state');
  });
});

describe('rebuiltFunctions of a job whose script loads a jar', () => {
  it("names the script's functions from a counted jar, and the repository's too when the job has UDF artifacts", () => {
    const job = {
      ...desiredJob('totals', { udfs: ['acme_udfs'] }),
      functions: ['Geo_Hash'],
      scriptJars: { '/opt/udfs.jar': '1'.repeat(64) },
      scriptJarFunctions: { tag: ['/opt/udfs.jar'] },
    };
    const either = [
      { kind: 'udf' as const, path: '/opt/udfs.jar', to: 'a jar of the script or of a UDF artifact changed' },
    ];
    expect(rebuiltFunctions(either, job).sort()).toEqual(['geo_hash', 'tag']);
    const alone = { ...job, udfs: [], functions: [] };
    expect(rebuiltFunctions([{ kind: 'udf', path: '/opt/udfs.jar', to: 'jar changed' }], alone)).toEqual([
      'tag',
    ]);
    // The script changed: what changed is in the graphs, not in a jar.
    expect(rebuiltFunctions([{ kind: 'script', path: 'jobs/totals.sql' }], job)).toEqual([]);
  });

  it('follows from specCauses of a compiled job whose jar was rebuilt', () => {
    const sql = `CREATE TEMPORARY FUNCTION sum_sq AS 'com.acme.udf.SumSq' USING JAR '${pathToFileURL(jar).href}';\n${QUERY}`;
    const [v1, v2] = rebuilt(sql);
    expect(rebuiltFunctions(specCauses(deployed(v1), v2), v2)).toEqual(['sum_sq']);
  });
});

describe('scriptJarFunctions', () => {
  const fn = (name: string, language: 'JAVA' | 'PYTHON' = 'JAVA') => ({
    name: { parts: [name], name, start: 0, end: 0 },
    temporary: true,
    system: false,
    ifNotExists: false,
    className: 'a.F',
    language,
    jars: [],
  });

  it('maps each function to the counted jars it may load from', () => {
    const counted = { '/a.jar': 'x', '/b.jar': 'y' };
    expect(
      scriptJarFunctions(
        [
          { kind: 'add_jar', text: "ADD JAR '/b.jar'" },
          {
            kind: 'create_function',
            text: "CREATE FUNCTION F1 AS 'a.F' USING JAR '/a.jar'",
            function: fn('F1'),
          },
          {
            kind: 'create_function',
            text: "CREATE FUNCTION f2 AS 'a.F' USING JAR 's3://x/c.jar'",
            function: fn('f2'),
          },
          { kind: 'create_function', text: "CREATE FUNCTION f3 AS 'a.F'", function: fn('f3') },
          {
            kind: 'create_function',
            text: "CREATE FUNCTION f4 AS 'm.f' LANGUAGE PYTHON",
            function: fn('f4', 'PYTHON'),
          },
        ],
        counted,
      ),
    ).toEqual({ f1: ['/a.jar'], f3: ['/b.jar'] });
  });
});
