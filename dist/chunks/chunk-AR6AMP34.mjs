import {
  loadProject
} from "./chunk-3QUNJ5HJ.mjs";
import {
  isSensitiveKey
} from "./chunk-CBRPLCJ2.mjs";
import {
  parse
} from "./chunk-JOQMF4BZ.mjs";
import {
  join
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync
} from "./chunk-BBGNC7QM.mjs";

// action/project-info.ts
var readProjectInfo = (function readProjectInfo(dir) {
  try {
    const doc = parse(readFileSync(join(dir, "flinkops.yaml"), "utf8"));
    const envs = doc?.environments;
    return {
      name: typeof doc?.project === "string" ? doc.project : "project",
      environments: envs && typeof envs === "object" ? Object.keys(envs) : []
    };
  } catch {
    return { name: "project", environments: [] };
  }
});
var envValuesToMask = (function envValuesToMask(dir, env, every = false) {
  try {
    return loadProject(dir).value.references.filter(
      (r) => r.kind === "env" && (every || !r.auth && r.key !== void 0 && isSensitiveKey(r.key))
    ).flatMap((r) => env[r.name] ? [env[r.name]] : []);
  } catch {
    return [];
  }
});

export {
  readProjectInfo,
  envValuesToMask
};
