import { isAbsolute, relative, resolve } from 'node:path';
import { affectedJobs, type DependencyGraph } from '../../compile';
import { hasErrors } from '../../core/diagnostics';
import { didYouMean } from '../../core/names';
import { runPlan } from '../../engine/plan-run';
import { differs, type Plan, type PlanTarget, unknownJobs } from '../../plan';
import { renderPlanJson, renderPlanTerminal } from '../../render';
import { boolOpt, type ParsedArgs, parseCommandArgs, stringOpt, UsageError } from '../args';
import { clusterHelp, clusterOptions, clusterRun, currentCommit, progressPrinter } from '../cluster-options';
import type { Command } from '../command';
import { mask, maskDiagnostic, projectDir, reportDiagnostics, sourcesOf } from '../context';
import { commitsOutsideCheckout } from '../git-contains';
import { EXIT, type Io } from '../io';
import { writeOutputFile } from '../output-file';
import { commandEnv } from './project-envs';

export const planOptions = {
  ...clusterOptions,
  out: { type: 'string', short: 'o' },
  offline: { type: 'boolean' },
  'allow-delete': { type: 'boolean' },
  'allow-version-upgrade': { type: 'boolean' },
  'allow-older-checkout': { type: 'boolean' },
  'write-plans': { type: 'boolean' },
  'detailed-exitcode': { type: 'boolean' },
  now: { type: 'string' },
  commit: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  target: { type: 'string', multiple: true },
  replace: { type: 'string', multiple: true },
} as const;

/** The jobs a repeatable, comma-separated option names (`--target a,b --target c`), sorted, once each. */
function jobList(args: ParsedArgs, option: 'target' | 'replace'): string[] {
  const v = args.values[option];
  const jobs = (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);
  return [...new Set(jobs)].sort();
}

/** `--replace JOB` (repeatable, or comma-separated): restart it with the repository's script, as Terraform's -replace. */
export function replaceOpt(args: ParsedArgs): string[] | undefined {
  const jobs = jobList(args, 'replace');
  return jobs.length > 0 ? jobs : undefined;
}

/** A job to replace that the repository does not have is a typo, not a no-op. */
export function checkReplacements(plan: Plan, replace: readonly string[], graph?: DependencyGraph): void {
  refuseUnknownJobs(plan, '--replace', replace, graph);
}

/**
 * A name that is a table, view or UDF of the repository rather than a job (dbt's `model+`):
 * what it is and the jobs whose scripts include it, directly or through views.
 */
function objectHint(graph: DependencyGraph | undefined, name: string): string | undefined {
  const node = graph?.nodes.find((n) => n.kind !== 'job' && n.name === name);
  if (!graph || !node) return undefined;
  const what = node.kind === 'udf' ? 'a UDF artifact' : `a ${node.kind.replace('_', ' ')}`;
  const jobs = affectedJobs(graph, [node.id]);
  return jobs.length
    ? `${name} is ${what}, not a job; the jobs that use it, directly or through views: ${jobs.join(', ')} (--target ${jobs.join(',')})`
    : `${name} is ${what}, not a job, and no job uses it`;
}

/** A usage error naming the jobs of `names` that the plan does not have, with the nearest name. */
function refuseUnknownJobs(
  plan: Plan,
  option: string,
  names: readonly string[],
  graph?: DependencyGraph,
): void {
  const unknown = unknownJobs(plan, names);
  if (unknown.length === 0) return;
  const objects = unknown.map((n) => objectHint(graph, n)).filter((h) => h !== undefined);
  const jobs = [...plan.changes, ...(plan.target?.omitted ?? [])].map((c) => c.job);
  const hint = unknown.length === 1 && !objects.length ? didYouMean(unknown[0]!, jobs) : undefined;
  throw new UsageError(
    `${option} names no job of ${plan.project}/${plan.env}: ${unknown.join(', ')}${hint ? `; did you mean ${hint}?` : ''}${objects.map((o) => `\n${o}`).join('')}`,
  );
}

/** `--target JOB` (repeatable, or comma-separated): plan only those jobs, as Terraform's -target. */
export function targetOpt(args: ParsedArgs): PlanTarget | undefined {
  const jobs = jobList(args, 'target');
  return jobs.length > 0 ? { jobs } : undefined;
}

/** A target naming no job is a typo, not an empty plan (or a table or view: its jobs are named). */
export function checkTargets(plan: Plan, graph?: DependencyGraph): void {
  refuseUnknownJobs(plan, '--target', plan.target?.jobs ?? [], graph);
}

/** --now as ISO-8601 (previews a run at that instant), else the current time. */
export function planInstant(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString();
  const t = Date.parse(value);
  // A time without a zone would be read in this machine's zone: ambiguous for schedules.
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  if (Number.isNaN(t) || !zoned)
    throw new UsageError(
      `--now must be an ISO-8601 instant with a zone, such as 2026-01-05T08:00:00Z or 2026-01-05T09:00:00+01:00, got '${value}'`,
    );
  return new Date(t).toISOString();
}

