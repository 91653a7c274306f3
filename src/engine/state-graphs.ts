/**
 * Flink's stream graphs of the running and the new script of each job a change restarts from its
 * savepoint, for the state verdict.
 */

import type { DesiredState } from '../compile';
import { parseExecutionPlan, type StreamGraph } from '../core/stream-graph';
import type { FlinkClient } from '../flink';
import type { FlinkError } from '../flink/errors';
import { type LiveState, mapPool } from '../observe';
import type { JobChange, Plan } from '../plan';
import { type ExplainedJob, type ExplainedPair, type TableFacts, tableFacts } from '../plan/explained-job';
import { recordOf } from '../plan/rename';
import { analyzeScript } from '../sql';
import {
  explained,
  LASTING_STORE,
  type Lasting,
  lastingStatement,
  lastingUnder,
  perSessionStore,
  READ_ONLY,
  SET_MARKERS,
} from '../sql/probe-scope';
import type { Statement } from '../sql/types';
import type { StateDoc } from '../state/model';
import {
  type LeadingSets,
  openProbeSession,
  type Probed,
  probeAgain,
  refused,
  withLeadingSets,
} from './explain-probe';
import { type ExplainOptions, lastingIn, lookUp, notRunBecause, setUp, untemplate } from './explain-session';
import { plannerMessage } from './planner-rejections';

/**
 * The stream graphs Flink's planner builds for the running script (from the state store) and the
 * new one, for every change that restores state: the plan's state verdict comes from them. Each
 * script runs its session statements in a throwaway session, then `EXPLAIN JSON_EXECUTION_PLAN`
 * of the statement that would submit it, at the parallelism the job runs (or will run) with.
 * Nothing is submitted. A job Flink cannot explain gets `unavailable` and the offline estimate.
 */
export async function explainStateGraphs(
  client: FlinkClient,
  desired: DesiredState,
  plan: Plan,
  inputs: { state: StateDoc; live: LiveState },
  opts: ExplainOptions = {},
): Promise<Map<string, ExplainedPair>> {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const todo = plan.changes.filter(
    (c) => restoresState(c) && recordOf(inputs.state, c)?.current?.script !== undefined && jobs.has(c.job),
  );
  const out = new Map<string, ExplainedPair>();
  await mapPool(todo, opts.concurrency ?? 4, async (c) => {
    const job = jobs.get(c.job)!;
    const current = recordOf(inputs.state, c)!.current!;
    if (job.settings.planMode === 'compiled' || current.plan !== undefined) {
      // EXECUTE PLAN gives every operator a uid from the compiled plan: ids do not follow the graph walk.
      out.set(c.job, { unavailable: 'planMode: compiled (operator ids come from the compiled plan)' });
      return;
    }
    const running = inputs.live.jobs.find((l) => l.jobId === c.liveJobId);
    // A move: the running job's graph is the old release's to build, on the cluster being left.
    if (c.move && !opts.previous) {
      out.set(c.job, {
        unavailable:
          "the job moves from another cluster and moveFrom names no sqlGatewayUrl: the old release's planner was not asked for the running job's graph",
      });
      return;
    }
    const settings = (current.settings ?? {}) as Record<string, unknown>;
    const oldMax = typeof settings.maxParallelism === 'number' ? settings.maxParallelism : undefined;
    const analysed = analyzeScript(current.script, `jobs/${c.job}.sql`);
    // The two graphs in two sessions at once: each is a session's set-up and an EXPLAIN.
    const [old, next] = await Promise.all([
      explainGraph(
        c.move && opts.previous ? opts.previous : client,
        c.job,
        analysed.statements,
        running?.parallelism ?? current.parallelism,
        oldMax,
        opts,
      ),
      explainGraph(
        client,
        c.job,
        job.statements,
        c.to?.parallelism ?? job.settings.parallelism,
        job.settings.maxParallelism,
        opts,
      ),
    ]);
    // The running script's graph is what is missing: no fault of the new script.
    if ('unavailable' in old) return void out.set(c.job, { unavailable: old.unavailable });
    out.set(
      c.job,
      'unavailable' in next ? next : { old, next, ...(c.move ? { acrossReleases: true as const } : {}) },
    );
  });
  return out;
}

/** Changes that start a job from the running job's savepoint: upgrades, resumes, savepoint rescales. */
export function restoresState(c: JobChange): boolean {
  return (
    ((c.compatibility !== undefined || c.move !== undefined) &&
      !(c.action === 'upgrade' && c.strategy === 'stateless')) ||
    (c.action === 'rescale' && c.rescaleMode === 'savepoint-restart')
  );
}

