import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  projectDir,
  reportDiagnostics
} from "./chunk-Y7Y6GFWW.js";
import {
  boolOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-HCMWQEZP.js";
import "./chunk-Z6TUHI2E.js";
import {
  summarizeDiagnostics
} from "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import {
  EXIT
} from "./chunk-EK7H2GBB.js";
import "./chunk-XYL5USJW.js";
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
import {
  hasErrors
} from "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
import "./chunk-TRBKR6JO.js";

// src/cli/commands/validate.ts
var validateCommand = {
  summary: "Check the repository: YAML schemas, SQL, references between jobs, tables and UDFs",
  help: [
    "Usage: flinkops validate [--dir DIR] [--env NAME] [--json]",
    "",
    "Reports every problem at once, each with file:line:column and how to fix it. Exit 1 on errors.",
    "  --env NAME   validate for one environment (default: every environment of flinkops.yaml)",
    '  --json       {"valid": bool, "diagnostics": [...]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const env = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
    const result = loadAndValidate(dir, { ...env ? { env } : {}, envVars: io.env });
    const failed = hasErrors(result.diags);
    if (boolOpt(args, "json")) {
      io.stdout(`${JSON.stringify({ valid: !failed, diagnostics: result.diags }, null, 2)}
`);
      return failed ? EXIT.error : EXIT.ok;
    }
    reportDiagnostics(io, dir, result.diags);
    const p = result.value;
    const counts = [
      plural(p.jobs.length, "job"),
      plural(p.tables.length, "table"),
      plural(p.udfs.length, "UDF artifact")
    ].join(", ");
    if (failed) io.stderr(`✗ ${counts}: ${summarizeDiagnostics(result.diags)}
`);
    else
      io.stdout(
        `✓ ${counts} valid${result.diags.length ? ` (${summarizeDiagnostics(result.diags)})` : ""}
`
      );
    return failed ? EXIT.error : EXIT.ok;
  }
};
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  validateCommand
};
