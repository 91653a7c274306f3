/**
 * Flink release numbers, pure: parsed from what a cluster reports or a repository declares, and
 * compared. Below both the Flink client and the plan, which must not import a cluster module.
 */

export interface FlinkVersion {
  major: number;
  minor: number;
  patch: number;
  /** As the cluster reported it, e.g. `1.18.1` or `2.0-SNAPSHOT`. */
  raw: string;
}

export function parseFlinkVersion(raw: string | undefined): FlinkVersion | undefined {
  if (!raw) return undefined;
  const m = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(raw);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw: raw.trim() };
}

/** `1.20.3` → `1.20`: the release a version belongs to, as a repository's flinkVersion says it. */
export function majorMinor(version: string | undefined): string | undefined {
  const v = parseFlinkVersion(version);
  return v ? `${v.major}.${v.minor}` : undefined;
}

/** `atLeast(v, 1, 18)`; an unknown version counts as the oldest supported (1.16). */
export function atLeast(v: FlinkVersion | undefined, major: number, minor: number): boolean {
  const vv = v ?? { major: 1, minor: 16 };
  return vv.major > major || (vv.major === major && vv.minor >= minor);
}

/** Parsed `major.minor` strings: the SQL front end asks for a few, once per rule per statement. */
const parsedReleases = new Map<string, readonly [number, number]>();

function releaseParts(v: string): readonly [number, number] {
  let p = parsedReleases.get(v);
  if (p === undefined) {
    const [a, b] = v.split('.');
    p = [Number(a) || 0, Number(b) || 0];
    if (parsedReleases.size < 64) parsedReleases.set(v, p);
  }
  return p;
}

/** Orders two `major.minor` releases (negative when `a` is older), for `sort`. */
export function compareReleases(a: string, b: string): number {
  const x = releaseParts(a);
  const y = releaseParts(b);
  return x[0] - y[0] || x[1] - y[1];
}

/** `version` is `min` or later, both `major.minor` as a repository's flinkVersion says them. */
export function releaseAtLeast(version: string, min: string): boolean {
  return compareReleases(version, min) >= 0;
}

/** The Flink releases flinkops supports (`major.minor`), oldest first. */
export const FLINK_RELEASES = ['1.16', '1.17', '1.18', '1.19', '1.20', '2.0', '2.1', '2.2', '2.3'] as const;

export type FlinkRelease = (typeof FLINK_RELEASES)[number];

/** The release before `release` (`1.19` for `1.20`); the oldest supported for the oldest. */
export function releaseBefore(release: string): string {
  const i = FLINK_RELEASES.indexOf(release as FlinkRelease);
  return FLINK_RELEASES[Math.max(0, i - 1)] ?? FLINK_RELEASES[0];
}