async function explainGraph(
  client: FlinkClient,
  job: string,
  statements: readonly Statement[],
  parallelism: number,
  maxParallelism: number | undefined,
  opts: ExplainOptions,
): Promise<ExplainedJob | { unavailable: string; rejected?: true }> {
  const ctas = (await client.capabilities()).explainsCreateTableAs;
  const lasting = lastingUnder(statements, ctas, perSessionStore());
  if (lasting.unchecked) return { unavailable: notRunBecause(lasting.unchecked) };
  const submitting = submittingText(statements);
  if (!submitting) return { unavailable: 'the script has no statement that starts a job' };
  const mayLast = lastingStatement(statements, ctas, LASTING_STORE) !== undefined;
  return withLeadingSets(
    statements,
    (lead) =>
      graphOf(
        client,
        job,
        statements,
        { submitting, ctas, ...(mayLast ? {} : { lasting }) },
        parallelism,
        maxParallelism,
        opts,
        lead,
      ),
    opts,
  );
}

/** `explainGraph` in one session opened with the `lead` SETs as its properties. */
async function graphOf(
  client: FlinkClient,
  job: string,
  statements: readonly Statement[],
  script: { submitting: string; ctas: boolean; lasting?: Lasting },
  parallelism: number,
  maxParallelism: number | undefined,
  opts: ExplainOptions,
  lead: LeadingSets,
): Promise<Probed<ExplainedJob | { unavailable: string; rejected?: true }>> {
  const { submitting, ctas } = script;
  const session = await openProbeSession(client, job, lead);
  if (!session.ok)
    return { value: { unavailable: session.error.message }, again: refused(lead, session.error) };
  const sh = session.value;
  const config: Record<string, string> = {};
  const tables = new Map<string, TableFacts>();
  const unavailable = (why: string, e: FlinkError) => ({
    value: { unavailable: why, ...(e.kind === 'statement' ? { rejected: true as const } : {}) },
    again: refused(lead, e),
    transient: probeAgain(e),
  });
  try {
    let lasting = script.lasting;
    if (!lasting) {
      const read = await lastingIn(client, sh, statements, ctas);
      if (!read.ok) return unavailable(read.error.message, read.error);
      if (read.value.unchecked)
        return { value: { unavailable: notRunBecause(read.value.unchecked) }, again: false };
      lasting = read.value;
    }
    for (const [i, st] of statements.entries()) {
      if (st.kind === 'set' && st.set?.key !== undefined) config[st.set.key] = st.set.value ?? '';
      if (st.table) {
        tables.set(st.table.name.parts[st.table.name.parts.length - 1]!.toLowerCase(), tableFacts(st.table));
      }
      if (lasting.checked.has(st)) {
        // Where the object is there, Flink skips the statement: so does the probe.
        const r = await lookUp(client, sh, st, opts);
        if (r.ok) continue;
        if (r.error.kind !== 'statement') return unavailable(r.error.message, r.error);
        return { value: { unavailable: notRunBecause(st, true) }, again: false };
      }
      // Nothing else of the script outlives the session (lastingUnder): what is not explained sets it up.
      if (i < lead.count || explained(st, ctas) || READ_ONLY.has(st.kind) || SET_MARKERS.has(st.kind))
        continue;
      const r = await setUp(client, sh, untemplate(st.text), opts);
      if (!r.ok)
        return unavailable(`${st.kind.replaceAll('_', ' ')} failed: ${plannerMessage(r.error)}`, r.error);
    }
    const r = await client.runStatement(sh, `EXPLAIN JSON_EXECUTION_PLAN ${untemplate(submitting)}`, {
      timeoutMs: opts.timeoutMs ?? 120_000,
      executionConfig: {
        'parallelism.default': String(parallelism),
        ...(maxParallelism !== undefined ? { 'pipeline.max-parallelism': String(maxParallelism) } : {}),
      },
    });
    if (!r.ok) return unavailable(`EXPLAIN failed: ${plannerMessage(r.error)}`, r.error);
    const text = r.value.rows.map((row) => row.map(String).join('\n')).join('\n');
    const graph = parseExecutionPlan(text);
    if (!graph)
      return { value: { unavailable: 'the gateway answered EXPLAIN without a stream graph' }, again: false };
    const chainingKey = config['pipeline.operator-chaining.enabled'] ?? config['pipeline.operator-chaining'];
    const functions = new Map<string, string>();
    for (const st of statements)
      if (st.kind === 'create_function' && st.function)
        functions.set(
          st.function.name.name.toLowerCase(),
          `${st.function.className} ${st.function.jars.join(' ')}`,
        );
    const functionTypes = await functionResultTypes(
      client,
      sh,
      new Set(functions.keys()),
      graph,
      tables,
      opts,
    );
    return {
      value: {
        graph,
        ...(functionTypes.size > 0 ? { functionTypes } : {}),
        functions,
        chaining: chainingKey?.trim().toLowerCase() !== 'false',
        tables,
        config,
        sql: untemplate(submitting),
      },
      again: false,
    };
  } finally {
    await client.closeSession(sh);
  }
}

