/**
 * flink:up writes its own Flink configuration in place of the distribution's. That file's JVM
 * options open the JDK's modules to Flink on Java 17: dropped, a JAR job submitted through the
 * JobManager's REST API (POST /jars/:id/run) failed there with "module java.base does not opens
 * java.util" (found running Flink's DataStream API on Flink 1.20.3 and Java 17).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error: plain ESM script without types
import { writeConf } from '../scripts/flink/cluster.mjs';

const OPENS = '--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED';
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function distribution(file: string, text: string): { home: string; conf: string } {
  dir = mkdtempSync(join(tmpdir(), 'flinkops-conf-'));
  const home = join(dir, 'home');
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', file), text);
  const conf = join(dir, 'run');
  mkdirSync(conf);
  return { home, conf };
}

it("keeps the distribution's JVM options (config.yaml, nested) before the run's own", async () => {
  const { home, conf } = distribution('config.yaml', `env:\n  java:\n    opts:\n      all: ${OPENS}\n`);
  await writeConf(home, conf, { 'env.java.opts.all': '-Djava.io.tmpdir=/run/tmp', 'rest.port': 1 });
  const written = parse(readFileSync(join(conf, 'config.yaml'), 'utf8'));
  expect(written['env.java.opts.all']).toBe(`${OPENS} -Djava.io.tmpdir=/run/tmp`);
  expect(written['rest.port']).toBe(1);
});

it('reads them from a flat flink-conf.yaml too (Flink 1.18)', async () => {
  const { home, conf } = distribution('flink-conf.yaml', `env.java.opts.all: ${OPENS}\n`);
  await writeConf(home, conf, { 'env.java.opts.all': '-Djava.io.tmpdir=/run/tmp' });
  const written = parse(readFileSync(join(conf, 'flink-conf.yaml'), 'utf8'));
  expect(written['env.java.opts.all']).toBe(`${OPENS} -Djava.io.tmpdir=/run/tmp`);
});
