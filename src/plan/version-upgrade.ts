/**
 * A job that restarts on another Flink version than the one it last ran on. The planner changes
 * between releases, so a script re-planned by the new release may not map onto its savepoint:
 * Flink itself promises nothing for that, so the verdict is `unknown` and the start needs
 * `allowNonRestoredState` or an explicit confirmation. A job in `planMode: compiled` restarts
 * from the very plan that wrote its state (FLIP-190): its operators and their state stay the
 * same, provided the new release still loads that plan, which it is asked before anything stops.
 * Pure: the plan run gathers the inputs.
 */
import { majorMinor, parseFlinkVersion, releaseAtLeast } from '../core/flink-version';
import type { PlanMode } from '../load/types';

export type VersionVerdict = 'compatible' | 'drops-state' | 'incompatible' | 'unknown';

export interface VersionUpgradeInput {
  /** Flink version (major.minor) the job's state was written by: its last deployment's. */
  from?: string;
  /** Flink version (major.minor) of the cluster it starts on now. */
  to?: string;
  planMode: PlanMode;
  /** compiled: the plan it starts from has the bytes of the plan it last ran (sha256 equal). */
  samePlan: boolean;
  /** compiled: the new release's answer to loading that plan; undefined when not asked (offline). */
  planCheck?: { ok: true } | { ok: false; message: string };
  allowNonRestoredState: boolean;
  /** `--allow-version-upgrade`: the user accepts an unknown restore. */
  confirmed: boolean;
  /** The start restores state (a savepoint or checkpoint); a stateless start risks nothing. */
  restores: boolean;
  /**
   * The state verdict of the job's stream graphs as each release builds them: the running script by
   * the old release's planner (moveFrom's SQL Gateway), the new one by this cluster's.
   */
  acrossReleases?: 'compatible' | 'drops-state' | 'incompatible' | 'unknown';
  /** The job moves from another cluster (moveFrom): its SQL Gateway could judge the state. */
  moving?: boolean;
  /** A move whose planners were asked through moveFrom.sqlGatewayUrl but gave no graphs: why. */
  acrossUnanswered?: string;
  /** The start restores the savepoint the job's `restoreFrom` pins: the user chose it. */
  pinned?: boolean;
  /** The Flink release that wrote the pinned savepoint, where the store recorded it. */
  pinnedWrittenBy?: string;
}

export interface VersionUpgrade {
  from: string;
  to: string;
  verdict: VersionVerdict;
  findings: string[];
  advice: string[];
  /** Set when the start must not happen as planned. */
  blocked?: { reason: 'plan-refused' | 'unconfirmed' | 'downgrade'; summary: string; detail: string };
}

/** A job of the plan-level summary of a version upgrade (version-summary.ts). */
export interface VersionUpgradeJob {
  job: string;
  verdict: VersionVerdict;
  /** The code of the refusal when the start does not happen as planned (FO641 for an unconfirmed unknown). */
  refused?: string;
  /** It starts on an older release from the savepoint its restoreFrom pins (a move back): the pin accepted it. */
  pinned?: true;
}

export interface VersionUpgradeSummary {
  /** Flink version (major.minor) the jobs' state was written by. */
  from: string;
  /** Flink version (major.minor) of the cluster they start on. */
  to: string;
  /** The jobs move from the cluster `moveFrom` names (otherwise they restart on this one). */
  move: boolean;
  /** Jobs in `planMode: compiled`: they start from the plan their state was written with. */
  compiled: VersionUpgradeJob[];
  /** Jobs in `planMode: script`: the new release plans them anew. */
  script: VersionUpgradeJob[];
}

/** The verdict for a start on another Flink version; undefined when the version did not change. */
export function versionUpgradeVerdict(input: VersionUpgradeInput): VersionUpgrade | undefined {
  const from = majorMinor(input.from);
  const to = majorMinor(input.to);
  if (!from || !to || from === to) return undefined;
  const base = { from, to };
  if (!input.restores) {
    return { ...base, verdict: 'compatible', findings: ['starts without state'], advice: [] };
  }
  // A pin on a savepoint a newer major release wrote (the one the stop on it took) is no way back.
  const readable =
    (parseFlinkVersion(input.pinnedWrittenBy)?.major ?? 0) <= (parseFlinkVersion(to)?.major ?? 0);
  const back = downgrade(from, to, input.pinned === true && readable, input.confirmed === true);
  if (back) return { ...base, ...back };
  if (input.planMode === 'compiled' && input.samePlan) {
    if (input.planCheck && !input.planCheck.ok) {
      return {
        ...base,
        verdict: 'incompatible',
        findings: [`Flink ${to} refuses the compiled plan: ${input.planCheck.message}`],
        advice: [
          `Stay on Flink ${from} for this job, or re-plan it on ${to} (change its SQL or set planMode: script) and accept the state verdict that brings.`,
        ],
        blocked: {
          reason: 'plan-refused',
          summary: `Flink ${to} refuses the compiled plan the job's state was written with`,
          detail: `${input.planCheck.message}\nNothing was stopped. Keep the job on Flink ${from}, or re-plan it on ${to}.`,
        },
      };
    }
    return {
      ...base,
      verdict: 'compatible',
      findings: [
        `restarts from the same compiled plan on Flink ${to}${input.planCheck ? ' (loaded by the new release)' : ''}: operators and their state are unchanged`,
      ],
      advice: [],
    };
  }
  const across = acrossReleases(input, from, to);
  if (across) return { ...base, ...across };
  const why =
    input.planMode === 'compiled'
      ? `the compiled plan changed as well: Flink ${to} plans the job anew`
      : `the script is planned anew by Flink ${to}; Flink promises no state compatibility across planner versions`;
  const advice = [
    input.planMode === 'compiled'
      ? `Undo the job's change for the upgrade, or apply it on Flink ${from} first (its own state verdict applies there), so the job moves with the plan its state was written with.`
      : 'Set planMode: compiled and apply it on the old version first, so the job keeps its plan across the upgrade.',
    ...(input.moving && input.planMode === 'script'
      ? [
          input.acrossUnanswered !== undefined
            ? `Or plan again once Flink ${from}'s planner (moveFrom.sqlGatewayUrl) and ${to}'s answer: they were asked to judge the state and gave no verdict (${input.acrossUnanswered}).`
            : `Or name the old cluster's SQL Gateway in moveFrom.sqlGatewayUrl: Flink ${from}'s and ${to}'s planners then judge the state.`,
        ]
      : []),
    'Or accept the risk: allowNonRestoredState: true (state no operator claims is dropped) or --allow-version-upgrade.',
  ];
  if (input.allowNonRestoredState || input.confirmed) {
    return {
      ...base,
      verdict: input.allowNonRestoredState ? 'drops-state' : 'unknown',
      findings: [
        why,
        input.allowNonRestoredState
          ? 'allowNonRestoredState: state no operator of the new plan claims is dropped'
          : 'confirmed with --allow-version-upgrade',
      ],
      advice: [],
    };
  }
  return {
    ...base,
    verdict: 'unknown',
    findings: [why],
    advice,
    blocked: {
      reason: 'unconfirmed',
      summary: `version upgrade ${from} → ${to} with a state verdict of unknown`,
      detail: `${why}. ${advice.join(' ')}`,
    },
  };
}

