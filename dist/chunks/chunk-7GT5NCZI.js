import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  __esm
} from "./chunk-TRBKR6JO.js";

// flinkops-builtin:node:url
var m, node_url_default, URL, URLPattern, URLSearchParams, Url, domainToASCII, domainToUnicode, fileURLToPath, fileURLToPathBuffer, format, parse, pathToFileURL, resolve, resolveObject, urlToHttpOptions;
var init_node_url = __esm({
  "flinkops-builtin:node:url"() {
    m = process.getBuiltinModule("node:url");
    node_url_default = m;
    ({ URL, URLPattern, URLSearchParams, Url, domainToASCII, domainToUnicode, fileURLToPath, fileURLToPathBuffer, format, parse, pathToFileURL, resolve, resolveObject, urlToHttpOptions } = m);
  }
});

export {
  node_url_default,
  fileURLToPath,
  init_node_url
};
