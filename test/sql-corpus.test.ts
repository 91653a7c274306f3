/**
 * The SQL front end against the real-Flink-SQL corpus: split counts from the
 * manifest, no crash, no false errors on valid files, every statement Flink's parser
 * rejects flagged, and statement kinds matching the manifest's classification.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql/index';
import type { StatementKind } from '../src/sql/types';

const dir = join(__dirname, 'fixtures', 'corpus');

interface ManifestFile {
  file: string;
  expect: 'valid' | 'parse-error';
  statement_count: number;
  kinds?: Record<string, number>;
}

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  statements: number;
  scripts: number;
  files: ManifestFile[];
};
/**
 * Where the manifest's split disagrees with Flink's own, Flink wins: its statement_set.q runs
 * `EXPLAIN STATEMENT SET BEGIN ...; ...; END;` as one statement (one `!output` for the block, and
 * its parser takes it whole), where the manifest counts an EXPLAIN, an INSERT and an END.
 */
const CORRECTIONS: Record<string, Pick<ManifestFile, 'statement_count' | 'kinds'>> = {
  'flink-gateway-q__statement_set.sql': {
    statement_count: 19,
    kinds: {
      set_quoted: 3,
      create_table: 5,
      explain: 4,
      execute_statement_set: 2,
      select: 4,
      execute: 1,
    },
  },
};
/**
 * Statements Flink's parser takes and Flink still refuses before planning, by the check its parser
 * runs on the parsed statement (SqlValidateException): flinkops reports them as FO321.
 */
const REFUSED_AFTER_PARSE: Record<string, string[]> = {
  // `user_id INT PRIMARY KEY` without NOT ENFORCED.
  'cookbook__joins_04_lookup_joins.sql': ['FO321 Flink supports only PRIMARY KEY ... NOT ENFORCED @20'],
};
for (const f of manifest.files) {
  const c = CORRECTIONS[f.file];
  if (!c) continue;
  if (f.expect === 'valid') manifest.statements += c.statement_count - f.statement_count;
  Object.assign(f, c);
}

/** Our kinds → the manifest's (coarser) kind names. */
const TO_MANIFEST: Partial<Record<StatementKind, string>> = {
  statement_set: 'execute_statement_set',
  begin_statement_set: 'begin_end_statement_set',
  end: 'begin_end_statement_set',
  compile_plan: 'explain',
  show_jobs: 'show',
  describe_job: 'describe',
  stop_job: 'other',
  load_module: 'load_unload_module',
  unload_module: 'load_unload_module',
  add_jar: 'add_remove_jar',
  remove_jar: 'add_remove_jar',
  delete: 'delete_update_truncate',
  update: 'delete_update_truncate',
  truncate: 'delete_update_truncate',
};

/** The manifest's finer kind names → the coarse ones we compare on. */
function manifestKind(kind: string): string {
  if (kind.startsWith('set_')) return 'set';
  if (kind === 'create_table_like') return 'create_table';
  if (kind === 'create_function_using_jar') return 'create_function';
  return kind;
}

function count<T extends string>(items: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}

const verdicts = JSON.parse(readFileSync(join(__dirname, 'sql-oracle', 'verdicts.json'), 'utf8')) as {
  versions: Record<string, { verdicts: Record<string, string> }>;
};
const flinkVerdict = (text: string) =>
  verdicts.versions['2.2']!.verdicts[createHash('sha256').update(text).digest('hex').slice(0, 16)];

const analysed = manifest.files.map((f) => ({
  f,
  a: analyzeScript(readFileSync(join(dir, f.file), 'utf8'), f.file),
}));

describe('SQL corpus', () => {
  it('covers the whole manifest', () => {
    expect(manifest.files.length).toBeGreaterThan(100);
    // The manifest's totals count the valid scripts; *.invalid.sql files come on top.
    const valid = analysed.filter(({ f }) => f.expect === 'valid');
    expect(valid).toHaveLength(manifest.scripts);
    expect(valid.reduce((n, { a }) => n + a.statements.length, 0)).toBe(manifest.statements);
  });

  it.each(analysed.map(({ f, a }) => [f.file, f, a] as const))('%s', (_name, f, a) => {
    expect(a.statements).toHaveLength(f.statement_count);
    for (const s of a.statements) {
      expect(s.text.length).toBeGreaterThan(0);
      expect(s.range.start.line).toBeGreaterThan(0);
    }
    if (f.expect === 'valid') {
      // Errors only where Flink's own parser (2.2, the oracle's recorded verdicts) rejects the statement too.
      const errors = a.statements
        .filter((s) => flinkVerdict(s.text) === 'ok')
        .flatMap((s) => s.diags.filter((d) => d.severity === 'error'));
      expect(errors.map((d) => `${d.code} ${d.summary} @${d.range?.start.line}`)).toEqual(
        REFUSED_AFTER_PARSE[f.file] ?? [],
      );
      const ours = count(a.statements.map((s) => TO_MANIFEST[s.kind] ?? s.kind));
      const theirs: Record<string, number> = {};
      for (const [k, n] of Object.entries(f.kinds ?? {})) {
        const m = manifestKind(k);
        theirs[m] = (theirs[m] ?? 0) + n;
      }
      expect(ours).toEqual(theirs);
    } else {
      for (const s of a.statements) {
        const errors = s.diags.filter((d) => d.severity === 'error');
        expect(errors.length, `not flagged: ${s.text}`).toBeGreaterThan(0);
        for (const d of errors) {
          expect(d.code).toMatch(/^FO3\d\d$/);
          expect(d.detail.length).toBeGreaterThan(10);
          expect(d.range?.file).toBe(f.file);
          // The error points inside the statement it belongs to.
          expect(d.range!.start.line).toBeGreaterThanOrEqual(s.range.start.line);
          expect(d.range!.end.line).toBeLessThanOrEqual(s.range.end.line);
        }
      }
    }
  });

  it('pinpoints why each invalid statement is rejected', () => {
    const byFile = Object.fromEntries(analysed.map(({ f, a }) => [f.file, a]));
    const first = (file: string) =>
      byFile[file]!.statements.map((s) => s.diags.find((d) => d.severity === 'error')!);
    const cat = first('flink-client-q__catalog_database.invalid.sql');
    expect(cat.map((d) => d.code)).toEqual(['FO315', 'FO315']);
    expect(cat[0]!.range).toMatchObject({ start: { line: 1, column: 16 } });
    expect(cat[1]!.range).toMatchObject({ start: { line: 3, column: 19 } });
    const hive = first('flink-client-q__set.invalid.sql')[0]!;
    expect(hive.code).toBe('FO312');
    expect(hive.range).toMatchObject({ start: { line: 10, column: 27 } });
    expect(first('flink-gateway-q__statement_set.invalid.sql').map((d) => d.code)).toEqual([
      'FO316',
      'FO316',
      'FO316',
      'FO316',
    ]);
  });
});
