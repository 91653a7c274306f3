/**
 * Policies of flinkops.yaml (`policy:`), checked on the changes the diff decided.
 * A change that breaks one is refused (apply skips it) and the plan carries a
 * diagnostic that says how to resolve it. Pure: the same changes, desired state
 * and options give the same result.
 *
 * Severity follows what the user did: breaking a guard (deleting a protected job,
 * a stateless upgrade of one, a parallelism above the environment's maximum, an
 * incompatible upgrade where those are refused) is an error, so the plan fails
 * until the repository changes; a deletion that only lacks --allow-delete is a
 * warning, like FO611, because the flag alone resolves it.
 */
import type { DesiredJob, DesiredState } from '../compile/model';
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { POLICY_CODES } from './codes';
import { fileRange } from './job-inputs';
import type { ActionKind, JobChange } from './model';

export interface PolicyOptions {
  /** The run allows deletions (--allow-delete). */
  allowDelete: boolean;
}

interface Violation {
  severity: 'error' | 'warning';
  code: string;
  summary: string;
  detail: string;
  /** The change is refused (not only reported). */
  refuse: boolean;
}

/** Actions that leave the job running at its desired parallelism. */
const DEPLOYS: ReadonlySet<ActionKind> = new Set([
  'create',
  'upgrade',
  'rescale',
  'resume',
  'recover',
  'adopt',
]);
/** Actions that restore a job from a savepoint or checkpoint. */
const RESTORES: ReadonlySet<ActionKind> = new Set(['upgrade', 'resume', 'recover']);

