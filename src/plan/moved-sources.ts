/**
 * Tables a restart moves (another topic, table, format or start) while it restores their operators'
 * state.
 */

import { type SourceRange, warning } from '../core/diagnostics';
import { operatorKind, tableKey } from '../core/operator-state';
import type { StreamGraph } from '../core/stream-graph';
import { analyzeScript } from '../sql/analyze';
import type { Statement } from '../sql/types';
import { PLAN_CODES } from './codes';
import { cdcTableName } from './compat';
import { type ExplainedJob, type ExplainedPair, type TableFacts, tableFacts } from './explained-job';
import { type JobInputs, submittedStatement, type TablePlace } from './job-inputs';
import { relationsOf } from './lineage';
import type { Compatibility, UpgradeStrategy } from './model';

type Options = Readonly<Record<string, string>>;

/** Whether both stream graphs read (or write) the table. */
function usedInBoth(
  explained: { old: ExplainedJob; next: ExplainedJob },
  name: string,
  kind: 'source' | 'sink',
): boolean {
  const uses = (g: StreamGraph) =>
    g.nodes.some((n) => {
      const k = operatorKind(n);
      return k.kind === kind && tableKey(k.table ?? '') === name;
    });
  return uses(explained.old.graph) && uses(explained.next.graph);
}

/**
 * The source (or sink) tables of an upgrade from a savepoint whose `where` (a topic, a database
 * table) changed: tables `connector` accepts in both scripts (it returns the connector's name),
 * read (or written) in both stream graphs.
 */
function movedSources(
  explained: ExplainedPair | undefined,
  connector: (old: Options, next: Options) => string | undefined,
  where: (o: Options) => string | undefined,
  kind: 'source' | 'sink' = 'source',
): Moved[] {
  if (!explained || !('old' in explained)) return [];
  const out: Moved[] = [];
  for (const [name, next] of explained.next.tables) {
    const old = explained.old.tables.get(name);
    const c = old ? connector(old.options, next.options) : undefined;
    if (!old || c === undefined) continue;
    const was = where(old.options);
    const now = where(next.options);
    if (was === undefined || was === now) continue;
    if (!usedInBoth(explained, name, kind)) continue;
    out.push({ name, connector: c, was, now, old: old.options, next: next.options });
  }
  return out;
}

/** A table `movedSources` found: its connector, where it was and is, and its options before and after. */
interface Moved {
  name: string;
  connector: string;
  was: string;
  now: string | undefined;
  old: Options;
  next: Options;
}

/** The first of `keys` whose value differs between the two options: the one to locate. */
function changedKey(m: Moved, keys: readonly string[]): string {
  return keys.find((k) => m.old[k] !== m.next[k]) ?? keys[0]!;
}

/**
 * A Kafka source whose `topic` (or `topic-pattern`) changed in an upgrade from a savepoint: Flink's
 * KafkaSource restores the partitions it was assigned and goes on reading them, so the new job reads
 * the old topic as well as the new one (real Flink 2.2.0).
 */
export function warnKafkaTopicMoved(j: JobInputs, explained: ExplainedPair | undefined): void {
  const kafka = (old: Options, next: Options) =>
    old.connector === 'kafka' && next.connector === 'kafka' ? 'kafka' : undefined;
  for (const m of movedSources(explained, kafka, (o) => o.topic ?? o['topic-pattern'])) {
    const { name, was, now } = m;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaTopicMoved,
        `Job ${j.job.name}: Kafka source ${name} moves from topic ${was} to ${now ?? 'another subscription'}, but restored from the savepoint it goes on reading ${was}`,
        `Flink's KafkaSource restores the partitions it was assigned from the savepoint and keeps reading them, whatever the table's topic now says: the new job reads ${was} as well. To read only the new topic, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too; scan.startup.mode says where the new topic is read from), or let nothing write ${was} any more.`,
        inTable(j, name, { option: changedKey(m, ['topic', 'topic-pattern']) }),
      ),
    );
  }
}