/**
 * A start on an older release than the one that wrote the state (a move back, a rollback to the
 * old cluster). Flink reads savepoints of older releases, never promises the reverse, and a 1.x
 * release cannot read the checkpoint metadata 2.x writes (real 1.20.3 restoring a 2.2.0
 * savepoint: "Unrecognized checkpoint version number: 6"). Whatever the planners say of the
 * stream graphs, the restore fails after the job was stopped on the newer release, so the start
 * is refused unless the job's `restoreFrom` pins a savepoint the user chose (one the older release
 * wrote: the savepoint the move away from it took).
 */
function downgrade(
  from: string,
  to: string,
  pinned: boolean,
  confirmed: boolean,
): Omit<VersionUpgrade, 'from' | 'to'> | undefined {
  if (releaseAtLeast(to, from)) return undefined;
  const across = parseFlinkVersion(to)!.major < parseFlinkVersion(from)!.major;
  if (pinned || (confirmed && !across)) {
    return {
      verdict: 'unknown',
      findings: [
        pinned
          ? `Flink ${to} is older than Flink ${from}, which wrote the job's state: the job starts from the savepoint its restoreFrom pins`
          : `Flink ${to} is older than Flink ${from}, which wrote the job's state: restored as --allow-version-upgrade asks, which Flink does not promise`,
      ],
      advice: [],
    };
  }
  const why = across
    ? `Flink ${to} cannot read a savepoint Flink ${from} wrote (its checkpoint metadata has a version ${to} does not know)`
    : `Flink ${to} is older than Flink ${from}, which wrote the job's state, and Flink does not promise that an older release restores a newer one's savepoint`;
  const advice = [
    `Set restoreFrom: in the job's settings to a savepoint Flink ${to} wrote — the one taken when the job left Flink ${to} (flinkops savepoints list shows it); the state since is lost. Or keep the job on Flink ${from}${across ? '' : `, or try the newer savepoint on Flink ${to} with --allow-version-upgrade (a failed start is rolled back)`}.`,
  ];
  return {
    verdict: 'incompatible',
    findings: [why],
    advice,
    blocked: {
      reason: 'downgrade',
      summary: `a move back from Flink ${from} to ${to} cannot restore the job's state`,
      detail: `${why}. ${advice.join(' ')} Nothing was stopped.`,
    },
  };
}

/** The verdict both releases' own stream graphs give, where they were asked (a move with moveFrom.sqlGatewayUrl). */
function acrossReleases(
  input: VersionUpgradeInput,
  from: string,
  to: string,
): Omit<VersionUpgrade, 'from' | 'to'> | undefined {
  const v = input.acrossReleases;
  if (!v || v === 'unknown') return undefined;
  const asked = `Flink ${from}'s planner (the cluster being left) and Flink ${to}'s built the job's stream graphs`;
  if (v === 'compatible') {
    return {
      verdict: 'compatible',
      findings: [`${asked}: every operator that holds state keeps its id and the shape of its state`],
      advice: [],
    };
  }
  if (v === 'drops-state' && input.allowNonRestoredState) {
    return {
      verdict: 'drops-state',
      findings: [
        `${asked}: some state has no operator to go to`,
        'allowNonRestoredState: that state is dropped',
      ],
      advice: [],
    };
  }
  const what =
    v === 'drops-state'
      ? 'some state has no operator to go to, so the restore fails without allowNonRestoredState'
      : 'an operator keeps its id but not the shape of its state, so the restore fails';
  const advice =
    v === 'drops-state'
      ? [
          'Set allowNonRestoredState: true to drop that state, or planMode: compiled (applied on the old release first) to keep it.',
        ]
      : [
          'Set planMode: compiled and apply it on the old release first, so the job keeps its plan across the move.',
        ];
  return {
    verdict: v,
    findings: [`${asked}: ${what} (the job's state verdict names the operators)`],
    advice,
    blocked: {
      reason: 'unconfirmed',
      summary: `version upgrade ${from} → ${to} with a state verdict of ${v}`,
      detail: `${asked}: ${what}. ${advice.join(' ')} Nothing was stopped.`,
    },
  };
}
