/**
 * Flink's sensitive option keys (`GlobalConfiguration#SENSITIVE_KEYS`): an option whose key
 * contains one of these, in any case, holds a credential, and Flink shows its value as `******`.
 */
const SENSITIVE = [
  'password',
  'secret',
  'fs.azure.account.key',
  'apikey',
  'api-key',
  'auth-params',
  'service-key',
  'token',
  'basic-auth',
  'jaas.config',
  'http-headers',
  'access-key',
];

export function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase();
  return SENSITIVE.some((s) => k.includes(s));
}

/**
 * Words one of which a credential option's key holds (those of `isSensitiveKey`, and more): what a
 * text is searched for before it is looked at closely.
 */
export const CREDENTIAL_WORDS =
  'password|secret|token|apikey|api-key|auth-params|service-key|basic-auth|jaas|http-headers|access-key|account\\.key';

/** A key that holds a credential: a sensitive option key, or an HTTP header that carries one (`Authorization`, a cookie). */
export function isCredentialKey(key: string): boolean {
  return isSensitiveKey(key) || /authorization|cookie/i.test(key);
}
