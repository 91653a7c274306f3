import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-6TIBAZNU.js";
import {
  __toESM
} from "./chunk-TRBKR6JO.js";

// action/project-info.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { join } from "node:path";
function readProjectInfo(dir) {
  try {
    const doc = (0, import_yaml.parse)(readFileSync(join(dir, "flinkops.yaml"), "utf8"));
    const envs = doc?.environments;
    return {
      name: typeof doc?.project === "string" ? doc.project : "project",
      environments: envs && typeof envs === "object" ? Object.keys(envs) : []
    };
  } catch {
    return { name: "project", environments: [] };
  }
}

export {
  readProjectInfo
};
