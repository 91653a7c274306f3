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
}

export async function recordWire(opts: RecordOptions): Promise<{ version: WireVersion; files: string[] }> {
  const rec = new WireRecorder({
    jobmanagerUrl: opts.jobmanagerUrl,
    gatewayUrl: opts.gatewayUrl,
    settle: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => Date.now(),
  });
  let exchanges: Exchange[];
  try {
    exchanges = await runWireScenario(rec);
  } catch (e) {
    for (const x of rec.exchanges.slice(-4)) {
      opts.log(`${x.call}: ${x.status} ${JSON.stringify(x.body)?.slice(0, 1500)}`);
    }
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
