/**
 * Submitting a compiled script through the SQL gateway. Secrets are resolved here
 * and nowhere else; SET lines become the job's executionConfig; identity (name,
 * labels), parallelism and the restore path are layered on top. A submission is
 * never repeated blindly: after an unclear failure we first look for a job with our
 * name and spec hash, and only start over (in a fresh session) when there is none.
 */
import { type Diagnostic, error, positionIn, type SourceRange } from '../core/diagnostics';
import { LABEL_KEYS } from '../core/names';
import { executePlanStatement, readPlanFile } from '../flink/compiled-plan';
import { flinkDiagnostic } from '../flink/diagnostics';
import { type FlinkError, type FlinkResult, flinkPosition, isTransient, ok } from '../flink/errors';
import { isLocallyTerminal, type StatementResult } from '../flink/types';
import { resolveSecrets, resolveSecretsInValue, type SecretSource } from '../load/interpolate';
import { analyzeScript } from '../sql/analyze';
import { quoteString } from '../sql/quote';
import { APPLY_CODES } from './codes';
import { guard, mask, type RunContext } from './context';
import { restoreFix } from './restore-advice';

export interface SubmitRequest {
  job: string;
  pipelineName: string;
  /** The compiled script with `${secret.X}` placeholders. */
  script: string;
  specHash: string;
  commit: string;
  parallelism: number;
  /** `pipeline.max-parallelism`: the key-group count keyed state is split into. */
  maxParallelism?: number;
  restorePath?: string;
  allowNonRestoredState: boolean;
  savepointDir?: string;
  /**
   * planMode: compiled — start with `EXECUTE PLAN` of this file instead of the script's INSERT
   * (the set-up DDL still runs: the plan names temporary tables by identifier only). The file is
   * read back first and must have exactly these bytes.
   */
  plan?: { path: string; sha256: string };
  /**
   * Where the job's own statements (the script's last ones) are in its file: a statement Flink
   * refuses at `line L, column C` is reported there, as plan reports it.
   */
  sourceRanges?: readonly SourceRange[];
}

export type SubmitOutcome =
  | { ok: true; jobId: string; adoptedExisting: boolean }
  | { ok: false; diag: Diagnostic };

/** Attempts (each in a fresh session) before giving up on unclear failures of the submission. */
const MAX_ATTEMPTS = 6;
/** Fresh sessions after transient failures before the submission (session open, set-up DDL). */
const SETUP_ATTEMPTS = 8;
/** Tries of one set-up statement in its session before starting over in a fresh one. */
const SETUP_TRIES = 4;
/** A temporary object lives in this run's own session only: if it exists, an earlier try made it. */
const CREATE_TEMPORARY = /^\s*CREATE\s+TEMPORARY\s/i;

/**
 * A set-up statement (SET, a temporary table, view or function) in this run's own fresh session,
 * tried again in place after a transient failure. A CREATE TEMPORARY whose first answer was lost
 * finds its object on the next try: that counts as done.
 */
async function setUp(
  ctx: RunContext,
  text: string,
  run: () => Promise<FlinkResult<StatementResult | undefined>>,
): Promise<FlinkResult<StatementResult | undefined>> {
  let r = await run();
  for (let n = 1; n < SETUP_TRIES && !r.ok && isTransient(r.error); n++) {
    await ctx.clock.sleep(retryPause(n), ctx.signal);
    guard(ctx.signal);
    const again = await run();
    const made = !again.ok && CREATE_TEMPORARY.test(text) && /already exists/i.test(errorText(again.error));
    r = made ? ok(undefined) : again;
  }
  return r;
}

function errorText(e: FlinkError): string {
  return [e.message, ...e.causes].join('\n');
}

/** Pause before the n-th fresh session: 0.5 s doubling to 8 s, with equal jitter. */
function retryPause(n: number): number {
  const step = Math.min(8_000, 500 * 2 ** (n - 1));
  return Math.round(step / 2 + Math.random() * (step / 2));
}
const SUBMITTING = new Set(['insert', 'statement_set', 'execute', 'create_table_as']);
/**
 * Where and how the job restores is flinkops' choice: a script's own keys (old names and 1.20+
 * ones) are dropped. The claim mode is forced to NO_CLAIM (LEGACY for a changelog job, see
 * changelogEnabled): with CLAIM, Flink takes ownership of the savepoint and may delete it, and
 * flinkops keeps that savepoint as the rollback point.
 */
