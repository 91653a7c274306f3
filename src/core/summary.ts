/**
 * Diagnostic summaries are one short line, but they quote source text: a token
 * (`Unexpected string 'a⏎b`) or a name, which an unterminated quote can stretch over
 * the rest of the file. These helpers keep such quotes on one line and short; the
 * diagnostic's range still covers all of the quoted text.
 */
import type { Diagnostic } from './diagnostics';

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
/** Characters of quoted text kept when a quote is cut. */
const KEEP = 60;
/** A quote only this much longer than KEEP is shown whole: cutting it would save little. */
const SLACK = 8;
/** A long quote between `"` or backticks, its first KEEP characters captured. */
const LONG_QUOTES = ['"', '`'].map((q) => ({
  q,
  re: new RegExp(`${q}([^${q}]{${KEEP}})[^${q}]{${SLACK},}${q}`, 'g'),
}));

/** Source text for a summary: line breaks shown as ⏎, cut to about 60 characters with an ellipsis. */
export function oneLine(text: string): string {
  const flat = text.replace(LINE_BREAK, '⏎');
  return flat.length >= KEEP + SLACK ? `${flat.slice(0, KEEP)}…` : flat;
}

/**
 * Makes every summary in `diags` one line (line breaks as ⏎) and cuts long "…" or `…`
 * quotes in it; entries that change are replaced by copies, in place. Returns `diags`.
 */
export function tidySummaries(diags: Diagnostic[]): Diagnostic[] {
  for (const [i, d] of diags.entries()) {
    let summary = d.summary.replace(LINE_BREAK, '⏎');
    for (const { q, re } of LONG_QUOTES) summary = summary.replace(re, `${q}$1…${q}`);
    if (summary !== d.summary) diags[i] = { ...d, summary };
  }
  return diags;
}
