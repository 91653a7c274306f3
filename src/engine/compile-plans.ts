/**
 * planMode: compiled — each such job's plan, compiled by the SQL Gateway into the environment's
 * planDir and read back byte for byte. The file is named by the job's script fingerprint and
 * compiled with IF NOT EXISTS, so a plan is written once per script and never replaced: later
 * plans, the apply and a move to a cluster of another Flink version all load that same file,
 * and the new release's loading of it is the check that it still executes it. A job whose
 * script the store already ran is not sent to the gateway again unless the cluster's Flink
 * version changed. The job's spec hash then covers the plan's bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DesiredJob, DesiredState } from '../compile';
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { majorMinor, releaseAtLeast } from '../core/flink-version';
import { fingerprint } from '../core/hash';
import { type FlinkClient, flinkReason } from '../flink';
import { compilePlanStatement, planFileUri, readPlanFile } from '../flink/compiled-plan';
import { mapPool } from '../observe';
import { analyzeScript, normalizeSqlNames } from '../sql';
import {
  type CatalogStore,
  catalogStoreOf,
  LASTING_STORE,
  lastingStatement,
  lastingStatements,
  perSessionStore,
  READ_ONLY,
  SET_MARKERS,
} from '../sql/probe-scope';
import type { Statement } from '../sql/types';
import type { StateDoc } from '../state';

export const COMPILE_PLAN_CODES = {
  /** Error: a job in planMode: compiled, but its environment names no planDir. */
  noPlanDir: 'FO642',
  /** Warning: compiled plans could not be made (gateway unreachable, offline): hashes are the script's. */
  notCompiled: 'FO643',
  /** Warning: the copy of a plan committed under plans/<env>/ is not the plan the job runs from. */
  staleCopy: 'FO644',
  /** Error: a job in planMode: compiled on a release before 1.19 (the cluster's, else flinkVersion). */
  tooOld: 'FO670',
} as const;

/**
 * The first release whose plans flinkops can read back through the SQL Gateway: 1.18's `raw`
 * format reads a multi-line file wrongly (real 1.18.1: every line read back is `}`, or a few
 * hundred of the file's bytes), so no plan it compiles could ever be checked and started.
 */
const FIRST_COMPILED_RELEASE = '1.19';

/** `plans/<env>/<job>.json`: the copy of a job's compiled plan a repository may keep for review. */
export function committedPlanFile(env: string, job: string): string {
  return `plans/${env}/${job}.json`;
}

/**
 * The committed copies (plans/<env>/<job>.json) against the plans the jobs start from: a copy
 * that differs is reported; `write` makes every copy the plan's exact bytes instead.
 */
export function syncCommittedPlans(dir: string, desired: DesiredState, write: boolean): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const job of desired.jobs) {
    if (!job.compiledPlan) continue;
    const file = committedPlanFile(desired.env, job.name);
    const path = join(dir, file);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (text === job.compiledPlan.json) continue;
    if (write) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, job.compiledPlan.json);
    } else if (text !== undefined) {
      diags.push(
        warning(
          COMPILE_PLAN_CODES.staleCopy,
          `${file} is not the compiled plan job ${job.name} starts from`,
          `The plan to execute is ${job.compiledPlan.path} (sha256 ${job.compiledPlan.sha256.slice(0, 12)}). Run flinkops plan --write-plans and commit the copy, so reviewers see the plan that runs.`,
          { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        ),
      );
    }
  }
  return diags;
}

export interface CompilePlansResult {
  /** The gateway's refusal, by job: FO640 at plan time, and the start is refused. */
  planErrors: Record<string, string>;
  diags: Diagnostic[];
}

const SUBMITS = new Set(['insert', 'statement_set', 'execute']);

/** `$${` is the template's escape of a literal `${`; secret placeholders stay (only identifiers of temporary tables reach a plan). */
function untemplate(text: string): string {
  return text.replaceAll('$${', '${');
}

/**
 * The job's script as gateway statements: set-up first, then the one statement to compile. The
 * set-up is what ends with the compile's session under `store` (probe-scope): with Flink's default
 * catalog store, the SQL client's plain CREATE TABLEs and CREATE CATALOGs too.
 */
