/**
 * What compiled plans and Flink versions add to the decided changes: the plan file a compiled
 * job starts from with a summary of its ExecNode diff, and the version-upgrade verdict of a job
 * that restarts on another Flink version than its state was written by. A start that must not
 * happen (Flink refuses the plan, or an unknown restore nobody confirmed) is refused here, so
 * apply stops nothing for it.
 */

import type { DesiredJob } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { majorMinor } from '../core/flink-version';
import { tableKey } from '../core/operator-state';
import type { StateDoc } from '../state/model';
import { recordedSavepoint } from '../state/records';
import { compiledStateVerdict, modeSwitchVerdict } from './compiled-state';
import { execNodeDiff } from './exec-node-diff';
import { fileRange } from './job-inputs';
import type { Compatibility, JobChange } from './model';
import { recordOf } from './rename';
import { stateLostDiagnostic } from './spec-change';
import { versionUpgradeVerdict } from './version-upgrade';

/**
 * Both refuse the job's change (apply skips it, as a deletion without --allow-delete) rather than
 * fail the plan: in a fleet's move the other jobs go on, and the refused one keeps its savepoint.
 */
export const COMPILED_PLAN_CODES = {
  /** Warning: Flink refuses (or could not compile) a job's compiled plan; nothing is stopped for it. */
  planRefused: 'FO640',
  /** Warning: a restart on another Flink version with an unknown state verdict, not confirmed. */
  versionUnconfirmed: 'FO641',
  /** Warning: a restart on an older Flink version than the one that wrote the state, with no restoreFrom pin. */
  versionDowngrade: 'FO665',
} as const;

export interface CompiledPlanOptions {
  /** Flink version of the cluster (JobManager /config), when observed. */
  liveVersion?: string;
  /** The gateway's refusal of a compiled job's plan, by job (compile or load failed). */
  planErrors?: Readonly<Record<string, string>>;
  /** `--allow-version-upgrade`. */
  allowVersionUpgrade?: boolean;
  /** Jobs whose state verdict compares the old release's stream graph with the new one's (a move). */
  acrossReleases?: ReadonlySet<string>;
  /**
   * Moving jobs whose stream graphs the planners were asked for through moveFrom.sqlGatewayUrl but
   * gave none, by job: why (a gateway that did not answer, a script it refused).
   */
  acrossUnanswered?: ReadonlyMap<string, string>;
}

/** A start from state the running (or last) plan wrote: upgrades with state, savepoint rescales, resumes. */
function restoresFromPlan(c: JobChange): boolean {
  if (c.action === 'upgrade') return c.strategy !== 'stateless';
  if (c.action === 'rescale') return c.rescaleMode === 'savepoint-restart';
  return c.action === 'resume' || c.action === 'recover';
}

function samePlanVerdict(): Compatibility {
  return {
    verdict: 'compatible',
    source: 'flink',
    findings: ['the same compiled plan: every ExecNode keeps its uid, and its state'],
    advice: [],
  };
}

/** Connector options of the tables the job's script declares, by `tableKey`. */
function tableOptions(job: DesiredJob): (table: string) => Readonly<Record<string, string>> | undefined {
  const byKey = new Map<string, Readonly<Record<string, string>>>();
  for (const st of job.statements) {
    if (st.table) byKey.set(tableKey(st.table.name.parts.at(-1) ?? ''), st.table.options);
  }
  return (t) => byKey.get(t);
}

/** Actions that start the job from state it had. */
const RESTARTS = new Set(['upgrade', 'resume', 'recover']);

