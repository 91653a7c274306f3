/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${secret.X} is flinkops syntax, not a template literal. */
/**
 * `flinkops preview` resolves secrets and reports what Flink answers, and Flink echoes a JDBC
 * url whole in its errors, password included (it hides only the `password` option by its key).
 * Against a Flink that answers as 1.20.3 did (test/fixtures/flink-errors/), neither `--json`
 * (where a `"` or `\` of the password is escaped) nor a message clipped in the middle of the
 * password may show any of it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const recorded = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/flink-errors/1.20/preview-jdbc-url.json'), 'utf8'),
) as { status: number; body: { errors: string[] } };

const JM_CONFIG = {
  'refresh-interval': 3000,
  'timezone-name': 'Coordinated Universal Time',
  'timezone-offset': 0,
  'flink-version': '1.20.3',
  'flink-revision': '01e3a6d @ 2025-09-20T02:22:05+02:00',
  features: { 'web-submit': true, 'web-cancel': true, 'web-rescale': true, 'web-history': false },
};

/** The JobManager and SQL Gateway of a Flink 1.20.3 whose JDBC factory refuses the table's url. */
async function fakeFlink(): Promise<{
  jobmanagerUrl: string;
  gatewayUrl: string;
  /** The gateway calls, `METHOD path`. */
  seen: string[];
  close(): Promise<void>;
}> {
  let url = '';
  const seen: string[] = [];
  const ops = new Map<string, boolean>();
  let next = 0;
  const send = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const jm = createServer((req, res) => {
    if (req.url === '/config') return send(res, 200, JM_CONFIG);
    if (req.url === '/jobs/overview') return send(res, 200, { jobs: [] });
    send(res, 404, { errors: ['Not found.'] });
  });
  const gw = createServer((req, res) => {
    let text = '';
    req.on('data', (d) => {
      text += d;
    });
    req.on('end', () => {
      const path = (req.url ?? '').replace(/\?.*$/, '');
      seen.push(`${req.method} ${path}`);
      if (path === '/v1/info') return send(res, 200, { productName: 'Apache Flink', version: '1.20.3' });
      if (path === '/api_versions') return send(res, 200, { versions: ['V1', 'V2', 'V3'] });
      if (req.method === 'POST' && /^\/v\d\/sessions$/.test(path))
        return send(res, 200, { sessionHandle: 's-1' });
      if (req.method === 'POST' && path.endsWith('/statements')) {
        const statement = (JSON.parse(text) as { statement: string }).statement;
        // Flink echoes the url option as it parsed it: the SQL literal's '' is one quote.
        const m = /'url' = '((?:[^']|'')*)'/.exec(statement);
        if (m) url = m[1]!.replaceAll("''", "'");
        const op = `op-${next++}`;
        ops.set(op, /^\s*CREATE\b/i.test(statement));
        return send(res, 200, { operationHandle: op });
      }
      const result = /\/operations\/([^/]+)\/result\/(\d+)$/.exec(path);
      if (result) {
        const [, op, token] = result;
        if (!ops.get(op!)) {
          const errors = recorded.body.errors.map((e) =>
            e.replaceAll('{{URL}}', url).replaceAll('{{OPERATION}}', op!),
          );
          return send(res, recorded.status, { errors });
        }
        const columns = [
          { name: 'result', logicalType: { type: 'VARCHAR', nullable: true, length: 2147483647 } },
        ];
        return token === '0'
          ? send(res, 200, {
              resultType: 'PAYLOAD',
              isQueryResult: false,
              resultKind: 'SUCCESS',
              results: { columns, rowFormat: 'JSON', data: [{ kind: 'INSERT', fields: ['OK'] }] },
              nextResultUri: `${path.replace(/\d+$/, '1')}?rowFormat=JSON`,
            })
          : send(res, 200, {
              resultType: 'EOS',
              isQueryResult: false,
              resultKind: 'SUCCESS',
              results: { columns, rowFormat: 'JSON', data: [] },
            });
      }
      if (path.endsWith('/status')) return send(res, 200, { status: 'ERROR' });
      if (path.endsWith('/cancel')) return send(res, 500, { errors: ['Failed to cancelOperation.'] });
      if (req.method === 'DELETE') return send(res, 200, { status: 'CLOSED' });
      send(res, 404, { errors: ['Not found.'] });
    });
  });
  const listen = async (s: Server) => {
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  };
  const jobmanagerUrl = await listen(jm);
  const gatewayUrl = await listen(gw);
  return {
    jobmanagerUrl,
    gatewayUrl,
    seen,
    close: async () => {
      for (const s of [jm, gw]) {
        s.closeAllConnections();
        await new Promise<void>((r) => s.close(() => r()));
      }
    },
  };
}

