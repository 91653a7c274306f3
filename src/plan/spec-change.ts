/**
 * The spec change a restart carries: its causes, SQL diff and state verdict, with the warnings of
 * state it loses.
 */

import type { DesiredJob } from '../compile/model';
import { type Diagnostic, type SourceRange, warning } from '../core/diagnostics';
import { isTerminal, refusesSavepoint } from '../core/job-state';
import { runsAdoptedState } from '../state/records';
import { rebuiltFunctions, specCauses } from './causes';
import { PLAN_CODES } from './codes';
import { ADOPTED_SCRIPT_UNKNOWN, compatibility, sourceStartFindings } from './compat';
import type { ExplainedPair } from './explained-job';
import { changedStatement, fileRange, type JobInputs, type SpecPart, submittedStatement } from './job-inputs';
import { keptDefinitions } from './kept-definitions';
import type { Compatibility, UpgradeStrategy } from './model';
import {
  warnCdcTableMoved,
  warnFieldsReadAgain,
  warnFieldsReadElsewhere,
  warnKafkaStartIgnored,
  warnKafkaTopicMoved,
  warnUpsertSinkMoved,
} from './moved-sources';
import { liveMaxParallelism, recordedMaxParallelism, runningMaxParallelism } from './parallelism';
import { unifiedDiff } from './sql-diff';
import { backendSwitch, runningBackend, warnHeapState } from './state-backend';
import { stateVerdict } from './state-verdict';
import { restoredUnread } from './verdict-advice';

/**
 * The spec change a restart (upgrade, resume, recover) carries: causes, SQL diff and,
 * when asked, the state verdict. `runsStoredScript` is false after drift: what runs
 * is not the store's script, so its state is judged unknown. So is an adopted job's: the
 * store holds the repository's script at the adoption, not the one that wrote its state,
 * and its first restart restores that state into the repository's script, changed or not.
 */
export function specChange(
  j: JobInputs,
  strategy: UpgradeStrategy,
  withCompat: boolean,
  runsStoredScript = true,
): SpecPart {
  const { job, current } = j;
  const changed = current?.specHash !== job.restartHash;
  const adopted = current !== undefined && runsAdoptedState(j.record);
  if (!changed && runsStoredScript && !adopted) return {};
  const causes = changed ? specCauses(current, job) : [];
  const sqlDiff = changed ? diffScripts(current?.script, job) : undefined;
  if (changed && current?.script !== undefined)
    j.diags.push(...keptDefinitions(job, current.script, fileRange(job.sqlFile)));
  const known = runsStoredScript && !adopted;
  const oldScript = known ? current?.script : undefined;
  const deployed = known ? current?.settings : undefined;
  // The running job's key groups, when the repository sets a value to compare them with: the store
  // may record a maxParallelism Flink never got (builds before 25 Nov 2026 did not send it).
  const from =
    (job.settings.maxParallelism !== undefined ? liveMaxParallelism(j.live) : undefined) ??
    recordedMaxParallelism(deployed);
  const maxParallelism = deployed
    ? {
        ...(from !== undefined ? { from } : {}),
        ...(job.settings.maxParallelism !== undefined ? { to: job.settings.maxParallelism } : {}),
      }
    : undefined;
  const common = {
    ...(job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
    ...(job.settings.restoreFrom ? { restoreFrom: job.settings.restoreFrom } : {}),
    ...(j.ctx.renamedFrom ? { renamedFrom: j.ctx.renamedFrom } : {}),
    settingsFile: job.yamlFile ?? `jobs/${job.name}.yaml`,
    ...(maxParallelism ? { maxParallelism } : {}),
  };
  const explained =
    oldScript !== undefined && strategy !== 'stateless' ? j.ctx.explained?.get(job.name) : undefined;
  const compat = !withCompat
    ? undefined
    : explained && 'old' in explained
      ? withSourceStarts(
          stateVerdict({
            old: explained.old,
            next: explained.next,
            ...common,
            rebuiltFunctions: rebuiltFunctions(causes, job),
            ...(job.scriptJarFunctions || job.scriptPythonFunctions
              ? { rebuiltFrom: { ...job.scriptJarFunctions, ...job.scriptPythonFunctions } }
              : {}),
            ...runningMaxParallelism(j),
            ...(j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}),
          }),
          job.script,
        )
      : withUnavailable(
          compatibility({
            ...(oldScript !== undefined ? { oldScript } : {}),
            ...(adopted ? { oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN } : {}),
            newScript: job.script,
            strategy,
            ...common,
            ...(current ? { parallelism: { from: current.parallelism, to: j.to.parallelism } } : {}),
          }),
          explained,
        );
  const running = j.live.find((l) => !isTerminal(l.state));
  const fromCheckpoint =
    strategy === 'last-state' || (strategy === 'savepoint' && refusesSavepoint(running?.state));
  // The backend the job runs, when its configuration names none: the cluster's default, which
  // Flink reports (real 1.20.3 and 2.2.0, `state_backend` of /jobs/:id/checkpoints/config).
  const runs = runningBackend(deployed?.config, running);
  if (compat && fromCheckpoint && !job.settings.restoreFrom)
    backendSwitch(
      compat,
      runs,
      job.settings.config,
      common.settingsFile,
      undefined,
      undefined,
      j.ctx.defaultStateBackend,
    );
  if (strategy !== 'stateless') warnHeapState(j, runs, running);
  if (compat) warnIfStateLost(j, compat, 'Upgrade', oldScript);
  if (compat) warnKafkaTopicMoved(j, explained);
  if (compat) warnKafkaStartIgnored(j, explained, compat);
  if (compat) warnUpsertSinkMoved(j, explained, compat);
  if (compat) warnFieldsReadElsewhere(j, explained);
  warnFieldsReadAgain(j, oldScript, strategy);
  if (compat) warnCdcTableMoved(j, explained);
  if (compat && adopted && strategy !== 'stateless') warnAdoptedState(j);
  return {
    ...(causes.length ? { causes } : {}),
    ...(sqlDiff ? { sqlDiff } : {}),
    ...(compat ? { compatibility: compat } : {}),
  };
}

