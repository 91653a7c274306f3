/**
 * An environment's `savepointDir` becomes each job's `state.savepoints.dir`: Flink fails every job
 * started with one that names no file system scheme, relative or absolute ("The scheme (hdfs://,
 * file://, etc) is null"), so validate refuses it at its line (FO732).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, projectCopy, ROOT } from './ops-cli';

const EXAMPLE = join(ROOT, 'example-repo');
const config = readFileSync(join(EXAMPLE, 'flinkops.yaml'), 'utf8');
const LINE = '    savepointDir: s3://rides-flink/savepoints/staging\n';

function withSavepointDir(value: string): string {
  expect(config).toContain(LINE);
  return projectCopy(EXAMPLE, { 'flinkops.yaml': config.replace(LINE, `    savepointDir: ${value}\n`) });
}

const line = config.slice(0, config.indexOf(LINE)).split('\n').length;

describe('savepointDir without a scheme (FO732)', () => {
  it('an absolute path is refused at its line, with the file:// URI to write instead', async () => {
    const dir = withSavepointDir('/data/savepoints/staging');
    const r = await cli(['validate', '--dir', dir], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `flinkops.yaml:${line}:19: error FO732: environments.staging.savepointDir "/data/savepoints/staging" names no file system scheme`,
    );
    expect(r.stderr).toContain('Write it as a URI with an absolute path: file:///data/savepoints/staging');
  });

  it('a relative one too', async () => {
    const dir = withSavepointDir('savepoints');
    const r = await cli(['validate', '--dir', dir, '--json'], dir);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'FO732');
    expect(d.summary).toBe('environments.staging.savepointDir "savepoints" names no file system scheme');
    expect(d.detail).toContain('file:///<absolute path>');
  });

  it('a scheme with a relative path too (Flink: Relative path in absolute URI)', async () => {
    const dir = withSavepointDir('file:savepoints');
    const r = await cli(['validate', '--dir', dir, '--json'], dir);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'FO732');
    expect(d.summary).toBe('environments.staging.savepointDir "file:savepoints" is a relative path');
    expect(d.detail).toContain('Relative path in absolute URI: file:savepoints');
  });

  it('URIs and ${env.X} references pass', async () => {
    for (const value of ['file:///data/sp', 'file:/data/sp', 'hdfs://nn:8020/sp', '"${env.SP_DIR}"']) {
      const dir = withSavepointDir(value);
      const r = await cli(['validate', '--dir', dir, '--json'], dir, { SP_DIR: '/x' });
      expect(r.stdout, value).not.toContain('FO732');
    }
  });
});
