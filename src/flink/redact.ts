/**
 * What the debug hook may see. Auth headers and user-supplied extra headers are
 * masked; resolved secret values are replaced wherever they appear (a statement's
 * connector options can carry a password).
 */
import { MASK, maskSecrets } from '../core/secrets';
import type { FlinkService } from './errors';

export interface HttpEvent {
  service: FlinkService;
  method: string;
  /** Route template, e.g. `/jobs/{jobid}/stop` or `/v2/sessions/{session_handle}/statements`. */
  route: string;
  path: string;
  attempt: number;
  durationMs: number;
  requestHeaders: Record<string, string>;
  requestBody?: unknown;
  status?: number;
  responseBody?: unknown;
  error?: string;
  /** Set when this attempt will be retried after the given pause. */
  retryInMs?: number;
}

export { MASK };

/** Headers whose values are credentials, whoever set them. */
export const ALWAYS_SECRET = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);

export function redactHeaders(
  headers: Record<string, string>,
  secretNames: readonly string[],
  secrets: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    const lower = k.toLowerCase();
    out[k] = ALWAYS_SECRET.has(lower) || secretNames.includes(lower) ? MASK : redactDeep(v, secrets);
  }
  return out;
}

/** Masks every secret in every string inside `value`, in each form maskSecrets knows. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskSecrets(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = walk(x);
      return o;
    }
    return v;
  };
  return walk(value) as T;
}
