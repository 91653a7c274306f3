// A synthetic flinkops repository for benchmarks: per job a Kafka source with watermark and
// metadata, a JDBC dimension with lookup cache, an upsert-kafka sink, and a lookup-join + window job.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function write(dir, path, text) {
  const p = join(dir, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
}

/**
 * Writes a synthetic project of `jobs` jobs (3 tables each: source, dimension, sink) into `dir`.
 * `style` is how the tables are written, as the README documents them: `block` YAML (one key a
 * line), `flow` YAML (`- { name: x, type: T }` columns, as the README's example), or `ddl`
 * (tables/<name>.sql holding CREATE TABLE).
 */
export function generate(dir, { jobs: JOBS = 1000, udfs: UDFS = 10, style = 'block' } = {}) {
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
    for (const [name, text] of tableFiles(j, style)) write(dir, `tables/${name}`, text);
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

const HEADER = '# yaml-language-server: $schema=../../schemas/table.schema.json\n';

/** The three tables of job `j`: [file name, text] pairs in the given style. */
function tableFiles(j, style) {
  const events = {
    kind: 'source',
    description: `Events of stream ${j}.`,
    connector: 'kafka',
    columns: [
      ['id', 'STRING', false],
      ['user_id', 'BIGINT'],
      ['amount', 'DECIMAL(10, 2)'],
      ['category', 'STRING'],
      ['ts', 'TIMESTAMP(3)'],
    ],
    metadata: [['kafka_ts', 'TIMESTAMP_LTZ(3)', 'timestamp', true]],
    computed: [['proc_time', 'PROCTIME()']],
    watermark: ['ts', '5 SECOND'],
    with: [
      ['topic', `events-${j}`],
      ['properties.bootstrap.servers', '${env.KAFKA_BROKERS}'],
      ['properties.group.id', `bench-${j}`],
      ['scan.startup.mode', 'group-offsets'],
      ['properties.auto.offset.reset', 'earliest'],
      ['format', 'json'],
    ],
  };
  const users = {
    kind: 'dimension',
    connector: 'jdbc',
    columns: [
      ['user_id', 'BIGINT', false],
      ['name', 'STRING'],
      ['tier', 'STRING'],
    ],
    primaryKey: ['user_id'],
    with: [
      ['url', '${env.DB_URL}'],
      ['table-name', `users_${j}`],
      ['password', '${secret.DB_PASSWORD}'],
    ],
    lookup: [
      ['cache', 'PARTIAL'],
      ['maxRows', '10000'],
      ['ttl', '10min'],
    ],
    ddlLookup: [
      ['lookup.cache', 'PARTIAL'],
      ['lookup.partial-cache.max-rows', '10000'],
      ['lookup.partial-cache.expire-after-write', '10min'],
    ],
  };
  const totals = {
    kind: 'sink',
    connector: 'upsert-kafka',
    columns: [
      ['tier', 'STRING', false],
      ['window_start', 'TIMESTAMP(3)', false],
      ['total', 'DECIMAL(18, 2)'],
      ['label', 'STRING'],
    ],
    primaryKey: ['tier', 'window_start'],
    with: [
      ['topic', `totals-${j}`],
      ['properties.bootstrap.servers', '${env.KAFKA_BROKERS}'],
      ['key.format', 'json'],
      ['value.format', 'json'],
    ],
  };
  const tables = [
    [`events_${j}`, events],
    [`users_${j}`, users],
    [`totals_${j}`, totals],
  ];
  if (style === 'ddl') return tables.map(([name, t]) => [`${name}.sql`, ddl(name, t)]);
  const render = style === 'flow' ? flowYaml : blockYaml;
  return tables.map(([name, t]) => [`${name}.yaml`, HEADER + render(t)]);
}

function blockYaml(t) {
  const out = [`kind: ${t.kind}`];
  if (t.description) out.push(`description: ${t.description}`);
  out.push(`connector: ${t.connector}`, 'columns:');
  for (const [name, type, nullable] of t.columns)
    out.push(
      `  - name: ${name}`,
      `    type: ${type}`,
      ...(nullable === false ? ['    nullable: false'] : []),
    );
  if (t.metadata) {
    out.push('metadata:');
    for (const [name, type, from, virtual] of t.metadata)
      out.push(`  - name: ${name}`, `    type: ${type}`, `    from: ${from}`, `    virtual: ${virtual}`);
  }
  if (t.computed) {
    out.push('computed:');
    for (const [name, expr] of t.computed) out.push(`  - name: ${name}`, `    expr: ${expr}`);
  }
  if (t.watermark) out.push('watermark:', `  column: ${t.watermark[0]}`, `  delay: ${t.watermark[1]}`);
  if (t.primaryKey) out.push(`primaryKey: [${t.primaryKey.join(', ')}]`);
  out.push('with:', ...t.with.map(([k, v]) => `  ${k}: ${v}`));
  if (t.lookup) out.push('lookup:', ...t.lookup.map(([k, v]) => `  ${k}: ${v}`));
  return `${out.join('\n')}\n`;
}

function flowYaml(t) {
  const out = [`kind: ${t.kind}`];
  if (t.description) out.push(`description: ${t.description}`);
  out.push(`connector: ${t.connector}`, 'columns:');
  for (const [name, type, nullable] of t.columns)
    out.push(
      `  - { name: ${name}, type: ${flowScalar(type)}${nullable === false ? ', nullable: false' : ''} }`,
    );
  if (t.metadata) {
    out.push('metadata:');
    for (const [name, type, from, virtual] of t.metadata)
      out.push(`  - { name: ${name}, type: ${type}, from: ${from}, virtual: ${virtual} }`);
  }
  if (t.computed) {
    out.push('computed:');
    for (const [name, expr] of t.computed) out.push(`  - { name: ${name}, expr: ${expr} }`);
  }
  if (t.watermark) out.push(`watermark: { column: ${t.watermark[0]}, delay: ${t.watermark[1]} }`);
  if (t.primaryKey) out.push(`primaryKey: [${t.primaryKey.join(', ')}]`);
  out.push('with:', ...t.with.map(([k, v]) => `  ${k}: ${v}`));
  if (t.lookup) out.push(`lookup: { ${t.lookup.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
  return `${out.join('\n')}\n`;
}

/** In a flow mapping a comma ends a plain scalar, so `DECIMAL(10, 2)` must be quoted there. */
function flowScalar(v) {
  return v.includes(',') ? `"${v}"` : v;
}

function ddl(name, t) {
  const cols = [
    ...t.columns.map(([n, type, nullable]) => `  ${n} ${type}${nullable === false ? ' NOT NULL' : ''}`),
    ...(t.metadata ?? []).map(
      ([n, type, from, virtual]) => `  ${n} ${type} METADATA FROM '${from}'${virtual ? ' VIRTUAL' : ''}`,
    ),
    ...(t.computed ?? []).map(([n, expr]) => `  ${n} AS ${expr}`),
  ];
  if (t.watermark) cols.push(`  WATERMARK FOR ${t.watermark[0]} AS ${t.watermark[0]} - INTERVAL '5' SECOND`);
  if (t.primaryKey) cols.push(`  PRIMARY KEY (${t.primaryKey.join(', ')}) NOT ENFORCED`);
  const opts = [['connector', t.connector], ...t.with, ...(t.ddlLookup ?? [])];
  return `-- ${t.description ?? `The ${t.kind} table ${name}.`}
CREATE TABLE ${name} (
${cols.join(',\n')}
) WITH (
${opts.map(([k, v]) => `  '${k}' = '${v}'`).join(',\n')}
);
`;
}
