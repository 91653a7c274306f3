import {
  parseArgs
} from "./chunk-VT7LOJPP.mjs";
import {
  createInterrupt
} from "./chunk-QLMKHXW3.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";
import {
  didYouMean
} from "./chunk-EKKRR5UX.mjs";
import {
  fstatSync,
  writeSync
} from "./chunk-NPMD6JOW.mjs";

// src/cli/io.ts
var processIo = (function processIo() {
  const env = process.env;
  const noColor = env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  const isTTY = isTerminal(1);
  return {
    stdout: (t) => writeAll(1, t),
    stderr: (t) => writeAll(2, t),
    isTTY,
    color: isTTY && !noColor && env.TERM !== "dumb",
    env,
    cwd: process.cwd(),
    // Asked of stdin only when a command wants to ask (stdin is often /dev/null, a character device).
    get confirm() {
      return isTerminal(0) ? askOnTerminal : void 0;
    },
    interrupt: createInterrupt({
      on: (sig, handler) => process.on(sig, handler),
      exit: (code) => process.exit(code),
      stderr: (t) => writeAll(2, t)
    })
  };
});
var isTerminal = (function isTerminal(fd) {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform === "linux" && Math.floor(st.rdev / 256) % 4096 === 1) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule("node:tty").isatty(fd);
});
var pause;
var OutputError = class extends Error {
  constructor(fd, cause) {
    const code = cause.code;
    const why = code === "ENOSPC" ? "the disk is full" : cause instanceof Error ? cause.message : String(cause);
    super(`cannot write to ${fd === 2 ? "standard error" : "standard output"}: ${why}`);
  }
};
var writeAll = (function writeAll(fd, text, write = writeSync) {
  const bytes = Buffer.from(text);
  let at = 0;
  while (at < bytes.length) {
    try {
      at += write(fd, bytes, at);
    } catch (e) {
      const code = e.code;
      if (code === "EAGAIN") {
        pause ??= new Int32Array(new SharedArrayBuffer(4));
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw new OutputError(fd, e);
    }
  }
});
var approves = (function approves(answer) {
  return /^yes$/i.test(answer.trim());
});
var askOnTerminal = (async function askOnTerminal(question) {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return approves(await rl.question(`${question} `));
  } finally {
    rl.close();
  }
});
var EXIT = { ok: 0, error: 1, changes: 2, unchecked: 3 };

// src/cli/args.ts
var commonOptions = {
  dir: { type: "string", short: "d" },
  env: { type: "string", short: "e" },
  json: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var UsageError = class extends Error {
};
var SPELLED_OUT = { environment: "env", directory: "dir", select: "target" };
var optionHint = (function optionHint(name, known) {
  const spelled = Object.keys(SPELLED_OUT).filter((w) => known.includes(SPELLED_OUT[w]));
  const hint = didYouMean(name, [...known, ...spelled]);
  return hint === void 0 ? void 0 : SPELLED_OUT[hint] ?? hint;
});
var parseCommandArgs = (function parseCommandArgs(argv, spec, maxPositionals = 0) {
  const options = { ...commonOptions, ...spec };
  let parsed;
  try {
    const { values, positionals } = parseArgs({
      args: longOptionsWithOneDash(argv, options),
      options,
      allowPositionals: true,
      strict: true
    });
    parsed = { values, positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown) {
      const name = unknown[1].replace(/^-+/, "").replace(/=.*$/s, "");
      const hint = optionHint(name, Object.keys(options));
      throw new UsageError(`unknown option ${unknown[1]}${hint ? `; did you mean --${hint}?` : ""}`);
    }
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const extra = parsed.positionals[maxPositionals];
  if (extra !== void 0) {
    throw new UsageError(
      maxPositionals === 0 ? `unexpected argument '${extra}': this command takes options only (the project folder is --dir DIR, the environment --env NAME)` : `unexpected argument '${extra}': this command takes at most ${maxPositionals === 1 ? "one argument" : `${maxPositionals} arguments`} besides its options`
    );
  }
  return parsed;
});
var isShortCluster = (function isShortCluster(word, options) {
  for (const letter of word) {
    const option = Object.values(options).find((o) => o.short === letter);
    if (!option) return false;
    if (option.type === "string") return true;
  }
  return true;
});
var longOptionsWithOneDash = (function longOptionsWithOneDash(argv, options) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const m = /^-([a-z][a-z0-9-]+)(=.*)?$/s.exec(arg);
    const word = m?.[1];
    const long = word !== void 0 && (Object.hasOwn(options, word) || !isShortCluster(word, options));
    const name = long ? word : /^--([^=]+)$/.exec(arg)?.[1];
    out.push(long ? `-${arg}` : arg);
    if (name !== void 0 && m?.[2] === void 0 && options[name]?.type === "string" && i + 1 < argv.length)
      out.push(argv[++i]);
  }
  return out;
});
var stringOpt = (function stringOpt(args, name) {
  const v = args.values[name];
  return typeof v === "string" ? v : void 0;
});
var boolOpt = (function boolOpt(args, name) {
  return args.values[name] === true;
});
var intOpt = (function intOpt(args, name, fallback, min = 1, max = Number.MAX_SAFE_INTEGER) {
  const v = stringOpt(args, name);
  if (v === void 0) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `\u2265 ${min}` : `from ${min} to ${max}`}, got '${v}'`
    );
  return n;
});
var durationOpt = (function durationOpt(args, name) {
  const v = stringOpt(args, name);
  if (v === void 0) return void 0;
  const ms = parseDurationMs(v, "s");
  if (ms === void 0)
    throw new UsageError(`--${name} must be a duration such as 30s, 5min or 0, got '${v}'`);
  return ms;
});

export {
  processIo,
  OutputError,
  EXIT,
  commonOptions,
  UsageError,
  parseCommandArgs,
  stringOpt,
  boolOpt,
  intOpt,
  durationOpt
};
