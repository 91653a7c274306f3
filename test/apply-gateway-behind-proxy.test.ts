/**
 * A SQL Gateway behind a reverse proxy: when the gateway is down the proxy answers 502 (or 503,
 * 504) in its place, a wrong password gets 401 or 403, a wrong path prefix 404, an expired login
 * a sign-in page. Apply asked the gateway before stopping any job, but took every answer as a
 * gateway that works: it stopped the job with a savepoint, could not submit the new version nor
 * the rollback, and left nothing running. Such an answer now refuses the apply (FO725) before
 * anything changes, as a gateway that does not answer does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FlinkError, fail } from '../src/flink/errors';
import { desiredState, type Harness, harness, running, withCalls } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const call = 'GET /v1/info';
const answers: [string, FlinkError][] = [
  [
    'a 502 page',
    {
      kind: 'http',
      service: 'gateway',
      call,
      status: 502,
      message: 'HTTP 502: 502 Bad Gateway nginx',
      causes: [],
    },
  ],
  [
    'a 401 page',
    {
      kind: 'http',
      service: 'gateway',
      call,
      status: 401,
      message: 'HTTP 401: Authorization Required',
      causes: [],
    },
  ],
  [
    'a sign-in page',
    {
      kind: 'protocol',
      service: 'gateway',
      call,
      message: `unexpected response: an HTML page ("Sign in"), not Flink's JSON`,
      causes: [],
    },
  ],
];

describe('apply with a proxy answering for the SQL Gateway', () => {
  for (const [what, error] of answers) {
    it(`stops no job it could not start again: ${what}`, async () => {
      h = await harness();
      await h.apply(desiredState([{ name: 'alpha' }]));
      const [alpha] = running(h, 'alpha');
      const real = h.client;
      h.client = withCalls(real, { getInfo: async () => fail(error) });
      const up = await h.apply(desiredState([{ name: 'alpha', version: 2 }]));
      h.client = real;
      expect(up.changes).toEqual([]);
      expect(up.diags.map((d) => d.code)).toEqual(['FO725']);
      expect(up.diags[0]!.summary).toBe(
        `the SQL Gateway cannot be used (GET /v1/info answered ${error.message}): nothing was changed`,
      );
      expect(up.diags[0]!.detail).toContain('alpha would be stopped and could not be started again');
      expect(up.diags[0]!.detail).toContain('the auth a proxy in front of it asks for');
      expect(running(h, 'alpha').map((j) => [j.jid, j.state])).toEqual([[alpha!.jid, 'RUNNING']]);
    });
  }
});
