import {
  makeOutputFolder,
  writeOutputFile
} from "./chunk-QWFMVJBJ.mjs";
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
import "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import {
  compile
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
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import "./chunk-KJ77VBUN.mjs";
import {
  isAbsolute,
  join,
  relative,
  resolve
} from "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/compile.ts
var compileCommand = {
  summary: "Compile every job into the Flink SQL script it will be submitted as",
  help: [
    "Usage: flinkops compile [--dir DIR] [--env NAME] [--out DIR] [--json]",
    "",
    "One deterministic script per job and environment: SET lines, the UDFs, tables and views it",
    "uses, then its own statements. Secrets stay ${secret.NAME} placeholders.",
    "  --env NAME   one environment (default: all)",
    "  --out DIR    write <DIR>/<env>/<job>.sql instead of printing",
    "  --json       jobs with their scripts and fingerprints"
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, { out: { type: "string", short: "o" } });
    const dir = projectDir(args, io);
    const only = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
    const validated = loadAndValidate(dir, { ...only ? { env: only } : {}, envVars: io.env });
    const diags = [...validated.diags];
    const states = [];
    if (!hasErrors(diags)) {
      const envs = only ? [only] : Object.keys(validated.value.config?.environments ?? {});
      for (const env of envs) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    const failed = hasErrors(diags);
    if (boolOpt(args, "json")) {
      const out2 = states.map((s) => ({
        project: s.project,
        env: s.env,
        jobs: s.jobs.map((j) => ({
          name: j.name,
          pipelineName: j.pipelineName,
          parallelism: j.settings.parallelism,
          restartHash: j.restartHash,
          metadataHash: j.metadataHash,
          tables: j.tables,
          udfs: j.udfs,
          secrets: j.secrets,
          script: j.script
        }))
      }));
      io.stdout(`${JSON.stringify({ environments: out2, diagnostics: diags }, null, 2)}
`);
      return failed ? EXIT.error : EXIT.ok;
    }
    reportDiagnostics(io, dir, diags);
    if (failed) return EXIT.error;
    const outOpt = stringOpt(args, "out");
    if (outOpt) {
      const outDir = isAbsolute(outOpt) ? outOpt : resolve(io.cwd, outOpt);
      let n = 0;
      for (const s of states) {
        makeOutputFolder("out", outOpt, join(outDir, s.env));
        for (const j of s.jobs) {
          const file = join(s.env, `${j.name}.sql`);
          writeOutputFile("out", join(outOpt, file), join(outDir, file), j.script);
          n++;
        }
      }
      io.stdout(`Wrote ${n} scripts to ${relative(io.cwd, outDir) || "."}
`);
      return EXIT.ok;
    }
    let out = [];
    let size = 0;
    for (const s of states)
      for (const j of s.jobs) {
        const text = `-- ===== ${s.env}/${j.name} (${j.pipelineName}) =====
${j.script}
`;
        out.push(text);
        size += text.length;
        if (size >= 1 << 20) {
          io.stdout(out.join(""));
          out = [];
          size = 0;
        }
      }
    if (out.length > 0) io.stdout(out.join(""));
    return EXIT.ok;
  }
};
export {
  compileCommand
};
