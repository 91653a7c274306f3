import { hostname } from 'node:os';
import { isBatchJob } from '../../compile';
import { systemClock } from '../../core/clock';
import { type Diagnostic, error, hasErrors } from '../../core/diagnostics';
import { runGraceful } from '../../core/interrupt';
import { didYouMean, meantSuffix } from '../../core/names';
import { type PlanRun, runPlan } from '../../engine/plan-run';
import { SAVEPOINT_CODES } from '../../engine/savepoints-model';
import {
  listSavepoints,
  pinsOf,
  runSavepoints,
  type SavepointsEvent,
  type SavepointsReport,
  savepointSizes,
  savepointsFailed,
  startPoints,
} from '../../engine/savepoints-run';
import { renderSavepointList } from '../../render';
import { lockWaitLine } from '../../render/progress';
import { renamedTo } from '../../state/records';
import {
  boolOpt,
  commonOptions,
  durationOpt,
  type OptionSpec,
  type ParsedArgs,
  parseCommandArgs,
  stringOpt,
  UsageError,
} from '../args';
import {
  clusterHelp,
  clusterOptions,
  clusterRun,
  jobSecretValues,
  owner,
  progressPrinter,
  secretSource,
} from '../cluster-options';
import type { CliPorts, Command } from '../command';
import { chooseEnv, mask, maskDiagnostic, projectDir, reportDiagnostics } from '../context';
import { forceUnlock, forceUnlockHelp, forceUnlockOption } from '../force-unlock';
import { EXIT, type Io } from '../io';
import { planInstant } from './plan';
import { environmentsOf } from './project-envs';

export type { CliPorts } from '../command';

export const savepointsOptions = {
  ...clusterOptions,
  ...forceUnlockOption,
  now: { type: 'string' },
  'savepoint-timeout': { type: 'string' },
  'lock-timeout': { type: 'string' },
} as const;

/** `--savepoint-timeout`: how long a savepoint is awaited (apply's option, for the savepoint commands). */
export const savepointTimeoutHelp =
  "  --savepoint-timeout DUR  how long the savepoint is awaited before it is left pending (FO704;\n                         default 10min; keep it above the jobs' execution.checkpointing.timeout)";

/** `--lock-timeout` of the savepoint commands: a cron savepoint during an apply waits instead of failing. */
export const lockTimeoutHelp =
  '  --lock-timeout DUR     wait this long for the state lock another run (an apply) holds (default 0:\n                         fail at once)';

export function savepointTiming(args: ParsedArgs): {
  timing?: { savepointTimeoutMs?: number; lockTimeoutMs?: number };
} {
  const ms = durationOpt(args, 'savepoint-timeout');
  if (ms === 0) throw new UsageError('--savepoint-timeout must be longer than 0 (e.g. 30min)');
  const lock = durationOpt(args, 'lock-timeout');
  const timing = {
    ...(ms === undefined ? {} : { savepointTimeoutMs: ms }),
    ...(lock === undefined ? {} : { lockTimeoutMs: lock }),
  };
  return Object.keys(timing).length === 0 ? {} : { timing };
}

/** Compiles, reads the store and connects (observing once), for the savepoint commands. */
export async function openCluster(
  args: ParsedArgs,
  io: Io,
  ports: CliPorts,
  quiet: boolean,
  now?: string,
): Promise<{ dir: string; run: PlanRun; secretValues: string[] }> {
  const dir = projectDir(args, io);
  const env = chooseEnv(args, io, environmentsOf(dir));
  const secrets = secretSource(io);
  const run = await runPlan({
    ...clusterRun(args, io, dir, env),
    secrets,
    offline: false,
    allowDelete: false,
    now: now ?? new Date(ports.clock.now()).toISOString(),
    clock: ports.clock,
    ...(ports.client ? { client: ports.client } : {}),
    onProgress: progressPrinter(io, quiet),
  });
  return { dir, run, secretValues: [...run.secretValues, ...jobSecretValues(run.desired, secrets)] };
}

