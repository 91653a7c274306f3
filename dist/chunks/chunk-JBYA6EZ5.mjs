
// flinkops-builtin:node:crypto
var m = process.getBuiltinModule("node:crypto");
var __flinkopsGet = (k) => m[k];
var node_crypto_default = m;
var createHash = /* @__PURE__ */ __flinkopsGet("createHash");
var createHmac = /* @__PURE__ */ __flinkopsGet("createHmac");
var randomBytes = /* @__PURE__ */ __flinkopsGet("randomBytes");

export {
  node_crypto_default,
  createHash,
  createHmac,
  randomBytes
};
