#!/usr/bin/env node
// Plan against a real Flink, as users run it before a merge: whole `node dist/cli.js plan`
// processes on a generated repository. Creates: every job is new, so plan runs each job's script
// in a throwaway SQL Gateway session and EXPLAINs it; once with one INSERT a job, once with a
// statement set of --sinks INSERTs a job (explained whole: one EXPLAIN a job). Upgrades: jobs
// applied first, then their SQL changed, so plan asks the planner for the stream graphs of the running script and of the
// new one (the state verdict). Flink's planner does most of the work; the figures are evidence
// (no #14 goal): wall-time medians, and the gateway calls one plan makes (counted by a proxy in
// front of the gateway, which both builds go through alike).
//
// Uses the cluster FLINKOPS_JOBMANAGER_URL / FLINKOPS_SQL_GATEWAY_URL name, else starts one on
// loopback (the distribution `npm run flink:up` assembles, cached) and stops it at the end.
//
//   node bench/real-plan-bench.mjs [--jobs 8] [--sinks 3] [--upgrades 2] [--runs 7] [--flink-version 1.20] [--baseline DIST] [--smoke]
//   (needs `npm run build` first, and Java for a cluster of its own)
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, stop } from '../scripts/flink/cluster.mjs';
import { arg, argString, baseline, median, root, smoke } from './lib/bundle.mjs';
import { fmtMs, timeOnce } from './lib/proc.mjs';

const JOBS = arg('jobs', smoke ? 2 : 8);
const UPGRADES = arg('upgrades', smoke ? 1 : 2);
const SINKS = arg('sinks', smoke ? 2 : 3);
const RUNS = arg('runs', smoke ? 1 : 7);
const VERSION = argString('flink-version') ?? '1.20';
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run npm run build');
  process.exit(1);
}

/**
 * Project `project` of `jobs` jobs, each a windowed sum from a datagen source into a blackhole
 * sink (with `sinks` > 1: a statement set of that many INSERTs, one a sink); `where` filters every
 * job's input (a change of the scripts that keeps their state).
 */
