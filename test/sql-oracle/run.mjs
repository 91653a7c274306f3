#!/usr/bin/env node
// `npm run test:sql-oracle`: holds flinkops' SQL front end to Flink's own parser. For each Flink
// version in statements.mjs, Flink's parser (built from Maven Central) and flinkops judge every
// corpus statement and every one-typo mutant; prints the agreement, the flag rate on mutants,
// the acceptance of unmodified statements and every disagreement, and fails below 99.5 %.
// `--write` also stores the verdicts in verdicts.json (the offline test's golden file);
// `--held-back` also reports on test/fixtures/sql-extra (statements held back from the corpus) and
// its mutants, for the acceptance figures (no threshold, never stored).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { judge } from './oracle.mjs';
import { agreement, formatReport } from './report.mjs';
import { corpusStatements, hashOf, heldBackDir, mutantStatements, VERSIONS } from './statements.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const THRESHOLD = 0.995;

const out = mkdtempSync(join(tmpdir(), 'flinkops-oracle-'));
const bundle = join(out, 'sql.mjs');
await build({
  entryPoints: [join(root, 'src', 'sql', 'index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'error',
});
const sql = await import(pathToFileURL(bundle).href);
rmSync(out, { recursive: true, force: true });

const corpus = corpusStatements(sql);
const corpusVerdicts = VERSIONS.map((v) =>
  judge(
    v,
    corpus.map((s) => s.text),
  ),
);
const acceptedByAll = new Set(
  corpus.filter((_, i) => corpusVerdicts.every((vs) => vs[i] === 'ok')).map((s) => s.text),
);
const mutated = mutantStatements(corpus, (t) => acceptedByAll.has(t));
const all = [...corpus, ...mutated];

const golden = {
  note: 'Flink parser verdicts (sha256 prefix of the statement text → ok | error line:col message); written by `npm run test:sql-oracle -- --write`.',
  versions: {},
};
let failed = false;
for (const [k, v] of VERSIONS.entries()) {
  const verdicts = [
    ...corpusVerdicts[k],
    ...judge(
      v,
      mutated.map((s) => s.text),
    ),
  ];
  golden.versions[v.flink] = {
    artifact: v.artifact,
    verdicts: Object.fromEntries(all.map((s, i) => [hashOf(s.text), verdicts[i]])),
  };
  const result = agreement(sql, v.flink, all, verdicts);
  console.log(formatReport(v, result));
  if (result.agreement < THRESHOLD) failed = true;
}
if (process.argv.includes('--held-back')) {
  const held = corpusStatements(sql, heldBackDir);
  const heldVerdicts = VERSIONS.map((v) =>
    judge(
      v,
      held.map((s) => s.text),
    ),
  );
  const ok = new Set(held.filter((_, i) => heldVerdicts.every((vs) => vs[i] === 'ok')).map((s) => s.text));
  const heldMutants = mutantStatements(held, (t) => ok.has(t));
  const heldAll = [...held, ...heldMutants];
  for (const [k, v] of VERSIONS.entries()) {
    const verdicts = [
      ...heldVerdicts[k],
      ...judge(
        v,
        heldMutants.map((s) => s.text),
      ),
    ];
    console.log(
      formatReport(
        { ...v, flink: `${v.flink}, held-back statements` },
        agreement(sql, v.flink, heldAll, verdicts),
      ),
    );
  }
}
const goldenFile = join(here, 'verdicts.json');
if (process.argv.includes('--write')) {
  writeFileSync(goldenFile, `${JSON.stringify(golden, null, 2)}\n`);
  console.log('wrote test/sql-oracle/verdicts.json');
} else if (existsSync(goldenFile)) {
  // The offline test trusts verdicts.json: it must say what Flink's parser says today.
  const committed = JSON.parse(readFileSync(goldenFile, 'utf8'));
  const stale = Object.entries(golden.versions).flatMap(([flink, v]) =>
    Object.entries(v.verdicts).filter(
      ([h, verdict]) => committed.versions?.[flink]?.verdicts?.[h] !== verdict,
    ),
  );
  if (stale.length > 0) {
    console.error(
      `verdicts.json is stale: ${stale.length} verdicts differ from Flink's parser; run npm run test:sql-oracle -- --write`,
    );
    failed = true;
  }
}
if (failed) {
  console.error(`agreement with Flink's parser below ${THRESHOLD * 100} %`);
  process.exitCode = 1;
}
