import {
  init_node_module,
  node_module_default
} from "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/engine/compile-worker.ts
init_node_module();

// flinkops-builtin:node:worker_threads
var m = process.getBuiltinModule("node:worker_threads");
var __flinkopsGet = (k) => m[k];
var parentPort = /* @__PURE__ */ __flinkopsGet("parentPort");
var workerData = /* @__PURE__ */ __flinkopsGet("workerData");

// src/engine/compile-worker.ts
node_module_default.enableCompileCache?.();
var { compileProject, portableCompile } = await import("./compile-SOTFBPEX.mjs");
var { dir, options } = workerData;
parentPort?.postMessage(portableCompile(compileProject(dir, options)));
