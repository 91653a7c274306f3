
// flinkops-builtin:node:http
var m = process.getBuiltinModule("node:http");
var __flinkopsGet = (k) => m[k];
var node_http_default = m;
var createServer = /* @__PURE__ */ __flinkopsGet("createServer");

export {
  node_http_default,
  createServer
};
