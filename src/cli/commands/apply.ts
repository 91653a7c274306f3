import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { APPLY_CODES, describeSteps, toSteps } from '../../apply';
import { systemClock } from '../../core/clock';
import { type Diagnostic, error, hasErrors } from '../../core/diagnostics';
import { runGraceful } from '../../core/interrupt';
import { applyFailed, planMatchesRepository, runApply } from '../../engine/apply-run';
import { closeRun, type PlanRunOptions, runPlan } from '../../engine/plan-run';
import { hasChanges, type Plan } from '../../plan';
import { PLAN_FILE_CODES, parsePlanJson, planMatchesFreshPlan } from '../../plan/plan-file';
import { explainJson, renderApplyReport, renderFailureDetails, renderPlanTerminal } from '../../render';
import { boolOpt, durationOpt, intOpt, parseCommandArgs, stringOpt, UsageError } from '../args';
import {
  clusterHelp,
  clusterRun,
  currentCommit,
  jobSecretValues,
  owner,
  progressPrinter,
  secretSource,
} from '../cluster-options';
import type { CliPorts, Command } from '../command';
import { mask, projectDir, reportDiagnostics } from '../context';
import { forceUnlock, forceUnlockHelp, forceUnlockOption } from '../force-unlock';
import { commitsOutsideCheckout } from '../git-contains';
import { EXIT } from '../io';
import { applyProgress } from '../progress';
import { checkReplacements, checkTargets, planInstant, planOptions, replaceOpt, targetOpt } from './plan';
import { commandEnv } from './project-envs';
import { savepointTiming } from './savepoints';

/** What the first Ctrl-C (or CI cancel) during an apply does. */
const STOP_NOTICE =
  'stopping after the steps in flight (a savepoint in progress is awaited and recorded); no new step starts, and the state lock is released if this run holds it.';

/**
 * `plan`'s options that only shape plan's own output. apply refuses them (FO001) rather than
 * take and ignore them: `apply --offline` would still change the cluster. (`--verbose` shapes
 * the plan apply shows before it asks, as plan's.)
 */
const PLAN_ONLY = new Set(['out', 'offline', 'detailed-exitcode', 'write-plans']);
const applyPlanOptions = Object.fromEntries(Object.entries(planOptions).filter(([k]) => !PLAN_ONLY.has(k)));

/** JobManager log lines shown under a failed apply. */
const LOG_TAIL_LINES = 50;

