/**
 * Entry of the worker thread that compiles a large repository (compile-off-thread.ts): for a
 * plan, one environment while the plan's own thread observes the cluster; for `flinkops compile`,
 * every environment asked for, in a heap whose young generation is kept small. Bundled to
 * dist/chunks/compile-worker.mjs; it loads the same compile chunk as the CLI and posts the result
 * back (compile/portable.ts).
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompileTask } from './compile-off-thread';

// As bin.ts: the compile chunk's code comes from Node's compile cache, not compiled anew.
module.enableCompileCache?.();
const { compileEnvironments, compileProject, portableCompile, portableEnvironments } = await import(
  '../compile'
);
const task = workerData as CompileTask;
parentPort?.postMessage(
  task.kind === 'plan'
    ? portableCompile(compileProject(task.dir, task.options))
    : portableEnvironments(compileEnvironments(task.dir, task.options), task.hashes),
);
