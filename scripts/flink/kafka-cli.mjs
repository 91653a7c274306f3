#!/usr/bin/env node
// npm run flink:kafka -- topics NAME[:PARTITIONS]... | produce TOPIC | count TOPIC [--brokers HOST:PORT]
// The local stack's Kafka for a repository of one's own: flink:up --with kafka creates only
// example-repo's topics, and its broker creates no topic on first use (auto.create.topics.enable
// is false), so a table on another topic fails its job until the topic exists.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { UserError } from './distribution.mjs';
import { ensureKafka, kafkaTool } from './kafka.mjs';

const USAGE = `usage: npm run -s flink:kafka -- COMMAND [--brokers HOST:PORT]
  topics NAME[:PARTITIONS]...  create topics (1 partition unless given; existing ones are left alone)
  produce TOPIC                send stdin's lines, each "VALUE", "KEY<TAB>VALUE" or
                               "TIMESTAMP_MS<TAB>KEY<TAB>VALUE"; prints how many were sent
  count TOPIC                  print how many records the topic holds
  --brokers HOST:PORT          the broker (default FLINKOPS_KAFKA_BROKERS, which flink:up --with kafka prints)`;

const ARITY = { topics: [1, Number.POSITIVE_INFINITY], produce: [1, 1], count: [1, 1] };

/** The KafkaTool arguments for the command line `args`, or a UserError. */
export function kafkaArgs(args, env = process.env) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, brokers: { type: 'string' } },
    });
  } catch (e) {
    throw new UserError(`${e.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  const [command, ...rest] = positionals;
  const arity = ARITY[command];
  if (!arity) throw new UserError(`${command ? `unknown command ${command}` : 'no command'}\n${USAGE}`);
  if (rest.length < arity[0] || rest.length > arity[1])
    throw new UserError(`${command} takes ${arity[1] === 1 ? 'one topic' : 'topic names'}\n${USAGE}`);
  const brokers = values.brokers ?? env.FLINKOPS_KAFKA_BROKERS;
  if (!brokers)
    throw new UserError(
      'no broker: pass --brokers HOST:PORT, or eval the export lines of `npm run -s flink:up -- --with kafka` (FLINKOPS_KAFKA_BROKERS)',
    );
  return [command, brokers, ...rest];
}

async function main() {
  const args = kafkaArgs(process.argv.slice(2));
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const kafka = await ensureKafka((m) => process.stderr.write(`flink:kafka: ${m}\n`));
  const [java, javaArgs] = await kafkaTool(kafka, ...args);
  const r = spawnSync(java, javaArgs, { stdio: 'inherit' });
  if (r.error) throw new UserError(`${java}: ${r.error.message}`);
  process.exitCode = r.status ?? 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`flink:kafka: ${e instanceof UserError ? e.message : (e?.stack ?? e)}\n`);
    process.exit(1);
  });
}
