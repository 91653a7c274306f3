import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * docs/diagnostics.md is the users' reference of every diagnostic code: it must list exactly
 * the codes the code base can emit (string literals `'FO123'` in src/ and action/), each once,
 * in the table of its range, and no code may stand for two things in the code tables
 * (`export const X_CODES = { name: 'FO123' }`).
 */

const root = join(import.meta.dirname, '..');
const CODE = /^FO\d{3}$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

interface Source {
  file: string;
  text: string;
  ast: ts.SourceFile;
}

const sources: Source[] = ['src', 'action'].flatMap((d) =>
  sourceFiles(join(root, d)).map((path) => {
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path).split('\\').join('/');
    return { file, text, ast: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) };
  }),
);

function visit(node: ts.Node, f: (n: ts.Node) => void): void {
  f(node);
  ts.forEachChild(node, (c) => visit(c, f));
}

/** Code → where it occurs as a string literal (comments do not emit anything). */
function emittedCodes(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of sources) {
    visit(s.ast, (n) => {
      if (!ts.isStringLiteralLike(n) || !CODE.test(n.text)) return;
      const line = s.ast.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      out.set(n.text, [...(out.get(n.text) ?? []), `${s.file}:${line}`]);
    });
  }
  return out;
}

/** A code table: `export const X_CODES = { name: 'FO123', ... } as const`. */
interface TableEntry {
  table: string;
  name: string;
  at: string;
}

function codeTables(): Map<string, TableEntry[]> {
  const out = new Map<string, TableEntry[]>();
  for (const s of sources) {
    visit(s.ast, (n) => {
      if (!ts.isVariableDeclaration(n) || !n.initializer || !ts.isIdentifier(n.name)) return;
      let init: ts.Expression = n.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
        init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) return;
      for (const p of init.properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isStringLiteralLike(p.initializer)) continue;
        const code = p.initializer.text;
        const name = p.name.getText(s.ast);
        // `{ code: 'FO123', ... }` is one diagnostic, not a table naming a meaning.
        if (!CODE.test(code) || name === 'code') continue;
        const line = s.ast.getLineAndCharacterOfPosition(p.getStart()).line + 1;
        const entry = { table: n.name.text, name, at: `${s.file}:${line}` };
        out.set(code, [...(out.get(code) ?? []), entry]);
      }
    });
  }
  return out;
}

/** Code → the `## FOnxx` section of docs/diagnostics.md whose table row starts with it. */
function documentedCodes(): Map<string, string[]> {
  const text = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8');
  const rows = new Map<string, string[]>();
  let section = '';
  for (const line of text.split('\n')) {
    const h = /^## (FO\dxx)\b/.exec(line);
    if (h) section = h[1]!;
    const row = /^\|\s*(FO\d{3})\s*\|/.exec(line);
    if (row) rows.set(row[1]!, [...(rows.get(row[1]!) ?? []), section]);
  }
  return rows;
}

const emitted = emittedCodes();
const documented = documentedCodes();

describe('diagnostic codes', () => {
  it('finds the codes of every stage', () => {
    // A guard against a scan that silently finds nothing (moved folders, a broken parser).
    const ranges = new Set([...emitted.keys()].map((c) => c[2]));
    for (const r of ['1', '2', '3', '4', '5', '6', '7', '8']) expect(ranges).toContain(r);
  });

  it('documents every emitted code in docs/diagnostics.md', () => {
    const missing = [...emitted.keys()]
      .filter((c) => !documented.has(c))
      .sort()
      .map((c) => `${c} (${emitted.get(c)!.join(', ')})`);
    expect(missing, 'codes missing from docs/diagnostics.md').toEqual([]);
  });

  it('documents no code the code base no longer emits', () => {
    const stale = [...documented.keys()].filter((c) => !emitted.has(c)).sort();
    expect(stale, 'codes in docs/diagnostics.md that nothing emits').toEqual([]);
  });

  it('documents each code once, in the table of its range', () => {
    const wrong = [...documented]
      .filter(([code, sections]) => sections.length !== 1 || sections[0] !== `FO${code[2]}xx`)
      .map(([code, sections]) => `${code} under ${sections.join(', ') || 'no section'}`);
    expect(wrong).toEqual([]);
  });

  it('mentions only real codes in comments and messages', () => {
    // A comment or message naming a code nothing emits is a stale or mistyped reference.
    const unknown: string[] = [];
    for (const s of sources) {
      for (const m of s.text.matchAll(/\bFO\d{3}\b/g)) {
        if (emitted.has(m[0])) continue;
        const line = s.text.slice(0, m.index).split('\n').length;
        unknown.push(`${m[0]} at ${s.file}:${line}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('never gives one code two meanings in the code tables', () => {
    const tables = codeTables();
    expect(tables.size, 'codes defined in code tables').toBeGreaterThan(50);
    // The same code under two different names (in one table or two) means two different things.
    const collisions = [...tables]
      .filter(([, entries]) => new Set(entries.map((e) => e.name)).size > 1)
      .map(
        ([code, entries]) => `${code}: ${entries.map((e) => `${e.table}.${e.name} (${e.at})`).join(' vs ')}`,
      );
    expect(collisions).toEqual([]);
  });
});
