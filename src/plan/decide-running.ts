/**
 * Deciding for a job that runs on the cluster (or, offline, that the store says
 * runs): adopt it when it carries no labels, suspend it, bring it back from drift,
 * upgrade it when its spec hash moved, rescale it when only parallelism did.
 */
import { isBatchJob } from '../compile/runtime-mode';
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import { LABEL_KEYS } from '../core/names';
import type { LiveJob } from '../observe/model';
import type { RolledBackChange } from '../state/model';
import { isRecordedRun } from '../state/records';
import { describeCauses, specCauses } from './causes';
import { PLAN_CODES } from './codes';
import { compatibility } from './compat';
import { type Decision, fileRange, type JobInputs, MEANWHILE, specHashOf } from './job-inputs';
import { objectName, otherSinks } from './live-tables';
import type { Cause, JobChange } from './model';
import {
  effectiveParallelism,
  liveMaxParallelism,
  maxParallelismDrift,
  rescaleMode,
  runningBelow,
} from './parallelism';
import { pinRewinds } from './restore-points';
import { diffScripts, rescaleVerdict, specChange, warnAdoptedState } from './spec-change';
import { backendSwitch, pinnedFormat } from './state-backend';

export function decideRunning(j: JobInputs, observed: LiveJob): Decision {
  const { job, current, run, ctx, diags, base, to } = j;
  const running = {
    ...observed,
    parallelism: effectiveParallelism(observed, j.record, job.settings.parallelism),
  };
  const from = { parallelism: running.parallelism, ...specHashOf(running) };
  const liveIds = ctx.observed
    ? { liveJobId: running.jobId, liveState: running.state }
    : { liveJobId: running.jobId };
  // An adopted job keeps running without labels; the store knows it by its job id.
  const liveHash =
    running.labels?.[LABEL_KEYS.specHash] ?? (isRecordedRun(current, running) ? current.specHash : undefined);
  if (liveHash === undefined) {
    if (running.state !== 'RUNNING') {
      diags.push({
        code: PLAN_CODES.transitional,
        severity: 'info',
        summary: `Job ${job.name} is ${running.state} and shows no labels yet`,
        detail: 'Its labels are read once it runs; plan again then.',
      });
      return {
        change: {
          ...base,
          action: 'none',
          reason: `${running.state}: labels not readable yet`,
          causes: [],
          ...liveIds,
          from,
          to,
        },
        diags,
      };
    }
    // The repo wants it suspended: taken over and stopped with a savepoint in one apply.
    if (run.state === 'suspended') {
      return {
        change: {
          ...base,
          action: 'suspend',
          reason: `runs without flinkops labels, and ${run.reason}: ${stopWords(job, running)}`,
          ...batchMark(job, running),
          causes: [{ kind: 'cluster', path: 'labels', to: 'missing' }, run.cause!],
          ...liveIds,
          from,
          to,
        },
        diags,
      };
    }
    if (ctx.replace?.has(job.name)) return replaced(j, liveIds, from, [LABELS_MISSING]);
    const known = current?.script !== undefined;
    if (!known) {
      diags.push(
        warning(
          PLAN_CODES.adoptUnknownScript,
          `Job ${job.name} is adopted without knowing its script`,
          'It runs under the managed name but carries no flinkops labels, so what it runs cannot be compared ' +
            'with the repo. Adopting keeps it running; the next change upgrades it from a savepoint. ' +
            `To restart it now with the repository's script, from a savepoint: plan and apply with --replace ${job.name}.`,
          fileRange(job.sqlFile),
        ),
      );
    }
    // The job flinkops started ended on the cluster and another, without labels, runs in its place:
    // it was stopped and submitted again by hand, with a script and settings flinkops cannot read.
    const replacedRun = known
      ? j.live.find((l) => l.jobId === current.jobId && isTerminal(l.state))
      : undefined;
    if (known && replacedRun) {
      const sp = replacedRun.latestSavepoint ? `, last savepoint ${replacedRun.latestSavepoint.path}` : '';
      diags.push(
        warning(
          PLAN_CODES.replacedByHand,
          `Job ${job.name} was replaced outside flinkops`,
          `flinkops deployed it as job ${current.jobId}, which is ${replacedRun.state}${sp}; job ${running.jobId} now runs under ${job.pipelineName} without flinkops labels, ` +
            'so its SQL and settings cannot be compared with the repository. Adopting keeps it running as it is; ' +
            `to run the repository's script and settings again, from a savepoint of it, plan and apply with --replace ${job.name}.`,
          fileRange(job.sqlFile),
        ),
      );
    }
    const other = known ? undefined : otherSinks(running.vertices, job.sinks);
    if (other) {
      const theirs = other.join(', ');
      diags.push(
        warning(
          PLAN_CODES.adoptOtherQuery,
          `Job ${job.name}: the job running under its name writes ${theirs}, not ${job.sinks.map(objectName).join(', ')}`,
          `Job ${running.jobId} carries the managed name ${job.pipelineName} but no flinkops labels, and its operators write ${theirs}: ` +
            'it is likely another query, which adopting would take over, and whose state the next upgrade would try to restore into this job. ' +
            `Rename or stop that job if it is not this one (then plan again: the job is created); to replace it now with the repository's script, plan and apply with --replace ${job.name} (set upgradeMode: stateless in ${job.yamlFile ?? `jobs/${job.name}.yaml`} to start without its state).`,
          fileRange(job.sqlFile),
        ),
      );
    }
    const sqlDiff = known ? diffScripts(current.script, job) : undefined;
    // Taken over as it runs, at its parallelism: the repository's, if another, is a rescale of the
    // next apply (said here, not shown as a change this apply makes).
    const rescaleLater =
      running.parallelism !== job.settings.parallelism
        ? `; it runs at parallelism ${running.parallelism}: the repository's ${job.settings.parallelism} is a rescale of the next apply`
        : '';
    return {
      change: {
        ...base,
        action: 'adopt',
        reason:
          (known
            ? 'runs without flinkops labels: taken over, not restarted'
            : 'runs without flinkops labels: taken over, not restarted; the script it was started from cannot be known') +
          rescaleLater,
        causes: [{ kind: 'cluster', path: 'labels', to: 'missing' }],
        ...liveIds,
        from,
        to: { ...to, parallelism: running.parallelism },
        ...(sqlDiff ? { sqlDiff } : {}),
      },
      diags,
    };
  }
  const causes: Cause[] = [];
  // The submission an interrupted apply made (FO616 says so): flinkops started it, not someone else.
  const pending = j.record?.pending;
  const ownSubmit = pending?.kind === 'submit' && pending.specHash === liveHash;
  const drift = current !== undefined && liveHash !== current.specHash && !ownSubmit;
  if (drift) {
    causes.push({ kind: 'drift', path: LABEL_KEYS.specHash, from: current.specHash, to: liveHash });
    diags.push(
      warning(
        PLAN_CODES.drift,
        `Job ${job.name} was changed outside flinkops`,
        `It runs spec ${liveHash} while the state store recorded ${current.specHash}. ` +
          (liveHash === job.restartHash
            ? 'It already runs the repo’s spec; the store is brought up to date on apply.'
            : 'The plan brings it back to the repo’s spec.') +
          otherStore(running, current.jobId),
      ),
    );
  }
  const keyGroups = drift ? undefined : maxParallelismDrift(j, running);
  if (keyGroups) diags.push(keyGroups);
  if (run.state === 'suspended') {
    return {
      change: {
        ...base,
        action: 'suspend',
        reason: `${run.reason}: ${stopWords(job, running)}`,
        ...batchMark(job, running),
        causes: [...causes, run.cause!],
        ...liveIds,
        from,
        to,
      },
      diags,
    };
  }
  // A change an apply rolled back is not tried again unchanged (as Flink's Kubernetes Operator
  // does not retry a failed spec): every apply would cost a savepoint, a failed start and a rollback.
  const rolledBack = drift ? undefined : heldRollback(j);
  // A move rolled back leaves the job on the cluster being left (moveFrom), running what the
  // repository asks for: the move itself is what is held.
  const held =
    rolledBack &&
    (liveHash !== job.restartHash ||
      running.parallelism !== job.settings.parallelism ||
      running.previousCluster)
      ? rolledBack
      : undefined;
  if (held) diags.push(heldWarning(j, held, running.jobId));
  else if (liveHash !== job.restartHash) {
    // A batch run still going keeps no state worth a savepoint (Flink takes none of it): it is
    // cancelled and the new version runs, also when the repository's new version is a streaming job.
    const batch = runsBatch(job, running);
    const strategy = batch ? 'stateless' : (job.settings.upgradeMode ?? 'savepoint');
    const spec = specChange(j, strategy, !batch, !drift);
    const all = [...causes, ...(spec.causes ?? [])];
    const why = describeCauses(spec.causes ?? []);
    // A new restoreFrom is a redeploy: the new version starts from the pinned savepoint, not a fresh one.
    const pinned = all.some((c) => c.path === 'restoreFrom') ? job.settings.restoreFrom : undefined;
    if (pinned && strategy !== 'stateless') pinRewinds(spec.compatibility, pinned, j.record, running);
    if (pinned && spec.compatibility && strategy !== 'stateless')
      backendSwitch(
        spec.compatibility,
        current?.settings?.config,
        job.settings.config,
        job.yamlFile ?? `jobs/${job.name}.yaml`,
        pinned,
        pinnedFormat(pinned, j.live, j.record),
        j.ctx.defaultStateBackend,
      );
    return {
      change: {
        ...base,
        action: 'upgrade',
        strategy,
        reason: drift
          ? `changed outside flinkops (spec ${liveHash.slice(0, 12)}, recorded ${current!.specHash.slice(0, 12)}): planned back to the repo's spec`
          : batch
            ? `${why || 'spec changed'}: the batch run is cancelled (Flink takes no savepoint of it) and the new version starts`
            : `${why || 'spec changed'}: ${strategy} upgrade`,
        ...spec,
        causes: all,
        ...(pinned ? { restoreFrom: pinned } : {}),
        ...liveIds,
        from,
        to,
      },
      diags,
    };
  }
  if (ctx.replace?.has(job.name)) return replaced(j, liveIds, from, causes);
  if (!held && running.parallelism !== job.settings.parallelism) {
    if (current && current.parallelism === job.settings.parallelism) {
      causes.push({
        kind: 'drift',
        path: 'parallelism',
        from: String(current.parallelism),
        to: String(running.parallelism),
      });
    }
    causes.push({
      kind: 'setting',
      path: 'parallelism',
      from: String(running.parallelism),
      to: String(job.settings.parallelism),
    });
    // A batch run can be neither rescaled in place nor stopped with a savepoint: it runs again.
    if (runsBatch(job, running)) {
      return {
        change: {
          ...base,
          action: 'upgrade',
          strategy: 'stateless',
          reason: `parallelism ${running.parallelism} → ${job.settings.parallelism}: the batch run is cancelled and runs again`,
          causes,
          ...liveIds,
          from,
          to,
        },
        diags,
      };
    }
    const mode = rescaleMode(ctx);
    const compat = mode === 'savepoint-restart' ? rescaleVerdict(j) : undefined;
    const above = mode === 'in-place' ? aboveMaxParallelism(j, running) : undefined;
    if (above) diags.push(above);
    return {
      change: {
        ...base,
        action: 'rescale',
        rescaleMode: mode,
        ...(compat ? { compatibility: compat } : {}),
        ...(above ? { refused: { code: above.code, summary: above.summary, detail: above.detail } } : {}),
        reason: `parallelism ${running.parallelism} → ${job.settings.parallelism}: ${mode === 'in-place' ? 'in place (adaptive scheduler)' : 'savepoint and restart'}`,
        causes,
        ...liveIds,
        from,
        to,
      },
      diags,
    };
  }
  // Started by an apply that stopped before the health check passed: not converged until it has.
  const unverified =
    ctx.observed &&
    !drift &&
    isRecordedRun(current, running) &&
    j.record?.status === 'running' &&
    j.record.lastStable?.jobId !== running.jobId;
  const batch = isBatchJob(job);
  if (unverified && batch) {
    diags.push(
      warning(
        PLAN_CODES.unverified,
        `Batch job ${job.name} has not finished its run`,
        `An earlier apply started job ${running.jobId} and stopped before it ended${ctx.lockHolder ? ` (${ctx.lockHolder}: that apply may still be watching it)` : ''}. ` +
          'Apply waits until it has FINISHED and records the run (or reports its failure).',
        fileRange(job.sqlFile),
      ),
    );
  } else if (unverified) {
    diags.push(
      warning(
        PLAN_CODES.unverified,
        `Job ${job.name} has not finished its health check`,
        ctx.lockHolder
          ? `An earlier apply started job ${running.jobId}, and has not finished its health check. Apply finishes the check and records it as stable (or reports it unhealthy). ${ctx.lockHolder}: that apply may still be watching it. ${MEANWHILE}`
          : `An earlier apply started job ${running.jobId} and stopped before its health grace period passed. ` +
              'Apply finishes the check and records it as stable (or reports it unhealthy).',
        fileRange(job.sqlFile),
      ),
    );
  }
  // The repository went back to the version that runs (a revert of a change an apply rolled back):
  // that change is no longer held, and apply forgets it, so asking for it again later tries it.
  const rb = j.record?.rolledBack;
  const released = !held && !drift && rb ? rb : undefined;
  if (released) diags.push(releasedInfo(j, released, running, liveHash));
  // Rescaled (or started) in place with fewer free slots than asked: nothing to apply, but not as asked.
  const below =
    ctx.observed && !held && running.state === 'RUNNING'
      ? runningBelow(running.vertices, running.parallelism)
      : undefined;
  if (below !== undefined) diags.push(belowParallelism(j, running, below));
  return {
    change: {
      ...base,
      action: 'none',
      reason: drift
        ? 'runs the repo’s spec; the store is updated on apply'
        : ownSubmit
          ? 'runs the repo’s spec, started by an interrupted apply: apply records it and finishes its health check'
          : held
            ? `${heldWhat(held, liveHash, running)} was rolled back at ${held.time}: not tried again until the job changes (--replace ${job.name} tries it again)`
            : released
              ? `runs the repo’s spec; the change rolled back at ${released.time} is no longer asked for: apply forgets it`
              : unverified && batch
                ? 'batch job running the repo’s spec: apply waits until it has FINISHED and records the run'
                : unverified
                  ? 'runs the repo’s spec; its health check is unfinished: apply finishes it'
                  : below !== undefined
                    ? `up to date, but it runs at parallelism ${below} of ${running.parallelism}: too few free task slots`
                    : 'up to date',
      causes: [
        ...causes,
        ...(held ? [{ kind: 'state', path: 'rolled-back', to: held.time } as const] : []),
        ...(unverified || ownSubmit
          ? [{ kind: 'state', path: 'health-check', to: 'unfinished' } as const]
          : []),
        ...(below !== undefined
          ? [
              {
                kind: 'cluster',
                path: 'parallelism',
                from: String(running.parallelism),
                to: String(below),
              } as const,
            ]
          : []),
      ],
      ...liveIds,
      from,
      to,
      ...(unverified || ownSubmit ? { verify: { jobId: running.jobId } } : {}),
      ...(drift ? { syncs: { jobId: running.jobId } } : {}),
      ...(released ? { releases: { rolledBackAt: released.time, specHash: released.specHash } } : {}),
    },
    diags,
  };
}

