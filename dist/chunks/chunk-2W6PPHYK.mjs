import {
  __esm
} from "./chunk-TRBKR6JO.mjs";

// flinkops-builtin:node:url
var m, __flinkopsGet, node_url_default, fileURLToPath;
var init_node_url = __esm({
  "flinkops-builtin:node:url"() {
    m = process.getBuiltinModule("node:url");
    __flinkopsGet = (k) => m[k];
    node_url_default = m;
    fileURLToPath = /* @__PURE__ */ __flinkopsGet("fileURLToPath");
  }
});

export {
  node_url_default,
  fileURLToPath,
  init_node_url
};
