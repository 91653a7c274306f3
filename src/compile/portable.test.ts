import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileEnvironments, compileProject } from './desired';
import { projectEnvironment } from './environment';
import type { DesiredJob } from './model';
import { portableCompile, portableEnvironments, revivedCompile, revivedEnvironments } from './portable';

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

describe('every environment compiled, crossing threads (flinkops compile)', () => {
  const compiled = () => compileEnvironments(EXAMPLE, { envVars: ENV_VARS });

  it('arrives with its hashes and graph when they were asked for', () => {
    const here = compiled();
    expect(here.states.map((s) => s.env)).toEqual(['staging', 'prod', 'local']);
    const arrived = revivedEnvironments(structuredClone(portableEnvironments(here, true)));
    expect(JSON.stringify(arrived)).toBe(JSON.stringify(here));
    expect(arrived.states[1]!.jobs[0]!.restartHash).toBe(here.states[1]!.jobs[0]!.restartHash);
    expect(arrived.states[1]!.graph.nodes.length).toBeGreaterThan(0);
  });

  it('leaves the restart hashes and the graph behind when not, and a read of them is a bug', () => {
    const here = compiled();
    for (const s of here.states) {
      Object.defineProperty(s, 'graph', {
        enumerable: true,
        get: () => {
          throw new Error(`graph of ${s.env} read`);
        },
      });
      for (const job of s.jobs)
        Object.defineProperty(job, 'restartHash', {
          enumerable: true,
          get: () => {
            throw new Error(`restart hash of ${job.name} read`);
          },
        });
    }
    const arrived = revivedEnvironments(structuredClone(portableEnvironments(here, false)));
    const job = arrived.states[0]!.jobs[0]!;
    expect(job.script).toBe(here.states[0]!.jobs[0]!.script);
    expect(job.statements.length).toBeGreaterThan(0);
    expect(() => job.restartHash).toThrow(
      /^bug: the restart hash of .* was not asked of the compile worker$/,
    );
    expect(() => arrived.states[0]!.graph).toThrow(/^bug: the dependency graph of staging/);
  });

  it('passes a repository that does not validate through, with its diagnostics', () => {
    const failed = compileEnvironments(EXAMPLE, { env: 'nowhere', envVars: {} });
    expect(failed.states).toEqual([]);
    expect(failed.diags.length).toBeGreaterThan(0);
    expect(revivedEnvironments(structuredClone(portableEnvironments(failed, false)))).toEqual(failed);
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
