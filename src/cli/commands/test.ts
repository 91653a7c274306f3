import { compile, type DesiredState } from '../../compile';
import { systemClock } from '../../core/clock';
import { type Diagnostic, hasErrors } from '../../core/diagnostics';
import { runGraceful } from '../../core/interrupt';
import { meantSuffix } from '../../core/names';
import { connect, resolveEndpoints } from '../../engine/cluster';
import {
  type JobTestResult,
  jobTestPrograms,
  loadTestFile,
  renderTestResults,
  requireRealFlink,
  runJobTests,
} from '../../engine/sql-test';
import { loadAndValidate } from '../../validate';
import { boolOpt, durationOpt, parseCommandArgs, stringOpt, UsageError } from '../args';
import {
  endpointHelp,
  endpointOptions,
  endpointOverrides,
  progressPrinter,
  secretSource,
  tlsOptions,
} from '../cluster-options';
import type { Command } from '../command';
import { chooseEnv, givenEnv, mask, projectDir, reportDiagnostics } from '../context';
import { EXIT, type Io } from '../io';

/** Validated, compiled project of one environment; diagnostics reported. */
export function compiledFor(
  args: Parameters<typeof stringOpt>[0],
  io: Io,
  dir: string,
): { state?: DesiredState; diags: Diagnostic[] } {
  // Validated for the environment asked for: an unknown one is FO240, with its did-you-mean.
  const given = givenEnv(args, io);
  const validated = loadAndValidate(dir, { ...(given ? { env: given } : {}), envVars: io.env });
  const diags = [...validated.diags];
  if (hasErrors(diags)) return { diags };
  const env = chooseEnv(args, io, Object.keys(validated.value.config?.environments ?? {}));
  const compiled = compile(validated.value, { env, envVars: io.env });
  diags.push(...compiled.diags);
  return compiled.value && !hasErrors(diags) ? { state: compiled.value, diags } : { diags };
}