/**
 * The result type of each call of a script's own function in the graph's Calcs (`bucket(amount)`),
 * as the planner types it: the graph's text names the call, not its type, so a new jar whose
 * function returns another type would keep every state shape's text. Asked in the same session,
 * through a view of the call with typed NULL arguments and DESCRIBE; a call whose arguments are not
 * plain columns of one known type, or that Flink refuses, gets no type (best effort).
 */
async function functionResultTypes(
  client: FlinkClient,
  sh: string,
  /** The script's own functions, lower-case. */
  own: ReadonlySet<string>,
  graph: StreamGraph,
  tables: ReadonlyMap<string, TableFacts>,
  opts: ExplainOptions,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (own.size === 0) return out;
  const columnTypes = new Map<string, string | null>();
  for (const t of tables.values())
    for (const [col, type] of t.columns) {
      const bare = type.replace(/\s+NOT NULL$/i, '');
      const seen = columnTypes.get(col);
      columnTypes.set(col, seen === undefined || seen === bare ? bare : null);
    }
  const calls = new Map<string, string>();
  for (const n of graph.nodes) {
    if (!/^(?:\[\d+\]:)?Calc\(/.test(n.contents)) continue;
    const select = /select=\[(.*?)\](?:,\s*\w+=|\)$)/.exec(n.contents)?.[1] ?? '';
    for (const m of select.matchAll(
      /(?:^|,\s*)(([A-Za-z_][\w$]*)\(([A-Za-z_][\w$]*(?:,\s*[A-Za-z_][\w$]*)*)?\)) AS /g,
    )) {
      if (!own.has(m[2]!.toLowerCase()) || calls.has(m[1]!)) continue;
      const args = (m[3] ?? '').split(',').filter((a) => a.trim() !== '');
      const types = args.map((a) => columnTypes.get(a.trim().toLowerCase()));
      if (types.some((t) => !t)) continue;
      calls.set(m[1]!, `${m[2]}(${types.map((t) => `CAST(NULL AS ${t})`).join(', ')})`);
    }
  }
  let i = 0;
  for (const [call, typed] of calls) {
    const view = `\`flinkops_result_type_${i++}\``;
    const run = { timeoutMs: opts.timeoutMs ?? 120_000 };
    const made = await client.runStatement(sh, `CREATE TEMPORARY VIEW ${view} AS SELECT ${typed} AS r`, run);
    if (!made.ok) continue;
    const described = await client.runStatement(sh, `DESCRIBE ${view}`, run);
    const row = described.ok ? described.value.rows[0] : undefined;
    if (row && typeof row[1] === 'string') out.set(call, `${row[1]}${row[2] === false ? ' NOT NULL' : ''}`);
  }
  return out;
}

/** The text a submission sends, as EXPLAIN takes it: `STATEMENT SET BEGIN …; END` for a set. */
function submittingText(statements: readonly Statement[]): string | undefined {
  const inserts: string[] = [];
  let inSet = false;
  for (const st of statements) {
    if (st.kind === 'begin_statement_set') inSet = true;
    else if (st.kind === 'end') inSet = false;
    else if (st.kind === 'statement_set') return st.text.replace(/^\s*EXECUTE\s+/i, '').replace(/;\s*$/, '');
    else if (st.kind === 'execute') return st.text.replace(/^\s*EXECUTE\s+/i, '').replace(/;\s*$/, '');
    // Reached only where the gateway explains a CTAS (lastingStatement stops it before).
    else if (st.kind === 'create_table_as') return st.text.replace(/;\s*$/, '');
    else if (st.kind === 'insert') {
      if (!inSet) return st.text.replace(/;\s*$/, '');
      inserts.push(st.text.replace(/;\s*$/, ''));
    }
  }
  return inserts.length > 0 ? `STATEMENT SET BEGIN\n${inserts.join(';\n')};\nEND` : undefined;
}
