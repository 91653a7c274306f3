import { parseArgs } from 'node:util';
import { parseDurationMs } from '../core/duration';
import { didYouMean } from '../core/names';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Options every command understands. */
export const commonOptions: OptionSpec = {
  dir: { type: 'string', short: 'd' },
  env: { type: 'string', short: 'e' },
  json: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export class UsageError extends Error {}

/**
 * The words the short option names stand for: `--environment` (or `--enviroment`) is --env; and
 * dbt's `--select` is --target.
 */
const SPELLED_OUT: Record<string, string> = { environment: 'env', directory: 'dir', select: 'target' };

/** The option a mistyped one most likely meant, comparing with the spelled-out words too. */
function optionHint(name: string, known: string[]): string | undefined {
  const spelled = Object.keys(SPELLED_OUT).filter((w) => known.includes(SPELLED_OUT[w]!));
  const hint = didYouMean(name, [...known, ...spelled]);
  return hint === undefined ? undefined : (SPELLED_OUT[hint] ?? hint);
}

/**
 * parseArgs with messages a user can act on ("unknown option --evn; did you mean --env?").
 * `maxPositionals`: how many arguments besides options the command takes; one more is refused,
 * not ignored (`flinkops compile my_job` would otherwise compile every job, `validate other-dir`
 * the current folder).
 */
export function parseCommandArgs(argv: string[], spec: OptionSpec, maxPositionals = 0): ParsedArgs {
  const options = { ...commonOptions, ...spec };
  let parsed: ParsedArgs;
  try {
    const { values, positionals } = parseArgs({
      args: longOptionsWithOneDash(argv, options),
      options,
      allowPositionals: true,
      strict: true,
    });
    parsed = { values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (unknown) {
      const name = unknown[1]!.replace(/^-+/, '').replace(/=.*$/s, '');
      const hint = optionHint(name, Object.keys(options));
      throw new UsageError(`unknown option ${unknown[1]}${hint ? `; did you mean --${hint}?` : ''}`);
    }
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const extra = parsed.positionals[maxPositionals];
  if (extra !== undefined) {
    throw new UsageError(
      maxPositionals === 0
        ? `unexpected argument '${extra}': this command takes options only (the project folder is --dir DIR, the environment --env NAME)`
        : `unexpected argument '${extra}': this command takes at most ${maxPositionals === 1 ? 'one argument' : `${maxPositionals} arguments`} besides its options`,
    );
  }
  return parsed;
}

/**
 * Whether `word` reads as short options: flags each a short option, until one that takes a value
 * (the rest of the word). `-vd` and `-dmy-repo` do; `-var` (`-v`, then no option `-a`) does not.
 */
function isShortCluster(word: string, options: OptionSpec): boolean {
  for (const letter of word) {
    const option = Object.values(options).find((o) => o.short === letter);
    if (!option) return false;
    if (option.type === 'string') return true;
  }
  return true;
}

/**
 * Terraform (Go's flag package) takes a long option with one dash: `-out=plan.json`,
 * `-auto-approve`, `-target=job`. Read as short options, `-out=plan.json` would be `-o` with
 * the value `ut=plan.json` and `-detailed-exitcode` would be `-d etailed-exitcode`: so a word
 * after one dash is read as the long option when it names one, or when it does not read as short
 * options (then the error names the whole word: `-var`, not `-a`). A value of a string option is
 * left alone, and so is everything after `--`.
 */
function longOptionsWithOneDash(argv: string[], options: OptionSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const m = /^-([a-z][a-z0-9-]+)(=.*)?$/s.exec(arg);
    const word = m?.[1];
    const long = word !== undefined && (Object.hasOwn(options, word) || !isShortCluster(word, options));
    const name = long ? word : /^--([^=]+)$/.exec(arg)?.[1];
    out.push(long ? `-${arg}` : arg);
    // `--dir -x`: the next argument is the value, whatever it looks like.
    if (name !== undefined && m?.[2] === undefined && options[name]?.type === 'string' && i + 1 < argv.length)
      out.push(argv[++i]!);
  }
  return out;
}

export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolOpt(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function intOpt(
  args: ParsedArgs,
  name: string,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const v = stringOpt(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`}, got '${v}'`,
    );
  return n;
}

/** A duration option (`30s`, `2min`, `0`); a bare number is seconds. */
export function durationOpt(args: ParsedArgs, name: string): number | undefined {
  const v = stringOpt(args, name);
  if (v === undefined) return undefined;
  const ms = parseDurationMs(v, 's');
  if (ms === undefined)
    throw new UsageError(`--${name} must be a duration such as 30s, 5min or 0, got '${v}'`);
  return ms;
}
