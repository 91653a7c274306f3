// The main job, end to end on this machine: build, start the built-in Flink simulator,
// then validate, plan and apply example-repo; change one job's SQL and watch the plan turn
// into a savepoint upgrade whose new job restores from that savepoint. Exits non-zero when
// any step does not do what it should.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run demo -- --real`: the same story on a real Flink, Kafka and PostgreSQL (demo-real.mjs).
// Anything else is a question or a typo (`--rael`): answered, not run as the simulator demo.
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--real');
if (unknown.length > 0) {
  const help = unknown.every((a) => a === '--help' || a === '-h');
  (help ? console.log : console.error)(
    `${help ? '' : `demo: unknown option ${unknown[0]}\n`}usage: npm run demo [-- --real]\n` +
      '  (none)   example-repo on the built-in Flink simulator\n' +
      '  --real   example-repo on a real Flink 1.20, Kafka and PostgreSQL (README: "npm run demo -- --real")',
  );
  process.exit(help ? 0 : 1);
}
if (args.includes('--real')) {
  const { main } = await import('./demo-real.mjs');
  process.exit(await main());
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'flinkops-demo-'));
const repo = join(work, 'example-repo');
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const title = (t) => console.log(color ? `\n\x1b[1;36m▶ ${t}\x1b[0m` : `\n▶ ${t}`);

function fail(message) {
  console.error(`\ndemo failed: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

const run = (label, args, expected, env = {}) => {
  title(`${label}\n  $ flinkops ${args.join(' ')}`);
  // Output goes straight to the terminal, in order; only --json output is captured to be read.
  const capture = args.includes('--json');
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: repo,
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (capture) process.stdout.write(r.stdout);
  if (!expected.includes(r.status))
    fail(`'flinkops ${args.join(' ')}' exited ${r.status}, expected ${expected.join(' or ')}`);
  return r.stdout;
};

title('build');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) fail('build failed');

cpSync(join(root, 'example-repo'), repo, { recursive: true });
rmSync(join(repo, '.flinkops'), { recursive: true, force: true });

title('start the Flink 1.20 simulator (flinkops sim)');
const sim = spawn(
  process.execPath,
  [cli, 'sim', '--port', '0', '--gateway-port', '0', '--json', '--start-ms', '300', '--savepoint-ms', '300'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const urls = await new Promise((resolve, reject) => {
  let buf = '';
  sim.stdout.on('data', (d) => {
    buf += d;
    const line = buf.split('\n')[0];
    if (buf.includes('\n')) resolve(JSON.parse(line));
  });
  sim.on('exit', (code) => reject(new Error(`simulator exited ${code}`)));
});
console.log(`  JobManager ${urls.jobmanagerUrl}\n  SQL Gateway ${urls.sqlGatewayUrl}`);

const env = {
  FLINKOPS_JOBMANAGER_URL: urls.jobmanagerUrl,
  FLINKOPS_SQL_GATEWAY_URL: urls.sqlGatewayUrl,
  // example-repo's JDBC tables read this secret at apply time; it never reaches a plan or the state store.
  FLINKOPS_SECRET_DRIVERS_DB_PASSWORD: 'demo-password',
};

try {
  run('validate the repository', ['validate'], [0], env);
  run(
    // staging runs archive_and_alerts on weekdays 08:00–20:00 Amsterdam time only: outside those
    // hours the plan says so and leaves it undeployed, and the rest of the demo is the same.
    'plan against an empty cluster: every job is created (archive_and_alerts only within its schedule)',
    ['plan', '--env', 'staging', '--detailed-exitcode'],
    [2],
    env,
  );
  run(
    'apply',
    ['apply', '--env', 'staging', '--auto-approve', '--health-grace', '2s', '--checkpoint-wait', '0'],
    [0],
    env,
  );
  run('status', ['status', '--env', 'staging'], [0], env);
  run('plan again: nothing to do', ['plan', '--env', 'staging', '--detailed-exitcode'], [0], env);

  const job = join(repo, 'jobs', 'city_ride_stats.sql');
  const sql = readFileSync(job, 'utf8');
  // HAVING adds an operator after the window aggregate: the aggregate keeps its operator id (and
  // its state), the sink's id moves, so the sink's state no longer maps.
  const changed = sql.replace(
    /GROUP BY city_id, window_start, window_end;/,
    'GROUP BY city_id, window_start, window_end\nHAVING COUNT(*) >= 2;',
  );
  if (changed === sql) fail('could not find the GROUP BY to change in jobs/city_ride_stats.sql');
  writeFileSync(job, changed);
  title('change jobs/city_ride_stats.sql: only windows with two rides or more (HAVING COUNT(*) >= 2)');

  run(
    'plan: a savepoint upgrade, with its state-compatibility verdict',
    ['plan', '--env', 'staging', '--detailed-exitcode', '--verbose'],
    [2],
    env,
  );
  run(
    'apply as planned: the savepoint holds state no operator of the new job takes, so the new job fails and is rolled back from the same savepoint',
    ['apply', '--env', 'staging', '--auto-approve', '--health-grace', '2s', '--checkpoint-wait', '0'],
    [1],
    env,
  );

  const yaml = join(repo, 'jobs', 'city_ride_stats.yaml');
  writeFileSync(yaml, `${readFileSync(yaml, 'utf8').trimEnd()}\nallowNonRestoredState: true\n`);
  title("follow the plan's advice: allowNonRestoredState: true in jobs/city_ride_stats.yaml");
  const applied = run(
    'apply: stop with savepoint, restore the new script from it, dropping the state that no longer maps',
    [
      'apply',
      '--env',
      'staging',
      '--auto-approve',
      '--health-grace',
      '2s',
      '--checkpoint-wait',
      '0',
      '--json',
    ],
    [0],
    env,
  );
  const report = JSON.parse(applied);
  const upgrade = report.changes.find((c) => c.job === 'city_ride_stats');
  if (!upgrade?.savepoint || !upgrade?.newJobId) fail('the upgrade reported no savepoint or new job id');

  title('the new job reports the savepoint under latest.restored');
  const res = await fetch(`${urls.jobmanagerUrl}/jobs/${upgrade.newJobId}/checkpoints`);
  const restored = (await res.json()).latest?.restored?.external_path;
  console.log(`  savepoint          ${upgrade.savepoint}\n  latest.restored    ${restored}`);
  if (restored !== upgrade.savepoint) fail('the new job did not restore from the upgrade savepoint');

  run('status', ['status', '--env', 'staging'], [0], env);
  title('demo complete');
} finally {
  sim.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
