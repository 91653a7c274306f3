import {
  EXIT,
  SIGNAL_EXIT,
  UsageError,
  processIo
} from "./chunk-WRKTZGKJ.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import {
  didYouMean
} from "./chunk-KJBHHIZS.mjs";
import "./chunk-KJ77VBUN.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/index.ts
var COMMANDS = {
  validate: async () => (await import("./validate-Y5B6UESZ.mjs")).validateCommand,
  compile: async () => (await import("./compile-VTGEHLRZ.mjs")).compileCommand,
  graph: async () => (await import("./graph-P7BDHMBC.mjs")).graphCommand,
  plan: async () => (await import("./plan-4DQG6BSF.mjs")).planCommand,
  apply: async () => (await import("./apply-AICZV2YI.mjs")).applyCommand,
  "diff-env": async () => (await import("./diff-env-SRCFB5PZ.mjs")).diffEnvCommand,
  status: async () => (await import("./status-3ICXBBG4.mjs")).statusCommand,
  history: async () => (await import("./history-O33GXBZ3.mjs")).historyCommand,
  savepoint: async () => (await import("./savepoint-MJHJG4KR.mjs")).savepointCommand,
  savepoints: async () => (await import("./savepoints-A46CRI4I.mjs")).savepointsCommand,
  inspect: async () => (await import("./inspect-R3JGEOKL.mjs")).inspectCommand,
  test: async () => (await import("./test-YS745MZ6.mjs")).testCommand,
  preview: async () => (await import("./preview-NQNT6QEY.mjs")).previewCommand,
  sim: async () => (await import("./sim-DHO6JASR.mjs")).simCommand
};
var loadCommands = (async function loadCommands() {
  return Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => [name, await load()])
  );
});

// src/cli/main.ts
var version = (function version() {
  return typeof __FLINKOPS_VERSION__ === "string" ? __FLINKOPS_VERSION__ : "0.1.0";
});
var usage = (async function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = (await loadCommands()).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: flinkops <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Common options: --dir DIR (project directory, default .), --env NAME, --json, --no-color, --help",
    "Run 'flinkops <command> --help' for a command's options.",
    ""
  ].join("\n");
});
var runCli = (async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await usage());
    return name === void 0 ? EXIT.error : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`flinkops ${version()}
`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!load) {
    const hint = didYouMean(name, Object.keys(COMMANDS));
    io.stderr(
      `flinkops: unknown command '${name}'${hint ? `; did you mean '${hint}'?` : ""}

${await usage()}`
    );
    return EXIT.error;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.help}
`);
    return EXIT.ok;
  }
  if (rest.includes("--no-color")) io = { ...io, color: false };
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flinkops ${name}: ${e.message}
Run 'flinkops ${name} --help' for usage.
`);
      return EXIT.error;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`flinkops ${name}: internal error: ${message}
`);
    if (io.env.FLINKOPS_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}
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
