
// flinkops-builtin:node:util
var m = process.getBuiltinModule("node:util");
var __flinkopsGet = (k) => m[k];
var node_util_default = m;
var parseArgs = /* @__PURE__ */ __flinkopsGet("parseArgs");

export {
  node_util_default,
  parseArgs
};
