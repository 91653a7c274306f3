/**
 * The simulator held to real Flink: the wire scenario recorded from real clusters
 * (`npm run record:wire`, test/golden/flink-wire/<version>/) is replayed against
 * `flinkops sim` of the same version; every call must answer with Flink's status
 * code and the shape of Flink's body.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim';
import { WireRecorder } from './exchange';
import { readGoldens, toGolden, WIRE_VERSIONS } from './golden';
import { runWireScenario } from './scenario';
import { diffShapes } from './shape';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe.each(WIRE_VERSIONS)('simulator %s against the recorded wire of real Flink', (version) => {
  it('answers every recorded call with Flink status and body shape', async () => {
    const goldens = readGoldens(ROOT, version);
    expect(goldens.length).toBeGreaterThan(60);
    const sim = await startSimulator({
      flinkVersion: version,
      adaptiveScheduler: true,
      // flink:up clusters configure a savepoint directory, as the recording's cluster did.
      savepointDir: 'file:/tmp/flinkops-sim/savepoints',
    });
    const rec = new WireRecorder({
      jobmanagerUrl: sim.jobmanagerUrl,
      gatewayUrl: sim.gatewayUrl,
      settle: async (ms) => sim.control.advance(ms),
      now: () => sim.control.now(),
    });
    try {
      await runWireScenario(rec);
    } catch (e) {
      const jobs = sim.control.snapshot().jobs.map((j) => `${j.name} ${j.state}`);
      throw new Error(`${(e as Error).message}; simulator jobs: ${jobs.join(', ')}`);
    } finally {
      await rec.close();
      await sim.close();
    }
    const observed = new Map(rec.exchanges.map((x) => [x.call, toGolden(x)]));
    const differences: string[] = [];
    for (const want of goldens) {
      const got = observed.get(want.call);
      if (!got) {
        differences.push(`${want.call}: not made against the simulator`);
        continue;
      }
      const where = `${want.call} (${want.method} ${want.route})`;
      if (got.method !== want.method || got.route !== want.route) {
        differences.push(`${where}: simulator call was ${got.method} ${got.route}`);
      }
      if (got.status !== want.status) {
        differences.push(
          `${where}: status ${got.status}, Flink ${want.status}${want.error ? ` (${want.error})` : ''}`,
        );
        continue;
      }
      for (const d of diffShapes(want.response, got.response)) differences.push(`${where}: ${d}`);
    }
    for (const call of observed.keys()) {
      if (!goldens.some((g) => g.call === call))
        differences.push(`${call}: made, but not recorded from Flink`);
    }
    expect(differences).toEqual([]);
  });
});
