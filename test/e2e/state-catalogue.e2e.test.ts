/**
 * The state-compatibility catalogue on real Flink: every edit of catalogue.ts is one job of one
 * repository. All originals start at once and build state; `plan --json` records each job's
 * verdict; all edits are applied at once (without allowNonRestoredState) and Flink's REST API
 * says, per job, whether the new job runs restored from the upgrade savepoint or the restore
 * failed and flinkops rolled back; the failed ones are applied again with allowNonRestoredState.
 * An edit that restores but reads its state as other state shows it in its own print sink's rows
 * (the TaskManager's output): such a row is `restored-misread`, which the plan must call incompatible;
 * one whose new operator keeps its state under other names prints rows only an empty state gives:
 * `restored-empty`, which the plan must call drops-state.
 * Each edit's outcome must be the catalogue's (Flink's behaviour, per line) and the verdict's.
 * FLINKOPS_CATALOGUE_OUT names a folder for the run's results (state-catalogue-<line>.json), from
 * which scripts/state-catalogue-doc.mjs renders docs/state-compatibility.md.
 * FLINKOPS_CATALOGUE_JOBS=job,job runs only those edits (to try a new one; the docs need a full run).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CatalogueEdit,
  catalogue,
  type FlinkLine,
  feeders,
  OUTCOMES_OF,
  type Outcome,
  type PrintedRow,
  SHARED_TABLES,
  VERDICT_OF,
} from './catalogue';
import { type CatalogueCluster, startCatalogueCluster, stopCatalogueCluster } from './catalogue-cluster';
import {
  clusters,
  FAST,
  flinkops,
  makeRepo,
  type Repo,
  rest,
  restoredFrom,
  scratch,
  waitFor,
} from './support';

const version = clusters().version;
const line = version.split('.').slice(0, 2).join('.');
/** The line whose outcomes and reasons the catalogue holds for this run's line. */
const expectedLine = (OUTCOMES_OF[line] ?? line) as FlinkLine;
const work = scratch('catalogue');
let cc: CatalogueCluster;
let repo: Repo;
let edits: CatalogueEdit[] = [];

interface PlanChange {
  job: string;
  action: string;
  from?: { specHash?: string; parallelism?: number };
  to?: { specHash: string; parallelism: number };
  compatibility?: { verdict: string; source?: string; findings?: string[] } & Record<string, unknown>;
}
interface ChangeReport {
  job: string;
  action: string;
  outcome: string;
  newJobId?: string;
  savepoint?: string;
  error?: string;
}

/** One edit's record in the results file. */
interface Row {
  job: string;
  edit: string;
  what: string;
  action?: string;
  verdict?: string;
  verdictSource?: string;
  findings?: string[];
  /** What Flink did (undefined: the run could not tell; see `problem`). */
  outcome?: Outcome;
  expected: Outcome;
  /** Flink's cause of the failed restore (first apply), and of the second when it failed too. */
  cause?: string;
  causeWithAnrs?: string;
  /** Bytes of state in the original job's last checkpoint before the edit. */
  stateBytes?: number;
  /** The original job's vertices (id = its head operator's id), to name an operator Flink cannot map. */
  vertices?: { id: string; name: string }[];
  problem?: string;
  why?: string;
  /** The savepoint the new job runs restored from (Flink's latest.restored), after the first apply. */
  restoredFrom?: string;
  /** A restored job's printed rows that only a misread state gives (the first few), and how many rows its sink printed from the apply on. */
  misread?: string[];
  /** A restored job's printed rows that only an operator without the old state gives (the first few). */
  empty?: string[];
  printedSinceApply?: number;
}
const rows = new Map<string, Row>();
/** Each phase works on some 40 jobs at once: minutes on a loaded machine, beyond the suite's default. */
const SLOW = 900_000;

function applyJson(extra: string[] = []) {
  return flinkops(repo, ['apply', '--env', 'local', ...FAST, '--parallelism', '12', '--json', ...extra]);
}

