import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../sql/analyze';
import { DEFAULT_KAFKA_SEND_WAIT, kafkaSendWait } from './kafka-send-wait';

const kafkaSendWaitOfScript = (script: string) =>
  kafkaSendWait(analyzeScript(script, 'script.sql').statements);

const table = (name: string, connector: string, more = '') =>
  `CREATE TEMPORARY TABLE \`${name}\` (\`v\` STRING) WITH ('connector' = '${connector}', 'topic' = '${name}'${more});`;
const GEN = "CREATE TEMPORARY TABLE `gen` (`v` STRING) WITH ('connector' = 'datagen');";

describe('kafkaSendWait: how long a Kafka sink that sends nothing is watched', () => {
  it("is the producer's default max.block.ms (60 s) and 15 s more for a sink that sets none", () => {
    const w = kafkaSendWaitOfScript(`${GEN}\n${table('out', 'kafka')}\nINSERT INTO out SELECT v FROM gen;`);
    expect(w).toEqual({
      ms: 75_000,
      decidedBy: "the Kafka producer's default max.block.ms (60 s) of sink table `out`",
      sinks: ['out'],
    });
  });

  it('follows the sink table’s properties.max.block.ms, larger or smaller, and names it', () => {
    const big = kafkaSendWaitOfScript(
      `${GEN}\n${table('out', 'kafka', ", 'properties.max.block.ms' = '120000'")}\nINSERT INTO out SELECT v FROM gen;`,
    );
    expect(big).toEqual({
      ms: 135_000,
      decidedBy: 'properties.max.block.ms = 120000 (120 s) of sink table `out`',
      sinks: ['out'],
    });
    const small = kafkaSendWaitOfScript(
      `${GEN}\n${table('out', 'upsert-kafka', ", 'properties.max.block.ms' = '5000'")}\nINSERT INTO out SELECT v FROM gen;`,
    );
    expect(small.ms).toBe(20_000);
  });

  it('takes the longest of a job’s Kafka sinks (a statement set), the default counting for one that sets none', () => {
    const script = [
      GEN,
      table('a', 'kafka', ", 'properties.max.block.ms' = '5000'"),
      table('b', 'kafka', ", 'properties.max.block.ms' = '90000'"),
      table('c', 'kafka'),
      'EXECUTE STATEMENT SET BEGIN',
      'INSERT INTO a SELECT v FROM gen;',
      'INSERT INTO b SELECT v FROM gen;',
      'INSERT INTO c SELECT v FROM gen;',
      'END;',
    ].join('\n');
    expect(kafkaSendWaitOfScript(script)).toEqual({
      ms: 105_000,
      decidedBy: 'properties.max.block.ms = 90000 (90 s) of sink table `b`',
      sinks: ['a', 'b', 'c'],
    });
  });

  it('reads an OPTIONS hint on the INSERT over the table’s option, and ignores sources and other sinks', () => {
    const script = [
      GEN,
      table('src', 'kafka', ", 'properties.max.block.ms' = '900000'"),
      table('out', 'kafka', ", 'properties.max.block.ms' = '5000'"),
      "INSERT INTO out /*+ OPTIONS('properties.max.block.ms' = '30000') */ SELECT v FROM src;",
    ].join('\n');
    expect(kafkaSendWaitOfScript(script).ms).toBe(45_000);
    const print = "CREATE TEMPORARY TABLE `p` (`v` STRING) WITH ('connector' = 'print');";
    expect(kafkaSendWaitOfScript(`${GEN}\n${print}\nINSERT INTO p SELECT v FROM gen;`)).toEqual(
      DEFAULT_KAFKA_SEND_WAIT,
    );
  });

  it('is bounded at 10 min (the producer takes up to Long.MAX_VALUE), and says so', () => {
    const w = kafkaSendWaitOfScript(
      `${GEN}\n${table('out', 'kafka', ", 'properties.max.block.ms' = '9223372036854775807'")}\nINSERT INTO out SELECT v FROM gen;`,
    );
    expect(w.ms).toBe(615_000);
    expect(w.decidedBy).toBe(
      'properties.max.block.ms = 9223372036854775807 (9223372036854776 s) of sink table `out`, bounded at 600 s',
    );
  });

  it('falls back to the default for a value it cannot read (a secret), saying so', () => {
    const w = kafkaSendWaitOfScript(
      `${GEN}\n${table('out', 'kafka', ", 'properties.max.block.ms' = '${secret.BLOCK}'")}\nINSERT INTO out SELECT v FROM gen;`,
    );
    expect(w.ms).toBe(75_000);
    expect(w.decidedBy).toContain(
      "its properties.max.block.ms '${secret.BLOCK}' is not a number of milliseconds",
    );
  });
});
