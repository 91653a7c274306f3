import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  parseArgs
} from "./chunk-Z6TUHI2E.js";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.js";
import {
  didYouMean
} from "./chunk-Z6FPE7X5.js";

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
function parseCommandArgs(argv, spec) {
  const options = { ...commonOptions, ...spec };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown) {
      const name = unknown[1].replace(/^-+/, "");
      const hint = didYouMean(name, Object.keys(options));
      throw new UsageError(`unknown option ${unknown[1]}${hint ? `; did you mean --${hint}?` : ""}`);
    }
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
function stringOpt(args, name) {
  const v = args.values[name];
  return typeof v === "string" ? v : void 0;
}
function boolOpt(args, name) {
  return args.values[name] === true;
}
function intOpt(args, name, fallback, min = 1) {
  const v = stringOpt(args, name);
  if (v === void 0) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number ≥ ${min}, got '${v}'`);
  return n;
}
function durationOpt(args, name) {
  const v = stringOpt(args, name);
  if (v === void 0) return void 0;
  const ms = parseDurationMs(v, "s");
  if (ms === void 0)
    throw new UsageError(`--${name} must be a duration such as 30s, 5min or 0, got '${v}'`);
  return ms;
}

export {
  commonOptions,
  UsageError,
  parseCommandArgs,
  stringOpt,
  boolOpt,
  intOpt,
  durationOpt
};
