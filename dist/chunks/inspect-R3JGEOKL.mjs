import {
  EXIT,
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-WRKTZGKJ.mjs";
import {
  renderDiagnostics
} from "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import {
  readTextFile
} from "./chunk-SUDAMESV.mjs";
import {
  analyzeScript
} from "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import {
  lstatSync
} from "./chunk-KJ77VBUN.mjs";
import {
  basename,
  dirname,
  isAbsolute,
  relative,
  resolve
} from "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/inspect.ts
var refName = ((r) => r.parts.join("."));
var inspectCommand = {
  summary: "Analyse any Flink SQL script: statements, what each reads, writes and calls",
  help: [
    "Usage: flinkops inspect FILE.sql [--json]",
    "",
    "Splits a Flink SQL script the way the SQL client does and reports, per statement, its kind,",
    "its range, the tables it reads and writes, the functions it calls, and any problems.",
    '  --json   machine output: {"statements":[{"kind","start","end","reads","writes","functions","diagnostics"}]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {}, 1);
    const [file] = args.positionals;
    if (!file) throw new UsageError("expected a file: flinkops inspect FILE.sql");
    const path = isAbsolute(file) ? file : resolve(io.cwd, file);
    const shown = relative(io.cwd, path) || file;
    if (!lstatOrUndefined(path)) throw new UsageError(`no such file: ${file}`);
    const readDiags = [];
    const read = readTextFile(
      isAbsolute(file) ? dirname(path) : io.cwd,
      isAbsolute(file) ? basename(path) : file,
      readDiags
    );
    if (!read) {
      io.stderr(renderDiagnostics(readDiags, { color: io.color }));
      return EXIT.error;
    }
    const analysis = analyzeScript(read.text, shown);
    if (boolOpt(args, "json")) {
      const statements = analysis.statements.map((s) => ({
        kind: s.kind,
        start: s.range.start,
        end: s.range.end,
        reads: unique(s.reads.map(refName)),
        writes: unique(s.writes.map(refName)),
        functions: unique(s.functions.map(refName)),
        diagnostics: s.diags
      }));
      const own = new Set(analysis.statements.flatMap((s) => s.diags));
      const scriptDiags = analysis.diags.filter((d) => !own.has(d));
      io.stdout(`${JSON.stringify({ file: shown, statements, diagnostics: scriptDiags }, null, 2)}
`);
    } else {
      for (const [i, s] of analysis.statements.entries()) {
        const at = `${s.range.start.line}:${s.range.start.column}`;
        const parts = [`${String(i + 1).padStart(3)}  ${s.kind.padEnd(20)} ${at.padEnd(8)}`];
        if (s.reads.length) parts.push(`reads ${unique(s.reads.map(refName)).join(", ")}`);
        if (s.writes.length) parts.push(`writes ${unique(s.writes.map(refName)).join(", ")}`);
        if (s.functions.length) parts.push(`calls ${unique(s.functions.map(refName)).join(", ")}`);
        io.stdout(`${parts.join("  ")}
`);
      }
      io.stdout(
        renderDiagnostics(analysis.diags, { color: io.color, sources: /* @__PURE__ */ new Map([[shown, read.text]]) })
      );
    }
    return hasErrors(analysis.diags) ? EXIT.error : EXIT.ok;
  }
};
function unique(xs) {
  return [...new Set(xs)];
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
export {
  inspectCommand
};
