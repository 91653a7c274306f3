
// flinkops-builtin:node:path
var m = process.getBuiltinModule("node:path");
var __flinkopsGet = (k) => m[k];
var node_path_default = m;
var basename = /* @__PURE__ */ __flinkopsGet("basename");
var dirname = /* @__PURE__ */ __flinkopsGet("dirname");
var isAbsolute = /* @__PURE__ */ __flinkopsGet("isAbsolute");
var join = /* @__PURE__ */ __flinkopsGet("join");
var relative = /* @__PURE__ */ __flinkopsGet("relative");
var resolve = /* @__PURE__ */ __flinkopsGet("resolve");
var sep = /* @__PURE__ */ __flinkopsGet("sep");

export {
  node_path_default,
  basename,
  dirname,
  isAbsolute,
  join,
  relative,
  resolve,
  sep
};
