import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-TRBKR6JO.js";

// flinkops-builtin:node:module
var m, node_module_default, Module, SourceMap, _cache, _debug, _extensions, _findPath, _initPaths, _load, _nodeModulePaths, _pathCache, _preloadModules, _resolveFilename, _resolveLookupPaths, builtinModules, constants, createRequire, enableCompileCache, findPackageJSON, findSourceMap, flushCompileCache, getCompileCacheDir, getSourceMapsSupport, globalPaths, isBuiltin, length, name, prototype, register, registerHooks, runMain, setSourceMapsSupport, stripTypeScriptTypes, syncBuiltinESMExports;
var init_node_module = __esm({
  "flinkops-builtin:node:module"() {
    m = process.getBuiltinModule("node:module");
    node_module_default = m;
    ({ Module, SourceMap, _cache, _debug, _extensions, _findPath, _initPaths, _load, _nodeModulePaths, _pathCache, _preloadModules, _resolveFilename, _resolveLookupPaths, builtinModules, constants, createRequire, enableCompileCache, findPackageJSON, findSourceMap, flushCompileCache, getCompileCacheDir, getSourceMapsSupport, globalPaths, isBuiltin, length, name, prototype, register, registerHooks, runMain, setSourceMapsSupport, stripTypeScriptTypes, syncBuiltinESMExports } = m);
  }
});

export {
  node_module_default,
  createRequire,
  init_node_module
};