/**
 * FO607: the adaptive scheduler runs the job below its parallelism (its vertices under upper bounds
 * of it): an in-place rescale or a start that found too few free task slots (real 1.20.3: a rescale
 * 1 → 3 with one slot free ran at 2 of 3). The plan has nothing to change, yet the job is not as
 * the repository asks: said, rather than "No changes".
 */
function belowParallelism(j: JobInputs, running: LiveJob, below: number): Diagnostic {
  const want = running.parallelism;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return warning(
    PLAN_CODES.belowParallelism,
    `Job ${j.job.name} runs at parallelism ${below} of ${want}: the cluster has too few free task slots`,
    `Flink's adaptive scheduler runs job ${running.jobId} with the task slots it got, and scales it up to ${want} by itself once more come free: apply has nothing to change. ` +
      `Until then it has ${below} of the ${want} subtasks per operator it asks for. Add TaskManagers or raise taskmanager.numberOfTaskSlots, or suspend a job that holds slots; ` +
      `to run at what it gets, set parallelism: ${below} in ${file}. flinkops status shows it as ${below} of ${want}.`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile),
  );
}

/** The rolled-back change the repository still asks for, unchanged; none with `--replace JOB`. */
function heldRollback(j: JobInputs): RolledBackChange | undefined {
  const rb = j.record?.rolledBack;
  const s = j.job.settings;
  if (!rb || j.ctx.replace?.has(j.job.name)) return undefined;
  return rb.specHash === j.job.restartHash &&
    rb.parallelism === s.parallelism &&
    rb.upgradeMode === (s.upgradeMode ?? 'savepoint') &&
    rb.allowNonRestoredState === (s.allowNonRestoredState ?? false)
    ? rb
    : undefined;
}

