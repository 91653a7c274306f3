
// src/core/sensitive-keys.ts
var SENSITIVE = [
  "password",
  "secret",
  "fs.azure.account.key",
  "apikey",
  "api-key",
  "auth-params",
  "service-key",
  "token",
  "basic-auth",
  "jaas.config",
  "http-headers",
  "access-key"
];
var isSensitiveKey = (function isSensitiveKey(key) {
  const k = key.toLowerCase();
  return SENSITIVE.some((s) => k.includes(s));
});

export {
  isSensitiveKey
};
