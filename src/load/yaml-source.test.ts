import { describe, expect, it } from 'vitest';
import { formatLocation } from '../core/diagnostics';
import { parseYaml } from './yaml-source';

describe('parseYaml', () => {
  it('reports YAML nested too deeply to read once, at the depth it gave up, without the stack overflow', () => {
    const flow = `config: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const block = `config:\n${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i + 1)}- \n`).join('')}`;
    for (const text of [flow, block, `config: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`]) {
      const r = parseYaml('jobs/j.yaml', text);
      expect(r.value).toBeUndefined();
      expect(r.diags).toHaveLength(1);
      const d = r.diags[0]!;
      expect(`${d.code} ${d.summary}`).toBe('FO107 YAML nests too deeply to read');
      expect(d.detail).toContain('Write the value flatter');
      expect(`${d.summary} ${d.detail}`).not.toMatch(/stack|regular expression/i);
      expect(formatLocation(d.range)).toMatch(/^jobs\/j\.yaml:\d+:\d+$/);
      // At the deep end of the nesting, not at the top of the file.
      expect(d.range!.start.line + d.range!.start.column).toBeGreaterThan(100);
    }
  });

  it('reads nesting a file may need', () => {
    const r = parseYaml('jobs/j.yaml', `config: ${'['.repeat(50)}1${']'.repeat(50)}\n`);
    expect(r.diags).toEqual([]);
  });

  it('reports the first syntax error of a file, with a count of those that follow from it', () => {
    // One `[` never closed: the parser then reads every later line wrongly (19 errors).
    const text =
      'project: rides\ndefaults: [\n  upgradeMode: savepoint\n  config:\n    a: 1\nenvironments:\n  dev:\n    jobmanagerUrl: http://jm:8081\n';
    const r = parseYaml('flinkops.yaml', text);
    expect(r.diags.map((d) => `${d.code} ${formatLocation(d.range)}`)).toEqual(['FO107 flinkops.yaml:2:11']);
    expect(r.diags[0]!.summary).toBe('YAML syntax error: the `[` that starts here is never closed');
    expect(r.diags[0]!.detail).toMatch(/^Close it with `]` where the list ends/);
    // Another first error: reported with the count of the rest.
    const shifted = parseYaml('jobs/j.yaml', 'a: 1\n b: 2\nc: 3\n  d: 4\n   e: 5\n');
    expect(shifted.diags).toHaveLength(1);
    expect(shifted.diags[0]!.detail).toMatch(
      /The parser reports \d+ more errors? further down, which often follow from this one: fix it first/,
    );
    // Duplicate keys are each a problem of their own.
    const dups = parseYaml(
      'jobs/j.yaml',
      'parallelism: 1\nparallelism: 2\nstate: running\nstate: suspended\n',
    );
    expect(dups.diags.map((d) => formatLocation(d.range))).toEqual(['jobs/j.yaml:2:1', 'jobs/j.yaml:4:1']);
  });

  it('an unclosed quote is reported at the quote that opened it, with the line its string ran to', () => {
    const double =
      'description: "Orders, as the shop writes them\nconnector: kafka\ncolumns:\n  - name: id\n';
    const r = parseYaml('tables/orders.yaml', double);
    expect(r.value).toBeUndefined();
    expect(r.diags).toHaveLength(1);
    const d = r.diags[0]!;
    expect(formatLocation(d.range)).toBe('tables/orders.yaml:1:14');
    expect(d.summary).toBe('YAML syntax error: the double-quoted string that starts here is never closed');
    expect(d.detail).toContain('It runs on to line 4 without its closing "');

    const single = "columns:\n  - name: id\n    type: 'BIGINT\n  - name: v\n    type: STRING\n";
    const s1 = parseYaml('tables/t.yaml', single).diags;
    expect(formatLocation(s1[0]!.range)).toBe('tables/t.yaml:3:11');
    expect(s1[0]!.detail).toContain("a ' is written twice");
  });
});

describe("the YAML errors users meet most, in the file's words", () => {
  it('names a key written twice in one mapping, at the second', () => {
    const [d, ...more] = parseYaml(
      'jobs/j.yaml',
      'parallelism: 2\nupgradeMode: savepoint\nparallelism: 3\n',
    ).diags;
    expect(more).toEqual([]);
    expect(d).toMatchObject({
      code: 'FO107',
      summary: 'YAML key "parallelism" appears twice in the same mapping',
      range: { start: { line: 3, column: 1 } },
    });
    expect(parseYaml('t.yaml', "with:\n  'a.b': 1\n  'a.b': 2\n").diags[0]!.summary).toBe(
      "YAML key 'a.b' appears twice in the same mapping",
    );
  });

  it('says a file holds one document, at the `---` of the second', () => {
    const [d] = parseYaml('tables/t.yaml', 'kind: sink\n---\nkind: source\n').diags;
    expect(d).toMatchObject({
      code: 'FO107',
      summary: 'A second YAML document starts here: a flinkops file holds one',
      range: { start: { line: 2, column: 1 } },
    });
    expect(d!.detail).not.toContain('parseAllDocuments');
  });

  it('an indentation mistake is reported at the line to move, with the column to move it to', () => {
    const one = (text: string) => {
      const r = parseYaml('tables/t.yaml', text);
      expect(r.diags).toHaveLength(1);
      const d = r.diags[0]!;
      return { at: formatLocation(d.range), summary: d.summary, detail: d.detail };
    };
    // A key deeper than the `key: value` above it: the parser breaks at `a`, the user moves `type`.
    const deeper = one('kind: sink\ncolumns:\n  - name: a\n      type: INT\n  - name: b\n    type: INT\n');
    expect(deeper.at).toBe('tables/t.yaml:4:7');
    expect(deeper.summary).toBe('YAML indentation: `type` is indented more than `name` on the line above');
    expect(deeper.detail).toContain('Start `type` at column 5, as `name` (line 3)');
    expect(deeper.detail).toContain('remove the value after `name:`');
    // The parser's second error on the same break is not counted as one further down.
    expect(deeper.detail).not.toContain('more error');
    expect(one('kind: sink\n connector: kafka\n').detail).toContain(
      'Start `connector` at column 1, as `kind` (line 1)',
    );
    // A key further left than its sibling (a comment between them changes nothing).
    const left = one('options:\n    a: 1\n\n    # the next one\n  b: 2\n');
    expect(left.at).toBe('tables/t.yaml:5:3');
    expect(left.summary).toBe(
      'YAML indentation: `b` starts at column 3, the key above it (`a`, line 2) at column 5',
    );
    // A list item's `-` out of line with the item before it.
    const item = one('columns:\n  - name: a\n    type: INT\n   - name: b\n    type: INT\n');
    expect(item.at).toBe('tables/t.yaml:4:4');
    expect(item.detail).toMatch(/^The items of one list start at the same column: move this `-` to column 3/);
    // A key between the `-` and the keys of its item.
    const between = one('columns:\n  - name: a\n   type: INT\n');
    expect(between.at).toBe('tables/t.yaml:3:4');
    expect(between.detail).toContain('Start it at column 5, as `name` (line 2), to keep it in the item');
    // Quoted keys keep their quotes; CRLF files read the same.
    expect(one("options:\r\n  'a.b': x\r\n    'c.d': y\r\n").summary).toBe(
      "YAML indentation: 'c.d' is indented more than 'a.b' on the line above",
    );
  });
});
