/**
 * Scheduled online/offline and policies, checked where the user wrote them: cron
 * expressions and time zones of `schedule:`, the order of `activeFrom`/`activeUntil`,
 * and the environment names a `policy:` refers to (a typo there would silently
 * switch a guard off). The cron reading itself (croner, 5 fields) lives here too, so
 * the plan evaluates windows with exactly the parser that accepted them.
 */
import { Cron } from 'croner';
import { type Diagnostic, error } from '../core/diagnostics';
import { didYouMean } from '../core/names';
import type { JobSettings, PolicySpec, YamlPath, YamlSource } from '../load';
import { TIME_ZONES } from './time-zones';

export const SCHEDULE_CODES = {
  /** Error: a schedule window's cron expression does not parse. */
  invalidCron: 'FO260',
  /** Error: the schedule's time zone is not an IANA zone. */
  invalidTimezone: 'FO261',
  /** Error: activeUntil is not after activeFrom. */
  emptyActivePeriod: 'FO262',
  /** Error: a policy names an environment flinkops.yaml does not define. */
  policyUnknownEnv: 'FO263',
} as const;

let listedZones: Set<string> | undefined;
let canonicalZones: Set<string> | undefined;

/** Whether `tz` is an IANA time zone this runtime knows (`UTC` included). */
export function isTimeZone(tz: string): boolean {
  // The zones of the ICU this release was built on need no ICU call: ICU's own list costs ~2 ms,
  // a DateTimeFormat for a zone tens of ms of ICU loading in a fresh process. Other names
  // (aliases such as US/Pacific, lower case, zones newer than the list) ask ICU.
  listedZones ??= new Set(TIME_ZONES);
  if (listedZones.has(tz)) return true;
  canonicalZones ??= new Set(Intl.supportedValuesOf?.('timeZone') ?? []);
  if (canonicalZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Names of UTC in the IANA database (links of Etc/UTC and Etc/GMT). */
const UTC_NAMES = new Set(
  ['UTC', 'UCT', 'Universal', 'Zulu', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich'].flatMap((n) => [
    n,
    `Etc/${n}`,
  ]),
);

/**
 * Minutes east of UTC of a zone whose offset never changes: UTC and its aliases, and Etc/GMT±N
 * (POSIX signs: Etc/GMT+5 is five hours behind UTC). Undefined for every other zone.
 */
export function fixedOffsetMinutes(tz: string): number | undefined {
  if (UTC_NAMES.has(tz)) return 0;
  const m = /^Etc\/GMT([+-])(\d{1,2})$/.exec(tz);
  return m ? (m[1] === '+' ? -60 : 60) * Number(m[2]) : undefined;
}

/** A paused croner job for a 5-field expression in a time zone (default UTC), or why it is invalid. */
export function cronOf(expr: string, timezone?: string): { cron: Cron } | { problem: string } {
  if (timezone !== undefined && !isTimeZone(timezone)) return { problem: `unknown time zone "${timezone}"` };
  const tz = timezone ?? 'UTC';
  // A fixed offset is the same arithmetic without ICU, whose first use in a process costs 12-20 ms
  // (its locale data): croner reads a named zone through Intl.DateTimeFormat, an offset does not.
  const offset = fixedOffsetMinutes(tz);
  try {
    return {
      cron: new Cron(expr, {
        mode: '5-part',
        paused: true,
        ...(offset !== undefined ? { utcOffset: offset } : { timezone: tz }),
      }),
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { problem: message.replace(/^CronPattern:\s*/, '') };
  }
}

const CRON_HELP =
  'Use 5 fields: minute hour day-of-month month day-of-week, e.g. "0 8 * * 1-5" (08:00 Monday to Friday); ' +
  'ranges (1-5), lists (1,3), steps (*/15) and names (MON, JAN) are allowed.';

/** `${env.X}` values are substituted at compile time; only literal text is checked here. */
const hasReference = (s: string) => s.includes('${');

/** schedule: and activeFrom/activeUntil of one settings layer (job YAML, defaults, env override). */
export function checkScheduleSettings(
  y: YamlSource,
  settings: JobSettings | undefined,
  path: YamlPath,
  diags: Diagnostic[],
): void {
  const schedule = settings?.schedule;
  if (schedule) {
    const tz = schedule.timezone;
    if (tz !== undefined && !hasReference(tz) && !isTimeZone(tz)) {
      const hint = didYouMean(tz, Intl.supportedValuesOf('timeZone'));
      diags.push(
        error(
          SCHEDULE_CODES.invalidTimezone,
          `Unknown time zone "${tz}"`,
          (hint ? `Did you mean "${hint}"? ` : '') +
            'Use an IANA time zone name such as Europe/Berlin, America/New_York or UTC.',
          y.locate([...path, 'schedule', 'timezone']),
        ),
      );
    }
    schedule.windows.forEach((w, i) => {
      for (const key of ['start', 'stop'] as const) {
        const expr = w[key];
        if (hasReference(expr)) continue;
        const r = cronOf(expr);
        if ('problem' in r) {
          diags.push(
            error(
              SCHEDULE_CODES.invalidCron,
              `Invalid cron expression "${expr}" in schedule window ${i + 1} (${key}): ${r.problem}`,
              CRON_HELP,
              y.locate([...path, 'schedule', 'windows', i, key]),
            ),
          );
        }
      }
    });
  }
  const from = settings?.activeFrom;
  const until = settings?.activeUntil;
  if (from !== undefined && until !== undefined && Date.parse(until) <= Date.parse(from)) {
    diags.push(
      error(
        SCHEDULE_CODES.emptyActivePeriod,
        `activeUntil ${until} is not after activeFrom ${from}`,
        'The job would never run. Move activeUntil after activeFrom, or remove one of them.',
        y.locate([...path, 'activeUntil']),
      ),
    );
  }
}

/** Environment names in `policy:` must exist. */
export function checkPolicy(
  y: YamlSource,
  policy: PolicySpec | undefined,
  envs: readonly string[],
): Diagnostic[] {
  if (!policy) return [];
  const diags: Diagnostic[] = [];
  const unknown = (name: string, at: YamlPath, what: 'key' | 'value') => {
    if (envs.includes(name)) return;
    const hint = didYouMean(name, envs);
    diags.push(
      error(
        SCHEDULE_CODES.policyUnknownEnv,
        `Policy names unknown environment "${name}"`,
        (hint ? `Did you mean "${hint}"? ` : '') +
          `The guard would never apply. Environments in flinkops.yaml: ${envs.join(', ')}.`,
        y.locate(at, what),
      ),
    );
  };
  for (const key of ['requireAllowDelete', 'refuseIncompatibleUpgrades'] as const) {
    for (const [i, name] of (policy[key] ?? []).entries()) unknown(name, ['policy', key, i], 'value');
  }
  for (const name of Object.keys(policy.maxParallelism ?? {})) {
    unknown(name, ['policy', 'maxParallelism', name], 'key');
  }
  return diags;
}
