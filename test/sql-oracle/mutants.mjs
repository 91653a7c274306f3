// One-typo mutants of a statement, of the kinds people make: a misspelled keyword, a missing
// keyword, a doubled or missing comma, an unbalanced parenthesis, a misplaced clause, a no-break
// space between two words (text copied from a web page or a document). Deterministic:
// the choice of token is a hash of the statement text and the kind, so every run builds the same set.
import { createHash } from 'node:crypto';

const KEYWORDS = new Set([
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP',
  'BY',
  'HAVING',
  'ORDER',
  'JOIN',
  'ON',
  'INSERT',
  'INTO',
  'AS',
  'UNION',
  'ALL',
  'LEFT',
  'INNER',
  'WITH',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'AND',
  'OR',
  'OVER',
  'PARTITION',
  'TABLE',
  'VALUES',
  'LIMIT',
  'DISTINCT',
  'CAST',
  'INTERVAL',
  'BETWEEN',
  'LATERAL',
  'SYSTEM_TIME',
  'OF',
  'FOR',
  'NOT',
  'NULL',
  'IS',
  'IN',
  'EXISTS',
  'WINDOW',
  'ROWS',
]);
/** Keywords whose absence people make (and that a parser can notice); AS is optional in most places. */
const DROPPABLE = new Set([
  'FROM',
  'BY',
  'INTO',
  'ON',
  'SELECT',
  'WHERE',
  'JOIN',
  'THEN',
  'END',
  'WHEN',
  'TABLE',
  'OF',
]);
const CLAUSES = ['WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT'];

function pick(text, kind, n) {
  const h = createHash('sha256').update(`${kind}\u0000${text}`).digest();
  return h.readUInt32BE(0) % n;
}

/** Words, commas and parentheses outside strings, quoted names and comments, with offsets. */
function tokens(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '`' || c === '"') {
      let j = i + 1;
      while (j < text.length && !(text[j] === c && text[j + 1] !== c)) j += text[j] === c ? 2 : 1;
      i = j + 1;
    } else if (c === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? text.length : e + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_$]/.test(text[j])) j++;
      out.push({ kind: 'word', value: text.slice(i, j).toUpperCase(), start: i, end: j });
      i = j;
    } else if (c === ',' || c === '(' || c === ')') {
      out.push({ kind: c, value: c, start: i, end: i + 1 });
      i++;
    } else i++;
  }
  return out;
}

function splice(text, start, end, insert) {
  return text.slice(0, start) + insert + text.slice(end);
}

/** A misspelling of a word: swap two inner letters, drop one, or double one. */
function misspell(word, r) {
  const k = 1 + (r % Math.max(1, word.length - 2));
  switch (r % 3) {
    case 0:
      return word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
    case 1:
      return word.slice(0, k) + word.slice(k + 1);
    default:
      return word.slice(0, k) + word[k] + word.slice(k);
  }
}

export function mutants(text) {
  const toks = tokens(text);
  const out = [];
  const words = toks.filter((t) => t.kind === 'word' && KEYWORDS.has(t.value) && t.value.length >= 2);
  if (words.length) {
    const t = words[pick(text, 'misspell', words.length)];
    const raw = text.slice(t.start, t.end);
    const typo = misspell(raw, pick(text, 'how', 997));
    if (typo.toUpperCase() !== t.value)
      out.push({ kind: 'misspelled-keyword', text: splice(text, t.start, t.end, typo) });
  }
  const drops = toks.filter((t) => t.kind === 'word' && DROPPABLE.has(t.value));
  if (drops.length) {
    const t = drops[pick(text, 'drop', drops.length)];
    out.push({ kind: 'missing-keyword', text: splice(text, t.start, t.end, '') });
  }
  const commas = toks.filter((t) => t.kind === ',');
  if (commas.length) {
    const t = commas[pick(text, 'double', commas.length)];
    out.push({ kind: 'doubled-comma', text: splice(text, t.start, t.end, ',,') });
    const u = commas[pick(text, 'missing', commas.length)];
    out.push({ kind: 'missing-comma', text: splice(text, u.start, u.end, ' ') });
  }
  const parens = toks.filter((t) => t.kind === '(' || t.kind === ')');
  if (parens.length) {
    const t = parens[pick(text, 'paren', parens.length)];
    out.push({ kind: 'unbalanced-paren', text: splice(text, t.start, t.end, ' ') });
  }
  // A no-break space for the single space between two words.
  const gaps = toks.filter(
    (t, k) => t.kind === 'word' && k > 0 && text.slice(toks[k - 1].end, t.start) === ' ',
  );
  if (gaps.length) {
    const t = gaps[pick(text, 'nbsp', gaps.length)];
    out.push({ kind: 'no-break-space', text: splice(text, t.start - 1, t.start, '\u00a0') });
  }
  // Misplaced clause: the first top-level clause that follows another is moved before it.
  const depthAt = [];
  let depth = 0;
  for (const t of toks) {
    if (t.kind === '(') depth++;
    else if (t.kind === ')') depth--;
    depthAt.push(depth);
  }
  const heads = [];
  toks.forEach((t, k) => {
    if (t.kind === 'word' && CLAUSES.includes(t.value) && depthAt[k] === 0) heads.push(k);
  });
  if (heads.length >= 2) {
    const a = toks[heads[0]];
    const b = toks[heads[1]];
    const bEnd = heads[2] !== undefined ? toks[heads[2]].start : text.length;
    const moved = `${text.slice(b.start, bEnd).trimEnd()} `;
    out.push({
      kind: 'misplaced-clause',
      text: text.slice(0, a.start) + moved + text.slice(a.start, b.start) + text.slice(bEnd),
    });
  }
  return out;
}
