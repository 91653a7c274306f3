/**
 * Flink versions as the SQL front end compares them. Where Flink's grammar changed
 * between releases, the parser keys the rule on the project's `flinkVersion`; without
 * one it assumes the newest release, so nothing valid there is rejected.
 */
import { RESERVED } from './keywords';

export const LATEST_FLINK_VERSION = '2.3';

function parts(v: string): [number, number] {
  const [a, b] = v.split('.');
  return [Number(a) || 0, Number(b) || 0];
}

/** `version` is `min` or later (major.minor). */
export function atLeast(version: string, min: string): boolean {
  const [a, b] = parts(version);
  const [c, d] = parts(min);
  return a > c || (a === c && b >= d);
}

/** Reserved in Flink `version`: DATETIME and QUALIFY became keywords in Flink 2.0 (Calcite 1.34). */
export function reservedIn(word: string, version: string): boolean {
  return RESERVED.has(word) || ((word === 'DATETIME' || word === 'QUALIFY') && atLeast(version, '2.0'));
}
