/**
 * flinkops.yaml's `flinkVersion` (the environment's own, else the project's) against the release the environment's cluster reports
 * (JobManager `GET /config`). Validate and compile check the SQL against the declared release,
 * so a cluster on another one (an environment repointed without the version, or the version
 * raised while still pointing at the old cluster) gets SQL checked for the wrong release. During
 * a move (`moveFrom`) the cluster compared is the new one: the jobs' SQL is for where they go.
 * Pure: the observed version comes in with the live state.
 */
import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import { majorMinor } from '../core/flink-version';
import type { LiveState } from '../observe/model';

export const VERSION_CODES = {
  /** Warning: flinkVersion in flinkops.yaml (major.minor) is not the release the cluster runs. */
  declaredVersionMismatch: 'FO649',
} as const;

export function declaredVersionCheck(desired: DesiredState, live: LiveState): Diagnostic | undefined {
  if (!live.observed) return undefined;
  const declared = majorMinor(desired.flinkVersion);
  const runs = majorMinor(live.flinkVersion);
  if (!declared || !runs || declared === runs) return undefined;
  const left = live.previous ? majorMinor(live.previous.flinkVersion) : undefined;
  const env = desired.env;
  // The setting to change: the environment's own flinkVersion where it has one, or where other
  // environments run other releases (an upgrade rolled out one environment at a time).
  const own = desired.flinkVersionOfEnvironment === true;
  const key = own ? `environments.${env}.flinkVersion` : 'flinkVersion';
  const set =
    own || (desired.environments?.length ?? 1) < 2
      ? `set ${key}: "${runs}" in flinkops.yaml`
      : `set flinkVersion: "${runs}" under environments.${env} in flinkops.yaml (the project's flinkVersion, if every environment runs it)`;
  const why =
    `validate, compile and the pull-request check judge the SQL by Flink ${declared}'s rules (syntax, reserved words, functions), ` +
    `not by those of the Flink ${runs} the jobs run on: statements ${runs} accepts may be flagged, and statements it refuses get through until apply.`;
  const fix = live.previous
    ? left === declared
      ? `${key} still names the release of the cluster being left (moveFrom, Flink ${left}); during a move it names the release the jobs move to: ${set}.`
      : `During a move (moveFrom) ${key} names the release of the cluster the jobs move to, the one jobmanagerUrl names: ${set}, or point jobmanagerUrl and sqlGatewayUrl at the Flink ${declared} cluster meant.`
    : `If environment ${env} now runs on Flink ${runs}, ${set}. If it should run on Flink ${declared}, point its jobmanagerUrl and sqlGatewayUrl at that cluster.`;
  return warning(
    VERSION_CODES.declaredVersionMismatch,
    `flinkops.yaml declares ${key} ${declared}, but the cluster of environment ${env} runs Flink ${live.flinkVersion}`,
    `${why} ${fix}`,
    desired.flinkVersionRange,
  );
}
