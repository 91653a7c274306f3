/**
 * A Kafka topic carries no schema: a repository declares it once as the sink table its producer
 * writes and again as the source table its consumers read, and only the repository knows both.
 * A column the reading table has and the writing table does not is NULL in every record (FO288);
 * one both have under different types is parsed from the writer's text into the reader's type
 * (FO289). Checked for formats that read fields by name (json and its CDC variants), per
 * environment, as each gives the tables' options.
 */
import { type Diagnostic, type SourceRange, warning } from '../core/diagnostics';
import { KAFKA_CONNECTORS, kafkaTopicKeys, topicOfKey } from '../core/kafka-topic';
import type { Project, ProjectTable } from './model';
import { type Lookup, lookupOf, tableOptionsIn, tableUses, writtenConnector } from './table-options';

const BY_NAME_FORMATS = new Set(['json', 'debezium-json', 'canal-json', 'maxwell-json', 'ogg-json']);

interface Column {
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
function physical(t: ProjectTable, l: Lookup): Column[] {
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

interface Side {
  table: ProjectTable;
  jobs: Set<string>;
  format: string;
  /** Columns an upsert-kafka table reads from the record's key, not its value. */
  key: Set<string>;
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
      if (format === undefined || !BY_NAME_FORMATS.has(format)) continue;
      const values = {
        connector: value('connector'),
        topic: value('topic'),
        'properties.bootstrap.servers': value('properties.bootstrap.servers'),
      };
      const upsert = values.connector?.toLowerCase() === 'upsert-kafka';
      const pk = t.format === 'yaml' ? t.spec?.primaryKey : t.statement?.table?.primaryKey?.columns;
      const key = new Set(upsert ? (pk ?? []) : []);
      for (const k of kafkaTopicKeys(values.connector, values)) {
        const entry = byTopic.get(k) ?? { writes: [], reads: [] };
        const w = writers.get(t);
        const r = readers.get(t);
        if (w) entry.writes.push({ table: t, jobs: w, format, key });
        if (r) entry.reads.push({ table: t, jobs: r, format, key });
        byTopic.set(k, entry);
      }
    }
    for (const [k, { writes: ws, reads: rs }] of byTopic) {
      const topic = topicOfKey(k);
      for (const r of rs)
        for (const w of ws) {
          if (w.table === r.table || w.format !== r.format) continue;
          const written = new Map(physical(w.table, l).map((c) => [c.name.toLowerCase(), c]));
          const by = `${w.table.name} (written by job${w.jobs.size > 1 ? 's' : ''} ${list(w.jobs)})`;
          const readBy = `job${r.jobs.size > 1 ? 's' : ''} ${list(r.jobs)}`;
          const readByCap = readBy[0]!.toUpperCase() + readBy.slice(1);
          for (const c of physical(r.table, l)) {
            if (r.key.has(c.name) && w.key.has(c.name)) continue; // both read it from the record's key
            const wc = written.get(c.name.toLowerCase());
            const add = (d: Omit<Diagnostic, 'severity'>) => {
              const at = d.range;
              const id = `${d.code}\0${r.table.name}\0${w.table.name}\0${c.name}\0${at?.start.line}`;
              const f = found.get(id) ?? { d, envs: new Set<string>() };
              if (env !== undefined) f.envs.add(env);
              found.set(id, f);
            };
            if (!wc) {
              add({
                code: 'FO288',
                summary: `Table ${r.table.name} reads column ${c.name} from Kafka topic ${topic}, which ${by} does not write: it is NULL in every record`,
                detail: `A topic carries no schema: the ${r.format} format reads each column from the record's field of its name, and ${list(w.jobs)} writes the fields of ${w.table.name} (${[...written.values()].map((x) => x.name).join(', ')}). ${readByCap} reading ${r.table.name} get NULL for ${c.name} (a NOT NULL key or sink column then fails them). Add ${c.name} to ${w.table.name} and to what ${list(w.jobs)} writes, or remove it from ${r.table.name} and from the queries reading it: change the producer and its consumers together. Records written meanwhile stay in the topic without the field: putting it back later does not change them, and a consumer reading them again (after a restart from an earlier checkpoint, or from earliest-offset) gets NULL again.`,
                ...rangeOf(c.at()),
              });
            } else if (normalType(wc.type) !== normalType(c.type)) {
              add({
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
