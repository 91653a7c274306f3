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
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import {
  EXIT
} from "./chunk-EK7H2GBB.js";
import "./chunk-XYL5USJW.js";
import {
  compile
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
import {
  mkdirSync,
  writeFileSync
} from "./chunk-HPETYRNU.js";
import {
  isAbsolute,
  join,
  relative,
  resolve
} from "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
import "./chunk-TRBKR6JO.js";

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
        mkdirSync(join(outDir, s.env), { recursive: true });
        for (const j of s.jobs) {
          writeFileSync(join(outDir, s.env, `${j.name}.sql`), j.script);
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
