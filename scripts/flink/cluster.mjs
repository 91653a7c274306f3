// A real Flink session cluster on loopback: one JobManager, TaskManagers and a SQL Gateway, each
// started through the distribution's own bin/ scripts in the foreground (so the PID we keep is
// the JVM's), with checkpoints and savepoints on the local disk. Every process is recorded in the
// run folder; stop() ends exactly those (by PID, after checking the PID still belongs to the run).
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cacheDir, checkJava, ensureDistribution, mavenJar, UserError } from './distribution.mjs';
import { checkServices, startServices, stopServices } from './services.mjs';

export const LOOPBACK = '127.0.0.1';

export function runDir(name) {
  if (!/^[A-Za-z0-9_.-]+$/.test(name))
    throw new UserError(`--name ${name}: use letters, digits, '.', '_' or '-'`);
  return join(cacheDir(), 'runs', name);
}

/** The record of a running cluster, or undefined when none of its processes is alive. */
export async function readRun(name) {
  const file = join(runDir(name), 'run.json');
  if (!existsSync(file)) return undefined;
  const rec = await readRecord(file);
  return rec?.processes.some((p) => ownsPid(p.pid, rec.dir)) ? rec : undefined;
}

/**
 * A run.json as saved; undefined for one a start cut short left unreadable (the start that wrote
 * it is gone, and so is any process it would name: only processes of the run folder are signalled).
 */
