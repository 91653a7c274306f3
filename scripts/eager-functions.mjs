// The project's own top-level functions in a bundled chunk, compiled when the chunk is, so that
// Node's compile cache keeps their code.
//
// V8 compiles a function the first time it is called, unless it is written in parentheses, and
// Node's compile cache keeps only what was compiled with the module. So every command compiled
// its code again on every run: the SQL front end, the loaders, the rules, the planner. Written
// `var f = (function f(…) {…});`, a function is compiled with its module and comes out of the
// cache on the next run (validate of example-repo: its own work from 21-26 to ~17 ms).
// Third-party code stays as it is: much of it is never called.
//
// A declaration is hoisted and a `var` is not, so a function that code at the chunk's top level
// may call before its declaration (directly or through other functions) stays a declaration.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ts = require('typescript');

/** esbuild's comment that starts a module's code in a chunk: `// src/sql/lexer.ts`. */
export const MODULE_COMMENT = /^\/\/ (\S+)$/;

/** Every identifier named anywhere in `node`. */
function namesIn(node, out = new Set()) {
  const visit = (n) => {
    if (ts.isIdentifier(n)) out.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

/**
 * `code` (one chunk, as esbuild writes it) with the top-level functions and function-valued
 * `var`/`let`/`const` of the modules `own(path)` accepts in parentheses.
 */
export function eagerFunctions(code, own) {
  const sf = ts.createSourceFile('chunk.mjs', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const statements = sf.statements;
  /** Names each top-level function declaration's body refers to. */
  const bodyNames = new Map();
  for (const st of statements)
    if (ts.isFunctionDeclaration(st) && st.name) bodyNames.set(st.name.text, namesIn(st));
  /**
   * What may run while the chunk's top level is evaluated, up to each statement: the names every
   * statement that is not a function declaration refers to, and what those functions refer to.
   */
  const reached = new Set();
  const reach = (names) => {
    const todo = [...names];
    while (todo.length > 0) {
      const name = todo.pop();
      if (reached.has(name)) continue;
      reached.add(name);
      for (const n of bodyNames.get(name) ?? []) if (!reached.has(n)) todo.push(n);
    }
  };
  const edits = [];
  let module;
  for (const st of statements) {
    for (const c of ts.getLeadingCommentRanges(code, st.pos) ?? []) {
      const m = MODULE_COMMENT.exec(code.slice(c.pos, c.end));
      if (m) module = m[1];
    }
    const mine = module !== undefined && own(module);
    if (ts.isFunctionDeclaration(st)) {
      const name = st.name?.text;
      const exported = st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (mine && name && st.body && !exported && !reached.has(name)) {
        const at = st.getStart(sf);
        edits.push({ at, text: `var ${name} = (` }, { at: st.end, text: ');' });
      }
      continue;
    }
    reach(namesIn(st));
    if (!mine || !ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
        edits.push({ at: init.getStart(sf), text: '(' }, { at: init.end, text: ')' });
    }
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.at);
  return { code: out, functions: edits.length / 2 };
}