function heldWhat(rb: RolledBackChange, liveHash: string, running: LiveJob): string {
  // What runs is what was rolled back, on the cluster the job was to leave: the change was a move.
  if (rb.specHash === liveHash && rb.parallelism === running.parallelism)
    return running.previousCluster ? 'its move to this environment’s cluster' : 'its move to another cluster';
  return rb.specHash === liveHash
    ? `its rescale to parallelism ${rb.parallelism}`
    : `its upgrade to spec ${rb.specHash.slice(0, 12)}`;
}

function heldWarning(j: JobInputs, rb: RolledBackChange, runningJobId: string) {
  const name = j.job.name;
  return warning(
    PLAN_CODES.rolledBackHeld,
    `Job ${name}: the change rolled back at ${rb.time} is not tried again`,
    `An apply started it${rb.jobId ? ` (job ${rb.jobId})` : ''} and rolled it back: ${rb.cause.replace(/\.+$/, '')}. ` +
      `The previous version runs (job ${runningJobId}). Plans hold that change while the repository asks for exactly it: ` +
      'change the job (its SQL, tables, settings, parallelism, upgradeMode or allowNonRestoredState) and plan again. ' +
      `To try it again as it is (its cause has passed: task slots freed, a sink reachable again), plan and apply with --replace ${name}.`,
    fileRange(heldFile(j)),
  );
}

