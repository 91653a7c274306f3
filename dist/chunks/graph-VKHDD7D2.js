import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  chooseEnv,
  projectDir,
  reportDiagnostics
} from "./chunk-Y7Y6GFWW.js";
import {
  boolOpt,
  parseCommandArgs
} from "./chunk-HCMWQEZP.js";
import "./chunk-Z6TUHI2E.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import {
  EXIT
} from "./chunk-EK7H2GBB.js";
import "./chunk-XYL5USJW.js";
import {
  compile,
  graphToMermaid
} from "./chunk-GPMP5FU6.js";
import "./chunk-PBUZME32.js";
import "./chunk-DUSBZ4FD.js";
import {
  loadAndValidate
} from "./chunk-PFDZN5OK.js";
import "./chunk-KCQHC5KU.js";
import "./chunk-DNPTB4TK.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-HPETYRNU.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
import "./chunk-TRBKR6JO.js";

// src/cli/commands/graph.ts
var graphCommand = {
  summary: "Print the dependency graph (jobs → tables/views → UDFs) as Mermaid",
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