/** The options that say where a Kafka source starts (kafkaStart), the mode first. */
const START_KEYS = [
  'scan.startup.mode',
  'scan.startup.specific-offsets',
  'scan.startup.timestamp-millis',
  'properties.group.id',
];

/** Where a Kafka table starts without restored offsets: its mode and what the mode reads. */
function kafkaStart(o: Options): string {
  const mode = (o['scan.startup.mode'] ?? 'group-offsets').toLowerCase();
  const at =
    mode === 'specific-offsets'
      ? o['scan.startup.specific-offsets']
      : mode === 'timestamp'
        ? o['scan.startup.timestamp-millis']
        : mode === 'group-offsets'
          ? o['properties.group.id']
          : undefined;
  return at === undefined ? mode : `${mode} ${at}`;
}

/**
 * A Kafka source whose start (`scan.startup.mode`, its offsets or timestamp, the group it reads
 * `group-offsets` of) changed in an upgrade that restores its state: the KafkaSource resumes from
 * the offsets in the savepoint and uses the new setting only for partitions it never read (real
 * 2.2.0: earliest-offset → latest-offset with a new group id, and the restored job counted every
 * record once, none skipped, none read again).
 */
export function warnKafkaStartIgnored(
  j: JobInputs,
  explained: ExplainedPair | undefined,
  compat: Compatibility,
): void {
  const kafka = (old: Options, next: Options) =>
    old.connector === 'kafka' && next.connector === 'kafka' ? 'kafka' : undefined;
  for (const m of movedSources(explained, kafka, kafkaStart)) {
    const { name, was, now } = m;
    if (!compat.operators?.some((o) => o.name === `source ${name}` && o.state === 'kept')) continue;
    j.diags.push(
      warning(
        PLAN_CODES.kafkaStartIgnored,
        `Job ${j.job.name}: Kafka source ${name} starts at ${now} instead of ${was}, but restored from the savepoint it resumes where the old job stopped`,
        `Flink's KafkaSource restores each partition's offset from the savepoint and reads on from there: scan.startup.mode and its group or offsets apply only to partitions it never read, so no record is skipped or read again. To start where the new setting says, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} (the job's other state starts empty too), or under a new job name.`,
        inTable(j, name, { option: changedKey(m, START_KEYS) }),
      ),
    );
  }
}

/**
 * An upsert sink (upsert-kafka, jdbc) moved to another topic or table in an upgrade that restores
 * the job's keyed state: the restored aggregates (deduplications, joins) emit a key only when it
 * changes again, so the new topic or table gets the keys updated from now on, and lacks the others
 * (real 2.2.0: a deduplication's upsert-kafka sink moved to a new topic; restored, the job began
 * the new topic with the keys of the rows it read next, and deletes of rows only the old topic held).
 */
export function warnUpsertSinkMoved(
  j: JobInputs,
  explained: ExplainedPair | undefined,
  compat: Compatibility,
): void {
  const keyed = compat.operators?.some(
    (o) => o.state === 'kept' && !o.name.startsWith('source ') && !o.name.startsWith('sink '),
  );
  if (!keyed) return;
  const upsert = (old: Options, next: Options) =>
    old.connector === next.connector && (next.connector === 'upsert-kafka' || next.connector === 'jdbc')
      ? next.connector
      : undefined;
  const target = (o: Options) => (o.connector === 'jdbc' ? o['table-name'] : o.topic);
  for (const m of movedSources(explained, upsert, target, 'sink')) {
    const { name, connector, was, now } = m;
    const what = connector === 'jdbc' ? 'table' : 'topic';
    j.diags.push(
      warning(
        PLAN_CODES.upsertSinkMoved,
        `Job ${j.job.name}: ${connector} sink ${name} moves from ${what} ${was} to ${now ?? 'another one'}, which will hold only the keys updated after the upgrade`,
        `Restored from the savepoint, the job's operators emit a key's row only when the key changes again: ${now ?? `the new ${what}`} gets those, and no row of a key not updated since; ${was} keeps the rest. To fill the new ${what} with every key, deploy this change with upgradeMode: stateless in ${j.job.yamlFile ?? `jobs/${j.job.name}.yaml`} and sources that read their input from the start (scan.startup.mode: earliest-offset), or copy ${was}'s rows into ${now ?? `the new ${what}`} before the upgrade.`,
        inTable(j, name, { option: connector === 'jdbc' ? 'table-name' : 'topic' }),
      ),
    );
  }
}