function releasedInfo(j: JobInputs, rb: RolledBackChange, running: LiveJob, liveHash: string): Diagnostic {
  const runningJobId = running.jobId;
  const name = j.job.name;
  return {
    severity: 'info',
    code: PLAN_CODES.rolledBackReleased,
    summary: `Job ${name}: the change rolled back at ${rb.time} is no longer held`,
    detail:
      `The repository asks for the version that runs (job ${runningJobId}), not ${heldWhat(rb, liveHash, running)}, which an apply rolled back (${rb.cause.replace(/\.+$/, '')}). ` +
      'Apply forgets that change without restarting the job: a later change that asks for it again is tried.',
    range: fileRange(j.job.sqlFile),
  };
}

/**
 * Where the held change is: the job's settings file when it changes only settings (parallelism,
 * an option outside the script), else its SQL file.
 */
function heldFile(j: JobInputs): string {
  const { job, current } = j;
  const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
  if (!current || current.specHash === job.restartHash) return job.yamlFile ? settings : job.sqlFile;
  const causes = specCauses(current, job);
  return job.yamlFile && causes.every((c) => c.kind === 'setting') ? settings : job.sqlFile;
}

const LABELS_MISSING: Cause = { kind: 'cluster', path: 'labels', to: 'missing' };

/**
 * `--replace JOB`: the running job restarts with the repository's script, at the repository's
 * parallelism, the way its upgradeMode says (a savepoint by default), although no difference asks
 * for it. An adopted job so starts running what the repository says, with flinkops labels.
 */
