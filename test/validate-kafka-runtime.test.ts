/**
 * Kafka options that validate and plan cleanly but break the job on a real broker (seen on Flink
 * 1.20, Kafka connector 3.4, Kafka 3.9): an exactly-once sink without a transaction timeout the
 * broker takes, a group-offsets start without a group or a reset policy, two jobs in one consumer
 * group. Validate warns at the option, as each environment and each job's hint gives it.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
/** Exactly-once sinks commit at checkpoints (FO692 without them). */
const CHECKPOINTING = 'defaults:\n  config:\n    execution.checkpointing.interval: 30 s\n';
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-kafka-runtime-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  appendFileSync(join(repo, 'flinkops.yaml'), CHECKPOINTING);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const write = (file: string, text: string) => writeFileSync(join(repo, file), text);

const table = (kind: string, withLines: string[], connector = 'kafka') =>
  [
    `kind: ${kind}`,
    `connector: ${connector}`,
    'columns:',
    '  - { name: customer_id, type: BIGINT }',
    '  - { name: total, type: "DECIMAL(10, 2)" }',
    'with:',
    ...withLines.map((l) => `  ${l}`),
    '',
  ].join('\n');

const project = (tablesOf: (env: string) => string | undefined, envs = ['dev', 'prod']) =>
  [
    'project: shop',
    'flinkVersion: "1.20"',
    'environments:',
    ...envs.flatMap((e) => {
      const t = tablesOf(e);
      return [
        `  ${e}:`,
        '    jobmanagerUrl: http://localhost:8081',
        '    sqlGatewayUrl: http://localhost:8083',
        ...(t ? [`    tables: ${t}`] : []),
      ];
    }),
    CHECKPOINTING,
  ].join('\n');

const EXACTLY_ONCE = [
  'topic: totals',
  'properties.bootstrap.servers: k:9092',
  'format: json',
  'sink.delivery-guarantee: exactly-once',
  'sink.transactional-id-prefix: shop-totals',
];

async function validate(): Promise<{ code: number; stderr: string; stdout: string }> {
  return cli(['validate', '--dir', repo]);
}

describe('FO273: an exactly-once Kafka sink without a transaction timeout', () => {
  it('warns at sink.delivery-guarantee, with the timeout to set', async () => {
    write('tables/order_totals.yaml', table('sink', EXACTLY_ONCE));
    const r = await validate();
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:10:3: warning FO273: Kafka sink order_totals writes exactly-once without properties.transaction.timeout.ms\n',
    );
    expect(r.stderr).toContain(
      'The transaction timeout is larger than the maximum value allowed by the broker',
    );
    expect(r.stderr).toContain('Set properties.transaction.timeout.ms: 900000');
    expect(r.stdout).toContain('(0 errors, 1 warning)');
  });

  it('is silent with the timeout set, in the table or by every environment, or by the INSERT hint', async () => {
    write(
      'tables/order_totals.yaml',
      table('sink', [...EXACTLY_ONCE, 'properties.transaction.timeout.ms: 900000']),
    );
    expect((await validate()).stdout).toContain('✓ 1 job, 3 tables, 0 UDF artifacts valid\n');
    write('tables/order_totals.yaml', table('sink', EXACTLY_ONCE));
    write(
      'flinkops.yaml',
      project(() => '{ order_totals: { with: { properties.transaction.timeout.ms: 600000 } } }'),
    );
    expect((await validate()).stderr).toBe('');
    write(
      'flinkops.yaml',
      project(() => undefined),
    );
    write(
      'jobs/totals.sql',
      "INSERT INTO order_totals /*+ OPTIONS('properties.transaction.timeout.ms' = '900000') */\nSELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id;\n",
    );
    expect((await validate()).stderr).toBe('');
  });

  it('names the environments an override leaves without it, and points at an override that removes it', async () => {
    write('tables/order_totals.yaml', table('sink', EXACTLY_ONCE));
    write(
      'flinkops.yaml',
      project((e) =>
        e === 'prod'
          ? '{ order_totals: { with: { properties.transaction.timeout.ms: 900000 } } }'
          : undefined,
      ),
    );
    let r = await validate();
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:10:3: warning FO273: Kafka sink order_totals writes exactly-once without properties.transaction.timeout.ms (environment dev)\n',
    );
    expect(r.stdout).toContain('(0 errors, 1 warning)');
    write(
      'tables/order_totals.yaml',
      table('sink', [...EXACTLY_ONCE, 'properties.transaction.timeout.ms: 900000']),
    );
    write(
      'flinkops.yaml',
      project((e) =>
        e === 'prod' ? '{ order_totals: { with: { properties.transaction.timeout.ms: null } } }' : undefined,
      ),
    );
    r = await validate();
    expect(r.stderr).toContain(
      'flinkops.yaml:10:39: warning FO273: Kafka sink order_totals writes exactly-once, and this override removes properties.transaction.timeout.ms (environment prod)\n',
    );
    expect(r.stdout).toContain('(0 errors, 1 warning)');
  });

  it('warns at the key of a raw DDL table, and for upsert-kafka', async () => {
    rmSync(join(repo, 'tables/order_totals.yaml'));
    write(
      'tables/order_totals.sql',
      "CREATE TABLE order_totals (\n  customer_id BIGINT,\n  total DECIMAL(10, 2),\n  PRIMARY KEY (customer_id) NOT ENFORCED\n) WITH (\n  'connector' = 'upsert-kafka',\n  'topic' = 'totals',\n  'key.format' = 'json',\n  'value.format' = 'json',\n  'sink.delivery-guarantee' = 'exactly-once',\n  'sink.transactional-id-prefix' = 'shop'\n);\n",
    );
    const r = await validate();
    expect(r.stderr).toContain(
      'tables/order_totals.sql:10:3: warning FO273: Kafka sink order_totals writes exactly-once without properties.transaction.timeout.ms\n',
    );
  });
});

