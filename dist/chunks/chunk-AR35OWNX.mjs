import {
  chooseEnv,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import {
  loadAndValidate
} from "./chunk-OGGPNS23.mjs";
import {
  parse
} from "./chunk-SIW47MSI.mjs";
import {
  readFileSync
} from "./chunk-KJ77VBUN.mjs";
import {
  join
} from "./chunk-KBTCQ2CM.mjs";

// src/cli/commands/project-envs.ts
var environmentsOf = (function environmentsOf(dir) {
  try {
    const doc = parse(readFileSync(join(dir, "flinkops.yaml"), "utf8"));
    return doc && typeof doc.environments === "object" && doc.environments ? Object.keys(doc.environments) : [];
  } catch {
    return [];
  }
});
var commandEnv = (function commandEnv(args, io, dir, json) {
  const given = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
  if (given !== void 0) return given;
  const names = environmentsOf(dir);
  if (names.length === 0) {
    const errors = loadAndValidate(dir, { envVars: io.env }).diags.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: errors }, null, 2)}
`);
      else reportDiagnostics(io, dir, errors);
      return void 0;
    }
  }
  return chooseEnv(args, io, names);
});

export {
  environmentsOf,
  commandEnv
};
