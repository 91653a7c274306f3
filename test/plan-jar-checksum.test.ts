/**
 * A UDF artifact's sha256 is checked against its jar where the jar is on this machine (a file: URI):
 * Flink loads a jar without checking it, so a wrong checksum would restart the jobs calling its
 * functions on other bytes than the repository names. The plan stops at the checksum's line.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../src/sim';
import { projectCopy, ROOT } from './ops-cli';
import { cli } from './support/cli';

const EXAMPLE = join(ROOT, 'example-repo');
const jarDir = mkdtempSync(join(tmpdir(), 'flinkops-jar-'));
const jar = join(jarDir, 'ride-udfs.jar');
writeFileSync(jar, 'PK\u0003\u0004 not a real jar, but bytes with a checksum');
const actual = createHash('sha256').update(readFileSync(jar)).digest('hex');
const wrong = 'a'.repeat(64);
/**
 * staging runs archive_and_alerts on weekdays 08:00–20:00 Amsterdam time only: its plans are made
 * at a fixed Monday 10:00 UTC, inside that window, so they read the same at any hour of the run.
 */
const IN_WINDOW = ['--now', '2026-01-05T10:00:00Z'];

/** example-repo with its UDF artifact's jar at `uri` and checksum `sha`. */
function repoWith(uri: string, sha: string): string {
  const file = join(EXAMPLE, 'udfs/ride_udfs.yaml');
  const text = readFileSync(file, 'utf8')
    .replace(/^jar: .*$/m, `jar: ${uri}`)
    .replace(/^sha256: .*$/m, `sha256: "${sha}"`);
  return projectCopy(EXAMPLE, { 'udfs/ride_udfs.yaml': text });
}

describe("a UDF jar's sha256", () => {
  it('that the local jar does not have fails the plan at the sha256 line, naming both checksums', async () => {
    const dir = repoWith(pathToFileURL(jar).href, wrong);
    const r = await cli(['plan', '--offline', '--dir', dir, '--env', 'staging', ...IN_WINDOW]);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(
      /udfs\/ride_udfs\.yaml:4:9: error FO404: .* has [0-9a-f]{64}, not a{64}/,
    );
    expect(r.stdout + r.stderr).toContain(actual);
  });

  it("of an environment's override is checked there, at its line in flinkops.yaml", async () => {
    const dir = repoWith(pathToFileURL(jar).href, actual);
    const config = readFileSync(join(dir, 'flinkops.yaml'), 'utf8').replace(
      '        jar: file://${env.FLINKOPS_UDFS_DIR}/ride-udfs.jar',
      `        jar: file://\${env.FLINKOPS_UDFS_DIR}/ride-udfs.jar\n        sha256: "${wrong}"`,
    );
    writeFileSync(join(dir, 'flinkops.yaml'), config);
    const r = await cli(['plan', '--offline', '--dir', dir, '--env', 'local'], {
      env: { FLINKOPS_UDFS_DIR: jarDir },
    });
    expect(r.stdout + r.stderr).toMatch(/flinkops\.yaml:\d+:17: error FO404: .*ride-udfs\.jar has/);
    // staging loads the artifact's own jar, whose checksum is right.
    const staging = await cli(['plan', '--offline', '--dir', dir, '--env', 'staging', ...IN_WINDOW]);
    expect(staging.stdout + staging.stderr).not.toContain('FO404');
  });

  it('that matches, or of a jar not on this machine, plans as before', async () => {
    for (const dir of [repoWith(pathToFileURL(jar).href, actual), repoWith('file:///nowhere/x.jar', wrong)]) {
      const r = await cli(['plan', '--offline', '--dir', dir, '--env', 'staging', ...IN_WINDOW]);
      expect(r.stdout + r.stderr).not.toContain('FO404');
      expect(r.code).toBe(0);
    }
  });

  it("of a local jar that is not there: the plan says so at the environment's jar, as Flink answers its ADD JAR", async () => {
    // The simulator answers as real Flink 1.20.3 does: the jar resource not found.
    const sim = await startSimulator({ flinkVersion: '1.20', clock: 'real' });
    try {
      const dir = repoWith(pathToFileURL(join(jarDir, 'gone.jar')).href, wrong);
      const r = await cli(['plan', '--dir', dir, '--env', 'local'], {
        env: {
          FLINKOPS_JOBMANAGER_URL: sim.jobmanagerUrl,
          FLINKOPS_SQL_GATEWAY_URL: sim.gatewayUrl,
          FLINKOPS_UDFS_DIR: join(jarDir, 'nowhere'),
        },
      });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(
        /flinkops\.yaml:\d+:14: error FO630: Flink's planner rejects the jar of ride_udfs \(used by job \w+\): .*nowhere\/ride-udfs\.jar\] not found/,
      );
    } finally {
      await sim.close();
    }
  });
});
