/**
 * Starts the real clusters the e2e scenarios share (FLINK_VERSION, default 1.20): one on the
 * adaptive scheduler (in-place rescale) and a small one on the default scheduler (rescale through
 * a savepoint), and stops both afterwards — also when the run fails or is interrupted. A Kafka
 * broker starts beside the adaptive cluster (and stops with it) only when a scenario of this run
 * reads Kafka (its file calls `kafka()` from support.ts).
 */
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM script without types
import { start } from '../../scripts/flink/cluster.mjs';
import { stopRun } from './runs';

declare module 'vitest' {
  export interface ProvidedContext {
    flink: E2eClusters;
  }
}

export interface E2eCluster {
  jobmanagerUrl: string;
  gatewayUrl: string;
  savepointDir: string;
  checkpointDir: string;
  release: string;
  home: string;
  dir: string;
}

export interface E2eClusters {
  version: string;
  adaptive: E2eCluster;
  standard: E2eCluster;
  /** `host:port` of the Kafka broker, when a scenario of this run needs one. */
  kafkaBrokers?: string;
}

function pick(rec: Record<string, string>): E2eCluster {
  const { jobmanagerUrl, gatewayUrl, savepointDir, checkpointDir, release, home, dir } = rec;
  return { jobmanagerUrl, gatewayUrl, savepointDir, checkpointDir, release, home, dir } as E2eCluster;
}

/** Whether a test file of this run (after the command line's file filters) reads Kafka. */
async function runNeedsKafka(project: TestProject): Promise<boolean> {
  // Vitest keeps the command line's file filters on the instance (not in its typed API).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const specs = await project.vitest.globTestSpecifications(filters);
  return specs.some((s) => /\bkafka\(\)/.test(readFileSync(s.moduleId, 'utf8')));
}

export default async function setup(project: TestProject) {
  const version = process.env.FLINK_VERSION ?? '1.20';
  const tag = `e2e-${version}-${process.pid}`;
  const names = [`${tag}-adaptive`, `${tag}-default`];
  const log = (m: string) => process.stderr.write(`e2e: ${m}\n`);
  const stopAll = async () => {
    await Promise.all(names.map((n) => stopRun(n).catch(() => {})));
  };
  const onSignal = (sig: NodeJS.Signals) => {
    void stopAll().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const t0 = Date.now();
  const withKafka = await runNeedsKafka(project);
  try {
    // Both starts settle before a failure stops the run: a cluster still starting would outlive the stop.
    const started = await Promise.allSettled([
      start({
        version,
        name: names[0],
        scheduler: 'adaptive',
        slots: 12,
        services: withKafka ? ['kafka'] : [],
        log,
        config: {
          // Rescale soon after new requirements arrive (the default waits up to 30 s between rescales).
          'jobmanager.adaptive-scheduler.scaling-interval.min': '1 s',
          // The REST metrics the monitoring scenarios read are refreshed every 2 s (default 10 s).
          'metrics.fetcher.update-interval': '2000',
        },
      }),
      start({ version, name: names[1], scheduler: 'default', slots: 4, log }),
    ]);
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const [adaptive, standard] = started.map(
      (r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof start>>>).value,
    );
    const kafkaBrokers: string | undefined = adaptive.env?.FLINKOPS_KAFKA_BROKERS;
    log(
      `Flink ${adaptive.release}${kafkaBrokers ? ' and Kafka' : ''}: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    project.provide('flink', {
      version,
      adaptive: pick(adaptive),
      standard: pick(standard),
      ...(kafkaBrokers ? { kafkaBrokers } : {}),
    });
  } catch (e) {
    await stopAll();
    throw e;
  }
  return async () => {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
