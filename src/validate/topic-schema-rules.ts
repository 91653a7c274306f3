/**
 * A Kafka topic carries no schema: a repository declares it once as the sink table its producer
 * writes and again as the source table its consumers read, and only the repository knows both.
 * A column the reading table has and the writing table does not is NULL in every record (FO288);
 * one both have under different types is parsed from the writer's text into the reader's type
 * (FO289). Checked for formats that read fields by name (json and its CDC variants), per
 * environment, as each gives the tables' options. A table a job's script creates counts as a
 * repository table does (real 2.2.0: a consumer's own CREATE TABLE reading a column the producer's
 * own CREATE TABLE does not write read NULL in every record).
 */
import { type Diagnostic, type SourceRange, warning } from '../core/diagnostics';
import { KAFKA_CONNECTORS, kafkaTopicKeys, topicOfKey, topicsRead } from '../core/kafka-topic';
import { ctasColumns, type WrittenColumn } from './ctas-columns';
import type { Project, ProjectTable } from './model';
import { type Lookup, lookupOf, tableOptionsIn, tableUses, writtenConnector } from './table-options';

const BY_NAME_FORMATS = new Set(['json', 'debezium-json', 'canal-json', 'maxwell-json', 'ogg-json']);

export interface Column {
  name: string;
  type: string;
  at: () => SourceRange | undefined;
  typeAt: () => SourceRange | undefined;
}

/** Types as Flink reads them: case, spaces and the usual aliases do not make two types differ. */
function normalType(t: string): string {
  const s = t
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/NOTNULL$/, '');
  if (s === 'STRING') return 'VARCHAR(2147483647)';
  if (s === 'BYTES') return 'VARBINARY(2147483647)';
  if (s === 'INTEGER') return 'INT';
  if (s === 'DEC' || s === 'NUMERIC' || s === 'DECIMAL') return 'DECIMAL(10,0)';
  return s.replace(/^(DEC|NUMERIC)\(/, 'DECIMAL(');
}

/** The physical columns of a table, each with where its name and type are written. */
export function physical(t: ProjectTable, l: Lookup): Column[] {
  const source = l.sources.get(t.file);
  if (t.format === 'yaml') {
    const y = source?.yaml;
    return (t.spec?.columns ?? []).map((c, i) => ({
      name: c.name,
      type: String(c.type),
      at: () => y?.locate(['columns', i, 'name']),
      typeAt: () => y?.locate(['columns', i, 'type']),
    }));
  }
  const s = t.statement;
  const lines = source?.sql?.lines;
  return (s?.table?.columns ?? [])
    .filter((c) => c.kind === 'physical' && c.type !== undefined)
    .map((c) => {
      const at = () => (s && lines ? lines.range(t.file, c.start, c.end) : undefined);
      return { name: c.name, type: c.type!, at, typeAt: at };
    });
}

/** A column of a side: a CREATE TABLE ... AS writes some whose type is not known. */
type SideColumn = Omit<Column, 'type'> & { type?: string };

/** Whether two columns' types are known and differ. */
function typesDiffer(a: SideColumn, b: SideColumn): boolean {
  return a.type !== undefined && b.type !== undefined && normalType(a.type) !== normalType(b.type);
}

interface Side {
  table: ProjectTable;
  jobs: Set<string>;
  /** The value's format (undefined: not one read by name). */
  format: string | undefined;
  /** The key's format (`key.format`; undefined: not one read by name, or no key written). */
  keyFormat: string | undefined;
  /** The columns in the record's key, by their field there (`key.fields-prefix` taken off), lower case. */
  key: Map<string, SideColumn>;
  /** The columns in the record's value (all but the key's with `value.fields-include: EXCEPT_KEY`). */
  value: SideColumn[];
}

function list(names: Iterable<string>): string {
  return [...new Set(names)].sort().join(', ');
}