async function readRecord(file) {
  try {
    const rec = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(rec?.processes) ? rec : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a cluster and waits until the JobManager has every TaskManager's slots and the
 * SQL Gateway answers. Returns the run record ({ jobmanagerUrl, gatewayUrl, env, … }).
 */
export async function start(opts) {
  const {
    version,
    name = 'default',
    scheduler = 'adaptive',
    slots = 4,
    taskManagers = 1,
    services = [],
    jars = [],
    config = {},
    log = () => {},
  } = opts;
  checkServices(services);
  checkJars(jars);
  await checkJava();
  const existing = await readRun(name);
  if (existing) {
    const missing = services.filter((s) => !(existing.services ?? []).some((x) => x.name === s));
    if (missing.length > 0) {
      throw new UserError(
        `cluster '${name}' already runs without ${missing.join(', ')}: npm run flink:down -- --name ${name} first`,
      );
    }
    const lacking = jars.filter((j) => !(existing.jars ?? []).includes(j));
    if (lacking.length > 0) {
      throw new UserError(
        `cluster '${name}' already runs without ${lacking.join(', ')}: npm run flink:down -- --name ${name} first`,
      );
    }
    if (existing.line === lineOf(version) || process.env.FLINK_HOME) return existing;
    throw new UserError(`cluster '${name}' already runs Flink ${existing.release}: npm run flink:down first`);
  }
  const dist = await ensureDistribution(version, log);
  const dir = runDir(name);
  const kept = await freshRunDir(dir);
  if (kept > 0)
    log(`keeping the ${kept} savepoint(s) of the earlier '${name}' cluster in ${join(dir, 'savepoints')}`);
  const [restPort, rpcPort, gatewayPort] = await freePorts(3);
  const conf = {
    'jobmanager.rpc.address': LOOPBACK,
    'jobmanager.rpc.port': rpcPort,
    'jobmanager.bind-host': LOOPBACK,
    'taskmanager.bind-host': LOOPBACK,
    'taskmanager.host': LOOPBACK,
    'rest.address': LOOPBACK,
    'rest.bind-address': LOOPBACK,
    'rest.port': restPort,
    'jobmanager.memory.process.size': '1024m',
    'taskmanager.memory.process.size': '1536m',
    'taskmanager.memory.managed.fraction': '0.2',
    'taskmanager.numberOfTaskSlots': slots,
    'parallelism.default': 1,
    'jobmanager.scheduler': scheduler,
    'state.checkpoints.dir': `file://${join(dir, 'checkpoints')}`,
    'state.savepoints.dir': `file://${join(dir, 'savepoints')}`,
    'io.tmp.dirs': join(dir, 'tmp'),
    // The REST endpoints' upload and web folders, else java.io.tmpdir (/tmp), kept after a stop.
    'web.tmpdir': join(dir, 'tmp'),
    // The table planner's jar, which the gateway unpacks into java.io.tmpdir (left there when a
    // process is killed), goes to the run folder too.
    'env.java.opts.all': `-Djava.io.tmpdir=${join(dir, 'tmp')}`,
    'execution.checkpointing.min-pause': '1 s',
    'sql-gateway.endpoint.rest.address': LOOPBACK,
    'sql-gateway.endpoint.rest.bind-address': LOOPBACK,
    'sql-gateway.endpoint.rest.port': gatewayPort,
    'blob.server.port': 0,
    'taskmanager.rpc.port': 0,
    'metrics.internal.query-service.port': 0,
    ...config,
  };
  await writeConf(dist.home, join(dir, 'conf'), conf);
  const env = {
    ...process.env,
    ...(jars.length > 0 ? { FLINK_LIB_DIR: await runLib(dist.home, join(dir, 'lib'), jars, log) } : {}),
    FLINK_CONF_DIR: join(dir, 'conf'),
    FLINK_LOG_DIR: join(dir, 'log'),
    FLINK_PID_DIR: join(dir, 'pid'),
  };
  const rec = {
    name,
    dir,
    line: lineOf(dist.release),
    release: dist.release,
    home: dist.home,
    scheduler,
    jars,
    jobmanagerUrl: `http://${LOOPBACK}:${restPort}`,
    gatewayUrl: `http://${LOOPBACK}:${gatewayPort}`,
    savepointDir: `file://${join(dir, 'savepoints')}`,
    checkpointDir: `file://${join(dir, 'checkpoints')}`,
    processes: [],
    env: {},
  };
  // Services save from their own start, beside the cluster's launches: writes go one at a time.
  let saving = Promise.resolve();
  const save = () => {
    // Written aside and renamed: a start killed mid-write leaves the last whole record, not an empty file.
    saving = saving.then(async () => {
      await writeFile(join(dir, 'run.json.tmp'), `${JSON.stringify(rec, null, 2)}\n`);
      await rename(join(dir, 'run.json.tmp'), join(dir, 'run.json'));
    });
    return saving;
  };
  // Exits seen while starting (right after spawn the PID may still show the forking parent in /proc).
  const exited = new Map();
  const launch = async (role, script) => {
    const out = openSync(join(dir, 'log', `${role}.out`), 'a');
    const child = spawn(join(dist.home, 'bin', script), ['start-foreground'], {
      cwd: dir,
      env,
      detached: true,
      stdio: ['ignore', out, out],
    });
    child.on('exit', (code, signal) => exited.set(role, signal ?? code));
    child.unref();
    rec.processes.push({ role, pid: child.pid });
    await save();
  };
  try {
    await launch('jobmanager', 'jobmanager.sh');
    for (let i = 0; i < taskManagers; i++) await launch(`taskmanager-${i}`, 'taskmanager.sh');
    await launch('sql-gateway', 'sql-gateway.sh');
    // The services start while the JVMs come up; both must settle before a failure stops the run,
    // so nothing is launched after the stop.
    const [ready, started] = await Promise.allSettled([
      waitReady(rec, taskManagers * slots, exited),
      services.length > 0
        ? startServices(services, { dir, version: rec.line, log, record: rec, save })
        : Promise.resolve({}),
    ]);
    if (ready.status === 'rejected') throw ready.reason;
    if (started.status === 'rejected') throw started.reason;
    rec.env = started.value;
    await save();
    return rec;
  } catch (e) {
    await stop(name).catch(() => {});
    throw e;
  }
}

/**
 * Stops every process of the run (TERM, then KILL after a grace), services included. `remove`
 * then deletes the run folder (checkpoints, savepoints, logs): what a throwaway run (the e2e
 * suite, a benchmark) leaves nothing of. A run some process still holds is never removed.
 */
/**
 * Readies the run folder of a cluster started again under the same name: it keeps the
 * checkpoints and savepoints of the earlier one (the state store may name them as restore
 * points); the rest starts afresh, the Kafka broker's storage too (formatting it again for the
 * new broker's cluster id fails on the earlier one's). Returns how many savepoints were kept.
 */
export async function freshRunDir(dir) {
  for (const sub of ['conf', 'log', 'pid', 'tmp', 'kafka', 'lib'])
    await rm(join(dir, sub), { recursive: true, force: true });
  for (const sub of ['conf', 'log', 'pid', 'checkpoints', 'savepoints', 'tmp']) {
    await mkdir(join(dir, sub), { recursive: true });
  }
  return (await readdir(join(dir, 'savepoints'))).length;
}

export async function stop(name, { graceMs = 15_000, remove = false } = {}) {
  const dir = runDir(name);
  const file = join(dir, 'run.json');
  if (!existsSync(file)) {
    if (remove) await rm(dir, { recursive: true, force: true });
    return [];
  }
  const rec = await readRecord(file);
  if (!rec) {
    await rm(file, { force: true });
    if (remove) await rm(dir, { recursive: true, force: true });
    return [];
  }
  const services = await stopServices(rec).catch(() => []);
  const alive = rec.processes.filter((p) => ownsPid(p.pid, dir));
  for (const p of alive) signalGroup(p.pid, 'SIGTERM');
  await released(dir, alive, graceMs);
  for (const p of alive) if (ownsPid(p.pid, dir)) signalGroup(p.pid, 'SIGKILL');
  await rm(file, { force: true });
  // A KILLed JVM may take a moment to go; the folder goes only once it has.
  if (remove && (await released(dir, alive, 10_000))) await rm(dir, { recursive: true, force: true });
  return [...services, ...alive];
}

/** Waits up to `ms` for every one of `processes` to be gone; whether they all are. */
async function released(dir, processes, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!processes.some((p) => ownsPid(p.pid, dir))) return true;
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
}

/** Whether `pid` is alive and still one of ours: its command line names the run folder. */
export function ownsPid(pid, dir) {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const env = readFileSync(`/proc/${pid}/environ`, 'utf8');
    return cmd.includes(dir) || env.includes(dir);
  } catch {
    return false;
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {}
  }
}

