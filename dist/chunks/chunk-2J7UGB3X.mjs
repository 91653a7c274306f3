
// src/core/flink-version.ts
var parseFlinkVersion = (function parseFlinkVersion(raw) {
  if (!raw) return void 0;
  const m = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(raw);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw: raw.trim() };
});
var majorMinor = (function majorMinor(version) {
  const v = parseFlinkVersion(version);
  return v ? `${v.major}.${v.minor}` : void 0;
});
var atLeast = (function atLeast(v, major, minor) {
  const vv = v ?? { major: 1, minor: 16 };
  return vv.major > major || vv.major === major && vv.minor >= minor;
});
var parsedReleases = /* @__PURE__ */ new Map();
var releaseParts = (function releaseParts(v) {
  let p = parsedReleases.get(v);
  if (p === void 0) {
    const [a, b] = v.split(".");
    p = [Number(a) || 0, Number(b) || 0];
    if (parsedReleases.size < 64) parsedReleases.set(v, p);
  }
  return p;
});
var compareReleases = (function compareReleases(a, b) {
  const x = releaseParts(a);
  const y = releaseParts(b);
  return x[0] - y[0] || x[1] - y[1];
});
var releaseAtLeast = (function releaseAtLeast(version, min) {
  return compareReleases(version, min) >= 0;
});
var FLINK_RELEASES = ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"];
var releaseBefore = (function releaseBefore(release) {
  const i = FLINK_RELEASES.indexOf(release);
  return FLINK_RELEASES[Math.max(0, i - 1)] ?? FLINK_RELEASES[0];
});

export {
  parseFlinkVersion,
  majorMinor,
  atLeast,
  compareReleases,
  releaseAtLeast,
  FLINK_RELEASES,
  releaseBefore
};
