/**
 * Starts the real clusters the e2e scenarios share (FLINK_VERSION, default 1.20): one on the
 * adaptive scheduler (in-place rescale) and a small one on the default scheduler (rescale through
 * a savepoint), and stops both afterwards — also when the run fails or is interrupted.
 */
import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM script without types
import { start, stop } from '../../scripts/flink/cluster.mjs';

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
}

function pick(rec: Record<string, string>): E2eCluster {
  const { jobmanagerUrl, gatewayUrl, savepointDir, checkpointDir, release, home, dir } = rec;
  return { jobmanagerUrl, gatewayUrl, savepointDir, checkpointDir, release, home, dir } as E2eCluster;
}

export default async function setup(project: TestProject) {
  const version = process.env.FLINK_VERSION ?? '1.20';
  const tag = `e2e-${version}-${process.pid}`;
  const names = [`${tag}-adaptive`, `${tag}-default`];
  const log = (m: string) => process.stderr.write(`e2e: ${m}\n`);
  const stopAll = async () => {
    await Promise.all(names.map((n) => stop(n).catch(() => {})));
  };
  const onSignal = (sig: NodeJS.Signals) => {
    void stopAll().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const t0 = Date.now();
  try {
    // Both starts settle before a failure stops the run: a cluster still starting would outlive the stop.
    const started = await Promise.allSettled([
      start({
        version,
        name: names[0],
        scheduler: 'adaptive',
        slots: 12,
        log,
        // Rescale soon after new requirements arrive (the default waits up to 30 s between rescales).
        config: { 'jobmanager.adaptive-scheduler.scaling-interval.min': '1 s' },
      }),
      start({ version, name: names[1], scheduler: 'default', slots: 4, log }),
    ]);
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const [adaptive, standard] = started.map(
      (r) => (r as PromiseFulfilledResult<Record<string, string>>).value,
    ) as [Record<string, string>, Record<string, string>];
    log(`Flink ${adaptive.release}: clusters ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    project.provide('flink', { version, adaptive: pick(adaptive), standard: pick(standard) });
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
