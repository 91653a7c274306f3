import {
  EXIT,
  OutputError,
  UsageError,
  processIo
} from "./chunk-CB37V45K.mjs";
import "./chunk-VT7LOJPP.mjs";
import {
  SIGNAL_EXIT
} from "./chunk-QLMKHXW3.mjs";
import "./chunk-H5WAOW7W.mjs";
import {
  didYouMean
} from "./chunk-EKKRR5UX.mjs";
import "./chunk-NPMD6JOW.mjs";
import {
  error
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/index.ts
var COMMANDS = {
  validate: {
    summary: "Check the repository: YAML schemas, SQL, references between jobs, tables and UDFs",
    load: async () => (await import("./validate-GE5TOVBR.mjs")).validateCommand
  },
  compile: {
    summary: "Compile every job into the Flink SQL script it will be submitted as",
    load: async () => (await import("./compile-OJPDCUVP.mjs")).compileCommand
  },
  graph: {
    summary: "Print the dependency graph (jobs \u2192 tables/views \u2192 UDFs) as Mermaid",
    load: async () => (await import("./graph-QAG6FQBE.mjs")).graphCommand
  },
  plan: {
    summary: "Diff the repository against the live cluster and the state store; show what apply would do",
    load: async () => (await import("./plan-KAHEG6WU.mjs")).planCommand
  },
  apply: {
    summary: "Carry out a plan: submit, upgrade through savepoints, rescale, suspend, resume, delete",
    load: async () => (await import("./apply-JVS5H7OD.mjs")).applyCommand
  },
  "diff-env": {
    summary: "Show what differs between two environments' compiled jobs (scripts and settings)",
    load: async () => (await import("./diff-env-QU3X2YTZ.mjs")).diffEnvCommand
  },
  status: {
    summary: "List the managed jobs: state, uptime, parallelism, last savepoint and its age",
    load: async () => (await import("./status-BTN7DGPZ.mjs")).statusCommand
  },
  history: {
    summary: "Show the recorded history of a job (or all jobs) from the state store",
    load: async () => (await import("./history-7ATUZ5CX.mjs")).historyCommand
  },
  savepoint: {
    summary: "Take a savepoint of a running job now (recorded as manual) and print its path",
    load: async () => (await import("./savepoint-VI4VWFHF.mjs")).savepointCommand
  },
  savepoints: {
    summary: "Periodic savepoints and retention (run), and a job savepoint history (list)",
    load: async () => (await import("./savepoints-FPFIWCAF.mjs")).savepointsCommand
  },
  inspect: {
    summary: "Analyse any Flink SQL script: statements, what each reads, writes and calls",
    load: async () => (await import("./inspect-JYTANYSL.mjs")).inspectCommand
  },
  test: {
    summary: "Run the jobs' SQL unit tests (jobs/<job>.test.yaml) on a real Flink",
    load: async () => (await import("./test-T436RJQN.mjs")).testCommand
  },
  preview: {
    summary: "Show the first rows of a job's query on its real sources (nothing is written)",
    load: async () => (await import("./preview-JCZAOPR5.mjs")).previewCommand
  },
  sim: {
    summary: "Run the built-in Flink simulator (JobManager REST + SQL Gateway REST) on 127.0.0.1",
    load: async () => (await import("./sim-23MT5D4X.mjs")).simCommand
  }
};

// src/cli/main.ts
var USAGE_CODE = "FO001";
var version = (function version() {
  return typeof __FLINKOPS_VERSION__ === "string" ? __FLINKOPS_VERSION__ : "0.1.0";
});
var UNLOCK = "a lock is removed with 'flinkops apply --force-unlock ID' (the id is in the lock message); the lock of a run that died on this host is broken by the next run";
var LINEAGE = "'flinkops graph' prints the lineage (jobs, tables, views, UDFs) as Mermaid, or as JSON with --json";
var LIST = "'flinkops status' lists the managed jobs";
var ELSEWHERE = {
  "force-unlock": UNLOCK,
  unlock: UNLOCK,
  state: "'flinkops status' lists the managed jobs as they run, 'flinkops history [JOB]' what the state store records of them, 'flinkops savepoints list JOB' their savepoints",
  import: "a job running on the cluster as <project>.<env>.<job> is adopted by 'flinkops apply' (plan action adopt), without a restart",
  refresh: "'flinkops plan' and 'flinkops status' read the cluster each time they run; there is nothing to refresh",
  show: "'flinkops status' shows what runs; a plan saved with --out is JSON, applied with 'flinkops apply FILE'",
  destroy: "remove the jobs from the repository and run 'flinkops apply --allow-delete', or stop them with a savepoint by setting state: suspended",
  init: "there is nothing to initialise: 'flinkops validate' checks the repository",
  run: "'flinkops apply' runs the jobs on the cluster; 'flinkops test' runs their SQL unit tests",
  build: "'flinkops compile' builds the scripts, 'flinkops apply' runs them",
  docs: LINEAGE,
  lineage: LINEAGE,
  list: LIST,
  ls: LIST
};
var usage = (function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: flinkops <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Common options: --dir DIR (project directory, default .), --env NAME, --json, --no-color, --help",
    "Options take one dash as well, as in Terraform (-out=plan.json). flinkops --version prints the version.",
    "Run 'flinkops <command> --help' for a command's options.",
    ""
  ].join("\n");
});
var asksForJson = (function asksForJson(args) {
  return args.some((a) => /^--?json(=(?!(false|0|no)$).*)?$/i.test(a));
});
var usageJson = (function usageJson(io, message, detail) {
  io.stdout(`${JSON.stringify({ diagnostics: [error(USAGE_CODE, message, detail)] }, null, 2)}
`);
});
var runCli = (async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === "help" && rest.length > 0) return runCli([rest[0], "--help"], io);
  if (name === void 0 || name === "--help" || name === "-help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === void 0 ? EXIT.error : EXIT.ok;
  }
  if (name === "--version" || name === "-version" || name === "-v" || name === "version") {
    io.stdout(asksForJson(rest) ? `${JSON.stringify({ version: version() })}
` : `flinkops ${version()}
`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!entry) {
    const elsewhere = Object.hasOwn(ELSEWHERE, name) ? ELSEWHERE[name] : void 0;
    const hint = didYouMean(name, Object.keys(COMMANDS));
    const message = `unknown command '${name}'${elsewhere ? `: ${elsewhere}` : hint ? `; did you mean '${hint}'?` : ""}`;
    io.stderr(`flinkops: ${message}

${usage()}`);
    if (asksForJson(rest)) usageJson(io, message, "Run 'flinkops --help' for the commands.");
    return EXIT.error;
  }
  const command = await entry.load();
  const end = rest.indexOf("--");
  const options = end === -1 ? rest : rest.slice(0, end);
  if (options.includes("--help") || options.includes("-help") || options.includes("-h")) {
    io.stdout(`${command.help}
`);
    return EXIT.ok;
  }
  if (options.includes("--no-color") || options.includes("-no-color")) io = { ...io, color: false };
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flinkops ${name}: ${e.message}
Run 'flinkops ${name} --help' for usage.
`);
      if (asksForJson(options)) usageJson(io, e.message, `Run 'flinkops ${name} --help' for usage.`);
      return EXIT.error;
    }
    if (e instanceof OutputError) {
      try {
        io.stderr(`flinkops ${name}: ${e.message}
`);
      } catch {
      }
      return EXIT.error;
    }
    const { maskSecrets } = await import("./secrets-WSMMZLUK.mjs");
    const secrets = Object.entries(io.env).flatMap(
      ([k, v]) => k.startsWith("FLINKOPS_SECRET_") && v ? [v] : []
    );
    const message = maskSecrets(e instanceof Error ? e.message : String(e), secrets);
    io.stderr(`flinkops ${name}: internal error: ${message}
`);
    if (io.env.FLINKOPS_DEBUG && e instanceof Error && e.stack)
      io.stderr(`${maskSecrets(e.stack, secrets)}
`);
    else io.stderr("This is a bug in flinkops. Set FLINKOPS_DEBUG=1 for details and report it.\n");
    return EXIT.error;
  }
});
export {
  SIGNAL_EXIT,
  processIo,
  runCli
};
