/**
 * A compile normalises the parts several jobs share once and each run of the others in one pass
 * (normalizePieces, with one cache for all jobs); the restart hash it gives must be, byte for byte,
 * the hash of the whole script's one-pass normal form (`restartHash`), or the first plan of the
 * build that differs upgrades every deployed job. test/normalize-pieces.test.ts holds pieces cut
 * from the corpus to it; this holds the parts compile really builds to it (SET lines, ADD JAR and
 * UDFs some jobs share, DDL of tables one job uses, `${env.X}` substituted into DDL and
 * statements, the header), for every job of every repository the tests compile, example-repo
 * and generated repositories of each table style.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/lib/gen-repo.mjs';
import { compileProject, restartHash, specChecksums } from '../src/compile';
import { loadAndValidate } from '../src/validate';

const REPOS = join(import.meta.dirname, 'fixtures', 'repos');
const EXAMPLE = join(import.meta.dirname, '..', 'example-repo');

/**
 * Per job of every environment of `dir`: [the hash compile gives, the one-pass hash]. The compiled
 * hashes are read last job first, so the shared parts' cache fills in another order than the
 * scripts were built in. Undefined when the repository does not compile.
 */
function hashesBothWays(dir: string): [string, string, string][] | undefined {
  const envs = Object.keys(loadAndValidate(dir, { envVars: {} }).value.config?.environments ?? {});
  const out: [string, string, string][] = [];
  for (const env of envs) {
    const r = compileProject(dir, { env, envVars: {} });
    if (!r.value) return undefined;
    const { jobs, udfs } = r.value;
    const compiled = new Map([...jobs].reverse().map((j) => [j.name, j.restartHash]));
    for (const j of jobs) {
      const checksums = specChecksums(j.udfs, (u) => udfs.find((d) => d.name === u)?.sha256, j.pythonFiles);
      out.push([`${env}/${j.name}`, compiled.get(j.name)!, restartHash(j.script, j.settings, checksums)]);
    }
  }
  return out;
}

function expectOnePass(dir: string): number {
  const hashes = hashesBothWays(dir);
  if (!hashes) return 0;
  for (const [job, compiled, onePass] of hashes)
    expect({ job, hash: compiled }).toEqual({ job, hash: onePass });
  return hashes.length;
}

describe("compile's restart hash is the one-pass hash of each job's script", () => {
  const work = mkdtempSync(join(tmpdir(), 'flinkops-one-pass-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('for every job of every test repository that compiles, and of example-repo', () => {
    const dirs = readdirSync(REPOS)
      .map((d) => join(REPOS, d))
      .filter((d) => existsSync(join(d, 'flinkops.yaml')));
    let repos = 0;
    let jobs = 0;
    for (const dir of [...dirs, EXAMPLE]) {
      const n = expectOnePass(dir);
      if (n > 0) repos++;
      jobs += n;
    }
    // Most fixtures are broken on purpose; these many compile (a fixture that stops compiling shows here).
    expect(repos).toBeGreaterThanOrEqual(6);
    expect(jobs).toBeGreaterThanOrEqual(23);
  });

  it.each(['ddl', 'block', 'flow'] as const)(
    'for every job of a generated repository of %s tables',
    (style) => {
      const dir = join(work, style);
      // 12 jobs over 10 UDFs: most UDF lines are one job's, two are shared; the SET lines of the jobs with settings are shared.
      generate(dir, { jobs: 12, udfs: 10, style });
      expect(expectOnePass(dir)).toBe(12);
    },
  );
});