const CLAIM_MODE_KEYS = ['execution.savepoint-restore-mode', 'execution.state-recovery.claim-mode'];
const RESTORE_KEYS = [
  'execution.savepoint.path',
  'execution.savepoint.ignore-unclaimed-state',
  'execution.state-recovery.path',
  'execution.state-recovery.ignore-unclaimed-state',
  ...CLAIM_MODE_KEYS,
];
const LABELS_KEY = 'pipeline.global-job-parameters';

/**
 * Whether the job's own configuration (its SET lines: defaults, environment and job config) turns
 * the changelog state backend on. Such a job restores in LEGACY mode, not NO_CLAIM: NO_CLAIM makes
 * the first checkpoint after the restore a full one, which Flink's ChangelogStateBackend cannot
 * take (`supportsNoClaimRestoreMode()` is false; StreamTask fails the checkpoint with "does not
 * support enforcing a full snapshot"), so the task fails and the job restarts from the same
 * savepoint over and over (real 2.2.0 and 1.20.3, any size, memory or filesystem storage). CLAIM
 * would let Flink delete the savepoint once a checkpoint subsumes it, and it is the rollback
 * point; LEGACY loads it as a savepoint (never deleted) and forces no full checkpoint.
 */
export function changelogEnabled(config: Readonly<Record<string, string>>): boolean {
  return config['state.changelog.enabled']?.trim().toLowerCase() === 'true';
}

/**
 * `k1:v1,k2:v2` (README §5), escaped the way Flink writes a map option itself
 * (ConfigurationUtils → StructuredOptionsSplitter.escapeWithSingleQuote): key and value are
 * single-quoted when they hold `:` or a quote, then the entry when it holds `,` or a quote.
 * Flink trims unquoted parts, so a part with outer spaces is quoted too.
 */
export function formatLabels(labels: Record<string, string>): string {
  const quoted = (s: string, delimiter: string) =>
    s.includes(delimiter) || s.includes("'") || s.includes('"') || s !== s.trim() || s === ''
      ? `'${s.replaceAll("'", "''")}'`
      : s;
  return Object.entries(labels)
    .map(([k, v]) => quoted(`${quoted(k, ':')}:${quoted(v, ':')}`, ','))
    .join(',');
}

/**
 * A map option as Flink reads it (StructuredOptionsSplitter): entries split on `,`, key and value
 * on `:`, parts optionally single- or double-quoted (a doubled quote escapes it), unquoted parts
 * trimmed. A YAML flow mapping (`{k: v, …}`, the 1.19+ config.yaml style) is read the same way.
 */
