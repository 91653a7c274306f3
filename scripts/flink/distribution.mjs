// A Flink distribution laid out like FLINK_HOME, assembled once from the package registries:
// the official `apache-flink-libraries` (lib/, opt/, plugins/) and `apache-flink` (bin/, conf/)
// packages from PyPI, plus the jars they lack from Maven Central (the SQL Gateway, connectors,
// the PostgreSQL driver, embedded Derby). Everything is cached outside the repository.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAVEN = 'https://repo1.maven.org/maven2';

/**
 * The Flink releases `flink:up` knows, keyed by the line users pass (`--flink-version 1.20`).
 * `release` is the PyPI/Maven version; connector coordinates are the newest Maven Central serves
 * for that Flink line (group:artifact:version, org.apache.flink unless given).
 */
export const RELEASES = {
  // Maven Central has no SQL Gateway jar for 1.19.2 or 1.19.3: 1.19.1 is the newest 1.19 with one.
  1.18: {
    release: '1.18.1',
    gateway: '1.18.1',
    connectors: [
      'org.apache.flink:flink-connector-kafka:3.2.0-1.18',
      'org.apache.kafka:kafka-clients:3.4.0',
      'org.apache.flink:flink-connector-jdbc:3.2.0-1.18',
      'org.postgresql:postgresql:42.7.4',
      'org.apache.derby:derby:10.14.2.0',
    ],
  },
  1.19: {
    release: '1.19.1',
    gateway: '1.19.1',
    connectors: [
      'org.apache.flink:flink-connector-kafka:3.3.0-1.19',
      'org.apache.kafka:kafka-clients:3.4.0',
      'org.apache.flink:flink-connector-jdbc:3.2.0-1.19',
      'org.postgresql:postgresql:42.7.4',
      'org.apache.derby:derby:10.14.2.0',
    ],
  },
  '1.20': {
    release: '1.20.3',
    gateway: '1.20.3',
    connectors: [
      'org.apache.flink:flink-connector-kafka:3.4.0-1.20',
      'org.apache.kafka:kafka-clients:3.4.0',
      'org.apache.flink:flink-connector-jdbc:3.3.0-1.20',
      'org.postgresql:postgresql:42.7.4',
      // Embedded Derby: the JDBC connector's Derby dialect serves lookup joins with no server.
      'org.apache.derby:derby:10.14.2.0',
    ],
  },
  2.2: {
    release: '2.2.0',
    gateway: '2.2.0',
    connectors: [
      'org.apache.flink:flink-sql-connector-kafka:5.0.0-2.2',
      'org.apache.flink:flink-connector-jdbc-core:4.0.0-2.0',
      'org.apache.flink:flink-connector-jdbc-postgres:4.0.0-2.0',
      'org.postgresql:postgresql:42.7.4',
      'org.apache.derby:derby:10.14.2.0',
    ],
  },
  2.3: {
    release: '2.3.0',
    gateway: '2.3.0',
    connectors: [
      'org.apache.flink:flink-sql-connector-kafka:5.0.0-2.2',
      'org.apache.flink:flink-connector-jdbc-core:4.0.0-2.0',
      'org.apache.flink:flink-connector-jdbc-postgres:4.0.0-2.0',
      'org.postgresql:postgresql:42.7.4',
      'org.apache.derby:derby:10.14.2.0',
    ],
  },
};

export const DEFAULT_VERSION = '1.20';

/** The cache folder: FLINKOPS_CACHE_DIR, else $XDG_CACHE_HOME/flinkops, else ~/.cache/flinkops. */
export function cacheDir() {
  if (process.env.FLINKOPS_CACHE_DIR) return process.env.FLINKOPS_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'flinkops');
}

/** `1.20`, `1.20.3` → the RELEASES entry; unknown lines get a message listing the known ones. */
export function resolveRelease(version) {
  const line = String(version).split('.').slice(0, 2).join('.');
  const entry = RELEASES[line];
  if (!entry) {
    throw new UserError(
      `Flink ${version} is not one flink:up can install; known: ${Object.keys(RELEASES).join(', ')}. ` +
        'Set FLINK_HOME to use a Flink you installed yourself.',
    );
  }
  return { line, ...entry };
}

