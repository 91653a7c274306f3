import {
  unifiedDiff
} from "./chunk-QR2H2Z3D.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  projectDir,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-WRKTZGKJ.mjs";
import {
  makeStyle
} from "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import {
  compile
} from "./chunk-VHWKSFST.mjs";
import {
  canonicalJson
} from "./chunk-6U55VNBY.mjs";
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
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/diff-env.ts
var isObject = ((v) => typeof v === "object" && v !== null && !Array.isArray(v));
var settingDifferences = (function settingDifferences(path, a, b, out) {
  if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) return;
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    for (const k of [.../* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)])].sort())
      settingDifferences(path ? `${path}.${k}` : k, x[k], y[k], out);
    return;
  }
  const show = (v) => v === void 0 ? void 0 : typeof v === "string" ? v : canonicalJson(v);
  const sa = show(a);
  const sb = show(b);
  out.push({ path, ...sa !== void 0 ? { a: sa } : {}, ...sb !== void 0 ? { b: sb } : {} });
});
var body = ((script) => script.replace(/^-- flinkops compiled script: [^\n]*\n/, ""));
var diffEnvironments = (function diffEnvironments(a, b) {
  const byName = (s) => new Map(s.jobs.map((j) => [j.name, j]));
  const ja = byName(a);
  const jb = byName(b);
  const names = [.../* @__PURE__ */ new Set([...ja.keys(), ...jb.keys()])].sort();
  return names.map((job) => {
    const x = ja.get(job);
    const y = jb.get(job);
    if (!x || !y) return { job, status: x ? "only-a" : "only-b", settings: [], sqlDiff: "" };
    const settings = [];
    settingDifferences("", x.settings, y.settings, settings);
    const sqlDiff = unifiedDiff(body(x.script), body(y.script), {
      oldName: `${a.env}/${job}.sql`,
      newName: `${b.env}/${job}.sql`
    });
    return { job, status: settings.length || sqlDiff ? "different" : "same", settings, sqlDiff };
  });
});
var diffEnvCommand = {
  summary: "Show what differs between two environments' compiled jobs (scripts and settings)",
  help: [
    "Usage: flinkops diff-env ENV_A ENV_B [--dir DIR] [--json]",
    "",
    "Compiles the repository for both environments and compares each job: its resolved settings",
    "(parallelism, config, state, schedule, ...) and its compiled script as a unified diff.",
    "Jobs that exist in one environment only are listed. Secrets stay ${secret.NAME} placeholders.",
    "Exit 0 when the environments are the same, 2 when they differ, 1 on error."
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {}, Number.POSITIVE_INFINITY);
    const [envA, envB, ...rest] = args.positionals;
    if (!envA || !envB || rest.length)
      throw new UsageError("give two environments, e.g. flinkops diff-env staging prod");
    const dir = projectDir(args, io);
    const validated = loadAndValidate(dir, { envVars: io.env });
    const diags = [...validated.diags];
    const known = Object.keys(validated.value.config?.environments ?? {});
    for (const env of [envA, envB]) {
      if (validated.value.config && !known.includes(env))
        throw new UsageError(`unknown environment '${env}' (flinkops.yaml defines ${known.join(", ")})`);
    }
    const states = [];
    if (!hasErrors(diags)) {
      for (const env of [envA, envB]) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    if (hasErrors(diags) || states.length !== 2) {
      if (boolOpt(args, "json")) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}
`);
      else reportDiagnostics(io, dir, diags);
      return EXIT.error;
    }
    const [a, b] = states;
    const jobs = diffEnvironments(a, b);
    const same = jobs.every((j) => j.status === "same");
    if (boolOpt(args, "json")) {
      io.stdout(`${JSON.stringify({ project: a.project, a: envA, b: envB, same, jobs }, null, 2)}
`);
      return same ? EXIT.ok : EXIT.changes;
    }
    const s = makeStyle(io.color);
    const out = [s.bold(`${a.project}: ${envA} \u2192 ${envB}`), ""];
    for (const j of jobs) {
      if (j.status === "same") out.push(s.dim(`  ${j.job}: same`));
      else if (j.status === "only-a") out.push(s.red(`- ${j.job}: only in ${envA}`));
      else if (j.status === "only-b") out.push(s.green(`+ ${j.job}: only in ${envB}`));
      else {
        out.push(s.yellow(`~ ${j.job}`));
        for (const d of j.settings) out.push(`    ${d.path}: ${d.a ?? "(unset)"} \u2192 ${d.b ?? "(unset)"}`);
        if (j.sqlDiff) {
          for (const line of j.sqlDiff.replace(/\n$/, "").split("\n")) {
            const colour = line.startsWith("+") ? s.green : line.startsWith("-") ? s.red : line.startsWith("@@") ? s.cyan : s.dim;
            out.push(`    ${colour(line)}`);
          }
        }
      }
    }
    const differing = jobs.filter((j) => j.status !== "same").length;
    out.push(
      "",
      same ? "The environments compile to the same jobs." : `${differing} of ${jobs.length} jobs differ.`
    );
    io.stdout(`${out.join("\n")}
`);
    reportDiagnostics(io, dir, diags);
    return same ? EXIT.ok : EXIT.changes;
  }
};
export {
  diffEnvCommand,
  diffEnvironments
};
