
// src/core/secrets.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 3;
var maskSecrets = (function maskSecrets(text, secrets) {
  const values = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH && s !== MASK);
  values.sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) if (out.includes(v)) out = out.split(v).join(MASK);
  return out;
});

export {
  MASK,
  MIN_SECRET_LENGTH,
  maskSecrets
};
