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

// src/core/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Offsets where lines start: found at the first lookup (most files never need one). */
  lineStarts;
  get starts() {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    const starts = [0];
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
    return starts;
  }
  pos(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1 };
  }
  offset(pos) {
    const start = this.starts[pos.line - 1] ?? this.text.length;
    return Math.min(start + pos.column - 1, this.text.length);
  }
  range(file, start, end) {
    return { file, start: this.pos(start), end: this.pos(end) };
  }
};

export {
  LineIndex,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  parse
};
