import { systemClock } from '../../core/clock';
import { hasErrors } from '../../core/diagnostics';
import { runGraceful } from '../../core/interrupt';
import { meantSuffix } from '../../core/names';
import { connect, resolveEndpoints } from '../../engine/cluster';
import { renderPreviewRows, requireRealFlink, runPreview } from '../../engine/sql-test';
import { boolOpt, durationOpt, intOpt, parseCommandArgs, stringOpt, UsageError } from '../args';
import {
  endpointHelp,
  endpointOptions,
  endpointOverrides,
  progressPrinter,
  secretSource,
  tlsOptions,
} from '../cluster-options';
import type { Command } from '../command';
import { mask, projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';
import { compiledFor } from './test';

export const previewCommand: Command = {
  help: [
    'Usage: flinkops preview JOB [--env NAME] [--limit 100] [--timeout 30s] [--sink TABLE] [--json]',
    '',
    "Runs the job's SELECT (not its INSERT) through the environment's SQL Gateway against the real",
    'sources and prints the first rows, then cancels the query and closes the session. Sinks are',
    'never declared, so nothing is written; the managed job is not touched. Needs a real Flink.',
    'An updating query (an aggregate, a join) shows each row with its kind of change in an op',
    'column: +I insert, -U/+U the old and new row of an update, -D a delete.',
    '  --limit N     rows to show (default 100)',
    '  --timeout D   stop waiting for rows after D (default 30s); the rows so far are shown',
    '  --sink TABLE  the INSERT of a statement set to preview (default the first)',
    '  --json        {"sink", "columns", "columnTypes", "rows", "ops", "timedOut", "diagnostics" (when any)}',
    ...endpointHelp,
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        ...endpointOptions,
        limit: { type: 'string' },
        timeout: { type: 'string' },
        sink: { type: 'string' },
      },
      Number.POSITIVE_INFINITY,
    );
    const dir = projectDir(args, io);
    const name = args.positionals[0];
    if (!name || args.positionals.length > 1)
      throw new UsageError('give exactly one job: flinkops preview JOB');
    const limit = intOpt(args, 'limit', 100);
    const timeoutMs = durationOpt(args, 'timeout') ?? 30_000;
    const { state, diags } = compiledFor(args, io, dir);
    if (!state) {
      reportDiagnostics(io, dir, diags);
      return EXIT.error;
    }
    const job = state.jobs.find((j) => j.name === name);
    if (!job) {
      const names = state.jobs.map((j) => j.name);
      throw new UsageError(`unknown job ${name}${meantSuffix(name, names)} (jobs: ${names.join(', ')})`);
    }
    const tls = tlsOptions(args, io);
    const conn = connect({
      endpoints: resolveEndpoints(state.environment, endpointOverrides(args), io.env),
      env: state.environment,
      secrets: secretSource(io),
      ...(tls ? { tls } : {}),
    });
    if (!conn.client) {
      reportDiagnostics(io, dir, [...diags, ...conn.diags]);
      return EXIT.error;
    }
    const client = conn.client;
    try {
      const sim = await requireRealFlink(client);
      if (sim) {
        reportDiagnostics(io, dir, [...diags, sim]);
        return EXIT.error;
      }
      const sink = stringOpt(args, 'sink');
      // Ctrl-C stops reading: the rows so far are shown, and the query is cancelled and its
      // session closed as at the end, so nothing is left running on the cluster.
      const r = await runGraceful(
        io.interrupt,
        'stopping the preview: cancelling its query on the cluster.',
        (stop) =>
          runPreview(job, {
            client,
            secrets: secretSource(io),
            limit,
            timeoutMs,
            now: () => systemClock.now(),
            sleep: (ms) => new Promise((res) => setTimeout(res, ms)),
            stop,
            onProgress: progressPrinter(io, boolOpt(args, 'json')),
            ...(sink ? { sink } : {}),
          }),
        `Its query may still run on the cluster: cancel the job named flinkops-preview.${job.name}.… there (Flink's web UI, or PATCH /jobs/<id>?mode=cancel); its SQL Gateway session ends at the gateway's idle timeout.`,
      );
      const stoppedBy = io.interrupt?.received();
      const secrets = [...conn.secretValues, ...r.secretValues];
      const all = [...diags, ...r.diags];
      if (!r.value || hasErrors(all)) {
        if (boolOpt(args, 'json'))
          io.stdout(`${mask(JSON.stringify({ diagnostics: all }, null, 2), secrets)}\n`);
        else io.stderr(mask(formatDiags(all), secrets));
        return EXIT.error;
      }
      const v = r.value;
      if (boolOpt(args, 'json')) {
        const out = all.length > 0 ? { ...v, diagnostics: all } : v;
        io.stdout(`${mask(JSON.stringify(out, null, 2), secrets)}\n`);
        return EXIT.ok;
      }
      io.stdout(mask(renderPreviewRows(v), secrets));
      io.stdout(
        `${v.rows.length} row(s) of ${job.name} → ${v.sink}${v.timedOut ? ` (stopped waiting after ${Math.round(timeoutMs / 1000)} s)` : stoppedBy ? ` (stopped by ${stoppedBy})` : ''}; the query was cancelled, nothing was written\n`,
      );
      if (all.length > 0) io.stderr(mask(formatDiags(all), secrets));
      return EXIT.ok;
    } finally {
      await client.close();
    }
  },
};

function formatDiags(
  diags: readonly { severity: string; code: string; summary: string; detail: string }[],
): string {
  return diags.map((d) => `${d.severity} ${d.code}: ${d.summary}\n  ${d.detail}\n`).join('');
}
