// PostgreSQL for `flink:up --with postgres`: Debian's server binaries, a fresh data folder per run,
// listening on 127.0.0.1 on a free port only (no Unix socket), with example-repo's database
// (drivers: the `drivers` lookup table with a few rows and the `latest_ride_status` sink table).
// PostgreSQL refuses to run as root: as root the server runs as the `postgres` OS user, and its
// data folder lives in the system's temporary folder (the run folder under root's home is not
// reachable by that user); the run record names it, and stopping the run removes it.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from './distribution.mjs';
import { launch, ownsPid, run, sleep, stopPids, tail } from './process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const LOOPBACK = '127.0.0.1';
const TOOLS = ['initdb', 'postgres', 'psql', 'pg_isready'];

/** The folder holding initdb/postgres/psql: the newest /usr/lib/postgresql/<major>/bin, installing Debian's package if none. */
export async function findPostgres(log) {
  const found = scan();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new UserError(
      'PostgreSQL was not found (no /usr/lib/postgresql/*/bin/initdb): install it (apt-get install postgresql), then retry.',
    );
  }
  log('installing PostgreSQL from Debian (apt-get install postgresql)');
  const apt = async () =>
    run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    await apt().catch(async () => {
      await run('apt-get', ['update'], { maxBuffer: 64 * 1024 * 1024 });
      await apt();
    });
  } catch (e) {
    throw new UserError(`apt-get could not install postgresql: ${lastLine(e.stderr || e.message)}`);
  }
  const after = scan();
  if (!after)
    throw new UserError('apt-get installed postgresql, but /usr/lib/postgresql/*/bin/initdb is missing');
  return after;
}

function scan() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const majors = readdirSync(base)
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of majors) {
    const bin = join(base, v, 'bin');
    if (TOOLS.every((t) => existsSync(join(bin, t)))) return { bin, major: v };
  }
  return undefined;
}

/**
 * Starts PostgreSQL for the run in `dir` and creates example-repo's database. Every process and
 * folder is put in `record.services` (and saved) before it can outlive a failure.
 */
export async function startPostgres({ dir, port, log, record, save }) {
  const { bin, major } = await findPostgres(log);
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? await userIds('postgres') : undefined;
  const svc = { name: 'postgres', role: 'postgres', group: false, signal: 'SIGINT' };
  record.services.push(svc);
  // The parent folder: in the run folder, or (as root) a fresh temporary folder the postgres user owns.
  const home = asRoot
    ? await mkdtemp(join(tmpdir(), `flinkops-${basename(dir)}-postgres-`))
    : join(dir, 'postgres');
  svc.home = home;
  svc.removeHome = asRoot;
  await save();
  await mkdir(home, { recursive: true });
  const data = join(home, 'data');
  svc.marker = data;
  const superPassword = randomBytes(18).toString('base64url');
  const appPassword = randomBytes(18).toString('base64url');
  const pwfile = join(home, 'superuser-password');
  await writeFile(pwfile, `${superPassword}\n`, { mode: 0o600 });
  if (owner) {
    await chown(home, owner.uid, owner.gid);
    await chown(pwfile, owner.uid, owner.gid);
    await chmod(home, 0o700);
  }
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C', FLINKOPS_RUN_DIR: dir };
  if (owner) env.HOME = home;
  try {
    await run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--no-sync'],
      { env, cwd: home, ...asOwner },
    );
  } catch (e) {
    throw new UserError(`initdb failed: ${lastLine(e.stderr || e.message)}`);
  } finally {
    await rm(pwfile, { force: true });
  }
  const logFile = join(dir, 'log', 'postgres.out');
  const child = launch(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-c',
      `listen_addresses=${LOOPBACK}`,
      '-c',
      `port=${port}`,
      '-c',
      'unix_socket_directories=',
      // A throwaway database: no durability needed, little memory.
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'shared_buffers=32MB',
      '-c',
      'max_connections=50',
      // Logical decoding, so change-data-capture sources (postgres-cdc, Debezium) can read the WAL.
      '-c',
      'wal_level=logical',
    ],
    { logFile, cwd: home, env, ...asOwner },
  );
  svc.pid = child.pid;
  await save();

  const pg = { ...process.env, PGPASSWORD: superPassword, PGCONNECT_TIMEOUT: '3' };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!ownsPid(svc.pid, svc.marker)) {
      throw new UserError(`PostgreSQL exited while starting; ${logFile}:\n${tail(logFile)}`);
    }
    const ok = await run(join(bin, 'pg_isready'), ['-q', '-h', LOOPBACK, '-p', String(port)]).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline)
      throw new UserError(`PostgreSQL did not accept connections in 60 s; see ${logFile}`);
    await sleep(150);
  }
  try {
    await run(
      join(bin, 'psql'),
      [
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-v',
        `password=${appPassword}`,
        '-h',
        LOOPBACK,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-f',
        join(HERE, 'example-db.sql'),
      ],
      { env: pg },
    );
  } catch (e) {
    throw new UserError(`creating example-repo's database failed: ${lastLine(e.stderr || e.message)}`);
  }
  log(`PostgreSQL ${major} on ${LOOPBACK}:${port} (data in ${data})`);
  return {
    FLINKOPS_POSTGRES_URL: `jdbc:postgresql://${LOOPBACK}:${port}/drivers`,
    // The password of the database's users (flink_reader, flink_writer), under the name
    // example-repo's `${secret.DRIVERS_DB_PASSWORD}` is resolved from at apply time.
    FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: appPassword,
    // The superuser's, for a user's own databases and tables (flink_writer may not create any).
    FLINKOPS_POSTGRES_PASSWORD: superPassword,
  };
}

/** Fast shutdown (SIGINT: disconnect clients, stop), then the data folder goes if the run made it. */
export async function stopPostgres(svc) {
  const stopped = await stopPids([svc], { graceMs: 20_000 });
  if (svc.removeHome && svc.home && basename(svc.home).startsWith('flinkops-')) {
    await rm(svc.home, { recursive: true, force: true });
  }
  return stopped;
}

async function userIds(name) {
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  const line = passwd.split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) {
    throw new UserError(
      `PostgreSQL will not run as root, and there is no '${name}' user to run it as (Debian's postgresql package creates it).`,
    );
  }
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function lastLine(s) {
  return String(s).trim().split('\n').filter(Boolean).pop() ?? '';
}