/**
 * Diagnostics of a command that stopped before its report: as JSON on stdout with --json (so a
 * machine reading stdout gets JSON whatever happened), else as reportMasked does. Masked both ways.
 */
export function reportStopped(
  io: Io,
  dir: string,
  diags: readonly Diagnostic[],
  secrets: readonly string[],
  json: boolean,
  fields: Record<string, unknown> = {},
): void {
  if (json) io.stdout(`${mask(JSON.stringify({ ...fields, diagnostics: diags }, null, 2), secrets)}\n`);
  else reportMasked(io, dir, diags, secrets);
}

export function reportMasked(
  io: Io,
  dir: string,
  diags: readonly Diagnostic[],
  secrets: readonly string[],
): void {
  reportDiagnostics(
    io,
    dir,
    diags.map((d) => maskDiagnostic(d, secrets)),
  );
}

/** Progress of savepoint work on stderr, one line per event. */
export function savepointProgress(io: Io, quiet: boolean): (e: SavepointsEvent) => void {
  if (quiet) return () => {};
  return (e) => {
    if (e.type === 'savepoint-started') io.stderr(`${e.job}: taking a savepoint of job ${e.jobId}\n`);
    else if (e.type === 'dispose-started') io.stderr(`${e.job}: disposing of ${e.path}\n`);
    else if (e.type === 'lock-wait') io.stderr(`${lockWaitLine(e.holder, e.timeoutMs)}\n`);
  };
}

const OUTCOME_TEXT: Record<string, string> = {
  taken: 'taken',
  'not-due': 'not due',
  'not-running': 'not running',
  'no-policy': 'no policy',
  'keep-only': 'keep only',
  skipped: 'skipped',
  failed: 'FAILED',
};

export function renderSavepointsReport(report: SavepointsReport): string {
  const lines = [`Savepoints at ${report.now}:`];
  if (!report.jobs.length) lines.push('  no jobs');
  const width = Math.max(12, ...report.jobs.map((j) => j.job.length));
  for (const j of report.jobs) {
    const facts = [
      j.savepoint ? `savepoint ${j.savepoint}` : '',
      j.outcome !== 'taken' && j.reason ? j.reason : '',
      j.nextDue ? `next due ${j.nextDue}` : '',
    ].filter(Boolean);
    lines.push(
      `  ${j.job.padEnd(width)}  ${(OUTCOME_TEXT[j.outcome] ?? j.outcome).padEnd(11)} ${facts.join(' · ')}`,
    );
    for (const p of j.disposed) lines.push(`  ${''.padEnd(width)}  ${'disposed'.padEnd(11)} ${p}`);
    for (const p of j.disposalFailed ?? [])
      lines.push(
        `  ${''.padEnd(width)}  ${'FAILED'.padEnd(11)} disposal of ${p} (still restorable; the next run tries again)`,
      );
    for (const r of j.retained)
      lines.push(`  ${''.padEnd(width)}  ${'kept'.padEnd(11)} ${r.path} (${r.why})`);
  }
  const count = (o: string) => report.jobs.filter((j) => j.outcome === o).length;
  const disposed = report.jobs.reduce((n, j) => n + j.disposed.length, 0);
  const notDisposed = report.jobs.reduce((n, j) => n + (j.disposalFailed?.length ?? 0), 0);
  const failedDisposals = notDisposed
    ? `, ${notDisposed} disposal${notDisposed === 1 ? '' : 's'} failed`
    : '';
  lines.push(
    '',
    `${count('taken')} taken, ${disposed} disposed, ${count('failed')} failed${failedDisposals}.`,
    '',
  );
  return lines.join('\n');
}

const RUN_STOP_NOTICE =
  'finishing the job under way (a savepoint in flight is recorded the moment it completes); no other job is started, then the lock is released.';

