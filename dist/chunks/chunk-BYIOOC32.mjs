import {
  error
} from "./chunk-FYVUM4PK.mjs";

// src/sql/codes.ts
var CODES = {
  unterminatedString: "FO301",
  unterminatedComment: "FO302",
  unterminatedIdentifier: "FO303",
  unbalancedParens: "FO310",
  unknownStatement: "FO311",
  unexpectedToken: "FO312",
  missingPart: "FO313",
  malformedSet: "FO314",
  qualifiedName: "FO315",
  emptyStatementSet: "FO316",
  statementSetContent: "FO317",
  unclosedStatementSet: "FO318",
  /** Nested deeper than the parser's stack: not a bug, an input no one writes by hand. */
  nestedTooDeeply: "FO319",
  /** A literal Flink's validator refuses for its value: an INTERVAL's leading field longer than its precision. */
  literalOutOfRange: "FO320",
  /** A statement Flink's parser reads and its own validation refuses before planning (PRIMARY KEY without NOT ENFORCED, a temporary CTAS). */
  refusedByFlink: "FO321",
  /**
   * A process table function's call that the project's release plans not (its planner's refusal,
   * not its parser's): judged here, where the call's arguments are known. Validation codes (FO2xx).
   */
  ptfOrderBy: "FO236",
  ptfBefore21: "FO237",
  /** Warnings. */
  strayEnd: "FO330",
  nestedStatementSet: "FO331",
  /** A type name Flink does not know, one edit or two from one it does (a user-defined type to Flink's parser). */
  unknownTypeName: "FO332",
  /** EXIT, QUIT, HELP, CLEAR: the SQL client's commands, left out of the compiled script. */
  clientCommand: "FO333"
};

