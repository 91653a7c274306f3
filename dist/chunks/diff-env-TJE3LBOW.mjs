import {
  unifiedDiff
} from "./chunk-VYDMWTSJ.mjs";
import "./chunk-6SNCNCAP.mjs";
import "./chunk-VTGO4RAQ.mjs";
import "./chunk-CFMXJB5R.mjs";
import "./chunk-U3JZYZS7.mjs";
import "./chunk-GSLRF5EB.mjs";

import {
  UsageError,
  stringOpt
} from "./chunk-TYIICAMC.mjs";
import {
  renderDiagnostics
} from "./chunk-APBTLWMT.mjs";
import {
  maskSecrets
} from "./chunk-WFC65L2V.mjs";
import {
  insideRepository
} from "./chunk-6HBNRHRD.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import {
  isAbsolute,
  join,
  resolve
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync,
  statSync
} from "./chunk-BBGNC7QM.mjs";
// src/cli/context.ts
var projectDir = (function projectDir(args, io) {
  const dir = stringOpt(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute(dir) ? dir : resolve(io.cwd, dir);
});
var sourcesOf = (function sourcesOf(dir, diags) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join(dir, file);
      if (!insideRepository(dir, path)) continue;
      const st = statSync(path);
      if (!st.isFile() || st.size > 1024 * 1024) continue;
      out.set(file, readFileSync(path, "utf8"));
    } catch {
    }
  }
  return out;
});
var reportDiagnostics = (function reportDiagnostics(io, dir, diags) {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors(diags);
});

import {
  EXIT,
  UsageError as UsageError2,
  boolOpt,
  parseCommandArgs
} from "./chunk-TYIICAMC.mjs";
import {
  makeStyle
} from "./chunk-APBTLWMT.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import {
  compile
} from "./chunk-RBLKXIE6.mjs";
import {
  canonicalJson
} from "./chunk-HMNNWFXX.mjs";
import {
  loadAndValidate
} from "./chunk-BD6ZRVQT.mjs";
import "./chunk-6HBNRHRD.mjs";
import "./chunk-W3ZXCQCG.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  hasErrors as hasErrors2
} from "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
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
      throw new UsageError2("give two environments, e.g. flinkops diff-env staging prod");
    const dir = projectDir(args, io);
    const validated = loadAndValidate(dir, { envVars: io.env });
    const diags = [...validated.diags];
    const known = Object.keys(validated.value.config?.environments ?? {});
    for (const env of [envA, envB]) {
      if (validated.value.config && !known.includes(env))
        throw new UsageError2(`unknown environment '${env}' (flinkops.yaml defines ${known.join(", ")})`);
    }
    const states = [];
    if (!hasErrors2(diags)) {
      for (const env of [envA, envB]) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    if (hasErrors2(diags) || states.length !== 2) {
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