function parse<T>(what: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${what} printed no JSON:\n${text.slice(0, 2000)}`);
  }
}

async function planJson(): Promise<Map<string, PlanChange>> {
  const r = await flinkops(repo, ['plan', '--env', 'local', '--json']);
  expect([0, 2], r.out).toContain(r.code);
  const plan = parse<{ changes: PlanChange[] }>('plan --json', r.stdout);
  return new Map(plan.changes.map((c) => [c.job, c]));
}

interface Running {
  jid: string;
  specHash?: string;
  parallelism: number;
  restored?: string;
}

/** The job's one RUNNING instance on the catalogue cluster, as Flink reports it. */
async function running(job: string): Promise<Running | undefined> {
  const { jobs } = await rest<{ jobs: { jid: string; name: string; state: string }[] }>(cc, '/jobs/overview');
  const alive = jobs.filter((j) => j.name === `${repo.project}.local.${job}` && j.state === 'RUNNING');
  if (alive.length !== 1) return undefined;
  const jid = alive[0]!.jid;
  const c = await rest<{
    'execution-config': { 'job-parallelism': number; 'user-config'?: Record<string, string> };
  }>(cc, `/jobs/${jid}/config`);
  return {
    jid,
    specHash: c['execution-config']['user-config']?.['flinkops.spec-hash'],
    parallelism: c['execution-config']['job-parallelism'],
    restored: await restoredFrom(cc, jid),
  };
}

/**
 * What one apply did to one job, by Flink's answers: `new` = the edited job runs, restored from
 * the savepoint the upgrade took; `old` = the original runs again, restored from that savepoint
 * (the restore failed and flinkops rolled back).
 */
async function observed(
  change: PlanChange,
  report: ChangeReport | undefined,
): Promise<'new' | 'old' | string> {
  if (!report) return 'apply reported nothing for this job';
  const now = await running(change.job);
  if (!now) return `no single RUNNING job after apply (${report.outcome}: ${report.error ?? ''})`;
  if (!report.savepoint || now.restored !== report.savepoint)
    return `restored from ${now.restored ?? 'nothing'}, not the upgrade savepoint ${report.savepoint ?? '(none)'}`;
  const is = (s?: { specHash?: string; parallelism?: number }) =>
    s?.specHash === now.specHash && s?.parallelism === now.parallelism;
  if (report.outcome === 'applied' && is(change.to)) return 'new';
  if (report.outcome === 'rolled-back' && is(change.from)) return 'old';
  return `apply said ${report.outcome}; running spec ${now.specHash} p${now.parallelism}, planned ${JSON.stringify(change.to)}`;
}

/** What the print sink `id` wrote to the catalogue TaskManager's output: `id> +U[a, b]` rows, in order. */
function printed(id: string): PrintedRow[] {
  const file = join(cc.dir, 'log', 'taskmanager-0.out');
  if (!existsSync(file)) return [];
  const row = new RegExp(`^${id}> ([+-][IUD])\\[(.*)\\]$`);
  const out: PrintedRow[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = row.exec(line);
    if (m) out.push({ kind: m[1]!, fields: m[2]!.split(', '), line });
  }
  return out;
}

/**
 * The rows only a misread (or an empty) state gives that the restored job of a `misread` (`empty`)
 * edit prints, awaited for a minute (20 s) at most; `before` is how many rows its sink had printed
 * before the apply.
 */
async function misreadRows(e: CatalogueEdit, before: number): Promise<{ crossed: string[]; after: number }> {
  const probe = e.misread
    ? { id: e.misread.printIdentifier, only: e.misread.crossed, wait: 60_000 }
    : { id: e.empty!.printIdentifier, only: e.empty!.fresh, wait: 20_000 };
  const deadline = Date.now() + probe.wait;
  for (;;) {
    const rows = printed(probe.id).slice(before);
    const crossed = rows.filter(probe.only).map((r) => r.line);
    if (crossed.length > 0 || Date.now() > deadline)
      return { crossed: crossed.slice(0, 4), after: rows.length };
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** Flink's own cause, first line: "Cannot map checkpoint/savepoint state …", a StateMigrationException … */
function cause(report?: ChangeReport): string | undefined {
  return report?.error?.split('\n')[0]?.slice(0, 400);
}

function table(list: Row[]): string {
  const head = '| edit | verdict | reality | expected | operators / cause |';
  const body = list.map(
    (r) =>
      `| ${r.job} | ${r.verdict ?? '-'}${r.verdictSource ? ` (${r.verdictSource})` : ''} | ${r.outcome ?? r.problem ?? '?'} | ${r.expected} | ${[...(r.findings ?? []), r.cause ?? '', ...(r.misread ?? []), ...(r.empty ?? [])].join('; ').slice(0, 300)} |`,
  );
  return [head, '| --- | --- | --- | --- | --- |', ...body].join('\n');
}

function writeResults(): void {
  const out = process.env.FLINKOPS_CATALOGUE_OUT;
  const doc = {
    flink: cc?.release ?? version,
    line,
    at: new Date().toISOString(),
    edits: edits.map(
      (e) =>
        rows.get(e.job) ?? { job: e.job, edit: e.edit, what: e.what, expected: e.expected[expectedLine] },
    ),
  };
  const dir = out ?? work;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `state-catalogue-${line}.json`);
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  process.stderr.write(`catalogue: results in ${file}\n${table([...rows.values()])}\n`);
}

beforeAll(async () => {
  const t0 = Date.now();
  cc = await startCatalogueCluster({
    version,
    name: `catalogue-${line}-${process.pid}`,
    work,
    slots: 56,
    log: (m) => process.stderr.write(`catalogue: ${m}\n`),
  });
  process.stderr.write(`catalogue: cluster ready in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  const only = process.env.FLINKOPS_CATALOGUE_JOBS?.split(',').map((j) => j.trim());
  edits = catalogue(cc.resources).filter((e) => !only || only.includes(e.job));
  repo = { ...makeRepo('catalogue', {}), cluster: cc };
  const files: Record<string, string> = { ...SHARED_TABLES, ...feeders(cc.resources) };
  for (const e of edits) Object.assign(files, e.files);
  repo.write({
    ...files,
    'flinkops.yaml': [
      `project: ${repo.project}`,
      `flinkVersion: "${line}"`,
      'defaults:',
      '  config:',
      '    execution.checkpointing.interval: 2 s',
      'environments:',
      '  local:',
      `    jobmanagerUrl: ${cc.jobmanagerUrl}`,
      `    sqlGatewayUrl: ${cc.gatewayUrl}`,
      '',
    ].join('\n'),
  });
  for (const e of edits) {
    const why = e.why?.[expectedLine];
    rows.set(e.job, {
      job: e.job,
      edit: e.edit,
      what: e.what,
      expected: e.expected[expectedLine],
      ...(why ? { why } : {}),
    });
  }
}, 900_000);