function replaced(
  j: JobInputs,
  liveIds: { liveJobId: string; liveState?: LiveJob['state'] },
  from: NonNullable<JobChange['from']>,
  causes: Cause[],
): Decision {
  const { job, base, to, diags } = j;
  const batch = isBatchJob(job);
  const strategy = batch ? 'stateless' : (job.settings.upgradeMode ?? 'savepoint');
  // What the job ran is not known to be the repository's script: judged as a script change.
  // specChange says so (FO613) for a job an earlier apply adopted; this one is adopted now.
  const spec = specChange(j, strategy, !batch, causes.length === 0);
  // The same script restarted without state: what a stateless upgrade drops and where each Kafka
  // source starts reading (the whole topic again, or only newer records) is said as for a change.
  if (strategy === 'stateless' && !batch && !spec.compatibility)
    spec.compatibility = compatibility({ newScript: job.script, strategy });
  // The same script restarted from its own savepoint: judged all the same, so the plan (and a
  // saved one, whose schema wants a verdict for every savepoint or last-state upgrade) says so.
  if (strategy !== 'stateless' && !batch && !spec.compatibility)
    spec.compatibility = compatibility({
      ...(j.current?.script !== undefined ? { oldScript: j.current.script } : {}),
      newScript: job.script,
      strategy,
    });
  if (causes.includes(LABELS_MISSING) && strategy !== 'stateless') warnAdoptedState(j);
  return {
    change: {
      ...base,
      action: 'upgrade',
      strategy,
      reason: `replaced on request (--replace): ${strategy} upgrade with the repository's script`,
      ...spec,
      causes: [{ kind: 'request', path: 'replace' }, ...causes, ...(spec.causes ?? [])],
      ...liveIds,
      from,
      to,
    },
    diags,
  };
}