// src/sql/lexer.ts
var isTwoCharOp = (function isTwoCharOp(a, b) {
  switch (a) {
    case 60:
      return b === 62 || b === 61;
    case 62:
    // >
    case 33:
      return b === 61;
    case 124:
      return b === 124;
    case 61:
    // =
    case 45:
      return b === 62;
    case 58:
      return b === 58;
    default:
      return false;
  }
});
var isTypographicQuote = (function isTypographicQuote(c) {
  return c >= 8216 && c <= 8222 && c !== 8219 || c === 171 || c === 187 || c === 180;
});
var isControl = (function isControl(c) {
  return c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 || c === 127;
});
var isZeroWidth = (function isZeroWidth(c) {
  return c >= 8203 && c <= 8205 || c === 8288;
});
var isLetter = (function isLetter(c) {
  if (c < 128) return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36;
  return c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 8191 || c >= 12352 && c <= 12687 || c >= 13056 && c <= 13183 || c >= 13312 && c <= 15661 || c >= 19968 && c <= 40959 || c >= 63744 && c <= 64255;
});
var isIdentPart = (function isIdentPart(c) {
  return isLetter(c) || isDigit(c);
});
var prefixedStringQuote = (function prefixedStringQuote(text, i, to) {
  const c = text.charCodeAt(i);
  if (c === 78 || c === 110) return text.charCodeAt(i + 1) === 39 && i + 1 < to ? i + 1 : -1;
  if (c !== 95 || !isAsciiAlnum(text.charCodeAt(i + 1))) return -1;
  let j = i + 2;
  while (j < to) {
    const d = text.charCodeAt(j);
    if (!(isAsciiAlnum(d) || d === 58 || d === 46 || d === 45 || d === 95)) break;
    j++;
  }
  return j < to && text.charCodeAt(j) === 39 ? j : -1;
});
var isAsciiAlnum = (function isAsciiAlnum(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
});
var isDigit = (function isDigit(c) {
  return c >= 48 && c <= 57;
});
var scanQuoted = (function scanQuoted(text, from, q) {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === q) {
      if (text.charCodeAt(i + 1) === q) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return -1;
});
var undouble = (function undouble(raw, quote) {
  return raw.includes(quote) ? raw.split(quote + quote).join(quote) : raw;
});
var decodeUnicode = (function decodeUnicode(raw) {
  if (!raw.includes("\\")) return raw;
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === "\\") {
      if (raw[i + 1] === "\\") {
        out += "\\";
        i += 2;
        continue;
      }
      if (raw[i + 1] === "+") {
        const cp = Number.parseInt(raw.slice(i + 2, i + 8), 16);
        if (!Number.isNaN(cp)) {
          out += String.fromCodePoint(cp);
          i += 8;
          continue;
        }
      }
      const cu = Number.parseInt(raw.slice(i + 1, i + 5), 16);
      if (!Number.isNaN(cu)) {
        out += String.fromCharCode(cu);
        i += 5;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
});
var lex = (function lex(text, file, lines, from = 0, to = text.length, { dollarName = true } = {}) {
  const tokens = [];
  const diags = [];
  let i = from;
  const unterminated = (code, what, start, fix) => {
    diags.push(error(code, `Unterminated ${what}`, fix, lines.range(file, start, Math.min(start + 1, to))));
  };
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
      continue;
    }
    const start = i;
    if ((c === 45 || c === 47) && text.charCodeAt(i + 1) === c) {
      i += 2;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13) break;
        i++;
      }
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf("*/", i + 2);
      const isHint = text.charCodeAt(i + 2) === 43;
      if (close < 0 || close + 2 > to) {
        unterminated(
          CODES.unterminatedComment,
          isHint ? "hint" : "block comment",
          start,
          "Close the comment with */; everything after /* is ignored until then."
        );
        i = to;
        continue;
      }
      if (isHint) tokens.push({ kind: "hint", value: text.slice(i + 3, close), start, end: close + 2 });
      i = close + 2;
      continue;
    }
    if ((c === 88 || c === 120) && text.charCodeAt(i + 1) === 39) {
      const end = scanQuoted(text, i + 2, 39);
      if (end < 0 || end > to) {
        unterminated(CODES.unterminatedString, "binary literal", start, "Close the literal with '.");
        tokens.push({ kind: "binary", value: text.slice(i + 2, to), start, end: to, unterminated: true });
        i = to;
        continue;
      }
      tokens.push({ kind: "binary", value: text.slice(i + 2, end - 1), start, end });
      i = end;
      continue;
    }
    const unicode = (c === 85 || c === 117) && text.charCodeAt(i + 1) === 38 && text.charCodeAt(i + 2) === 39;
    const quote = unicode ? i + 2 : prefixedStringQuote(text, i, to);
    if (quote > 0) {
      const decode = unicode ? decodeUnicode : (v) => v;
      const end = scanQuoted(text, quote + 1, 39);
      if (end < 0 || end > to) {
        unterminated(
          CODES.unterminatedString,
          "string literal",
          start,
          "Close the string with '; write a quote inside a string as ''."
        );
        const value = decode(text.slice(quote + 1, to));
        tokens.push({ kind: "string", value, start, end: to, unterminated: true });
        i = to;
        continue;
      }
      tokens.push({
        kind: "string",
        value: decode(undouble(text.slice(quote + 1, end - 1), "'")),
        start,
        end
      });
      i = end;
      continue;
    }
    if (isLetter(c) && !(c === 36 && (!dollarName || text.charCodeAt(i + 1) === 123))) {
      let lower = c >= 97;
      i++;
      for (let d = text.charCodeAt(i); i < to && isIdentPart(d); d = text.charCodeAt(++i)) lower ||= d >= 97;
      const raw = text.slice(start, i);
      tokens.push({ kind: "word", value: lower ? raw.toUpperCase() : raw, start, end: i });
      continue;
    }
    if (isDigit(c) || c === 46 && isDigit(text.charCodeAt(i + 1))) {
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46 && i < to) {
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      }
      const e = text.charCodeAt(i);
      if ((e === 69 || e === 101) && i < to) {
        const s = text.charCodeAt(i + 1);
        const j = s === 43 || s === 45 ? i + 2 : i + 1;
        if (isDigit(text.charCodeAt(j))) {
          i = j;
          while (i < to && isDigit(text.charCodeAt(i))) i++;
        }
      }
      tokens.push({ kind: "number", value: text.slice(start, i), start, end: i });
      continue;
    }
    if (c === 39 || c === 96 || c === 34) {
      const end = scanQuoted(text, i + 1, c);
      const kind = c === 39 ? "string" : c === 96 ? "quoted" : "dquoted";
      const q = c === 39 ? "'" : c === 96 ? "`" : '"';
      if (end < 0 || end > to) {
        if (c === 39) {
          unterminated(
            CODES.unterminatedString,
            "string literal",
            start,
            "Close the string with '; write a quote inside a string as ''."
          );
        } else {
          unterminated(
            CODES.unterminatedIdentifier,
            c === 96 ? "quoted identifier" : "double-quoted text",
            start,
            `Close the identifier with ${q}; write ${q} inside it as ${q}${q}.`
          );
        }
        tokens.push({ kind, value: undouble(text.slice(i + 1, to), q), start, end: to, unterminated: true });
        i = to;
        continue;
      }
      tokens.push({ kind, value: undouble(text.slice(i + 1, end - 1), q), start, end });
      i = end;
      continue;
    }
    if (i + 1 < to && isTwoCharOp(c, text.charCodeAt(i + 1))) {
      tokens.push({ kind: "op", value: text.slice(i, i + 2), start, end: i + 2 });
      i += 2;
      continue;
    }
    tokens.push({ kind: "op", value: text[i], start, end: i + 1 });
    i++;
  }
  return { tokens, diags };
});
var isWord = (function isWord(t, upper) {
  return t !== void 0 && t.kind === "word" && t.value === upper;
});
var isOp = (function isOp(t, op) {
  return t !== void 0 && t.kind === "op" && t.value === op;
});
var closingParen = (function closingParen(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], "(")) depth++;
    else if (isOp(tokens[i], ")") && --depth === 0) return i;
  }
  return tokens.length - 1;
});
var isName = (function isName(t) {
  return t !== void 0 && (t.kind === "word" || t.kind === "quoted");
});
var nameOf = (function nameOf(text, t) {
  return t.kind === "word" ? text.slice(t.start, t.end) : t.value;
});
var matchingBracket = (function matchingBracket(toks, from, to) {
  let depth = 0;
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[") depth++;
    else if (t.value === ")" || t.value === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return to;
});

export {
  CODES,
  isTypographicQuote,
  isControl,
  isZeroWidth,
  lex,
  isWord,
  isOp,
  closingParen,
  isName,
  nameOf,
  matchingBracket
};
