import { afterEach, describe, expect, it } from 'vitest';
import { postJsonOnDemand as actionPost } from '../action/webhook';
import { fetchPostJson } from '../src/engine/alerts-run';
import { WebhookReceiver } from './support/webhook-receiver';

// A webhook behind basic auth is written https://USER:PASSWORD@host/path; fetch refuses such a
// URL outright ("Request cannot be constructed from a URL that includes credentials"), so every
// alert to it was lost with a FO661 warning.
describe('alert webhooks whose URL holds credentials', () => {
  let hook: WebhookReceiver | undefined;
  afterEach(async () => {
    await hook?.close();
    hook = undefined;
  });

  for (const [name, post] of [
    ['status --check --alert', fetchPostJson],
    ['the Action alert-webhook', actionPost],
  ] as const) {
    it(`${name}: sends the user info as basic auth, not in the URL`, async () => {
      hook = new WebhookReceiver();
      const url = await hook.start('/hook?token=t0k');
      const withCreds = url.replace('http://', 'http://alert%40ops:p%3Ass@');
      expect(await post(withCreds, '{"status":"firing"}')).toBe(204);
      expect(hook.received).toHaveLength(1);
      expect(hook.received[0]!.path).toBe('/hook?token=t0k');
      expect(hook.received[0]!.headers.authorization).toBe(
        `Basic ${Buffer.from('alert@ops:p:ss').toString('base64')}`,
      );
      expect(hook.received[0]!.body).toEqual({ status: 'firing' });
    });
  }

  it('sends no authorization header for a URL without user info', async () => {
    hook = new WebhookReceiver();
    const url = await hook.start('/hook');
    expect(await fetchPostJson(url, '{}')).toBe(204);
    expect(hook.received[0]!.headers.authorization).toBeUndefined();
  });
});
