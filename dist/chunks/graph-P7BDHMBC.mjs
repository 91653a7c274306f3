import {
  chooseEnv,
  projectDir,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  boolOpt,
  parseCommandArgs
} from "./chunk-WRKTZGKJ.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import {
  compile,
  graphToMermaid
} from "./chunk-VHWKSFST.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import {
  loadAndValidate
} from "./chunk-OGGPNS23.mjs";
import "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KJ77VBUN.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

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
