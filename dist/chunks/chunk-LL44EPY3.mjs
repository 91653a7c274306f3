import {
  __esm
} from "./chunk-TRBKR6JO.mjs";

// flinkops-builtin:node:module
var m, __flinkopsGet, node_module_default, createRequire;
var init_node_module = __esm({
  "flinkops-builtin:node:module"() {
    m = process.getBuiltinModule("node:module");
    __flinkopsGet = (k) => m[k];
    node_module_default = m;
    createRequire = /* @__PURE__ */ __flinkopsGet("createRequire");
  }
});

export {
  node_module_default,
  createRequire,
  init_node_module
};
