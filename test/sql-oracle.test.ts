/**
 * flinkops' SQL front end against Flink's own parser, offline: the verdicts Flink's
 * parser gave (test/sql-oracle/verdicts.json, written by `npm run test:sql-oracle --
 * --write`, which CI reruns against the real parser) over the shared corpus and its
 * one-typo mutants. flinkops must agree on at least 99.5 % of the statements per Flink
 * version, flag at least 98 % of the mutants Flink rejects, and accept at least 99.5 %
 * of the unmodified statements Flink accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as sql from '../src/sql/index';
// @ts-expect-error plain ESM helpers shared with the oracle runner
import { agreement } from './sql-oracle/report.mjs';
// @ts-expect-error plain ESM helpers shared with the oracle runner
import { corpusStatements, hashOf, mutantStatements, VERSIONS } from './sql-oracle/statements.mjs';

interface Judged {
  kind: string;
  text: string;
}

const golden = JSON.parse(readFileSync(join(__dirname, 'sql-oracle', 'verdicts.json'), 'utf8')) as {
  versions: Record<string, { artifact: string; verdicts: Record<string, string> }>;
};

const corpus = corpusStatements(sql) as Judged[];
const versions = VERSIONS as { flink: string; artifact: string }[];
const verdict = (flink: string, text: string) => golden.versions[flink]?.verdicts[hashOf(text) as string];
const acceptedByAll = (text: string) => versions.every((v) => verdict(v.flink, text) === 'ok');
const all: Judged[] = [...corpus, ...(mutantStatements(corpus, acceptedByAll) as Judged[])];

describe.each(versions)("agreement with Flink $flink's parser", (v) => {
  const verdicts = all.map((s) => verdict(v.flink, s.text));
  const result = agreement(sql, v.flink, all, verdicts) as {
    agreement: number;
    acceptance: number;
    flagRate: number;
    mutantRejectCount: number;
    disagreements: { s: Judged; flink: string; mine: string }[];
  };

  it('has a verdict of Flink for every statement (the golden file is current)', () => {
    expect(golden.versions[v.flink]?.artifact).toBe(v.artifact);
    expect(all.filter((_, i) => verdicts[i] === undefined).map((s) => s.text)).toEqual([]);
  });

  it('agrees on at least 99.5 % of the corpus statements and their one-typo mutants', () => {
    expect(all.length).toBeGreaterThan(1500);
    const shown = result.disagreements.map(
      (d) => `${d.s.kind}: ${d.s.text.slice(0, 80)} | Flink ${d.flink} | flinkops ${d.mine}`,
    );
    expect(result.agreement, shown.join('\n')).toBeGreaterThanOrEqual(0.995);
  });

  it('flags at least 98 % of the mutants Flink rejects, and accepts 99.5 % of the statements Flink accepts', () => {
    expect(result.mutantRejectCount).toBeGreaterThan(500);
    expect(result.flagRate).toBeGreaterThanOrEqual(0.98);
    expect(result.acceptance).toBeGreaterThanOrEqual(0.995);
  });
});
