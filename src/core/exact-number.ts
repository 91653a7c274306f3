/**
 * Numbers a double cannot hold: a BIGINT beyond 2^53, a DECIMAL of more than 15 digits. Flink's
 * SQL Gateway writes them as JSON numbers, and test files may too; read as doubles they would lose
 * digits (9007199254740993 shows as 9007199254740992), so where values are shown or compared they
 * are kept as the text they were written in.
 */

/** Whether `n`, read from the number literal `source`, lost digits of it. */
export function lostDigits(n: number, source: string): boolean {
  if (!Number.isFinite(n)) return false;
  if (/^-?\d+$/.test(source)) return !Number.isSafeInteger(n);
  const m = /^-?(\d*)\.(\d+)$/.exec(source);
  return m !== null && `${m[1]}${m[2]}`.replace(/^0+/, '').length > 15;
}

/** A JSON.parse reviver that keeps a number with more digits than a double holds as its text. */
export function exactNumbers(_key: string, value: unknown, context?: { source?: string }): unknown {
  return typeof value === 'number' && context?.source !== undefined && lostDigits(value, context.source)
    ? context.source
    : value;
}
