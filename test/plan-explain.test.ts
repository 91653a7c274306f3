/**
 * plan checks the jobs it would create or upgrade against the cluster's planner (EXPLAIN
 * in a throwaway SQL Gateway session) and reports what the planner rejects at the line
 * of the user's own file. Run against the simulator; the planner's messages that the
 * simulator does not produce (unknown column, missing connector) are Flink's recorded
 * wordings, answered by a client wrapped around the simulator's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeClock } from '../src/core/clock';
import type { Diagnostic } from '../src/core/diagnostics';
import type { EngineProgress } from '../src/core/progress';
import { runPlan } from '../src/engine/plan-run';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { httpError } from '../src/flink/errors';
import { describeEngineProgress } from '../src/render/progress';
import { type Simulator, startSimulator } from '../src/sim';
import { MemoryStateStore } from '../src/state/memory-store';
import { projectCopy, ROOT } from './ops-cli';

const EXAMPLE = join(ROOT, 'example-repo');
const JOB = 'jobs/city_ride_stats.sql';
const jobText = readFileSync(join(EXAMPLE, JOB), 'utf8');

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ flinkVersion: '1.20' });
});
afterAll(async () => {
  await sim.close();
});

/** Statements the last plan ran as operations (submitted and fetched), not through configure-session. */
let submitted: string[] = [];
/** The plan's clock: waits between runs of a probe pass at once. */
let clock = new FakeClock();
/** The properties of each session the last plan opened. */
let opened: Record<string, string>[] = [];

/** A statement the wrapped client fails, as Flink's gateway would. */
interface Failure {
  match: RegExp;
  message: string;
  causes?: string[];
  /** A proxy's answer instead of Flink's (e.g. 502), to the first `times` matching statements. */
  http?: { status: number; times: number };
}

/** A proxy's failure of `statement` for `f`, while its `times` last; else undefined. */
function proxied(f: Failure | undefined, call: string) {
  if (!f?.http || f.http.times <= 0) return undefined;
  f.http.times--;
  return { ok: false as const, error: httpError('gateway', call, f.http.status, 'Bad Gateway', '') };
}

async function plan(
  dir: string,
  failures: Failure[] = [],
  sent: string[] = [],
  progress: EngineProgress[] = [],
) {
  submitted = [];
  opened = [];
  clock = new FakeClock();
  const run = await runPlan({
    dir,
    env: 'staging',
    envVars: {},
    secrets: {},
    offline: false,
    allowDelete: false,
    explain: true,
    onProgress: (p) => progress.push(p),
    now: '2026-01-05T09:00:00Z',
    clock,
    endpoints: { jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl },
    store: (project, env) => new MemoryStateStore({ project, env }),
    client: (e) => {
      const real = createFlinkClient({ jobmanagerUrl: e.jobmanagerUrl, sqlGatewayUrl: e.sqlGatewayUrl });
      const wrapped: FlinkClient = Object.create(real);
      wrapped.openSession = async (o) => {
        opened.push({ ...o?.properties });
        return real.openSession(o);
      };
      wrapped.runStatement = async (sh, statement, o) => {
        sent.push(statement);
        submitted.push(statement);
        const f = failures.find((x) => x.match.test(statement));
        const bad = proxied(f, 'POST /sessions/{session_handle}/statements');
        if (bad) return bad;
        if (f && !f.http) {
          return {
            ok: false,
            error: {
              kind: 'statement',
              service: 'gateway',
              call: 'POST /sessions/{session_handle}/statements',
              message: f.message,
              causes: f.causes ?? [],
            },
          };
        }
        return real.runStatement(sh, statement, o);
      };
      // Set-up statements go through configure-session (API v2+): Flink answers a failed one with
      // 500 and the statement's error under "Failed to configure session.", which the client
      // reports as the statement's error.
      wrapped.configureSession = async (sh, statement) => {
        sent.push(statement);
        const f = failures.find((x) => x.match.test(statement));
        const bad = proxied(f, 'POST /sessions/{session_handle}/configure-session');
        if (bad) return bad;
        if (!f || f.http) return real.configureSession(sh, statement);
        const trace = [
          '<Exception on server side:',
          'org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to configure session.',
          '\tat org.apache.flink.table.gateway.service.SqlGatewayServiceImpl.configureSession(SqlGatewayServiceImpl.java:110)',
          ...[...(f.causes ?? []), f.message].map((c) => `Caused by: ${c}`),
          '',
          'End of exception on server side>',
        ].join('\n');
        const body = { errors: ['Internal server error.', trace] };
        return {
          ok: false,
          error: {
            ...httpError('gateway', 'POST /sessions/{session_handle}/configure-session', 500, body, ''),
            kind: 'statement',
          },
        };
      };
      return wrapped;
    },
  });
  await run.client?.close();
  return run;
}

const errorsOf = (diags: Diagnostic[]) => diags.filter((d) => d.severity === 'error');