/**
 * A source whose state is dropped (its operator id changes: an INSERT removed from a statement set
 * renumbers the ones that stay) restores no offsets: like a source after a stateless upgrade, it
 * starts where its `scan.startup.mode` says — the whole topic again, or only newer records — while
 * the operators after it start empty. The findings say where, as a stateless upgrade's do.
 */
function withSourceStarts(c: Compatibility, script: string): Compatibility {
  const ops = c.operators ?? [];
  const restarted = ops.filter(
    (o) =>
      o.state === 'dropped' &&
      o.name.startsWith('source ') &&
      ops.some((n) => n.state === 'new' && n.name === o.name),
  );
  if (restarted.length === 0) return c;
  const starts = sourceStartFindings(script).filter((f) => restarted.some((o) => f.startsWith(`${o.name} `)));
  return starts.length === 0 ? c : { ...c, findings: [...c.findings, ...starts] };
}

/** FO617 where the restore will fail, or drop state the job does not allow to drop. */
function warnIfStateLost(j: JobInputs, compat: Compatibility, what: string, oldScript?: string): void {
  const d = stateLostDiagnostic(
    j.job,
    compat,
    what,
    (oldScript !== undefined ? changedStatement(j.job, oldScript) : undefined) ?? submittedStatement(j.job),
  );
  if (d) j.diags.push(d);
}

