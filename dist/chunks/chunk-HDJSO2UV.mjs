
// flinkops-builtin:node:os
var m = process.getBuiltinModule("node:os");
var __flinkopsGet = (k) => m[k];
var node_os_default = m;
var availableParallelism = /* @__PURE__ */ __flinkopsGet("availableParallelism");
var hostname = /* @__PURE__ */ __flinkopsGet("hostname");
var tmpdir = /* @__PURE__ */ __flinkopsGet("tmpdir");
var userInfo = /* @__PURE__ */ __flinkopsGet("userInfo");

export {
  node_os_default,
  availableParallelism,
  hostname,
  tmpdir,
  userInfo
};