async function runCommand(args: ParsedArgs, io: Io, ports: CliPorts): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError(`savepoints run takes no job names`);
  const json = boolOpt(args, 'json');
  const nowText = stringOpt(args, 'now');
  const now = nowText === undefined ? undefined : planInstant(nowText);
  const timing = savepointTiming(args);
  const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY, now);
  if (!run.desired || !run.client || !run.store || (!run.live && hasErrors(run.diags))) {
    await run.client?.close();
    reportStopped(io, dir, run.diags, secretValues, json);
    return EXIT.error;
  }
  const unlocked = await forceUnlock(args, io, run.store, json);
  if (unlocked.length) {
    await run.client.close();
    reportStopped(io, dir, unlocked, secretValues, json);
    return EXIT.error;
  }
  const { desired, client, store } = run;
  // Ctrl-C: the savepoint under way is awaited and recorded, no other is started, the lock released.
  const report = await runGraceful(io.interrupt, RUN_STOP_NOTICE, (stop) =>
    runSavepoints({
      desired,
      client,
      store,
      clock: ports.clock,
      ...(now ? { now } : {}),
      owner: { who: owner(io), command: 'flinkops savepoints run', host: hostname() },
      secretValues,
      ...timing,
      hooks: { onEvent: savepointProgress(io, json) },
      stop,
    }),
  );
  await run.client.close();
  // `diagnostics`, as every other --json document (and this command's own when it stops early).
  const { diags, ...body } = report;
  if (json) io.stdout(`${mask(JSON.stringify({ ...body, diagnostics: diags }, null, 2), secretValues)}\n`);
  else {
    io.stdout(mask(renderSavepointsReport(report), secretValues));
    reportMasked(io, dir, report.diags, secretValues);
  }
  return savepointsFailed(report) ? EXIT.error : EXIT.ok;
}

async function listCommand(args: ParsedArgs, io: Io, ports: CliPorts): Promise<number> {
  const [job, ...rest] = args.positionals;
  if (!job || rest.length) throw new UsageError('savepoints list takes one job name');
  // Options of `savepoints run` only (help marks them "(run)"): refused rather than ignored.
  for (const option of ['force-unlock', 'lock-timeout', 'savepoint-timeout'])
    if (stringOpt(args, option) !== undefined)
      throw new UsageError(
        `savepoints list takes no lock and no savepoint; --${option} belongs to savepoints run`,
      );
  const json = boolOpt(args, 'json');
  const nowText = stringOpt(args, 'now');
  const now = nowText === undefined ? new Date(ports.clock.now()).toISOString() : planInstant(nowText);
  const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY, now);
  if (!run.desired || !run.state) {
    await run.client?.close();
    reportStopped(io, dir, run.diags, secretValues, json, { job });
    return EXIT.error;
  }
  const record = run.state.doc.jobs[job];
  const desiredJob = run.desired.jobs.find((j) => j.name === job);
  if (!record && !desiredJob) {
    await run.client?.close();
    const known = [...new Set([...run.desired.jobs.map((j) => j.name), ...Object.keys(run.state.doc.jobs)])];
    const to = renamedTo(run.state.doc, job);
    const text =
      `No job '${job}' in the repository or the state store${meantSuffix(job, known)} (known: ${known.sort().join(', ') || 'none'}).` +
      (to ? ` It was renamed to ${to} (movedFrom): its savepoints and history are under ${to} now.` : '');
    if (json)
      reportStopped(
        io,
        dir,
        [error(SAVEPOINT_CODES.notRunning, `no job '${job}' in the repository or the state store`, text)],
        secretValues,
        true,
        { job },
      );
    else io.stderr(`${text}\n`);
    return EXIT.error;
  }
  // Sizes come from the cluster while it still lists the job; the list itself is the store's.
  const ids = (run.live?.jobs ?? []).filter((j) => j.job === job).map((j) => j.jobId);
  const sizes = run.client && ids.length ? await savepointSizes(run.client, ids) : new Map<string, number>();
  await run.client?.close();
  const entries = listSavepoints(
    desiredJob,
    record,
    now,
    sizes,
    pinsOf(run.desired.jobs),
    run.live?.observed ? run.live.flinkVersion : undefined,
  );
  const startedFrom = startPoints(record);
  if (json)
    io.stdout(
      `${mask(JSON.stringify({ job, now, startedFrom, savepoints: entries }, null, 2), secretValues)}\n`,
    );
  else {
    const batch = desiredJob !== undefined && isBatchJob(desiredJob);
    io.stdout(mask(renderSavepointList(job, entries, { color: io.color, batch }, startedFrom), secretValues));
  }
  if (!run.live) reportMasked(io, dir, run.diags, secretValues);
  return EXIT.ok;
}

