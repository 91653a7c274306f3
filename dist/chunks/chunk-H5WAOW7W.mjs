
// src/core/duration.ts
var UNITS = {
  ms: 1,
  milli: 1,
  millis: 1,
  millisecond: 1,
  milliseconds: 1,
  s: 1e3,
  sec: 1e3,
  secs: 1e3,
  second: 1e3,
  seconds: 1e3,
  m: 6e4,
  min: 6e4,
  mins: 6e4,
  minute: 6e4,
  minutes: 6e4,
  h: 36e5,
  hour: 36e5,
  hours: 36e5,
  d: 864e5,
  day: 864e5,
  days: 864e5
};
var parseDurationMs = (function parseDurationMs(text, defaultUnit = "ms") {
  if (text === void 0) return void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return void 0;
  const unit = m[2].toLowerCase() || defaultUnit;
  const factor = UNITS[unit];
  return factor === void 0 ? void 0 : Math.round(Number(m[1]) * factor);
});
var formatAge = (function formatAge(ms) {
  if (ms === void 0 || ms < 0) return "-";
  const s = Math.floor(ms / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60 ? `${m % 60}m` : ""}`;
  return `${Math.floor(h / 24)}d`;
});

export {
  parseDurationMs,
  formatAge
};
