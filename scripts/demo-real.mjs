// `npm run demo -- --real`: the demo on a real stack. Starts Flink 1.20 with PostgreSQL and Kafka
// on loopback (flink:up --with postgres,kafka), builds example-repo's UDF jar, produces ride events,
// then validates, plans and applies example-repo's `local` environment and checks every step
// through Flink's own REST API: the jobs RUNNING, the simulator demo's SQL change (which real
// Flink cannot restore: rolled back from the same savepoint), then a state-compatible change
// upgraded through a savepoint that the new job restores from and whose windows carry on.
// Everything it started is stopped at the end, on failure and on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  count,
  DemoFailure,
  fail,
  getJson,
  produce,
  restoredFrom,
  rideEvents,
  runningJobs,
  seconds,
  waitFor,
} from './demo-real-support.mjs';
import { runDir, stop } from './flink/cluster.mjs';
import { ensureKafka } from './flink/kafka.mjs';
import { parseExportLines } from './flink/process.mjs';
import { buildUdfs } from './flink/udfs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
// `npm run demo -- --real --flink-version 2.2` runs it on another line flink:up knows.
const versionArg = process.argv.indexOf('--flink-version');
const FLINK_VERSION = versionArg > 0 ? process.argv[versionArg + 1] : '1.20';
const NAME = `demo-real-${process.pid}`;
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const title = (t) => console.log(color ? `\n\x1b[1;36m▶ ${t}\x1b[0m` : `\n▶ ${t}`);
const note = (t) => console.log(`  ${t}`);

let upChild;

