/** The Action's entry (bundled to dist/action.js): the real ports in, the one call, the exit status out. */
import { actionsCore } from './core';
import { lazyGitHub } from './lazy-github';
import { runAction } from './run';

void runAction({
  core: actionsCore,
  github: (token, repo) => lazyGitHub(() => import('./github').then((m) => m.octokitGitHub(token, repo))),
  env: process.env,
}).then((r) => {
  if (!r.ok) process.exitCode = 1;
});