/** Formats that read each column from the record's field of the column's name. */
const BY_NAME_FORMATS = new Set(['json', 'debezium-json', 'canal-json', 'maxwell-json', 'ogg-json']);

/** Formats that read each column from the record's field at the column's place. */
const BY_POSITION_FORMATS = new Set(['csv']);

/**
 * A source whose physical columns read other fields of the records after an upgrade, without an
 * error: in a format that reads by name (json), a column renamed (another name at the same place,
 * retyped or not) reads a field the records do not have, NULL (real 2.2.0 and 1.20.3: v → val under
 * SUM(val), restored, and the sum stopped growing while the count went on); in one that reads by
 * position (csv), a column moved reads another column's field (real 1.20.3: k and v swapped,
 * GROUP BY k printed keys 44, 47 and 88 of a k of 0..9).
 */
export function warnFieldsReadElsewhere(j: JobInputs, explained: ExplainedPair | undefined): void {
  if (!explained || !('old' in explained)) return;
  fieldsReadElsewhere(j, explained.old.tables, explained.next.tables, (name) =>
    usedInBoth(explained, name, 'source') ? '' : undefined,
  );
}

/**
 * The same after a stateless upgrade of a job that reads the topic again from a start before the
 * change (earliest-offset, a timestamp, its group's offsets): the records written in the old shape
 * are read again, and nothing of the job's state hides them (real 2.2.0: amount renamed amount_eur
 * in a producer, its table and its consumer at once; the consumer, upgraded stateless, re-read the
 * topic from earliest-offset and summed NULL for every record written before).
 */
export function warnFieldsReadAgain(
  j: JobInputs,
  oldScript: string | undefined,
  strategy: UpgradeStrategy,
): void {
  if (strategy !== 'stateless' || oldScript === undefined) return;
  const facts = (statements: readonly Statement[]) =>
    new Map(
      statements.flatMap((st) =>
        st.table ? [[tableKey(st.table.name.name), tableFacts(st.table)] as const] : [],
      ),
    );
  const old = facts(analyzeScript(oldScript, j.job.sqlFile).statements);
  const next = facts(j.job.statements);
  const oldReads = new Set(relationsOf(oldScript).reads.map(tableKey));
  const reads = new Set(j.job.sources.map(tableKey));
  fieldsReadElsewhere(j, old, next, (name) => {
    const o = next.get(name)?.options ?? {};
    const connector = o.connector?.toLowerCase();
    if (!reads.has(name) || !oldReads.has(name)) return undefined;
    const mode =
      connector === 'upsert-kafka'
        ? 'earliest-offset'
        : connector === 'kafka'
          ? (o['scan.startup.mode'] ?? 'group-offsets').toLowerCase()
          : undefined;
    if (mode === undefined || mode === 'latest-offset') return undefined;
    return ` (upgraded stateless, it reads the topic again from ${mode}: records written before the change are read again)`;
  });
}

/**
 * Renamed (json) or moved (csv) physical columns of the source tables `why` names: what it returns
 * is added to the summary; undefined leaves the table alone.
 */
