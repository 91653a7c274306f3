import { describe, expect, it } from 'vitest';
import { diffLines, splitLines, unifiedDiff } from '../src/plan/sql-diff';

const lines = (n: number, f = (i: number) => `line ${i}`) => Array.from({ length: n }, (_, i) => f(i + 1));
const text = (ls: string[]) => `${ls.join('\n')}\n`;

/** Reads of the two scripts' lines by diffLines (slices of them counted too). */
function lineReads(a: readonly string[], b: readonly string[]): number {
  const reads = { n: 0 };
  const counted = (arr: readonly string[]): string[] =>
    new Proxy(arr as string[], {
      get(t, k, r) {
        if (typeof k === 'string' && /^\d+$/.test(k)) reads.n++;
        if (k === 'slice') return (...args: number[]) => counted(t.slice(...args));
        return Reflect.get(t, k, r);
      },
    });
  diffLines(counted(a), counted(b));
  return reads.n;
}

/** Applies a unified diff to `old`, to check hunks are exact. */
function patch(old: string, d: string): string {
  const a = splitLines(old);
  const out: string[] = [];
  let i = 0;
  const ls = d.split('\n');
  for (let k = 2; k < ls.length; k++) {
    const l = ls[k]!;
    const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(l);
    if (m) {
      const start = Number(m[1]) - (m[2] === '0' ? 0 : 1);
      while (i < start) out.push(a[i++]!);
      continue;
    }
    if (l.startsWith(' ')) {
      expect(a[i]).toBe(l.slice(1));
      out.push(a[i++]!);
    } else if (l.startsWith('-')) {
      expect(a[i]).toBe(l.slice(1));
      i++;
    } else if (l.startsWith('+')) out.push(l.slice(1));
  }
  while (i < a.length) out.push(a[i++]!);
  return out.length ? text(out) : '';
}

describe('unified SQL diff', () => {
  it('is empty for equal scripts', () => {
    expect(unifiedDiff('SELECT 1;\n', 'SELECT 1;\n')).toBe('');
  });

  it('one changed line, 3 lines of context, git-style headers', () => {
    const a = lines(10);
    const b = [...a];
    b[4] = 'line five';
    expect(unifiedDiff(text(a), text(b), { oldName: 'jobs/x.sql', newName: 'jobs/x.sql' })).toBe(
      [
        '--- a/jobs/x.sql',
        '+++ b/jobs/x.sql',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  it('a hunk header names the statement the hunk is in, as git names the function', () => {
    // Two tables with the same option: without the heading, the hunk does not say whose url changed.
    const table = (name: string, url: string) => [
      `CREATE TEMPORARY TABLE \`${name}\` (`,
      '  `id` BIGINT,',
      '  `name` STRING,',
      '  `segment` STRING',
      ')',
      'WITH (',
      "  'connector' = 'jdbc',",
      "  'table-name' = 'public.t',",
      `  'url' = '${url}',`,
      "  'username' = 'flink'",
      ');',
      '',
    ];
    const a = [
      ...table('customers', 'jdbc:postgresql://dev/db'),
      ...table('orders', 'jdbc:postgresql://dev/db'),
    ];
    const b = [
      ...table('customers', 'jdbc:postgresql://dev/db'),
      ...table('orders', 'jdbc:postgresql://prod/db'),
    ];
    const hunks = unifiedDiff(text(a), text(b))
      .split('\n')
      .filter((l) => l.startsWith('@@'));
    expect(hunks).toEqual(['@@ -18,7 +18,7 @@ CREATE TEMPORARY TABLE `orders` (']);
    // A hunk that shows the statement's start needs no heading: a bare header, as before.
    expect(unifiedDiff('SET a;\nSET b;\n', 'SET a;\nSET c;\n').split('\n')[2]).toBe('@@ -1,2 +1,2 @@');
    const query = ['INSERT INTO `out`', 'SELECT `id`,', '  `name`,', '  `segment`', 'FROM `t`;'];
    const changed = unifiedDiff(text(query), text(query.map((l) => l.replace('FROM `t`', 'FROM `u`'))));
    expect(changed.split('\n')[2]).toBe('@@ -2,4 +2,4 @@ INSERT INTO `out`');
  });

  it('changes far apart make two hunks, close ones merge', () => {
    const a = lines(30);
    const far = [...a];
    far[2] = 'x';
    far[25] = 'y';
    expect(unifiedDiff(text(a), text(far)).match(/^@@/gm)).toHaveLength(2);
    const near = [...a];
    near[2] = 'x';
    near[8] = 'y';
    expect(unifiedDiff(text(a), text(near)).match(/^@@/gm)).toHaveLength(1);
  });

  it('a new file diffs against the empty file, a removed one to it', () => {
    expect(unifiedDiff('', 'a\nb\n')).toBe('--- a/old.sql\n+++ b/new.sql\n@@ -0,0 +1,2 @@\n+a\n+b\n');
    expect(unifiedDiff('a\nb\n', '')).toBe('--- a/old.sql\n+++ b/new.sql\n@@ -1,2 +0,0 @@\n-a\n-b\n');
  });

  it('insertions and deletions at the edges and in the middle round-trip through patch', () => {
    const a = text(lines(20));
    const variants = [
      text(['first', ...lines(20)]),
      text([...lines(20), 'last']),
      text(lines(20).filter((_, i) => i % 3 !== 0)),
      text(lines(20).map((l, i) => (i % 4 === 0 ? `${l}!` : l))),
      text(lines(20).reverse()),
      'completely\ndifferent\n',
    ];
    for (const b of variants) expect(patch(a, unifiedDiff(a, b))).toBe(b);
  });

  it('finds a shortest edit script', () => {
    const ops = diffLines(['a', 'b', 'c', 'a', 'b', 'b', 'a'], ['c', 'b', 'a', 'b', 'a', 'c']);
    expect(ops.filter((o) => o.kind !== ' ')).toHaveLength(5);
  });

  it('tolerates CRLF line endings', () => {
    expect(unifiedDiff('a\r\nb\r\n', 'a\nb\n')).toBe('');
  });

  // Work is counted as reads of the scripts' lines (deterministic, unlike a stopwatch): what makes
  // 1,000 jobs fast is that a few edits cost a few reads per line, and that scripts sharing
  // nothing stop the search at a bounded number of edits.
  it('a few edits of a long script cost a few line reads per line, at any length', () => {
    for (const n of [300, 3000, 30_000]) {
      const a = lines(n, (i) => `  'option.${i}' = 'value ${i}',`);
      const b = [...a];
      b[9] = "  'option.10' = 'v10',";
      b[Math.floor((n * 2) / 3)] = "  'option.x' = 'v',";
      b[n - 1] = "  'x' = 'x',";
      expect(diffLines(a, b).filter((o) => o.kind !== ' ')).toHaveLength(6);
      expect(lineReads(a, b), `${n} lines`).toBeLessThanOrEqual(4 * n);
    }
  });

  it('stays bounded when two large scripts share nothing', () => {
    const disjoint = (n: number) => [lines(n, (i) => `a${i}`), lines(n, (i) => `b${i}`)] as const;
    const at2000 = lineReads(...disjoint(2000));
    // Four times the lines, about the same work: the edit search is capped, the rest is linear.
    expect(lineReads(...disjoint(8000))).toBeLessThan(1.1 * at2000);
    const [a, b] = disjoint(2000).map(text) as [string, string];
    const d = unifiedDiff(a, b);
    expect(patch(a, d)).toBe(b);
  });
});
