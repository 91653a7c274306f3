/**
 * flink:up --jars puts a user's connector jars (Flink CDC, a driver) on one cluster's classpath:
 * the run gets its own lib/ (FLINK_LIB_DIR) with the distribution's jars and the user's, and the
 * cached distribution that other clusters run from is left as it is.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { checkJars, runLib } from '../scripts/flink/cluster.mjs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("builds the run's lib/ from the distribution's jars and the user's, leaving the distribution alone", async () => {
  dir = mkdtempSync(join(tmpdir(), 'flinkops-jars-'));
  const home = join(dir, 'home');
  mkdirSync(join(home, 'lib'), { recursive: true });
  writeFileSync(join(home, 'lib', 'flink-dist-1.20.3.jar'), 'dist');
  const own = join(dir, 'flink-sql-connector-postgres-cdc-3.5.0.jar');
  writeFileSync(own, 'cdc');
  const lib = await runLib(home, join(dir, 'run', 'lib'), [own]);
  expect(readdirSync(lib).sort()).toEqual([
    'flink-dist-1.20.3.jar',
    'flink-sql-connector-postgres-cdc-3.5.0.jar',
  ]);
  expect(realpathSync(join(lib, 'flink-sql-connector-postgres-cdc-3.5.0.jar'))).toBe(realpathSync(own));
  expect(readdirSync(join(home, 'lib'))).toEqual(['flink-dist-1.20.3.jar']);
  // A second start of the run builds it afresh.
  await runLib(home, lib, []);
  expect(existsSync(join(lib, 'flink-sql-connector-postgres-cdc-3.5.0.jar'))).toBe(false);
});

it('takes Maven coordinates or existing .jar files, and says what else it wants', () => {
  dir = mkdtempSync(join(tmpdir(), 'flinkops-jars-'));
  expect(() => checkJars(['org.apache.flink:flink-sql-connector-postgres-cdc:3.5.0'])).not.toThrow();
  expect(() => checkJars([join(dir, 'missing.jar')])).toThrow(/no such file/);
  expect(() => checkJars(['postgres-cdc'])).toThrow(
    /Maven coordinates \(group:artifact:version\) or the path of a \.jar/,
  );
});
