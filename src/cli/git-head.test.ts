import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from './args';
import { currentCommit } from './cluster-options';
import { headCommit } from './git-head';

const root = mkdtempSync(join(tmpdir(), 'flinkops-git-head-'));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  }).trim();

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('headCommit reads the commit git rev-parse HEAD names', () => {
  const repo = join(root, 'repo');
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(join(repo, 'f'), '1');
  git(repo, 'add', 'f');
  git(repo, 'commit', '-qm', 'one');
  mkdirSync(join(repo, 'project/jobs'), { recursive: true });

  it('on a branch with a loose ref, from a subdirectory', () => {
    expect(headCommit(join(repo, 'project/jobs'))).toBe(git(repo, 'rev-parse', 'HEAD'));
  });

  it('with packed refs and a detached HEAD', () => {
    git(repo, 'pack-refs', '--all');
    expect(headCommit(repo)).toBe(git(repo, 'rev-parse', 'HEAD'));
    writeFileSync(join(repo, 'f'), '2');
    git(repo, 'commit', '-qam', 'two');
    git(repo, 'checkout', '-q', '--detach', 'HEAD~1');
    expect(headCommit(repo)).toBe(git(repo, 'rev-parse', 'HEAD'));
    git(repo, 'checkout', '-q', 'main');
  });

  it('in a linked worktree', () => {
    const wt = join(root, 'wt');
    git(repo, 'worktree', 'add', '-q', '-b', 'other', wt, 'HEAD~1');
    expect(headCommit(wt)).toBe(git(wt, 'rev-parse', 'HEAD'));
    expect(headCommit(wt)).not.toBe(headCommit(repo));
  });

  it('answers null outside a repository and undefined on an unborn branch', () => {
    expect(headCommit(tmpdir())).toBeNull();
    const empty = join(root, 'empty');
    git(root, 'init', '-q', empty);
    expect(headCommit(empty)).toBeUndefined();
  });
});

describe('currentCommit: the commit a plan is labelled with', () => {
  const outside = mkdtempSync(join(tmpdir(), 'flinkops-no-repo-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));
  const io = (env: Record<string, string>) => ({ env }) as Parameters<typeof currentCommit>[1];
  const noArgs = parseCommandArgs([], {});

  it('is none outside a repository, and is the commit of the repository GIT_DIR names', () => {
    const env = { ...process.env } as Record<string, string>;
    delete env.GIT_DIR;
    expect(currentCommit(noArgs, io(env), outside)).toBeUndefined();
    const repo = join(root, 'elsewhere');
    git(root, 'init', '-q', repo);
    writeFileSync(join(repo, 'f'), 'x');
    git(repo, 'add', 'f');
    git(repo, 'commit', '-qm', 'one');
    expect(
      currentCommit(
        noArgs,
        io({ ...process.env, GIT_DIR: join(repo, '.git') } as Record<string, string>),
        outside,
      ),
    ).toBe(git(repo, 'rev-parse', 'HEAD'));
  });
});
