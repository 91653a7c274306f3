/**
 * `movedFrom:` (a job's former name) in each environment, as the job's YAML, the defaults and the
 * environment's override resolve it: a rename needs an old name that is no job of the repository
 * (not the job itself, not one still there, which also rules out chains a → b → c in one change),
 * claimed by one job only.
 */
import { type Diagnostic, error, type SourceRange, warning } from '../core/diagnostics';
import type { Project } from './model';

export const MOVED_FROM_CODES = {
  /** Error: movedFrom names the job itself or a job the repository still has. */
  stillThere: 'FO292',
  /** Error: two jobs name the same former job (or the defaults name one for every job). */
  claimedTwice: 'FO293',
  /** Warning: a job is renamed from a job policy.protectedJobs lists, and the new name is not listed. */
  protectedLeft: 'FO281',
} as const;

interface Claim {
  job: string;
  from: string;
  at: SourceRange | undefined;
  where: string;
}

export function checkMovedFrom(project: Project, envs: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const push = (d: Diagnostic) => {
    const key = `${d.code}\u0000${d.summary}\u0000${d.range?.file}:${d.range?.start.line}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  const y = project.loaded.config;
  const config = project.config;
  if (config?.defaults?.movedFrom !== undefined)
    push(
      error(
        MOVED_FROM_CODES.claimedTwice,
        `movedFrom under defaults: every job would be ${config.defaults.movedFrom} renamed`,
        "movedFrom is one job's former name: set it in that job's settings (jobs/<job>.yaml), or under environments.<env>.jobs.<job>, and remove it from defaults.",
        y?.locate(['defaults', 'movedFrom']),
      ),
    );
  const names = new Set(project.jobs.map((j) => j.name));
  const yamlOf = new Map(project.loaded.jobs.flatMap((j) => (j.yaml ? [[j.name, j.yaml] as const] : [])));
  for (const env of envs.length > 0 ? envs : ['']) {
    const overrides = env ? config?.environments[env]?.jobs : undefined;
    const claims: Claim[] = [];
    for (const job of project.jobs) {
      const over = overrides?.[job.name]?.movedFrom;
      const from = over ?? job.settings.movedFrom;
      if (from === undefined) continue;
      const at =
        over !== undefined
          ? y?.locate(['environments', env, 'jobs', job.name, 'movedFrom'])
          : yamlOf.get(job.name)?.locate(['movedFrom']);
      const where =
        over !== undefined
          ? `environments.${env}.jobs.${job.name}`
          : (job.yamlFile ?? `jobs/${job.name}.yaml`);
      claims.push({ job: job.name, from, at, where });
    }
    for (const c of claims) {
      if (c.from === c.job)
        push(
          error(
            MOVED_FROM_CODES.stillThere,
            `Job ${c.job} names itself in movedFrom`,
            `movedFrom is the name the job had before a rename. Remove it from ${c.where}, or write the former name.`,
            c.at,
          ),
        );
      else if (names.has(c.from))
        push(
          error(
            MOVED_FROM_CODES.stillThere,
            `Job ${c.job} is renamed from ${c.from} (movedFrom), but jobs/${c.from}.sql is still in the repository`,
            `A rename takes ${c.from}'s place: remove jobs/${c.from}.sql (and its YAML) in the same change. ` +
              `${project.jobs.find((j) => j.name === c.from)?.settings.movedFrom ? `A chain of renames (${c.from} renamed in turn) is done one rename per apply: apply the first, then the next. ` : ''}` +
              `If ${c.job} is a new job beside ${c.from}, remove movedFrom from ${c.where}.`,
            c.at,
          ),
        );
    }
    // The protection follows the state a rename carries: the plan refuses the rename (FO609) until
    // the new name is listed. Said offline too, so a pull request checked without a cluster shows it.
    const protectedJobs = config?.policy?.protectedJobs ?? [];
    for (const c of claims) {
      if (
        c.from === c.job ||
        names.has(c.from) ||
        !protectedJobs.includes(c.from) ||
        protectedJobs.includes(c.job)
      )
        continue;
      push(
        warning(
          MOVED_FROM_CODES.protectedLeft,
          `Job ${c.job} is renamed from ${c.from} (movedFrom), which policy.protectedJobs protects, but ${c.job} is not listed there`,
          `The rename carries ${c.from}'s state to ${c.job}, and a plan refuses it while ${c.job} is not protected in turn (FO609). Replace ${c.from} with ${c.job} in policy.protectedJobs in flinkops.yaml, in the same reviewed change; or, to leave the job unprotected, remove ${c.from} from it.`,
          c.at,
        ),
      );
    }
    const byOld = new Map<string, Claim[]>();
    for (const c of claims) byOld.set(c.from, [...(byOld.get(c.from) ?? []), c]);
    for (const [old, list] of byOld) {
      if (list.length < 2 || names.has(old)) continue;
      const jobs = list.map((c) => c.job).join(', ');
      for (const c of list)
        push(
          error(
            MOVED_FROM_CODES.claimedTwice,
            `Jobs ${jobs} are all renamed from ${old} (movedFrom)${env ? ` in environment ${env}` : ''}: one job only can take its state`,
            `Keep movedFrom: ${old} on the job that continues ${old}, and remove it from the others (${c.where}); they start as new jobs.`,
            c.at,
          ),
        );
    }
  }
  return out;
}