export function applyCommandWith(ports: CliPorts): Command {
  return {
    help: [
      'Usage: flinkops apply [PLAN.json] [--env NAME] [--dir DIR] [--auto-approve] [--explain] [--json]',
      '',
      "Without a file: plans as `flinkops plan` does (what the cluster's planner rejects is an error",
      'and nothing is applied), shows the plan and asks for confirmation (on a terminal; elsewhere',
      '--auto-approve is required). With a file saved by `flinkops plan --out`: applies exactly that',
      'plan, refused if the cluster or the state store changed since, if the repository changed a job',
      'the plan changes (edits of other jobs wait for the next plan, as in Terraform), or if --env',
      "(or FLINKOPS_ENV) names another environment than the plan's. A change edited in the file",
      '(an upgrade made stateless, another restoreFrom, a job taken out) is refused: it is not what',
      'flinkops plans.',
      'Holds the state store lock for the whole run; every savepoint is recorded the moment it',
      'completes; a new job that does not stay healthy is rolled back from the same savepoint, and so',
      'is a version a later run recovers or resumes before it was ever stable, while it restores from',
      "the stable version's savepoint. A new job whose health cannot be read (the JobManager does",
      'not answer) is left running, not rolled back: the next apply finishes its check. A change',
      'rolled back is not tried again while the repository asks for exactly it (FO601): change the',
      'job, or apply with --replace JOB to try it again as it is. A savepoint is awaited for 2',
      'minutes at most while the JobManager does not answer at all: it stays pending, and the next',
      'apply looks for it first (FO704).',
      'When a change fails, prints its root cause and the last 50 lines of the JobManager log',
      "about the failed jobs (their entries and the log's warnings and errors, without stack",
      'frames; secrets masked; with --json, as jobmanagerLog).',
      'Ctrl-C (SIGINT) or a cancelled CI run (SIGTERM): no new step starts, the steps in flight reach',
      'a safe point (a savepoint in progress is awaited and recorded, a health check is left for the',
      'next plan to show), the lock is released and the report says what was done; exit 130/143.',
      'A second signal stops at once; the next run sees the lock it leaves is dead and breaks it.',
      'Exit 0 when every change was applied (or there was none), 1 when one failed or was rolled',
      'back (the others still applied: see each outcome), when the plan is refused, stale or has',
      'errors, and on any other error.',
      '  --auto-approve         do not ask for confirmation',
      '  --explain              print the steps apply would take, and stop',
      '  --parallelism N        jobs worked on at once (default 4)',
      '  --health-grace DUR     how long a new job must stay healthy before it counts (default 30s)',
      '  --checkpoint-wait DUR  then, with checkpointing on, how long to wait for its first completed',
      '                         checkpoint (default 10min; 0 skips that check)',
      '  --savepoint-timeout DUR  how long a savepoint (a stop with savepoint) is awaited before the',
      '                         job is left as it is and the savepoint recorded as pending (FO704;',
      "                         default 10min; keep it above the jobs' execution.checkpointing.timeout)",
      '  --batch-timeout DUR    how long a batch job (execution.runtime-mode: batch) may run until it',
      '                         has FINISHED, its success (default 2h)',
      '  --allow-delete         delete jobs removed from the repository (final savepoint first)',
      '  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their',
      '                         savepoint although their state verdict is unknown',
      '  --allow-older-checkout  change jobs last changed from a commit this checkout does not',
      '                         contain (FO684), e.g. one a squash merge replaced',
      forceUnlockHelp,
      '  --lock-timeout DUR     wait this long for a lock another run holds (default 0: fail at once);',
      '                         with --auto-approve, a plan that run made stale is made again and applied',
      '  --now ISO-8601         plan and apply as if run at that instant (schedules)',
      '  --commit SHA           commit recorded in labels (default: GITHUB_SHA or git HEAD)',
      '  --verbose              show the full SQL diff of every changed job in the plan shown',
      '  --target JOB           plan and apply only this job (repeatable); not with a saved plan',
      "  --replace JOB          restart this running job with the repository's script, from a",
      '                         savepoint, though nothing changed (repeatable); not with a saved plan;',
      '                         a batch job whose run FINISHED runs again',
      '  --json                 print the apply report as JSON; a refused plan file too, as',
      '                         {"changes": [], "diagnostics": [...]}',
      ...clusterHelp,
    ].join('\n'),
    async run(argv, io) {
      const args = parseCommandArgs(
        argv,
        {
          ...applyPlanOptions,
          'auto-approve': { type: 'boolean', short: 'y' },
          explain: { type: 'boolean' },
          parallelism: { type: 'string' },
          ...forceUnlockOption,
          'health-grace': { type: 'string' },
          'checkpoint-wait': { type: 'string' },
          'batch-timeout': { type: 'string' },
          'savepoint-timeout': { type: 'string' },
          'lock-timeout': { type: 'string' },
        },
        1,
      );
      const checkpointWaitMs = durationOpt(args, 'checkpoint-wait');
      const graceMs = durationOpt(args, 'health-grace');
      const batchTimeoutMs = durationOpt(args, 'batch-timeout');
      const savepointTimeoutMs = savepointTiming(args).timing?.savepointTimeoutMs;
      const lockTimeoutMs = durationOpt(args, 'lock-timeout');
      // Read before planning, so a bad value is said at once, also when nothing is to change.
      const parallelism = intOpt(args, 'parallelism', 4);
      const dir = projectDir(args, io);
      const json = boolOpt(args, 'json');
      // With --json, every outcome is one document on stdout, a refusal too: CI reads it with jq.
      const refuse = (diags: Diagnostic[], m: (s: string) => string = (s) => s) => {
        if (json) io.stdout(`${m(JSON.stringify({ changes: [], diagnostics: diags }, null, 2))}\n`);
        else
          reportDiagnostics(
            io,
            dir,
            diags.map((d) => ({ ...d, summary: m(d.summary), detail: m(d.detail) })),
          );
        return EXIT.error;
      };
      const planFile = args.positionals[0];
      let saved: Plan | undefined;
      if (planFile) {
        const path = isAbsolute(planFile) ? planFile : resolve(io.cwd, planFile);
        let text: string;
        try {
          text = readFileSync(path, 'utf8');
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          const why =
            code === 'ENOENT'
              ? 'no such file; save a plan with `flinkops plan --out FILE`'
              : code === 'EISDIR'
                ? 'it is a folder'
                : (e as Error).message;
          if (!json) throw new UsageError(`cannot read the plan file ${planFile}: ${why}`);
          return refuse([
            error(
              PLAN_FILE_CODES.invalid,
              `cannot read the plan file ${planFile}: ${why}`,
              'Pass the file written by `flinkops plan --out plan.json`.',
            ),
          ]);
        }
        const parsed = parsePlanJson(text, planFile);
        if (!parsed.value) return refuse(parsed.diags);
        saved = parsed.value;
      }
      const target = targetOpt(args);
      if (saved && target)
        throw new UsageError(
          '--target is for a new plan: a saved plan is applied as it was made (with its own target)',
        );
      const replace = replaceOpt(args);
      if (saved && replace)
        throw new UsageError(
          '--replace is for a new plan: a saved plan is applied as it was made (plan --replace JOB --out FILE saves one that replaces)',
        );
      if (saved) {
        const other = savedPlanForOtherEnv(
          saved,
          stringOpt(args, 'env') || undefined,
          io.env.FLINKOPS_ENV || undefined,
        );
        if (other) return refuse([other]);
      }
      const env = saved?.env ?? commandEnv(args, io, dir, json);
      if (env === undefined) return EXIT.error;
      const nowText = stringOpt(args, 'now');
      const commit = currentCommit(args, io, dir);
      const secrets = secretSource(io);
      const planOptions: Omit<PlanRunOptions, 'client'> = {
        ...clusterRun(args, io, dir, env),
        secrets,
        ...(boolOpt(args, 'allow-older-checkout')
          ? {}
          : { outsideCheckout: commitsOutsideCheckout(dir, io.env) }),
        offline: false,
        allowDelete: boolOpt(args, 'allow-delete'),
        allowVersionUpgrade: boolOpt(args, 'allow-version-upgrade'),
        checkpoints: 'for-restarts',
        // The plan apply shows and carries out is `plan`'s: what the cluster's planner rejects is an
        // error here too, before a running job is stopped for a script Flink will not start.
        explain: true,
        stateVerdicts: true,
        keepPrevious: true,
        now: nowText === undefined ? new Date(ports.clock.now()).toISOString() : planInstant(nowText),
        ...(commit ? { commit } : {}),
        ...(target ? { target } : {}),
        ...(replace ? { replace } : {}),
        clock: ports.clock,
        onProgress: progressPrinter(io, json || !io.isTTY),
      };
      const run = await runPlan({ ...planOptions, ...(ports.client ? { client: ports.client } : {}) });
      // Auth secrets, and the values of the jobs' ${secret.X}: a cluster message or log may echo one.
      const secretValues = [...run.secretValues, ...jobSecretValues(run.desired, secrets)];
      const m = (s: string) => mask(s, secretValues);
      const fail = async (diags: Diagnostic[]) => {
        await closeRun(run);
        return refuse(diags, m);
      };
      if (!run.plan || !run.desired || !run.client || !run.store || hasErrors(run.diags))
        return fail(run.diags);
      // Before anything else: the lock it names goes even when there turns out to be nothing to do.
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) return fail(unlocked);
      const plan = saved ?? run.plan;
      if (target || replace) {
        try {
          if (target) checkTargets(plan, run.desired.graph);
          if (replace) checkReplacements(plan, replace, run.desired.graph);
        } catch (e) {
          await run.client.close();
          throw e;
        }
      }
      if (saved) {
        const mismatch = [
          ...planMatchesRepository(saved, run.desired, run.plan.commit),
          ...planMatchesFreshPlan(saved, run.plan, planFile!),
        ];
        if (mismatch.length) return fail(mismatch);
        const elsewhere = savedPlanForOtherCluster(saved, run.plan);
        if (elsewhere) return fail([elsewhere]);
      }

      if (boolOpt(args, 'explain')) {
        const steps = toSteps(plan, run.desired, run.state?.doc);
        io.stdout(
          json ? `${m(JSON.stringify(explainJson(plan, steps), null, 2))}\n` : m(describeSteps(steps)),
        );
        await closeRun(run);
        return EXIT.ok;
      }
      if (!json)
        io.stdout(m(renderPlanTerminal(plan, { color: io.color, verbose: boolOpt(args, 'verbose') })));
      if (!hasChanges(plan)) {
        await closeRun(run);
        if (json) io.stdout(`${JSON.stringify({ changes: [], diagnostics: plan.diagnostics }, null, 2)}\n`);
        else {
          const refused = plan.changes.filter((c) => c.refused).length;
          if (refused > 0)
            io.stdout(
              `\nNothing applied: the plan's ${refused === 1 ? 'one change is' : `${refused} changes are`} refused (see above).\n`,
            );
          // "The cluster matches the repository" was true when the plan was saved: say when it no longer is.
          else if (saved && hasChanges(run.plan))
            io.stdout(
              `\nNothing applied: ${planFile} has no changes, but the repository or the cluster changed since it was saved. Run flinkops plan to see what a plan made now would do.\n`,
            );
        }
        return EXIT.ok;
      }
      if (!saved && !boolOpt(args, 'auto-approve')) {
        if (!io.confirm || !io.isTTY) {
          await closeRun(run);
          throw new UsageError('apply without a terminal needs --auto-approve (or apply a saved plan file)');
        }
        const ok = await io.confirm('\nDo you want to perform these actions? Only "yes" is accepted:');
        if (!ok) {
          await closeRun(run);
          io.stdout('Apply cancelled.\n');
          return EXIT.error;
        }
      }

      const progress = applyProgress(io, m);
      const { desired, client, store } = run;
      // A plan someone approved (or saved) is applied as it is: a stale one is refused, not re-planned.
      // With --auto-approve nobody approved this plan: one that went stale while this run waited
      // for another run's lock is made again and applied, as Terraform plans once it holds the lock.
      const replan = !saved && boolOpt(args, 'auto-approve');
      const { report, log } = await runGraceful(io.interrupt, STOP_NOTICE, (stop) =>
        runApply({
          plan,
          desired,
          client,
          ...(run.previous ? { previous: run.previous } : {}),
          store,
          clock: ports.clock,
          secrets,
          secretValues,
          owner: { who: owner(io), command: 'flinkops apply', host: hostname() },
          parallelism,
          ...(commit ? { commit } : {}),
          timing: {
            ...(graceMs !== undefined ? { graceMs } : {}),
            ...(checkpointWaitMs !== undefined ? { checkpointWaitMs } : {}),
            ...(batchTimeoutMs !== undefined ? { batchTimeoutMs } : {}),
            ...(savepointTimeoutMs !== undefined ? { savepointTimeoutMs } : {}),
            ...(lockTimeoutMs !== undefined ? { lockTimeoutMs } : {}),
          },
          hooks: json ? {} : { onEvent: progress.onEvent },
          stop,
          failureLog: { lines: LOG_TAIL_LINES },
          ...(replan
            ? {
                replanIfStale: planOptions,
                onReplan: () =>
                  io.stderr(
                    'The state store or the cluster changed while this run waited for the lock: planning again.\n',
                  ),
                onReplanned: (fresh: Plan) => {
                  if (!json)
                    io.stdout(
                      m(renderPlanTerminal(fresh, { color: io.color, verbose: boolOpt(args, 'verbose') })),
                    );
                },
              }
            : {}),
        }),
      );
      progress.done();
      await closeRun(run);
      if (json) {
        // `diagnostics`, as in every other command's JSON.
        const { diags, ...rest } = report;
        const out = { ...rest, diagnostics: diags, ...(log ? { jobmanagerLog: log } : {}) };
        io.stdout(`${m(JSON.stringify(out, null, 2))}\n`);
      } else {
        io.stdout(m(renderApplyReport(report)));
        if (log)
          io.stdout(
            m(
              renderFailureDetails(report, log.lines, {
                color: io.color,
                ...(log.unavailable ? { logUnavailable: log.unavailable } : {}),
              }),
            ),
          );
        reportDiagnostics(
          io,
          dir,
          report.diags.map((d) => ({ ...d, summary: m(d.summary), detail: m(d.detail) })),
        );
      }
      return applyFailed(report) ? EXIT.error : EXIT.ok;
    },
  };
}

