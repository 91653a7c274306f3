
// src/core/flink-version.ts
var parseFlinkVersion = (function parseFlinkVersion(raw) {
  if (!raw) return void 0;
  const m = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(raw);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw: raw.trim() };
});
var atLeast = (function atLeast(v, major, minor) {
  const vv = v ?? { major: 1, minor: 16 };
  return vv.major > major || vv.major === major && vv.minor >= minor;
});

export {
  parseFlinkVersion,
  atLeast
};
