#!/usr/bin/env node
// npm run flink:udfs -- [--src example-repo/udfs/src] [--jar ride-udfs.jar] [--flink-version 1.20]
// Builds a UDF jar from Java sources with javac + jar against the Flink distribution's lib/ jars,
// into the cache (a folder named by the sources' hash, so unchanged sources are not rebuilt and a
// changed build gets a new path), and prints export FLINKOPS_UDFS_DIR=<folder> on stdout: example-repo's
// `local` environment loads file://${env.FLINKOPS_UDFS_DIR}/ride-udfs.jar.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir, DEFAULT_VERSION, ensureDistribution, RELEASES, UserError } from './distribution.mjs';
import { exportLines, run } from './process.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds (or finds in the cache) the jar; returns { dir, jar, uri, sha256, built }. */
export async function buildUdfs({ src, jarName, version = DEFAULT_VERSION, log = () => {} }) {
  if (!existsSync(src)) throw new UserError(`--src ${src}: no such folder`);
  const sources = (await walk(src)).filter((f) => f.endsWith('.java')).sort();
  if (sources.length === 0) throw new UserError(`--src ${src}: no .java files in it`);
  const dist = await ensureDistribution(version, log);
  const hash = createHash('sha256').update(dist.release);
  for (const f of sources) hash.update(`\0${relative(src, f)}\0`).update(await readFile(f));
  const dir = join(cacheDir(), 'udfs', `${jarName.replace(/\.jar$/, '')}-${hash.digest('hex').slice(0, 16)}`);
  const jar = join(dir, jarName);
  let built = false;
  if (!existsSync(jar)) {
    await mkdir(dirname(dir), { recursive: true });
    const work = await mkdtemp(`${dir}.tmp-`);
    try {
      const javac = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
      const jarTool = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'jar') : 'jar';
      await run(javac, [
        '--release',
        '11',
        '-nowarn',
        '-cp',
        join(dist.home, 'lib', '*'),
        '-d',
        join(work, 'classes'),
        ...sources,
      ]).catch((e) => {
        throw new UserError(`javac failed:\n${String(e.stderr || e.message).trim()}`);
      });
      await mkdir(join(work, 'out'));
      await run(jarTool, [
        '--create',
        '--file',
        join(work, 'out', jarName),
        '-C',
        join(work, 'classes'),
        '.',
      ]);
      await rm(dir, { recursive: true, force: true });
      await rename(join(work, 'out'), dir);
      built = true;
    } catch (e) {
      if (e?.code === 'ENOENT')
        throw new UserError('javac was not found: building UDFs needs a JDK (11 or newer).');
      throw e;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  const sha256 = createHash('sha256')
    .update(await readFile(jar))
    .digest('hex');
  return { dir, jar, uri: pathToFileURL(jar).href, sha256, built };
}

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

const USAGE = `usage: npm run flink:udfs -- [--src DIR] [--jar NAME.jar] [--flink-version ${Object.keys(RELEASES).join('|')}]
  --src DIR          the Java sources (default example-repo/udfs/src); a relative DIR is read
                     from the folder npm was run in
  --jar NAME.jar     the jar's file name (default ride-udfs.jar)
  --flink-version V  compile against this release's lib/ (default ${DEFAULT_VERSION})
Prints export FLINKOPS_UDFS_DIR=<folder holding NAME.jar>; the jar's sha256 goes to stderr.`;

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        help: { type: 'boolean', short: 'h' },
        src: { type: 'string', default: join(ROOT, 'example-repo', 'udfs', 'src') },
        jar: { type: 'string', default: 'ride-udfs.jar' },
        'flink-version': { type: 'string', default: process.env.FLINK_VERSION || DEFAULT_VERSION },
      },
    }));
  } catch (e) {
    throw new UserError(`${e.message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!/^[A-Za-z0-9_.-]+\.jar$/.test(values.jar))
    throw new UserError(`--jar ${values.jar}: a file name ending in .jar`);
  const r = await buildUdfs({
    // npm runs the script in the flinkops folder; a relative --src is the user's, from where npm was run.
    src: resolve(process.env.INIT_CWD ?? process.cwd(), values.src),
    jarName: values.jar,
    version: values['flink-version'],
    log: (m) => process.stderr.write(`flink:udfs: ${m}\n`),
  });
  process.stderr.write(`flink:udfs: ${r.built ? 'built' : 'cached'} ${r.uri} (sha256 ${r.sha256})\n`);
  process.stdout.write(exportLines({ FLINKOPS_UDFS_DIR: r.dir }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`flink:udfs: ${e instanceof UserError ? e.message : (e?.stack ?? e)}\n`);
    process.exit(1);
  });
}
