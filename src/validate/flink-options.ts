/**
 * Near-misses of Flink options jobs commonly set (`execution.checkpointing.intervall`,
 * `table.exec.mini-batch.enable`). Flink takes any key in a job's configuration and ignores one
 * it does not know, so a misspelt option is silently without effect: the job runs without the
 * checkpointing or mini-batch it was meant to have. Only a key one or two letters from a known
 * one is flagged; any other key (a connector's, a plugin's) passes as before.
 */
import { closest } from '../core/names';
import { BOOLEAN_OPTIONS, DURATION_OPTIONS, INTEGER_OPTIONS } from './settings-rules';

const KNOWN: ReadonlySet<string> = new Set([
  ...DURATION_OPTIONS,
  ...INTEGER_OPTIONS,
  ...BOOLEAN_OPTIONS,
  'execution.checkpointing.mode',
  'execution.checkpointing.externalized-checkpoint-retention',
  'execution.checkpointing.aligned-checkpoint-timeout',
  'execution.checkpointing.dir',
  'execution.checkpointing.savepoint-dir',
  'execution.checkpointing.num-retained',
  'execution.runtime-mode',
  'state.backend',
  'state.backend.type',
  'state.checkpoints.dir',
  'state.savepoints.dir',
  'state.checkpoints.num-retained',
  'state.backend.rocksdb.predefined-options',
  'restart-strategy',
  'restart-strategy.type',
  'restart-strategy.exponential-delay.backoff-multiplier',
  'restart-strategy.exponential-delay.jitter-factor',
  'restart-strategy.exponential-delay.attempts-before-reset-backoff',
  'pipeline.global-job-parameters',
  'pipeline.jars',
  'pipeline.classpaths',
  'table.exec.mini-batch.size',
  'table.exec.sink.not-null-enforcer',
  'table.exec.sink.upsert-materialize',
  'table.exec.sink.keyed-shuffle',
  'table.exec.async-lookup.buffer-capacity',
  'table.exec.async-lookup.output-mode',
  'table.exec.uid.format',
  'table.exec.uid.generation',
  'table.exec.legacy-cast-behaviour',
  'table.exec.window-agg.buffer-size-limit',
  'table.optimizer.agg-phase-strategy',
  'table.optimizer.distinct-agg.split.bucket-num',
  'table.local-time-zone',
  'table.sql-dialect',
  'table.generated-code.max-length',
]);

/** The well-known option `key` is one or two letters from, when it is not one itself. */
export function flinkOptionTypo(key: string): string | undefined {
  if (key.length < 8 || KNOWN.has(key)) return undefined;
  return closest(key, KNOWN, 2);
}
