import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinScript, SCRIPT_PART_SEPARATOR, terminate } from '../src/compile/job-script';
import { normalizePieces, normalizeSql, pieceCache } from '../src/sql/normalize';
import { splitStatements } from '../src/sql/splitter';

// A restart hash is the normal form of a job's script: a piecewise normal form that differed from
// normalizeSql by one byte would restart every deployed job. So it is compared with the
// one-pass normal form on real scripts and on pieces built to break it.

const corpus = join(__dirname, 'fixtures', 'corpus');
const HEADER =
  '-- flinkops compiled script: job j, environment prod\n-- Source: jobs/j.sql. Generated; do not edit.';

/** Each piece shared or not at random, so runs of unshared pieces of every length are met. */
function expectSame(pieces: string[], cache = pieceCache(), seed = pieces.length): void {
  const script = joinScript(pieces);
  const expected = normalizeSql(script);
  let s = seed;
  const coin = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % 2 === 0;
  };
  for (const shared of [() => true, () => false, coin])
    expect(normalizePieces(script, pieces, SCRIPT_PART_SEPARATOR, shared, cache)).toBe(expected);
}

describe('normalizePieces', () => {
  it('is normalizeSql of the joined script for every statement of the corpus, the cache shared', () => {
    const cache = pieceCache();
    const files = readdirSync(corpus).filter((f) => f.endsWith('.sql'));
    expect(files.length).toBeGreaterThan(100);
    let statements = 0;
    for (const f of files) {
      const text = readFileSync(join(corpus, f), 'utf8');
      const parts = [HEADER, ...splitStatements(text, f).statements.map((s) => terminate(s.text))];
      statements += parts.length - 1;
      expectSame(parts, cache);
      // The same pieces again in another order and next to each other: served from the cache.
      expectSame([HEADER, ...parts.slice(1).reverse(), ...parts.slice(1)], cache);
    }
    expect(statements).toBeGreaterThan(1000);
    expect(cache.after.size).toBeGreaterThan(0);
  });

  it('reads a piece after another statement as the whole script reads it', () => {
    // Spaced and upper-cased by what precedes them: a first token after `;` is not a first token.
    for (const first of ['VIRTUAL;', 'METADATA;', ');', ', x;', '. a;', 'desc;', 'ASC;', '> 1;', '[1];']) {
      expectSame([HEADER, 'SELECT 1;', first]);
      expectSame([first, 'SELECT 1;']);
      expectSame([HEADER, first, first]);
    }
  });

  it('falls back to the whole script when a piece could reach into the next one', () => {
    const open = [
      "SELECT 'open;", // a literal left open swallows what follows
      'SELECT `open;',
      'SELECT "open;',
      "SELECT X'0f;",
      "SELECT U&'x;",
      'SELECT 1 /* open;',
      'SELECT 1; /* open after the end',
      'SELECT 1; /*+ HINT',
      'SELECT 1 /*+ HINT;',
      'CREATE TABLE t (a ARRAY<INT;', // a generic type left open spaces the next piece's `>`
      'SELECT 1', // no `;`
      'SELECT 1; -- a comment',
      'SELECT 1 -- ;',
    ];
    for (const piece of open) {
      expectSame([HEADER, piece, "SELECT 'a' > 1, ARRAY<INT> '*/';", 'SELECT 2;']);
      expectSame([piece, 'x >;', 'SELECT 1;']);
    }
  });

  it('matches normalizeSql on random scripts of awkward pieces', () => {
    const atoms = [
      'SELECT',
      'select',
      'a',
      '`b c`',
      "'it''s'",
      '1.5e3',
      '.5',
      'ARRAY',
      '<',
      '>',
      'ROW',
      '(',
      ')',
      ',',
      '.',
      '*',
      ';',
      '--c\n',
      '/* c */',
      '/*+ OPTIONS(a=1) */',
      'ORDER BY x',
      'desc',
      'NULLS',
      'last',
      'VIRTUAL',
      'METADATA',
      'FROM',
      'view',
      'CREATE TEMPORARY VIEW',
      'TUMBLE',
      'tumble',
      "'",
      '`',
      '/*',
      '\n',
      '  ',
    ];
    let seed = 20261203;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const cache = pieceCache();
    const pool: string[] = [];
    for (let round = 0; round < 3000; round++) {
      const piece = () => {
        if (pool.length > 0 && rand(3) === 0) return pool[rand(pool.length)]!;
        const words = Array.from({ length: 1 + rand(12) }, () => atoms[rand(atoms.length)]!);
        const p = rand(5) === 0 ? words.join(' ') : `${words.join(' ')};`;
        pool.push(p);
        return p;
      };
      const parts = [HEADER, ...Array.from({ length: 1 + rand(6) }, piece)];
      expectSame(parts, cache, round);
    }
  });
});
