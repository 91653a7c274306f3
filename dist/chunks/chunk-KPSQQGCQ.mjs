import {
  isMap,
  isScalar,
  parse,
  parseDocument
} from "./chunk-SIW47MSI.mjs";
import {
  join
} from "./chunk-KBTCQ2CM.mjs";
import {
  readFileSync
} from "./chunk-NPMD6JOW.mjs";

// action/project-info.ts
var readProjectInfo = (function readProjectInfo(dir) {
  let text;
  try {
    text = readFileSync(join(dir, "flinkops.yaml"), "utf8").replace(/\r(?!\n)/g, "\n");
  } catch {
    return { name: "project", environments: [] };
  }
  try {
    const doc = parse(text);
    const envs = doc?.environments;
    return {
      name: typeof doc?.project === "string" ? doc.project : "project",
      environments: envs && typeof envs === "object" ? Object.keys(envs) : []
    };
  } catch {
    return fromBrokenYaml(text);
  }
});
var fromBrokenYaml = (function fromBrokenYaml(text) {
  try {
    const doc = parseDocument(text);
    const project = doc.get("project", true);
    const envs = doc.get("environments", true);
    return {
      name: isScalar(project) && typeof project.value === "string" ? project.value : "project",
      environments: isMap(envs) ? envs.items.flatMap((p) => isScalar(p.key) && typeof p.key.value === "string" ? [p.key.value] : []) : []
    };
  } catch {
    return { name: "project", environments: [] };
  }
});

export {
  readProjectInfo
};
