/**
 * An HTTP endpoint on 127.0.0.1 (port 0) that records every POSTed JSON body, standing in for
 * a chat or paging webhook. `status` sets the answer (e.g. 500 to test that failures warn).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  status = 204;
  private server?: Server;
  url = '';

  /** Starts listening; `path` is the secret-looking part of the URL. */
  async start(path = '/hooks/T0001/B0002/s3cr3tWebhookToken'): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {}
        this.received.push({ path: req.url ?? '', headers: req.headers, body });
        res.writeHead(this.status);
        res.end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
    return this.url;
  }

  async close(): Promise<void> {
    await new Promise<void>((r) => {
      this.server?.closeAllConnections();
      this.server?.close(() => r());
    });
  }
}
