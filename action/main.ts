/** The Action's entry (bundled to dist/action.js): the real ports in, the one call, the exit status out. */
import { actionsCore } from './core';
import { octokitGitHub } from './github';
import { runAction } from './run';

void runAction({ core: actionsCore, github: octokitGitHub, env: process.env }).then((r) => {
  if (!r.ok) process.exitCode = 1;
});
