import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  createInterrupt
} from "./chunk-XYL5USJW.js";

// flinkops-builtin:node:tty
var m = process.getBuiltinModule("node:tty");
var { ReadStream, WriteStream, isatty } = m;

// src/cli/io.ts
function processIo() {
  const isTTY = Boolean(process.stdout.isTTY);
  const env = process.env;
  const noColor = env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY,
    color: isTTY && !noColor && env.TERM !== "dumb",
    env,
    cwd: process.cwd(),
    // isatty(0), not process.stdin.isTTY: opening stdin costs every command ~10 ms.
    confirm: isatty(0) ? askOnTerminal : void 0,
    interrupt: createInterrupt({
      on: (sig, handler) => process.on(sig, handler),
      exit: (code) => process.exit(code),
      stderr: (t) => process.stderr.write(t)
    })
  };
}
async function askOnTerminal(question) {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} `);
    return /^(y|yes)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
var EXIT = { ok: 0, error: 1, changes: 2 };

export {
  processIo,
  EXIT
};
