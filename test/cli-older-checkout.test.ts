/**
 * Two checkouts of one repository share a state store: one applies a newer commit, the other,
 * behind it (or never fetched it), plans. Its plan would undo the newer apply (set the
 * parallelism back, start the older script): those changes are refused (FO684), and apply leaves
 * the jobs as the newer commit made them.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from './support/git';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 5, savepointMs: 5, cancelMs: 5 });

/** The fixture as a repository, and a second clone of it (`other`) kept at the first commit. */
function twoCheckouts(): { other: string } {
  git(t.repo, 'init', '-q', '-b', 'main');
  git(t.repo, 'add', '-A');
  git(t.repo, 'commit', '-qm', 'first');
  const other = join(t.base, 'other');
  execFileSync('git', ['clone', '-q', t.repo, other]);
  return { other };
}

const parallelismOf = async (job: string) => {
  const jobs = (await (await fetch(`${t.sim.jobmanagerUrl}/jobs/overview`)).json()) as {
    jobs: { jid: string; name: string; state: string }[];
  };
  const running = jobs.jobs.filter((j) => j.name === `shop.dev.${job}` && j.state === 'RUNNING');
  expect(running).toHaveLength(1);
  const detail = (await (await fetch(`${t.sim.jobmanagerUrl}/jobs/${running[0]!.jid}`)).json()) as {
    vertices: { parallelism: number }[];
  };
  return Math.max(...detail.vertices.map((v) => v.parallelism));
};

describe('a plan from a checkout behind the last apply', () => {
  it('refuses to undo a change applied from a commit the checkout lacks, and says how to catch up', async () => {
    const state = join(t.base, 'state.json');
    const { other } = twoCheckouts();
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    // The first checkout moves on: parallelism 3, applied.
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'parallelism: 3\n');
    git(t.repo, 'commit', '-qam', 'totals at 3');
    const newer = git(t.repo, 'rev-parse', 'HEAD');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    expect(await parallelismOf('totals')).toBe(3);

    // The other checkout never fetched that commit: its plan would set parallelism 2 again.
    const run = (cmd: string[]) =>
      t
        .run(cmd, state, '--dir', other, '--health-grace', '0s')
        .then((r) => ({ ...r, out: r.stdout + r.stderr }));
    const plan = await t.run(['plan'], state, '--dir', other);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('[refused]');
    expect(plan.stdout).toContain(`FO684 rescale of job totals refused: its last change (rescale at`);
    expect(plan.stdout).toContain(`was applied from commit ${newer.slice(0, 12)}, which this checkout`);
    expect(plan.stdout).toContain('does not have');
    expect(plan.stdout).toContain(`git fetch; git log ${newer.slice(0, 12)}`);
    const applied = await run(['apply', '--auto-approve']);
    expect(applied.code).toBe(0);
    expect(await parallelismOf('totals')).toBe(3);
    expect(plan.stdout).toContain('plan with --allow-older-checkout');

    // Fetched but not merged: the checkout is behind the commit.
    git(other, 'fetch', '-q', 'origin');
    const behind = await t.run(['plan'], state, '--dir', other);
    expect(behind.stdout).toContain(`was applied from commit ${newer.slice(0, 12)}, which this checkout`);
    expect(behind.stdout).toContain('is behind');

    // Up to date: nothing to undo, nothing refused.
    git(other, 'merge', '-q', '--ff-only', 'origin/main');
    const current = await t.run(['plan'], state, '--dir', other);
    expect(current.stdout).not.toContain('FO684');
    expect(current.stdout).toContain('No changes');
  });

  it('reads the commit from the running job’s labels when its store knows nothing of it', async () => {
    const state = join(t.base, 'state.json');
    const { other } = twoCheckouts();
    writeFileSync(
      join(t.repo, 'jobs/totals.sql'),
      'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) + 1 AS total\nFROM orders\nGROUP BY customer_id;\n',
    );
    git(t.repo, 'commit', '-qam', 'totals plus one');
    const newer = git(t.repo, 'rev-parse', 'HEAD');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    // Another store (its own default file): no history, only what the cluster's labels say.
    const plan = await t.run(['plan'], join(t.base, 'other-state.json'), '--dir', other);
    expect(plan.stdout).toContain('FO684 upgrade of job totals refused: its running job');
    expect(plan.stdout).toContain(`was started from commit ${newer.slice(0, 12)}, which this checkout`);
  });

  it('changes the job anyway with --allow-older-checkout (a squash merge replaced the commit)', async () => {
    const state = join(t.base, 'state.json');
    const { other } = twoCheckouts();
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'parallelism: 3\n');
    git(t.repo, 'commit', '-qam', 'totals at 3');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    writeFileSync(join(other, 'jobs/totals.yaml'), 'parallelism: 4\n');
    git(other, 'commit', '-qam', 'squashed: totals at 3, then 4');
    const refused = await t.run(['apply', '--auto-approve'], state, '--dir', other, '--health-grace', '0s');
    expect(refused.stdout).toContain('FO684');
    expect(await parallelismOf('totals')).toBe(3);
    const r = await t.run(
      ['apply', '--auto-approve'],
      state,
      '--dir',
      other,
      '--health-grace',
      '0s',
      '--allow-older-checkout',
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('FO684');
    expect(await parallelismOf('totals')).toBe(4);
  });

  it('lets a revert in git go back to the older version', async () => {
    const state = join(t.base, 'state.json');
    twoCheckouts();
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    writeFileSync(join(t.repo, 'jobs/totals.yaml'), 'parallelism: 3\n');
    git(t.repo, 'commit', '-qam', 'totals at 3');
    expect((await t.apply(state, '--health-grace', '0s')).code).toBe(0);
    git(t.repo, 'revert', '--no-edit', 'HEAD');
    const applied = await t.apply(state, '--health-grace', '0s');
    expect(applied.stdout).not.toContain('FO684');
    expect(applied.code).toBe(0);
    expect(await parallelismOf('totals')).toBe(2);
  });
});
