/**
 * A JobManager URL may carry credentials (`http://user:password@host`, which Node's HTTP client
 * sends as basic auth): they never appear in what flinkops prints. And two spellings of one
 * endpoint are one endpoint.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameEndpoint, shownUrl } from '../src/core/endpoint';
import { cli, ROOT } from './ops-cli';

describe('shownUrl', () => {
  it('drops user info from a URL, parsable or not', () => {
    expect(shownUrl('https://ops:s3cret@flink-old:8081')).toBe('https://flink-old:8081');
    expect(shownUrl('https://ops:s3cret@flink-old:8081/')).toBe('https://flink-old:8081/');
    expect(shownUrl('http://flink-old:8081')).toBe('http://flink-old:8081');
    expect(shownUrl('ftp//ops:s3cret@flink old')).toBe('ftp//flink old');
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
