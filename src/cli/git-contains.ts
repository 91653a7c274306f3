/**
 * Which commits the checkout a plan is made in lacks: of the commits the plan's changes would undo
 * (the jobs' last changes), those that are not ancestors of HEAD (`behind`), or not in this clone
 * at all (`missing`). One `git merge-base` (~30 ms) per commit asked: a plan asks only about the
 * jobs it changes.
 * Asks git; outside a repository, in a shallow clone (whose history ends early) or without git,
 * it cannot tell and answers nothing.
 */
import type { OutsideCheckout } from '../plan';
import { headCommit } from './git-head';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function commitsOutsideCheckout(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): (commits: string[]) => ReadonlyMap<string, OutsideCheckout> {
  return (commits) => {
    const out = new Map<string, OutsideCheckout>();
    const asked = commits.filter((c) => SHA.test(c));
    if (asked.length === 0) return out;
    const head = headCommit(dir);
    if (head === null && env.GIT_DIR === undefined) return out;
    // Loaded here, not at start: only a plan that changes a job last changed from another commit asks git.
    const { spawnSync } = process.getBuiltinModule('node:child_process');
    const git = (args: string[]) =>
      spawnSync('git', args, {
        cwd: dir,
        env: env as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    const shallow = git(['rev-parse', '--is-shallow-repository']);
    if (shallow.status !== 0 || String(shallow.stdout).trim() !== 'false') return out;
    for (const c of asked) {
      if (c === head) continue;
      const r = git(['merge-base', '--is-ancestor', c, 'HEAD']);
      if (r.status === 0) continue;
      if (r.status === 1) out.set(c, 'behind');
      else if (git(['cat-file', '-e', `${c}^{commit}`]).status !== 0) out.set(c, 'missing');
    }
    return out;
  };
}
