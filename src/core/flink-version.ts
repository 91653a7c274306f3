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

/** `atLeast(v, 1, 18)`; an unknown version counts as the oldest supported (1.16). */
export function atLeast(v: FlinkVersion | undefined, major: number, minor: number): boolean {
  const vv = v ?? { major: 1, minor: 16 };
  return vv.major > major || (vv.major === major && vv.minor >= minor);
}