function writeRepo(dir: string, url: string): void {
  mkdirSync(join(dir, 'tables'), { recursive: true });
  mkdirSync(join(dir, 'jobs'), { recursive: true });
  writeFileSync(
    join(dir, 'flinkops.yaml'),
    'project: vault\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:1\n    sqlGatewayUrl: http://127.0.0.1:1\n',
  );
  writeFileSync(
    join(dir, 'tables/accounts.yaml'),
    [
      'kind: source',
      'connector: jdbc',
      'columns:',
      '  - { name: id, type: BIGINT, nullable: false }',
      'primaryKey: [id]',
      'with:',
      `  url: "${url}"`,
      '  table-name: public.accounts',
      '  username: sec_user',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'tables/copies.yaml'),
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: id, type: BIGINT }\n',
  );
  writeFileSync(join(dir, 'jobs/copy.sql'), 'INSERT INTO copies SELECT id FROM accounts;\n');
}

let flink: Awaited<ReturnType<typeof fakeFlink>>;
let dir: string;

beforeAll(async () => {
  flink = await fakeFlink();
});
afterAll(async () => {
  await flink.close();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function preview(url: string, password: string, json: boolean) {
  dir = mkdtempSync(join(tmpdir(), 'flinkops-preview-secret-'));
  writeRepo(dir, url);
  return cli(['preview', 'copy', '--dir', dir, '--timeout', '5s', ...(json ? ['--json'] : [])], {
    env: {
      FLINKOPS_JOBMANAGER_URL: flink.jobmanagerUrl,
      FLINKOPS_SQL_GATEWAY_URL: flink.gatewayUrl,
      FLINKOPS_SECRET_DB_PASSWORD: password,
    },
  });
}

describe('preview of a job whose JDBC url holds ${secret.X}, refused by Flink', () => {
  it('--json masks a password with a quote and a backslash, which JSON escapes', async () => {
    const password = 'Zq9"pass\\word-7';
    const r = await preview(
      'jdbc:postgresq://db:5432/shop?user=u&password=${secret.DB_PASSWORD}',
      password,
      true,
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; summary: string }[] };
    expect(out.diagnostics[0]?.code).toBe('FO456');
    expect(out.diagnostics[0]?.summary).toContain('password=***');
    expect(r.stdout).not.toContain('Zq9');
    expect(r.stdout + r.stderr).not.toContain('pass\\\\word');
    // Flink's refusal is the same every time: asked once, and the failed query is not cancelled.
    const query = flink.seen.filter((c) => /\/result\/0$/.test(c)).at(-1)!;
    expect(flink.seen.filter((c) => c === query)).toHaveLength(1);
    expect(flink.seen.filter((c) => c.endsWith('/cancel'))).toEqual([]);
  });

  it('a message clipped in the middle of the password shows none of it', async () => {
    const password = 'Zq9-pass-word-7';
    // Flink's headline is clipped at 500 characters: pad the url so the cut falls in the password.
    const head = "IllegalStateException: Could not find any jdbc factory that can handle url '";
    const base = 'jdbc:postgresq://db:5432/shop?user=u&applicationName=';
    const pad = 'a'.repeat(494 - head.length - base.length - '&password='.length);
    const r = await preview(`${base}${pad}&password=\${secret.DB_PASSWORD}`, password, false);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${pad}&password=***…`);
    expect(r.stderr).not.toContain('Zq9');
  });
});