/** Runs the demo; resolves to the exit code. Cleans up whatever happens. */
export async function main() {
  const t0 = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'flinkops-demo-real-'));
  const repo = join(work, 'example-repo');
  let stopping;
  let ok = false;
  const cleanup = async () => {
    stopping ??= (async () => {
      title(`stop everything the demo started (flink:down -- --name ${NAME})`);
      const stopped = await stop(NAME).catch((e) => {
        console.error(`  could not stop ${NAME}: ${e.message}`);
        return [];
      });
      note(stopped.map((p) => `${p.role} (pid ${p.pid})`).join(', ') || 'nothing was running');
      rmSync(work, { recursive: true, force: true });
      // The run folder (logs, checkpoints, savepoints) is the demo's own: kept only to debug a failure.
      if (ok) rmSync(runDir(NAME), { recursive: true, force: true });
      else note(`logs kept in ${join(runDir(NAME), 'log')}`);
    })();
    return stopping;
  };
  const onSignal = (signal) => {
    console.error(`\ndemo interrupted (${signal}): stopping what it started`);
    // flink:up first, so it launches nothing after the stop.
    const up = upChild;
    const upDone =
      up && up.exitCode === null && up.signalCode === null
        ? new Promise((r) => {
            up.once('exit', r);
            up.kill('SIGTERM');
          })
        : Promise.resolve();
    upDone.then(cleanup).finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await demo(work, repo);
    ok = true;
    title(`demo complete in ${seconds(t0)}`);
    return 0;
  } catch (e) {
    console.error(`\ndemo failed: ${e instanceof DemoFailure ? e.message : (e?.stack ?? e)}`);
    return 1;
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function demo(work, repo) {
  title('build');
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) fail('build failed');
  cpSync(join(root, 'example-repo'), repo, { recursive: true });
  rmSync(join(repo, '.flinkops'), { recursive: true, force: true });
  // Flink 2.3 asks an INSERT of an insert-only query into a table with a primary key to say what
  // a second row of a key does (ON CONFLICT, 2.3 syntax); example-repo is written for 1.20, so the
  // window job keeps its 1.20 meaning (the last row wins) by the option that switches the demand off.
  const [major, minor] = FLINK_VERSION.split('.').map(Number);
  if (major > 2 || (major === 2 && minor >= 3)) {
    const jobYaml = join(repo, 'jobs', 'city_ride_stats.yaml');
    writeFileSync(
      jobYaml,
      readFileSync(jobYaml, 'utf8').replace(
        'config:\n',
        "config:\n  table.exec.sink.require-on-conflict: 'false'\n",
      ),
    );
    note(
      'Flink 2.3+: city_ride_stats sets table.exec.sink.require-on-conflict: false (example-repo is written for 1.20)',
    );
  }

  title(`start a real Flink ${FLINK_VERSION} with PostgreSQL and Kafka (flink:up --with postgres,kafka)`);
  let t = Date.now();
  const up = await flinkUp();
  note(`ready in ${seconds(t)}`);
  for (const [k, v] of Object.entries(up)) note(`${k}=${k.includes('SECRET') ? '***' : v}`);
  const jm = up.FLINKOPS_JOBMANAGER_URL;

  title("build example-repo's UDF jar (javac + jar against Flink's lib/: npm run flink:udfs)");
  const udfs = await buildUdfs({
    src: join(root, 'example-repo', 'udfs', 'src'),
    jarName: 'ride-udfs.jar',
    version: FLINK_VERSION,
  });
  note(`${udfs.uri} (sha256 ${udfs.sha256.slice(0, 12)}…)`);
  const archive = join(work, 'archive');
  const env = { ...up, FLINKOPS_UDFS_DIR: udfs.dir, ARCHIVE_PATH: pathToFileURL(archive).href };

  const kafka = await ensureKafka();
  const brokers = up.FLINKOPS_KAFKA_BROKERS;
  title('produce ride events into Kafka (ride-events)');
  note(`${await produce(kafka, brokers, rideEvents(0, 24))} events`);

  run(repo, 'validate the repository', ['validate', '--env', 'local'], [0], env);
  run(
    repo,
    'plan against the empty cluster: every job is created',
    ['plan', '--env', 'local', '--detailed-exitcode'],
    [2],
    env,
  );
  run(repo, 'apply', applyArgs(), [0], env);

  title("Flink's REST API: every job RUNNING, every vertex RUNNING");
  const jobs = await runningJobs(jm);
  const expected = ['archive_and_alerts', 'city_ride_stats', 'enrich_rides', 'latest_ride_status'];
  for (const job of expected) {
    const j = jobs.get(`rides.local.${job}`);
    if (!j) fail(`rides.local.${job} is not RUNNING on the cluster`);
    const detail = await getJson(`${jm}/jobs/${j.jid}`);
    const notRunning = detail.vertices.filter((v) => v.status !== 'RUNNING');
    if (notRunning.length > 0)
      fail(`${job}: vertices not RUNNING: ${notRunning.map((v) => v.name).join(', ')}`);
    note(`rides.local.${job.padEnd(20)} ${j.jid} RUNNING (${detail.vertices.length} vertices)`);
  }

  title('the events flow: Kafka → lookup in PostgreSQL + fare_bucket UDF → Kafka (enriched-rides)');
  t = Date.now();
  const enriched = await waitFor(async () => {
    const n = await count(kafka, brokers, 'enriched-rides');
    return n >= 24 ? n : undefined;
  }, 120_000);
  if (!enriched) fail('enriched-rides did not receive the 24 enriched events in 120 s');
  note(`enriched-rides holds ${enriched} records (${seconds(t)})`);

  run(repo, 'plan again: nothing to do', ['plan', '--env', 'local', '--detailed-exitcode'], [0], env);

  const jobFile = join(repo, 'jobs', 'city_ride_stats.sql');
  const original = readFileSync(jobFile, 'utf8');
  const distinct = original.replace(/COUNT\(\*\) AS rides/i, 'COUNT(DISTINCT ride_id) AS rides');
  if (distinct === original) fail('could not find COUNT(*) AS rides in jobs/city_ride_stats.sql');
  writeFileSync(jobFile, distinct);
  title("the simulator demo's change in jobs/city_ride_stats.sql: COUNT(*) → COUNT(DISTINCT ride_id)");
  run(
    repo,
    'plan: a savepoint upgrade, with its state-compatibility verdict',
    ['plan', '--env', 'local', '--detailed-exitcode', '--verbose'],
    [2],
    env,
  );
  const before = jobs.get('rides.local.city_ride_stats').jid;
  const failed = report(
    run(
      repo,
      'apply: real Flink cannot restore the window state into the new aggregate, so the new job fails and is rolled back from the same savepoint',
      applyArgs('--json'),
      [1],
      env,
    ),
  ).changes.find((c) => c.job === 'city_ride_stats');
  if (failed?.outcome !== 'rolled-back' || !failed.savepoint)
    fail('the failed upgrade was not rolled back from a savepoint');
  note(`cause: ${String(failed.error).slice(0, 160)}…`);
  const rolledBack = await restoredFrom(jm, 'rides.local.city_ride_stats', failed.savepoint, before);

  title('the rollback runs the previous version, restored from the upgrade savepoint');
  note(
    `savepoint          ${failed.savepoint}\n  rollback job       ${rolledBack.jid}\n  latest.restored    ${rolledBack.restored}`,
  );

  const compatible = original.replace(/\)\nGROUP BY/, ")\nWHERE ride_id NOT LIKE 'test-%'\nGROUP BY");
  if (compatible === original) fail('could not find the GROUP BY of jobs/city_ride_stats.sql');
  writeFileSync(jobFile, compatible);
  title("a change real Flink can restore: leave test rides out (WHERE ride_id NOT LIKE 'test-%')");
  run(
    repo,
    'plan: a savepoint upgrade',
    ['plan', '--env', 'local', '--detailed-exitcode', '--verbose'],
    [2],
    env,
  );
  const upgrade = report(
    run(repo, 'apply: stop with a savepoint, restore the new script from it', applyArgs('--json'), [0], env),
  ).changes.find((c) => c.job === 'city_ride_stats');
  if (upgrade?.outcome !== 'applied' || !upgrade.savepoint || !upgrade.newJobId)
    fail('the upgrade reported no savepoint or new job id');

  title('the new job reports the recorded savepoint under latest.restored, and the savepoint is on disk');
  const res = await getJson(`${jm}/jobs/${upgrade.newJobId}/checkpoints`);
  const restored = res.latest?.restored?.external_path;
  note(`savepoint          ${upgrade.savepoint}\n  latest.restored    ${restored}`);
  if (restored !== upgrade.savepoint) fail('the new job did not restore from the upgrade savepoint');
  const onDisk = fileURLToPath(upgrade.savepoint.replace(/^file:\/*/, 'file:///'));
  if (!existsSync(join(onDisk, '_metadata'))) fail(`${onDisk}/_metadata does not exist`);
  note(`${onDisk}/_metadata exists`);

  title(
    "the restored windows carry on: newer events move the watermark, the upgraded job emits the first batch's windows",
  );
  note(`${await produce(kafka, brokers, rideEvents(100, 12, 90_000))} more events, 90 s later in event time`);
  t = Date.now();
  const stats = await waitFor(async () => {
    const n = await count(kafka, brokers, 'city-ride-stats');
    return n > 0 ? n : undefined;
  }, 120_000);
  if (!stats) fail('city-ride-stats received no window results in 120 s');
  note(`city-ride-stats holds ${stats} window results (${seconds(t)})`);

  run(repo, 'status', ['status', '--env', 'local'], [0], env);
}

function applyArgs(...more) {
  return [
    'apply',
    '--env',
    'local',
    '--auto-approve',
    '--health-grace',
    '5s',
    '--checkpoint-wait',
    '2min',
    ...more,
  ];
}

function run(repo, label, args, expected, env) {
  title(`${label}\n  $ flinkops ${args.join(' ')}`);
  const capture = args.includes('--json');
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: repo,
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!expected.includes(r.status))
    fail(`'flinkops ${args.join(' ')}' exited ${r.status}, expected ${expected.join(' or ')}`);
  return r.stdout;
}

function report(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    fail('apply --json printed no JSON report');
  }
}

/** flink:up as a child (its progress on our stderr); resolves to the variables it prints. */
function flinkUp() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'scripts', 'flink', 'up.mjs'),
        '--flink-version',
        FLINK_VERSION,
        '--name',
        NAME,
        '--slots',
        '8',
        '--with',
        'postgres,kafka',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    upChild = child;
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0)
        return reject(new DemoFailure(`flink:up ${signal ? `was stopped by ${signal}` : `exited ${code}`}`));
      const env = parseExportLines(out);
      if (!env.FLINKOPS_JOBMANAGER_URL || !env.FLINKOPS_KAFKA_BROKERS || !env.FLINKOPS_POSTGRES_URL)
        return reject(new DemoFailure(`flink:up printed no endpoints:\n${out}`));
      resolve(env);
    });
  });
}
