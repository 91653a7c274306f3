/**
 * Near-misses of well-known connector names and options (`kafak`, `formt`, `scan.startup.mod`).
 * Flink refuses an unknown connector or option only when the job is planned; these are said at
 * validate time, at the key. Only a name one or two letters from a known one is flagged, so a
 * connector or option flinkops does not know (a custom connector, a Kafka `properties.*` key)
 * passes as before.
 */
import { closest } from '../core/names';

const KAFKA_COMMON = [
  'topic',
  'properties.bootstrap.servers',
  'properties.group.id',
  'format',
  'key.format',
  'key.fields',
  'key.fields-prefix',
  'value.format',
  'value.fields-include',
  'sink.parallelism',
  'sink.delivery-guarantee',
  'sink.transactional-id-prefix',
  'scan.parallelism',
];

/** Options of the connectors Flink ships or flinkops's examples use (Flink 1.16 – 2.x). */
const OPTIONS: Record<string, readonly string[]> = {
  kafka: [
    ...KAFKA_COMMON,
    'topic-pattern',
    'scan.startup.mode',
    'scan.startup.specific-offsets',
    'scan.startup.timestamp-millis',
    'scan.bounded.mode',
    'scan.bounded.specific-offsets',
    'scan.bounded.timestamp-millis',
    'scan.topic-partition-discovery.interval',
    'sink.partitioner',
    'sink.semantic',
  ],
  'upsert-kafka': [...KAFKA_COMMON, 'sink.buffer-flush.max-rows', 'sink.buffer-flush.interval'],
  jdbc: [
    'url',
    'table-name',
    'driver',
    'username',
    'password',
    'connection.max-retry-timeout',
    'scan.partition.column',
    'scan.partition.num',
    'scan.partition.lower-bound',
    'scan.partition.upper-bound',
    'scan.fetch-size',
    'scan.auto-commit',
    'lookup.cache',
    'lookup.cache.max-rows',
    'lookup.cache.ttl',
    'lookup.cache.caching-missing-key',
    'lookup.max-retries',
    'sink.buffer-flush.max-rows',
    'sink.buffer-flush.interval',
    'sink.max-retries',
    'sink.parallelism',
  ],
  filesystem: [
    'path',
    'format',
    'source.monitor-interval',
    'source.path.regex-pattern',
    'partition.default-name',
    'sink.rolling-policy.file-size',
    'sink.rolling-policy.rollover-interval',
    'sink.rolling-policy.check-interval',
    'sink.rolling-policy.inactivity-interval',
    'auto-compaction',
    'compaction.file-size',
    'sink.partition-commit.trigger',
    'sink.partition-commit.delay',
    'sink.partition-commit.watermark-time-zone',
    'sink.partition-commit.policy.kind',
    'sink.partition-commit.policy.class',
    'sink.partition-commit.success-file.name',
    'sink.shuffle-by-partition.enable',
    'sink.parallelism',
  ],
  datagen: ['rows-per-second', 'number-of-rows', 'scan.parallelism'],
  print: ['print-identifier', 'standard-error', 'sink.parallelism'],
  blackhole: [],
};

/** Connectors a near-miss is compared with: Flink's own and the usual ones. */
const CONNECTORS = Object.keys(OPTIONS);

/** Other connectors in common use: never taken for a typo of one above. */
const OTHER_CONNECTORS = new Set([
  'elasticsearch-6',
  'elasticsearch-7',
  'opensearch',
  'hbase-1.4',
  'hbase-2.2',
  'mongodb',
  'pulsar',
  'kinesis',
  'firehose',
  'dynamodb',
  'hive',
  'values',
  'mysql-cdc',
  'postgres-cdc',
  'oracle-cdc',
  'sqlserver-cdc',
  'mongodb-cdc',
  'paimon',
  'iceberg',
  'hudi',
]);

/** Options with a free part (`fields.<column>.kind`, Kafka client `properties.<key>`) are not checked. */
const FREE = [/^fields\./, /^partition\.time-extractor\./, /^lookup\.(partial|full)-cache\./];

/** The known connector `name` is one or two letters from, when it is not one itself. */
export function connectorTypo(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 4 || OPTIONS[lower] || OTHER_CONNECTORS.has(lower)) return undefined;
  return closest(lower, CONNECTORS, 2);
}

/** The option of `connector` that `key` is one or two letters from, when `key` is not one itself. */
export function optionTypo(connector: string, key: string): string | undefined {
  const known = OPTIONS[connector.toLowerCase()];
  if (!known || key.length < 4 || known.includes(key) || FREE.some((re) => re.test(key))) return undefined;
  // A repository writes the same few keys on thousands of tables: each is looked up once.
  const k = `${connector.toLowerCase()}\0${key}`;
  let near = typos.get(k);
  if (near === undefined) {
    near = closest(key, known, 2) ?? null;
    typos.set(k, near);
  }
  return near ?? undefined;
}

const typos = new Map<string, string | null>();