export function checkTopicSchemas(
  project: Project,
  envs: readonly string[],
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const l = lookupOf(project, envVars);
  const { reads, writes } = tableUses(project);
  const readers = new Map<ProjectTable, Set<string>>();
  const writers = new Map<ProjectTable, Set<string>>();
  for (const u of reads) readers.set(u.table, (readers.get(u.table) ?? new Set()).add(u.job));
  for (const u of writes) writers.set(u.table, (writers.get(u.table) ?? new Set()).add(u.job));
  // The tables jobs' scripts create, each its job's alone. A CREATE TABLE ... AS SELECT writes the
  // columns of its query: a writer here when its query names them all (ctasColumns).
  const inferredOf = new Map<ProjectTable, WrittenColumn[]>();
  for (const job of project.jobs)
    for (const lt of job.localTables ?? []) {
      const def = lt.statement.table;
      if (!def || !KAFKA_CONNECTORS.has(def.options.connector?.trim().toLowerCase() ?? '')) continue;
      const ctas =
        lt.written && def.asQuery ? ctasColumns(lt.statement, job, project.tableByName) : undefined;
      if (!lt.read && (!lt.written || (def.asQuery && !ctas))) continue;
      const table = (): ProjectTable => ({
        name: lt.name,
        job: job.name,
        file: job.sqlFile,
        format: 'sql',
        objectKind: 'table',
        statement: lt.statement,
        reads: [],
        writes: [],
        functions: [],
      });
      const t = table();
      if (lt.read) readers.set(t, new Set([job.name]));
      if (lt.written && !def.asQuery) writers.set(t, new Set([job.name]));
      if (ctas) {
        // Its reads (a later statement of the script) see the declared columns; what it writes, the query's.
        const w = lt.read ? table() : t;
        inferredOf.set(w, ctas);
        writers.set(w, new Set([job.name]));
      }
    }
  const found = new Map<string, { d: Omit<Diagnostic, 'severity'>; envs: Set<string> }>();
  const scopes: (string | undefined)[] = envs.length > 0 ? [...envs] : [undefined];
  for (const env of scopes) {
    const byTopic = new Map<string, { writes: Side[]; reads: Side[] }>();
    for (const t of new Set([...readers.keys(), ...writers.keys()])) {
      // Only a Kafka table carries a topic: the others' options are not resolved at all.
      if (!KAFKA_CONNECTORS.has(writtenConnector(t, env, l)?.trim().toLowerCase() ?? '')) continue;
      const o = tableOptionsIn(t, env, l);
      if (!o) continue;
      // Only the options the check reads are resolved (a repository has thousands of tables).
      const value = (key: string) => o.options.get(key)?.value;
      const format = (value('format') ?? value('value.format'))?.toLowerCase();
      const values = {
        connector: value('connector'),
        topic: value('topic'),
        'topic-pattern': value('topic-pattern'),
        'properties.bootstrap.servers': value('properties.bootstrap.servers'),
      };
      const upsert = values.connector?.toLowerCase() === 'upsert-kafka';
      // The key's columns: an upsert-kafka table's primary key, a kafka table's `key.fields`.
      const keyNames = upsert
        ? ((t.format === 'yaml' ? t.spec?.primaryKey : t.statement?.table?.primaryKey?.columns) ?? [])
        : (value('key.fields') ?? '')
            .split(';')
            .map((n) => n.trim())
            .filter((n) => n !== '');
      const keyFormat = value('key.format')?.toLowerCase();
      const prefix = value('key.fields-prefix') ?? '';
      const exceptKey = value('value.fields-include')?.trim().toUpperCase() === 'EXCEPT_KEY';
      const inferred = inferredOf.get(t);
      const columns: SideColumn[] = inferred
        ? inferred.map((c) => ({ ...c, at: () => undefined, typeAt: () => undefined }))
        : physical(t, l);
      const inKey = new Set(keyFormat === undefined ? [] : keyNames.map((n) => n.toLowerCase()));
      const key = new Map<string, SideColumn>();
      for (const c of columns)
        if (inKey.has(c.name.toLowerCase()))
          key.set((c.name.startsWith(prefix) ? c.name.slice(prefix.length) : c.name).toLowerCase(), c);
      const side = {
        table: t,
        format: format !== undefined && BY_NAME_FORMATS.has(format) ? format : undefined,
        keyFormat: keyFormat !== undefined && BY_NAME_FORMATS.has(keyFormat) ? keyFormat : undefined,
        key,
        value: exceptKey ? columns.filter((c) => !inKey.has(c.name.toLowerCase())) : columns,
      };
      if (side.format === undefined && side.keyFormat === undefined) continue;
      for (const k of kafkaTopicKeys(values.connector, values)) {
        const entry = byTopic.get(k) ?? { writes: [], reads: [] };
        const w = writers.get(t);
        const r = readers.get(t);
        if (w) entry.writes.push({ ...side, jobs: w });
        if (r) entry.reads.push({ ...side, jobs: r });
        byTopic.set(k, entry);
      }
    }
    // A reading `topic-pattern` reads every topic written that it matches.
    const written = new Set([...byTopic].filter(([, e]) => e.writes.length > 0).map(([k]) => k));
    for (const [rk, { reads: rs }] of byTopic)
      for (const k of topicsRead(rk, written)) {
        const topic = topicOfKey(k);
        for (const r of rs)
          for (const w of byTopic.get(k)!.writes) {
            // A CREATE TABLE ... AS read back by its own job: one table, written and read.
            if (w.table === r.table || (w.table.job !== undefined && w.table.statement === r.table.statement))
              continue;
            const by = w.table.job
              ? `${w.table.name} (created and written by job ${w.table.job})`
              : `${w.table.name} (written by job${w.jobs.size > 1 ? 's' : ''} ${list(w.jobs)})`;
            const readBy = `job${r.jobs.size > 1 ? 's' : ''} ${list(r.jobs)}`;
            const readByCap = readBy[0]!.toUpperCase() + readBy.slice(1);
            const add = (c: SideColumn, d: Omit<Diagnostic, 'severity'>) => {
              const at = d.range;
              const id = `${d.code}\0${r.table.file}\0${r.table.name}\0${w.table.file}\0${w.table.name}\0${c.name}\0${at?.start.line}`;
              const f = found.get(id) ?? { d, envs: new Set<string>() };
              if (env !== undefined) f.envs.add(env);
              found.set(id, f);
            };
            // Flink fills a column of the key's fields from the record's key, then every column of
            // the value's from its value: a key column is read from the key only without it there.
            const fromKey = new Map([...r.key].map(([f, c]) => [c, f]));
            for (const c of r.value) fromKey.delete(c);
            const writtenValue = new Map(w.value.map((c) => [c.name.toLowerCase(), c]));
            for (const [c, field] of fromKey) {
              if (r.keyFormat === undefined || (w.keyFormat !== undefined && w.keyFormat !== r.keyFormat))
                continue;
              const wc = w.keyFormat === undefined ? undefined : w.key.get(field);
              const keyed = [...w.key.keys()];
              if (!wc)
                add(c, {
                  code: 'FO288',
                  summary: `Table ${r.table.name} reads column ${c.name} from the key of Kafka topic ${topic} (field ${field}), which ${by} does not write there: it is NULL in every record`,
                  detail: `A topic carries no schema: the ${r.keyFormat} key format reads ${c.name} from the record key's field ${field}, and ${list(w.jobs)} writes ${keyed.length > 0 ? `the key fields ${keyed.join(', ')}` : 'no key (no key.format, key.fields or primary key)'}. ${readByCap} reading ${r.table.name} get NULL for ${c.name}. Write ${field} in the key of ${w.table.name} (key.fields, or its primary key for upsert-kafka), or read ${c.name} from the value (value.fields-include: ALL) if the producer writes it there: change the producer and its consumers together.`,
                  ...rangeOf(c.at()),
                });
              else if (typesDiffer(wc, c))
                add(c, {
                  code: 'FO289',
                  summary: `Table ${r.table.name} reads column ${c.name} of the key of Kafka topic ${topic} as ${c.type}, but ${by} writes it as ${wc.type}`,
                  detail: `A topic carries no schema: the ${r.keyFormat} key format parses each field into the reading column's type. A value that does not parse as ${c.type} fails ${readBy}, and one that does may read as another value. Give the key field ${field} the same type in ${w.table.name} and ${r.table.name}, and change the producer and its consumers together.`,
                  ...rangeOf(c.typeAt()),
                });
            }
            if (r.format === undefined || w.format !== r.format) continue;
            for (const c of r.value) {
              const wc = writtenValue.get(c.name.toLowerCase());
              const onlyKey = w.keyFormat !== undefined && w.key.has(c.name.toLowerCase());
              if (!wc) {
                add(c, {
                  code: 'FO288',
                  summary: `Table ${r.table.name} reads column ${c.name} from Kafka topic ${topic}, which ${by} does not write${onlyKey ? ' in the value' : ''}: it is NULL in every record`,
                  detail: `A topic carries no schema: the ${r.format} format reads each column from the record's field of its name, and ${list(w.jobs)} writes the fields of ${w.table.name} (${w.value.map((x) => x.name).join(', ')})${onlyKey ? ` in the value, and ${c.name} in the record's key only (value.fields-include: EXCEPT_KEY): read it from the key (key.format, key.fields with ${c.name}, value.fields-include: EXCEPT_KEY) or have the producer write it in the value too` : ''}. ${readByCap} reading ${r.table.name} get NULL for ${c.name} (a NOT NULL key or sink column then fails them). Add ${c.name} to ${w.table.name} and to what ${list(w.jobs)} writes, or remove it from ${r.table.name} and from the queries reading it: change the producer and its consumers together. Records written meanwhile stay in the topic without the field: putting it back later does not change them, and a consumer reading them again (after a restart from an earlier checkpoint, or from earliest-offset) gets NULL again.`,
                  ...rangeOf(c.at()),
                });
              } else if (typesDiffer(wc, c)) {
                add(c, {
                  code: 'FO289',
                  summary: `Table ${r.table.name} reads column ${c.name} of Kafka topic ${topic} as ${c.type}, but ${by} writes it as ${wc.type}`,
                  detail: `A topic carries no schema: the ${r.format} format parses each field into the reading column's type. A value that does not parse as ${c.type} fails ${readBy} (or, with ${r.format}.ignore-parse-errors, is read as NULL), and one that does may read as another value (a fraction cut off, a time in another zone). Give ${c.name} the same type in ${w.table.name} and ${r.table.name}, and change the producer and its consumers together.`,
                  ...rangeOf(c.typeAt()),
                });
              }
            }
          }
      }
  }
  const every = envs.length;
  return [...found.values()].map(({ d, envs: seenIn }) => {
    const only =
      seenIn.size > 0 && seenIn.size < every
        ? ` (environment${seenIn.size > 1 ? 's' : ''} ${list(seenIn)})`
        : '';
    return warning(d.code, d.summary + only, d.detail, d.range);
  });
}

function rangeOf(at: SourceRange | undefined): { range?: SourceRange } {
  return at ? { range: at } : {};
}
