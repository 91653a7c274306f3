import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProject } from './desired';
import { projectEnvironment } from './environment';
import type { DesiredJob } from './model';
import { portableCompile, revivedCompile } from './portable';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'example-repo');
const ENV_VARS = { KAFKA_BROKERS: 'kafka-from-env:9092' };

describe('a compile result crossing threads', () => {
  it('arrives as compile returned it, its statements and metadata hash computed on first use', () => {
    const compiled = compileProject(EXAMPLE, { env: 'prod', envVars: ENV_VARS });
    expect(compiled.value?.jobs.length).toBeGreaterThan(1);
    // postMessage clones as structuredClone does.
    const arrived = revivedCompile(structuredClone(portableCompile(compiled)));
    expect(JSON.stringify(arrived)).toBe(JSON.stringify(compiled));
    expect(arrived).toEqual(compiled);
    for (const job of arrived.value!.jobs) {
      expect(Object.keys(job)).toEqual(Object.keys(compiled.value!.jobs.find((j) => j.name === job.name)!));
      expect(Object.getOwnPropertyDescriptor(job, 'statements')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(job, 'metadataHash')?.get).toBeTypeOf('function');
    }
  });

  it.each(['statements', 'metadataHash'])('leaves the %s unread on the way out', (key) => {
    const compiled = compileProject(EXAMPLE, { env: 'prod', envVars: ENV_VARS });
    for (const job of compiled.value!.jobs)
      Object.defineProperty(job, key, {
        enumerable: true,
        get: () => {
          throw new Error(`${key} of ${job.name} read`);
        },
      });
    const out = portableCompile(compiled);
    expect(out.value!.jobs.map((j: DesiredJob) => Object.hasOwn(j, key))).not.toContain(true);
    expect(() => structuredClone(out)).not.toThrow();
  });

  it('passes a failed compile through', () => {
    const failed = compileProject(EXAMPLE, { env: 'nowhere' });
    expect(failed.value).toBeUndefined();
    expect(revivedCompile(structuredClone(portableCompile(failed)))).toEqual(failed);
  });
});

describe('the environment from flinkops.yaml alone', () => {
  it.each(['staging', 'prod'])('is the one the compile of %s says', (env) => {
    const compiled = compileProject(EXAMPLE, { env, envVars: ENV_VARS }).value!;
    expect(projectEnvironment(EXAMPLE, env, ENV_VARS)).toEqual({
      project: compiled.project,
      environment: compiled.environment,
      environments: compiled.environments,
    });
  });

  it('is unknown for an environment flinkops.yaml does not define, or a folder without one', () => {
    expect(projectEnvironment(EXAMPLE, 'nowhere', {})).toBeUndefined();
    expect(projectEnvironment(join(EXAMPLE, 'jobs'), 'prod', {})).toBeUndefined();
  });
});
