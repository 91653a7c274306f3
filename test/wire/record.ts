/**
 * The recorder's entry (bundled and run by scripts/record-flink-wire.mjs): runs the wire
 * scenario against a real cluster and writes its golden files.
 */
import { type Exchange, WireRecorder, type WireVersion } from './exchange';
import { writeGoldens } from './golden';
import { runWireScenario } from './scenario';

export interface RecordOptions {
  root: string;
  jobmanagerUrl: string;
  gatewayUrl: string;
  log: (line: string) => void;
  /** The cluster's clock (real time by default; a simulator's in tests). */
  settle?: (ms: number) => Promise<void>;
  now?: () => number;
}

export async function recordWire(opts: RecordOptions): Promise<{ version: WireVersion; files: string[] }> {
  const rec = new WireRecorder({
    jobmanagerUrl: opts.jobmanagerUrl,
    gatewayUrl: opts.gatewayUrl,
    settle: opts.settle ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    now: opts.now ?? (() => Date.now()),
  });
  let exchanges: Exchange[];
  try {
    exchanges = await runWireScenario(rec);
  } catch (e) {
    for (const x of rec.exchanges.slice(-4)) {
      opts.log(`${x.call}: ${x.status} ${JSON.stringify(x.body)?.slice(0, 1500)}`);
    }
    await cancelStarted(rec, opts.log);
    throw e;
  } finally {
    await rec.close();
  }
  const config = exchanges.find((x) => x.call === 'jm.config')?.body as { 'flink-version'?: string };
  const raw = config?.['flink-version'] ?? '';
  const version = (['1.19', '1.20', '2.2', '2.3'] as const).find((v) => raw.startsWith(`${v}.`));
  if (!version)
    throw new Error(
      `recording needs Flink 1.19, 1.20, 2.2 or 2.3, the cluster runs ${raw || 'an unknown version'}`,
    );
  for (const x of exchanges) opts.log(`${x.status} ${x.method} ${x.route}  (${x.call})`);
  return { version, files: writeGoldens(opts.root, version, exchanges) };
}

/**
 * A recording cut off midway leaves the jobs it submitted on the cluster (waiting for slots, or
 * running): on a cluster of the user's own (the URLs given), cancel them, as the scenario would have.
 */
async function cancelStarted(rec: WireRecorder, log: (line: string) => void): Promise<void> {
  const ids = new Set<string>();
  for (const x of rec.exchanges) {
    const id = (x.body as { jobID?: unknown } | undefined)?.jobID;
    if (typeof id === 'string' && /^[0-9a-f]{32}$/.test(id)) ids.add(id);
  }
  for (const id of ids) {
    const job = await rec.client.getJob(id);
    if (!job.ok || ['FINISHED', 'CANCELED', 'FAILED'].includes(job.value.state)) continue;
    const r = await rec.client.cancelJob(id);
    log(`cancelled job ${id} the recording started${r.ok ? '' : ` (the cancel failed: ${r.error.message})`}`);
  }
}
