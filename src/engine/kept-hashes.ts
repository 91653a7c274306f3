/**
 * A job an older flinkops deployed keeps the spec hash it runs under when only the normaliser
 * reads its SQL otherwise. The spec hash is of the script's normal form; a release of flinkops
 * that learns a Flink built-in (STARTSWITH in 2.0) upper-cases a call `startswith(` the older
 * one left as written, so an unchanged job would get another hash and be upgraded through a
 * savepoint for nothing (and the plan would blame its UDF's jar). The current hash stays as it
 * is (every job deployed with it would restart otherwise): a job whose deployed hash is the hash
 * the older normal form gives the repository's script, settings and jars runs exactly what the
 * repository asks for, and is planned with that hash, as spent pins are (spent-pins.ts). Its next
 * deployment for any other reason records the current hash.
 */
import { restartHash, restartHashAsBefore } from '../compile';
import type { DesiredState } from '../compile/model';
import type { Diagnostic } from '../core/diagnostics';
import type { StateDoc } from '../state/model';
import { compiledSpecHash } from './compile-plans';
import { jarChecksums } from './spent-pins';

export const KEPT_HASH_CODE = 'FO664';
/** A job deployed before the jars its own script loads counted in the spec hash. */
export const KEPT_SCRIPT_JARS_CODE = 'FO460';

/** Puts back the deployed hash of each job the older normal form explains; one FO664 each. */
export function keepDeployedHashes(desired: DesiredState, doc: StateDoc): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const job of desired.jobs) {
    const current = doc.jobs[job.name]?.current;
    if (!current || current.specHash === job.restartHash) continue;
    // A compiled job's hash covers its plan too: compileJobPlans adds it to this one.
    const deployedAs = (hash: string | undefined) =>
      hash === undefined ? undefined : current.plan ? compiledSpecHash(hash, current.plan.sha256) : hash;
    const checksums = jarChecksums(job, desired);
    const before = restartHashAsBefore(job.script, job.settings, checksums);
    if (before !== undefined && deployedAs(before) === current.specHash) {
      diags.push({
        code: KEPT_HASH_CODE,
        severity: 'info',
        summary: `Job ${job.name} keeps spec hash ${current.specHash.slice(0, 12)}: nothing in it changed`,
        detail:
          `The flinkops that deployed it read a call of a function Flink added later (STARTSWITH, PARSE_JSON, …) as written; this one reads it as the built-in's name and hashes the same script to ${job.restartHash.slice(0, 12)}. ` +
          'The job runs the repository’s script, settings and jars, so it is not restarted; its next deployment records the new hash.',
      });
      job.restartHash = before;
      continue;
    }
    const kept = withoutScriptJars(job, checksums, deployedAs, current.specHash);
    if (kept === undefined) continue;
    diags.push({
      code: KEPT_SCRIPT_JARS_CODE,
      severity: 'info',
      summary: `Job ${job.name} keeps spec hash ${current.specHash.slice(0, 12)}: deployed before the jars its script loads counted`,
      detail:
        `The flinkops that deployed it did not count the sha256 of the jars its own script loads (${Object.keys(job.scriptJars!).join(', ')}); this one does, and hashes the same script and settings to ${job.restartHash.slice(0, 12)}. ` +
        'The store cannot say which build the job loaded, so it is not restarted for that alone; its next deployment records the jars. If a jar was rebuilt since the job was deployed, `apply --replace ' +
        `${job.name}\` restarts it with the build on disk now.`,
    });
    job.restartHash = kept;
  }
  return diags;
}

/**
 * The hash the job was deployed under when that flinkops hashed it without its script's jars
 * (`jar:` checksums, counted since they could be read), by either normal form; undefined otherwise.
 */
function withoutScriptJars(
  job: DesiredState['jobs'][number],
  checksums: Readonly<Record<string, string>>,
  deployedAs: (hash: string | undefined) => string | undefined,
  deployed: string,
): string | undefined {
  if (!job.scriptJars) return undefined;
  const rest = Object.fromEntries(Object.entries(checksums).filter(([k]) => !k.startsWith('jar:')));
  for (const hash of [
    restartHash(job.script, job.settings, rest),
    restartHashAsBefore(job.script, job.settings, rest),
  ])
    if (hash !== undefined && deployedAs(hash) === deployed) return hash;
  return undefined;
}
