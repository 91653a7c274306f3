// src/core/secrets.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 3;
var CLIP_MARK = "\u2026";
var secretForms = (function secretForms(value) {
  return [.../* @__PURE__ */ new Set([value, value.replaceAll("'", "''"), JSON.stringify(value).slice(1, -1)])];
});
var maskSecrets = (function maskSecrets(text, secrets) {
  const values = [
    ...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH && s !== MASK).flatMap(secretForms))
  ];
  if (values.length === 0) return text;
  values.sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) if (out.includes(v)) out = out.split(v).join(MASK);
  return out.includes(CLIP_MARK) ? maskClippedTails(out, values) : out;
});
var maskClippedTails = (function maskClippedTails(text, values) {
  return text.split(CLIP_MARK).map((part, i, parts) => {
    if (i === parts.length - 1) return part;
    let longest = 0;
    for (const v of values)
      for (let k = Math.min(v.length - 1, part.length); k > longest; k--)
        if (part.endsWith(v.slice(0, k))) {
          longest = k;
          break;
        }
    const head = part.slice(0, part.length - longest);
    return longest > 0 && part.slice(head.length).trim() !== "" ? `${head}${MASK}` : part;
  }).join(CLIP_MARK);
});

import "./chunk-TRBKR6JO.mjs";
export {
  CLIP_MARK,
  MASK,
  MIN_SECRET_LENGTH,
  maskSecrets,
  secretForms
};
