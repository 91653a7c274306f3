import {
  parse
} from "./chunk-SIW47MSI.mjs";
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

export {
  readProjectInfo
};
