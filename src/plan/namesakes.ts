/**
 * A renamed project on a shared cluster: its jobs keep running under the old
 * `<project>.<env>.<job>` names, which only a first plan of the new name can notice (FO635).
 */
import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import type { LiveState } from '../observe/model';
import type { StateDoc } from '../state/model';
import { PLAN_CODES } from './codes';
import { fileRange } from './job-inputs';
import type { JobChange } from './model';

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * FO635: the environment's first plan (its store records no job) creates jobs whose names run
 * here for another project: another team sharing the cluster, or this project under its name
 * before a rename, whose jobs would go on beside the new ones, their state left behind.
 */
export function projectNamesakes(
  desired: DesiredState,
  changes: readonly JobChange[],
  live: LiveState,
  doc: StateDoc,
): Diagnostic | undefined {
  if (!live.observed || !live.namesakes || Object.keys(doc.jobs).length > 0) return undefined;
  const created = new Set(changes.filter((c) => c.action === 'create').map((c) => c.job));
  const pairs = live.namesakes.filter((n) => created.has(n.job));
  if (pairs.length === 0) return undefined;
  const projects = [...new Set(pairs.map((p) => p.project))].sort(byName);
  const shown =
    pairs
      .slice(0, 10)
      .map((p) => `${p.job} (${p.name}, ${p.jobId})`)
      .join(', ') + (pairs.length > 10 ? ` and ${pairs.length - 10} more` : '');
  const env = desired.env;
  return warning(
    PLAN_CODES.projectNamesakes,
    `This is the first plan of ${desired.project}/${env}, and jobs it creates run on the cluster for project ${projects.join(', ')}: ${shown}`,
    `If another project merely shares the cluster, nothing: its jobs are neither shown nor touched. ` +
      `If project ${desired.project} is ${projects[0]} renamed (project: in flinkops.yaml), those are its jobs under the old name: this plan starts the jobs again beside them, without their state, both write the same sinks, and no plan looks at the old ones any more. ` +
      `To carry the state over, put the old name back, set state: suspended on environment ${env} and apply it, so each job stops with a savepoint (flinkops savepoints list JOB); ` +
      `then rename and pin restoreFrom: <that savepoint> in environments.${env}.jobs.<job> before the first apply.`,
  );
}

/**
 * FO633 for each job the plan creates while a job started by hand runs under a name that reads as
 * its own (`dedup-users` for `dedup_users`) or under Flink's default name naming a table it writes
 * (`insert-into_default_catalog.default_database.<sink>`): flinkops finds jobs only by `<project>.<env>.<job>`,
 * so it neither adopts nor stops that one, and both would write the same sinks.
 */
export function lookalikeNamesakes(
  desired: DesiredState,
  changes: readonly JobChange[],
  live: LiveState,
): Diagnostic[] {
  if (!live.observed || !live.lookalikes) return [];
  const out: Diagnostic[] = [];
  for (const c of changes) {
    if (c.action !== 'create') continue;
    const job = desired.jobs.find((j) => j.name === c.job);
    if (!job) continue;
    const hand = live.lookalikes.filter(
      (l) => l.job === c.job || l.sinks?.some((t) => job.sinks.includes(t)),
    );
    if (hand.length === 0) continue;
    const shown = hand.map((l) => `${l.name} (${l.jobId})`).join(', ');
    const one = hand.length === 1;
    const settings = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push(
      warning(
        PLAN_CODES.handJobState,
        `Job ${c.job} is created while a job started outside flinkops runs under a name like its own or writes its tables: ${shown}`,
        `flinkops finds a job only by pipeline.name = ${c.pipelineName}, so it neither adopts nor stops ${one ? 'that one' : 'those'}: after this apply both run, write the same sinks, and the new job starts without ${one ? 'its' : 'their'} state. ` +
          `If ${one ? 'it is' : 'one is'} this job, stop ${one ? 'it' : 'each'} with a savepoint first (POST /jobs/<job id>/stop on the JobManager, or flink stop), set restoreFrom: <the savepoint's path> in ${settings}, and plan again. If it is another job, nothing.`,
        fileRange(job.sqlFile),
      ),
    );
  }
  return out;
}