function violations(
  c: JobChange,
  job: DesiredJob | undefined,
  desired: DesiredState,
  opts: PolicyOptions,
): Violation[] {
  const policy = desired.policy;
  if (!policy) return [];
  const env = desired.env;
  const out: Violation[] = [];
  const listed = (name: string | undefined) =>
    name !== undefined && (policy.protectedJobs?.includes(name) ?? false);
  // The protection follows the state: a job renamed from a protected one (this plan's rename, or
  // an applied one whose movedFrom stays) is protected as the job it continues.
  const protectedFrom = [c.renamedFrom?.job, job?.settings.movedFrom].find(listed);
  const isProtected = listed(c.job) || protectedFrom !== undefined;
  if (c.renamedFrom && listed(c.renamedFrom.job) && !listed(c.job)) {
    const from = c.renamedFrom.job;
    out.push({
      severity: 'error',
      code: POLICY_CODES.protectedRename,
      summary: `Job ${from} is protected and cannot be renamed to ${c.job}, which policy.protectedJobs does not list`,
      detail:
        `The rename (movedFrom: ${from}) stops ${from} and carries its state to ${c.job}; policy.protectedJobs in flinkops.yaml lists ${from}, not ${c.job}. ` +
        `To rename it and keep it protected, replace ${from} with ${c.job} in policy.protectedJobs in the same reviewed change, then plan again. ` +
        `To leave it unprotected under its new name, remove ${from} from policy.protectedJobs in a reviewed change.`,
      refuse: true,
    });
  }
  if (isProtected && c.action === 'delete') {
    out.push({
      severity: 'error',
      code: POLICY_CODES.protectedDelete,
      summary: `Job ${c.job} is protected and cannot be deleted`,
      detail:
        `It is listed in policy.protectedJobs in flinkops.yaml. Bring back jobs/${c.job}.sql to keep it running, ` +
        `or remove ${c.job} from policy.protectedJobs in a reviewed change and plan again with --allow-delete.`,
      refuse: true,
    });
  }
  if (isProtected && c.action === 'upgrade' && c.strategy === 'stateless') {
    out.push({
      severity: 'error',
      code: POLICY_CODES.protectedStateless,
      summary: `Job ${c.job} is protected and cannot be upgraded stateless`,
      detail:
        `A stateless upgrade drops its state, and ${listed(c.job) ? 'it' : `${protectedFrom}, whose state it carries (movedFrom),`} is listed in policy.protectedJobs in flinkops.yaml. ` +
        `Set upgradeMode: savepoint (or last-state) in jobs/${c.job}.yaml, or remove ${listed(c.job) ? c.job : protectedFrom} from policy.protectedJobs.`,
      refuse: true,
    });
  }
  if (c.action === 'delete' && !opts.allowDelete && !c.refused && policy.requireAllowDelete?.includes(env)) {
    out.push({
      severity: 'warning',
      code: POLICY_CODES.deleteNeedsFlag,
      summary: `Deletion of job ${c.job} in ${env} needs --allow-delete`,
      detail:
        `policy.requireAllowDelete lists ${env}, so deletionPolicy: delete alone is not enough here. ` +
        'Run with --allow-delete (Action input allow-delete: true) to delete it.',
      refuse: true,
    });
  }
  const max = policy.maxParallelism?.[env];
  const suspended = c.action === 'suspend' || job?.settings.state === 'suspended';
  if (job && max !== undefined && job.settings.parallelism > max && !suspended && c.action !== 'delete') {
    const where = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push({
      severity: 'error',
      code: POLICY_CODES.maxParallelism,
      summary: `Job ${c.job} has parallelism ${job.settings.parallelism}, above the maximum ${max} of ${env}`,
      detail:
        `policy.maxParallelism.${env} in flinkops.yaml allows at most ${max}. Lower parallelism in ${where} ` +
        `(or environments.${env}.jobs.${c.job}.parallelism), or raise the maximum in a reviewed change.`,
      refuse: DEPLOYS.has(c.action),
    });
  }
  if (
    RESTORES.has(c.action) &&
    (c.compatibility?.verdict === 'incompatible' ||
      (c.compatibility?.verdict === 'drops-state' && !job?.settings.allowNonRestoredState)) &&
    policy.refuseIncompatibleUpgrades?.includes(env)
  ) {
    out.push({
      severity: 'error',
      code: POLICY_CODES.incompatibleUpgrade,
      summary: `The ${c.action} of job ${c.job} ${c.compatibility.verdict !== 'incompatible' ? 'drops state' : c.compatibility.restore === 'read-wrong' ? 'restores its state and reads it wrong' : 'will not restore its state'}, which ${env} refuses`,
      detail:
        `${c.compatibility.findings.join('; ')}. policy.refuseIncompatibleUpgrades lists ${env}. ` +
        (c.compatibility.verdict === 'incompatible'
          ? // allowNonRestoredState drops state with nowhere to go; it does not restore a state whose shape changed.
            `Make the change state-compatible, or start the new version without state with upgradeMode: stateless ` +
            `in jobs/${c.job}.yaml (allowNonRestoredState does not help: ${c.compatibility.restore === 'read-wrong' ? 'Flink restores this state, and the new job reads it wrong' : 'the restore fails even with it'}).`
          : `Make the change state-compatible, or accept losing the unmatched state with allowNonRestoredState: true ` +
            `in jobs/${c.job}.yaml (or upgradeMode: stateless for a fresh start).`),
      refuse: true,
    });
  }
  return out;
}

/** The changes with policy refusals set, and one diagnostic per violation. */
export function applyPolicy(
  changes: readonly JobChange[],
  desired: DesiredState,
  opts: PolicyOptions,
): { changes: JobChange[]; diags: Diagnostic[] } {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const diags: Diagnostic[] = [];
  const out = changes.map((c) => {
    const job = jobs.get(c.job);
    const found = violations(c, job, desired, opts);
    if (found.length === 0) return c;
    const range = job ? fileRange(job.yamlFile ?? job.sqlFile) : undefined;
    for (const v of found) {
      const make = v.severity === 'error' ? error : warning;
      // A refused rename is said where movedFrom is set (the job's file, or the environment's override).
      const at = v.code === POLICY_CODES.protectedRename ? (job?.movedFromAt ?? range) : range;
      diags.push(make(v.code, v.summary, v.detail, at));
    }
    const first = found.find((v) => v.refuse);
    if (!first || c.refused) return c;
    return { ...c, refused: { code: first.code, summary: first.summary, detail: first.detail } };
  });
  return { changes: out, diags };
}