export const applyCommand = applyCommandWith({ clock: systemClock });

/**
 * A saved plan names its environment; an environment named besides (`--env`, or FLINKOPS_ENV)
 * that is another one is a mistake to stop at, not to override in silence.
 */
/** A saved plan applies only on the cluster it observed: not on one another URL (an export) reaches. */
function savedPlanForOtherCluster(saved: Plan, now: Plan): Diagnostic | undefined {
  const was = saved.cluster?.jobmanagerUrl;
  const is = now.cluster?.jobmanagerUrl;
  if (was === undefined || is === undefined || was === is) return undefined;
  return error(
    APPLY_CODES.planForOtherCluster,
    `the plan was made against the cluster at ${was}, and this run reaches ${is}`,
    `A saved plan applies on the cluster it was made against. Apply it with that cluster's URL (check FLINKOPS_JOBMANAGER_URL and --jobmanager-url), or plan again for ${is}: flinkops plan --env ${saved.env} --out FILE.`,
  );
}

function savedPlanForOtherEnv(
  saved: Plan,
  flag: string | undefined,
  fromEnv: string | undefined,
): Diagnostic | undefined {
  const [named, how] = flag !== undefined ? [flag, '--env'] : [fromEnv, 'FLINKOPS_ENV'];
  if (named === undefined || named === saved.env) return undefined;
  return error(
    APPLY_CODES.planForOtherEnv,
    `the plan is for environment ${saved.env}, and ${how} names ${named}`,
    `A saved plan applies to the environment it was made for. Apply it without ${how} (or with ${saved.env}), or make a plan for ${named}: flinkops plan --env ${named} --out FILE.`,
  );
}
