import { hasErrors } from '../../core/diagnostics';
import { formatAge } from '../../core/duration';
import { type HealthReport, type HealthRun, runHealth } from '../../engine/health';
import { runPlan } from '../../engine/plan-run';
import { makeStyle, type Style } from '../../render';
import { lastRestorableSavepoint } from '../../state';
import { boolOpt, parseCommandArgs, stringOpt } from '../args';
import { clusterHelp, clusterOptions, clusterRun, progressPrinter } from '../cluster-options';
import type { Command } from '../command';
import { mask, projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';
import { planInstant } from './plan';
import { commandEnv } from './project-envs';

export const statusOptions = {
  ...clusterOptions,
  check: { type: 'boolean' },
  now: { type: 'string' },
} as const;

/** The breaches of a health report, one block per unhealthy job. */
export function formatHealth(report: HealthReport, s: Style): string {
  const bad = report.jobs.filter((j) => !j.healthy);
  if (bad.length === 0) return `${s.green('healthy')}: every job passes its health rules (${report.now})\n`;
  const lines = [
    s.red(
      `unhealthy: ${bad.length} of ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} breach their health rules (${report.now})`,
    ),
  ];
  for (const j of bad) {
    lines.push('', s.bold(`${j.job}${j.jobId ? ` (${j.jobId})` : ''}`));
    for (const b of j.breaches)
      lines.push(`  ${s.red('✗')} ${b.rule}: ${b.summary}`, `    ${s.dim(b.detail)}`);
  }
  return `${lines.join('\n')}\n`;
}

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

export const statusCommand: Command = {
  summary: 'List the managed jobs: state, uptime, parallelism, last savepoint and its age',
  help: [
    'Usage: flinkops status [--env NAME] [--dir DIR] [--json] [--check] [--now ISO-8601]',
    '',
    'What runs on the cluster for this project and environment, joined with the state store.',
    '  --check                check the health rules (health: in job settings, defaults.health);',
    '                         exit 1 when a job breaches one, and say why',
    '  --now ISO-8601         evaluate ages, restart windows and schedules at that instant',
    ...clusterHelp,
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, statusOptions);
    const dir = projectDir(args, io);
    const json = boolOpt(args, 'json');
    const check = boolOpt(args, 'check');
    const env = commandEnv(args, io, dir, json);
    if (env === undefined) return EXIT.error;
    const instant = planInstant(stringOpt(args, 'now'));
    const options = {
      ...clusterRun(args, io, dir, env),
      offline: false,
      allowDelete: false,
      now: instant,
      onProgress: progressPrinter(io, json || !io.isTTY),
    };
    const run: HealthRun = check ? await runHealth(options) : await runPlan(options);
    const report = run.report;
    await run.client?.close();
    if (!run.plan || !run.live || !run.state || hasErrors(run.diags)) {
      reportDiagnostics(
        io,
        dir,
        run.diags.map((d) => ({ ...d, summary: mask(d.summary, run.secretValues) })),
      );
      return EXIT.error;
    }
    const now = Date.parse(instant);
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
    const verdict = report && !report.healthy ? EXIT.error : EXIT.ok;
    if (json) {
      const out = { project: run.plan.project, env, jobs: rows, ...(report ? { health: report } : {}) };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return verdict;
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
    if (report) io.stdout(`\n${formatHealth(report, s)}`);
    reportDiagnostics(io, dir, run.diags);
    return verdict;
  },
};
