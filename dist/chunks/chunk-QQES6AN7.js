import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-7ZRKAVCA.js";
import {
  readFileSync
} from "./chunk-HPETYRNU.js";
import {
  join
} from "./chunk-BV2DHIL2.js";

// action/project-info.ts
function readProjectInfo(dir) {
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
}

export {
  readProjectInfo
};
