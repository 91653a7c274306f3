/**
 * Which Kafka topics a table's connector options name, as keys that relate two tables exactly when
 * one reads what the other writes, on the same brokers: a repository declares a topic once as the
 * sink a job writes and again as the source other jobs read (a table is one or the other), and only
 * these keys tell that the two are one stream of records. A source's `topic-pattern` is a key of its
 * own, that relates to every topic its pattern matches as Flink's Kafka source does (a Java regular
 * expression matching the whole name).
 */

export const KAFKA_CONNECTORS: ReadonlySet<string> = new Set(['kafka', 'upsert-kafka']);

/** The options a table's topic keys are made of: `kafkaTopicKeys` reads no other. */
export const TOPIC_KEY_OPTIONS = [
  'connector',
  'topic',
  'topic-pattern',
  'properties.bootstrap.servers',
] as const;

function serversOf(list: string): string {
  return list.includes(',')
    ? list
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '')
        .sort()
        .join(',')
    : list.trim().toLowerCase();
}

/**
 * `<brokers, sorted>\0<topic>` per topic the options name, `<brokers, sorted>\0\0<pattern>` for a
 * `topic-pattern`; none for another connector or a value left to `${...}`.
 */
export function kafkaTopicKeys(
  connector: string | undefined,
  options: Readonly<Record<string, string | undefined>> | undefined,
): string[] {
  const named = (options?.connector ?? connector)?.trim().toLowerCase();
  if (!options || named === undefined || !KAFKA_CONNECTORS.has(named)) return [];
  const topic = options.topic;
  const pattern = options['topic-pattern'];
  const servers = serversOf(options['properties.bootstrap.servers'] ?? '');
  if (topic === undefined) {
    if (pattern === undefined || pattern.includes('${') || pattern === '') return [];
    return [`${servers}\0\0${pattern}`];
  }
  if (topic.includes('${')) return [];
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
  tables: readonly { name: string; topics?: readonly string[] }[],
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const t of tables) if (t.topics && t.topics.length > 0) out.set(t.name, t.topics);
  return out;
}

/** A job as its topics are found: the repository tables it reads and writes, and its own tables. */
export interface TopicJob {
  sources: readonly string[];
  sinks: readonly string[];
  localTables?: readonly { name: string; read?: true; written?: true; topics?: readonly string[] }[];
}

/** A topic key a job reads or writes, with the table (a repository table or its own) it goes through. */
export interface TopicUse {
  table: string;
  key: string;
}

/**
 * The topic keys `job` reads (`side` 'reads') or writes ('writes'), through the repository tables
 * of `keysOf` (tableTopicKeys) and the tables its own script creates: one entry a table and key.
 */
export function jobTopicUses(
  job: TopicJob,
  keysOf: ReadonlyMap<string, readonly string[]>,
  side: 'reads' | 'writes',
): TopicUse[] {
  const out: TopicUse[] = [];
  for (const t of side === 'reads' ? job.sources : job.sinks)
    for (const key of keysOf.get(t) ?? []) out.push({ table: t, key });
  for (const t of job.localTables ?? [])
    if (side === 'reads' ? t.read : t.written)
      for (const key of t.topics ?? []) out.push({ table: t.name, key });
  return out;
}

/** The topic keys of `jobTopicUses`, once each. */
export function jobTopicKeys(
  job: TopicJob,
  keysOf: ReadonlyMap<string, readonly string[]>,
  side: 'reads' | 'writes',
): Set<string> {
  return new Set(jobTopicUses(job, keysOf, side).map((u) => u.key));
}

/** The topic of a key (or the pattern of a `topic-pattern` key), for messages. */
export function topicOfKey(key: string): string {
  const i = key.indexOf('\0');
  return key[i + 1] === '\0' ? key.slice(i + 2) : key.slice(i + 1);
}

/** Whether a key is a `topic-pattern`'s. */
export function isPatternKey(key: string): boolean {
  return key[key.indexOf('\0') + 1] === '\0';
}

/**
 * Whether a table with topic key `read` reads what a table with key `written` writes: the same
 * topic, or a pattern matching it, on the same brokers. A pattern is not a topic one writes.
 */
export function readsTopic(read: string, written: string): boolean {
  if (isPatternKey(written)) return false;
  if (read === written) return true;
  if (!isPatternKey(read)) return false;
  const i = read.indexOf('\0');
  if (read.slice(0, i) !== written.slice(0, written.indexOf('\0'))) return false;
  return javaRegex(read.slice(i + 2))?.test(topicOfKey(written)) ?? false;
}