async function waitReady(rec, wantSlots, exited, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const dead = rec.processes.find((p) => exited.has(p.role));
    if (dead) {
      const how = exited.get(dead.role);
      throw new UserError(
        `${dead.role} exited (${how}) while starting:\n${await logTail(rec.dir, dead.role)}`,
      );
    }
    try {
      const ov = await getJson(`${rec.jobmanagerUrl}/overview`);
      const info = await getJson(`${rec.gatewayUrl}/v1/info`);
      if (ov['slots-total'] >= wantSlots && info.version) return;
      last = `${ov['slots-total']} of ${wantSlots} slots registered`;
    } catch (e) {
      last = e.message;
    }
    await sleep(250);
  }
  throw new UserError(
    `Flink did not become ready in ${timeoutMs / 1000} s (${last}); logs: ${join(rec.dir, 'log')}`,
  );
}

async function logTail(dir, role) {
  const files = await readdir(join(dir, 'log'));
  const key = role.startsWith('taskmanager')
    ? 'taskexecutor'
    : role.replace('jobmanager', 'standalonesession');
  const pick = files.filter((f) => f.includes(key) || f.startsWith(role));
  const parts = [];
  for (const f of pick) {
    const text = await readFile(join(dir, 'log', f), 'utf8').catch(() => '');
    parts.push(`--- ${f}\n${text.split('\n').slice(-25).join('\n')}`);
  }
  return parts.join('\n');
}

