/**
 * Preview: a job's query (the SELECT of its INSERT, never the INSERT) run through the SQL
 * Gateway against the real sources; the first rows are returned, then the query is
 * cancelled and the session closed. Sink tables are not even declared, so nothing is written,
 * and the managed job is not looked at.
 */
import { type DesiredJob, isBatchJob } from '../../compile';
import { type Diagnostic, error, warning } from '../../core/diagnostics';
import { isTerminal } from '../../core/job-state';
import type { EngineProgress } from '../../core/progress';
import { isQueryOption } from '../../core/python-options';
import { type FlinkClient, type FlinkError, flinkReason, isSqlRejection } from '../../flink';
import { isTransient } from '../../flink/errors';
import { resolveSecrets, type SecretSource } from '../../load';
import { opOf } from './compare';
import { AWAIT_SUBMIT_MS, cancelLeftovers } from './leftovers';
import { TEST_CODES } from './load';
import { splitInsert, withOption } from './rewrite';

export interface PreviewResult {
  sink: string;
  columns: string[];
  /** Each column's type root and DECIMAL scale, as the gateway said them. */
  columnTypes: { type?: string; scale?: number }[];
  rows: unknown[][];
  ops: string[];
  /** The timeout ended the wait before `limit` rows came. */
  timedOut: boolean;
}

export interface PreviewOptions {
  client: FlinkClient;
  secrets: SecretSource;
  limit: number;
  timeoutMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Which INSERT of a statement set (by sink); default the first. */
  sink?: string;
  /** Ctrl-C: stop reading, keep the rows so far, and cancel the query as at the end. */
  stop?: AbortSignal;
  /** Said as the query starts when no task slot is free (it waits for one). */
  onProgress?: (p: EngineProgress) => void;
}

/**
 * A Kafka source's DDL for a preview: the preview reads in the table's consumer group (where
 * `group-offsets` starts), but commits nothing to it. On a cluster that checkpoints by default, its
 * Kafka source would commit the group's offsets at every checkpoint, moving the production
 * group's position (and what a job starting without state reads from it).
 */
function noOffsetCommits(ddl: string, options: Record<string, string>): string {
  if (!/kafka$/.test(options.connector ?? '') || options['properties.group.id'] === undefined) return ddl;
  return withOption(ddl, 'properties.commit.offsets.on.checkpoint', 'false') ?? ddl;
}

