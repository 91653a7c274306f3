/**
 * A JobManager URL may carry credentials (`http://user:password@host`, which Node's HTTP client
 * sends as basic auth): they never appear in what flinkops prints. And two spellings of one
 * endpoint are one endpoint.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpointUrlProblem, sameEndpoint, shownUrl } from '../src/core/endpoint';
import { cli, projectCopy, ROOT } from './ops-cli';

describe('shownUrl', () => {
  it('drops user info from a URL, parsable or not', () => {
    expect(shownUrl('https://ops:s3cret@flink-old:8081')).toBe('https://flink-old:8081');
    expect(shownUrl('https://ops:s3cret@flink-old:8081/')).toBe('https://flink-old:8081/');
    expect(shownUrl('http://flink-old:8081')).toBe('http://flink-old:8081');
    expect(shownUrl('ftp//ops:s3cret@flink old')).toBe('ftp//flink old');
  });

  it('hides the values of a query, where some proxies take an access token', () => {
    expect(shownUrl('https://ops:pw@proxy:443/jm/?token=qq77&team=a')).toBe(
      'https://proxy/jm/?token=***&team=***',
    );
    expect(shownUrl('http://jm:8081/?token=qq77')).toBe('http://jm:8081/?token=***');
    expect(shownUrl('ftp//flink old?token=qq77')).toBe('ftp//flink old?***');
  });
});

describe('sameEndpoint', () => {
  it('compares scheme, host, port and path, a trailing slash and letter case of the host aside', () => {
    expect(sameEndpoint('http://JM:8081/', 'http://jm:8081')).toBe(true);
    expect(sameEndpoint('http://jm:80', 'http://jm')).toBe(true);
    expect(sameEndpoint('http://jm:8081', 'https://jm:8081')).toBe(false);
    expect(sameEndpoint('http://jm:8081', 'http://jm:8082')).toBe(false);
    expect(sameEndpoint('http://jm:8081/a', 'http://jm:8081')).toBe(false);
  });
});

describe('a JobManager URL with a password in it', () => {
  it('is shown without it when the cluster cannot be reached', async () => {
    const dir = join(ROOT, 'example-repo');
    const r = await cli(
      ['plan', '--dir', dir, '--env', 'staging', '--state-file', join(dir, 'no-such-dir', 'state.json')],
      dir,
      {
        FLINKOPS_JOBMANAGER_URL: 'http://alice:s3cretPW@127.0.0.1:1',
        FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:1',
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error FO650: cannot reach the JobManager at http://127.0.0.1:1');
    expect(`${r.stdout}${r.stderr}`).not.toContain('s3cretPW');
  });
});

describe('endpointUrlProblem', () => {
  it('accepts what the HTTP client can use', () => {
    for (const url of [
      'http://jm:8081',
      'HTTPS://jm:8081/flink/',
      'http://alice:s3cret@jm:8081',
      'http://[::1]:8081',
      'http://10.0.0.1',
    ])
      expect(endpointUrlProblem(url)).toBeUndefined();
  });

  it('says what is wrong with what it cannot use, without the credentials', () => {
    expect(endpointUrlProblem('localhost:8081')).toBe(
      'it has no scheme: write http://localhost:8081 (or https://localhost:8081)',
    );
    expect(endpointUrlProblem('ftp://jm')).toBe('it does not start with http:// or https://');
    expect(endpointUrlProblem('http://')).toBe('it names no host');
    expect(endpointUrlProblem('http://alice:s3cret@')).toBe('it names no host');
    expect(endpointUrlProblem('http://jm:99999')).toBe('its port 99999 is above 65535');
    expect(endpointUrlProblem('http://[::1')).toBe('its host [::1 is not a valid host name or address');
    expect(endpointUrlProblem('http://flink jm:8081')).toBe('it contains a space');
    expect(endpointUrlProblem(' http://jm:8081')).toBe('it has a space or a line break before or after it');
    const pct = endpointUrlProblem('http://alice:50%off@jm:8081');
    expect(pct).toBe('its user name or password holds a % that is not an escape: write % as %25');
    expect(pct).not.toContain('50%off');
  });
});

describe('an endpoint URL the HTTP client cannot use', () => {
  const dir = join(ROOT, 'example-repo');
  const plan = (env: Record<string, string>, ...extra: string[]) =>
    cli(
      [
        'plan',
        '--dir',
        dir,
        '--env',
        'staging',
        '--state-file',
        join(dir, 'no-such-dir', 'state.json'),
        ...extra,
      ],
      dir,
      env,
    );

  it('from FLINKOPS_JOBMANAGER_URL is an FO660 that says why and where it was set, not an internal error', async () => {
    for (const url of [
      'http://[::1',
      'http://alice:50%off@127.0.0.1:1',
      'http://jm:99999',
      'http://alice:pw@',
    ]) {
      const r = await plan({ FLINKOPS_JOBMANAGER_URL: url, FLINKOPS_SQL_GATEWAY_URL: 'http://127.0.0.1:1' });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error FO660: jobmanagerUrl '.*' is not a usable http\(s\) URL: /);
      expect(r.stderr).toContain('It was given with --jobmanager-url or FLINKOPS_JOBMANAGER_URL');
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).not.toMatch(/50%off|alice:pw/);
    }
  });

  it('from --sql-gateway-url names the flag', async () => {
    const r = await plan({}, '--sql-gateway-url', 'gateway:8083');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "error FO660: sqlGatewayUrl 'gateway:8083' is not a usable http(s) URL: it has no scheme: write http://gateway:8083",
    );
  });

  it('in flinkops.yaml is a validate error at the value', async () => {
    const copy = projectCopy(dir);
    try {
      const file = join(copy, 'flinkops.yaml');
      const text = readFileSync(file, 'utf8').replace(
        'http://flink-staging-jobmanager:8081',
        'http://flink-staging-jobmanager:80810',
      );
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes(':80810')) + 1;
      const r = await cli(['validate', '--dir', copy], copy);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `flinkops.yaml:${line}:20: error FO203: environments.staging.jobmanagerUrl is not a usable URL: its port 80810 is above 65535`,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('holding a ${secret.X} is a validate error at the value that says to use auth:', async () => {
    const copy = projectCopy(dir);
    try {
      const file = join(copy, 'flinkops.yaml');
      const text = readFileSync(file, 'utf8')
        .replace(
          'http://flink-staging-jobmanager:8081',
          'http://ops:${secret.JM_PASSWORD}@flink-staging-jobmanager:8081',
        )
        .replace('http://flink-staging-sql-gateway:8083', '${secret.GATEWAY_URL}');
      writeFileSync(file, text);
      const at = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
      const r = await cli(['validate', '--dir', copy], copy);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `flinkops.yaml:${at('JM_PASSWORD')}:20: error FO203: environments.staging.jobmanagerUrl holds \${secret.JM_PASSWORD}, which is not resolved in a URL`,
      );
      expect(r.stderr).toContain(
        `flinkops.yaml:${at('GATEWAY_URL')}:20: error FO203: environments.staging.sqlGatewayUrl holds \${secret.GATEWAY_URL}, which is not resolved in a URL`,
      );
      expect(r.stderr).toContain('put them in environments.staging.auth');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('without a scheme, but with a password, is said without the password anywhere', async () => {
    const copy = projectCopy(dir);
    try {
      const file = join(copy, 'flinkops.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'http://flink-staging-jobmanager:8081',
          'alice:Sup3rS3cretPW@flink-staging-jobmanager:8081',
        ),
      );
      for (const args of [['validate'], ['validate', '--json']]) {
        const r = await cli([...args, '--dir', copy], copy);
        expect(r.code).toBe(1);
        expect(`${r.stdout}${r.stderr}`).toContain(
          'environments.staging.jobmanagerUrl is not a usable URL: it does not start with http:// or https://',
        );
        expect(`${r.stdout}${r.stderr}`).not.toContain('Sup3rS3cretPW');
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
