// The statements the oracle judges: every statement of the shared corpus (as flinkops splits it)
// plus the one-typo mutants of each query-bearing statement Flink accepts. Shared by the oracle
// run (run.mjs) and the offline check against its committed verdicts (test/sql-oracle.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutants } from './mutants.mjs';

export const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'corpus');
/** Held back from the corpus for acceptance checks: judged only with `--held-back`, never in the golden file. */
export const heldBackDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sql-extra');

/** The Flink versions judged: the Maven Central release of flink-sql-parser and its Calcite. */
export const VERSIONS = [
  { flink: '1.20', artifact: '1.20.0', calcite: '1.32.0' },
  { flink: '2.2', artifact: '2.2.0', calcite: '1.36.0' },
];

const QUERY_KINDS = new Set(['select', 'insert', 'statement_set', 'create_view', 'create_table_as']);

export function hashOf(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** `splitStatements` and `classify`-bearing `analyzeScript` come from the caller (bundled or imported). */
export function corpusStatements(sql, dir = corpusDir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const out = [];
  for (const f of manifest.files) {
    const text = readFileSync(join(dir, f.file), 'utf8');
    const analysis = sql.analyzeScript(text, f.file);
    for (const s of analysis.statements) {
      out.push({ origin: f.file, kind: 'corpus', stmtKind: s.kind, expect: f.expect, text: s.text });
    }
  }
  return out;
}

/** Mutants of the corpus statements that `accepted(text)` says Flink accepts. */
export function mutantStatements(corpus, accepted) {
  const out = [];
  const seen = new Set(corpus.map((s) => s.text));
  for (const s of corpus) {
    if (s.expect !== 'valid' || !QUERY_KINDS.has(s.stmtKind) || !accepted(s.text)) continue;
    for (const m of mutants(s.text)) {
      if (seen.has(m.text)) continue;
      seen.add(m.text);
      out.push({
        origin: s.origin,
        kind: m.kind,
        stmtKind: s.stmtKind,
        expect: 'mutant',
        text: m.text,
        from: s.text,
      });
    }
  }
  return out;
}
