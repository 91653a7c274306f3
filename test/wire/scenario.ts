/**
 * Every request the flinkops client makes, in one story that real Flink and the
 * simulator both go through: the recorder runs it against a real cluster and writes
 * the golden files, the contract test runs it against the simulator and compares.
 * Each step keeps the last exchange it made (a poll step: the answer it stopped on).
 */
import { formatLabels, labelsFor } from '../../src/apply/submit';
import type { FlinkResult } from '../../src/flink';
import type { Exchange, WireRecorder, WireVersion } from './exchange';
import { jmSteps } from './scenario-jobmanager';
import { type StatementRun, sqlSteps } from './scenario-sql';

/** Labels as apply writes them; the commit holds a colon, so its entry is quoted twice over. */
export const GLOBAL_JOB_PARAMETERS = formatLabels({
  ...labelsFor('wire', 'golden', 'orders', 'abc123', 'c0:ffee'),
  'flinkops.note': "it's",
});

export function must<T>(what: string, r: FlinkResult<T>): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.message}`);
  return r.value;
}

export interface ScenarioContext {
  rec: WireRecorder;
  version: WireVersion;
  sh: string;
  run: StatementRun;
}

export async function runWireScenario(rec: WireRecorder): Promise<Exchange[]> {
  const c = rec.client;
  const config = must('config', await rec.step('jm.config', () => c.getConfig()));
  const version = config.flinkVersion.startsWith('2.3.')
    ? '2.3'
    : /^2\./.test(config.flinkVersion)
      ? '2.2'
      : config.flinkVersion.startsWith('1.19.')
        ? '1.19'
        : '1.20';
  await rec.step('gw.info', () => c.getInfo());
  await rec.step('gw.api-versions', () => c.getApiVersions());
  const { sh, run } = await sqlSteps.open(rec);
  const ctx: ScenarioContext = { rec, version, sh, run };
  const jobs = await sqlSteps.statements(ctx);
  await jmSteps(ctx, jobs);
  await sqlSteps.close(ctx);
  return rec.exchanges;
}