export function parseMapOption(text: string): Record<string, string> {
  let s = text.trim();
  if (s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  const out: Record<string, string> = {};
  for (const entry of splitQuoted(s, ',')) {
    if (entry.trim() === '') continue;
    const parts = splitQuoted(entry, ':');
    if (parts.length < 2) continue;
    const key = unquote(parts[0]!);
    out[key] = unquote(parts.slice(1).join(':'));
  }
  return out;
}

function splitQuoted(s: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      cur += c;
      if (c === quote) {
        if (s[i + 1] === quote) cur += s[++i];
        else quote = undefined;
      }
    } else if (c === "'" || c === '"') {
      quote = c;
      cur += c;
    } else if (c === delimiter) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function unquote(part: string): string {
  const t = part.trim();
  const q = t[0];
  if ((q === "'" || q === '"') && t.length >= 2 && t.endsWith(q)) return t.slice(1, -1).replaceAll(q + q, q);
  return t;
}

export function labelsFor(
  project: string,
  env: string,
  job: string,
  specHash: string,
  commit: string,
): Record<string, string> {
  return {
    [LABEL_KEYS.specHash]: specHash,
    [LABEL_KEYS.commit]: commit,
    [LABEL_KEYS.project]: project,
    [LABEL_KEYS.env]: env,
    [LABEL_KEYS.job]: job,
  };
}

/** Values of the secrets a script references, so they can be masked before anything is shown. */
export function secretValuesOf(script: string, source: SecretSource): string[] {
  const out: string[] = [];
  for (const m of script.matchAll(/(?<!\$)\$\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    const name = m[1]!;
    const v =
      typeof source === 'function' ? source(name) : Object.hasOwn(source, name) ? source[name] : undefined;
    if (v) out.push(v);
  }
  return out;
}

interface Prepared {
  /** SET lines of the script, secrets resolved. */
  config: Record<string, string>;
  /** Statements to run in order (secrets resolved); `submits` marks the one starting the job. */
  statements: { text: string; kind: string; submits: boolean; range?: SourceRange }[];
  diags: Diagnostic[];
}

function prepare(req: SubmitRequest, secrets: SecretSource): Prepared {
  const analysis = analyzeScript(req.script, `jobs/${req.job}.sql`);
  const config: Record<string, string> = {};
  const statements: Prepared['statements'] = [];
  const diags: Diagnostic[] = [];
  const resolved = (text: string) => {
    const r = resolveSecrets(text, secrets);
    diags.push(...r.diags);
    return r.value;
  };
  // `BEGIN STATEMENT SET; INSERT …; END;` (the SQL client's form) is gathered into one
  // `EXECUTE STATEMENT SET BEGIN …; END;`: the 1.16 gateway refuses the client form, and one
  // statement is one submission on every release.
  let set: string[] | undefined;
  const own = req.sourceRanges ?? [];
  const firstOwn = analysis.statements.length - own.length;
  for (const [i, st] of analysis.statements.entries()) {
    if (st.kind === 'set' || st.kind === 'reset') {
      if (st.kind === 'set' && st.set?.key !== undefined) {
        const v = resolveSecretsInValue(st.set.value ?? '', secrets);
        diags.push(...v.diags);
        config[st.set.key] = v.value;
      } else if (st.kind === 'reset') {
        if (st.set?.key === undefined) for (const k of Object.keys(config)) delete config[k];
        else delete config[st.set.key];
      }
      // Options such as table.sql-dialect or a catalog's settings matter while the DDL runs:
      // the session gets them in order too. Restore keys stay flinkops' choice.
      if (st.set?.key === undefined || !RESTORE_KEYS.includes(st.set.key)) {
        statements.push({ text: resolved(st.text), kind: st.kind, submits: false });
      }
      continue;
    }
    if (st.kind === 'begin_statement_set') {
      set = [];
      continue;
    }
    if (set !== undefined && st.kind === 'insert') {
      set.push(resolved(st.text));
      continue;
    }
    if (set !== undefined && st.kind === 'end') {
      if (set.length > 0) {
        const body = set.map((i) => `  ${i};`).join('\n');
        statements.push({
          text: `EXECUTE STATEMENT SET\nBEGIN\n${body}\nEND`,
          kind: 'statement_set',
          submits: true,
        });
      }
      set = undefined;
      continue;
    }
    const range = i >= firstOwn ? own[i - firstOwn] : undefined;
    statements.push({
      text: resolved(st.text),
      kind: st.kind,
      submits: SUBMITTING.has(st.kind),
      ...(range ? { range } : {}),
    });
  }
  if (req.plan) {
    // One submission: the plan holds every INSERT of the script.
    const first = statements.findIndex((s) => s.submits);
    const kept = statements.filter((s) => !s.submits);
    if (first >= 0)
      kept.splice(first, 0, {
        text: executePlanStatement(req.plan.path),
        kind: 'execute_plan',
        submits: true,
      });
    statements.splice(0, statements.length, ...kept);
  }
  if (!statements.some((s) => s.submits)) {
    diags.push(
      error(
        APPLY_CODES.submitFailed,
        `the script of job ${req.job} has no INSERT or statement set to submit`,
        'A job script must end with INSERT INTO … or EXECUTE STATEMENT SET; run flinkops validate.',
      ),
    );
  }
  return { config, statements, diags };
}

/**
 * The running (or starting) job with our name and spec hash, if there is one. With `known` (the
 * ids of the jobs of that name before the submission), a job of that name not among them whose
 * labels stay unreadable counts too: Flink shows no user-config while a job waits for task slots.
 */
export async function findRunning(
  ctx: RunContext,
  pipelineName: string,
  specHash: string,
  known?: ReadonlySet<string>,
): Promise<string | undefined> {
  let unread: string | undefined;
  // user-config may be absent while a job initialises: look a few times before saying "none".
  for (let attempt = 0; attempt < 10; attempt++) {
    const listed = await ctx.client.listJobs();
    if (!listed.ok) {
      await ctx.clock.sleep(1_000, ctx.signal);
      continue;
    }
    const candidates = listed.value
      .filter((j) => j.name === pipelineName && !isLocallyTerminal(j.state))
      .sort((a, b) => b.startTime - a.startTime);
    let unreadable = false;
    unread = undefined;
    for (const c of candidates) {
      const cfg = await ctx.client.getJobConfig(c.id);
      const hash = cfg.ok ? cfg.value.userConfig?.[LABEL_KEYS.specHash] : undefined;
      if (hash === specHash) return c.id;
      if (hash === undefined) {
        unreadable = true;
        if (known && !known.has(c.id)) unread ??= c.id;
      }
    }
    if (!unreadable) return undefined;
    await ctx.clock.sleep(1_000, ctx.signal);
  }
  return unread;
}

/** Ids of the jobs named `pipelineName` now (undefined when the JobManager does not say). */
async function jobsNamed(ctx: RunContext, pipelineName: string): Promise<Set<string> | undefined> {
  const listed = await ctx.client.listJobs();
  return listed.ok
    ? new Set(listed.value.filter((j) => j.name === pipelineName).map((j) => j.id))
    : undefined;
}

/**
 * How long a statement the gateway took, whose answer was lost, may still take to reach the
 * JobManager once its session is closed: closing cancels the operation, but a submission
 * already under way arrives anyway (seen on Flink 2.3 behind a proxy that answered 504).
 */
const SUBMIT_SETTLE_MS = 5_000;

/**
 * After an unclear failure of the submitting statement, with its session closed: the job it may
 * have started, looked for at once and again once a submission in flight has had time to land.
 */
async function findSubmitted(
  ctx: RunContext,
  pipelineName: string,
  specHash: string,
  known: ReadonlySet<string> | undefined,
): Promise<string | undefined> {
  const now = await findRunning(ctx, pipelineName, specHash, known);
  if (now) return now;
  await ctx.clock.sleep(SUBMIT_SETTLE_MS, ctx.signal);
  return findRunning(ctx, pipelineName, specHash, known);
}

export function failed(
  ctx: Pick<RunContext, 'secretValues'>,
  req: Pick<SubmitRequest, 'job'>,
  e: FlinkError,
  what: string,
  range?: SourceRange,
): SubmitOutcome {
  const d = flinkDiagnostic(e, `submitting job ${req.job}: ${what}`);
  const at = range && refusedAt(e, range);
  if (at) d.range = at;
  // A savepoint Flink refused to restore as the JobMaster started, or a database the statement
  // connects to (a JDBC catalog) that did not answer: no SQL to fix.
  const fix = restoreFix(req.job, e.message) ?? unreachableFix(e);
  if (fix) d.detail = [fix, ...d.detail.split('\n').slice(1)].join('\n');
  return {
    ok: false,
    diag: {
      ...d,
      code: APPLY_CODES.submitFailed,
      summary: mask(ctx, d.summary),
      detail: mask(ctx, d.detail),
    },
  };
}

/**
 * A statement that failed because the gateway could not connect to an outside system: real Flink
 * 2.2.0 runs a JDBC catalog's CREATE CATALOG against its database, and with the database down
 * answers "ValidationException: Failed connecting to jdbc:postgresql://… via JDBC. <- PSQLException:
 * The connection attempt failed. <- SocketTimeoutException: Read timed out".
 */
function unreachableFix(e: FlinkError): string | undefined {
  const chain = [e.message, ...e.causes].join('\n');
  const jdbc = /Failed connecting to (\S+) via JDBC/.exec(chain)?.[1];
  const down =
    /connection attempt failed|Connection refused|Connection timed out|SocketTimeoutException|UnknownHostException|Communications link failure/i.test(
      chain,
    );
  if (!jdbc && !down) return undefined;
  return `The SQL Gateway could not connect to ${jdbc ?? 'a system the statement needs (a database, a broker)'}, so the statement failed, not its SQL. Check that it is up and reachable from the SQL Gateway (and the URL and credentials the statement gives), then apply again.`;
}

/** Flink's `line L, column C` of a refused statement (counted in the text sent), in the user's file. */
function refusedAt(e: FlinkError, range: SourceRange): SourceRange | undefined {
  const m = flinkPosition(e);
  if (!m) return undefined;
  const at = positionIn(range.start, m);
  return { file: range.file, start: at, end: at };
}

/** Statement kinds `configure-session` accepts (README §4: SET/RESET/CREATE/DROP/ALTER/USE/ADD JAR). */
const CONFIGURABLE = new Set([
  'set',
  'reset',
  'create_table',
  'create_view',
  'create_function',
  'create_catalog',
  'create_database',
  'alter',
  'drop',
  'use',
  'add_jar',
]);

export async function submitJob(ctx: RunContext, req: SubmitRequest): Promise<SubmitOutcome> {
  for (const v of secretValuesOf(req.script, ctx.secrets)) ctx.secretValues.add(v);
  const prepared = prepare(req, ctx.secrets);
  const problem = prepared.diags.find((d) => d.severity === 'error');
  if (problem) return { ok: false, diag: { ...problem, summary: mask(ctx, problem.summary) } };
  const caps = await ctx.client.capabilities();
  if (req.plan) {
    const read = await readPlanFile(ctx.client, req.plan.path);
    const why = !read.ok
      ? `cannot read it back: ${read.error.message}`
      : read.value.sha256 !== req.plan.sha256
        ? `its bytes changed (sha256 ${read.value.sha256.slice(0, 12)}, the plan names ${req.plan.sha256.slice(0, 12)})`
        : undefined;
    if (why) {
      return {
        ok: false,
        diag: error(
          APPLY_CODES.compiledPlanMismatch,
          `job ${req.job}: compiled plan ${req.plan.path}: ${why}`,
          'Nothing was started from it. Run flinkops plan again: it compiles the plan anew (or restore the file from the state store copy).',
        ),
      };
    }
  }

  const restore: Record<string, string> = {};
  if (req.restorePath) {
    restore['execution.savepoint.path'] = req.restorePath;
    if (req.allowNonRestoredState) {
      // Both keys: from 1.20 the client writes the new key's default (false) over the old one,
      // so the old key alone is ignored; before 1.20 the new key is unknown and ignored.
      restore['execution.savepoint.ignore-unclaimed-state'] = 'true';
      restore['execution.state-recovery.ignore-unclaimed-state'] = 'true';
    }
    const mode = changelogEnabled(prepared.config) ? 'LEGACY' : 'NO_CLAIM';
    for (const k of CLAIM_MODE_KEYS) restore[k] = mode;
  }
  const own = prepared.config[LABELS_KEY];
  const executionConfig: Record<string, string> = {
    ...prepared.config,
    'pipeline.name': req.pipelineName,
    // The job's own parameters stay; the flinkops.* labels are added (and win on a clash).
    [LABELS_KEY]: formatLabels({
      ...(own ? parseMapOption(own) : {}),
      ...labelsFor(ctx.desired.project, ctx.desired.env, req.job, req.specHash, req.commit),
    }),
    'parallelism.default': String(req.parallelism),
    ...(req.maxParallelism !== undefined ? { 'pipeline.max-parallelism': String(req.maxParallelism) } : {}),
    ...(req.savepointDir ? { 'state.savepoints.dir': req.savepointDir } : {}),
  };
  // A script's own restore keys would restore from somewhere we did not choose.
  for (const k of RESTORE_KEYS) delete executionConfig[k];
  if (caps.executionConfigRestores) Object.assign(executionConfig, restore);

  let last: SubmitOutcome | undefined;
  // The jobs of this name before anything is submitted: one that appears after an unclear failure is ours.
  const known = await jobsNamed(ctx, req.pipelineName);
  // Unclear failures of the submitting statement, and transient failures before it (each retried
  // in a fresh session, where the set-up DDL runs again cleanly), have separate budgets.
  let submits = 0;
  let setups = 0;
  while (submits < MAX_ATTEMPTS && setups < SETUP_ATTEMPTS) {
    if (submits + setups > 0) await ctx.clock.sleep(retryPause(submits + setups), ctx.signal);
    guard(ctx.signal);
    const opened = await ctx.client.openSession({ sessionName: `flinkops-${req.job}` });
    if (!opened.ok) {
      last = failed(ctx, req, opened.error, 'opening a gateway session');
      if (!isTransient(opened.error)) return last;
      setups++;
      continue;
    }
    const sh = opened.value;
    let unclear = false;
    try {
      // Flink 1.16 reads restore keys from the session environment only (README §4). They are
      // set right before the submitting statement: a script's own `RESET;` before it would
      // otherwise clear them, and the job would start without its state.
      const session = (
        caps.executionConfigRestores
          ? []
          : Object.entries(restore).map(([k, v]) => `SET ${quoteString(k)} = ${quoteString(v)}`)
      ).map((text): Prepared['statements'][number] => ({ text, kind: 'set', submits: false }));
      const submitAt = prepared.statements.findIndex((s) => s.submits);
      const at = submitAt < 0 ? prepared.statements.length : submitAt;
      let startOver = false;
      for (const st of [...prepared.statements.slice(0, at), ...session, ...prepared.statements.slice(at)]) {
        guard(ctx.signal);
        // Set-up statements run synchronously through configure-session where the gateway has it
        // (API v2+): no operation to poll, so a script of many tables starts quickly.
        const run = (): Promise<FlinkResult<StatementResult | undefined>> =>
          !st.submits && caps.supportsConfigureSession && CONFIGURABLE.has(st.kind)
            ? ctx.client.configureSession(sh, st.text).then((c) => (c.ok ? ok(undefined) : c))
            : ctx.client.runStatement(sh, st.text, {
                ...(st.submits ? { executionConfig, timeoutMs: ctx.timing.submitTimeoutMs } : {}),
                signal: ctx.signal,
              });
        const r = st.submits ? await run() : await setUp(ctx, st.text, run);
        if (r.ok) {
          if (!st.submits) continue;
          const jobId = r.value ? r.value.jobId : undefined;
          if (jobId) return { ok: true, jobId, adoptedExisting: false };
          last = {
            ok: false,
            diag: error(
              APPLY_CODES.submitFailed,
              `submitting job ${req.job}: the gateway reported no job id`,
              'The statement ran but named no job; check the SQL gateway log, then run plan again.',
            ),
          };
          const found = await findRunning(ctx, req.pipelineName, req.specHash, known);
          return found ? { ok: true, jobId: found, adoptedExisting: true } : last;
        }
        guard(ctx.signal);
        last = failed(ctx, req, r.error, `${st.kind} statement`, st.range);
        // The gateway refused the SQL: running it again would fail the same way.
        if (!isTransient(r.error)) return last;
        // It may have been submitted: looked for once its session is closed (below).
        if (st.submits) unclear = true;
        else setups++;
        startOver = true;
        break;
      }
      if (!startOver) break;
    } finally {
      await ctx.client.closeSession(sh);
    }
    if (unclear) {
      const found = await findSubmitted(ctx, req.pipelineName, req.specHash, known);
      if (found) return { ok: true, jobId: found, adoptedExisting: true };
      submits++;
    }
  }
  return (
    last ??
    failed(
      ctx,
      req,
      { kind: 'protocol', service: 'gateway', call: 'submit', message: 'gave up', causes: [] },
      'submission',
    )
  );
}
