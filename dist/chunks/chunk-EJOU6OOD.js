import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// flinkops-builtin:node:child_process
var m = process.getBuiltinModule("node:child_process");
var { ChildProcess, _forkChild, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync } = m;

export {
  execFileSync,
  spawn
};
