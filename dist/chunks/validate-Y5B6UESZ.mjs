import {
  projectDir,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  boolOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import {
  summarizeDiagnostics
} from "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import {
  loadAndValidate
} from "./chunk-OGGPNS23.mjs";
import "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import "./chunk-KJ77VBUN.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

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
    if (failed) io.stderr(`\u2717 ${counts}: ${summarizeDiagnostics(result.diags)}
`);
    else
      io.stdout(
        `\u2713 ${counts} valid${result.diags.length ? ` (${summarizeDiagnostics(result.diags)})` : ""}
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