export const testCommand: Command = {
  help: [
    'Usage: flinkops test [JOB...] [--env NAME] [--case TEXT] [--timeout 2min] [--json]',
    '',
    "Runs each case of jobs/<job>.test.yaml in a fresh SQL Gateway session: the job's sources become",
    "bounded tables over the case's rows, each sink's query is read back and compared with the",
    'expected rows (order-insensitive; by primary key, or the changelog). Real connectors are never',
    'touched; every job a case starts is cancelled. Needs a real Flink (not the simulator).',
    'A job without tests is listed, not failed. The report goes to stdout, failed cases too;',
    'exit 1 when a case fails or cannot run.',
    '  JOB...        only these jobs (default: every job)',
    '  --case TEXT   only cases whose name contains TEXT (none: a usage error)',
    '  --timeout D   budget per statement (default 2min)',
    '  --json        {"passed": bool, "jobs": [...], "diagnostics": [...]}',
    ...endpointHelp,
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        ...endpointOptions,
        case: { type: 'string' },
        timeout: { type: 'string' },
      },
      Number.POSITIVE_INFINITY,
    );
    const dir = projectDir(args, io);
    const json = boolOpt(args, 'json');
    const timeoutMs = durationOpt(args, 'timeout') ?? 120_000;
    const caseFilter = stringOpt(args, 'case');
    const { state, diags } = compiledFor(args, io, dir);
    const finish = (results: JobTestResult[], all: Diagnostic[], secrets: string[] = []) => {
      const failed =
        hasErrors(all) ||
        results.some((r) => r.status === 'failed' || r.status === 'error' || r.status === 'stopped');
      if (json) {
        io.stdout(
          `${mask(JSON.stringify({ passed: !failed, jobs: results, diagnostics: all }, null, 2), secrets)}\n`,
        );
      } else {
        reportDiagnostics(io, dir, all);
        // The report is the command's output, failed cases too (`flinkops test > report.txt`); the
        // exit code says whether they passed, and diagnostics go to stderr.
        if (results.length) io.stdout(mask(renderTestResults(results), secrets));
      }
      return failed ? EXIT.error : EXIT.ok;
    };
    if (!state) return finish([], diags);
    const unknown = args.positionals.filter((j) => !state.jobs.some((x) => x.name === j));
    if (unknown.length) {
      const names = state.jobs.map((j) => j.name);
      const hint = unknown.length === 1 ? meantSuffix(unknown[0]!, names) : '';
      throw new UsageError(`unknown job ${unknown.join(', ')}${hint} (jobs: ${names.join(', ')})`);
    }
    const jobs = state.jobs.filter((j) => !args.positionals.length || args.positionals.includes(j.name));
    const results: JobTestResult[] = [];
    const files = jobs.map((j) => ({ job: j, loaded: loadTestFile(dir, j.name) }));
    for (const f of files) diags.push(...f.loaded.diags);
    // What the cases name (tables, columns, data files, values) is checked before any cluster is asked.
    for (const f of files)
      if (f.loaded.value) diags.push(...jobTestPrograms(dir, f.job, f.loaded.value, caseFilter).diags);
    if (hasErrors(diags)) return finish([], diags);
    // A --case that selects nothing is a typo, not a passing run (in CI it would test nothing).
    const names = files.flatMap((f) => f.loaded.value?.spec.cases.map((c) => c.name) ?? []);
    if (caseFilter !== undefined && names.length && !names.some((n) => n.includes(caseFilter)))
      throw new UsageError(
        `--case ${JSON.stringify(caseFilter)} is in no case name of ${args.positionals.length ? args.positionals.join(', ') : 'the jobs'} (cases: ${names.map((n) => JSON.stringify(n)).join(', ')}); it matches part of a name, case-sensitively`,
      );
    if (files.every((f) => !f.loaded.value)) {
      return finish(
        jobs.map((j) => ({ job: j.name, status: 'no-tests', cases: [], diags: [] })),
        diags,
      );
    }
    const tls = tlsOptions(args, io);
    const conn = connect({
      endpoints: resolveEndpoints(state.environment, endpointOverrides(args), io.env),
      env: state.environment,
      secrets: secretSource(io),
      ...(tls ? { tls } : {}),
    });
    diags.push(...conn.diags);
    if (!conn.client) return finish([], diags, conn.secretValues);
    const client = conn.client;
    try {
      const sim = await requireRealFlink(client);
      if (sim) return finish([], [...diags, sim], conn.secretValues);
      const progress = progressPrinter(io, json);
      // Ctrl-C: no new case starts, the one under way is cancelled on the cluster, and what ran is reported.
      await runGraceful(
        io.interrupt,
        'stopping the tests: cancelling their queries on the cluster.',
        async (stop) => {
          for (const f of files) {
            if (!f.loaded.value) {
              results.push({ job: f.job.name, status: 'no-tests', cases: [], diags: [] });
              continue;
            }
            // Stopped: the jobs not come to are listed as not run, not left out of the report.
            if (stop.aborted) {
              results.push({
                job: f.job.name,
                file: f.loaded.value.file,
                status: 'stopped',
                cases: [],
                diags: [],
              });
              continue;
            }
            const r = await runJobTests(dir, f.job, f.loaded.value, {
              client,
              timeoutMs,
              now: () => systemClock.now(),
              onProgress: progress,
              stop,
              ...(caseFilter ? { caseFilter } : {}),
            });
            diags.push(...r.diags);
            results.push(r);
          }
        },
        "The case under way may still run on the cluster: cancel the jobs named flinkops-test.<job>.… there (Flink's web UI, or PATCH /jobs/<id>?mode=cancel); its SQL Gateway session ends at the gateway's idle timeout.",
      );
    } finally {
      await client.close();
    }
    return finish(results, diags, conn.secretValues);
  },
};