/** The FO617 warning of a verdict whose restore fails (or drops state not allowed to drop); else undefined. */
export function stateLostDiagnostic(
  job: DesiredJob,
  compat: Compatibility,
  what: string,
  range: SourceRange,
): Diagnostic | undefined {
  const lost =
    compat.verdict === 'incompatible' ||
    (compat.verdict === 'drops-state' && !job.settings.allowNonRestoredState);
  if (!lost) return undefined;
  // The advice is written for the plan's list (`→ set …`); here it starts a sentence.
  const advice = compat.advice.map((a) => a.replace(/\.$/, '')).join('; ');
  const unread = restoredUnread(compat.operators);
  return warning(
    PLAN_CODES.stateIncompatible,
    compat.verdict === 'incompatible'
      ? compat.restore === 'read-wrong'
        ? `${what} of job ${job.name} restores its state and reads it wrong`
        : `${what} of job ${job.name} will not restore its state${compat.restore === 'fails-or-read-wrong' ? ', or reads it wrong' : ''}`
      : unread
        ? `${what} of job ${job.name} drops state: Flink restores the savepoint, but ${unread} starts with empty state`
        : `${what} of job ${job.name} drops state: its restore fails without allowNonRestoredState`,
    // Advice may end a sentence of its own: one full stop, not two.
    `${compat.findings.filter((f) => !/(?:keeps its state|starts with empty state)$/.test(f)).join('; ')}. ${advice.charAt(0).toUpperCase()}${advice.slice(1)}.`,
    range,
  );
}

/**
 * FO613 where a restart restores state that a script flinkops never saw wrote (an adopted job)
 * into the repository's script; once per job. Nothing to say when the job may drop what does not map.
 */
export function warnAdoptedState(j: JobInputs): void {
  const { job } = j;
  if (job.settings.allowNonRestoredState || j.diags.some((d) => d.code === PLAN_CODES.adoptUnknownScript))
    return;
  j.diags.push(
    warning(
      PLAN_CODES.adoptUnknownScript,
      `Job ${job.name} runs a script flinkops never saw: its state may not map onto the repository's`,
      `It was adopted, not started by flinkops. If it was not started from the repository's query, the restore from its savepoint fails, and so does the rollback to the same script: the job is left stopped, its savepoint kept (flinkops savepoints list ${job.name}). To drop the state that does not map, set allowNonRestoredState: true in ${job.yamlFile ?? `jobs/${job.name}.yaml`}.`,
      fileRange(job.sqlFile),
    ),
  );
}

/**
 * A rescale through a savepoint restarts the same script at another parallelism, which can re-chain
 * operators and move their ids: judged from Flink's stream graphs at both parallelisms, when asked.
 * An adopted job's restart is the first start of the repository's script on its state: unknown.
 */
export function rescaleVerdict(j: JobInputs): Compatibility | undefined {
  if (j.current !== undefined && runsAdoptedState(j.record)) {
    const compat = compatibility({
      oldScriptUnknown: ADOPTED_SCRIPT_UNKNOWN,
      newScript: j.job.script,
      strategy: 'savepoint',
      ...(j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
      settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`,
    });
    warnAdoptedState(j);
    return compat;
  }
  const explained = j.ctx.explained?.get(j.job.name);
  if (!explained || !('old' in explained)) return undefined;
  const compat = stateVerdict({
    old: explained.old,
    next: explained.next,
    ...(j.job.settings.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
    ...(j.job.settings.restoreFrom ? { restoreFrom: j.job.settings.restoreFrom } : {}),
    settingsFile: j.job.yamlFile ?? `jobs/${j.job.name}.yaml`,
    ...runningMaxParallelism(j),
    ...(j.ctx.flinkVersion ? { flinkVersion: j.ctx.flinkVersion } : {}),
  });
  warnIfStateLost(j, compat, 'Rescale');
  return compat;
}

/** An estimate made because Flink's planner could not be asked says why. */
function withUnavailable(c: Compatibility, explained: ExplainedPair | undefined): Compatibility {
  if (!explained || !('unavailable' in explained) || c.verdict === 'compatible') return c;
  // No state setting helps a script the planner rejects: the plan's error says what to fix.
  if (explained.rejected)
    return {
      ...c,
      findings: [`not judged: Flink's planner rejects the new script (${explained.unavailable})`],
      advice: [],
    };
  return { ...c, findings: [...c.findings, `Flink's planner was not asked: ${explained.unavailable}`] };
}

export function diffScripts(oldScript: string | undefined, job: DesiredJob): string | undefined {
  // The diff is of the compiled scripts (`flinkops compile` shows them): its line numbers are theirs.
  const name = `compiled/${job.name}.sql`;
  const d = unifiedDiff(oldScript ?? '', job.script, { oldName: name, newName: name });
  return d === '' ? undefined : d;
}