async function getJson(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/** `--jars` entries: Maven coordinates (group:artifact:version) or paths of local `.jar` files. */
export function checkJars(jars) {
  for (const j of jars) {
    if (MAVEN_COORD.test(j)) continue;
    if (!j.endsWith('.jar'))
      throw new UserError(
        `--jars ${j}: give Maven coordinates (group:artifact:version) or the path of a .jar file`,
      );
    if (!existsSync(j)) throw new UserError(`--jars ${j}: no such file`);
  }
}

const MAVEN_COORD = /^[\w.-]+:[\w.-]+:[\w.-]+$/;

/**
 * The run's own lib/ folder (FLINK_LIB_DIR of its JVMs): the distribution's jars plus the
 * user's, so a connector jar (Flink CDC, a driver) reaches this cluster's classpath only, and the
 * cached distribution other clusters run from stays as it is. Returns the folder.
 */
export async function runLib(home, libDir, jars, log = () => {}) {
  await rm(libDir, { recursive: true, force: true });
  await mkdir(libDir, { recursive: true });
  for (const f of await readdir(join(home, 'lib'))) await symlink(join(home, 'lib', f), join(libDir, f));
  for (const j of jars) {
    if (MAVEN_COORD.test(j)) await mavenJar(j, libDir, log);
    else await symlink(resolve(j), join(libDir, basename(j)));
  }
  return libDir;
}

/**
 * Flink 1.19+ reads conf/config.yaml; older releases conf/flink-conf.yaml. Flat keys suit both.
 * The file replaces the distribution's, whose JVM options open the JDK's modules to Flink on Java
 * 17 (without them a JAR job submitted through the REST API fails in the JobManager: "module
 * java.base does not opens java.util"): they are kept, before ours.
 */
export async function writeConf(home, confDir, conf) {
  for (const f of await readdir(join(home, 'conf'))) {
    if (/^log4j.*\.properties$|^logback.*\.xml$/.test(f)) await cp(join(home, 'conf', f), join(confDir, f));
  }
  const newStyle = existsSync(join(home, 'conf', 'config.yaml'));
  const file = newStyle ? 'config.yaml' : 'flink-conf.yaml';
  const opts = distributionJavaOpts(await readFile(join(home, 'conf', file), 'utf8').catch(() => ''));
  const merged = { ...conf };
  if (opts) merged['env.java.opts.all'] = [opts, conf['env.java.opts.all']].filter(Boolean).join(' ');
  const body = Object.entries(merged)
    .map(([k, v]) => `${k}: ${yamlScalar(v)}`)
    .join('\n');
  await writeFile(join(confDir, file), `${body}\n`);
}

/** `env.java.opts.all` of a distribution's configuration, flat or nested (env: java: opts: all:). */
function distributionJavaOpts(text) {
  let doc;
  try {
    doc = parseYaml(text);
  } catch {
    return undefined;
  }
  const v = doc?.['env.java.opts.all'] ?? doc?.env?.java?.opts?.all;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function yamlScalar(v) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return /^[A-Za-z0-9_./:@ -]+$/.test(v) && !/^\s|\s$|: /.test(v) ? v : JSON.stringify(v);
}

/**
 * Ports handed out by this process: a port is free only until its JVM binds it, seconds later,
 * so clusters and services started side by side (the e2e suite's) must not be given the same one.
 */
const handedOut = new Set();

export async function freePorts(n) {
  const servers = [];
  const ports = [];
  while (ports.length < n) {
    const srv = createServer();
    await new Promise((res, rej) => srv.listen(0, LOOPBACK, res).on('error', rej));
    servers.push(srv);
    const port = srv.address().port;
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    ports.push(port);
  }
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

function lineOf(release) {
  return String(release).split('.').slice(0, 2).join('.');
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
