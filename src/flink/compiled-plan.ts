/**
 * Compiled plans (FLIP-190) through the SQL Gateway. `COMPILE PLAN '<uri>' IF NOT EXISTS FOR …`
 * makes the gateway write the plan JSON to a Flink file system URI (any scheme it has a plugin
 * for: the ResourceManager writes locally and copies to a remote path); `EXECUTE PLAN '<uri>'`
 * reads it from there. The gateway never returns the JSON, so flinkops reads the file back with
 * a bounded query of a `filesystem`/`raw` table run in the gateway's own JVM
 * (`execution.target = local`): it sees the file exactly as COMPILE and EXECUTE do, needs no
 * TaskManager slot and leaves no job on the cluster. The bytes are checked against the file's
 * size, so what flinkops keeps is what Flink executes. Each such local job costs the gateway: a
 * Flink 1.20.3 gateway keeps ~13 MB of metaspace and a thread of every one (measured after a full
 * GC), so a file is read back once per client (one run), not again by the apply of its plan.
 */
import { sha256 } from '../core/hash';
import type { FlinkClient } from './client';
import { type FlinkError, type FlinkResult, ok } from './errors';

/** What a plan file is read back with: one row per line, plus the file's size in bytes. */
export const PLAN_READ_TABLE = 'flinkops_plan_file';

export interface PlanFile {
  /** The file's text (UTF-8 JSON, as Flink wrote it). */
  json: string;
  sha256: string;
}

/** `<planDir>/<project>/<env>/<job>/<key>.json`: one file per compiled script, never overwritten. */
export function planFileUri(planDir: string, project: string, env: string, job: string, key: string): string {
  return `${planDir.replace(/\/+$/, '')}/${project}/${env}/${job}/${key}.json`;
}

/** A Flink SQL string literal. */
function literal(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/**
 * The statement `COMPILE PLAN … FOR` takes: an INSERT, or a statement set written
 * `STATEMENT SET BEGIN …; END` (the grammar has no EXECUTE there).
 */
export function compileTarget(submitText: string): string {
  const t = submitText.trim().replace(/;\s*$/, '');
  return /^EXECUTE\s+STATEMENT\s+SET\b/i.test(t) ? t.replace(/^EXECUTE\s+/i, '') : t;
}

/**
 * `IF NOT EXISTS`: a file already at the path (an earlier plan of the same script, or the plan the
 * job runs on the cluster being left) is loaded, not rewritten. Loading it is also how a new Flink
 * release says, before anything stops, whether it still executes that plan.
 */
export function compilePlanStatement(path: string, submitText: string): string {
  return `COMPILE PLAN ${literal(path)} IF NOT EXISTS FOR ${compileTarget(submitText)}`;
}

export function executePlanStatement(path: string): string {
  return `EXECUTE PLAN ${literal(path)}`;
}

/** The session statements that read a plan file back (run in a session of their own). */
export function planReadStatements(path: string): { setup: string[]; query: string } {
  return {
    setup: [
      `CREATE TEMPORARY TABLE \`${PLAN_READ_TABLE}\` (\`line\` STRING, \`size\` BIGINT METADATA FROM 'file.size' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = ${literal(path)}, 'format' = 'raw')`,
      "SET 'execution.runtime-mode' = 'batch'",
      // In the gateway's JVM: the file as the gateway sees it, no slot, no job on the cluster.
      "SET 'execution.target' = 'local'",
      // The local cluster would otherwise try the session cluster's REST port.
      "SET 'rest.bind-port' = '0'",
      "SET 'rest.port' = '0'",
      "SET 'parallelism.default' = '1'",
    ],
    query: `SELECT \`line\`, \`size\` FROM \`${PLAN_READ_TABLE}\``,
  };
}

/**
 * The file's text from its lines (the raw format splits on `\n`), checked against the size the
 * file system reports: a file that does not add up is refused rather than kept inexactly.
 */
export function planFromRows(rows: readonly unknown[][]): PlanFile | string {
  if (rows.length === 0) return 'the plan file is empty or missing';
  const lines = rows.map((r) => (typeof r[0] === 'string' ? r[0] : ''));
  const size = Number(rows[0]![1]);
  let json = lines.join('\n');
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes + 1 === size) json += '\n';
  else if (bytes !== size) {
    // Real Flink 1.18.1's raw format gives every row the file's last line (`}`), the size right.
    if (lines.length > 1 && lines.every((l) => l === lines[0]))
      return `read ${bytes} bytes back, the file has ${size}: every line read back is \`${lines[0]}\`, as Flink 1.18's raw format reads a file (planMode: compiled needs Flink 1.19 or later)`;
    return `read ${bytes} bytes back, the file has ${size}`;
  }
  return { json, sha256: sha256(json) };
}

function readError(call: string, message: string): FlinkError {
  return { kind: 'protocol', service: 'gateway', call, message, causes: [] };
}

/**
 * The plan files a client has read back. A file is never rewritten (`COMPILE PLAN … IF NOT EXISTS`
 * at a path named by the script), so the one run that compiled it does not read it again to start
 * the job; a run that did not (a resume from the store's plan) still reads it first.
 */
const readBack = new WeakMap<FlinkClient, Map<string, PlanFile>>();

/** Reads a plan file back through the gateway, in a session of its own; once per client. */
export async function readPlanFile(
  client: FlinkClient,
  path: string,
  opts: { timeoutMs?: number } = {},
): Promise<FlinkResult<PlanFile>> {
  const known = readBack.get(client)?.get(path);
  if (known) return ok(known);
  const read = await readPlanFileOnce(client, path, opts);
  if (read.ok) {
    const files = readBack.get(client) ?? new Map<string, PlanFile>();
    readBack.set(client, files.set(path, read.value));
  }
  return read;
}

async function readPlanFileOnce(
  client: FlinkClient,
  path: string,
  opts: { timeoutMs?: number },
): Promise<FlinkResult<PlanFile>> {
  const opened = await client.openSession({ sessionName: 'flinkops-plan-read' });
  if (!opened.ok) return opened;
  const sh = opened.value;
  try {
    const read = planReadStatements(path);
    for (const st of read.setup) {
      const r = await client.runStatement(sh, st, { timeoutMs: opts.timeoutMs ?? 60_000 });
      if (!r.ok) return r;
    }
    const r = await client.runStatement(sh, read.query, { timeoutMs: opts.timeoutMs ?? 120_000 });
    if (!r.ok) return r;
    const plan = planFromRows(r.value.rows);
    if (typeof plan === 'string') {
      return { ok: false, error: readError('read compiled plan', `${path}: ${plan}`) };
    }
    return ok(plan);
  } finally {
    await client.closeSession(sh);
  }
}
