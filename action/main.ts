/** The Action's entry (bundled to dist/action.js): the real ports in, the one call, the exit status out. */
import { createInterrupt } from '../src/core/interrupt';
import { actionsCore } from './core';
import { lazyGitHub } from './lazy-github';
import { runAction } from './run';

// A cancelled workflow run gets SIGINT, then SIGTERM 7.5 s later, then is killed 2.5 s after that.
// During an apply the first signal stops it at its next safe point (the step under way finishes
// and is recorded, the state lock is released); a later one does not cut that short. Outside an
// apply a signal ends the run at once: nothing is held.
const interrupt = createInterrupt(
  {
    on: (signal, handler) => process.on(signal, handler),
    exit: (code) => process.exit(code),
    stderr: (text) => process.stdout.write(text),
  },
  { repeat: 'finish' },
);

void runAction({
  core: actionsCore,
  github: (token, repo) => lazyGitHub(() => import('./github').then((m) => m.octokitGitHub(token, repo))),
  env: process.env,
  interrupt,
}).then((r) => {
  if (!r.ok) process.exitCode = 1;
});
