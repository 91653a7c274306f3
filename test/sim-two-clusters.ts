/**
 * Two simulators sharing one `file:` savepoint folder, as two clusters share a file system, and a
 * copy of the ops repository pointed at the first: the set-up of the tests that move an
 * environment from one cluster to the other (`moveFrom`) through the CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Simulator, startSimulator } from '../src/sim';
import type { FlinkVersion } from '../src/sim/versions';
import { copyRepo } from './ops-cli';

export interface TwoClusters {
  work: string;
  folder: string;
  repo: string;
  oldSim: Simulator;
  newSim: Simulator;
  close(): Promise<void>;
}

/** flinkops.yaml of project `shop` with one environment `prod` of the lines `env`. */
export const twoClustersProject = (version: string, env: string): string =>
  `project: shop\nflinkVersion: "${version}"\nenvironments:\n  prod:\n${env}`;

/** The environment lines for `sim`, moved from `from` (its gateway `fromGateway` when given). */
export function clusterEnv(sim: Simulator, from?: Simulator, fromGateway = from?.gatewayUrl): string {
  const on = `    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n`;
  return from
    ? `${on}    moveFrom:\n      jobmanagerUrl: ${from.jobmanagerUrl}\n      sqlGatewayUrl: ${fromGateway}\n`
    : on;
}

export async function twoClusters(
  prefix: string,
  oldVersion: FlinkVersion,
  newVersion: FlinkVersion,
): Promise<TwoClusters> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const folder = join(work, 'savepoints');
  const common = {
    clock: 'real' as const,
    timing: { startMs: 10, savepointMs: 10 },
    savepointDir: `file:${folder}`,
    savepointsOnDisk: true,
  };
  const oldSim = await startSimulator({ ...common, flinkVersion: oldVersion });
  const newSim = await startSimulator({ ...common, flinkVersion: newVersion });
  const repo = copyRepo(twoClustersProject(oldVersion, clusterEnv(oldSim)), join(work, 'repo'));
  return {
    work,
    folder,
    repo,
    oldSim,
    newSim,
    async close() {
      await oldSim.close();
      await newSim.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
