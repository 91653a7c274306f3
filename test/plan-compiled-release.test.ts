/**
 * planMode: compiled needs a release whose SQL Gateway reads a compiled plan back (1.19+): on
 * an older one (the cluster's release, else flinkVersion) plan refuses it at the setting, before
 * anything is compiled or started (real 1.18.1 read a 3,592-byte plan back as lines of `}`).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../src/sim';
import { cli } from './support/cli';

let base: string;
let repo: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'flinkops-compiled-release-'));
  repo = join(base, 'repo');
  cpSync(join(import.meta.dirname, 'fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const project = (release: string) =>
  [
    'project: shop',
    `flinkVersion: "${release}"`,
    'environments:',
    '  dev:',
    '    jobmanagerUrl: http://localhost:8081',
    '    sqlGatewayUrl: http://localhost:8083',
    '    planDir: file:///shared/plans',
    '',
  ].join('\n');

const plan = () =>
  cli(['plan', '--dir', repo, '--env', 'dev', '--offline', '--state-file', join(base, 'state.json')]);

describe('planMode: compiled on a release before 1.19', () => {
  it('is refused at the planMode key of the job file, saying how to go on', async () => {
    writeFileSync(join(repo, 'flinkops.yaml'), project('1.18'));
    writeFileSync(join(repo, 'jobs/totals.yaml'), 'description: order totals\nplanMode: compiled\n');
    const r = await plan();
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /jobs\/totals\.yaml:2:1: error FO670: job totals has planMode: compiled, which needs Flink 1\.19 or later: flinkVersion is 1\.18/,
    );
    expect(r.stdout + r.stderr).toContain('Set planMode: script');
  });

  it('is located at defaults when that sets it; on 1.19 it plans', async () => {
    writeFileSync(join(repo, 'flinkops.yaml'), `${project('1.17')}defaults:\n  planMode: compiled\n`);
    const old = await plan();
    expect(old.stdout + old.stderr).toMatch(
      /flinkops\.yaml:9:3: error FO670: job totals has planMode: compiled/,
    );
    writeFileSync(join(repo, 'flinkops.yaml'), `${project('1.19')}defaults:\n  planMode: compiled\n`);
    const ok = await plan();
    expect(ok.stdout + ok.stderr).not.toContain('FO670');
  });

  it("judges by the cluster's release when plan reaches it: 1.18.1 under a repository that says 1.20", async () => {
    const sim = await startSimulator({ flinkVersion: '1.18' });
    try {
      writeFileSync(join(repo, 'flinkops.yaml'), project('1.20'));
      writeFileSync(join(repo, 'jobs/totals.yaml'), 'description: order totals\nplanMode: compiled\n');
      const r = await cli([
        ...['plan', '--dir', repo, '--env', 'dev', '--state-file', join(base, 'state.json')],
        ...['--jobmanager-url', sim.jobmanagerUrl, '--sql-gateway-url', sim.gatewayUrl],
      ]);
      expect(r.stdout + r.stderr).toMatch(
        /jobs\/totals\.yaml:2:1: error FO670: job totals has planMode: compiled, which needs Flink 1\.19 or later: the cluster runs Flink 1\.18/,
      );
      // Nothing was compiled on the gateway.
      expect(sim.control.snapshot().jobs).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});
