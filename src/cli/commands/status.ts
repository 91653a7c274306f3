import { hasErrors } from '../../core/diagnostics';
import { runPlan } from '../../engine/plan-run';
import { makeStyle } from '../../render';
import { lastRestorableSavepoint } from '../../state';
import { boolOpt, parseCommandArgs } from '../args';
import {
  clusterHelp,
  clusterOptions,
  concurrency,
  endpointOverrides,
  fileStore,
  progressPrinter,
  secretSource,
} from '../cluster-options';
import { chooseEnv, mask, projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';
import type { Command } from './index';
import { environmentsOf } from './project-envs';

export interface JobStatusRow {
  job: string;
  state: string;
  jobId?: string;
  parallelism?: number;
  uptimeMs?: number;
  lastSavepoint?: string;
  lastSavepointAgeMs?: number;
  planned: string;
}

export function formatAge(ms: number | undefined): string {
  if (ms === undefined || ms < 0) return '-';
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60 ? `${m % 60}m` : ''}`;
  return `${Math.floor(h / 24)}d`;
}

export const statusCommand: Command = {
  summary: 'List the managed jobs: state, uptime, parallelism, last savepoint and its age',
  help: [
    'Usage: flinkops status [--env NAME] [--dir DIR] [--json]',
    '',
    'What runs on the cluster for this project and environment, joined with the state store.',
    ...clusterHelp,
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, clusterOptions);
    const dir = projectDir(args, io);
    const json = boolOpt(args, 'json');
    const env = chooseEnv(args, io, environmentsOf(dir));
    const run = await runPlan({
      dir,
      env,
      envVars: io.env,
      secrets: secretSource(io),
      offline: false,
      allowDelete: false,
      now: new Date().toISOString(),
      endpoints: endpointOverrides(args),
      concurrency: concurrency(args),
      store: fileStore(args, io, dir),
      onProgress: progressPrinter(io, json || !io.isTTY),
    });
    await run.client?.close();
    if (!run.plan || !run.live || !run.state || hasErrors(run.diags)) {
      reportDiagnostics(
        io,
        dir,
        run.diags.map((d) => ({ ...d, summary: mask(d.summary, run.secretValues) })),
      );
      return EXIT.error;
    }
    const now = Date.now();
    const rows: JobStatusRow[] = run.plan.changes.map((c) => {
      const live = run.live!.jobs.find((j) => j.job === c.job);
      const record = run.state!.doc.jobs[c.job];
      const sp = record ? lastRestorableSavepoint(record) : undefined;
      const liveSp = live?.latestSavepoint;
      const newest =
        liveSp && (!sp || liveSp.time > Date.parse(sp.time))
          ? { path: liveSp.path, time: liveSp.time }
          : sp
            ? { path: sp.path, time: Date.parse(sp.time) }
            : undefined;
      return {
        job: c.job,
        state: live?.state ?? record?.status.toUpperCase() ?? 'NOT DEPLOYED',
        ...(live ? { jobId: live.jobId, parallelism: live.parallelism, uptimeMs: now - live.startTime } : {}),
        ...(newest ? { lastSavepoint: newest.path, lastSavepointAgeMs: now - newest.time } : {}),
        planned: c.refused ? `${c.action} (refused)` : c.action,
      };
    });
    if (json) {
      io.stdout(`${JSON.stringify({ project: run.plan.project, env, jobs: rows }, null, 2)}\n`);
      return EXIT.ok;
    }
    const s = makeStyle(io.color);
    const header = ['JOB', 'STATE', 'UPTIME', 'PARALLELISM', 'LAST SAVEPOINT', 'AGE', 'PLANNED'];
    const table = rows.map((r) => [
      r.job,
      r.state,
      formatAge(r.uptimeMs),
      r.parallelism === undefined ? '-' : String(r.parallelism),
      r.lastSavepoint ?? '-',
      formatAge(r.lastSavepointAgeMs),
      r.planned,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd();
    io.stdout(`${s.bold(line(header))}\n`);
    for (const row of table) {
      const text = line(row);
      io.stdout(`${row[1] === 'RUNNING' ? text : row[1] === 'FAILED' ? s.red(text) : s.dim(text)}\n`);
    }
    if (!rows.length) io.stdout('No jobs in the repository, the store or on the cluster.\n');
    reportDiagnostics(io, dir, run.diags);
    return EXIT.ok;
  },
};
