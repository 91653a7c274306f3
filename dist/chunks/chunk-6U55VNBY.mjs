import {
  createHash
} from "./chunk-JBYA6EZ5.mjs";

// src/core/hash.ts
var sha256 = (function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
});
var canonicalJson = (function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
});
var sortKeys = (function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out = {};
    for (const k of Object.keys(value).sort()) {
      const v = value[k];
      if (v !== void 0) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
});
var fingerprint = (function fingerprint(value) {
  return sha256(canonicalJson(value)).slice(0, 16);
});

export {
  sha256,
  canonicalJson,
  fingerprint
};
