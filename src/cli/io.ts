/** The CLI's window on the world, injected so commands can run in-process in tests. */
import { isatty } from 'node:tty';
import { createInterrupt, type Interrupt } from './interrupt';

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

export function processIo(): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  const env = process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY,
    color: isTTY && !noColor && env.TERM !== 'dumb',
    env,
    cwd: process.cwd(),
    // isatty(0), not process.stdin.isTTY: opening stdin costs every command ~10 ms.
    confirm: isatty(0) ? askOnTerminal : undefined,
    interrupt: createInterrupt({
      on: (sig, handler) => process.on(sig, handler),
      exit: (code) => process.exit(code),
      stderr: (t) => process.stderr.write(t),
    }),
  };
}

async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} `);
    return /^(y|yes)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Exit codes, following `terraform plan -detailed-exitcode`. */
export const EXIT = { ok: 0, error: 1, changes: 2 } as const;
