/**
 * Flink versions as the SQL front end compares them. Where Flink's grammar changed
 * between releases, the parser keys the rule on the project's `flinkVersion`; without
 * one it assumes the newest release, so nothing valid there is rejected.
 */
import { RESERVED } from './keywords';

export const LATEST_FLINK_VERSION = '2.3';

/** Parsed versions: the parser asks for a few versions, once per rule per statement. */
const parsed = new Map<string, readonly [number, number]>();

function parts(v: string): readonly [number, number] {
  let p = parsed.get(v);
  if (p === undefined) {
    const [a, b] = v.split('.');
    p = [Number(a) || 0, Number(b) || 0];
    if (parsed.size < 64) parsed.set(v, p);
  }
  return p;
}

/** `version` is `min` or later (major.minor). */
export function atLeast(version: string, min: string): boolean {
  const v = parts(version);
  const m = parts(min);
  return v[0] > m[0] || (v[0] === m[0] && v[1] >= m[1]);
}

/** Reserved in Flink `version`: DATETIME and QUALIFY became keywords in Flink 2.0 (Calcite 1.34). */
export function reservedIn(word: string, version: string): boolean {
  return RESERVED.has(word) || ((word === 'DATETIME' || word === 'QUALIFY') && atLeast(version, '2.0'));
}
