/**
 * Entry of the worker thread that compiles a large repository while the plan's own thread
 * observes the cluster (compile-off-thread.ts). Bundled to dist/chunks/compile-worker.mjs; it
 * loads the same compile chunk as the CLI and posts the result back (compile/portable.ts).
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompileOptions } from '../compile';

// As bin.ts: the compile chunk's code comes from Node's compile cache, not compiled anew.
module.enableCompileCache?.();
const { compileProject, portableCompile } = await import('../compile');
const { dir, options } = workerData as { dir: string; options: CompileOptions };
parentPort?.postMessage(portableCompile(compileProject(dir, options)));