export function savepointsCommandWith(ports: CliPorts): Command {
  return {
    help: [
      'Usage: flinkops savepoints run [--env NAME] [--dir DIR] [--now ISO-8601] [--json]',
      '       flinkops savepoints list JOB [--env NAME] [--dir DIR] [--json]',
      '',
      'run: for every running job with `savepoints: {every, keep, maxAge}` whose newest savepoint is',
      'older than `every`, takes a savepoint (recorded the moment it completes), then disposes of those',
      'beyond `keep` or older than `maxAge` — never one a rollback, a resume or a pinned restoreFrom needs.',
      'Holds the state store lock. Running it again at the same time does nothing. Exit 1 on a failure.',
      'Ctrl-C (SIGINT) or SIGTERM: the job under way finishes (its savepoint recorded), no other is',
      'started, the lock is released; exit 130/143. A second signal stops at once.',
      'list: every savepoint recorded for JOB, newest first: time, age, kind, the spec it was taken',
      'from (current: restores the spec the repository compiles to now), the Flink release that',
      'wrote it (`not on X`: the cluster, of an older major release, cannot restore it), size, disposed or not;',
      'above them, what the running job was started from (a pin, a savepoint taken by hand, a chk-N).',
      '  --now ISO-8601         measure `every` and ages at that instant (scheduled runs)',
      '  --json                 print the report (run) or the list (list) as JSON',
      `${savepointTimeoutHelp} (run)`,
      `${forceUnlockHelp} (run)`,
      `${lockTimeoutHelp} (run)`,
      ...clusterHelp,
    ].join('\n'),
    async run(argv, io) {
      // The subcommand is the first positional, so `savepoints --env prod list JOB` works too.
      const sub = parseCommandArgs(argv, savepointsOptions, Number.POSITIVE_INFINITY).positionals[0];
      const at = sub === undefined ? -1 : subcommandIndex(argv, sub);
      const args = parseCommandArgs(
        at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)],
        savepointsOptions,
        Number.POSITIVE_INFINITY,
      );
      if (sub === 'run') return runCommand(args, io, ports);
      if (sub === 'list') return listCommand(args, io, ports);
      const hint = sub === undefined ? undefined : didYouMean(sub, ['run', 'list']);
      throw new UsageError(
        sub === undefined
          ? 'savepoints needs a subcommand: run or list'
          : `unknown subcommand '${sub}'${hint ? `; did you mean '${hint}'?` : ''} (run, list)`,
      );
    },
  };
}

export const savepointsCommand = savepointsCommandWith({ clock: systemClock });

/** Where the subcommand sits in argv: the first occurrence that is not the value of a string option. */
function subcommandIndex(argv: readonly string[], sub: string): number {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== sub) continue;
    const prev = argv[i - 1];
    const name = prev?.startsWith('--') ? prev.slice(2) : undefined;
    const short = prev && /^-[a-z]$/.test(prev) ? prev.slice(1) : undefined;
    const spec: OptionSpec = { ...commonOptions, ...savepointsOptions };
    const takesValue =
      (name !== undefined && !name.includes('=') && spec[name]?.type === 'string') ||
      (short !== undefined && Object.values(spec).some((o) => o.short === short && o.type === 'string'));
    if (!takesValue) return i;
  }
  return -1;
}
