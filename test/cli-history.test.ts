import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StateDoc, serializeStateFile } from '../src/state';
import { cli } from './support/cli';
import { git as gitIn } from './support/git';

const example = join(import.meta.dirname, '..', 'example-repo');
let dir: string;
const git = (...args: string[]) => gitIn(dir, ...args);

const doc: StateDoc = {
  formatVersion: 5,
  project: 'rides',
  env: 'staging',
  jobs: {
    enrich_rides: {
      pipelineName: 'rides.staging.enrich_rides',
      status: 'running',
      savepoints: [],
      history: [
        {
          time: '2026-01-01T10:00:00.000Z',
          action: 'create',
          commit: 'abc123def4567',
          jobId: 'a'.repeat(32),
        },
        {
          time: '2026-01-02T10:00:00.000Z',
          action: 'upgrade',
          commit: 'fed987',
          jobId: 'b'.repeat(32),
          savepoint: 's3://sp/savepoint-1',
        },
      ],
    },
  },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flinkops-history-'));
  cpSync(example, dir, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'repo');
  // The state branch as the Action leaves it: an orphan branch holding <project>/<env>.json.
  git('checkout', '-q', '--orphan', 'flinkops-state');
  git('rm', '-rqf', '.');
  mkdirSync(join(dir, 'rides'), { recursive: true });
  writeFileSync(join(dir, 'rides', 'staging.json'), serializeStateFile({ version: 2, state: doc }));
  git('add', 'rides/staging.json');
  git('commit', '-qm', 'apply rides/staging at fed987 (#7): upgrade enrich_rides applied');
  git('checkout', '-q', 'main');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('flinkops history --state-branch', () => {
  it("reads the Action's state branch from the clone and lists its audit commits", async () => {
    const r = await cli([
      'history',
      'enrich_rides',
      '--dir',
      dir,
      '--env',
      'staging',
      '--state-branch',
      'flinkops-state',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2026-01-01T10:00:00.000Z\s+create\s+commit abc123def456/);
    expect(r.stdout).toMatch(/upgrade\s+commit fed987 · job b{32} · savepoint s3:\/\/sp\/savepoint-1/);
    expect(r.stdout).toMatch(/Audit commits on flinkops-state[\s\S]*apply rides\/staging at fed987 \(#7\)/);
  });

  it('says how to fetch a state branch that is not in the clone', async () => {
    const r = await cli(['history', '--dir', dir, '--env', 'staging', '--state-branch', 'nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error FO810: no state branch 'nope' in this clone");
    expect(r.stderr).toContain('git fetch origin nope');
  });

  it('with --json, an unknown job or a missing branch is one {diagnostics} document on stdout', async () => {
    const base = ['--dir', dir, '--env', 'staging', '--json'];
    const job = await cli(['history', 'enrich_ride', ...base, '--state-branch', 'flinkops-state']);
    expect(job.code).toBe(1);
    expect(JSON.parse(job.stdout).diagnostics[0]).toMatchObject({ code: 'FO720', severity: 'error' });
    expect(JSON.parse(job.stdout).diagnostics[0].detail).toContain("did you mean 'enrich_rides'?");
    const branch = await cli(['history', ...base, '--state-branch', 'nope']);
    expect(branch.code).toBe(1);
    expect(JSON.parse(branch.stdout).diagnostics[0]).toMatchObject({ code: 'FO810' });
  });
});

describe('flinkops history --env', () => {
  it('refuses an environment flinkops.yaml does not define (a typo is not an empty history)', async () => {
    const r = await cli(['history', '--dir', dir, '--env', 'prdo']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error FO240: Unknown environment "prdo"');
    expect(r.stderr).toContain('Did you mean "prod"?');

    const j = await cli(['history', '--dir', dir, '--env', 'prdo', '--json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout).diagnostics[0]).toMatchObject({ code: 'FO240', severity: 'error' });
  });

  it('still reads the state file of an environment no longer in flinkops.yaml', async () => {
    const state = join(dir, '.flinkops', 'state');
    mkdirSync(state, { recursive: true });
    writeFileSync(
      join(state, 'retired.json'),
      serializeStateFile({ version: 2, state: { ...doc, env: 'retired' } }),
    );
    try {
      const r = await cli(['history', 'enrich_rides', '--dir', dir, '--env', 'retired']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/upgrade\s+commit fed987/);
    } finally {
      rmSync(join(dir, '.flinkops'), { recursive: true, force: true });
    }
  });
});

describe('flinkops history with a flinkops.yaml that is not valid YAML', () => {
  it('reports the YAML error, not a store of another project (FO803, "the project was renamed")', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'flinkops-history-yaml-'));
    try {
      cpSync(example, broken, { recursive: true });
      const state = join(broken, '.flinkops', 'state');
      mkdirSync(state, { recursive: true });
      writeFileSync(join(state, 'staging.json'), serializeStateFile({ version: 2, state: doc }));
      // A key twice in one mapping: an edit gone wrong.
      const yaml = readFileSync(join(broken, 'flinkops.yaml'), 'utf8');
      writeFileSync(
        join(broken, 'flinkops.yaml'),
        yaml.replace('project: rides\n', 'project: rides\nproject: rides\n'),
      );
      const r = await cli(['history', '--dir', broken, '--env', 'staging']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('flinkops.yaml:');
      expect(r.stderr).not.toContain('FO803');
      expect(r.stderr).toMatch(/error FO10\d/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
