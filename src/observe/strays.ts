/**
 * Jobs of the project running under an environment flinkops.yaml no longer defines. A job's
 * identity is its name, `<project>.<env>.<job>`, so renaming an environment (or removing it)
 * leaves its jobs running where no plan of the repository looks: they keep writing their sinks,
 * and the renamed environment's plan creates its jobs beside them, without their state.
 */

import { type Diagnostic, warning } from '../core/diagnostics';
import { isTerminal } from '../core/job-state';
import { isIdentifier, suggestIdentifier } from '../core/names';
import type { JobSummary } from '../flink/types';
import type { Lookalike, Namesake } from './model';

/** Diagnostic code of a job of an environment flinkops.yaml does not define (one of FO65x). */
export const STRAY_ENVIRONMENT_CODE = 'FO657';

/** The jobs still alive under `<project>.<X>.<job>` for each X not in `environments`, by X. */
export function strayEnvironmentJobs(
  listed: readonly JobSummary[],
  project: string,
  environments: readonly string[],
): Map<string, JobSummary[]> {
  const known = new Set(environments);
  const byEnv = new Map<string, JobSummary[]>();
  const prefix = `${project}.`;
  for (const summary of listed) {
    if (isTerminal(summary.state) || !summary.name.startsWith(prefix)) continue;
    const rest = summary.name.slice(prefix.length);
    const dot = rest.indexOf('.');
    if (dot < 0) continue;
    const env = rest.slice(0, dot);
    if (known.has(env) || !isIdentifier(env) || !isIdentifier(rest.slice(dot + 1))) continue;
    byEnv.set(env, [...(byEnv.get(env) ?? []), summary]);
  }
  return byEnv;
}

/** The jobs alive under `<project>.<X>.<job>` for each X of `environments` other than `env`, by X. */
export function siblingEnvironmentJobs(
  listed: readonly JobSummary[],
  project: string,
  env: string,
  environments: readonly string[],
): { env: string; names: string[] }[] {
  const others = new Set(environments.filter((e) => e !== env));
  const byEnv = new Map<string, string[]>();
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    const parts = summary.name.split('.');
    if (parts.length !== 3 || parts[0] !== project || !others.has(parts[1]!) || !isIdentifier(parts[2]!))
      continue;
    byEnv.set(parts[1]!, [...(byEnv.get(parts[1]!) ?? []), summary.name]);
  }
  return [...byEnv]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([e, names]) => ({ env: e, names: [...new Set(names)].sort() }));
}

/** One warning (FO657) per environment whose jobs run on the cluster but which flinkops.yaml lacks. */
export function strayEnvironmentDiagnostics(
  listed: readonly JobSummary[],
  project: string,
  env: string,
  environments: readonly string[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const strays = strayEnvironmentJobs(listed, project, environments);
  for (const [old, jobs] of [...strays].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const names = jobs
      .map((j) => `${j.name} (${j.id}, ${j.state})`)
      .sort()
      .join(', ');
    const one = jobs.length === 1;
    out.push(
      warning(
        STRAY_ENVIRONMENT_CODE,
        `${one ? 'A job' : `${jobs.length} jobs`} of project ${project} ${one ? 'runs' : 'run'} on this cluster under environment ${old}, which flinkops.yaml does not define: ${names}`,
        `No plan of this repository looks at ${one ? 'it' : 'them'} any more: nothing upgrades, stops or deletes ${one ? 'it' : 'them'}, and ${one ? 'it keeps' : 'each keeps'} writing ${one ? 'its' : 'their'} sinks. ` +
          `If ${env} is ${old} renamed, this plan creates ${env}'s jobs beside ${one ? 'it' : 'them'}, without ${one ? 'its' : 'their'} state. ` +
          `To carry the state over, put environment ${old} back in flinkops.yaml with state: suspended and apply it (--env ${old}, with --allow-delete for jobs no longer in the repository): each job stops with a savepoint (flinkops savepoints list JOB --env ${old}); ` +
          `then pin restoreFrom: <that savepoint> in environments.${env}.jobs.<job>, remove ${old} again and apply ${env}. ` +
          `To drop ${one ? 'it' : 'them'}, stop ${one ? 'it' : 'them'} in the Flink UI or with POST /jobs/<job id>/stop.`,
      ),
    );
  }
  return out;
}

/** The jobs alive as `<other project>.<env>.<job>`: another project's, or this one's before a rename. */
export function namesakeJobs(listed: readonly JobSummary[], project: string, env: string): Namesake[] {
  const out: Namesake[] = [];
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    const parts = summary.name.split('.');
    if (parts.length !== 3 || parts[0] === project || parts[1] !== env) continue;
    const [other, , job] = parts as [string, string, string];
    if (isIdentifier(other) && isIdentifier(job))
      out.push({ name: summary.name, jobId: summary.id, project: other, job });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.jobId < b.jobId ? -1 : 1));
}

/**
 * The tables named by Flink's default name of an INSERT or a statement set run without
 * `pipeline.name` (`insert-into_<catalog>.<database>.<table>[,...]`), by their last part.
 */
function defaultNameSinks(name: string): string[] | undefined {
  if (!name.startsWith('insert-into_')) return undefined;
  return name
    .slice('insert-into_'.length)
    .split(',')
    .map((t) => t.slice(t.lastIndexOf('.') + 1).replace(/`/g, ''));
}

/**
 * The jobs alive under a name that is not one of the environment's (`<project>.<env>.<job>`) but
 * reads as a job name: `dedup-users`, `Dedup Users` or `shop-prod-dedup-users` as `dedup_users`;
 * or that is Flink's default name, with the tables it writes.
 */
export function lookalikeJobs(listed: readonly JobSummary[], project: string, env: string): Lookalike[] {
  const managed = `${project}.${env}.`;
  const prefix = `${suggestIdentifier(project)}_${suggestIdentifier(env)}_`;
  const out: Lookalike[] = [];
  for (const summary of listed) {
    if (isTerminal(summary.state)) continue;
    if (summary.name.startsWith(managed) && isIdentifier(summary.name.slice(managed.length))) continue;
    const sinks = defaultNameSinks(summary.name);
    const plain = suggestIdentifier(summary.name);
    const job = plain.startsWith(prefix) ? plain.slice(prefix.length) : plain;
    if (sinks) out.push({ name: summary.name, jobId: summary.id, sinks });
    else if (isIdentifier(job)) out.push({ name: summary.name, jobId: summary.id, job });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.jobId < b.jobId ? -1 : 1));
}
