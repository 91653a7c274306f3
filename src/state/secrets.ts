/**
 * Secrets never enter the state store: scripts keep their `${secret.X}` placeholders. This is
 * the last line of defence, run on every write whose caller knows the resolved values.
 */
import type { StateDoc } from './model';
import { STATE_CODES, StateStoreError } from './store';

/** Values shorter than this are too common to tell a secret from ordinary text. */
const MIN_SECRET_LENGTH = 4;

/** Paths (e.g. `jobs.orders.current.script`) of strings in `doc` that contain a secret value. */
export function findSecretValues(doc: StateDoc, secretValues: readonly string[]): string[] {
  const secrets = secretValues.filter((s) => s.length >= MIN_SECRET_LENGTH);
  if (secrets.length === 0) return [];
  const found: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (secrets.some((s) => value.includes(s))) found.push(path);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (secrets.some((s) => k.includes(s))) found.push(path ? `${path} (a key)` : '(a key)');
        walk(v, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(doc, '');
  return found;
}

/** Throws a `StateStoreError` (FO807) naming where a secret appears, never the secret itself. */
export function assertNoSecretValues(doc: StateDoc, secretValues: readonly string[]): void {
  const paths = findSecretValues(doc, secretValues);
  if (paths.length === 0) return;
  throw new StateStoreError({
    code: STATE_CODES.secret,
    severity: 'error',
    summary: `refusing to write a secret value to the state store (at ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''})`,
    detail:
      'A resolved secret reached the state document; nothing was written. Scripts must be stored with their ${secret.NAME} placeholders. This is a bug in flinkops: please report it, without the secret.',
  });
}
