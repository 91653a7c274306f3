/** Masking secret values in anything shown to people (logs, diagnostics, comments, reports). */

export const MASK = '***';

/** Values shorter than this are not masked: masking `a` or `1` everywhere would garble every text. */
export const MIN_SECRET_LENGTH = 3;

/** The mark flinkops ends a clipped text with (a long Flink exception headline, a log line). */
export const CLIP_MARK = '…';

/**
 * The forms a value takes in what flinkops shows: as it is, inside a SQL string literal (Flink
 * echoes a statement's `'it''s'`), and inside a JSON string (`--json` output escapes `"` and `\`).
 */
export function secretForms(value: string): string[] {
  return [...new Set([value, value.replaceAll("'", "''"), JSON.stringify(value).slice(1, -1)])];
}

/**
 * Replaces every secret value (in each of its forms) by ***, longest first so a secret containing
 * another is masked whole; and a secret's beginning cut off by a clip mark, which no whole-value
 * match finds.
 */
export function maskSecrets(text: string, secrets: Iterable<string>): string {
  const values = [
    ...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH && s !== MASK).flatMap(secretForms)),
  ];
  if (values.length === 0) return text;
  values.sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) if (out.includes(v)) out = out.split(v).join(MASK);
  return out.includes(CLIP_MARK) ? maskClippedTails(out, values) : out;
}

/**
 * A text clipped in the middle of a secret (`…&password=S3cr…`) ends with the secret's first
 * characters: those are masked, however few, before every clip mark.
 */
function maskClippedTails(text: string, values: readonly string[]): string {
  return text
    .split(CLIP_MARK)
    .map((part, i, parts) => {
      if (i === parts.length - 1) return part;
      let longest = 0;
      for (const v of values)
        for (let k = Math.min(v.length - 1, part.length); k > longest; k--)
          if (part.endsWith(v.slice(0, k))) {
            longest = k;
            break;
          }
      const head = part.slice(0, part.length - longest);
      return longest > 0 && part.slice(head.length).trim() !== '' ? `${head}${MASK}` : part;
    })
    .join(CLIP_MARK);
}
