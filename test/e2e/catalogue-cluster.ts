/**
 * What the state catalogue runs on, started by its test file and stopped in afterAll: a session
 * cluster of its own (default scheduler, so a rescale restarts from a savepoint, as an upgrade
 * does) with a Kafka broker beside it, an embedded Derby database for the lookup join, and two
 * versions of a Java UDF jar.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
// @ts-expect-error: plain ESM script without types
import { start } from '../../scripts/flink/cluster.mjs';
// @ts-expect-error: plain ESM script without types
import { ensureKafka, kafkaTool } from '../../scripts/flink/kafka.mjs';
// @ts-expect-error: plain ESM script without types
import { buildUdfs } from '../../scripts/flink/udfs.mjs';
import type { CatalogueResources } from './catalogue';
import type { E2eCluster } from './global-setup';
import { stopRun } from './runs';

const run = promisify(execFile);

export interface CatalogueCluster extends E2eCluster {
  name: string;
  resources: CatalogueResources;
}

const DERBY_SETUP = `import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

public class CreateDim {
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + args[0] + ";create=true");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE DIM (K INT NOT NULL PRIMARY KEY, NAME VARCHAR(20))");
      for (int k = 0; k < 10; k++) s.execute("INSERT INTO DIM VALUES (" + k + ", 'k" + k + "')");
    }
    try {
      DriverManager.getConnection("jdbc:derby:;shutdown=true");
    } catch (SQLException e) {
      // XJ015: Derby's normal answer to a shutdown; the TaskManager may now boot the database.
      if (!"XJ015".equals(e.getSQLState())) throw e;
    }
  }
}
`;

const udfSource = (add: number) => `package e2e.catalogue;

import org.apache.flink.table.functions.ScalarFunction;

public class Bump extends ScalarFunction {
  public Integer eval(Integer x) {
    return x == null ? null : x + ${add};
  }
}
`;

function java(tool: string): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', tool) : tool;
}

/** Creates the Derby database (table DIM: k 0..9 → 'k0'..'k9') in `work`; returns its path. */
async function createDerby(home: string, work: string): Promise<string> {
  const src = join(work, 'derby-setup');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'CreateDim.java'), DERBY_SETUP);
  const cp = join(home, 'lib', 'derby-10.14.2.0.jar');
  await run(java('javac'), ['-nowarn', '-cp', cp, '-d', src, join(src, 'CreateDim.java')]);
  const db = join(work, 'dimdb');
  await run(java('java'), ['-cp', `${cp}:${src}`, `-Dderby.system.home=${src}`, 'CreateDim', db]);
  return db;
}

async function udfJar(version: string, add: number, work: string) {
  const src = join(work, `udf-v${add}`, 'e2e', 'catalogue');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'Bump.java'), udfSource(add));
  const r = await buildUdfs({
    src: join(work, `udf-v${add}`),
    jarName: `catalogue-udfs-v${add}.jar`,
    version,
  });
  return { uri: r.uri as string, sha256: r.sha256 as string };
}

/** Per running cluster: what stops it when the run is interrupted (Ctrl-C, a cancelled CI job). */
const onSignal = new Map<string, (sig: NodeJS.Signals) => void>();

/** Starts everything; on failure stops what started, then throws. */
export async function startCatalogueCluster(opts: {
  version: string;
  name: string;
  work: string;
  slots: number;
  log: (m: string) => void;
}): Promise<CatalogueCluster> {
  const topic = 'catalogue-kafka';
  const handler = (sig: NodeJS.Signals) => {
    void stopRun(opts.name).finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  onSignal.set(opts.name, handler);
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  try {
    const rec = await start({
      version: opts.version,
      name: opts.name,
      scheduler: 'default',
      slots: opts.slots,
      services: ['kafka'],
      log: opts.log,
      config: {
        // One TaskManager for all jobs (embedded Derby is opened by one JVM only).
        'taskmanager.memory.process.size': '3072m',
        'taskmanager.memory.network.fraction': '0.15',
      },
    });
    const brokers = rec.env.FLINKOPS_KAFKA_BROKERS as string;
    const kafka = await ensureKafka(opts.log);
    const [cmd, args] = await kafkaTool(kafka, 'topics', brokers, `${topic}:1`);
    await run(cmd, args, { timeout: 120_000 });
    const [derbyPath, udfV1, udfV2] = await Promise.all([
      createDerby(rec.home, opts.work),
      udfJar(opts.version, 1, opts.work),
      udfJar(opts.version, 2, opts.work),
    ]);
    const { jobmanagerUrl, gatewayUrl, savepointDir, checkpointDir, release, home, dir } = rec;
    return {
      name: opts.name,
      jobmanagerUrl,
      gatewayUrl,
      savepointDir,
      checkpointDir,
      release,
      home,
      dir,
      resources: { derbyPath, kafkaBrokers: brokers, kafkaTopic: topic, udfV1, udfV2 },
    };
  } catch (e) {
    await stopCatalogueCluster(opts.name).catch(() => {});
    throw e;
  }
}

/** Stops the cluster and its broker (by the PIDs its run record holds). */
export async function stopCatalogueCluster(name: string): Promise<void> {
  const handler = onSignal.get(name);
  if (handler) {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
    onSignal.delete(name);
  }
  await stopRun(name);
}