export async function runPreview(
  job: DesiredJob,
  opts: PreviewOptions,
): Promise<{ value?: PreviewResult; diags: Diagnostic[]; secretValues: string[] }> {
  const diags: Diagnostic[] = [];
  const secretValues: string[] = [];
  const sinks = new Set(job.sinks);
  const setup: string[] = [];
  // A batch job's query is previewed as it runs: in batch mode, its final rows rather than a changelog.
  const properties: Record<string, string> = {
    'execution.runtime-mode': isBatchJob(job) ? 'batch' : 'streaming',
  };
  // The planner's and the Python functions' options of the job's config as it runs with them (the
  // script's SETs come after).
  for (const [k, v] of Object.entries(job.settings?.config ?? {}))
    if (isQueryOption(k) && v !== null && v !== undefined) properties[k] = String(v);
  const inserts: { sink: string; query: string; columns?: string[] }[] = [];
  for (const st of job.statements) {
    if (st.kind === 'set' && st.set?.key && isQueryOption(st.set.key) && st.set.value !== undefined)
      properties[st.set.key] = st.set.value;
    else if (st.kind === 'create_table' && st.table && !sinks.has(st.table.name.name)) {
      const r = resolveSecrets(st.text, opts.secrets);
      diags.push(...r.diags);
      if (r.value !== st.text) secretValues.push(...secretsIn(st.text, r.value));
      setup.push(noOffsetCommits(r.value, st.table.options));
    } else if (st.kind === 'create_view' || st.kind === 'create_function') setup.push(st.text);
    else if (st.kind === 'insert' || st.kind === 'statement_set') {
      for (const ins of st.kind === 'insert' ? [st] : (st.inner ?? [])) {
        const p = splitInsert(ins.text);
        if (p) inserts.push({ sink: p.table, query: p.query, ...(p.columns ? { columns: p.columns } : {}) });
      }
    }
  }
  const chosen = opts.sink ? inserts.find((i) => i.sink === opts.sink) : inserts[0];
  if (!chosen)
    diags.push(
      error(
        TEST_CODES.unknownTable,
        opts.sink
          ? `Job ${job.name} does not write "${opts.sink}"`
          : `Job ${job.name} has no INSERT to preview`,
        `Sinks of the job: ${inserts.map((i) => i.sink).join(', ') || 'none'}.`,
      ),
    );
  if (!chosen || diags.some((d) => d.severity === 'error')) return { diags, secretValues };

  const name = `flinkops-preview.${job.name}.${opts.now().toString(36)}`;
  const session = await opts.client.openSession({
    sessionName: name,
    properties: { ...properties, 'pipeline.name': name },
  });
  if (!session.ok) return { diags: [flinkDiag(session.error)], secretValues };
  const sh = session.value;
  let oh: string | undefined;
  let failed = false;
  const stop = opts.stop;
  // A pause that a stop ends early (the clean-up below waits with the plain sleep). Its listener
  // goes with it: a preview pauses dozens of times on one signal.
  const pause = (ms: number) =>
    stop
      ? new Promise<void>((res) => {
          const onAbort = () => res();
          stop.addEventListener('abort', onAbort, { once: true });
          void opts.sleep(ms).then(() => {
            stop.removeEventListener('abort', onAbort);
            res();
          });
        })
      : opts.sleep(ms);
  try {
    for (const sql of setup) {
      const r = await opts.client.runStatement(sh, sql, {
        timeoutMs: opts.timeoutMs,
        ...(stop ? { signal: stop } : {}),
      });
      if (!r.ok) return { diags: [flinkDiag(r.error)], secretValues };
    }
    const slots = opts.onProgress ? await slotsWhenNoneFree(opts.client) : undefined;
    if (slots !== undefined)
      opts.onProgress!({ stage: 'slot-wait', query: `preview of ${job.name}`, slotsTotal: slots });
    const exec = await opts.client.executeStatement(sh, chosen.query);
    if (!exec.ok) return { diags: [flinkDiag(exec.error)], secretValues };
    oh = exec.value;
    const deadline = opts.now() + opts.timeoutMs;
    const rows: unknown[][] = [];
    const ops: string[] = [];
    let columns: string[] = [];
    let columnTypes: PreviewResult['columnTypes'] = [];
    let next: number | string = 0;
    let timedOut = true;
    while (opts.now() < deadline && !stop?.aborted) {
      // Asked once: a failed query's fetch answers its SQL error (500), the same every time.
      const page = await opts.client.fetchResults(sh, oh, next, true);
      if (!page.ok) {
        // Not yet running, or a lost answer of a running query: the status call tells.
        const st = await opts.client.getOperationStatus(sh, oh);
        const running = st.ok && st.value === 'RUNNING' && isTransient(page.error);
        if (running || (st.ok && ['INITIALIZED', 'PENDING'].includes(st.value))) {
          await pause(500);
          continue;
        }
        // A failed operation has nothing to cancel.
        if (st.ok && st.value === 'ERROR') failed = true;
        return { diags: [flinkDiag(page.error)], secretValues };
      }
      if (page.value.columns.length) {
        columns = sinkColumns(
          job,
          chosen,
          page.value.columns.map((c) => c.name),
        );
        columnTypes = page.value.columns.map((c) => ({
          ...(c.type ? { type: c.type } : {}),
          ...(c.scale !== undefined ? { scale: c.scale } : {}),
        }));
      }
      for (const r of page.value.rows) {
        if (rows.length < opts.limit) {
          rows.push(r.fields);
          ops.push(opOf(r.kind));
        }
      }
      if (rows.length >= opts.limit || page.value.resultType === 'EOS' || !page.value.nextResultUri) {
        timedOut = false;
        break;
      }
      next = page.value.nextResultUri;
      if (page.value.rows.length === 0) await pause(500);
    }
    if (stop?.aborted) timedOut = false;
    if (timedOut && rows.length === 0) {
      const starved = await waitedForSlots(opts.client, name);
      if (starved) return { diags: [...diags, starved], secretValues };
      const held = heldByWatermark(chosen.query, setup, properties);
      if (held) diags.push(held);
    }
    return { value: { sink: chosen.sink, columns, columnTypes, rows, ops, timedOut }, diags, secretValues };
  } finally {
    if (oh) {
      if (!failed) await opts.client.cancelOperation(sh, oh);
      await opts.client.closeOperation(sh, oh);
    }
    await opts.client.closeSession(sh);
    // Stopped before its query ran to an answer: its job may be on its way to the cluster still.
    const stopped = oh !== undefined && !failed && stop?.aborted === true;
    await cancelLeftovers(opts.client, name, {
      now: opts.now,
      sleep: opts.sleep,
      ...(stopped ? { awaitSubmitMs: AWAIT_SUBMIT_MS } : {}),
    });
  }
}

/**
 * The names the sink gives the query's columns (an expression's is Flink's `EXPR$3`): the
 * INSERT's column list, else the sink's written columns in order, when they are as many.
 */
function sinkColumns(
  job: DesiredJob,
  insert: { sink: string; columns?: string[] },
  names: string[],
): string[] {
  const table = job.statements.find(
    (s) => s.kind === 'create_table' && s.table?.name.name === insert.sink,
  )?.table;
  const written =
    insert.columns ??
    table?.columns
      .filter((c) => c.kind === 'physical' || (c.kind === 'metadata' && !c.virtual))
      .map((c) => c.name);
  return written && written.length === names.length ? written : names;
}

