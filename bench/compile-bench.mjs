#!/usr/bin/env node
// Compile benchmark: generates a 1,000-job / 3,000-table repository into a temp dir,
// then loads, validates and compiles it N times, reporting the median wall time and
// peak RSS. Target: < 1 s median, < 300 MB RSS on 2 cores.
//
//   node bench/compile-bench.mjs [--jobs 1000] [--runs 7] [--keep]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const JOBS = arg('jobs', 1000);
const RUNS = arg('runs', 7);
const UDFS = 10;

function write(dir, path, text) {
  const p = join(dir, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
}

function generate(dir) {
  write(
    dir,
    'flinkops.yaml',
    `# yaml-language-server: $schema=../schemas/project.schema.json
project: bench
flinkVersion: "1.20"
defaults:
  upgradeMode: savepoint
  config:
    execution.checkpointing.interval: 30 s
environments:
  prod:
    jobmanagerUrl: http://jm:8081
    sqlGatewayUrl: http://gw:8083
    auth:
      token: \${secret.FLINK_TOKEN}
    variables:
      KAFKA_BROKERS: kafka-1:9092,kafka-2:9092
      DB_URL: jdbc:postgresql://db:5432/app
    config:
      state.backend.type: rocksdb
    jobs:
${Array.from({ length: 50 }, (_, i) => `      job_${i}:\n        parallelism: ${(i % 8) + 1}`).join('\n')}
`,
  );
  for (let u = 0; u < UDFS; u++) {
    write(
      dir,
      `udfs/udf_${u}.yaml`,
      `# yaml-language-server: $schema=../../schemas/udf.schema.json
jar: s3://artifacts/udf-${u}-1.0.jar
sha256: ${'ab'.repeat(32)}
functions:
${Array.from({ length: 5 }, (_, f) => `  - name: fn_${u}_${f}\n    class: com.example.udf${u}.Fn${f}\n    language: java`).join('\n')}
`,
    );
  }
  for (let j = 0; j < JOBS; j++) {
    write(
      dir,
      `tables/events_${j}.yaml`,
      `# yaml-language-server: $schema=../../schemas/table.schema.json
kind: source
description: Events of stream ${j}.
connector: kafka
columns:
  - name: id
    type: STRING
    nullable: false
  - name: user_id
    type: BIGINT
  - name: amount
    type: DECIMAL(10, 2)
  - name: category
    type: STRING
  - name: ts
    type: TIMESTAMP(3)
metadata:
  - name: kafka_ts
    type: TIMESTAMP_LTZ(3)
    from: timestamp
    virtual: true
computed:
  - name: proc_time
    expr: PROCTIME()
watermark:
  column: ts
  delay: 5 SECOND
with:
  topic: events-${j}
  properties.bootstrap.servers: \${env.KAFKA_BROKERS}
  properties.group.id: bench-${j}
  scan.startup.mode: group-offsets
  format: json
`,
    );
    write(
      dir,
      `tables/users_${j}.yaml`,
      `# yaml-language-server: $schema=../../schemas/table.schema.json
kind: dimension
connector: jdbc
columns:
  - name: user_id
    type: BIGINT
    nullable: false
  - name: name
    type: STRING
  - name: tier
    type: STRING
primaryKey: [user_id]
with:
  url: \${env.DB_URL}
  table-name: users_${j}
  password: \${secret.DB_PASSWORD}
lookup:
  cache: PARTIAL
  maxRows: 10000
  ttl: 10min
`,
    );
    write(
      dir,
      `tables/totals_${j}.yaml`,
      `# yaml-language-server: $schema=../../schemas/table.schema.json
kind: sink
connector: upsert-kafka
columns:
  - name: tier
    type: STRING
    nullable: false
  - name: window_start
    type: TIMESTAMP(3)
    nullable: false
  - name: total
    type: DECIMAL(18, 2)
  - name: label
    type: STRING
primaryKey: [tier, window_start]
with:
  topic: totals-${j}
  properties.bootstrap.servers: \${env.KAFKA_BROKERS}
  key.format: json
  value.format: json
`,
    );
    const fn = `fn_${j % UDFS}_${j % 5}`;
    write(
      dir,
      `jobs/job_${j}.sql`,
      `-- Job ${j}: enrich events with users, then aggregate per tier and minute.
INSERT INTO totals_${j}
SELECT
  u.tier,
  TUMBLE_START(e.ts, INTERVAL '1' MINUTE) AS window_start,
  SUM(e.amount) AS total,
  ${fn}(MAX(u.name)) AS label
FROM events_${j} AS e
JOIN users_${j} FOR SYSTEM_TIME AS OF e.proc_time AS u
  ON e.user_id = u.user_id
WHERE e.category <> 'test'
GROUP BY u.tier, TUMBLE(e.ts, INTERVAL '1' MINUTE);
`,
    );
    if (j % 2 === 0) {
      write(
        dir,
        `jobs/job_${j}.yaml`,
        `# yaml-language-server: $schema=../../schemas/job.schema.json
description: Bench job ${j}.
parallelism: ${(j % 4) + 1}
config:
  table.exec.mini-batch.enabled: true
  table.exec.mini-batch.allow-latency: 2 s
`,
      );
    }
  }
}

async function bundle(outDir) {
  const entry = join(outDir, 'entry.ts');
  writeFileSync(
    entry,
    `export { compileProject } from ${JSON.stringify(join(root, 'src/compile/index.ts'))};\n`,
  );
  const outfile = join(outDir, 'flinkops-bench.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

const work = mkdtempSync(join(tmpdir(), 'flinkops-bench-'));
try {
  const repo = join(work, 'repo');
  generate(repo);
  const { compileProject } = await import(pathToFileURL(await bundle(work)).href);
  const times = [];
  let jobs = 0;
  let diags = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = compileProject(repo, { env: 'prod', envVars: {} });
    times.push(performance.now() - t0);
    jobs = r.value?.jobs.length ?? 0;
    diags = r.diags.length;
    if (!r.value) {
      console.error(r.diags.slice(0, 5));
      throw new Error('bench repository did not compile');
    }
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `compile-bench: ${JOBS} jobs, ${JOBS * 3} tables, ${UDFS} udfs; ${RUNS} runs; jobs compiled ${jobs}, diagnostics ${diags}`,
  );
  console.log(
    `  median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms, first (cold JIT) ${first.toFixed(0)} ms)`,
  );
  console.log(
    `  peak RSS ${maxRssMb.toFixed(0)} MB (current ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB)`,
  );
  const ok = median < 1000 && maxRssMb < 300;
  console.log(`  target < 1000 ms median, < 300 MB RSS: ${ok ? 'met' : 'NOT met'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
  else console.log(`  kept ${work}`);
}
