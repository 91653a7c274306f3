import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  init_node_module,
  node_module_default
} from "./chunk-2YDHPQPS.js";
import "./chunk-TRBKR6JO.js";

// src/engine/compile-worker.ts
init_node_module();

// flinkops-builtin:node:worker_threads
var m = process.getBuiltinModule("node:worker_threads");
var { BroadcastChannel, MessageChannel, MessagePort, SHARE_ENV, Worker, getEnvironmentData, isInternalThread, isMainThread, isMarkedAsUntransferable, locks, markAsUncloneable, markAsUntransferable, moveMessagePortToContext, parentPort, postMessageToThread, receiveMessageOnPort, resourceLimits, setEnvironmentData, threadId, threadName, workerData } = m;

// src/engine/compile-worker.ts
node_module_default.enableCompileCache?.();
var { compileProject, portableCompile } = await import("./compile-ODQBICAS.js");
var { dir, options } = workerData;
parentPort?.postMessage(portableCompile(compileProject(dir, options)));