export function annotateCompiledPlans(
  changes: readonly JobChange[],
  jobs: readonly DesiredJob[],
  doc: StateDoc,
  opts: CompiledPlanOptions,
): { changes: JobChange[]; diags: Diagnostic[]; jobOf: ReadonlyMap<Diagnostic, string> } {
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const diags: Diagnostic[] = [];
  const jobOf = new Map<Diagnostic, string>();
  const out = changes.map((c) => {
    const before = diags.length;
    const next = annotateOne(c);
    for (const d of diags.slice(before)) jobOf.set(d, c.job);
    return next;
  });
  return { changes: out, diags, jobOf };

  function annotateOne(c: JobChange): JobChange {
    const job = byName.get(c.job);
    if (!job || c.action === 'delete') return c;
    const current = recordOf(doc, c)?.current;
    let next: JobChange = c;
    const plan = job.compiledPlan;
    if (plan) {
      const before = current?.plan;
      const execNodes =
        before && before.sha256 !== plan.sha256 ? execNodeDiff(before.json, plan.json) : undefined;
      next = {
        ...next,
        compiledPlan: { path: plan.path, sha256: plan.sha256, ...(execNodes ? { execNodes } : {}) },
      };
    }
    const compatibility = planStateVerdict(c, job, current, opts);
    if (compatibility) {
      next = { ...next, compatibility };
      const lost = stateLostDiagnostic(job, compatibility, 'Upgrade', fileOf(job));
      if (lost) diags.push(lost);
    }
    const planError = opts.planErrors?.[c.job];
    const starts = RESTARTS.has(c.action) || c.action === 'create';
    const from = current?.flinkVersion ?? c.move?.fromVersion;
    const to = majorMinor(opts.liveVersion);
    const verdict =
      RESTARTS.has(c.action) && from && to
        ? versionUpgradeVerdict({
            from,
            to,
            planMode: job.settings.planMode ?? 'script',
            samePlan: plan !== undefined && current?.plan?.sha256 === plan.sha256,
            ...(planError
              ? { planCheck: { ok: false as const, message: planError } }
              : plan
                ? { planCheck: { ok: true as const } }
                : {}),
            allowNonRestoredState: job.settings.allowNonRestoredState,
            confirmed: opts.allowVersionUpgrade === true,
            restores: c.restoreFrom !== undefined || (c.action === 'upgrade' && c.strategy !== 'stateless'),
            ...(c.move ? { moving: true } : {}),
            // The start restores the savepoint restoreFrom pins (a pin already deployed is history).
            ...(c.restoreFrom !== undefined && c.restoreFrom === job.settings.restoreFrom
              ? {
                  pinned: true,
                  pinnedWrittenBy: recordedSavepoint(doc, c.restoreFrom, c.job)?.savepoint.flinkVersion,
                }
              : {}),
            ...(c.move && opts.acrossUnanswered?.has(c.job)
              ? { acrossUnanswered: opts.acrossUnanswered.get(c.job)! }
              : {}),
            ...(opts.acrossReleases?.has(c.job) && next.compatibility?.source === 'flink'
              ? { acrossReleases: next.compatibility.verdict }
              : {}),
          })
        : undefined;
    if (verdict) next = { ...next, versionUpgrade: verdict };
    // The new release refusing the plan the state was written with is the version verdict's to
    // explain; any other refusal by the gateway (the SQL does not compile) is said as it is.
    const versionRefusal = verdict?.blocked && {
      code:
        verdict.blocked.reason === 'plan-refused'
          ? COMPILED_PLAN_CODES.planRefused
          : verdict.blocked.reason === 'downgrade'
            ? COMPILED_PLAN_CODES.versionDowngrade
            : COMPILED_PLAN_CODES.versionUnconfirmed,
      summary: `job ${c.job}: ${verdict.blocked.summary}`,
      detail: verdict.blocked.detail,
    };
    const blocked =
      planError && starts && verdict?.blocked?.reason !== 'plan-refused'
        ? {
            code: COMPILED_PLAN_CODES.planRefused,
            summary: `Flink refuses the compiled plan of job ${c.job}`,
            detail: `${planError}\nNothing is stopped or started for this job. Fix the SQL, or set planMode: script.`,
          }
        : versionRefusal;
    if (blocked && !next.refused) {
      diags.push(warning(blocked.code, blocked.summary, blocked.detail, fileOf(job)));
      next = { ...next, refused: blocked };
    }
    return next;
  }
}

/**
 * The state verdict of a restart from state that a compiled plan decides: between two plans the
 * ExecNode uids map the state; across a switch of plan mode (script job to plan, or back) no
 * operator id survives (compiled-state.ts). Undefined where the stream graphs decide instead.
 */
function planStateVerdict(
  c: JobChange,
  job: DesiredJob,
  current: StateDoc['jobs'][string]['current'],
  opts: CompiledPlanOptions,
): Compatibility | undefined {
  if (!restoresFromPlan(c) || opts.planErrors?.[c.job]) return undefined;
  const plan = job.compiledPlan;
  const before = current?.plan;
  if (plan && before)
    return before.sha256 === plan.sha256
      ? samePlanVerdict()
      : compiledStateVerdict({
          before: before.json,
          after: plan.json,
          optionsOf: tableOptions(job),
          allowNonRestoredState: job.settings.allowNonRestoredState,
          ...(opts.liveVersion ? { flinkVersion: opts.liveVersion } : {}),
        });
  if (plan && current?.script !== undefined)
    return modeSwitchVerdict({ plan: plan.json, to: 'compiled', ...stateOf(job) });
  if (before && job.settings.planMode !== 'compiled')
    return modeSwitchVerdict({ plan: before.json, to: 'script', ...stateOf(job) });
  return undefined;
}

function stateOf(job: DesiredJob) {
  return { optionsOf: tableOptions(job), allowNonRestoredState: job.settings.allowNonRestoredState };
}

function fileOf(job: DesiredJob) {
  return fileRange(job.yamlFile ?? job.sqlFile);
}
