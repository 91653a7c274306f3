import {
  chooseEnv,
  projectDir,
  reportDiagnostics
} from "./chunk-CEW62FXH.js";
import {
  EXIT,
  boolOpt,
  parseCommandArgs
} from "./chunk-BBSIIXYA.js";
import "./chunk-XCIWOARF.js";
import "./chunk-VT7LOJPP.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import {
  compile,
  graphToMermaid
} from "./chunk-PXDS5NRJ.js";
import "./chunk-6U55VNBY.js";
import "./chunk-JBYA6EZ5.js";
import {
  loadAndValidate
} from "./chunk-HHRMNLN4.js";
import "./chunk-U6KU3IYP.js";
import "./chunk-UQ6JBO7W.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-SIW47MSI.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-CDXWCXEZ.js";
import "./chunk-KBTCQ2CM.js";
import "./chunk-2W6PPHYK.js";
import "./chunk-LL44EPY3.js";
import "./chunk-TRBKR6JO.js";

// src/cli/commands/graph.ts
var graphCommand = {
  summary: "Print the dependency graph (jobs \u2192 tables/views \u2192 UDFs) as Mermaid",
  help: [
    "Usage: flinkops graph [--dir DIR] [--env NAME] [--json]",
    "",
    "A Mermaid flowchart of which job reads and writes which table and calls which UDF.",
    "  --env NAME   the environment (required when flinkops.yaml defines several)",
    '  --json       the graph as {"nodes":[...],"edges":[...]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const validated = loadAndValidate(dir, { envVars: io.env });
    if (reportDiagnostics(io, dir, validated.diags)) return EXIT.error;
    const env = chooseEnv(args, io, Object.keys(validated.value.config?.environments ?? {}));
    const compiled = compile(validated.value, { env, envVars: io.env });
    if (reportDiagnostics(io, dir, compiled.diags) || !compiled.value) return EXIT.error;
    const graph = compiled.value.graph;
    io.stdout(boolOpt(args, "json") ? `${JSON.stringify(graph, null, 2)}
` : `${graphToMermaid(graph)}
`);
    return EXIT.ok;
  }
};
export {
  graphCommand
};