/** Line and column (from 1) of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

describe('plan validates changed jobs against the cluster planner', () => {
  it('the example repository passes: every create is explained, nothing is submitted', async () => {
    const sent: string[] = [];
    const progress: EngineProgress[] = [];
    const run = await plan(projectCopy(EXAMPLE), [], sent, progress);
    expect(errorsOf(run.diags)).toEqual([]);
    // Progress is typed; the CLI and the Action print it through one renderer.
    expect(progress.map((p) => p.stage)).toEqual([
      'compiling',
      'reading-state',
      'observing',
      'planning',
      'explaining',
    ]);
    expect(describeEngineProgress(progress[4]!)).toBe(
      "validating 4 changed job(s) against the cluster's planner",
    );
    expect(describeEngineProgress(progress[2]!)).toBe(`observing ${sim.jobmanagerUrl}`);
    expect(run.plan!.changes.filter((c) => c.action === 'create')).toHaveLength(4);
    // Four jobs, one EXPLAIN each: archive_and_alerts, a statement set of two INSERTs, is
    // explained whole, as Flink plans and submits it.
    const explains = sent.filter((s) => /^EXPLAIN\b/.test(s));
    expect(explains).toHaveLength(4);
    expect(explains.filter((s) => /^EXPLAIN STATEMENT SET\s+BEGIN\b/.test(s))).toHaveLength(1);
    // SET and CREATE TEMPORARY ... configure the session in one call each: only EXPLAINs are
    // operations to poll.
    expect(sent.filter((s) => /^(SET|CREATE TEMPORARY)\b/.test(s)).length).toBeGreaterThan(10);
    expect(submitted.every((s) => /^EXPLAIN\b/.test(s))).toBe(true);
    expect(sent.some((s) => /^\s*INSERT\b/i.test(s) || /^EXECUTE\b/i.test(s))).toBe(false);
    expect(sim.control.snapshot().jobs).toHaveLength(0);
  });

  it("reports an unknown column at the job file's line and column", async () => {
    const dir = projectCopy(EXAMPLE);
    const run = await plan(dir, [
      {
        match: /^EXPLAIN\s+INSERT INTO city_ride_stats/,
        message:
          "org.apache.flink.table.api.ValidationException: SQL validation failed. From line 4, column 3 to line 4, column 10: Column 'city_idd' not found in any table",
        causes: [
          "org.apache.calcite.sql.validate.SqlValidatorException: Column 'city_idd' not found in any table",
        ],
      },
    ]);
    const [e, ...more] = errorsOf(run.diags);
    expect(more).toEqual([]);
    const insertLine = jobText.split('\n').findIndex((l) => l.startsWith('INSERT INTO')) + 1;
    expect(e).toMatchObject({
      code: 'FO630',
      summary: "Flink's planner rejects job city_ride_stats: Column 'city_idd' not found in any table",
      range: { file: JOB, start: { line: insertLine + 3, column: 3 } },
    });
    expect(e!.detail).toContain('nothing was submitted');
  });

  it("maps a position on the statement's first line past the EXPLAIN it was sent with", async () => {
    const run = await plan(projectCopy(EXAMPLE), [
      {
        match: /^EXPLAIN\s+INSERT INTO city_ride_stats/,
        message:
          "SQL validation failed. From line 1, column 21 to line 1, column 35: Object 'city_ride_stats' not found",
      },
    ]);
    const insertLine = jobText.split('\n').findIndex((l) => l.startsWith('INSERT INTO')) + 1;
    expect(errorsOf(run.diags)[0]!.range).toMatchObject({
      file: JOB,
      start: { line: insertLine, column: 13 },
    });
  });

  describe('a statement set is explained whole', () => {
    const SET_JOB = 'jobs/archive_and_alerts.sql';
    const setText = readFileSync(join(EXAMPLE, SET_JOB), 'utf8');
    const lineOf = (prefix: string) => setText.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
    const setLine = lineOf('EXECUTE STATEMENT SET');
    const alertsLine = lineOf('  INSERT INTO fraud_alerts');
    /** The plan's one error: FO630 at `start` of the set's job file. */
    const onlyRejection = (diags: Diagnostic[], start: { line: number; column: number }) => {
      const [e, ...more] = errorsOf(diags);
      expect(more).toEqual([]);
      expect(e).toMatchObject({ code: 'FO630', range: { file: SET_JOB, start } });
      return e!;
    };

    it("maps a position in the set to the job file's line", async () => {
      // Flink counts lines from the EXPLAIN it was sent: the set's first line is line 1.
      const line = alertsLine - setLine + 1;
      const run = await plan(projectCopy(EXAMPLE), [
        {
          match: /^EXPLAIN STATEMENT SET/,
          message: `org.apache.flink.table.api.ValidationException: SQL validation failed. From line ${line}, column 15 to line ${line}, column 26: Object 'fraud_alerts' not found`,
        },
      ]);
      const e = onlyRejection(run.diags, { line: alertsLine, column: 15 });
      expect(e.summary).toBe(
        "Flink's planner rejects job archive_and_alerts: Object 'fraud_alerts' not found",
      );
    });

    it('an error Flink does not locate is looked for INSERT by INSERT', async () => {
      const mismatch =
        "org.apache.flink.table.api.ValidationException: Column types of query result and sink for 'default_catalog.default_database.fraud_alerts' do not match.";
      const sent: string[] = [];
      const run = await plan(
        projectCopy(EXAMPLE),
        [
          { match: /^EXPLAIN STATEMENT SET/, message: mismatch },
          { match: /^EXPLAIN\s+INSERT INTO fraud_alerts/, message: mismatch },
        ],
        sent,
      );
      // At the SELECT list of the INSERT at fault: its first column.
      const e = onlyRejection(run.diags, { line: alertsLine + 2, column: 5 });
      expect(e.summary).toContain("sink for 'default_catalog.default_database.fraud_alerts' do not match");
      // The set, then its INSERTs in order up to the one at fault (and the same again in a session
      // opened without the leading SETs, which may have been at fault).
      const explained = sent.filter((s) => /^EXPLAIN\b/.test(s) && /ride_archive|fraud_alerts/.test(s));
      expect(explained.slice(0, 3)).toEqual([
        expect.stringMatching(/^EXPLAIN STATEMENT SET\s+BEGIN/),
        expect.stringMatching(/^EXPLAIN\s+INSERT INTO ride_archive/),
        expect.stringMatching(/^EXPLAIN\s+INSERT INTO fraud_alerts/),
      ]);
    });

    it("the SQL client's BEGIN STATEMENT SET; form is explained whole too, positions mapped to each INSERT", async () => {
      // The same two INSERTs as separate statements between BEGIN STATEMENT SET; and END;.
      const clientForm = setText.replace('EXECUTE STATEMENT SET\nBEGIN\n', 'BEGIN STATEMENT SET;\n\n');
      expect(clientForm).not.toBe(setText);
      const lines = clientForm.split('\n');
      const insertAt = (table: string) => lines.findIndex((l) => l.startsWith(`  INSERT INTO ${table}`)) + 1;
      const sent: string[] = [];
      const passing = await plan(projectCopy(EXAMPLE, { [SET_JOB]: clientForm }), [], sent);
      expect(errorsOf(passing.diags)).toEqual([]);
      const sets = sent.filter((s) => /^EXPLAIN STATEMENT SET BEGIN\n/.test(s));
      expect(sets).toHaveLength(1);
      expect(sent.filter((s) => /^EXPLAIN\b/.test(s))).toHaveLength(4);
      // The set as Flink takes it: each INSERT on lines of its own, ended by `;`, then END.
      const sentLines = sets[0]!.split('\n');
      expect(sentLines.at(-1)).toBe('END');
      const alertsSent = sentLines.findIndex((l) => l.startsWith('INSERT INTO fraud_alerts')) + 1;
      expect(alertsSent).toBeGreaterThan(1);
      const failing = await plan(projectCopy(EXAMPLE, { [SET_JOB]: clientForm }), [
        {
          match: /^EXPLAIN STATEMENT SET BEGIN\n/,
          message: `SQL validation failed. From line ${alertsSent + 2}, column 5 to line ${alertsSent + 2}, column 10: Column 'drivr_id' not found in any table`,
        },
      ]);
      onlyRejection(failing.diags, { line: insertAt('fraud_alerts') + 2, column: 5 });
      // A position on an INSERT's first line is the INSERT's own column in the file.
      const first = await plan(projectCopy(EXAMPLE, { [SET_JOB]: clientForm }), [
        {
          match: /^EXPLAIN STATEMENT SET BEGIN\n/,
          message: `SQL validation failed. From line ${alertsSent}, column 13 to line ${alertsSent}, column 24: Object 'fraud_alerts' not found`,
        },
      ]);
      expect(errorsOf(first.diags)[0]!.range).toMatchObject({
        file: SET_JOB,
        start: { line: insertAt('fraud_alerts'), column: 15 },
      });
    });

    it('an error of the set alone, which no INSERT has, is reported at the set', async () => {
      const run = await plan(projectCopy(EXAMPLE), [
        {
          match: /^EXPLAIN STATEMENT SET/,
          message:
            'org.apache.flink.table.api.TableException: Cannot generate a valid execution plan for the given query.',
        },
      ]);
      const e = onlyRejection(run.diags, { line: setLine, column: 1 });
      expect(e.summary).toContain('Cannot generate a valid execution plan');
    });
  });

  describe('an error Flink gives without a position is put where the mistake is, with how to fix it', () => {
    // Real Flink 1.20.3's answers (causes as the gateway chains them) to one mistake each.
    const failedOp =
      'org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation 5c1f.';
    const rejectedWith = (job: string, root: string): Failure[] => [
      { match: new RegExp(`^EXPLAIN\\s+INSERT INTO ${job}\\b`), message: root, causes: [failedOp, root] },
    ];
    const only = (diags: Diagnostic[]) => {
      const [e, ...more] = errorsOf(diags);
      expect(more).toEqual([]);
      return e!;
    };

    it('a window on a column with no watermark: at the DESCRIPTOR column, naming the watermark', async () => {
      const run = await plan(
        projectCopy(EXAMPLE),
        rejectedWith(
          'city_ride_stats',
          'org.apache.flink.table.api.ValidationException: The window function requires the timecol is a time attribute type, but is TIMESTAMP(3).',
        ),
      );
      const e = only(run.diags);
      expect(e.range).toMatchObject({ file: JOB, start: { line: 11, column: 40 } });
      expect(e.summary).toBe(
        "Flink's planner rejects job city_ride_stats: The window function requires the timecol is a time attribute type, but is TIMESTAMP(3).",
      );
      expect(e.detail).toContain('declare a watermark on that column');
    });

    it('a SELECT column of the wrong type for the sink: at that column of the SELECT list', async () => {
      const mismatch = [
        "org.apache.flink.table.api.ValidationException: Column types of query result and sink for 'default_catalog.default_database.city_ride_stats' do not match.",
        "Cause: Incompatible types for sink column 'window_end' at position 2.",
        '',
        'Query schema: [city_id: INT, window_start: TIMESTAMP(3) NOT NULL, window_end: STRING]',
        'Sink schema:  [city_id: INT NOT NULL, window_start: TIMESTAMP(3) NOT NULL, window_end: TIMESTAMP(3) NOT NULL]',
      ].join('\n');
      const run = await plan(projectCopy(EXAMPLE), rejectedWith('city_ride_stats', mismatch));
      const e = only(run.diags);
      // Position 2 (from 0) is the third item: window_end, on line 6.
      expect(e.range).toMatchObject({ file: JOB, start: { line: 6, column: 3 } });
      expect(e.detail).toContain("Make the SELECT list match the sink's columns");
    });

    it('a temporal join on a table without a primary key: at the table, without the plan dump', async () => {
      const noKey =
        'org.apache.flink.table.api.ValidationException: Temporal Table Join requires primary key in versioned table, but no primary key can be found. The physical plan is:\nFlinkLogicalJoin(condition=[AND(=($3, $10), __INITIAL_TEMPORAL_JOIN_CONDITION($7, __TEMPORAL_JOIN_LEFT_KEY($3), __TEMPORAL_JOIN_RIGHT_KEY($10)))], joinType=[inner])\n  FlinkLogicalCalc(select=[ride_id])\n';
      const run = await plan(projectCopy(EXAMPLE), rejectedWith('enriched_rides', noKey));
      const e = only(run.diags);
      expect(e.range).toMatchObject({ file: 'jobs/enrich_rides.sql', start: { line: 15, column: 6 } });
      expect(e.summary).toBe(
        "Flink's planner rejects job enrich_rides: Temporal Table Join requires primary key in versioned table, but no primary key can be found.",
      );
      expect(e.detail).toContain('primaryKey:');
    });

    it('a dimension table joined AS OF an event time: at that time, saying to join AS OF PROCTIME()', async () => {
      const noRowtime =
        'org.apache.flink.table.api.ValidationException: Event-Time Temporal Table Join requires both primary key and row time attribute in versioned table, but no row time attribute can be found.';
      const run = await plan(projectCopy(EXAMPLE), rejectedWith('enriched_rides', noRowtime));
      const e = only(run.diags);
      expect(e.range).toMatchObject({ file: 'jobs/enrich_rides.sql', start: { line: 15, column: 36 } });
      expect(e.detail).toContain('join FOR SYSTEM_TIME AS OF a PROCTIME() computed column');
    });

    it("a parse error: Flink's line is not repeated and its list of expected tokens is cut short", async () => {
      const parse =
        'org.apache.flink.sql.parser.impl.ParseException: Encountered ")" at line 9, column 60.\nWas expecting one of:\n    "FROM" ...\n    "," ...\n    "." ...\n    "NOT" ...\n    "IN" ...\n    "<" ...\n    "<=" ...\n    ">" ...\n    ';
      const run = await plan(projectCopy(EXAMPLE), [
        {
          match: /^EXPLAIN\s+INSERT INTO city_ride_stats/,
          message: parse,
          causes: [
            failedOp,
            `org.apache.flink.table.api.SqlParserException: SQL parse failed. Encountered ")" at line 9, column 60.`,
            parse,
          ],
        },
      ]);
      const e = only(run.diags);
      expect(e.range).toMatchObject({ file: JOB, start: { line: 10, column: 60 } });
      expect(e.summary).toBe(
        'Flink\'s planner rejects job city_ride_stats: Encountered ")". Was expecting one of: "FROM", ",", ".", "NOT", "IN", "<", …',
      );
    });
  });

  it("reports a missing connector at the table's file", async () => {
    const run = await plan(projectCopy(EXAMPLE), [
      {
        match: /^CREATE TEMPORARY TABLE `?ride_events\b/,
        message:
          "org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'kafka' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.",
      },
    ]);
    const errors = errorsOf(run.diags);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ code: 'FO630', range: { file: 'tables/ride_events.yaml' } });
    expect(errors[0]!.summary).toContain("Could not find any factory for identifier 'kafka'");
  });

  it("a UDF jar the gateway cannot find: at the UDF file, with the jar's hint rather than a connector's", async () => {
    // As real Flink 1.20.3 answers ADD JAR of a file:// jar that is not there.
    const run = await plan(projectCopy(EXAMPLE), [
      {
        match: /^ADD JAR /,
        causes: [
          'org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation 61163bce.',
          "org.apache.flink.table.api.TableException: Could not register the specified resource [ResourceUri{resourceType=JAR, uri='s3://rides-flink/artifacts/ride-udfs-1.4.0.jar'}].",
        ],
        message:
          'java.io.FileNotFoundException: jar resource [s3://rides-flink/artifacts/ride-udfs-1.4.0.jar] not found.',
      },
    ]);
    const errors = errorsOf(run.diags);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      // At the artifact's `jar:` value.
      expect(e).toMatchObject({
        code: 'FO630',
        range: { file: 'udfs/ride_udfs.yaml', start: { line: 3, column: 6 } },
      });
      expect(e.summary).toMatch(
        /^Flink's planner rejects the jar of ride_udfs \(used by job \w+\): .*not found/,
      );
      expect(e.detail).toContain('Check the jar URI');
      expect(e.detail).not.toContain('connector');
    }
  });

  it("Flink's error in a raw table's DDL: at its line in the file, not at the comment above the CREATE", async () => {
    // Flink places an error in a DDL as 'at line L, column C' counted from the CREATE, the first line
    // of what was sent (real Flink 2.2.0 on create.md's LIKE example: "Source table ... of the LIKE
    // clause not found in the catalog, at line 8, column 6").
    const like = {
      match: /^CREATE TEMPORARY VIEW completed_rides/,
      causes: [
        'org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation 5b980128.',
      ],
      message:
        "org.apache.flink.table.api.ValidationException: Column 'status' not found in any table, at line 4, column 7",
    };
    const [e] = errorsOf((await plan(projectCopy(EXAMPLE), [like])).diags);
    expect(e).toMatchObject({
      code: 'FO630',
      range: { file: 'tables/completed_rides.sql', start: { line: 5, column: 7 } },
    });
    expect(e!.summary).toMatch(/^Flink's planner rejects the DDL of completed_rides \(used by job \w+\)/);
    // Without a position: at the CREATE (line 2), not at line 1, the file's comment.
    const [f] = errorsOf(
      (await plan(projectCopy(EXAMPLE), [{ ...like, message: like.message.replace(/, at line .*/, '') }]))
        .diags,
    );
    expect(f).toMatchObject({ range: { file: 'tables/completed_rides.sql', start: { line: 2, column: 1 } } });
  });

  it('a UDF class the jar does not have (renamed inside it): at the UDF file, naming the class', async () => {
    // As real Flink 1.20.3 answers CREATE TEMPORARY FUNCTION ... USING JAR of a jar without the class.
    const run = await plan(projectCopy(EXAMPLE), [
      {
        match: /^CREATE TEMPORARY FUNCTION `?fare_bucket\b/,
        causes: [
          'org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation c0545935.',
          "org.apache.flink.table.api.ValidationException: Could not register temporary catalog function 'default_catalog.default_database.fare_bucket' due to implementation errors.",
        ],
        message: 'java.lang.ClassNotFoundException: com.example.rides.udf.FareBucket',
      },
    ]);
    const [e] = errorsOf(run.diags);
    // At the function's class (line 7 of the UDF file), not at the file's first line.
    expect(e).toMatchObject({
      code: 'FO630',
      range: { file: 'udfs/ride_udfs.yaml', start: { line: 7, column: 12 } },
    });
    expect(e!.summary).toMatch(
      /^Flink's planner rejects the functions of ride_udfs \(used by job \w+\): class com\.example\.rides\.udf\.FareBucket not found$/,
    );
    expect(e!.detail).toContain('ClassNotFoundException: com.example.rides.udf.FareBucket');
  });

  it('a python.files entry the gateway cannot find: names the file, not the path of its temporary copy', async () => {
    // As real Flink 2.2.0 answers EXPLAIN of a query calling a LANGUAGE PYTHON function whose file is not there.
    const copy =
      '/opt/flink/tmp/pyflink/3429e3c7-9ee1-4f7a-a984-9013aa4381cf/81ca660b-2786-4ae4-8d59-05e8ce92fe75/my_udfs.py';
    const run = await plan(projectCopy(EXAMPLE), [
      {
        match: /^EXPLAIN INSERT INTO city_ride_stats/,
        causes: [
          'org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation 24906c89.',
          `java.lang.RuntimeException: java.nio.file.NoSuchFileException: ${copy}`,
          `java.nio.file.NoSuchFileException: ${copy}`,
        ],
        message: `java.nio.file.NoSuchFileException: ${copy}`,
      },
    ]);
    const [e] = errorsOf(run.diags);
    expect(e).toMatchObject({ code: 'FO630', range: { file: 'jobs/city_ride_stats.sql' } });
    expect(e!.summary).toMatch(
      /^Flink's planner rejects job city_ride_stats: python file my_udfs\.py not found: the SQL Gateway has no file to copy for the python\.files entry that names it/,
    );
  });

  it("reports options a connector refuses when the job is explained at the table's file, naming the option", async () => {
    // As real Flink 1.20.3 answers: the table's DDL is taken, and EXPLAIN fails making its source.
    const run = await plan(projectCopy(EXAMPLE), [
      {
        match: /^EXPLAIN INSERT INTO city_ride_stats/,
        causes: [
          'org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation 24906c89.',
          "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.ride_events'.",
          "java.lang.IllegalArgumentException: Could not parse value 'abc' for key 'properties.max.poll.records'.",
          'java.lang.NumberFormatException: For input string: "abc"',
        ],
        message: 'java.lang.NumberFormatException: For input string: "abc"',
      },
    ]);
    const [e, ...more] = errorsOf(run.diags);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ code: 'FO630', range: { file: 'tables/ride_events.yaml' } });
    expect(e!.summary).toBe(
      "Flink's planner rejects table ride_events (used by job city_ride_stats): Could not parse value 'abc' for key 'properties.max.poll.records': For input string: \"abc\"",
    );
    expect(e!.detail).toContain('Fix the options in tables/ride_events.yaml');
    expect(e!.detail).not.toContain('..');
  });

  it("an option the connector refuses is pointed at where it is written: the environment's override, else the table's file", async () => {
    const refusal = (key: string) => [
      {
        match: /^EXPLAIN INSERT INTO city_ride_stats/,
        causes: [
          "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.ride_events'.",
          `java.lang.IllegalArgumentException: Could not parse value 'x' for key '${key}'.`,
        ],
        message: `java.lang.IllegalArgumentException: Could not parse value 'x' for key '${key}'.`,
      },
    ];
    const at = (file: string, text: string) => {
      const lines = readFileSync(join(EXAMPLE, file), 'utf8').split('\n');
      const line = lines.findIndex(
        (l, i) =>
          l.includes(text) &&
          (file !== 'flinkops.yaml' || i > lines.findIndex((m) => m.startsWith('  staging:'))),
      );
      return { line: line + 1, column: lines[line]!.indexOf(text) + 1 };
    };
    const table = await plan(projectCopy(EXAMPLE), refusal('json.ignore-parse-errors'));
    expect(errorsOf(table.diags)).toMatchObject([
      {
        code: 'FO630',
        range: {
          file: 'tables/ride_events.yaml',
          start: at('tables/ride_events.yaml', 'json.ignore-parse-errors:'),
        },
      },
    ]);
    // staging sets scan.startup.mode for ride_events in flinkops.yaml: that is the value Flink read.
    const override = await plan(projectCopy(EXAMPLE), refusal('scan.startup.mode'));
    expect(errorsOf(override.diags)).toMatchObject([
      {
        code: 'FO630',
        range: { file: 'flinkops.yaml', start: at('flinkops.yaml', 'scan.startup.mode: latest-offset') },
      },
    ]);
    // And the fix is said to be there, not in the table's file, which does not set it.
    expect(errorsOf(override.diags)[0]!.detail).toContain(
      'Fix the options in environments.staging.tables.ride_events.with in flinkops.yaml,',
    );
    expect(errorsOf(table.diags)[0]!.detail).toContain('Fix the options in tables/ride_events.yaml,');
  });

  it('a refused option in a flow-style override, or a one-line table file after a byte-order mark: at the option as the editor shows it', async () => {
    const refusal = (key: string) => [
      {
        match: /^EXPLAIN INSERT INTO city_ride_stats/,
        causes: [
          "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.ride_events'.",
          `java.lang.IllegalArgumentException: Could not parse value 'x' for key '${key}'.`,
        ],
        message: `java.lang.IllegalArgumentException: Could not parse value 'x' for key '${key}'.`,
      },
    ];
    // Saved by a Windows editor: a byte-order mark, CRLF, and the override written as a flow mapping.
    const project = readFileSync(join(EXAMPLE, 'flinkops.yaml'), 'utf8').replace(
      '      ride_events:\n        with:\n          scan.startup.mode: latest-offset\n',
      '      ride_events: {with: {scan.startup.mode: latest-offset}}\n',
    );
    expect(project).toContain('ride_events: {with:');
    const lines = project.split('\n');
    const line = lines.findIndex((l) => l.includes('ride_events: {with:'));
    const override = await plan(
      projectCopy(EXAMPLE, { 'flinkops.yaml': `\uFEFF${project.replaceAll('\n', '\r\n')}` }),
      refusal('scan.startup.mode'),
    );
    expect(errorsOf(override.diags)).toMatchObject([
      {
        code: 'FO630',
        range: {
          file: 'flinkops.yaml',
          start: { line: line + 1, column: lines[line]!.indexOf('scan.startup.mode') + 1 },
        },
      },
    ]);
    // The table's file as one line of JSON (which YAML reads) behind a byte-order mark.
    const table = JSON.stringify(parse(readFileSync(join(EXAMPLE, 'tables/ride_events.yaml'), 'utf8')));
    const oneLine = await plan(
      projectCopy(EXAMPLE, { 'tables/ride_events.yaml': `\uFEFF${table}` }),
      refusal('json.ignore-parse-errors'),
    );
    expect(errorsOf(oneLine.diags)).toMatchObject([
      {
        code: 'FO630',
        range: {
          file: 'tables/ride_events.yaml',
          start: { line: 1, column: table.indexOf('"json.ignore-parse-errors"') + 1 },
        },
      },
    ]);
  });

  it("options an OPTIONS hint of the job sets and the connector refuses: at the hint's option in the job's file, not the table's", async () => {
    // The job overrides options of its source and its sink for this statement. As real Flink 2.2.0
    // answers (the client joins the lines of Flink's message into one).
    const hinted = [
      "INSERT INTO city_ride_stats /*+ OPTIONS('sink.parallelism' = '1') */",
      'SELECT city_id, event_time, event_time, 1, 1, fare',
      "FROM ride_events /*+ OPTIONS('properties.max.poll.records' = 'abc') */;",
      '',
    ].join('\n');
    const dir = projectCopy(EXAMPLE, { [JOB]: hinted });
    const where = (text: string) => positionOf(hinted, text);
    const sink = await plan(dir, [
      {
        match: /^EXPLAIN INSERT INTO city_ride_stats/,
        causes: [
          "org.apache.flink.table.api.ValidationException: Unable to create a sink for writing table 'default_catalog.default_database.city_ride_stats'.",
          "org.apache.flink.table.api.ValidationException: Unsupported options found for 'kafka'. Unsupported options: sink.parallelism. Supported options: connector, format, topic.",
        ],
        message:
          "org.apache.flink.table.api.ValidationException: Unsupported options found for 'kafka'. Unsupported options: sink.parallelism. Supported options: connector, format, topic.",
      },
    ]);
    const [e, ...more] = errorsOf(sink.diags);
    expect(more).toEqual([]);
    expect(e).toMatchObject({
      code: 'FO630',
      range: { file: JOB, start: where("'sink.parallelism'") },
    });
    expect(e!.summary).toMatch(
      /^Flink's planner rejects the OPTIONS hint on table city_ride_stats in job city_ride_stats: Unsupported options found/,
    );
    expect(e!.detail).toContain('Fix or remove the option in the hint');
    const source = await plan(dir, [
      {
        match: /^EXPLAIN INSERT INTO city_ride_stats/,
        causes: [
          "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.ride_events'.",
          "java.lang.IllegalArgumentException: Could not parse value 'abc' for key 'properties.max.poll.records'.",
          'java.lang.NumberFormatException: For input string: "abc"',
        ],
        message: 'java.lang.NumberFormatException: For input string: "abc"',
      },
    ]);
    expect(errorsOf(source.diags)).toMatchObject([
      { code: 'FO630', range: { file: JOB, start: where("'properties.max.poll.records'") } },
    ]);
  });

  it("a table the job's own script creates and Flink refuses: at its option or column in that CREATE TABLE, not at the INSERT", async () => {
    // As real Flink 2.2.0 answers EXPLAIN of an INSERT reading a CREATE TEMPORARY TABLE of the script.
    const script = [
      'CREATE TEMPORARY TABLE gen (',
      '  id INT,',
      "  k BYTES METADATA FROM 'key' VIRTUAL",
      ') WITH (',
      "  'connector' = 'datagen',",
      "  'scan.watermark.idle-timeout' = '1 min',",
      "  'format' = 'avro'",
      ');',
      'INSERT INTO city_ride_stats',
      'SELECT CAST(id AS INT), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1, 1.0',
      'FROM gen;',
      '',
    ].join('\n');
    const dir = projectCopy(EXAMPLE, { [JOB]: script });
    const where = (text: string) => positionOf(script, text);
    const refusedBy = async (causes: string[]) => {
      const run = await plan(dir, [
        { match: /^EXPLAIN INSERT INTO city_ride_stats/, causes, message: causes[causes.length - 1]! },
      ]);
      return errorsOf(run.diags);
    };
    const option = await refusedBy([
      "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.gen'.",
      "org.apache.flink.table.api.ValidationException: Unsupported options found for 'datagen'. Unsupported options: scan.watermark.idle-timeout. Supported options: connector, fields.id.kind.",
    ]);
    expect(option).toMatchObject([
      { code: 'FO630', range: { file: JOB, start: where("'scan.watermark.idle-timeout'") } },
    ]);
    expect(option[0]!.summary).toMatch(
      /^Flink's planner rejects table gen \(created by job city_ride_stats\): Unsupported options/,
    );
    const column = await refusedBy([
      "org.apache.flink.table.api.ValidationException: Invalid metadata key 'key' in column 'k' of table 'default_catalog.default_database.gen'. The DynamicTableSource class 'org.apache.flink.connector.datagen.table.DataGenTableSource' supports the following metadata keys for reading:",
    ]);
    expect(column).toMatchObject([{ code: 'FO630', range: { file: JOB, start: where('k BYTES') } }]);
    expect(column[0]!.detail).toContain('Fix column k in the CREATE TABLE');
    const format = await refusedBy([
      "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.gen'.",
      "org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'avro' that implements 'org.apache.flink.table.factories.DeserializationFormatFactory' in the classpath.",
    ]);
    expect(format).toMatchObject([{ code: 'FO630', range: { file: JOB, start: where("'format'") } }]);
  });

  it("a repository table's metadata column or format Flink refuses: at that column or option in the table's file, not at the INSERT", async () => {
    const table = [
      'kind: source',
      'connector: kafka',
      'columns:',
      // Every column example-repo's jobs read (one they lack is FO204, before the cluster is asked).
      '  - { name: ride_id, type: STRING }',
      '  - { name: driver_id, type: BIGINT }',
      '  - { name: rider_id, type: BIGINT }',
      '  - { name: city_id, type: INT }',
      '  - { name: status, type: STRING }',
      "  - { name: fare, type: 'DECIMAL(10, 2)' }",
      '  - { name: distance_km, type: DOUBLE }',
      'metadata:',
      '  - { name: event_time, type: TIMESTAMP_LTZ(3), from: ts }',
      'computed:',
      "  - { name: proc_time, expr: 'PROCTIME()' }",
      'with:',
      '  topic: ride-events',
      '  properties.bootstrap.servers: ${env.KAFKA_BROKERS}',
      '  format: protobuf',
      '',
    ].join('\n');
    const dir = projectCopy(EXAMPLE, { 'tables/ride_events.yaml': table });
    const where = (text: string) => positionOf(table, text);
    const refusedBy = async (causes: string[]) => {
      const run = await plan(dir, [
        { match: /^EXPLAIN INSERT INTO city_ride_stats/, causes, message: causes[causes.length - 1]! },
      ]);
      return errorsOf(run.diags).filter((d) => d.code === 'FO630');
    };
    // As real Flink 2.2.0 words them.
    const column = await refusedBy([
      "org.apache.flink.table.api.ValidationException: Invalid metadata key 'ts' in column 'event_time' of table 'default_catalog.default_database.ride_events'. The DynamicTableSource class 'org.apache.flink.streaming.connectors.kafka.table.KafkaDynamicSource' supports the following metadata keys for reading:",
    ]);
    expect(column).toMatchObject([
      { range: { file: 'tables/ride_events.yaml', start: where('event_time') } },
    ]);
    expect(column[0]!.detail).toContain('Fix column event_time there');
    const format = await refusedBy([
      "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.ride_events'.",
      "org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'protobuf' that implements 'org.apache.flink.table.factories.DeserializationFormatFactory' in the classpath.",
    ]);
    expect(format).toMatchObject([
      { range: { file: 'tables/ride_events.yaml', start: where('format: protobuf') } },
    ]);
  });

  it("a STATE_TTL hint naming a window TVF aggregate's table, which Flink refuses: at the key, saying what it may name", async () => {
    const script = [
      'INSERT INTO city_ride_stats',
      "SELECT /*+ STATE_TTL('ride_events' = '1h') */ city_id, window_start, window_end, COUNT(*), COUNT(*), SUM(fare)",
      "FROM TABLE(TUMBLE(TABLE ride_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE))",
      'GROUP BY city_id, window_start, window_end;',
      '',
    ].join('\n');
    const dir = projectCopy(EXAMPLE, { [JOB]: script });
    // As real Flink 1.20.3 and 2.2.0 answer.
    const message =
      'org.apache.flink.table.api.ValidationException: The options of following hints cannot match the name of input tables or views: \n`ride_events` in `STATE_TTL`';
    const run = await plan(dir, [{ match: /^EXPLAIN INSERT INTO city_ride_stats/, message }]);
    const [e, ...more] = errorsOf(run.diags);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ code: 'FO630', range: { file: JOB, start: { line: 2, column: 22 } } });
    expect(e!.detail).toContain('window aggregations, window joins and interval joins keep no TTL state');
  });

  it('an INSERT with a column list from a WITH, which Flink 1.20 refuses: at the WITH, with the rewrite it takes', async () => {
    const script = [
      'INSERT INTO city_ride_stats (city_id, window_start, window_end, rides, completed_rides, revenue)',
      'WITH w AS (SELECT city_id, event_time FROM ride_events)',
      'SELECT city_id, event_time, event_time, 1, 1, 1.0 FROM w;',
      '',
    ].join('\n');
    const dir = projectCopy(EXAMPLE, { [JOB]: script });
    // As real Flink 1.20.3 answers.
    const message =
      "org.apache.flink.table.api.ValidationException: INSERT INTO <table> PARTITION [(COLUMN LIST)] statement only support SELECT, VALUES, SET_QUERY AND ORDER BY clause for now, 'WITH `w` AS (SELECT `city_id`, `event_time` FROM `ride_events`) SELECT `city_id`' is not supported yet.";
    const run = await plan(dir, [{ match: /^EXPLAIN INSERT INTO city_ride_stats/, message }]);
    const [e, ...more] = errorsOf(run.diags);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ code: 'FO630', range: { file: JOB, start: { line: 2, column: 1 } } });
    expect(e!.detail).toContain('aliased subquery');
  });

  it("UNNEST ... WITH ORDINALITY, which Flink 1.20's planner fails with an assertion: at WITH ORDINALITY, saying so", async () => {
    const script = [
      'INSERT INTO city_ride_stats',
      'SELECT city_id, event_time, event_time, pos, 1, 1.0',
      'FROM ride_events CROSS JOIN UNNEST(ARRAY[1, 2]) WITH ORDINALITY AS t(v, pos);',
      '',
    ].join('\n');
    const dir = projectCopy(EXAMPLE, { [JOB]: script });
    // As real Flink 1.20.3 answers.
    const message =
      'java.lang.AssertionError: Cannot add expression of different type to set: set type is RecordType(INTEGER NOT NULL EXPR$0, INTEGER NOT NULL ORDINALITY) NOT NULL expression type is RecordType:peek_no_expand(INTEGER NOT NULL EXPR$0) NOT NULL';
    const run = await plan(dir, [{ match: /^EXPLAIN INSERT INTO city_ride_stats/, message }]);
    const [e] = errorsOf(run.diags).filter((d) => d.code === 'FO630');
    expect(e).toMatchObject({ range: { file: JOB, start: { line: 3, column: 49 } } });
    expect(e!.detail).toContain('cannot plan UNNEST ... WITH ORDINALITY');
  });

  it('a lookup join FOR SYSTEM_TIME AS OF PROCTIME(), which Flink 1.20 reads as time travel: at the expression, with the column it takes', async () => {
    const script = [
      'INSERT INTO enriched_rides',
      'SELECT r.ride_id, r.status, r.city_id, r.driver_id, d.name, d.rating, d.vehicle_type, r.fare, 1, r.event_time',
      'FROM ride_events AS r',
      'JOIN drivers FOR SYSTEM_TIME AS OF PROCTIME() AS d ON r.driver_id = d.driver_id;',
      '',
    ].join('\n');
    const dir = projectCopy(EXAMPLE, { 'jobs/enrich_rides.sql': script });
    // As real Flink 1.20.3 answers.
    const message =
      'org.apache.flink.table.api.ValidationException: SQL validation failed. Unsupported time travel expression: PROCTIME() for the expression can not be reduced to a constant by Flink.';
    const run = await plan(dir, [{ match: /^EXPLAIN INSERT INTO enriched_rides/, message }]);
    const [e] = errorsOf(run.diags).filter((d) => d.code === 'FO630');
    expect(e).toMatchObject({ range: { file: 'jobs/enrich_rides.sql', start: { line: 4, column: 36 } } });
    expect(e!.detail).toContain('proc_time AS PROCTIME()');
  });

  it("a refusal of a ${secret.X} placeholder is FO637, a warning at the table's file: plan holds secrets back, apply sends them", async () => {
    // As real Flink 1.20.3 answers a JDBC table whose whole url is a secret (`url: ${secret.DB_URL}`).
    const failures = [
      {
        match: /^EXPLAIN INSERT INTO city_ride_stats/,
        causes: [
          "org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.ride_events'.",
          "java.lang.IllegalStateException: Could not find any jdbc factory that can handle url '${secret.DB_URL}' that implements 'org.apache.flink.connector.jdbc.core.database.JdbcFactory' in the classpath.",
        ],
        message:
          "java.lang.IllegalStateException: Could not find any jdbc factory that can handle url '${secret.DB_URL}' that implements 'org.apache.flink.connector.jdbc.core.database.JdbcFactory' in the classpath.",
      },
    ];
    const run = await plan(projectCopy(EXAMPLE), failures);
    expect(errorsOf(run.diags)).toEqual([]);
    const w = run.diags.filter((d) => d.code === 'FO637');
    expect(w).toMatchObject([{ severity: 'warning', range: { file: 'tables/ride_events.yaml' } }]);
    // Where the repository writes the placeholder, when it does.
    const written = readFileSync(join(EXAMPLE, 'tables/ride_events.yaml'), 'utf8').replace(
      '  format: json',
      '  format: json\n  properties.sasl.jaas.config: ${secret.DB_URL}',
    );
    const located = await plan(projectCopy(EXAMPLE, { 'tables/ride_events.yaml': written }), failures);
    const line = written.split('\n').findIndex((l) => l.includes('${secret.DB_URL}')) + 1;
    expect(located.diags.filter((d) => d.code === 'FO637')).toMatchObject([
      { range: { file: 'tables/ride_events.yaml', start: { line, column: 32 } } },
    ]);
    expect(w[0]!.summary).toContain('read ${secret.DB_URL} as written');
  });

  it("a cluster older than the project's flinkVersion rejects the newer syntax, at the job's line", async () => {
    const dir = projectCopy(EXAMPLE, {
      'flinkops.yaml': readFileSync(join(EXAMPLE, 'flinkops.yaml'), 'utf8').replace(
        'flinkVersion: "1.20"',
        'flinkVersion: "2.2"',
      ),
      [JOB]: jobText.replace(
        "FROM TABLE(\n  TUMBLE(TABLE ride_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE)\n)",
        "FROM TUMBLE(TABLE ride_events, DESCRIPTOR(event_time), INTERVAL '1' MINUTE)",
      ),
    });
    const run = await plan(dir);
    const [e] = errorsOf(run.diags);
    const fromLine =
      readFileSync(join(dir, JOB), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('FROM TUMBLE')) + 1;
    expect(e).toMatchObject({ code: 'FO630', range: { file: JOB, start: { line: fromLine } } });
  });

  it("opens each job's session with the script's leading SETs as its properties", async () => {
    const sent: string[] = [];
    const run = await plan(projectCopy(EXAMPLE), [], sent);
    expect(errorsOf(run.diags)).toEqual([]);
    // One session a job, each opened with the environment's settings (flinkops.yaml's config)...
    expect(opened).toHaveLength(4);
    for (const properties of opened)
      expect(properties).toMatchObject({
        'execution.checkpointing.interval': '60 s',
        'execution.checkpointing.mode': 'EXACTLY_ONCE',
        'state.backend.type': 'rocksdb',
      });
    // ...so none of those SETs is a call of its own.
    expect(sent.filter((s) => /^SET 'execution\.checkpointing|^SET 'state\.backend/.test(s))).toEqual([]);
  });

  it('a setting Flink cannot parse is reported as the SET, not as the statement after it', async () => {
    // Flink checks a SET's value when the SET runs, but takes any session property when the
    // session opens: the next statement (a table's DDL) fails instead. The plan then runs the
    // script again one statement at a time, so the error names the setting.
    // (Written as a variable: validate refuses a table.sql-dialect it sees, FO264, and so a
    // checkpointing enum value; a value from ${env.X} reaches the planner.)
    const yaml = readFileSync(join(EXAMPLE, 'flinkops.yaml'), 'utf8')
      .replace(
        'execution.checkpointing.interval: 60 s',
        'execution.checkpointing.interval: 60 s\n      table.sql-dialect: ${env.DIALECT}',
      )
      .replace('    variables:\n', '    variables:\n      DIALECT: KLINGON\n');
    const sent: string[] = [];
    const run = await plan(projectCopy(EXAMPLE, { 'flinkops.yaml': yaml }), [], sent);
    const errors = errorsOf(run.diags);
    expect(errors).toHaveLength(4);
    for (const e of errors) {
      expect(e.code).toBe('FO630');
      expect(e.summary).toContain("Could not parse value 'KLINGON' for key 'table.sql-dialect'");
      expect(e.summary).toMatch(/rejects a compiled statement/);
      // Flink's root cause need not name the setting (`For input string: "x"`): plan does.
      expect(e.summary).toContain('Failed to set key table.sql-dialect with value KLINGON: ');
      expect(e.range?.file).toMatch(/^jobs\//);
    }
    expect(sent).toContain("SET 'table.sql-dialect' = 'KLINGON'");
  });

  it("a proxy's 502 to a statement of a probe runs the probe again in a fresh session: the job is still validated", async () => {
    // A table's DDL (configure-session) and an EXPLAIN: neither is retried by the HTTP client
    // (a statement is never sent twice blindly), but nothing of a probe outlives its session.
    const ddl: Failure = {
      match: /^CREATE TEMPORARY TABLE `?ride_events\b/,
      message: '',
      http: { status: 502, times: 2 },
    };
    const explain: Failure = {
      match: /^EXPLAIN\s+INSERT INTO city_ride_stats/,
      message: '',
      http: { status: 503, times: 1 },
    };
    const sent: string[] = [];
    const run = await plan(projectCopy(EXAMPLE), [ddl, explain], sent);
    expect(run.diags.filter((d) => d.code === 'FO631')).toEqual([]);
    expect(errorsOf(run.diags)).toEqual([]);
    expect(ddl.http!.times + explain.http!.times).toBe(0);
    // Each job that failed on the way ran again from its session's start, and was explained.
    expect(
      sent.filter((s) => /^EXPLAIN\s+INSERT INTO city_ride_stats/.test(s)).length,
    ).toBeGreaterThanOrEqual(2);
    expect(clock.sleeps.filter((ms) => ms >= 500)).not.toEqual([]);
  });

  it('a statement Flink itself refuses is not run again', async () => {
    const sent: string[] = [];
    const run = await plan(
      projectCopy(EXAMPLE),
      [{ match: /^EXPLAIN\s+INSERT INTO city_ride_stats/, message: "Column 'nope' not found in any table" }],
      sent,
    );
    expect(errorsOf(run.diags).map((d) => d.code)).toEqual(['FO630']);
    // Sent twice by the rule for leading SETs (in a session opened with them, then one statement
    // at a time, to find a SET at fault), never again after a pause.
    expect(sent.filter((s) => /^EXPLAIN\s+INSERT INTO city_ride_stats/.test(s))).toHaveLength(2);
    expect(clock.sleeps).toEqual([]);
  });

  it('a 502 that lasts gives the one warning after three runs of the probe', async () => {
    const ddl: Failure = {
      match: /^CREATE TEMPORARY TABLE `?ride_events\b/,
      message: '',
      http: { status: 502, times: 1000 },
    };
    const run = await plan(projectCopy(EXAMPLE), [ddl]);
    const warned = run.diags.filter((d) => d.code === 'FO631');
    expect(warned).toHaveLength(1);
    expect(warned[0]!.summary + warned[0]!.detail).toMatch(/502/);
    expect(errorsOf(run.diags)).toEqual([]);
  });

  it("a proxy's 401 or 404 for the gateway is said as a refused credential or a wrong path", async () => {
    for (const [status, advice] of [
      [
        401,
        /The credentials were refused \(HTTP 401, from a proxy or ingress in front of Flink\): check the environment's auth/,
      ],
      [
        404,
        /Nothing answers at this path: check the URL's path \(behind a proxy, the prefix it routes to the SQL Gateway/,
      ],
    ] as const) {
      const ddl: Failure = {
        match: /^CREATE TEMPORARY TABLE `?ride_events\b/,
        message: '',
        http: { status, times: 1000 },
      };
      const run = await plan(projectCopy(EXAMPLE), [ddl]);
      const [warned, ...more] = run.diags.filter((d) => d.code === 'FO631');
      expect(more).toEqual([]);
      expect(warned!.detail).toMatch(advice);
      expect(warned!.detail).not.toMatch(/Check sqlGatewayUrl/);
    }
  });

  it('an unreachable gateway gives one warning, and the plan goes on', async () => {
    await sim.control.setGatewayDown(true);
    try {
      const run = await plan(projectCopy(EXAMPLE));
      expect(errorsOf(run.diags)).toEqual([]);
      expect(run.diags.filter((d) => d.code === 'FO631')).toHaveLength(1);
      expect(run.plan!.changes.filter((c) => c.action === 'create')).toHaveLength(4);
    } finally {
      await sim.control.setGatewayDown(false);
    }
  });
});
