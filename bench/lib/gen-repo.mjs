// A synthetic flinkops repository for benchmarks: per job a Kafka source with watermark and
// metadata, a JDBC dimension with lookup cache, an upsert-kafka sink, and a lookup-join + window job.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function write(dir, path, text) {
  const p = join(dir, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
}

/** Writes a synthetic project of `jobs` jobs (3 tables each: source, dimension, sink) into `dir`. */
export function generate(dir, { jobs: JOBS = 1000, udfs: UDFS = 10 } = {}) {
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
${Array.from({ length: Math.min(50, JOBS) }, (_, i) => `      job_${i}:\n        parallelism: ${(i % 8) + 1}`).join('\n')}
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
