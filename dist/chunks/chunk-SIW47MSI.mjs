import {
  fileURLToPath,
  init_node_url
} from "./chunk-2W6PPHYK.mjs";
import {
  createRequire,
  init_node_module
} from "./chunk-LL44EPY3.mjs";

// src/core/yaml-load-dist.ts
init_node_module();
init_node_url();
var loadYaml = (function loadYaml() {
  const here = new URL(".", import.meta.url);
  const dist = /\/chunks\/$/.test(here.pathname) ? new URL("..", here) : here;
  return createRequire(import.meta.url)(fileURLToPath(new URL("yaml.cjs", dist)));
});

// src/core/yaml-lib.ts
var lib;
var yaml = (function yaml() {
  lib ??= loadYaml();
  return lib;
});
var isAlias = ((node) => yaml().isAlias(node));
var isMap = ((node) => yaml().isMap(node));
var isPair = ((node) => yaml().isPair(node));
var isScalar = ((node) => yaml().isScalar(node));
var isSeq = ((node) => yaml().isSeq(node));
var parseDocument = ((source, options) => yaml().parseDocument(source, options));
var visit = Object.defineProperties(
  ((node, visitor) => yaml().visit(node, visitor)),
  {
    BREAK: { get: () => yaml().visit.BREAK },
    SKIP: { get: () => yaml().visit.SKIP },
    REMOVE: { get: () => yaml().visit.REMOVE }
  }
);
var parse = ((src, options) => yaml().parse(src, options));

export {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  parse
};
