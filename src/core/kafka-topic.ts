/**
 * Which Kafka topics a table's connector options name, as keys that two tables share exactly when
 * they read or write the same topic of the same brokers: a repository declares a topic once as the
 * sink a job writes and again as the source other jobs read (a table is one or the other), and only
 * these keys tell that the two are one stream of records.
 */

export const KAFKA_CONNECTORS: ReadonlySet<string> = new Set(['kafka', 'upsert-kafka']);

/** `<brokers, sorted>\0<topic>` per topic the options name; none for another connector or a `topic-pattern`. */
export function kafkaTopicKeys(
  connector: string | undefined,
  options: Readonly<Record<string, string | undefined>> | undefined,
): string[] {
  const named = (options?.connector ?? connector)?.trim().toLowerCase();
  if (!options || named === undefined || !KAFKA_CONNECTORS.has(named)) return [];
  const topic = options.topic;
  if (topic === undefined || topic.includes('${')) return [];
  const list = options['properties.bootstrap.servers'] ?? '';
  const servers = list.includes(',')
    ? list
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '')
        .sort()
        .join(',')
    : list.trim().toLowerCase();
  // A source may list several topics (`a;b`); a sink writes the one it names.
  if (!topic.includes(';')) return topic.trim() === '' ? [] : [`${servers}\0${topic.trim()}`];
  return [
    ...new Set(
      topic
        .split(';')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ].map((t) => `${servers}\0${t}`);
}

/** The topic keys of each Kafka table among `tables`, by table name (other tables are left out). */
export function tableTopicKeys(
  tables: readonly {
    name: string;
    connector?: string;
    options?: Readonly<Record<string, string | undefined>>;
  }[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of tables) {
    const keys = kafkaTopicKeys(t.connector, t.options);
    if (keys.length > 0) out.set(t.name, keys);
  }
  return out;
}

/** The topic of a key, for messages. */
export function topicOfKey(key: string): string {
  return key.slice(key.indexOf('\0') + 1);
}