const SOURCE = ['topic: orders', 'properties.bootstrap.servers: k:9092', 'format: json'];
const useKafkaOrders = (withLines: string[]) => {
  write(
    'tables/orders.yaml',
    table('source', withLines).replace(
      '  - { name: total, type: "DECIMAL(10, 2)" }',
      '  - { name: amount, type: "DECIMAL(10, 2)" }',
    ),
  );
};

describe('FO274: a Kafka source starting from its group’s committed offsets', () => {
  it('warns without a group id (group-offsets is the default mode), at the connector', async () => {
    useKafkaOrders(SOURCE);
    const r = await validate();
    expect(r.stderr).toContain(
      "tables/orders.yaml:2:12: warning FO274: Kafka source orders starts from its consumer group's committed offsets but has no properties.group.id\n",
    );
    expect(r.stderr).toContain('Property group.id is required when using committed offset');
  });

  it('warns with a group id but no reset policy, at the group id, and is silent with one', async () => {
    useKafkaOrders([...SOURCE, 'properties.group.id: shop-totals']);
    let r = await validate();
    expect(r.stderr).toContain(
      'tables/orders.yaml:10:3: warning FO274: Kafka source orders starts from the committed offsets of group shop-totals, with no properties.auto.offset.reset for when it has none\n',
    );
    expect(r.stderr).toContain('Undefined offset with no reset policy');
    expect(r.stderr).toContain('Set properties.auto.offset.reset: earliest');
    useKafkaOrders([...SOURCE, 'properties.group.id: shop-totals', 'properties.auto.offset.reset: earliest']);
    r = await validate();
    expect(r.stderr).toBe('');
  });

  it('is silent for another start mode, in the table, an environment or the job’s hint', async () => {
    useKafkaOrders([...SOURCE, 'scan.startup.mode: earliest-offset']);
    expect((await validate()).stderr).toBe('');
    useKafkaOrders(SOURCE);
    write(
      'flinkops.yaml',
      project(() => '{ orders: { with: { scan.startup.mode: latest-offset } } }'),
    );
    expect((await validate()).stderr).toBe('');
    write(
      'flinkops.yaml',
      project(() => undefined),
    );
    write(
      'jobs/totals.sql',
      "INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */\nGROUP BY customer_id;\n",
    );
    expect((await validate()).stderr).toBe('');
  });
});

describe('FO275: jobs sharing a Kafka consumer group from its committed offsets', () => {
  const SHARED = [...SOURCE, 'properties.group.id: shop', 'properties.auto.offset.reset: earliest'];
  const secondJob = (from = 'orders') =>
    write(
      'jobs/counts.sql',
      `INSERT INTO order_totals\nSELECT customer_id, COUNT(*) AS total\nFROM ${from}\nGROUP BY customer_id;\n`,
    );

  it('warns at the group id, naming the jobs, with the hint that separates them', async () => {
    useKafkaOrders(SHARED);
    secondJob();
    const r = await validate();
    expect(r.stderr).toContain(
      'tables/orders.yaml:10:3: warning FO275: Jobs counts, totals read table orders in the same Kafka consumer group shop (topic orders), from its committed offsets\n',
    );
    expect(r.stderr).toContain("FROM orders /*+ OPTIONS('properties.group.id' = 'shop-<job>') */");
    expect(r.stdout).toContain('(0 errors, 1 warning)');
  });

  it('is silent when each job has its own group, or one job reads from another mode', async () => {
    useKafkaOrders(SHARED);
    secondJob("orders /*+ OPTIONS('properties.group.id' = 'shop-counts') */");
    expect((await validate()).stderr).toBe('');
    secondJob("orders /*+ OPTIONS('scan.startup.mode' = 'earliest-offset') */");
    expect((await validate()).stderr).toBe('');
  });

  it('finds two tables on the same topic and group, and a read through a view', async () => {
    useKafkaOrders(SHARED);
    write(
      'tables/orders_again.sql',
      "CREATE TABLE orders_again (customer_id BIGINT) WITH (\n  'connector' = 'kafka',\n  'topic' = 'orders',\n  'properties.bootstrap.servers' = 'k:9092',\n  'properties.group.id' = 'shop',\n  'properties.auto.offset.reset' = 'earliest',\n  'format' = 'json'\n);\n",
    );
    write('tables/big_orders.sql', 'CREATE VIEW big_orders AS SELECT customer_id FROM orders_again;\n');
    secondJob('big_orders');
    const r = await validate();
    expect(r.stderr).toContain(
      'tables/orders.yaml:10:3: warning FO275: Jobs counts, totals read tables orders, orders_again in the same Kafka consumer group shop (topic orders), from its committed offsets\n',
    );
    expect(r.stderr).toContain(
      'tables/orders_again.sql:5:3: warning FO275: Jobs counts, totals read tables orders, orders_again in the same Kafka consumer group shop',
    );
  });

  it('says so only for the environments that share', async () => {
    useKafkaOrders(SHARED);
    secondJob();
    write(
      'flinkops.yaml',
      project((e) =>
        e === 'dev' ? '{ orders: { with: { scan.startup.mode: latest-offset } } }' : undefined,
      ),
    );
    const r = await validate();
    expect(r.stderr).toContain('from its committed offsets (environment prod)\n');
    expect(r.stdout).toContain('(0 errors, 1 warning)');
  });
});