export function compileSteps(
  statements: readonly Statement[],
  store: CatalogStore = perSessionStore(),
): { setup: string[]; submit?: string } {
  const lasting = new Set(lastingStatements(statements, false, store));
  const setup: string[] = [];
  let submit: string | undefined;
  let set: string[] | undefined;
  for (const st of statements) {
    if (st.kind === 'begin_statement_set') set = [];
    else if (set !== undefined && st.kind === 'insert') set.push(st.text);
    else if (set !== undefined && st.kind === 'end') {
      submit = `STATEMENT SET BEGIN\n${set.map((i) => `  ${i};`).join('\n')}\nEND`;
      set = undefined;
    } else if (SUBMITS.has(st.kind)) submit = st.text;
    else if (!lasting.has(st) && !READ_ONLY.has(st.kind) && !SET_MARKERS.has(st.kind)) setup.push(st.text);
  }
  return { setup: setup.map(untemplate), ...(submit ? { submit: untemplate(submit) } : {}) };
}

async function compileOne(
  client: FlinkClient,
  job: DesiredJob,
  path: string,
): Promise<{ ok: true; json: string; sha256: string } | { ok: false; refused: boolean; message: string }> {
  const steps = compileSteps(job.statements);
  if (!steps.submit)
    return { ok: false, refused: true, message: 'the script has no INSERT or statement set' };
  const opened = await client.openSession({ sessionName: `flinkops-compile-${job.name}` });
  if (!opened.ok) return { ok: false, refused: false, message: flinkReason(opened.error) };
  const sh = opened.value;
  try {
    // A non-temporary CREATE runs only in a session that ends with it: the gateway's store says.
    if (compileSteps(job.statements, LASTING_STORE).setup.length < steps.setup.length) {
      const config = await client.getSessionConfig(sh);
      if (!config.ok) return { ok: false, refused: false, message: flinkReason(config.error) };
      const kept = lastingStatement(job.statements, false, catalogStoreOf(config.value));
      if (kept)
        return {
          ok: false,
          refused: true,
          message: `its ${kept.kind.replaceAll('_', ' ')} statement would outlive the session the plan is compiled in: this SQL Gateway's catalog store keeps the catalogs its sessions create (table.catalog-store.kind is not generic_in_memory). Write CREATE TEMPORARY ... for what only the job needs, and register a catalog in that store once instead of creating it in the job.`,
        };
    }
    for (const text of [...steps.setup, compilePlanStatement(path, steps.submit)]) {
      const r = await client.runStatement(sh, text, { timeoutMs: 180_000 });
      if (!r.ok) return { ok: false, refused: r.error.kind === 'statement', message: flinkReason(r.error) };
    }
  } finally {
    await client.closeSession(sh);
  }
  const read = await readPlanFile(client, path);
  if (!read.ok)
    return { ok: false, refused: false, message: `reading ${path} back: ${flinkReason(read.error)}` };
  return { ok: true, ...read.value };
}

/**
 * What a compiled plan is made from: the statements `COMPILE PLAN` runs, with only the planner's
 * settings (`table.*`) among the SETs. Runtime settings (checkpointing, restart strategy,
 * `pipeline.*`) reach the job from the session at `EXECUTE PLAN`, so changing one restarts the
 * job from the same plan: a gateway numbers the ExecNodes of every compilation anew, and a
 * recompiled plan would give its state new uids.
 */
export function planKey(statements: readonly Statement[]): string {
  const kept = statements.filter(
    (st) => st.kind !== 'set' || st.set?.key === undefined || st.set.key.startsWith('table.'),
  );
  const steps = compileSteps(kept);
  return fingerprint({ setup: steps.setup, submit: steps.submit ?? '' });
}

/**
 * What a compilation means, its spelling aside: `planKey` of the normal forms (comments, spacing,
 * keyword case and the quoting of plain names left out).
 */
function planMeaning(statements: readonly Statement[]): string {
  const kept = statements.filter(
    (st) => st.kind !== 'set' || st.set?.key === undefined || st.set.key.startsWith('table.'),
  );
  const steps = compileSteps(kept);
  return fingerprint({
    setup: steps.setup.map(normalizeSqlNames),
    submit: normalizeSqlNames(steps.submit ?? ''),
  });
}

/**
 * The plan file the job runs from, when the script it was started from compiles to what the job's
 * script compiles to now, spelled otherwise (a comment, spacing, keyword case, a name put in
 * backticks because a newer release reserves it). A plan file is named by the script's exact text,
 * and a recompiled plan gives every ExecNode a new id, so the state a new file would drop is kept
 * by executing the file the job's state was written with.
 */
