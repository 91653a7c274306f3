import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// src/engine/compile-worker.ts
import module from "node:module";
import { parentPort, workerData } from "node:worker_threads";
module.enableCompileCache?.();
var { compileProject, portableCompile } = await import("./compile-BJ7WCRPI.js");
var { dir, options } = workerData;
parentPort?.postMessage(portableCompile(compileProject(dir, options)));
