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