export const planCommand: Command = {
  help: [
    'Usage: flinkops plan [--env NAME] [--dir DIR] [--json] [--out FILE] [--detailed-exitcode] [--offline]',
    '',
    'Compiles the repository, observes the cluster and reads the state store, then shows one action per',
    'job: create, upgrade, rescale, suspend, resume, recover, delete, adopt or none. Jobs it would create',
    'or upgrade (or resume or recover with a script changed since they ran) are checked by the',
    "cluster's planner first (EXPLAIN on the SQL Gateway, nothing submitted).",
    '  --env NAME             the environment (required when flinkops.yaml defines several)',
    '  --out FILE             save the plan as JSON, for `flinkops apply FILE`',
    '  --json                 print the plan as JSON',
    '  --detailed-exitcode    exit 0 without changes, 2 with changes, 1 on error (as terraform plan);',
    '                         a change refused and skipped (deletion without --allow-delete) is one',
    '  --offline              plan against the state store alone, without the cluster',
    '  --allow-delete         plan deletions of jobs removed from the repository as allowed',
    '  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their',
    '                         savepoint although their state verdict is unknown',
    '  --allow-older-checkout  change jobs last changed from a commit this checkout does not',
    '                         contain (FO684), e.g. one a squash merge replaced',
    "  --write-plans          write each planMode: compiled job's plan to plans/<env>/<job>.json",
    '                         (the exact bytes Flink executes), for review in the pull request',
    '  --now ISO-8601         plan as if run at that instant (schedules)',
    '  --commit SHA           commit recorded in labels (default: GITHUB_SHA or git HEAD)',
    '  --verbose              show the full SQL diff of every changed job',
    '  --target JOB           plan only this job (repeatable); the plan says what it leaves out',
    "  --replace JOB          restart this running job with the repository's script, from a",
    '                         savepoint, though nothing changed (repeatable), e.g. an adopted job;',
    '                         a batch job whose run FINISHED runs again',
    ...clusterHelp,
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, planOptions);
    // `-out=-` is standard output to a Unix user: not a file named '-' left in the folder.
    if (stringOpt(args, 'out') === '-')
      throw new UsageError(
        '--out takes a file name; to print the plan as JSON on standard output, use --json',
      );
    const dir = projectDir(args, io);
    const json = boolOpt(args, 'json');
    const env = commandEnv(args, io, dir, json);
    if (env === undefined) return EXIT.error;
    const commit = currentCommit(args, io, dir);
    const target = targetOpt(args);
    const replace = replaceOpt(args);
    const run = await runPlan({
      ...clusterRun(args, io, dir, env),
      offline: boolOpt(args, 'offline'),
      ...(boolOpt(args, 'allow-older-checkout')
        ? {}
        : { outsideCheckout: commitsOutsideCheckout(dir, io.env) }),
      explain: true,
      allowDelete: boolOpt(args, 'allow-delete'),
      allowVersionUpgrade: boolOpt(args, 'allow-version-upgrade'),
      writePlans: boolOpt(args, 'write-plans'),
      checkpoints: 'for-restarts',
      now: planInstant(stringOpt(args, 'now')),
      ...(commit ? { commit } : {}),
      ...(target ? { target } : {}),
      ...(replace ? { replace } : {}),
      onProgress: progressPrinter(io, json || !io.isTTY),
    });
    await run.client?.close();
    const plan = run.plan;
    if (plan && target) checkTargets(plan, run.desired?.graph);
    if (plan && replace) checkReplacements(plan, replace, run.desired?.graph);
    if (!plan) {
      if (json) io.stdout(`${mask(JSON.stringify({ diagnostics: run.diags }, null, 2), run.secretValues)}\n`);
      else
        reportDiagnostics(
          io,
          dir,
          run.diags.map((d) => maskDiagnostic(d, run.secretValues)),
        );
      return EXIT.error;
    }
    // A plan with errors (a change refused by a policy or by the cluster's checkpoints, SQL the
    // cluster rejects) is shown whole, each error at its change, and fails: apply changes nothing
    // until they are fixed, and such a plan is not saved for it.
    const failed = hasErrors(run.diags);
    const out = failed ? undefined : stringOpt(args, 'out');
    if (out)
      writeOutputFile(
        'out',
        out,
        isAbsolute(out) ? out : resolve(io.cwd, out),
        renderPlanJson(plan),
        'plan.json',
      );
    if (json) io.stdout(mask(renderPlanJson(plan), run.secretValues));
    else {
      const text = renderPlanTerminal(plan, {
        color: io.color,
        verbose: boolOpt(args, 'verbose'),
        sources: sourcesOf(dir, plan.diagnostics),
      });
      io.stdout(mask(text, run.secretValues));
      if (out)
        io.stdout(
          plan.offline
            ? `\nSaved the plan to ${out}. It was made offline: plan against the cluster to get a plan apply accepts.\n`
            : `\nSaved the plan to ${out}. Apply it with: ${applyCommandLine(args, io, dir, out)}\n`,
        );
    }
    if (failed) {
      if (stringOpt(args, 'out'))
        io.stderr(`\nThe plan was not saved to ${stringOpt(args, 'out')}: it has errors.\n`);
      return EXIT.error;
    }
    if (!boolOpt(args, 'detailed-exitcode')) return EXIT.ok;
    return differs(plan) ? EXIT.changes : EXIT.ok;
  },
};

/** The apply command that finds the same project, cluster and store from where the user is. */
export function applyCommandLine(args: ParsedArgs, io: Io, dir: string, planFile: string): string {
  const words = ['flinkops', 'apply', planFile];
  const rel = relative(io.cwd, dir);
  if (rel !== '' && !io.env.FLINKOPS_DIR)
    words.push('--dir', rel.startsWith('..') || isAbsolute(rel) ? dir : rel);
  for (const k of ['jobmanager-url', 'sql-gateway-url', 'state-file', 'ca-file'] as const) {
    const v = stringOpt(args, k);
    if (v !== undefined) words.push(`--${k}`, v);
  }
  if (boolOpt(args, 'insecure-skip-verify')) words.push('--insecure-skip-verify');
  return words.map(shellWord).join(' ');
}

function shellWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`;
}
