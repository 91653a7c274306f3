import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFast } from './yaml-fast';
import { parseWithLibrary, parseYaml, type YamlSource } from './yaml-source';

const ROOT = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (n.endsWith('.yaml')) out.push(p);
  }
  return out;
}

const CRAFTED: Record<string, string> = {
  largeMaps: `${Array.from({ length: 40 }, (_, i) => `k${i}: ${i}\n`).join('')}f: { ${Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join(', ')} }\n`,
  scalars:
    "a: 1\nb: -2\nc: 1.20\nd: \"1.20\"\ne: true\nf: False\ng: ~\nh: null\ni:\nj: 1e3\nk: .5\nl: it's\nm: 'it''s'\nn: x # comment\no: \"#not\"\np: a#b\nq: http://h:8081/x\nr: -x\ns: 5 SECOND\n",
  lists:
    'a: [x, 1, true]\nb: []\nc:\n- p\n- q\nd:\n  - name: x\n    type: INT\n  - name: y\n\ne: [ a , b ]\n',
  nested: '# head\n\nx:\n  y:\n    z: 1\n  w: 2\nv: 3\n',
  // A value ends at its own line's comment, never at one further down the file.
  comments: 'a: x\nb: y # c\nc: z #d\nd: p  #  q\ne: u#v #w\nf: 1 #\ng: last\n# tail\n',
  keys: 'properties.bootstrap.servers: a\ntable-name: b\nfields.f-1.kind: c\n',
  // `$` in comments, keys and values at every depth: the strings holding it, and only those.
  dollars:
    '# $head\na: x\nb: $y\nc:\n  - p # $c\n  - { n: $q, m: r$ }\n  - [s, $t]\nd:\n  e:\n    f: \'$u\'\n    g: v\n  h: "w$"\ni: $\n',
  // The README's table style: one-line flow mappings as list items and as values.
  flowMaps:
    'columns:\n  - { name: ride_id, type: STRING, nullable: false }\n  - {name: fare, type: "DECIMAL(10, 2)", comment: \'in EUR, net\'}\n' +
    '  - { name: x,type: INT }  # trailing comment\nwatermark: { column: event_time, delay: 5 SECOND }\nlookup: {}\n' +
    "with: { url: 'jdbc:postgresql://db:5432/app', n: 10, ok: true, none: ~, path: a#b }\n",
};

/** Documents the fast path must leave to the full parser. */
const FALLBACK: Record<string, string> = {
  anchor: 'a: &x 1\nb: *x\n',
  block: 'a: |\n  text\n',
  multiline: 'a: one\n  two\n',
  flowMapNested: 'a: { b: { c: 1 } }\n',
  flowMapList: 'a: { b: [1, 2] }\n',
  flowMapMultiline: 'a: { b: 1,\n  c: 2 }\n',
  flowMapCommaInPlain: 'a: { type: DECIMAL(10, 2) }\n',
  flowMapTrailingComma: 'a: { b: 1, }\n',
  flowMapDuplicate: 'a: { b: 1, b: 2 }\n',
  flowMapNoSpace: 'a: { b:1 }\n',
  flowMapEmptyValue: 'a: { b: , c: 1 }\n',
  flowMapComment: 'a: { b: 1 #x\n }\n',
  escapes: 'a: "x\\ny"\n',
  duplicate: 'a: 1\na: 2\n',
  // Past 16 keys duplicates are found in a set: the first key again, and one of the last.
  duplicateInLargeMap: `${Array.from({ length: 40 }, (_, i) => `k${i}: ${i}\n`).join('')}k0: again\n`,
  duplicateLateInLargeMap: `${Array.from({ length: 40 }, (_, i) => `k${i}: ${i}\n`).join('')}k39: again\n`,
  duplicateInLargeFlowMap: `a: { ${Array.from({ length: 20 }, (_, i) => `k${i}: ${i}`).join(', ')}, k17: x }\n`,
  tab: 'a:\t1\n',
  numericKey: '1.0: x\n',
  quotedKey: '"a": 1\n',
  bad: 'a:\n  - b\n   - c\n',
  colon: 'a: b: c\n',
  docMarker: '---\na: 1\n',
  hex: 'a: 0x1F\n',
  tag: 'a: !!str 1\n',
};

function paths(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(data))
    data.forEach((v, i) => {
      out.push(...paths(v, [...prefix, i]));
    });
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function compare(text: string, name: string): void {
  const lib = parseWithLibrary(name, text);
  const fast = parseYaml(name, text);
  expect(fast.diags).toEqual(lib.diags);
  if (!lib.value) {
    expect(fast.value).toBeUndefined();
    return;
  }
  const a = fast.value as YamlSource;
  const b = lib.value as YamlSource;
  expect(a.data).toEqual(b.data);
  for (const p of paths(b.data)) {
    expect(a.locate(p, 'key').start, `${name} key ${p.join('.')}`).toEqual(b.locate(p, 'key').start);
    expect(a.locate(p, 'value').start, `${name} value ${p.join('.')}`).toEqual(b.locate(p, 'value').start);
  }
  expect(a.stringsContaining('$')).toEqual(b.stringsContaining('$'));
}

describe('fast YAML path', () => {
  const files = [...yamlFiles(join(ROOT, 'example-repo')), ...yamlFiles(join(ROOT, 'test/fixtures/repos'))];

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('agrees with the yaml package on %s', (_n, f) => {
    compare(readFileSync(f, 'latin1'), f);
  });

  it('reads every example-repo file without the full parser', () => {
    // Test files (jobs/<job>.test.yaml) are read by `flinkops test` only, off the hot path of
    // every command, and hold multi-line flow mappings (rows), which the full parser reads.
    for (const f of yamlFiles(join(ROOT, 'example-repo')).filter((x) => !x.endsWith('.test.yaml')))
      expect(parseFast(readFileSync(f, 'utf8')), f).toBeDefined();
  });

  it.each(Object.entries(CRAFTED))('agrees on %s', (name, text) => {
    expect(parseFast(text)).toBeDefined();
    compare(text, name);
  });

  it.each(Object.entries(FALLBACK))('leaves %s to the full parser', (name, text) => {
    expect(parseFast(text)).toBeUndefined();
    const r = parseYaml(name, text);
    const lib = parseWithLibrary(name, text);
    expect(r.diags).toEqual(lib.diags);
    expect(r.value?.data).toEqual(lib.value?.data);
  });

  it('unknown-key positions point at the key', () => {
    const y = parseYaml('t.yaml', 'columns:\n  - name: a\n    typ: INT\n').value!;
    expect(y.locate(['columns', 0, 'typ'], 'key').start).toEqual({ line: 3, column: 5 });
    expect(y.locate(['columns', 0, 'missing'], 'key').start).toEqual({ line: 2, column: 5 });
  });
});