export class UserError extends Error {}

/** Java 11+ on PATH (or JAVA_HOME), else one clear line. Returns the major version. */
export async function checkJava() {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let out;
  try {
    out = (await run(java, ['-version'])).stderr;
  } catch {
    throw new UserError(
      'Java was not found: Flink needs Java 11 or newer (install a JDK, or set JAVA_HOME).',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 11)
    throw new UserError(`Java ${major || 'of unknown version'} is too old: Flink needs Java 11 or newer.`);
  return major;
}

/**
 * FLINK_HOME for `version`: the user's own (FLINK_HOME) when set, else the cached distribution,
 * assembled on first use. Assembly happens in a temporary folder renamed into place at the end,
 * so an interrupted install never leaves a half-made home behind.
 */
export async function ensureDistribution(version, log = () => {}) {
  if (process.env.FLINK_HOME) {
    const home = process.env.FLINK_HOME;
    if (!existsSync(join(home, 'bin', 'jobmanager.sh'))) {
      throw new UserError(`FLINK_HOME=${home} has no bin/jobmanager.sh: point it at a Flink distribution.`);
    }
    return { home, release: await releaseOf(home), own: true };
  }
  const rel = resolveRelease(version);
  const home = join(cacheDir(), 'flink', rel.release);
  if (existsSync(join(home, '.complete'))) {
    // A jar added to the release's list after the home was assembled joins it on the next start.
    for (const coord of rel.connectors) await mavenJar(coord, join(home, 'lib'), log);
    return { home, release: rel.release, own: false };
  }

  log(`installing Flink ${rel.release} into ${home} (once; later starts reuse it)`);
  await mkdir(join(cacheDir(), 'flink'), { recursive: true });
  const work = await mkdtemp(join(cacheDir(), 'flink', `.install-${rel.release}-`));
  try {
    const dl = join(cacheDir(), 'downloads');
    await mkdir(dl, { recursive: true });
    await pipDownload(dl, `apache-flink-libraries==${rel.release}`, log);
    await pipDownload(dl, `apache-flink==${rel.release}`, log);
    const staged = join(work, 'home');
    await mkdir(staged);
    await unpackLibraries(dl, rel.release, work, staged);
    await unpackScripts(dl, rel.release, work, staged);
    await mkdir(join(staged, 'log'), { recursive: true });
    await mkdir(join(staged, 'opt'), { recursive: true });
    await mavenJar(`org.apache.flink:flink-sql-gateway:${rel.gateway}`, join(staged, 'opt'), log);
    // The connectors example-repo uses (Kafka, JDBC + the PostgreSQL driver) go on the classpath.
    for (const coord of rel.connectors) await mavenJar(coord, join(staged, 'lib'), log);
    await writeFile(join(staged, '.complete'), `${rel.release}\n`);
    // Another start assembled it meanwhile (two clusters started at once): its home stays, as a
    // cluster may already run from it; only a half-made one (no .complete) is replaced.
    if (!existsSync(join(home, '.complete'))) {
      await rm(home, { recursive: true, force: true });
      await rename(staged, home).catch((e) => {
        if (!existsSync(join(home, '.complete'))) throw e;
      });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { home, release: rel.release, own: false };
}

async function releaseOf(home) {
  const libs = await readdir(join(home, 'lib')).catch(() => []);
  const dist = libs.find((f) => /^flink-dist.*\.jar$/.test(f));
  const m = dist && /(\d+\.\d+\.\d+)/.exec(dist);
  return m ? m[1] : 'unknown';
}

async function pipDownload(dir, spec, log) {
  const [name, version] = spec.split('==');
  const present = (await readdir(dir)).some((f) => matchesPackage(f, name, version));
  if (present) return;
  log(`pip download ${spec}`);
  const python = process.env.PYTHON || 'python3';
  try {
    await run(python, ['-m', 'pip', 'download', '--no-deps', '--quiet', '-d', dir, spec], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    throw new UserError(`pip could not download ${spec} from PyPI: ${firstLine(e.stderr || e.message)}`);
  }
}

function matchesPackage(file, name, version) {
  const norm = file.toLowerCase().replace(/-/g, '_');
  return (
    norm.startsWith(`${name.replace(/-/g, '_')}_${version}`) ||
    norm.startsWith(`${name.replace(/-/g, '_')}-${version}`)
  );
}

async function findPackage(dir, name, version) {
  const files = await readdir(dir);
  const hit = files.find((f) => matchesPackage(f, name, version));
  if (!hit) throw new Error(`${name} ${version} missing from ${dir}`);
  return join(dir, hit);
}

/** apache-flink-libraries ships as a wheel (pyflink/…) or an sdist (deps/…): same folders inside. */
async function unpackLibraries(dl, release, work, home) {
  const file = await findPackage(dl, 'apache-flink-libraries', release);
  const out = join(work, 'libraries');
  await mkdir(out);
  await unpack(file, out);
  const root = await findDirWith(out, 'lib');
  for (const sub of ['lib', 'opt', 'plugins', 'bin', 'licenses']) {
    if (existsSync(join(root, sub))) await cp(join(root, sub), join(home, sub), { recursive: true });
  }
}

/** apache-flink carries bin/ scripts and conf/ as pyflink/bin and pyflink/conf. */
async function unpackScripts(dl, release, work, home) {
  const file = await findPackage(dl, 'apache-flink', release);
  const out = join(work, 'scripts');
  await mkdir(out);
  await unpack(file, out);
  const root = await findDirWith(out, 'conf');
  await cp(join(root, 'bin'), join(home, 'bin'), { recursive: true });
  await cp(join(root, 'conf'), join(home, 'conf'), { recursive: true });
  for (const f of await readdir(join(home, 'bin'))) {
    if (f.endsWith('.sh') || !f.includes('.')) await run('chmod', ['+x', join(home, 'bin', f)]);
  }
}

/** A wheel (zip) or an sdist (tar.gz), with Python's own unpackers: pip needs Python anyway. */
async function unpack(file, out) {
  const python = process.env.PYTHON || 'python3';
  if (file.endsWith('.whl')) await run(python, ['-m', 'zipfile', '-e', file, out]);
  else await run('tar', ['xzf', file, '-C', out]);
}

async function findDirWith(root, child, depth = 3) {
  if (existsSync(join(root, child)) && existsSync(join(root, child === 'lib' ? 'opt' : 'bin'))) return root;
  if (depth === 0) throw new Error(`no ${child}/ inside ${root}`);
  for (const e of await readdir(root, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const found = await findDirWith(join(root, e.name), child, depth - 1).catch(() => undefined);
    if (found) return found;
  }
  throw new Error(`no ${child}/ inside ${root}`);
}

/** One jar from Maven Central by coordinates, checked against the repository's SHA-1. */
export async function mavenJar(coord, destDir, log = () => {}) {
  const [group, artifact, version] = coord.split(':');
  const name = `${artifact}-${version}.jar`;
  const dest = join(destDir, name);
  if (existsSync(dest)) return dest;
  const cached = join(cacheDir(), 'maven', name);
  if (!existsSync(cached)) {
    log(`maven ${coord}`);
    const url = `${MAVEN}/${group.replace(/\./g, '/')}/${artifact}/${version}/${name}`;
    const body = await fetchBytes(url);
    const sha1 = (await fetchBytes(`${url}.sha1`)).toString('utf8').trim().split(/\s+/)[0];
    const got = createHash('sha1').update(body).digest('hex');
    if (sha1 && got !== sha1)
      throw new UserError(`${name}: checksum mismatch (got ${got}, Maven Central says ${sha1})`);
    await mkdir(join(cacheDir(), 'maven'), { recursive: true });
    // Unique per call: clusters started at once (the e2e setup) may fetch the same jar together.
    const tmp = `${cached}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, cached);
  }
  await cp(cached, dest);
  return dest;
}

async function fetchBytes(url) {
  let last;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(url);
      if (res.status === 404) throw new UserError(`Maven Central has no ${url.replace(`${MAVEN}/`, '')}`);
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
      return Buffer.from(await res.arrayBuffer());
    } catch (e) {
      if (e instanceof UserError) throw e;
      last = e;
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
  throw new UserError(`could not download ${url}: ${last?.message ?? last}`);
}

function firstLine(s) {
  return String(s).trim().split('\n').filter(Boolean).pop() ?? '';
}