function writeRepo(dir, { project, jobs, where = '', sinks = 1 }, jobmanagerUrl, gatewayUrl) {
  const files = {
    'flinkops.yaml': [
      `project: ${project}`,
      `flinkVersion: "${VERSION}"`,
      'defaults:',
      '  config:',
      '    execution.checkpointing.interval: 10 s',
      '    execution.checkpointing.mode: EXACTLY_ONCE',
      '    table.exec.state.ttl: 1 h',
      'environments:',
      '  bench:',
      `    jobmanagerUrl: ${jobmanagerUrl}`,
      `    sqlGatewayUrl: ${gatewayUrl}`,
      '',
    ].join('\n'),
  };
  for (let i = 0; i < jobs; i++) {
    files[`tables/events_${i}.yaml`] = [
      'kind: source',
      'connector: datagen',
      'columns:',
      '  - { name: k, type: INT }',
      '  - { name: v, type: BIGINT }',
      '  - { name: ts, type: TIMESTAMP(3) }',
      'watermark: { column: ts, delay: 5 SECOND }',
      'with:',
      '  rows-per-second: "10"',
      '',
    ].join('\n');
    const sinkNames = Array.from({ length: sinks }, (_, s) =>
      sinks === 1 ? `counts_${i}` : `counts_${i}_${s}`,
    );
    for (const sink of sinkNames)
      files[`tables/${sink}.yaml`] = [
        'kind: sink',
        'connector: blackhole',
        'columns:',
        '  - { name: k, type: INT }',
        '  - { name: window_start, type: TIMESTAMP(3) }',
        '  - { name: total, type: BIGINT }',
        '',
      ].join('\n');
    const inserts = sinkNames.map((sink) =>
      [
        `INSERT INTO ${sink}`,
        'SELECT k, window_start, SUM(v) AS total',
        `FROM TABLE(TUMBLE(TABLE events_${i}, DESCRIPTOR(ts), INTERVAL '1' MINUTE))${where}`,
        'GROUP BY k, window_start, window_end;',
      ].join('\n'),
    );
    files[`jobs/count_${i}.sql`] =
      sinks === 1 ? `${inserts[0]}\n` : `EXECUTE STATEMENT SET BEGIN\n${inserts.join('\n')}\nEND;\n`;
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** A proxy on loopback in front of `target` that counts the requests it forwards. */
async function countingProxy(target) {
  const to = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const out = http.request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    take: () => {
      const n = requests;
      requests = 0;
      return n;
    },
    close: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const name = `bench-real-${process.pid}`;
let ownCluster = false;
/** Stops the cluster this run started, and removes its folder (logs, checkpoints). */
const stopOwn = async () => {
  if (!ownCluster) return;
  await stop(name, { remove: true }).catch(() => {});
};
for (const sig of ['SIGINT', 'SIGTERM'])
  process.once(sig, () => void stopOwn().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143)));

const work = mkdtempSync(join(tmpdir(), 'flinkops-real-plan-bench-'));
let proxy;
/** The jobs the upgrade case deployed, cancelled at the end (a cluster of our own goes anyway). */
let deployed;
async function cancelDeployed() {
  if (!deployed || ownCluster) return;
  const { jobs } = await (await fetch(`${deployed.jobmanagerUrl}/jobs/overview`)).json();
  const ours = jobs.filter((j) => j.name.startsWith(`${deployed.project}.`) && j.state === 'RUNNING');
  await Promise.all(
    ours.map((j) => fetch(`${deployed.jobmanagerUrl}/jobs/${j.jid}?mode=cancel`, { method: 'PATCH' })),
  );
}
try {
  let jobmanagerUrl = process.env.FLINKOPS_JOBMANAGER_URL;
  let gatewayUrl = process.env.FLINKOPS_SQL_GATEWAY_URL;
  if (!jobmanagerUrl || !gatewayUrl) {
    const t0 = Date.now();
    ownCluster = true;
    const c = await start({ version: VERSION, name, slots: 4, log: (m) => process.stderr.write(`${m}\n`) });
    ({ jobmanagerUrl, gatewayUrl } = c);
    console.log(`real-plan-bench: Flink ${c.release} started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  proxy = await countingProxy(gatewayUrl);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FLINKOPS_')));
  const cliOf = (dist, dir, args) => [
    process.execPath,
    join(dist, 'cli.js'),
    ...args,
    '--dir',
    dir,
    '--env',
    'bench',
  ];
  const plan = async (dist, dir) => {
    const r = await timeOnce(cliOf(dist, dir, ['plan']), { env });
    // Plan exits 0 with changes; a planner error (FO630) would exit 1.
    if (r.code !== 0 || /FO63\d/.test(r.stderr))
      throw new Error(`plan exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
    return { ms: r.ms, calls: proxy.take() };
  };
  const measure = async (dir) => {
    const runs = { current: [], baseline: [] };
    for (let r = 0; r < RUNS; r++) {
      runs.current.push(await plan(join(root, 'dist'), dir));
      if (baseline) runs.baseline.push(await plan(baseline, dir));
    }
    return runs;
  };
  const report = (what, n, runs) => {
    console.log(`real-plan-bench: plan of ${what} on Flink ${VERSION}, medians of ${RUNS} runs`);
    for (const [label, rs] of [
      ['', runs.current],
      ['baseline: ', runs.baseline],
    ]) {
      if (rs.length === 0) continue;
      const calls = rs.at(-1).calls;
      console.log(
        `  ${label}${fmtMs(median(rs.map((x) => x.ms)))}, ${calls} gateway calls (${(calls / n).toFixed(1)} a job)`,
      );
    }
  };

  const creates = join(work, 'creates');
  writeRepo(creates, { project: 'realbench', jobs: JOBS }, jobmanagerUrl, proxy.url);
  const first = await plan(join(root, 'dist'), creates);
  if (ownCluster)
    console.log(`  first plan on the fresh cluster: ${fmtMs(first.ms)}, ${first.calls} gateway calls`);
  report(`${JOBS} new jobs`, JOBS, await measure(creates));

  if (SINKS > 1) {
    const sets = join(work, 'sets');
    writeRepo(sets, { project: 'realbench_sets', jobs: JOBS, sinks: SINKS }, jobmanagerUrl, proxy.url);
    report(`${JOBS} new jobs, each a statement set of ${SINKS} INSERTs`, JOBS, await measure(sets));
  }

  if (UPGRADES > 0) {
    const upgrades = join(work, 'upgrades');
    const spec = { project: `realbench_up_${process.pid}`, jobs: UPGRADES };
    writeRepo(upgrades, spec, jobmanagerUrl, proxy.url);
    deployed = { dir: upgrades, jobmanagerUrl, project: spec.project };
    const overview = await (await fetch(`${jobmanagerUrl}/overview`)).json();
    if (overview['slots-available'] < UPGRADES)
      throw new Error(
        `the cluster has ${overview['slots-available']} free task slots; the upgrade case deploys ${UPGRADES} jobs of one slot (--upgrades 0 skips it)`,
      );
    const fast = ['--auto-approve', '--health-grace', '1s', '--checkpoint-wait', '0'];
    const applied = await timeOnce(cliOf(join(root, 'dist'), upgrades, ['apply', ...fast]), { env });
    if (applied.code !== 0) throw new Error(`apply exited ${applied.code}: ${applied.stderr.slice(0, 2000)}`);
    proxy.take();
    writeRepo(upgrades, { ...spec, where: '\nWHERE v > 0' }, jobmanagerUrl, proxy.url);
    report(`${UPGRADES} upgraded jobs (state verdicts from the planner)`, UPGRADES, await measure(upgrades));
  }
} finally {
  await cancelDeployed().catch((e) => console.error(`could not cancel the bench's jobs: ${e.message}`));
  await proxy?.close();
  await stopOwn();
  rmSync(work, { recursive: true, force: true });
}
