/** Tolerant readers for JSON of unknown shape: a wrong type reads as absent, never throws. */

export type Json = Record<string, unknown>;

export function asObj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

export function obj(o: Json | undefined, k: string): Json | undefined {
  return asObj(o?.[k]);
}

export function arr(o: Json | undefined, k: string): unknown[] | undefined {
  const v = o?.[k];
  return Array.isArray(v) ? v : undefined;
}

export function str(o: Json | undefined, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = o?.[k];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

export function num(o: Json | undefined, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const v = o?.[k];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
}

export function bool(o: Json | undefined, k: string): boolean | undefined {
  const v = o?.[k];
  return typeof v === 'boolean' ? v : undefined;
}

/** A map of string values; numbers and booleans are stringified, others dropped. */
export function stringMap(v: unknown): Record<string, string> | undefined {
  const o = asObj(v);
  if (!o) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(o)) {
    if (typeof x === 'string') out[k] = x;
    else if (typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
  }
  return out;
}

export function numberMap(v: unknown): Record<string, number> | undefined {
  const o = asObj(v);
  if (!o) return undefined;
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(o)) if (typeof x === 'number') out[k] = x;
  return out;
}
