/**
 * A large repository compiles in a worker thread, so that the plan's own thread can observe the
 * cluster meanwhile: neither needs the other before the diff, and at 1,000 jobs each is about half
 * a second (the compile on the CPU, the observation mostly waiting for answers). A small one
 * compiles in less time than a worker takes to start, and compiles where it is.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type CompileOptions, type CompileResult, revivedCompile } from '../compile';

/**
 * Job files (`jobs/*.sql`) from which a repository is compiled in a worker thread. Measured
 * (plan against the simulator's running jobs, 5 ms latency, 2 cores): at 200 and 400 jobs the
 * worker's start, its module loading and the clone of the result cost what the overlap saves;
 * at 600 it saves ~5 % of the wall time, at 1,000 ~20 %.
 */
export const COMPILE_WORKER_FROM_JOBS = 500;

/**
 * The compile of `dir` in a worker thread; undefined when it is better done in this one (a small
 * repository, one core) or cannot be (running from the sources: there is no bundled worker entry).
 */
export function compileOffThread(dir: string, options: CompileOptions): Promise<CompileResult> | undefined {
  // Bundled, this module sits in dist/chunks/ beside the worker's entry (chunks are .mjs).
  const entry = new URL('./compile-worker.mjs', import.meta.url);
  if (entry.protocol !== 'file:' || !existsSync(entry)) return undefined;
  // On one core the two would take turns: a worker would only add its start. (node:os is loaded
  // only for a repository large enough to ask.)
  if (jobFiles(dir) < COMPILE_WORKER_FROM_JOBS) return undefined;
  if (process.getBuiltinModule('node:os').availableParallelism() < 2) return undefined;
  const v8 = process.getBuiltinModule('node:v8');
  lessEagerOptimising(v8);
  // The worker's heap starts with room for what a compile of some thousand jobs keeps: the
  // default (a limit that grows from a few MB) made it run a full mark-compact halfway (~60–75 ms
  // of the worker's CPU at 1,000 jobs) to free little. Read when the worker's isolate is created,
  // and by no isolate before (this thread's heap is sized already).
  v8.setFlagsFromString(`--initial-old-space-size=${WORKER_INITIAL_OLD_SPACE_MB}`);
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { dir, options } });
    worker.once('message', (r: CompileResult) => resolve(revivedCompile(r)));
    worker.once('error', reject);
    // After its message this settles nothing; before it, the worker died without an answer.
    worker.once('exit', (code) =>
      reject(new Error(`bug: the compile worker exited with ${code} and no result`)),
    );
  });
}

/**
 * V8's efficiency mode, for the rest of the process: a function is optimised by TurboFan only once
 * it has run 15,000 times (Maglev still compiles the warm ones). Two isolates each compiling its own
 * hot code on V8's background threads were a fifth of a plan's CPU: with the two threads on two
 * cores, the optimising compilers took cores the plan's threads were waiting for. Measured on plan
 * of 1,000 live jobs (bench/README, twenty-first pass): ~200 ms less CPU, the wall time with it.
 * V8 reads the mode at each tiering decision, so setting it here reaches all the code that
 * becomes hot afterwards, in both threads.
 */
function lessEagerOptimising(v8: typeof import('node:v8')): void {
  v8.setFlagsFromString('--efficiency-mode');
}

/** MB; the peak RSS of plan of 1,000 live jobs stays where it was (260–285 MB across the runs). */
const WORKER_INITIAL_OLD_SPACE_MB = 256;

/** How many `.sql` files jobs/ holds (0 when it cannot be read: the compile will say why). */
function jobFiles(dir: string): number {
  try {
    return readdirSync(join(dir, 'jobs')).filter((f) => f.endsWith('.sql')).length;
  } catch {
    return 0;
  }
}
