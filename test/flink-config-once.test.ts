/** A plan asks what the cluster is while it observes the jobs: the cluster's configuration is read once. */
import { afterEach, expect, it } from 'vitest';
import { createFlinkClient, type FlinkClient, type HttpEvent } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';

let sim: Simulator | undefined;
let client: FlinkClient | undefined;
afterEach(async () => {
  await client?.close();
  await sim?.close();
});

it('sends one GET /config for the capabilities and the observation asked at once, and asks again later', async () => {
  sim = await startSimulator({ flinkVersion: '1.20' });
  const events: HttpEvent[] = [];
  client = createFlinkClient({
    jobmanagerUrl: sim.jobmanagerUrl,
    sqlGatewayUrl: sim.gatewayUrl,
    onHttp: (e) => events.push(e),
  });
  const [caps, config] = await Promise.all([client.capabilities(), client.getConfig()]);
  expect(caps.flinkVersion?.raw).toMatch(/^1\.20/);
  expect(config.ok && config.value.flinkVersion).toMatch(/^1\.20/);
  expect(events.filter((e) => e.route === '/config')).toHaveLength(1);
  // Not cached: a later read (after a cluster restart, say) asks the cluster again.
  expect((await client.getConfig()).ok).toBe(true);
  expect(events.filter((e) => e.route === '/config')).toHaveLength(2);
});
