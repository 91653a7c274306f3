/** The CLI's window on the world, injected so commands can run in-process in tests. */
import { fstatSync, writeSync } from 'node:fs';
import { createInterrupt, type Interrupt } from '../core/interrupt';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (live progress lines, colours). */
  isTTY: boolean;
  /** Colours on: a TTY and NO_COLOR unset. */
  color: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Ask a yes/no question on a TTY; undefined when there is no terminal to ask. */
  confirm?: (question: string) => Promise<boolean>;
  /** SIGINT/SIGTERM: long-running commands (apply, sim) stop at a safe point on the first one. */
  interrupt?: Interrupt;
}

/**
 * The process's Io. Output goes straight to file descriptors 1 and 2 (`writeSync`), and whether one
 * is a terminal is asked of the file first: `process.stdout` and node:tty load Node's streams and
 * its network module (~4 ms of every command's start, for nothing when the output is a pipe or a
 * file). Writes are in order and complete when `stdout` returns, on a pipe, a file or a terminal.
 */
export function processIo(): Io {
  const env = process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const isTTY = isTerminal(1);
  return {
    stdout: (t) => writeAll(1, t),
    stderr: (t) => writeAll(2, t),
    isTTY,
    color: isTTY && !noColor && env.TERM !== 'dumb',
    env,
    cwd: process.cwd(),
    // Asked of stdin only when a command wants to ask (stdin is often /dev/null, a character device).
    get confirm() {
      return isTerminal(0) ? askOnTerminal : undefined;
    },
    interrupt: createInterrupt({
      on: (sig, handler) => process.on(sig, handler),
      exit: (code) => process.exit(code),
      stderr: (t) => writeAll(2, t),
    }),
  };
}

/**
 * Whether `fd` is a terminal: only a character device can be, so a pipe or a file needs no
 * node:tty (which loads Node's streams and sockets: ~3 ms of a start). Nor does /dev/null, the
 * output of many a script's `flinkops validate >/dev/null`: on Linux its device class (major 1:
 * null, zero, random, ...) holds no terminal.
 */
function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform === 'linux' && Math.floor(st.rdev / 256) % 4096 === 1) return false;
  } catch {
    return false; // closed
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

let pause: Int32Array | undefined;

/** The output itself cannot be written (a full disk, a closed descriptor): the user's to fix, not a bug. */
export class OutputError extends Error {
  constructor(fd: number, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOSPC' ? 'the disk is full' : cause instanceof Error ? cause.message : String(cause);
    super(`cannot write to ${fd === 2 ? 'standard error' : 'standard output'}: ${why}`);
  }
}

/**
 * Writes all of `text` to `fd`. A descriptor another process left non-blocking refuses a write
 * while the reader is behind (EAGAIN): wait a millisecond and go on. A reader that closed the pipe
 * (`flinkops compile | head`) ends the run quietly, as its choice, not an error.
 */
export function writeAll(
  fd: number,
  text: string,
  write: (fd: number, bytes: Buffer, at: number) => number = writeSync,
): void {
  const bytes = Buffer.from(text);
  let at = 0;
  while (at < bytes.length) {
    try {
      at += write(fd, bytes, at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause ??= new Int32Array(new SharedArrayBuffer(4));
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw new OutputError(fd, e);
    }
  }
}

/**
 * The answer that approves: "yes", as the question says and Terraform asks; a "y" typed on
 * reflex (or an answer meant for another prompt) changes nothing on the cluster.
 */
export function approves(answer: string): boolean {
  return /^yes$/i.test(answer.trim());
}

async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return approves(await rl.question(`${question} `));
  } finally {
    rl.close();
  }
}

/**
 * Exit codes, following `terraform plan -detailed-exitcode`; `unchecked` is `status --check`'s
 * "health unknown" (the cluster, the repository or the store could not be read), as a monitoring
 * check's UNKNOWN, so a cron job tells a broken check from a breach.
 */
export const EXIT = { ok: 0, error: 1, changes: 2, unchecked: 3 } as const;
