/**
 * A test's CLI run whose outcome hangs on the hour it runs at fails at once, at every hour. plan,
 * apply and status evaluate `schedule:` windows and `activeFrom`/`activeUntil` at the
 * wall clock unless given `--now`: example-repo's staging runs archive_and_alerts on weekdays
 * 08:00–20:00 Amsterdam time only, so a test applying staging passed by day and failed in CI after
 * 19:00 UTC. Such a run must pass `--now` (a test of the wall-clock default itself passes
 * `FLINKOPS_TEST_WALL_CLOCK: '1'` in its environment, and asserts nothing that moves with the hour).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Commands that evaluate schedules at `now`. */
const TIMED = new Set(['plan', 'apply', 'status']);
const KEYS = ['schedule', 'activeFrom', 'activeUntil'] as const;

type Settings = Record<string, unknown> | undefined;

function option(argv: readonly string[], name: string): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === `--${name}`) return argv[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

function yamlAt(path: string): Record<string, unknown> | undefined {
  try {
    const v = parse(readFileSync(path, 'utf8'));
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const timed = (s: Settings): boolean => !!s && KEYS.some((k) => s[k] !== undefined);

/** Where the project's jobs in `env` (or its only environment) are scheduled: `jobs/x.yaml`, `env.jobs.x`. */
export function scheduledIn(dir: string, env: string | undefined): string[] {
  const project = yamlAt(join(dir, 'flinkops.yaml'));
  if (!project) return [];
  const envs = (project.environments ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const name = env ?? (Object.keys(envs).length === 1 ? Object.keys(envs)[0] : undefined);
  const where: string[] = [];
  if (timed(project.defaults as Settings)) where.push('defaults');
  const e = name !== undefined ? envs[name] : undefined;
  if (timed(e?.defaults as Settings)) where.push(`${name}.defaults`);
  for (const [job, s] of Object.entries((e?.jobs ?? {}) as Record<string, Settings>))
    if (timed(s)) where.push(`${name}.jobs.${job}`);
  const jobs = join(dir, 'jobs');
  if (existsSync(jobs))
    for (const f of readdirSync(jobs).filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml')))
      if (timed(yamlAt(join(jobs, f)))) where.push(`jobs/${f}`);
  return where;
}

/**
 * Throws when `argv` evaluated a schedule at the wall clock (see the file's comment): a run that
 * made a plan (exit 0 or 2) without `--now` in a project whose jobs in that environment are
 * scheduled. A run that stopped at an error before its plan (exit 1) is left alone.
 */
export function requirePinnedClock(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string | undefined>,
  code: number,
): void {
  if (code === 1) return;
  const command = argv.find((a) => !a.startsWith('-'));
  if (!command || !TIMED.has(command) || option(argv, 'now') !== undefined) return;
  if (env.FLINKOPS_TEST_WALL_CLOCK === '1') return;
  const dirOpt = option(argv, 'dir');
  const dir = dirOpt === undefined ? cwd : isAbsolute(dirOpt) ? dirOpt : resolve(cwd, dirOpt);
  const where = scheduledIn(dir, option(argv, 'env'));
  if (where.length > 0)
    throw new Error(
      `flinkops ${argv.join(' ')}: its outcome depends on the hour the test runs at (schedule or activeFrom/activeUntil in ${where.join(', ')}). Pass --now with a fixed instant, and say in a comment why that instant.`,
    );
}
