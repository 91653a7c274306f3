/**
 * FO204 (a column no table in scope has) against real Flink SQL: the corpus, the extra corpus and
 * public scripts it once misjudged (sql-wild: a table created twice, altered, or with a MySQL CREATE),
 * each script a job with the tables it creates, and every fixture repository. It fires only on
 * the queries Flink refuses for a name (a table alias the FROM does not have, a select-list alias
 * in WHERE), and on nothing else.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/core/text';
import { loadProject } from '../src/load/project';
import { analyzeScript } from '../src/sql';
import { checkColumnNames } from '../src/validate/column-rules';
import type { ProjectJob } from '../src/validate/model';
import { validateProject } from '../src/validate/validate-project';

const root = join(import.meta.dirname, '..');

/** Where real Flink refuses the script's query for a name ("Table 'p' not found", ...). */
const REFUSED: Record<string, string[]> = {
  'cookbook__joins_05_star_schema.sql': [
    "62 Table 'p' not found",
    "63 Table 'p' not found",
    "65 Table 'os' not found",
    "66 Table 'ds' not found",
  ],
  // `A` and `B` are aliases of the inner subquery only; `rownum` is an alias of the same select list.
  'nexmark__queries_q6.sql': [
    "17 Table 'A' not found",
    "17 Table 'A' not found",
    "17 Table 'B' not found",
    "23 Column 'rownum' not found in any table",
  ],
  // Redshift SQL: Flink's names are case-sensitive (2.2: "Column 'USERID' not found in any table; did
  // you mean 'userid', 'userid'?"). Line 57 says it too, in a DELETE, whose scopes are not recorded.
  'decodable-examples__redshift_README.sql': ["96 Column 'USERID' not found in any table"],
};

function scriptFindings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const a = analyzeScript(text, file, { columnScopes: true });
  const localTables = a.statements
    .filter((s) => (s.kind === 'create_table' || s.kind === 'create_table_as') && s.table)
    .map((s) => ({ name: s.table!.name.name, statement: s }));
  const job = { name: 'j', sqlFile: file, settings: {}, reads: [], writes: [], functions: [], localTables };
  return checkColumnNames(a.statements, file, new LineIndex(text), new Map(), job as ProjectJob).map(
    (d) => `${d.range?.start.line} ${d.summary}`,
  );
}

describe('FO204 on real Flink SQL', () => {
  for (const dir of [
    'test/fixtures/corpus',
    'test/fixtures/sql-extra',
    'test/fixtures/flink-docs',
    'test/fixtures/sql-wild',
  ]) {
    it(`${dir}: only where Flink refuses the name`, () => {
      const found: Record<string, string[]> = {};
      let judged = 0;
      for (const f of readdirSync(join(root, dir))) {
        if (!f.endsWith('.sql') || f.endsWith('.invalid.sql')) continue;
        const r = scriptFindings(join(root, dir, f));
        judged++;
        if (r.length > 0) found[f] = r;
      }
      expect(judged).toBeGreaterThan(2);
      const expected = Object.fromEntries(
        Object.entries(REFUSED).filter(([f]) => existsSync(join(root, dir, f))),
      );
      expect(found).toEqual(expected);
    });
  }

  it('example-repo and every fixture repository: none', () => {
    const dirs = [
      join(root, 'example-repo'),
      ...readdirSync(join(root, 'test/fixtures/repos')).map((d) => join(root, 'test/fixtures/repos', d)),
    ];
    const found: string[] = [];
    for (const d of dirs) {
      const v = validateProject(loadProject(d).value);
      for (const x of v.diags) if (x.code === 'FO204') found.push(`${d}: ${x.summary}`);
    }
    expect(found).toEqual([]);
  });
});
