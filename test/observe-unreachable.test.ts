import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { createFlinkClient } from '../src/flink/rest-client';
import { OBSERVE_CODES, observe } from '../src/observe';

/** A port nobody listens on: bind one on 127.0.0.1, then close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('observe through the REST client', () => {
  it('an unreachable JobManager is one diagnostic naming the URL and the cause, not a stack trace', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const client = createFlinkClient({ jobmanagerUrl: url, retries: 0, clock: new FakeClock() });
    try {
      const r = await observe(client, { project: 'shop', env: 'prod', jobmanagerUrl: url });
      expect(r.diags).toHaveLength(1);
      const d = r.diags[0]!;
      expect(d.code).toBe(OBSERVE_CODES.unreachable);
      expect(d.summary).toMatch(new RegExp(`^cannot reach the JobManager at ${url}: .*ECONNREFUSED`));
      expect(d.summary).not.toContain('\n');
      expect(d.detail).toContain('--offline');
      expect(r.value.observed).toBe(false);
    } finally {
      await client.close();
    }
  });
});
