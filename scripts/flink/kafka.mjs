// A Kafka broker for `flink:up --with kafka`: one JVM in KRaft mode (broker and controller
// combined), from the jars of org.apache.kafka:kafka_2.13 and its runtime dependencies as Maven
// resolves them from Maven Central (kafka/pom.xml), cached outside the repository. Storage is
// formatted fresh inside the run folder; both listeners bind 127.0.0.1 on free ports only.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, UserError } from './distribution.mjs';
import { launch, ownsPid, run, sleep, stopPids, tail } from './process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const LOOPBACK = '127.0.0.1';
export const KAFKA_VERSION = '3.9.2';

/** The topics example-repo reads and writes (tables/*.yaml `topic:`), NAME:PARTITIONS. */
export const EXAMPLE_TOPICS = ['ride-events:2', 'enriched-rides:1', 'fraud-alerts:1', 'city-ride-stats:1'];

/** The cached broker: { libs, log4jTools }. Resolved with Maven on first use. */
export async function ensureKafka(log = () => {}) {
  const home = join(cacheDir(), `kafka-${KAFKA_VERSION}`);
  const libs = join(home, 'libs');
  const log4jTools = join(home, 'tools-log4j.properties');
  if (existsSync(join(home, '.complete'))) return { home, libs, log4jTools };
  await run('mvn', ['-v']).catch(() => {
    throw new UserError(
      'Maven (mvn) was not found: flink:up --with kafka resolves the broker jars with it (apt-get install maven).',
    );
  });
  log(`resolving Kafka ${KAFKA_VERSION} (kafka_2.13 and its runtime dependencies) from Maven Central, once`);
  await mkdir(cacheDir(), { recursive: true });
  const work = await mkdtemp(join(cacheDir(), `.kafka-${KAFKA_VERSION}-`));
  try {
    await run(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        join(HERE, 'kafka', 'pom.xml'),
        `-Dkafka.version=${KAFKA_VERSION}`,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${join(work, 'libs')}`,
        '-DincludeScope=runtime',
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // Client tools (topic creation, the demo's producer) log warnings only, to stderr.
    await writeFile(
      join(work, 'tools-log4j.properties'),
      [
        'log4j.rootLogger=WARN, stderr',
        'log4j.appender.stderr=org.apache.log4j.ConsoleAppender',
        'log4j.appender.stderr.Target=System.err',
        'log4j.appender.stderr.layout=org.apache.log4j.PatternLayout',
        'log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n',
        '',
      ].join('\n'),
    );
    await writeFile(join(work, '.complete'), `${KAFKA_VERSION}\n`);
    await rm(home, { recursive: true, force: true });
    await rename(work, home);
  } catch (e) {
    await rm(work, { recursive: true, force: true });
    if (e instanceof UserError) throw e;
    throw new UserError(
      `Maven could not resolve Kafka ${KAFKA_VERSION}: ${lastLine(e.stdout || e.stderr || e.message)}`,
    );
  }
  return { home, libs, log4jTools };
}

/**
 * KafkaTool.java compiled against the broker's jars into the cache, once per version of its
 * source (launching the source file directly would compile it on every call).
 */
async function ensureKafkaTool(kafka) {
  const source = join(HERE, 'kafka', 'KafkaTool.java');
  const sha = createHash('sha256')
    .update(await readFile(source))
    .digest('hex')
    .slice(0, 12);
  const classes = join(kafka.home, `tool-${sha}`);
  if (existsSync(join(classes, 'KafkaTool.class'))) return classes;
  const work = await mkdtemp(join(kafka.home, '.tool-'));
  try {
    await run(javaBin('javac'), ['-nowarn', '-cp', join(kafka.libs, '*'), '-d', work, source]);
    await rm(classes, { recursive: true, force: true });
    await rename(work, classes);
  } catch (e) {
    await rm(work, { recursive: true, force: true });
    throw new UserError(
      `compiling KafkaTool.java failed (a JDK with javac is needed): ${lastLine(e.stderr || e.message)}`,
    );
  }
  return classes;
}

/** `java … KafkaTool CMD BROKERS …`: the client tool's command and arguments, for execFile/spawn. */
export async function kafkaTool(kafka, ...args) {
  const classes = await ensureKafkaTool(kafka);
  return [
    javaBin(),
    [
      '-Xmx256m',
      '-XX:TieredStopAtLevel=1',
      `-Dlog4j.configuration=file:${kafka.log4jTools}`,
      '-cp',
      `${classes}:${join(kafka.libs, '*')}`,
      'KafkaTool',
      ...args,
    ],
  ];
}

/**
 * Formats the storage and starts the broker for the run in `dir`, then creates example-repo's
 * topics. The broker's PID is saved in `record.services` before anything can fail after it.
 */
export async function startKafka({ dir, ports: [brokerPort, controllerPort], log, record, save }) {
  const kafka = await ensureKafka(log);
  const home = join(dir, 'kafka');
  const svc = { name: 'kafka', role: 'kafka', marker: home };
  record.services.push(svc);
  await save();
  await mkdir(join(home, 'data'), { recursive: true });
  const props = join(home, 'server.properties');
  await writeFile(
    props,
    `${[
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@${LOOPBACK}:${controllerPort}`,
      `listeners=PLAINTEXT://${LOOPBACK}:${brokerPort},CONTROLLER://${LOOPBACK}:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://${LOOPBACK}:${brokerPort}`,
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      `log.dirs=${join(home, 'data')}`,
      'num.partitions=1',
      'offsets.topic.replication.factor=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=false',
    ].join('\n')}\n`,
  );
  const log4j = join(home, 'log4j.properties');
  await writeFile(
    log4j,
    [
      'log4j.rootLogger=INFO, file',
      'log4j.appender.file=org.apache.log4j.FileAppender',
      `log4j.appender.file.File=${join(dir, 'log', 'kafka.log')}`,
      'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
      'log4j.logger.kafka=INFO',
      'log4j.logger.org.apache.kafka=INFO',
      '',
    ].join('\n'),
  );
  const cp = join(kafka.libs, '*');
  const jvm = ['-Xms256m', '-Xmx512m', '-XX:+UseG1GC', `-Dlog4j.configuration=file:${log4j}`, '-cp', cp];
  // As Kafka's own Uuid.randomUuid: an id starting with '-' would read as an option to StorageTool.
  let clusterId;
  do clusterId = randomBytes(16).toString('base64url');
  while (clusterId.startsWith('-'));
  try {
    await run(javaBin(), [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', props], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    throw new UserError(`formatting Kafka's storage failed: ${lastLine(e.stderr || e.stdout || e.message)}`);
  }
  const logFile = join(dir, 'log', 'kafka.out');
  const child = launch(javaBin(), [...jvm, 'kafka.Kafka', props], {
    logFile,
    cwd: home,
    env: { ...process.env, FLINKOPS_RUN_DIR: dir },
  });
  svc.pid = child.pid;
  await save();

  const brokers = `${LOOPBACK}:${brokerPort}`;
  const deadline = Date.now() + 90_000;
  while (!(await portOpen(brokerPort))) {
    if (!ownsPid(svc.pid, svc.marker))
      throw new UserError(`Kafka exited while starting; ${logFile}:\n${tail(join(dir, 'log', 'kafka.log'))}`);
    if (Date.now() > deadline)
      throw new UserError(`Kafka did not listen on ${brokers} in 90 s; see ${logFile}`);
    await sleep(200);
  }
  const [java, args] = await kafkaTool(kafka, 'topics', brokers, ...EXAMPLE_TOPICS);
  try {
    await run(java, args, { maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
  } catch (e) {
    throw new UserError(`creating example-repo's Kafka topics failed: ${lastLine(e.stderr || e.message)}`);
  }
  log(
    `Kafka ${KAFKA_VERSION} (KRaft) on ${brokers}; topics ${EXAMPLE_TOPICS.map((t) => t.split(':')[0]).join(', ')}`,
  );
  return { FLINKOPS_KAFKA_BROKERS: brokers };
}

export async function stopKafka(svc) {
  return stopPids([svc], { graceMs: 20_000 });
}

function javaBin(tool = 'java') {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', tool) : tool;
}

async function portOpen(port) {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const s = connect({ host: LOOPBACK, port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
  });
}

function lastLine(s) {
  return String(s).trim().split('\n').filter(Boolean).pop() ?? '';
}
