
// flinkops-builtin:node:fs
var m = process.getBuiltinModule("node:fs");
var __flinkopsGet = (k) => m[k];
var node_fs_default = m;
var closeSync = /* @__PURE__ */ __flinkopsGet("closeSync");
var constants = /* @__PURE__ */ __flinkopsGet("constants");
var createReadStream = /* @__PURE__ */ __flinkopsGet("createReadStream");
var existsSync = /* @__PURE__ */ __flinkopsGet("existsSync");
var fstatSync = /* @__PURE__ */ __flinkopsGet("fstatSync");
var lstatSync = /* @__PURE__ */ __flinkopsGet("lstatSync");
var mkdirSync = /* @__PURE__ */ __flinkopsGet("mkdirSync");
var openSync = /* @__PURE__ */ __flinkopsGet("openSync");
var readFile = /* @__PURE__ */ __flinkopsGet("readFile");
var readFileSync = /* @__PURE__ */ __flinkopsGet("readFileSync");
var readSync = /* @__PURE__ */ __flinkopsGet("readSync");
var readdirSync = /* @__PURE__ */ __flinkopsGet("readdirSync");
var realpathSync = /* @__PURE__ */ __flinkopsGet("realpathSync");
var renameSync = /* @__PURE__ */ __flinkopsGet("renameSync");
var rmSync = /* @__PURE__ */ __flinkopsGet("rmSync");
var stat = /* @__PURE__ */ __flinkopsGet("stat");
var statSync = /* @__PURE__ */ __flinkopsGet("statSync");
var writeFileSync = /* @__PURE__ */ __flinkopsGet("writeFileSync");
var writeSync = /* @__PURE__ */ __flinkopsGet("writeSync");

export {
  node_fs_default,
  closeSync,
  constants,
  createReadStream,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFile,
  readFileSync,
  readSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  stat,
  statSync,
  writeFileSync,
  writeSync
};
