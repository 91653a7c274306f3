import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// flinkops-builtin:node:path
var m = process.getBuiltinModule("node:path");
var node_path_default = m;
var { _makeLong, basename, delimiter, dirname, extname, format, isAbsolute, join, matchesGlob, normalize, parse, posix, relative, resolve, sep, toNamespacedPath, win32 } = m;

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
