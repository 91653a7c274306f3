/** Masking secret values in anything shown to people (logs, diagnostics, comments, reports). */

export const MASK = '***';

/** Values shorter than this are not masked: masking `a` or `1` everywhere would garble every text. */
export const MIN_SECRET_LENGTH = 3;

/** Replaces every secret value by ***, longest first so a secret containing another is masked whole. */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  const values = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH && s !== MASK);
  values.sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) if (out.includes(v)) out = out.split(v).join(MASK);
  return out;
}