describe('FO688: two jobs writing exactly-once under one transactional id prefix', () => {
  const SINK = [...EXACTLY_ONCE, 'properties.transaction.timeout.ms: 900000'];
  const secondJob = (into = 'order_totals') =>
    write(
      'jobs/counts.sql',
      `INSERT INTO ${into}\nSELECT customer_id, COUNT(*) AS total\nFROM orders\nGROUP BY customer_id;\n`,
    );

  it('warns at the prefix, naming the jobs, with the hint that separates them', async () => {
    write('tables/order_totals.yaml', table('sink', SINK));
    secondJob();
    const r = await validate();
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:11:3: warning FO688: Jobs counts, totals write exactly-once to Kafka (order_totals) with the same sink.transactional-id-prefix shop-totals\n',
    );
    expect(r.stderr).toContain(
      "INSERT INTO order_totals /*+ OPTIONS('sink.transactional-id-prefix' = 'shop-totals-<job>') */",
    );
    expect(r.stdout).toContain('(0 errors, 1 warning)');
  });

  it('finds two tables with one prefix, and is silent once a job gets its own', async () => {
    write('tables/order_totals.yaml', table('sink', SINK));
    write(
      'tables/order_counts.yaml',
      table(
        'sink',
        SINK.map((l) => l.replace('topic: totals', 'topic: counts')),
      ),
    );
    secondJob('order_counts');
    const r = await validate();
    expect(r.stderr).toContain(
      'warning FO688: Jobs counts, totals write exactly-once to Kafka (order_counts, order_totals) with the same sink.transactional-id-prefix shop-totals\n',
    );
    secondJob("order_counts /*+ OPTIONS('sink.transactional-id-prefix' = 'shop-counts') */");
    expect((await validate()).stderr).toBe('');
  });
});

describe('FO689: a checkpoint interval the Kafka transaction timeout does not cover', () => {
  const SINK = [...EXACTLY_ONCE, 'properties.transaction.timeout.ms: 900000'];

  it('warns at the timeout when the interval reaches it, and is silent below it', async () => {
    write('tables/order_totals.yaml', table('sink', SINK));
    write('jobs/totals.yaml', 'parallelism: 2\nconfig:\n  execution.checkpointing.interval: 20 min\n');
    const r = await validate();
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:12:3: warning FO689: Job totals checkpoints every 20 min, not within the properties.transaction.timeout.ms of its exactly-once Kafka sink order_totals (900000 ms)\n',
    );
    expect(r.stdout).toContain('(0 errors, 1 warning)');
    write('jobs/totals.yaml', 'parallelism: 2\nconfig:\n  execution.checkpointing.interval: 1 min\n');
    expect((await validate()).stderr).toBe('');
  });
});

describe('FO692: an exactly-once Kafka sink in a job that does not checkpoint', () => {
  const SINK = [...EXACTLY_ONCE, 'properties.transaction.timeout.ms: 900000'];

  it('warns at the delivery guarantee when no interval is set, and is silent with one in the script', async () => {
    write('flinkops.yaml', project(() => undefined).replace(CHECKPOINTING, ''));
    write('tables/order_totals.yaml', table('sink', SINK));
    const r = await validate();
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:10:3: warning FO692: Job totals writes Kafka sink order_totals exactly-once without checkpointing (execution.checkpointing.interval unset)\n',
    );
    expect(r.stderr).toContain('no record it writes ever reaches a read_committed consumer');
    expect(r.stdout).toContain('(0 errors, 1 warning)');
    write(
      'jobs/totals.sql',
      "SET 'execution.checkpointing.interval' = '10 s';\nINSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY customer_id;\n",
    );
    expect((await validate()).stderr).toBe('');
  });

  it('warns when an override switches checkpointing off', async () => {
    write('tables/order_totals.yaml', table('sink', SINK));
    write('jobs/totals.yaml', 'parallelism: 2\nconfig:\n  execution.checkpointing.interval: "0"\n');
    const r = await validate();
    expect(r.stderr).toContain(
      'warning FO692: Job totals writes Kafka sink order_totals exactly-once without checkpointing (execution.checkpointing.interval 0)',
    );
  });
});