/** Whether the run a change stops is a batch run: the repository's job says so, or Flink does. */
function runsBatch(job: JobInputs['job'], live: LiveJob): boolean {
  return live.batch === true || isBatchJob(job);
}

/** How a suspend stops the job: a batch run is cancelled (Flink takes no savepoint of it). */
function stopWords(job: JobInputs['job'], live: LiveJob): string {
  return runsBatch(job, live)
    ? 'cancel its batch run (a batch job keeps no savepoint)'
    : 'stop with a savepoint';
}

/** The change's `batch` mark, for a run in batch mode. */
function batchMark(job: JobInputs['job'], live: LiveJob): { batch?: true } {
  return runsBatch(job, live) ? { batch: true } : {};
}

/**
 * FO667: an in-place rescale above the running job's max parallelism. The adaptive scheduler takes
 * the new upper bounds and never runs more subtasks than the key groups (real 2.2.0: a job rescaled
 * 1 → 200 under max parallelism 128 stayed below it, and apply waited out its 5 minutes), so the
 * parallelism asked for is never reached and every plan would rescale the job again.
 */
function aboveMaxParallelism(j: JobInputs, running: LiveJob): Diagnostic | undefined {
  const max = liveMaxParallelism([running]);
  const want = j.job.settings.parallelism;
  if (max === undefined || want <= max) return undefined;
  const file = j.job.yamlFile ?? `jobs/${j.job.name}.yaml`;
  return error(
    PLAN_CODES.aboveMaxParallelism,
    `Job ${j.job.name} cannot run at parallelism ${want}: its max parallelism is ${max}`,
    `Flink runs no operator with keyed state in more subtasks than its max parallelism (the key groups its state is split into), ` +
      `which job ${running.jobId} runs with: the rescale is refused. Set parallelism: ${max} or below in ${file} ` +
      `(or environments.<env>.jobs.${j.job.name}.parallelism); a larger maxParallelism needs an upgrade that cannot restore the keyed state (upgradeMode: stateless).`,
    fileRange(j.job.yamlFile ?? j.job.sqlFile),
  );
}

/**
 * Said with FO612 when the job that runs carries flinkops labels but is not the job the store
 * recorded: flinkops started it, from another state store or after this one was saved.
 */
function otherStore(running: LiveJob, recordedJobId: string): string {
  const commit = running.labels?.[LABEL_KEYS.commit];
  if (commit === undefined || running.jobId === recordedJobId) return '';
  return (
    ` Job ${running.jobId} carries flinkops labels (commit ${commit.slice(0, 12)}), and the store recorded job ${recordedJobId}: ` +
    'an apply with another state store (a clone or another machine with its own .flinkops/) started it, or this store is older ' +
    'than the last apply (restored from a backup). The savepoints that apply took are in its own store only.'
  );
}
