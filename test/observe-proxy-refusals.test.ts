/**
 * A JobManager behind a reverse proxy (a path prefix, basic auth or a token, TLS with a company
 * CA): a refused password, a wrong prefix and a certificate signed by a CA Node does not know all
 * said "Is this URL a Flink JobManager REST endpoint (port 8081 by default), reachable with the
 * configured credentials?", or only to check jobmanagerUrl, and never how to give flinkops the CA.
 * Each now says what to fix: the auth, the path, or --ca-file / FLINKOPS_CA_FILE.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../src/core/clock';
import { createFlinkClient } from '../src/flink/rest-client';
import { type Reply, startTestServer } from '../src/flink/test-server';
import { OBSERVE_CODES, observe } from '../src/observe';

const PAGE = '<html><head><title>Unauthorized</title></head><body>nginx</body></html>';

async function observed(reply: Reply, tls?: { key: string; cert: string }) {
  const s = await startTestServer(() => reply, tls);
  const url = `${s.url}/jm`;
  const client = createFlinkClient({ jobmanagerUrl: url, retries: 0, clock: new FakeClock() });
  try {
    const r = await observe(client, { project: 'shop', env: 'prod', jobmanagerUrl: url });
    expect(r.diags).toHaveLength(1);
    return r.diags[0]!;
  } finally {
    await client.close();
    await s.close();
  }
}

function haveOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a JobManager behind a proxy that refuses the call', () => {
  for (const status of [401, 403]) {
    it(`HTTP ${status} says the credentials were refused and where they are set`, async () => {
      const d = await observed({ status, raw: PAGE, headers: { 'content-type': 'text/html' } });
      expect(d.code).toBe(OBSERVE_CODES.clusterError);
      expect(d.summary).toContain(`(HTTP ${status})`);
      expect(d.detail).toContain(`The credentials were refused (HTTP ${status}`);
      expect(d.detail).toContain('check environments.prod.auth in flinkops.yaml');
      expect(d.detail).not.toContain('port 8081');
    });
  }

  it('HTTP 404 points at the path prefix', async () => {
    const d = await observed({ status: 404, raw: '<html>404 Not Found</html>' });
    expect(d.code).toBe(OBSERVE_CODES.clusterError);
    expect(d.detail).toContain("Nothing answers at this path: check the URL's path");
  });

  it('another error keeps asking whether the URL is a JobManager', async () => {
    const d = await observed({ status: 500, raw: '' });
    expect(d.detail).toContain('Is this URL a Flink JobManager REST endpoint');
  });

  it.skipIf(!haveOpenssl())('an untrusted certificate names --ca-file and FLINKOPS_CA_FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-proxy-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
          ...['-keyout', 'key.pem', '-out', 'cert.pem', '-subj', '/CN=127.0.0.1'],
          ...['-addext', 'subjectAltName=IP:127.0.0.1'],
        ],
        { cwd: dir, stdio: 'ignore' },
      );
      const tls = {
        key: readFileSync(join(dir, 'key.pem'), 'utf8'),
        cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      };
      const d = await observed({ status: 200, body: {} }, tls);
      expect(d.code).toBe(OBSERVE_CODES.unreachable);
      expect(d.summary).toContain('TLS handshake failed');
      expect(d.detail).toContain('--ca-file PEM or FLINKOPS_CA_FILE');
      expect(d.detail).toContain('--offline');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a connection refused says nothing of certificates', async () => {
    const client = createFlinkClient({
      jobmanagerUrl: 'https://127.0.0.1:9/jm',
      retries: 0,
      clock: new FakeClock(),
    });
    try {
      const r = await observe(client, {
        project: 'shop',
        env: 'prod',
        jobmanagerUrl: 'https://127.0.0.1:9/jm',
      });
      expect(r.diags[0]!.code).toBe(OBSERVE_CODES.unreachable);
      expect(r.diags[0]!.detail).not.toContain('--ca-file');
    } finally {
      await client.close();
    }
  });
});
