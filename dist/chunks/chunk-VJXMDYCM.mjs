
// flinkops-builtin:node:os
var m = process.getBuiltinModule("node:os");
var __flinkopsGet = (k) => m[k];
var node_os_default = m;
var hostname = /* @__PURE__ */ __flinkopsGet("hostname");
var tmpdir = /* @__PURE__ */ __flinkopsGet("tmpdir");

export {
  node_os_default,
  hostname,
  tmpdir
};
