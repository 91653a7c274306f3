/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
/**
 * The mutations of test/robustness-repos.test.ts: each breaks a repository (held in memory as
 * its text files plus file-system operations) the way a user might, and says what it did.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';

/** Text files by path relative to the repository root. */
export type Files = Map<string, string>;

/** A repository being mutated: its text files plus filesystem-level extras. */
export interface Tree {
  files: Files;
  /** Applied after the files are written: directories, symlinks, removals. */
  fsOps: ((dir: string) => void)[];
}

export interface Mutation {
  name: string;
  /** Returns a description of what was done, or undefined when it does not apply. */
  apply(t: Tree, r: Picker): string | undefined;
}

export class Picker {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

const yamlFiles = (t: Tree) => [...t.files.keys()].filter((f) => f.endsWith('.yaml')).sort();
const sqlFiles = (t: Tree) => [...t.files.keys()].filter((f) => f.endsWith('.sql')).sort();
const jobSql = (t: Tree) => sqlFiles(t).filter((f) => f.startsWith('jobs/'));

/** Every path in a YAML document: map entries (by key) and list items. */
function yamlPaths(root: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (isMap(root)) {
    for (const p of root.items) {
      if (!isScalar(p.key)) continue;
      const k = String(p.key.value);
      out.push([...path, k]);
      yamlPaths(p.value, [...path, k], out);
    }
  } else if (isSeq(root)) {
    root.items.forEach((item, i) => {
      out.push([...path, i]);
      yamlPaths(item, [...path, i], out);
    });
  }
  return out;
}

const VALUES: [string, unknown][] = [
  ['number', 42],
  ['negative', -7],
  ['float', 1.5],
  ['huge number', 1e300],
  ['list', [1, 'two', { three: 3 }]],
  ['empty list', []],
  ['map', { a: 1, b: ['x'] }],
  ['empty map', {}],
  ['null', null],
  ['empty string', ''],
  ['boolean', true],
  ['long string', 'x'.repeat(5000)],
  ['unicode', 'ünï—cødé 日本語 🚀\u200b\u202e'],
  ['sql-ish', "a'; DROP TABLE x; --"],
  ['newline string', 'line one\nline two'],
  ['reference', '${env.NOPE_NOT_SET}'],
  ['secret', '${secret.TOKEN}'],
];

function typo(key: string, r: Picker): string {
  if (key.length < 2) return `${key}x`;
  const i = r.int(key.length - 1);
  switch (r.int(4)) {
    case 0:
      return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    case 1:
      return key.slice(0, i) + key.slice(i + 1);
    case 2:
      return key.toUpperCase();
    default:
      return `${key.slice(0, i)}_${key.slice(i)}`;
  }
}

function editYaml(
  t: Tree,
  r: Picker,
  edit: (doc: ReturnType<typeof parseDocument>, path: (string | number)[]) => string,
) {
  const files = yamlFiles(t);
  if (files.length === 0) return undefined;
  const file = r.pick(files);
  const doc = parseDocument(t.files.get(file)!);
  if (doc.errors.length) return undefined;
  const paths = yamlPaths(doc.contents);
  if (paths.length === 0) return undefined;
  const path = r.pick(paths);
  const what = edit(doc, path);
  t.files.set(file, doc.toString({ lineWidth: 0 }));
  return `${file} ${path.join('.')}: ${what}`;
}

function editLines(t: Tree, r: Picker, files: string[], edit: (lines: string[], i: number) => string) {
  if (files.length === 0) return undefined;
  const file = r.pick(files);
  const lines = t.files.get(file)!.split('\n');
  const i = r.int(lines.length);
  const what = edit(lines, i);
  t.files.set(file, lines.join('\n'));
  return `${file}:${i + 1}: ${what}`;
}

function insertAt(t: Tree, r: Picker, files: string[], text: string) {
  if (files.length === 0) return undefined;
  const file = r.pick(files);
  const src = t.files.get(file)!;
  const at = r.int(src.length + 1);
  t.files.set(file, src.slice(0, at) + text + src.slice(at));
  return `${file}@${at}: insert ${JSON.stringify(text.slice(0, 40))}`;
}

const BAD_REFS = [
  '${env.}',
  '${foo.X}',
  '${env.X',
  '${env.${env.KAFKA_BROKERS}}',
  '${secret.}',
  '${ env.X }',
  '${env.1X}',
  '${}',
  '$${env.X}',
  '${env.NOT_DEFINED_ANYWHERE}',
  '${secret.A-B}',
  '${env.X}}',
  '${',
];

/** Values of the right shape but at the edges: they pass (or nearly pass) the schema and reach compile and plan. */
const EDGE_VALUES: [folder: string, path: (string | number)[], value: unknown][] = [
  ['jobs', ['parallelism'], 32768],
  ['jobs', ['maxParallelism'], 1],
  ['jobs', ['savepoints'], { every: '0s', keep: 1 }],
  ['jobs', ['schedule'], { timezone: 'Mars/Olympus', windows: [{ start: '61 * * * *', stop: '* * * * *' }] }],
  ['jobs', ['schedule'], { windows: [] }],
  ['jobs', ['schedule'], { windows: [{ start: '0 8 * * *', stop: '0 8 * * *' }] }],
  ['jobs', ['activeFrom'], '2030-01-01T00:00:00Z'],
  ['jobs', ['activeUntil'], '2020-01-01T00:00:00Z'],
  ['jobs', ['health'], { window: '0s', maxRestarts: 0, maxCheckpointAge: '0 min' }],
  ['jobs', ['restoreFrom'], ''],
  ['jobs', ['restoreFrom'], '${env.NOT_SET_RESTORE}'],
  ['jobs', ['config'], { 'parallelism.default': 3, '': '', 'a.b': null }],
  ['jobs', ['state'], 'suspended'],
  ['jobs', ['upgradeMode'], 'stateless'],
  ['jobs', ['deletionPolicy'], 'delete'],
  ['tables', ['watermark'], { column: 'nope', delay: '0 SECOND' }],
  ['tables', ['watermark'], { column: 'ts', expr: "ts - INTERVAL '1' SECOND", delay: '1 SECOND' }],
  ['tables', ['columns'], []],
  ['tables', ['columns'], [{ name: '', type: 'INT' }]],
  ['tables', ['columns'], [{ name: 'a`b"c', type: 'ROW<a INT, b ARRAY<STRING>>', comment: "it's" }]],
  ['tables', ['columns', 0, 'type'], 'DECIMAL(10, 2'],
  ['tables', ['columns', 0, 'type'], 'DECIMAL${env.KAFKA_BROKERS}'],
  ['tables', ['primaryKey'], ['nope', 'nope']],
  ['tables', ['partitionedBy'], []],
  ['tables', ['lookup'], { cache: 'FULL', reloadInterval: '0s' }],
  ['tables', ['with'], { connector: 'x', '': '', 'a.b': null, 'lookup.cache': 'NONE' }],
  ['tables', ['kind'], 'dimension'],
  ['tables', ['kind'], 'sink'],
  ['tables', ['kind'], 'source'],
  ['udfs', ['functions'], []],
  ['udfs', ['functions', 0, 'name'], 'count'],
  ['udfs', ['jar'], '${env.NOT_SET_JAR}'],
  ['flinkops.yaml', ['flinkVersion'], '1.15'],
  ['flinkops.yaml', ['project'], 'Bad-Name'],
  ['flinkops.yaml', ['environments'], {}],
  ['flinkops.yaml', ['defaults'], { parallelism: 0, config: { 'pipeline.name': 'x' } }],
  ['flinkops.yaml', ['policy'], { maxParallelism: { staging: 1, dev: 1, nope: 2 }, protectedJobs: ['nope'] }],
  ['flinkops.yaml', ['policy'], { requireAllowDelete: ['dev', 'staging', 'prodd'] }],
];

export const MUTATIONS: Mutation[] = [
  {
    name: 'delete key',
    apply: (t, r) =>
      editYaml(t, r, (doc, path) => {
        doc.deleteIn(path);
        return 'deleted';
      }),
  },
  {
    name: 'replace value',
    apply: (t, r) =>
      editYaml(t, r, (doc, path) => {
        const [label, v] = r.pick(VALUES);
        doc.setIn(path, doc.createNode(v));
        return `set to ${label}`;
      }),
  },
  {
    name: 'rename key',
    apply: (t, r) =>
      editYaml(t, r, (doc, path) => {
        const key = path[path.length - 1];
        if (typeof key !== 'string') return 'list item kept';
        const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
        if (!isMap(parent)) return 'not in a map';
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        const to = typo(key, r);
        if (pair) (pair.key as Node & { value: unknown }).value = to;
        return `renamed to ${to}`;
      }),
  },
  {
    name: 'truncate file',
    apply: (t, r) => {
      const file = r.pick([...t.files.keys()].sort());
      const src = t.files.get(file)!;
      const at = r.int(src.length);
      t.files.set(file, src.slice(0, at));
      return `${file} cut at ${at}`;
    },
  },
  {
    name: 'tab indentation',
    apply: (t, r) =>
      editLines(t, r, yamlFiles(t), (lines, i) => {
        lines[i] = `\t${lines[i]}`;
        return 'tab';
      }),
  },
  {
    name: 'bad indentation',
    apply: (t, r) =>
      editLines(t, r, yamlFiles(t), (lines, i) => {
        const n = 1 + r.int(3);
        lines[i] = r.int(2) ? ' '.repeat(n) + lines[i] : lines[i]!.replace(/^ {1,3}/, '');
        return 'indent';
      }),
  },
  {
    name: 'unclosed quote',
    apply: (t, r) =>
      editLines(t, r, yamlFiles(t), (lines, i) => {
        lines[i] = lines[i]!.replace(/: /, r.int(2) ? ': "' : ": '");
        return 'quote';
      }),
  },
  {
    name: 'duplicate key',
    apply: (t, r) =>
      editLines(t, r, yamlFiles(t), (lines, i) => {
        const keyed = lines.map((l, k) => (/^\s*[A-Za-z_][\w.-]*:/.test(l) ? k : -1)).filter((k) => k >= 0);
        const k = keyed.length ? keyed[i % keyed.length]! : i;
        lines.splice(k + 1, 0, lines[k]!);
        return `duplicated line ${k + 1}`;
      }),
  },
  {
    name: 'anchors and aliases',
    apply: (t, r) => {
      const files = yamlFiles(t);
      if (!files.length) return undefined;
      const file = r.pick(files);
      const src = t.files.get(file)!;
      const variant = r.int(4);
      if (variant === 0) t.files.set(file, `${src}\nextra: &a {x: 1}\nother: *a\n`);
      else if (variant === 1) t.files.set(file, src.replace(/: ([^\n]+)/, ': *undefined_alias'));
      else if (variant === 2) {
        // An alias bomb: a few anchors that expand exponentially.
        const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
        for (let k = 1; k < 6; k++) {
          const p = String.fromCharCode(97 + k - 1);
          bomb.push(
            `${String.fromCharCode(97 + k)}: &${String.fromCharCode(97 + k)} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`,
          );
        }
        t.files.set(file, `${src}\n${bomb.join('\n')}\n`);
      } else t.files.set(file, `base: &base\n  parallelism: 2\n${src}\n<<: *base\n`);
      return `${file}: aliases ${variant}`;
    },
  },
  {
    name: 'multi-document',
    apply: (t, r) => {
      const files = yamlFiles(t);
      if (!files.length) return undefined;
      const file = r.pick(files);
      t.files.set(
        file,
        r.int(2) ? `${t.files.get(file)}\n---\nmore: 1\n` : `---\n${t.files.get(file)}\n...\n`,
      );
      return `${file}: ---`;
    },
  },
  {
    name: 'empty file',
    apply: (t, r) => {
      const file = r.pick([...t.files.keys()].sort());
      t.files.set(file, r.int(2) ? '' : '\n  \n# only a comment\n');
      return `${file} emptied`;
    },
  },
  {
    name: 'flinkops.yaml not a mapping',
    apply: (t, r) => {
      t.files.set(
        'flinkops.yaml',
        r.pick([
          '- project: x\n- flinkVersion: "1.20"\n',
          'just a string\n',
          '42\n',
          'null\n',
          '[]\n',
          '"x"',
        ]),
      );
      return 'flinkops.yaml replaced';
    },
  },
  {
    name: 'remove flinkops.yaml',
    apply: (t, r) => {
      const text = t.files.get('flinkops.yaml');
      t.files.delete('flinkops.yaml');
      if (text !== undefined && r.int(2)) t.files.set('flinkops.yml', text);
      return 'flinkops.yaml removed';
    },
  },
  {
    name: 'odd file names',
    apply: (t, r) => {
      const sql = 'INSERT INTO x SELECT 1;\n';
      const variant = r.int(12);
      switch (variant) {
        case 0:
          t.files.set('jobs/Jobs.SQL', sql);
          break;
        case 1:
          t.files.set('jobs/.hidden.sql', sql);
          break;
        case 2:
          t.files.set('jobs/a b.sql', sql);
          break;
        case 3:
          t.files.set('tables/x.yml', 'kind: source\n');
          break;
        case 4:
          t.fsOps.push((d) => mkdirSync(join(d, 'jobs/x.sql'), { recursive: true }));
          break;
        case 5:
          t.fsOps.push((d) => symlinkSync('loop.sql', join(d, 'jobs/loop.sql')));
          break;
        case 6:
          t.fsOps.push((d) => symlinkSync('/nonexistent/flinkops', join(d, 'tables/dangling.yaml')));
          break;
        case 7:
          t.fsOps.push((d) => {
            rmSync(join(d, 'jobs'), { recursive: true, force: true });
            writeFileSync(join(d, 'jobs'), 'not a folder\n');
          });
          break;
        case 8:
          t.files.set('jobs/ünïcode.sql', sql);
          break;
        case 9:
          t.files.set('jobs/x.sql.bak', sql);
          t.files.set('jobs/noext', sql);
          break;
        case 10:
          t.fsOps.push((d) => symlinkSync('..', join(d, 'tables/up.yaml')));
          break;
        default:
          t.files.set(`jobs/${'j'.repeat(200)}.sql`, sql);
      }
      return `odd file ${variant}`;
    },
  },
  {
    name: 'unbalanced parens',
    apply: (t, r) => insertAt(t, r, sqlFiles(t), r.pick(['(', ')', '((', ')))'])),
  },
  {
    name: 'unterminated string or comment',
    apply: (t, r) => insertAt(t, r, sqlFiles(t), r.pick(["'", '"', '`', '/*', '/* x */ /*'])),
  },
  { name: 'stray semicolon', apply: (t, r) => insertAt(t, r, sqlFiles(t), r.pick([';', ';;', ' ; '])) },
  {
    name: 'replace SQL script',
    apply: (t, r) => {
      const files = r.int(4) ? jobSql(t) : sqlFiles(t);
      if (!files.length) return undefined;
      const file = r.pick(files);
      const scripts = [
        '',
        '   \n\n',
        '-- only a comment\n/* and another */\n',
        'EXECUTE STATEMENT SET BEGIN\nINSERT INTO a SELECT 1;\n',
        'EXECUTE STATEMENT SET BEGIN\n',
        'BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\n',
        'END;\n',
        'SELECT 1;\n',
        'SELECT * FROM ride_events;\n',
        `INSERT INTO ${'t'.repeat(5000)} SELECT * FROM ${'s'.repeat(3000)};\n`,
        `INSERT INTO \`${'q'.repeat(3000)}\` SELECT 1;\n`,
        ';\n;\n;\n',
        'INSERT INTO\n',
        "INSERT INTO a SELECT 'unterminated\n",
        'INSERT INTO a SELECT 1 /* unterminated\n',
        'CREATE TABLE a (x INT) WITH (\n',
        'SET;\nRESET;\nSET x;\n',
        'EXECUTE STATEMENT SET BEGIN END;\n',
        'INSERT INTO a SELECT ((((1;\n',
        'INSERT INTO a SELECT 1)))));\n',
        '\uFEFFINSERT INTO a SELECT 1;\n',
        'INSERT INTO a SELECT ${env.X;\n',
        'INSERT INTO a SELECT 1;\r\nINSERT INTO b SELECT 2;\r\n',
        `${'('.repeat(3000)}1${')'.repeat(3000)};\n`,
      ];
      const i = r.int(scripts.length);
      t.files.set(file, scripts[i]!);
      return `${file} := script ${i}`;
    },
  },
  {
    name: 'malformed reference',
    apply: (t, r) => {
      const ref = r.pick(BAD_REFS);
      if (r.int(2)) return insertAt(t, r, sqlFiles(t), ref);
      return editYaml(t, r, (doc, path) => {
        const cur = doc.getIn(path);
        doc.setIn(path, typeof cur === 'string' ? `${cur}${ref}` : ref);
        return `reference ${ref}`;
      });
    },
  },
  {
    name: 'CRLF and BOM',
    apply: (t, r) => {
      const file = r.pick([...t.files.keys()].sort());
      const src = t.files.get(file)!;
      const v = r.int(3);
      t.files.set(
        file,
        v === 0 ? src.replaceAll('\n', '\r\n') : v === 1 ? `\uFEFF${src}` : src.replaceAll('\n', '\r'),
      );
      return `${file}: line endings ${v}`;
    },
  },
  {
    name: 'control characters',
    apply: (t, r) =>
      insertAt(
        t,
        r,
        [...t.files.keys()].sort(),
        r.pick(['\u0000', '\u0007', '\u001b[31m', '\u2028', '\uFFFE']),
      ),
  },
  {
    name: 'edge value',
    apply: (t, r) => {
      const [folder, path, value] = r.pick(EDGE_VALUES);
      const files = [...t.files.keys()]
        .filter((f) =>
          folder === 'flinkops.yaml' ? f === folder : f.startsWith(`${folder}/`) && f.endsWith('.yaml'),
        )
        .sort();
      if (!files.length) return undefined;
      const file = r.pick(files);
      const doc = parseDocument(t.files.get(file)!);
      if (doc.errors.length || !isMap(doc.contents)) return undefined;
      try {
        doc.setIn(path, doc.createNode(value));
      } catch {
        return undefined; // a path through a scalar
      }
      t.files.set(file, doc.toString({ lineWidth: 0 }));
      return `${file} ${path.join('.')} = ${JSON.stringify(value)}`;
    },
  },
  {
    name: 'override unknown things',
    apply: (t, r) => {
      const src = t.files.get('flinkops.yaml');
      if (src === undefined) return undefined;
      const doc = parseDocument(src);
      if (doc.errors.length || !isMap(doc.contents)) return undefined;
      const envs = doc.get('environments');
      if (!isMap(envs) || envs.items.length === 0) return undefined;
      const env = String((r.pick(envs.items).key as { value: unknown }).value);
      const v = r.int(4);
      if (v === 0)
        doc.setIn(['environments', env, 'tables', 'ghost_table'], doc.createNode({ with: { a: 1 } }));
      else if (v === 1)
        doc.setIn(['environments', env, 'jobs', 'ghost_job'], doc.createNode({ parallelism: 2 }));
      else if (v === 2)
        doc.setIn(['environments', env, 'jobs', 'x', 'config'], doc.createNode({ 'pipeline.name': 'x' }));
      else
        doc.setIn(
          ['environments', `${env}_copy`],
          doc.createNode({ jobmanagerUrl: 'http://x:1', sqlGatewayUrl: 'ftp://y' }),
        );
      t.files.set('flinkops.yaml', doc.toString({ lineWidth: 0 }));
      return `override ${v} in ${env}`;
    },
  },
];