/** FO456 with advice by what Flink said: a rejected query, a record that does not parse, or else the sources. */
export function flinkDiag(e: FlinkError): Diagnostic {
  const reason = flinkReason(e);
  // A record the source's format cannot read into the table's columns: the source was reached.
  const field = /Fail(?:ed)? to deserialize[\s\S]*?at field: ([^.\s]+)/i.exec(reason)?.[1];
  return error(
    TEST_CODES.previewRefused,
    `Flink refused the preview: ${reason}`,
    isSqlRejection(e)
      ? 'Flink cannot compile the query on this cluster: fix the SQL, table or UDF the message names (flinkops plan checks the same, with EXPLAIN).'
      : /deserializ/i.test(reason)
        ? `A record of the source does not parse into the table's columns${field ? ` (field ${field})` : ''}: the table declares another type than its producer writes, or the topic holds records of another shape. Give the column the type the producer writes (validate compares the tables of one topic: FO288, FO289), or set the format's ignore-parse-errors option to skip such records.`
        : 'Check that the sources are reachable from the cluster (connector jars, brokers, credentials).',
  );
}

/** The substituted secret values (what differs between template and rendered text). */
function secretsIn(template: string, rendered: string): string[] {
  const parts = template.split(/\$\{secret\.[A-Za-z0-9_]+\}/);
  if (parts.length < 2) return [];
  const out: string[] = [];
  let rest = rendered;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    rest = rest.slice(p.length);
    if (i < parts.length - 1) {
      const nextPart = parts[i + 1]!;
      const at = nextPart ? rest.indexOf(nextPart) : rest.length;
      if (at > 0) out.push(rest.slice(0, at));
      rest = rest.slice(Math.max(at, 0));
    }
  }
  return out.filter((s) => s.length > 0);
}

/** Query parts that emit a row only once the watermark has passed (windows, patterns). */
const EVENT_TIME = /\b(?:TUMBLE|HOP|CUMULATE|SESSION)\s*\(|\bMATCH_RECOGNIZE\b/i;

/**
 * FO458 when an event-time query (a window, MATCH_RECOGNIZE, in the INSERT or a view it reads)
 * gave no row in time, and the session sets no idle timeout: a window emits once the watermark
 * passes its end, and a source partition that gets no records holds every watermark back.
 */
function heldByWatermark(
  query: string,
  setup: readonly string[],
  properties: Readonly<Record<string, string>>,
): Diagnostic | undefined {
  if (properties['table.exec.source.idle-timeout'] !== undefined) return undefined;
  if (
    ![query, ...setup.filter((s) => /^\s*CREATE\s+(?:TEMPORARY\s+)?VIEW\b/i.test(s))].some((t) =>
      EVENT_TIME.test(t),
    )
  )
    return undefined;
  return warning(
    TEST_CODES.previewNoWatermark,
    'No rows before --timeout: the query emits only once the watermark passes the end of a window (or a pattern)',
    "Its sources' watermark did not get that far. A Kafka partition that receives no records holds the watermark of the whole source back, in production too: set table.exec.source.idle-timeout (e.g. 30 s) in the job's config, or produce records to every partition. Event times far behind the window's end, or a longer --timeout, are the other causes.",
  );
}

/**
 * The cluster's task slots when none is free as a query starts (a case of `flinkops test`, a
 * preview), so that its wait is said at once rather than after --timeout with nothing to show. Not
 * a refusal: a cluster that starts TaskManagers on demand (native Kubernetes, as the Flink
 * Kubernetes Operator's session clusters run, or YARN) often has every slot taken, or none at all,
 * and gives the query's job a TaskManager of its own. Undefined when a slot is free, or the
 * cluster cannot tell.
 */
export async function slotsWhenNoneFree(client: FlinkClient): Promise<number | undefined> {
  const get = client.getClusterOverview?.bind(client);
  if (!get) return undefined;
  const o = await get();
  return o.ok && o.value.slotsAvailable === 0 ? o.value.slotsTotal : undefined;
}

/**
 * FO457 when the preview's job (by its pipeline name) is there but never ran: a task of it still
 * waits to be scheduled, as on a cluster with no free task slot. Undefined when it ran, or the
 * cluster cannot tell.
 */
export async function waitedForSlots(
  client: FlinkClient,
  name: string,
  what = 'The preview query',
): Promise<Diagnostic | undefined> {
  const listed = await client.listJobs();
  const job = listed.ok ? listed.value.find((j) => j.name === name && !isTerminal(j.state)) : undefined;
  if (!job) return undefined;
  const details = await client.getJob(job.id);
  if (!details.ok || !details.value.vertices.some((v) => v.status !== undefined && WAITING.has(v.status)))
    return undefined;
  const overview = await client.getClusterOverview?.();
  const slots = overview?.ok
    ? ` (${overview.value.slotsAvailable} of ${overview.value.slotsTotal} task slots free)`
    : '';
  return error(
    TEST_CODES.previewNoSlot,
    `${what} never ran: its tasks waited for a task slot${slots}`,
    'Every task slot of the cluster is taken. Free one (suspend a job, or lower a parallelism), add a TaskManager, or wait longer with --timeout.',
  );
}

/** Vertex states of a task not yet given a slot (DEPLOYING and later have one). */
const WAITING = new Set(['CREATED', 'SCHEDULED']);