function fieldsReadElsewhere(
  j: JobInputs,
  oldTables: ReadonlyMap<string, TableFacts>,
  nextTables: ReadonlyMap<string, TableFacts>,
  why: (name: string) => string | undefined,
): void {
  const format = (o: Options) => o.format ?? o['value.format'];
  for (const [name, next] of nextTables) {
    const old = oldTables.get(name);
    const f = format(next.options);
    if (!old || f === undefined || format(old.options) !== f) continue;
    if (!BY_NAME_FORMATS.has(f) && !BY_POSITION_FORMATS.has(f)) continue;
    const because = why(name);
    if (because === undefined) continue;
    const was = old.physical ?? [];
    const now = next.physical ?? [];
    if (BY_POSITION_FORMATS.has(f)) {
      // A value without its key fields (EXCEPT_KEY) has other places than the table's columns.
      if (next.options['value.fields-include']?.toUpperCase() === 'EXCEPT_KEY') continue;
      const moved = now.filter((col, i) => was.includes(col) && was.indexOf(col) !== i);
      if (moved.length === 0) continue;
      const where = moved.map((col) => `${col} field ${now.indexOf(col) + 1} (was ${was.indexOf(col) + 1})`);
      j.diags.push(
        warning(
          PLAN_CODES.fieldMoved,
          `Job ${j.job.name}: columns of source ${name} move, but format ${f} reads fields by position: ${where.join(', ')}${because}`,
          `The ${f} format reads each column from the record's field at the column's place: records written in the old order give ${moved.join(', ')} another column's value, without an error where it parses as the column's type. Keep the columns in the order the producers write them, and add new ones at the end; or have the producers write the new order first.`,
          inTable(j, name, { column: moved[0]! }),
        ),
      );
      continue;
    }
    for (const [i, col] of was.entries()) {
      const renamed = now[i];
      if (renamed === undefined || now.includes(col) || was.includes(renamed)) continue;
      // Retyped as well (v INT → val BIGINT): the records still hold no field `val`, NULL all the same.
      const from = old.columns.get(col);
      const to = next.columns.get(renamed);
      const retyped =
        from !== undefined && to !== undefined && from !== to ? ` (and retyped ${from} → ${to})` : '';
      j.diags.push(
        warning(
          PLAN_CODES.fieldRenamed,
          `Job ${j.job.name}: column ${col} of source ${name} is renamed ${renamed}${retyped}, but format ${f} reads the field named ${renamed}: it is NULL in every record written with ${col}${because}`,
          `The ${f} format reads each column from the record's field of the same name, and cannot read a field under another name: records that hold ${col} and no ${renamed} give NULL, and what the job computes from ${renamed} (sums, keys, filters) changes without an error. Keep ${col} in the table and rename it in the query (SELECT ${retyped ? `CAST(${col} AS ${to}) AS ${renamed}` : `${col} AS ${renamed}`} …), or have the producers write ${renamed} first.`,
          inTable(j, name, { column: renamed }),
        ),
      );
    }
  }
}

/**
 * A Flink CDC source pointed at another database table (`database-name`, `schema-name`,
 * `table-name`) in an upgrade from a savepoint. Real 1.20.3 with postgres-cdc 3.5.0 restored it,
 * read a snapshot of the new table and its changes from then on, and no more changes of the old
 * one: the sinks keep the old table's rows, which no delete will ever reach.
 */
export function warnCdcTableMoved(j: JobInputs, explained: ExplainedPair | undefined): void {
  const cdc = (old: Options, next: Options) => {
    const c = next.connector?.toLowerCase();
    return c?.endsWith('-cdc') && old.connector?.toLowerCase() === c ? c : undefined;
  };
  for (const m of movedSources(explained, cdc, (o) => cdcTableName((k) => o[k]))) {
    const { name, connector, was, now } = m;
    j.diags.push(
      warning(
        PLAN_CODES.cdcTableMoved,
        `Job ${j.job.name}: ${connector} source ${name} moves from table ${was} to ${now}: the sinks keep what ${was} gave them`,
        `Restored from the savepoint, the source reads a snapshot of ${now} and its changes from then on, and no more changes of ${was}: rows ${was} gave the sinks stay there, also when they are deleted from it later. Delete them from the sinks if they should go, or write the new table to sinks of its own.`,
        inTable(j, name, { option: changedKey(m, ['table-name', 'schema-name', 'database-name']) }),
      ),
    );
  }
}

/**
 * Where the change of `table` a warning speaks of is written (the table's column or option, in its
 * own file), located only now that the warning fires; else the job's statement.
 */
function inTable(j: JobInputs, table: string, place: TablePlace): SourceRange {
  return j.ctx.locateInTable?.(j.job, table, place) ?? submittedStatement(j.job);
}
