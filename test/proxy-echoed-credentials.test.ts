/**
 * A reverse proxy in front of Flink whose error page lists the request's headers (a 400 "Bad
 * Request" page, a debug page): with basic auth, flinkops printed the page as the error, its
 * `Authorization: Basic b3BzOnMzY3IzdC1QYTU1` with it, which is the user name and password in
 * base64, in the terminal, in --json and in the Action's comment. A bearer token was masked, the
 * encoded basic credentials were not, nor a password written in the URL's user info or in
 * flinkops.yaml as it is. Every credential the client sends is now masked, in each form.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const PASSWORD = 's3cr3t-Pa55';
const ENCODED = Buffer.from(`ops:${PASSWORD}`).toString('base64');

let server: Server;
let url = '';
let dir = '';

beforeAll(async () => {
  // Answers every call as such a proxy does, with the headers it was sent.
  server = createServer((req, res) => {
    res.writeHead(400, { 'content-type': 'text/html' });
    res.end(`<html><body>400 Bad Request. Request headers: ${JSON.stringify(req.headers)}</body></html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'flinkops-proxy-echo-'));
  mkdirSync(join(dir, 'jobs'));
  mkdirSync(join(dir, 'tables'));
  writeFileSync(
    join(dir, 'flinkops.yaml'),
    [
      'project: shop',
      'flinkVersion: "1.20"',
      'environments:',
      '  secret:',
      `    jobmanagerUrl: ${url}/jm`,
      `    sqlGatewayUrl: ${url}/gw`,
      '    auth: { username: ops, password: "${secret.FLINK_PASSWORD}" }',
      '  literal:',
      `    jobmanagerUrl: ${url}/jm`,
      `    sqlGatewayUrl: ${url}/gw`,
      `    auth: { username: ops, password: ${PASSWORD} }`,
      '  url:',
      `    jobmanagerUrl: http://ops:${PASSWORD}@127.0.0.1:${(server.address() as AddressInfo).port}/jm`,
      `    sqlGatewayUrl: ${url}/gw`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'tables/events.yaml'),
    'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n',
  );
  writeFileSync(
    join(dir, 'tables/copies.yaml'),
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n',
  );
  writeFileSync(join(dir, 'jobs/copy.sql'), 'INSERT INTO copies SELECT id FROM events;\n');
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('credentials a proxy echoes back', () => {
  for (const env of ['secret', 'literal', 'url']) {
    it(`are masked in the errors of plan, status and savepoint (${env})`, async () => {
      const state = ['--state-file', join(dir, `${env}.json`)];
      const runs = [
        ['plan', '--env', env, ...state],
        ['plan', '--env', env, '--json', ...state],
        ['status', '--env', env, '--json', ...state],
        ['savepoint', 'copy', '--env', env, ...state],
      ];
      for (const argv of runs) {
        const r = await cli([...argv, '--dir', dir], { env: { FLINKOPS_SECRET_FLINK_PASSWORD: PASSWORD } });
        const out = r.stdout + r.stderr;
        expect(r.code, argv.join(' ')).toBe(1);
        expect(out).toContain('HTTP 400');
        expect(out).toContain('Basic ***');
        expect(out).not.toContain(ENCODED);
        expect(out).not.toContain(PASSWORD);
      }
    });
  }
});
