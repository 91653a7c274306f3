/**
 * The `flinkops` command line: parses options, calls the engine, maps results to
 * output and exit codes. Commands live in ./commands, one file each.
 */
import { error } from '../core/diagnostics';
import { didYouMean } from '../core/names';
import { UsageError } from './args';
import { COMMANDS } from './commands';
import { EXIT, type Io, OutputError } from './io';

/** A command line flinkops cannot run: an unknown option, a bad value, a missing argument. */
const USAGE_CODE = 'FO001';

declare const __FLINKOPS_VERSION__: string | undefined;

export function version(): string {
  return typeof __FLINKOPS_VERSION__ === 'string' ? __FLINKOPS_VERSION__ : '0.1.0';
}

/**
 * Commands a Terraform or dbt user reaches for that flinkops does not have, and what does their
 * work here: a pointer is worth more than the nearest spelling (`list` is not `test`).
 */
const UNLOCK =
  "a lock is removed with 'flinkops apply --force-unlock ID' (the id is in the lock message); the lock of a run that died on this host is broken by the next run";
const LINEAGE =
  "'flinkops graph' prints the lineage (jobs, tables, views, UDFs) as Mermaid, or as JSON with --json";
const LIST = "'flinkops status' lists the managed jobs";
const ELSEWHERE: Record<string, string> = {
  'force-unlock': UNLOCK,
  unlock: UNLOCK,
  state:
    "'flinkops status' lists the managed jobs as they run, 'flinkops history [JOB]' what the state store records of them, 'flinkops savepoints list JOB' their savepoints",
  import:
    "a job running on the cluster as <project>.<env>.<job> is adopted by 'flinkops apply' (plan action adopt), without a restart",
  refresh:
    "'flinkops plan' and 'flinkops status' read the cluster each time they run; there is nothing to refresh",
  show: "'flinkops status' shows what runs; a plan saved with --out is JSON, applied with 'flinkops apply FILE'",
  destroy:
    "remove the jobs from the repository and run 'flinkops apply --allow-delete', or stop them with a savepoint by setting state: suspended",
  init: "there is nothing to initialise: 'flinkops validate' checks the repository",
  run: "'flinkops apply' runs the jobs on the cluster; 'flinkops test' runs their SQL unit tests",
  build: "'flinkops compile' builds the scripts, 'flinkops apply' runs them",
  docs: LINEAGE,
  lineage: LINEAGE,
  list: LIST,
  ls: LIST,
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: flinkops <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Common options: --dir DIR (project directory, default .), --env NAME, --json, --no-color, --help',
    'Options take one dash as well, as in Terraform (-out=plan.json). flinkops --version prints the version.',
    "Run 'flinkops <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/**
 * The command line asks for JSON: `--json`, `-json`, or with a value (`--json=true`, as Go's flag
 * package takes it) other than false — the usage error may be that value itself.
 */
function asksForJson(args: readonly string[]): boolean {
  return args.some((a) => /^--?json(=(?!(false|0|no)$).*)?$/i.test(a));
}

/** A usage error (FO001) as the one JSON document a script reading --json expects on stdout. */
function usageJson(io: Io, message: string, detail: string): void {
  io.stdout(`${JSON.stringify({ diagnostics: [error(USAGE_CODE, message, detail)] }, null, 2)}\n`);
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  // `flinkops help plan`, as `terraform help plan` and `git help commit`: that command's help.
  if (name === 'help' && rest.length > 0) return runCli([rest[0]!, '--help'], io);
  if (name === undefined || name === '--help' || name === '-help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? EXIT.error : EXIT.ok;
  }
  if (name === '--version' || name === '-version' || name === '-v' || name === 'version') {
    // `flinkops version --json`, as `terraform version -json`: one document a script can read.
    io.stdout(asksForJson(rest) ? `${JSON.stringify({ version: version() })}\n` : `flinkops ${version()}\n`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    const elsewhere = Object.hasOwn(ELSEWHERE, name) ? ELSEWHERE[name] : undefined;
    const hint = didYouMean(name, Object.keys(COMMANDS));
    const message = `unknown command '${name}'${elsewhere ? `: ${elsewhere}` : hint ? `; did you mean '${hint}'?` : ''}`;
    io.stderr(`flinkops: ${message}\n\n${usage()}`);
    if (asksForJson(rest)) usageJson(io, message, "Run 'flinkops --help' for the commands.");
    return EXIT.error;
  }
  const command = await entry.load();
  // What follows `--` is arguments, never options: `flinkops inspect -- -h` inspects a file named -h.
  const end = rest.indexOf('--');
  const options = end === -1 ? rest : rest.slice(0, end);
  if (options.includes('--help') || options.includes('-help') || options.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  if (options.includes('--no-color') || options.includes('-no-color')) io = { ...io, color: false };
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flinkops ${name}: ${e.message}\nRun 'flinkops ${name} --help' for usage.\n`);
      // A script that reads --json gets one document on stdout for this refusal too.
      if (asksForJson(options)) usageJson(io, e.message, `Run 'flinkops ${name} --help' for usage.`);
      return EXIT.error;
    }
    if (e instanceof OutputError) {
      try {
        io.stderr(`flinkops ${name}: ${e.message}\n`);
      } catch {
        // Standard error is what failed: the exit code says it.
      }
      return EXIT.error;
    }
    // A bug, not a user mistake: say so plainly; the stack only on request. Whatever the command
    // had not masked yet, the values of FLINKOPS_SECRET_* never reach the terminal.
    const { maskSecrets } = await import('../core/secrets');
    const secrets = Object.entries(io.env).flatMap(([k, v]) =>
      k.startsWith('FLINKOPS_SECRET_') && v ? [v] : [],
    );
    const message = maskSecrets(e instanceof Error ? e.message : String(e), secrets);
    io.stderr(`flinkops ${name}: internal error: ${message}\n`);
    if (io.env.FLINKOPS_DEBUG && e instanceof Error && e.stack)
      io.stderr(`${maskSecrets(e.stack, secrets)}\n`);
    else io.stderr('This is a bug in flinkops. Set FLINKOPS_DEBUG=1 for details and report it.\n');
    return EXIT.error;
  }
}
