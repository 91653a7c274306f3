/**
 * Durations as people and Flink write them: `500 ms`, `30s`, `2 min`, `1h`, `7 days`; and
 * ages as flinkops shows them in tables (`45s`, `3h20m`, `9d`).
 */

const UNITS: Record<string, number> = {
  ms: 1,
  milli: 1,
  millis: 1,
  millisecond: 1,
  milliseconds: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
};

/**
 * Milliseconds, or undefined when the text is not a duration. A bare number takes
 * `defaultUnit` (Flink's own options read it as milliseconds).
 */
export function parseDurationMs(
  text: string | undefined,
  defaultUnit: 'ms' | 's' = 'ms',
): number | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase() || defaultUnit;
  const factor = UNITS[unit];
  return factor === undefined ? undefined : Math.round(Number(m[1]) * factor);
}

/** An age or uptime for a table column: `45s`, `12m`, `3h20m` (under two days), `9d`; `-` when unknown. */
export function formatAge(ms: number | undefined): string {
  if (ms === undefined || ms < 0) return '-';
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60 ? `${m % 60}m` : ''}`;
  return `${Math.floor(h / 24)}d`;
}