afterAll(async () => {
  if (rows.size > 0) writeResults();
  if (cc) await stopCatalogueCluster(cc.name);
  repo?.cleanup();
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe(`state-compatibility catalogue (Flink ${line})`, () => {
  it('has an entry for every edit the issue names, and a few more', () => {
    if (!process.env.FLINKOPS_CATALOGUE_JOBS) expect(edits.length).toBeGreaterThanOrEqual(32);
    expect(edits.length).toBeGreaterThan(0);
    expect(new Set(edits.map((e) => e.job)).size).toBe(edits.length);
  });

  it(
    'starts every original job, and each processes records and completes checkpoints',
    async () => {
      const r = await applyJson();
      expect(r.code, r.out.slice(-4000)).toBe(0);
      for (const e of edits) {
        const row = rows.get(e.job)!;
        const stats = await waitFor(
          `${e.job}: records processed and two completed checkpoints`,
          async () => {
            const now = await running(e.job);
            if (!now) return undefined;
            const c = await rest<{
              counts: { completed: number };
              latest: { completed: { state_size?: number; checkpointed_size?: number } | null };
            }>(cc, `/jobs/${now.jid}/checkpoints`);
            const d = await rest<{
              vertices: {
                id: string;
                name: string;
                metrics: { 'read-records': number; 'write-records': number };
              }[];
            }>(cc, `/jobs/${now.jid}`);
            const records = d.vertices.reduce(
              (n, v) => n + v.metrics['read-records'] + v.metrics['write-records'],
              0,
            );
            const multiVertex = d.vertices.length > 1;
            if (c.counts.completed < 2 || (multiVertex && records === 0)) return undefined;
            return {
              bytes: c.latest.completed?.state_size ?? 0,
              vertices: d.vertices.map((v) => ({ id: v.id, name: v.name.slice(0, 160) })),
            };
          },
          180_000,
        );
        row.stateBytes = stats.bytes;
        row.vertices = stats.vertices;
      }
    },
    SLOW,
  );

  it(
    'plans every edit with a state-compatibility verdict',
    async () => {
      for (const e of edits) repo.write(e.edited);
      const plan = await planJson();
      for (const e of edits) {
        const c = plan.get(e.job);
        const row = rows.get(e.job)!;
        expect(c, `${e.job}: not in the plan`).toBeDefined();
        expect(c!.action, e.job).toMatch(/^(upgrade|rescale)$/);
        row.action = c!.action;
        if (c!.compatibility) {
          row.verdict = c!.compatibility.verdict;
          if (c!.compatibility.source) row.verdictSource = c!.compatibility.source;
          if (c!.compatibility.findings?.length) row.findings = c!.compatibility.findings;
        }
      }
      expect(plan.get('kafka_feed')?.action ?? 'none').toBe('none');
    },
    SLOW,
  );

  it(
    'applies every edit and reads from Flink whether each restore went through',
    async () => {
      const plan = await planJson();
      // The rows each misread probe's sink printed before the edit: the old job's, never crossed.
      const before = new Map(
        edits
          .filter((e) => e.misread || e.empty)
          .map((e) => [e.job, printed((e.misread ?? e.empty)!.printIdentifier).length]),
      );
      const r = await applyJson();
      const report = parse<{ changes: ChangeReport[] }>('apply --json', r.stdout);
      const byJob = new Map(report.changes.map((c) => [c.job, c]));
      for (const e of edits) {
        const row = rows.get(e.job)!;
        const seen = await observed(plan.get(e.job)!, byJob.get(e.job));
        // Flink's latest.restored of the new job is the upgrade's savepoint (observed checks it).
        if (seen === 'new') row.restoredFrom = byJob.get(e.job)!.savepoint;
        if (seen === 'new' && e.misread) {
          const { crossed, after } = await misreadRows(e, before.get(e.job)!);
          row.printedSinceApply = after;
          if (crossed.length > 0) row.misread = crossed;
          row.outcome = crossed.length > 0 ? 'restored-misread' : 'restored';
        } else if (seen === 'new' && e.empty) {
          const { crossed, after } = await misreadRows(e, before.get(e.job)!);
          row.printedSinceApply = after;
          if (crossed.length > 0) row.empty = crossed;
          row.outcome = crossed.length > 0 ? 'restored-empty' : 'restored';
        } else if (seen === 'new') row.outcome = 'restored';
        else if (seen === 'old') {
          const c = cause(byJob.get(e.job));
          if (c) row.cause = c;
        } else row.problem = seen;
      }
      // Every edit's outcome is known after this apply or is a failed restore to retry.
      expect(
        edits.filter((e) => rows.get(e.job)!.problem).map((e) => `${e.job}: ${rows.get(e.job)!.problem}`),
      ).toEqual([]);
    },
    SLOW,
  );

  it(
    'applies the failed ones again with allowNonRestoredState: restored, or failed again',
    async () => {
      const retry = edits.filter((e) => !rows.get(e.job)!.outcome && !rows.get(e.job)!.problem);
      for (const e of retry) {
        const yamlFile = `jobs/${e.job}.yaml`;
        const base = e.edited[yamlFile] ?? e.files[yamlFile] ?? '';
        repo.write({ [yamlFile]: `${base}allowNonRestoredState: true\n` });
      }
      if (retry.length === 0) return;
      const plan = await planJson();
      const r = await applyJson();
      const report = parse<{ changes: ChangeReport[] }>('apply --json', r.stdout);
      const byJob = new Map(report.changes.map((c) => [c.job, c]));
      for (const e of retry) {
        const row = rows.get(e.job)!;
        const seen = await observed(plan.get(e.job)!, byJob.get(e.job));
        if (seen === 'new') row.outcome = 'restored-anrs';
        else if (seen === 'old') {
          row.outcome = 'failed';
          const c = cause(byJob.get(e.job));
          if (c) row.causeWithAnrs = c;
        } else row.problem = seen;
      }
      expect(
        retry.filter((e) => rows.get(e.job)!.problem).map((e) => `${e.job}: ${rows.get(e.job)!.problem}`),
      ).toEqual([]);
    },
    SLOW,
  );

  it(`each edit does on Flink ${line} what the catalogue says`, () => {
    const wrong = [...rows.values()].filter((r) => r.outcome !== r.expected);
    if (wrong.length > 0) process.stderr.write(`catalogue: Flink did otherwise:\n${table(wrong)}\n`);
    expect(wrong.length, `Flink did otherwise than the catalogue expects:\n${table(wrong)}`).toBe(0);
  });

  it("the plan's verdict is Flink's outcome for every edit", () => {
    const wrong = [...rows.values()].filter((r) => !r.outcome || r.verdict !== VERDICT_OF[r.outcome]);
    if (wrong.length > 0)
      process.stderr.write(`catalogue: verdicts that are not what Flink did:\n${table(wrong)}\n`);
    expect(wrong.length, `verdicts that are not what Flink did:\n${table(wrong)}`).toBe(0);
    const sources = new Set([...rows.values()].map((r) => r.verdictSource));
    expect([...sources]).toEqual(['flink']);
  });
});
