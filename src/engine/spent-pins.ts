/**
 * A spent `restoreFrom:` taken out of the repository restarts nothing. The pin is part of the
 * spec hash (a new pin redeploys the job from it), so its removal alone would move the hash and
 * upgrade the job through a savepoint with nothing changed in what runs; the Flink Kubernetes
 * Operator does not restart a job whose `initialSavepointPath` is removed either. A job whose
 * only difference from its deployed version is that removal is planned with the pin it was
 * deployed with, as if the spent line were still there (which changes nothing: a pin counts
 * only when it changes), so its hash is the hash that runs. The next deployment for any other
 * reason records it without the pin.
 */
import { restartHash, specChecksums } from '../compile';
import type { DesiredJob, DesiredState } from '../compile/model';
import type { StateDoc } from '../state/model';
import { compiledSpecHash } from './compile-plans';

/** Puts back the deployed pin of each job whose only change is its removal; returns their names. */
export function keepSpentPins(desired: DesiredState, doc: StateDoc): string[] {
  const kept: string[] = [];
  for (const job of desired.jobs) {
    if (job.settings.restoreFrom !== undefined) continue;
    const current = doc.jobs[job.name]?.current;
    const pin = current?.settings?.restoreFrom;
    if (typeof pin !== 'string' || current?.script !== job.script) continue;
    const settings = { ...job.settings, restoreFrom: pin };
    const hash = restartHash(job.script, settings, jarChecksums(job, desired));
    // A compiled job's hash covers its plan too: compileJobPlans adds it to this one.
    const deployed = current.plan ? compiledSpecHash(hash, current.plan.sha256) : hash;
    if (deployed !== current.specHash) continue;
    job.settings = settings;
    job.restartHash = hash;
    kept.push(job.name);
  }
  return kept;
}

/** The sha256 of each checksummed UDF jar and Python file the job loads, as its spec hash counts them. */
export function jarChecksums(job: DesiredJob, desired: DesiredState): Record<string, string> {
  return specChecksums(
    job.udfs,
    (name) => desired.udfs.find((u) => u.name === name)?.sha256,
    job.pythonFiles,
    job.scriptJars,
  );
}