export function sameMeaningPlan(
  current: { script?: string; plan?: { path: string }; flinkVersion?: string } | undefined,
  statements: readonly Statement[],
  path: string,
): string | undefined {
  if (!current?.plan || current.plan.path === path || current.script === undefined) return undefined;
  // Read by the rules of the release it ran on: a name that release took bare may be reserved now.
  const before = analyzeScript(current.script, 'current.sql', {
    ...(current.flinkVersion ? { flinkVersion: current.flinkVersion } : {}),
  });
  if (before.diags.some((d) => d.severity === 'error')) return undefined;
  return planMeaning(before.statements) === planMeaning(statements) ? current.plan.path : undefined;
}

/** The spec hash of a compiled job: its script's, and its plan's bytes. */
export function compiledSpecHash(scriptHash: string, planSha256: string): string {
  return fingerprint({ script: scriptHash, plan: planSha256 });
}

/**
 * Sets `compiledPlan` and the plan-covering `restartHash` on the compiled jobs of `desired`.
 * `client` undefined (offline): only the store's plans of unchanged scripts are used.
 */
export async function compileJobPlans(
  client: FlinkClient | undefined,
  desired: DesiredState,
  doc: StateDoc,
  opts: { liveVersion?: string; concurrency?: number } = {},
): Promise<CompilePlansResult> {
  const out: CompilePlansResult = { planErrors: {}, diags: [] };
  const jobs = desired.jobs.filter((j) => j.settings.planMode === 'compiled');
  if (jobs.length === 0) return out;
  const planDir = desired.environment.planDir;
  if (!planDir) {
    for (const j of jobs) {
      out.diags.push(
        error(
          COMPILE_PLAN_CODES.noPlanDir,
          `job ${j.name} has planMode: compiled, but environment ${desired.env} names no planDir`,
          `Set environments.${desired.env}.planDir in flinkops.yaml to a directory every SQL Gateway of the environment can read and write (s3://…, hdfs://…, or file:// on a shared mount), or set planMode: script.`,
          { file: j.yamlFile ?? j.sqlFile, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        ),
      );
    }
    return out;
  }
  const live = majorMinor(opts.liveVersion);
  const release = live ?? desired.flinkVersion;
  if (!releaseAtLeast(release, FIRST_COMPILED_RELEASE)) {
    const whose = live ? `the cluster runs Flink ${opts.liveVersion}` : `flinkVersion is ${release}`;
    for (const j of jobs)
      out.diags.push(
        error(
          COMPILE_PLAN_CODES.tooOld,
          `job ${j.name} has planMode: compiled, which needs Flink ${FIRST_COMPILED_RELEASE} or later: ${whose}`,
          `Flink ${release}'s SQL Gateway cannot read a compiled plan back, so apply could never start the job from one. Set planMode: script for this environment (environments.${desired.env}.jobs.${j.name}.planMode, or defaults), or upgrade the cluster to ${FIRST_COMPILED_RELEASE} or later.`,
          { file: j.yamlFile ?? j.sqlFile, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        ),
      );
    return out;
  }
  const uncompiled: string[] = [];
  await mapPool(jobs, opts.concurrency ?? 4, async (job) => {
    const key = job.restartHash;
    const current = doc.jobs[job.name]?.current;
    const named = planFileUri(planDir, desired.project, desired.env, job.name, planKey(job.statements));
    const path = sameMeaningPlan(current, job.statements, named) ?? named;
    const known = current?.plan?.path === path ? current.plan : undefined;
    // Same script, same release: the plan the job runs is the plan (no round trip per plan).
    if (known && (!client || !live || current?.flinkVersion === live)) {
      job.compiledPlan = { ...known };
      job.restartHash = compiledSpecHash(key, known.sha256);
      return;
    }
    if (!client) {
      uncompiled.push(job.name);
      return;
    }
    const r = await compileOne(client, job, path);
    if (!r.ok) {
      if (r.refused || known) out.planErrors[job.name] = r.message;
      // The plan the job's state was written with, which this release would not load: it stays
      // the plan the job starts from, so the verdict names it.
      if (known) {
        job.compiledPlan = { ...known };
        job.restartHash = compiledSpecHash(key, known.sha256);
      } else if (!r.refused) uncompiled.push(`${job.name} (${r.message})`);
      return;
    }
    job.compiledPlan = { path, json: r.json, sha256: r.sha256 };
    job.restartHash = compiledSpecHash(key, r.sha256);
  });
  if (uncompiled.length > 0) {
    out.diags.push(
      warning(
        COMPILE_PLAN_CODES.notCompiled,
        `compiled plans not made for ${uncompiled.length} job(s): ${uncompiled.sort().join(', ')}`,
        'Their plan shows the script only and apply refuses to start them until the gateway compiles them. Plan against the cluster (not --offline), and check that the gateway can write planDir.',
      ),
    );
  }
  return out;
}