/** Those of `written` that a table with topic key `read` reads (a pattern is matched against each). */
export function topicsRead(read: string, written: ReadonlySet<string>): string[] {
  if (!isPatternKey(read)) return written.has(read) ? [read] : [];
  const out: string[] = [];
  for (const w of written) if (readsTopic(read, w)) out.push(w);
  return out;
}

const compiled = new Map<string, RegExp | null>();

/**
 * A Java regular expression (java.util.regex, what Flink's Kafka source compiles a `topic-pattern`
 * with) as a RegExp matching what `Pattern.matcher(name).matches()` matches: the whole name.
 * Undefined for a construct whose meaning differs and is not translated (atomic groups, possessive
 * quantifiers, nested classes and their intersections, comments mode, most `\p{..}`), or a
 * pattern that does not compile: such a pattern relates to no topic.
 */
export function javaRegex(pattern: string): RegExp | undefined {
  let r = compiled.get(pattern);
  if (r === undefined) {
    r = translate(pattern);
    compiled.set(pattern, r);
  }
  return r ?? undefined;
}

const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

function literal(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

function translate(p: string): RegExp | null {
  let out = '';
  /** Per open group: the inline flag groups `(?i)` opened in it, closed where it ends. */
  const pending: string[][] = [[]];
  let inClass = false;
  let classStart = -1;
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) return null;
      if (n === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        out += literal(end < 0 ? p.slice(i + 2) : p.slice(i + 2, end));
        i = end < 0 ? p.length : end + 2;
        continue;
      }
      if (n === 'p') {
        const m = /^\{(?:Is)?(\w+)\}/.exec(p.slice(i + 2));
        const set = m && POSIX[m[1]!];
        if (!m || !set) return null;
        out += inClass ? set : `[${set}]`;
        i += 2 + m[0].length;
        continue;
      }
      if (n === 'x' && p[i + 2] === '{') {
        const m = /^\{([0-9a-fA-F]{1,4})\}/.exec(p.slice(i + 2));
        if (!m) return null;
        out += `\\u${m[1]!.padStart(4, '0')}`;
        i += 2 + m[0].length;
        continue;
      }
      // The escapes both read alike; any other letter means something else (or nothing) in one.
      if (/[a-zA-Z]/.test(n) && !/[dDwWsStnrfxuck]/.test(n) && !(n === 'b' || n === 'B')) return null;
      if (n === '0') return null; // an octal escape in Java
      out += `\\${n}`;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === '[' || (c === '&' && p[i + 1] === '&')) return null;
      if (c === ']' && i === classStart) out += '\\]';
      else {
        if (c === ']') inClass = false;
        out += c;
      }
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classStart = p[i + 1] === '^' ? i + 2 : i + 1;
      out += p.slice(i, classStart);
      i = classStart;
      continue;
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && p[i + 1] === '+') return null; // possessive
    if (c === '(') {
      const flags = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(p.slice(i));
      if (flags && (flags[1] !== '' || flags[2] !== undefined || flags[3] === ')')) {
        const on = flags[1]!.replace('u', '');
        const off = (flags[2] ?? '').replace('u', '');
        if (/[^ims]/.test(on + off)) return null;
        const open = `(?${on}${off ? `-${off}` : ''}:`;
        out += open === '(?:' ? '(?:' : open;
        if (flags[3] === ')') pending.at(-1)!.push(open);
        else pending.push([]);
        i += flags[0].length;
        continue;
      }
      if (p.startsWith('(?>', i)) return null; // atomic group
      pending.push([]);
      out += c;
      i++;
      continue;
    }
    if (c === ')') {
      const open = pending.pop();
      if (!open || pending.length === 0) return null;
      out += `${')'.repeat(open.length)})`;
      i++;
      continue;
    }
    if (c === '|') {
      // `x(?i)y|z` is `xy|z`, y and z case-insensitive: the flag goes on into the next branch.
      const open = pending.at(-1)!;
      out += `${')'.repeat(open.length)}|${open.join('')}`;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  if (inClass || pending.length !== 1) return null;
  out += ')'.repeat(pending[0]!.length);
  try {
    return new RegExp(`^(?:${out})$`);
  } catch {
    return null;
  }
}
