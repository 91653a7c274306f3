import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  LineIndex
} from "./chunk-7OAUW6Z3.js";
import {
  error,
  warning
} from "./chunk-OZ4GHFPU.js";

// src/core/summary.ts
var LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
var KEEP = 60;
var SLACK = 8;
var LONG_QUOTES = ['"', "`"].map((q) => ({
  q,
  re: new RegExp(`${q}([^${q}]{${KEEP}})[^${q}]{${SLACK},}${q}`, "g")
}));
function oneLine(text) {
  const flat = text.replace(LINE_BREAK, "⏎");
  return flat.length >= KEEP + SLACK ? `${flat.slice(0, KEEP)}…` : flat;
}
function tidySummaries(diags) {
  for (const [i, d] of diags.entries()) {
    let summary = d.summary.replace(LINE_BREAK, "⏎");
    for (const { q, re } of LONG_QUOTES) summary = summary.replace(re, `${q}$1…${q}`);
    if (summary !== d.summary) diags[i] = { ...d, summary };
  }
  return diags;
}

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
  /** Warnings. */
  strayEnd: "FO330",
  nestedStatementSet: "FO331"
};

// src/sql/lexer.ts
var TWO_CHAR_OPS = /* @__PURE__ */ new Set(["<>", "<=", ">=", "!=", "||", "=>", "::", "->"]);
function isIdentStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c > 127;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57 || c === 36;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function scanQuoted(text, from, q) {
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
}
function undouble(raw, quote) {
  return raw.includes(quote) ? raw.split(quote + quote).join(quote) : raw;
}
function decodeUnicode(raw) {
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
}
function lex(text, file, lines, from = 0, to = text.length) {
  const tokens = [];
  const diags = [];
  let i = from;
  const unterminated = (code, what, start, fix) => {
    diags.push(error(code, `Unterminated ${what}`, fix, lines.range(file, start, Math.min(start + 1, to))));
  };
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160 || c === 65279) {
      i++;
      continue;
    }
    const start = i;
    if (c === 45 && text.charCodeAt(i + 1) === 45) {
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
    if ((c === 85 || c === 117) && text.charCodeAt(i + 1) === 38 && text.charCodeAt(i + 2) === 39) {
      const end = scanQuoted(text, i + 3, 39);
      if (end < 0 || end > to) {
        unterminated(
          CODES.unterminatedString,
          "string literal",
          start,
          "Close the string with '; write a quote inside a string as ''."
        );
        tokens.push({
          kind: "string",
          value: decodeUnicode(text.slice(i + 3, to)),
          start,
          end: to,
          unterminated: true
        });
        i = to;
        continue;
      }
      tokens.push({
        kind: "string",
        value: decodeUnicode(undouble(text.slice(i + 3, end - 1), "'")),
        start,
        end
      });
      i = end;
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < to && isIdentPart(text.charCodeAt(i))) i++;
      tokens.push({ kind: "word", value: text.slice(start, i).toUpperCase(), start, end: i });
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
    const two = i + 1 < to ? text.slice(i, i + 2) : "";
    if (two && TWO_CHAR_OPS.has(two)) {
      tokens.push({ kind: "op", value: two, start, end: i + 2 });
      i += 2;
      continue;
    }
    tokens.push({ kind: "op", value: text[i], start, end: i + 1 });
    i++;
  }
  return { tokens, diags };
}
function isWord(t, upper) {
  return t !== void 0 && t.kind === "word" && t.value === upper;
}
function isOp(t, op) {
  return t !== void 0 && t.kind === "op" && t.value === op;
}
function isName(t) {
  return t !== void 0 && (t.kind === "word" || t.kind === "quoted");
}
function nameOf(text, t) {
  return t.kind === "word" ? text.slice(t.start, t.end) : t.value;
}
function matchingBracket(toks, from, to) {
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
}

// src/sql/classify.ts
function w(tokens, i) {
  const t = tokens[i];
  return t !== void 0 && t.kind === "word" ? t.value : "";
}
function hasTopLevelAs(tokens, from) {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "op") {
      if (t.value === "(") depth++;
      else if (t.value === ")") depth--;
    } else if (depth === 0 && t.kind === "word" && t.value === "AS") return true;
  }
  return false;
}
function classifyCreate(tokens, i) {
  let replace = false;
  if (w(tokens, i) === "OR" && w(tokens, i + 1) === "REPLACE") {
    replace = true;
    i += 2;
  } else if (w(tokens, i) === "OR" && w(tokens, i + 1) === "ALTER") {
    i += 2;
  }
  if (w(tokens, i) === "TEMPORARY") i++;
  if (w(tokens, i) === "SYSTEM") i++;
  switch (w(tokens, i)) {
    case "TABLE":
      return replace || hasTopLevelAs(tokens, i + 1) ? "create_table_as" : "create_table";
    case "VIEW":
      return "create_view";
    case "FUNCTION":
      return "create_function";
    case "CATALOG":
      return "create_catalog";
    case "DATABASE":
    case "SCHEMA":
      return "create_database";
    case "MATERIALIZED":
      return "create_materialized_table";
    case "MODEL":
      return "create_model";
    default:
      return "create_other";
  }
}
function classify(tokens) {
  let i = 0;
  while (tokens[i]?.kind === "hint") i++;
  if (isOp(tokens[i], "(")) return "select";
  const a = w(tokens, i);
  const b = w(tokens, i + 1);
  switch (a) {
    case "SET":
      return "set";
    case "RESET":
      return "reset";
    case "CREATE":
      return classifyCreate(tokens, i + 1);
    case "REPLACE":
      return b === "TABLE" ? "create_table_as" : "unknown";
    case "ALTER":
      return "alter";
    case "DROP":
      return "drop";
    case "INSERT":
    case "UPSERT":
      return "insert";
    case "EXECUTE":
      return b === "STATEMENT" && w(tokens, i + 2) === "SET" ? "statement_set" : "execute";
    case "BEGIN":
      return b === "STATEMENT" && w(tokens, i + 2) === "SET" ? "begin_statement_set" : "unknown";
    case "END":
      return "end";
    case "SELECT":
    case "WITH":
    case "VALUES":
    case "TABLE":
      return "select";
    case "EXPLAIN":
      return "explain";
    case "SHOW":
      return b === "JOBS" ? "show_jobs" : "show";
    case "DESCRIBE":
    case "DESC":
      return b === "JOB" ? "describe_job" : "describe";
    case "STOP":
      return b === "JOB" ? "stop_job" : "unknown";
    case "USE":
      return "use";
    case "LOAD":
      return b === "MODULE" ? "load_module" : "unknown";
    case "UNLOAD":
      return b === "MODULE" ? "unload_module" : "unknown";
    case "ADD":
      return b === "JAR" ? "add_jar" : "unknown";
    case "REMOVE":
      return b === "JAR" ? "remove_jar" : "unknown";
    case "CALL":
      return "call";
    case "DELETE":
      return "delete";
    case "UPDATE":
      return "update";
    case "TRUNCATE":
      return "truncate";
    case "ANALYZE":
      return "analyze";
    case "COMPILE":
      return b === "PLAN" || b === "AND" ? "compile_plan" : "unknown";
    default:
      return "unknown";
  }
}
function firstWordIndex(tokens) {
  let i = 0;
  while (tokens[i]?.kind === "hint") i++;
  return i;
}

// src/sql/cursor.ts
var Cursor = class {
  constructor(ctx, toks, start = 0, end = toks.length) {
    this.ctx = ctx;
    this.toks = toks;
    this.end = end;
    this.i = start;
  }
  ctx;
  toks;
  end;
  i;
  diags = [];
  peek(k = 0) {
    const j = this.i + k;
    return j < this.end ? this.toks[j] : void 0;
  }
  done() {
    return this.i >= this.end;
  }
  next() {
    return this.i < this.end ? this.toks[this.i++] : void 0;
  }
  atWord(...words) {
    for (let k = 0; k < words.length; k++) {
      const t = this.peek(k);
      if (t === void 0 || t.kind !== "word" || t.value !== words[k]) return false;
    }
    return true;
  }
  eatWord(...words) {
    if (!this.atWord(...words)) return false;
    this.i += words.length;
    return true;
  }
  atOp(op) {
    const t = this.peek();
    return t !== void 0 && t.kind === "op" && t.value === op;
  }
  eatOp(op) {
    if (!this.atOp(op)) return false;
    this.i++;
    return true;
  }
  skipHints() {
    while (this.peek()?.kind === "hint") this.i++;
  }
  /** Text of the source between two token indexes (inclusive start, exclusive end). */
  textOf(from, to) {
    if (to <= from) return "";
    return this.ctx.text.slice(this.toks[from].start, this.toks[to - 1].end);
  }
  /** Index after the bracket matching the one at `from` (`(`/`[`/`<` not tracked: only () and []). */
  matching(from) {
    return matchingBracket(this.toks, from, this.end);
  }
  skipParens() {
    if (this.atOp("(") || this.atOp("[")) this.i = this.matching(this.i);
  }
  /** `a`, `a.b`, `` `c`.`d`.e ``; undefined (nothing consumed) when no name is here. */
  qualifiedName() {
    const first = this.peek();
    if (!isName(first)) return void 0;
    const parts = [nameOf(this.ctx.text, first)];
    let last = first;
    this.i++;
    while (this.atOp(".") && isName(this.peek(1))) {
      last = this.peek(1);
      parts.push(nameOf(this.ctx.text, last));
      this.i += 2;
    }
    return { parts, name: parts[parts.length - 1], start: first.start, end: last.end };
  }
  /** Reports a syntax error at the current token (or the end of the statement). */
  fail(code, summary, detail, at = this.peek()) {
    const last = this.toks[this.end - 1];
    const start = at ? at.start : last ? last.end : 0;
    const end = at ? at.end : start;
    this.diags.push(error(code, summary, detail, this.ctx.lines.range(this.ctx.file, start, end)));
  }
  /** Reports what was expected here; returns undefined so parsers can `return c.unexpected(...)`. */
  unexpected(where, expected) {
    const t = this.peek();
    if (t) {
      this.fail(
        CODES.unexpectedToken,
        `Unexpected ${describe(this.ctx.text, t)} in ${where}`,
        `Expected ${expected} here. Check the statement against Flink's SQL syntax for ${where}.`,
        t
      );
    } else {
      this.fail(
        CODES.missingPart,
        `${where} ends too early`,
        `Expected ${expected} before the end of the statement.`,
        void 0
      );
    }
  }
  /** A string literal's value, or reports what was expected. */
  string(where, what) {
    const t = this.peek();
    if (t?.kind === "string") {
      this.i++;
      return t.value;
    }
    this.unexpected(where, what);
    return void 0;
  }
};
function describe(text, t) {
  const raw = oneLine(text.slice(t.start, t.end));
  if (t.kind === "word") return `keyword or name \`${raw}\``;
  if (t.kind === "string") return `string ${raw}`;
  return `\`${raw}\``;
}

// src/sql/quote.ts
function quoteIdentifier(name) {
  return "`" + name.replaceAll("`", "``") + "`";
}
function quoteQualified(parts) {
  return parts.map(quoteIdentifier).join(".");
}
function isControl(ch) {
  const c = ch.charCodeAt(0);
  return c < 32 || c === 127;
}
function quoteString(value) {
  if (![...value].some(isControl)) return "'" + value.replaceAll("'", "''") + "'";
  let out = "";
  for (const ch of value) {
    if (ch === "'") out += "''";
    else if (ch === "\\") out += "\\\\";
    else if (isControl(ch)) out += `\\${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    else out += ch;
  }
  return `U&'${out}'`;
}

// src/sql/data-type.ts
var CONTINUATION = /* @__PURE__ */ new Set([
  "PRECISION",
  "VARYING",
  "WITH",
  "WITHOUT",
  "LOCAL",
  "TIME",
  "ZONE",
  "TO",
  "YEAR",
  "MONTH",
  "DAY",
  "HOUR",
  "MINUTE",
  "SECOND"
]);
var GENERIC = /* @__PURE__ */ new Set(["ROW", "ARRAY", "MULTISET", "MAP", "STRUCTURED"]);
var SAFE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
function fieldName(name, quoted) {
  return quoted || !SAFE_FIELD.test(name) ? quoteIdentifier(name) : name;
}
function typeArgs(c, where) {
  if (!c.eatOp("(")) return "";
  const args = [];
  while (!c.done() && !c.atOp(")")) {
    const t = c.next();
    if (t.kind === "number" || t.kind === "word") args.push(t.kind === "word" ? t.value : t.value);
    else if (t.kind === "string") args.push(quoteString(t.value));
    else {
      c.i--;
      c.unexpected(where, "a type length, precision or scale");
      return void 0;
    }
    if (!c.eatOp(",")) break;
  }
  if (!c.eatOp(")")) {
    c.unexpected(where, "`)` closing the type parameters");
    return void 0;
  }
  return `(${args.join(", ")})`;
}
function nestedNullability(c) {
  if (c.eatWord("NOT", "NULL")) return " NOT NULL";
  if (c.eatWord("NULL")) return "";
  return "";
}
function rowFields(c, close, where) {
  const fields = [];
  while (!c.done() && !c.atOp(close)) {
    const t = c.peek();
    if (!isName(t)) {
      c.unexpected(where, "a ROW field name");
      return void 0;
    }
    c.i++;
    const type = parseDataType(c, where);
    if (type === void 0) return void 0;
    let field = `${fieldName(nameOf(c.ctx.text, t), t.kind === "quoted")} ${type}${nestedNullability(c)}`;
    if (c.peek()?.kind === "string") field += ` ${quoteString(c.next().value)}`;
    fields.push(field);
    if (!c.eatOp(",")) break;
  }
  if (!c.eatOp(close)) {
    c.unexpected(where, `\`${close}\` closing the ROW fields`);
    return void 0;
  }
  return fields.join(", ");
}
function parseDataType(c, where = "a data type") {
  const first = c.peek();
  if (!isName(first)) {
    c.unexpected(where, "a data type");
    return void 0;
  }
  c.i++;
  let out;
  const up = first.kind === "word" ? first.value : "";
  if (GENERIC.has(up) && (c.atOp("<") || up === "ROW" && c.atOp("("))) {
    const open = c.next().value;
    const close = open === "<" ? ">" : ")";
    if (up === "ROW" || up === "STRUCTURED") {
      const fields = rowFields(c, close, where);
      if (fields === void 0) return void 0;
      out = `${up}<${fields}>`;
    } else {
      const parts = [];
      while (!c.done() && !c.atOp(close)) {
        const inner = parseDataType(c, where);
        if (inner === void 0) return void 0;
        parts.push(inner + nestedNullability(c));
        if (!c.eatOp(",")) break;
      }
      if (!c.eatOp(close)) {
        c.unexpected(where, `\`${close}\` closing the ${up} type`);
        return void 0;
      }
      out = `${up}<${parts.join(", ")}>`;
    }
  } else if (first.kind === "quoted" || c.atOp(".")) {
    c.i--;
    const ref = c.qualifiedName();
    out = quoteQualified(ref.parts);
  } else {
    out = up;
    const args = typeArgs(c, where);
    if (args === void 0) return void 0;
    out += args;
    while (c.peek()?.kind === "word" && CONTINUATION.has(c.peek().value)) {
      out += ` ${c.next().value}`;
      const more = typeArgs(c, where);
      if (more === void 0) return void 0;
      out += more;
    }
  }
  while (c.atWord("ARRAY") || c.atWord("MULTISET")) out += ` ${c.next().value}`;
  return out;
}

// src/sql/ddl-lists.ts
function parseOptions(c, where) {
  const options = {};
  if (!c.eatOp("(")) {
    c.unexpected(where, "`(` starting the options list ('key' = 'value', ...)");
    return options;
  }
  while (!c.done() && !c.atOp(")")) {
    const k = c.string(where, "an option key in quotes ('key' = 'value')");
    if (k === void 0) return options;
    if (!c.eatOp("=")) {
      c.unexpected(where, "`=` between the option key and value ('key' = 'value')");
      return options;
    }
    const v = c.peek();
    if (v?.kind === "string") options[k] = v.value;
    else if (v?.kind === "number" || isName(v)) options[k] = c.ctx.text.slice(v.start, v.end);
    else {
      c.unexpected(where, "an option value in quotes");
      return options;
    }
    c.i++;
    if (!c.eatOp(",")) break;
  }
  if (!c.eatOp(")")) c.unexpected(where, "`)` closing the options list, or `,` before the next option");
  return options;
}
function parseNameList(c, where) {
  const names = [];
  if (!c.eatOp("(")) {
    c.unexpected(where, "`(` starting a column list");
    return names;
  }
  while (!c.done() && !c.atOp(")")) {
    const t = c.peek();
    if (!isName(t)) {
      c.unexpected(where, "a column name");
      return names;
    }
    names.push(nameOf(c.ctx.text, t));
    c.i++;
    if (!c.eatOp(",")) break;
  }
  if (!c.eatOp(")")) c.unexpected(where, "`)` closing the column list");
  return names;
}

// src/sql/ddl-table.ts
var WHERE = "CREATE TABLE";
function elementEnd(c, from) {
  let depth = 0;
  for (let j = from; j < c.end; j++) {
    const t = c.toks[j];
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[") depth++;
    else if (t.value === "]") depth--;
    else if (t.value === ")") {
      if (depth === 0) return j;
      depth--;
    } else if (t.value === "," && depth === 0) return j;
  }
  return c.end;
}
function primaryKey(c, table, name, column) {
  const at = c.toks[c.i - 2];
  const columns = column === void 0 ? parseNameList(c, WHERE) : [column];
  let enforced = true;
  if (c.eatWord("NOT", "ENFORCED")) enforced = false;
  else if (c.eatWord("ENFORCED")) enforced = true;
  if (table.primaryKey) {
    c.fail(
      CODES.unexpectedToken,
      "A table can have only one PRIMARY KEY",
      "Declare the primary key once, either on its column or as a table constraint.",
      at
    );
  }
  table.primaryKey = name === void 0 ? { columns, enforced } : { columns, enforced, name };
}
function element(c, table, scanner) {
  const startTok = c.peek();
  if (!startTok) return;
  if (c.eatWord("WATERMARK")) {
    if (!c.eatWord("FOR")) return c.unexpected(WHERE, "FOR after WATERMARK (WATERMARK FOR col AS expr)");
    const col2 = c.qualifiedName();
    if (!col2) return c.unexpected(WHERE, "the rowtime column after WATERMARK FOR");
    if (!c.eatWord("AS")) return c.unexpected(WHERE, "AS and the watermark expression");
    const end = elementEnd(c, c.i);
    if (end === c.i) return c.unexpected(WHERE, "the watermark expression");
    scanner.scan(c.i, end);
    table.watermark = { column: col2.parts.join("."), expr: c.textOf(c.i, end) };
    c.i = end;
    return;
  }
  let constraint;
  if (c.eatWord("CONSTRAINT")) {
    const n = c.peek();
    if (!isName(n)) return c.unexpected(WHERE, "the constraint name after CONSTRAINT");
    constraint = nameOf(c.ctx.text, n);
    c.i++;
  }
  if (c.eatWord("PRIMARY", "KEY")) {
    primaryKey(c, table, constraint);
    return;
  }
  if (constraint !== void 0) return c.unexpected(WHERE, "PRIMARY KEY after CONSTRAINT name");
  if (!isName(startTok)) return c.unexpected(WHERE, "a column name, WATERMARK or PRIMARY KEY");
  const name = nameOf(c.ctx.text, startTok);
  c.i++;
  const col = { kind: "physical", name, start: startTok.start, end: startTok.end };
  if (c.atOp(",") || c.atOp(")")) {
    table.columns.push(col);
    return;
  }
  if (c.eatWord("AS")) {
    col.kind = "computed";
    let end = elementEnd(c, c.i);
    if (end - 2 >= c.i && c.toks[end - 2].kind === "word" && c.toks[end - 2].value === "COMMENT") {
      if (c.toks[end - 1].kind === "string") col.comment = c.toks[end - 1].value;
      end -= 2;
    }
    if (end === c.i) return c.unexpected(WHERE, "the computed column expression after AS");
    scanner.scan(c.i, end);
    col.expr = c.textOf(c.i, end);
    c.i = end + (col.comment !== void 0 ? 2 : 0);
  } else {
    const type = parseDataType(c, WHERE);
    if (type === void 0) {
      c.i = elementEnd(c, c.i);
      return;
    }
    col.type = type;
    col.nullable = true;
    for (; ; ) {
      if (c.eatWord("NOT", "NULL")) col.nullable = false;
      else if (c.eatWord("NULL")) col.nullable = true;
      else if (c.eatWord("METADATA")) {
        col.kind = "metadata";
        if (c.eatWord("FROM")) {
          const k = c.string(WHERE, "the metadata key in quotes (METADATA FROM 'key')");
          if (k === void 0) return;
          col.metadataKey = k;
        }
        if (c.eatWord("VIRTUAL")) col.virtual = true;
      } else if (c.atWord("PRIMARY", "KEY") || c.atWord("CONSTRAINT")) {
        let cname;
        if (c.eatWord("CONSTRAINT")) {
          const n = c.peek();
          if (!isName(n)) return c.unexpected(WHERE, "the constraint name after CONSTRAINT");
          cname = nameOf(c.ctx.text, n);
          c.i++;
        }
        if (!c.eatWord("PRIMARY", "KEY")) return c.unexpected(WHERE, "PRIMARY KEY");
        primaryKey(c, table, cname, name);
      } else if (c.eatWord("COMMENT")) {
        const s = c.string(WHERE, "the column comment in quotes");
        if (s === void 0) return;
        col.comment = s;
      } else break;
    }
  }
  col.end = c.toks[c.i - 1].end;
  table.columns.push(col);
}
function parseTableBody(c, table, scanner, extraClause) {
  if (c.eatWord("IF", "NOT", "EXISTS")) table.ifNotExists = true;
  const name = c.qualifiedName();
  if (!name) {
    c.unexpected(WHERE, "the table name");
    return -1;
  }
  table.name = name;
  if (c.atOp("(")) {
    c.i++;
    while (!c.done() && !c.atOp(")")) {
      const before = c.i;
      const diagsBefore = c.diags.length;
      element(c, table, scanner);
      if (c.diags.length > diagsBefore) c.i = elementEnd(c, Math.max(c.i, before + 1));
      if (c.eatOp(",")) {
        if (c.atOp(")")) c.unexpected(WHERE, "another column after `,`");
        continue;
      }
      if (!c.atOp(")")) {
        if (c.diags.length === diagsBefore)
          c.unexpected(WHERE, "`,` before the next column or `)` closing the list");
        c.i = elementEnd(c, c.i + 1);
        if (!c.eatOp(",")) break;
      }
    }
    if (!c.eatOp(")")) c.unexpected(WHERE, "`)` closing the column list");
  }
  const q = clauses(c, table, extraClause);
  const untyped = table.columns.find((col) => col.kind === "physical" && col.type === void 0);
  if (untyped && !table.asQuery && c.diags.length === 0) {
    c.fail(
      CODES.missingPart,
      `Column \`${untyped.name}\` has no type`,
      "Give the column a data type (name STRING); only CREATE TABLE ... AS SELECT may list bare column names.",
      c.toks.find((t) => t.start === untyped.start)
    );
  }
  return q;
}
function clauses(c, table, extraClause) {
  const seen = /* @__PURE__ */ new Set();
  while (!c.done()) {
    const t = c.peek();
    const clause = t.kind === "word" ? t.value : "";
    if (clause && seen.has(clause)) {
      c.fail(CODES.unexpectedToken, `${clause} is given twice`, `Write the ${clause} clause once.`, t);
      return -1;
    }
    seen.add(clause);
    if (c.eatWord("COMMENT")) {
      const s = c.string(WHERE, "the table comment in quotes");
      if (s === void 0) return -1;
      table.comment = s;
    } else if (c.eatWord("PARTITIONED", "BY")) {
      table.partitionedBy = parseNameList(c, WHERE);
    } else if (c.eatWord("DISTRIBUTED")) {
      const dist = { columns: [] };
      if (c.eatWord("BY")) {
        if (c.eatWord("HASH")) dist.kind = "HASH";
        else if (c.eatWord("RANGE")) dist.kind = "RANGE";
        dist.columns = parseNameList(c, WHERE);
      }
      if (c.eatWord("INTO")) {
        const n = c.peek();
        if (n?.kind !== "number") {
          c.unexpected(WHERE, "the number of buckets (DISTRIBUTED ... INTO n BUCKETS)");
          return -1;
        }
        c.i++;
        dist.buckets = Number(n.value);
        if (!c.eatWord("BUCKETS")) {
          c.unexpected(WHERE, "BUCKETS");
          return -1;
        }
      }
      table.distributedBy = dist;
    } else if (c.eatWord("WITH")) {
      Object.assign(table.options, parseOptions(c, WHERE));
    } else if (c.eatWord("LIKE")) {
      const src = c.qualifiedName();
      if (!src) {
        c.unexpected(WHERE, "the source table after LIKE");
        return -1;
      }
      const options = [];
      if (c.eatOp("(")) {
        while (!c.done() && !c.atOp(")")) {
          const parts = [];
          while (c.peek()?.kind === "word") parts.push(c.next().value);
          if (parts.length === 0) {
            c.unexpected(WHERE, "a LIKE option such as INCLUDING ALL or EXCLUDING OPTIONS");
            return -1;
          }
          options.push(parts.join(" "));
          if (!c.eatOp(",")) break;
        }
        if (!c.eatOp(")")) {
          c.unexpected(WHERE, "`)` closing the LIKE options");
          return -1;
        }
      }
      table.like = { source: src, options };
    } else if (c.atWord("AS")) {
      c.i++;
      table.asQuery = true;
      if (c.done()) c.unexpected(WHERE, "a query after AS");
      return c.i;
    } else if (extraClause) {
      const ok = extraClause(c);
      if (ok === void 0) return -1;
      if (!ok) {
        c.unexpected(
          WHERE,
          "COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH (...), FRESHNESS, REFRESH_MODE or AS"
        );
        return -1;
      }
    } else {
      c.unexpected(
        WHERE,
        "COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH (...), LIKE or AS after the column list"
      );
      return -1;
    }
  }
  return -1;
}

// src/sql/ddl-other.ts
function parseViewBody(c, view) {
  const where = "CREATE VIEW";
  if (c.eatWord("IF", "NOT", "EXISTS")) view.ifNotExists = true;
  const name = c.qualifiedName();
  if (!name) {
    c.unexpected(where, "the view name");
    return -1;
  }
  view.name = name;
  if (c.atOp("(")) view.columns = parseNameList(c, where);
  if (c.eatWord("COMMENT")) {
    const s = c.string(where, "the view comment in quotes");
    if (s === void 0) return -1;
    view.comment = s;
  }
  if (!c.eatWord("AS")) {
    c.unexpected(where, "AS and the view query");
    return -1;
  }
  if (c.done()) {
    c.unexpected(where, "the view query after AS");
    return -1;
  }
  view.query = c.textOf(c.i, c.end);
  return c.i;
}
var LANGUAGES = /* @__PURE__ */ new Set(["JAVA", "SCALA", "PYTHON", "SQL"]);
function parseFunctionBody(c, fn) {
  const where = "CREATE FUNCTION";
  if (c.eatWord("IF", "NOT", "EXISTS")) fn.ifNotExists = true;
  const name = c.qualifiedName();
  if (!name) return c.unexpected(where, "the function name");
  fn.name = name;
  if (fn.system && name.parts.length > 1) {
    c.fail(
      CODES.qualifiedName,
      "A TEMPORARY SYSTEM function name cannot be qualified",
      "System functions live outside catalogs: use a simple name, or drop SYSTEM to create a catalog function.",
      void 0
    );
  }
  if (!c.eatWord("AS"))
    return c.unexpected(where, "AS and the implementation class in quotes (AS 'com.example.Fn')");
  const cls = c.string(where, "the implementation class in quotes (AS 'com.example.Fn')");
  if (cls === void 0) return;
  fn.className = cls;
  if (c.eatWord("LANGUAGE")) {
    const l = c.peek();
    if (l?.kind !== "word" || !LANGUAGES.has(l.value))
      return c.unexpected(where, "JAVA, SCALA or PYTHON after LANGUAGE");
    fn.language = l.value;
    c.i++;
  }
  if (c.eatWord("USING")) {
    do {
      if (!c.eatWord("JAR") && !c.eatWord("ARTIFACT"))
        return c.unexpected(where, "JAR 'uri' or ARTIFACT 'uri' after USING");
      const uri = c.string(where, "the resource location in quotes (USING JAR 'uri')");
      if (uri === void 0) return;
      fn.jars.push(uri);
    } while (c.eatOp(","));
  }
  if (c.eatWord("WITH")) parseOptions(c, where);
  if (!c.done()) c.unexpected(where, "LANGUAGE, USING JAR 'uri', WITH (...), or the end of the statement");
}
function simpleName(c, where, what) {
  const start = c.peek();
  const name = c.qualifiedName();
  if (!name) {
    c.unexpected(where, what);
    return void 0;
  }
  if (name.parts.length > 1) {
    c.fail(
      CODES.qualifiedName,
      `${what[0].toUpperCase()}${what.slice(1)} must be a simple name, not \`${name.parts.join(".")}\``,
      "Catalog names have a single part; quote a name that contains a dot with backticks (`my.catalog`).",
      start
    );
  }
  return name;
}
function parseNamespaceBody(c, def, kind) {
  const where = kind === "catalog" ? "CREATE CATALOG" : "CREATE DATABASE";
  if (c.eatWord("IF", "NOT", "EXISTS")) def.ifNotExists = true;
  const name = kind === "catalog" ? simpleName(c, where, "the catalog name") : c.qualifiedName();
  if (!name) {
    if (kind === "database") c.unexpected(where, "the database name");
    return;
  }
  def.name = name;
  if (kind === "database" && name.parts.length > 2) {
    c.fail(
      CODES.qualifiedName,
      `Database name \`${name.parts.join(".")}\` has too many parts`,
      "Write `database` or `catalog`.`database`.",
      void 0
    );
  }
  if (c.eatWord("COMMENT")) {
    const s = c.string(where, "the comment in quotes");
    if (s === void 0) return;
    def.comment = s;
  }
  if (c.eatWord("WITH")) def.options = parseOptions(c, where);
  if (!c.done()) c.unexpected(where, "COMMENT, WITH (...) or the end of the statement");
}

// src/sql/checks.ts
var PAIRS = { ")": "(", "]": "[" };
function brackets(ctx, tokens) {
  const stack = [];
  for (const t of tokens) {
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[") stack.push(t);
    else if (t.value === ")" || t.value === "]") {
      const open2 = stack.pop();
      if (!open2 || open2.value !== PAIRS[t.value]) {
        return error(
          CODES.unbalancedParens,
          `Unmatched \`${t.value}\``,
          open2 ? `This \`${t.value}\` closes a \`${open2.value}\`; check the brackets around it.` : `Remove this \`${t.value}\` or add the \`${PAIRS[t.value]}\` it is meant to close.`,
          ctx.lines.range(ctx.file, t.start, t.end)
        );
      }
    }
  }
  const open = stack.pop();
  if (!open) return void 0;
  return error(
    CODES.unbalancedParens,
    `\`${open.value}\` is never closed`,
    `Add the matching \`${open.value === "(" ? ")" : "]"}\`; the statement ends before it.`,
    ctx.lines.range(ctx.file, open.start, open.end)
  );
}
function catalogNames(ctx, tokens, i0, stmt) {
  const c = new Cursor(ctx, tokens, i0 + 1);
  if (stmt.kind === "show") {
    if (c.eatWord("DATABASES")) {
      if (c.eatWord("FROM") || c.eatWord("IN")) simpleName(c, "SHOW DATABASES", "the catalog name");
    } else if (c.eatWord("CREATE", "CATALOG")) simpleName(c, "SHOW CREATE CATALOG", "the catalog name");
  } else if (stmt.kind === "use" && c.eatWord("CATALOG")) {
    simpleName(c, "USE CATALOG", "the catalog name");
  }
  stmt.diags.push(...c.diags);
}
function moduleNames(ctx, tokens, i0, stmt) {
  const where = stmt.kind === "load_module" ? "LOAD MODULE" : stmt.kind === "unload_module" ? "UNLOAD MODULE" : "USE MODULES";
  const c = new Cursor(ctx, tokens, i0 + 2);
  const what = "the module name (an identifier such as hive, not a quoted string)";
  do {
    if (!isName(c.peek())) {
      c.unexpected(where, what);
      stmt.diags.push(...c.diags);
      return;
    }
    c.i++;
  } while (stmt.kind === "use" && c.eatOp(","));
  if (stmt.kind === "load_module" && c.eatWord("WITH")) parseOptions(c, where);
  if (!c.done())
    c.unexpected(where, stmt.kind === "use" ? "`,` and the next module name" : "the end of the statement");
  stmt.diags.push(...c.diags);
}
function checkStatement(ctx, tokens, stmt) {
  const i0 = firstWordIndex(tokens);
  const b = brackets(ctx, tokens);
  if (b) stmt.diags.push(b);
  const first = tokens[i0] ?? tokens[0];
  if (stmt.kind === "unknown") {
    const word = ctx.text.slice(first.start, first.end);
    stmt.diags.push(
      error(
        CODES.unknownStatement,
        `Not a Flink SQL statement: it starts with \`${word}\``,
        "Flink statements start with CREATE, ALTER, DROP, INSERT, SELECT, WITH, SET, RESET, EXECUTE, EXPLAIN, SHOW, DESCRIBE, USE, ... Check for a missing `;` on the statement before.",
        ctx.lines.range(ctx.file, first.start, first.end)
      )
    );
  }
  if (stmt.kind === "show" || stmt.kind === "use") catalogNames(ctx, tokens, i0, stmt);
  if (stmt.kind === "load_module" || stmt.kind === "unload_module" || stmt.kind === "use" && isWord(tokens[i0 + 1], "MODULES"))
    moduleNames(ctx, tokens, i0, stmt);
  const exact = { end: 1, begin_statement_set: 3 };
  const want = exact[stmt.kind];
  if (want !== void 0 && tokens.length - i0 > want) {
    const extra = tokens[i0 + want];
    stmt.diags.push(
      error(
        CODES.unexpectedToken,
        `Unexpected \`${ctx.text.slice(extra.start, extra.end)}\` after ${stmt.kind === "end" ? "END" : "BEGIN STATEMENT SET"}`,
        "Terminate it with `;`: BEGIN STATEMENT SET; and END; are statements of their own.",
        ctx.lines.range(ctx.file, extra.start, extra.end)
      )
    );
  }
}
function opensSet(s) {
  if (s.kind === "begin_statement_set") return true;
  return s.kind === "explain" && /\bSTATEMENT\s+SET\s+BEGIN\b/i.test(s.text) && !/\bEND\s*$/i.test(s.text);
}
function checkStatementSets(statements) {
  const out = [];
  let open;
  for (const s of statements) {
    if (opensSet(s)) {
      if (open) {
        out.push(
          warning(
            CODES.nestedStatementSet,
            "Statement set opened while another one is open",
            "Statement sets do not nest: close the previous one with END; before BEGIN STATEMENT SET;.",
            s.range
          )
        );
      }
      open = s;
    } else if (s.kind === "end") {
      if (!open) {
        out.push(
          warning(
            CODES.strayEnd,
            "END without BEGIN STATEMENT SET",
            "Remove this END; or open the statement set with BEGIN STATEMENT SET; before the INSERT statements.",
            s.range
          )
        );
      }
      open = void 0;
    }
  }
  if (open) {
    out.push(
      warning(
        CODES.unclosedStatementSet,
        "Statement set is never closed with END;",
        "Add END; after the last INSERT statement of the set; until then its INSERTs are not submitted.",
        open.range
      )
    );
  }
  return out;
}

// src/sql/splitter.ts
function opensBlock(tokens, k, first) {
  return k - 3 >= first && isWord(tokens[k], "BEGIN") && isWord(tokens[k - 1], "SET") && isWord(tokens[k - 2], "STATEMENT") && isWord(tokens[k - 3], "EXECUTE");
}
function splitTokens(text, file, tokens, lines) {
  const out = [];
  const caseEnds = caseEndIndexes(tokens);
  let first = 0;
  let inBlock = false;
  const emit = (endIdx, terminated) => {
    if (endIdx > first) {
      const start = tokens[first].start;
      const end = tokens[endIdx - 1].end;
      out.push({
        text: text.slice(start, end),
        start,
        end,
        range: lines.range(file, start, end),
        tokens: tokens.slice(first, endIdx),
        terminated
      });
    }
    first = endIdx + 1;
    inBlock = false;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "word") {
      if (!inBlock && t.value === "BEGIN" && opensBlock(tokens, k, first)) inBlock = true;
      continue;
    }
    if (t.kind === "op" && t.value === ";") {
      if (inBlock && !(isWord(tokens[k - 1], "END") && !caseEnds.has(k - 1))) continue;
      emit(k, true);
    }
  }
  emit(tokens.length, false);
  return out;
}
function splitStatements(text, file) {
  const lines = new LineIndex(text);
  const { tokens, diags } = lex(text, file, lines);
  const statements = splitTokens(text, file, tokens, lines);
  for (const s of statements) {
    if (!isWord(s.tokens[s.tokens.length - 1], "END")) {
      const open = blockStart(s.tokens);
      if (open >= 0) {
        const t = s.tokens[open];
        diags.push(
          error(
            CODES.unclosedStatementSet,
            "EXECUTE STATEMENT SET BEGIN is never closed with END;",
            "End the statement set with `END;` after its last INSERT statement.",
            lines.range(file, t.start, t.end)
          )
        );
      }
    }
  }
  return { statements, diags, lines };
}
function blockStart(tokens) {
  for (let k = 3; k < tokens.length && k < 40; k++) if (opensBlock(tokens, k, 0)) return k - 3;
  return -1;
}
function caseEndIndexes(tokens) {
  const ends = /* @__PURE__ */ new Set();
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "op" && t.value === ";") depth = 0;
    if (t.kind !== "word") continue;
    if (t.value === "CASE") depth++;
    else if (t.value === "END" && depth > 0) {
      depth--;
      ends.add(k);
    }
  }
  return ends;
}

// src/sql/references.ts
function emptyReferences() {
  return { reads: [], writes: [], functions: [], ctes: /* @__PURE__ */ new Set() };
}
function key(ref) {
  return ref.parts.join("\0") + (ref.temporal ? "" : "");
}
function pushUnique(list, ref) {
  const k = key(ref);
  if (!list.some((r) => key(r) === k)) list.push(ref);
}
function withoutCtes(reads, ctes) {
  if (ctes.size === 0) return reads;
  return reads.filter((r) => r.parts.length > 1 || !ctes.has(r.name));
}
function withoutRunaways(refs, tokens) {
  const runaways = tokens.filter((t) => t.unterminated);
  if (runaways.length === 0) return refs;
  return refs.filter((r) => !runaways.some((t) => r.start <= t.start && t.end <= r.end));
}

// src/sql/ddl-materialized.ts
var WHERE2 = "CREATE MATERIALIZED TABLE";
var REFRESH_MODES = /* @__PURE__ */ new Set(["CONTINUOUS", "FULL"]);
function materializedClause(c) {
  if (c.eatWord("FRESHNESS")) {
    if (!c.eatOp("=")) return c.unexpected(WHERE2, "`=` after FRESHNESS (FRESHNESS = INTERVAL '1' HOUR)");
    if (!c.eatWord("INTERVAL")) return c.unexpected(WHERE2, "INTERVAL '<n>' <unit> after FRESHNESS =");
    if (c.string(WHERE2, "the interval in quotes (INTERVAL '1' HOUR)") === void 0) return void 0;
    const unit = c.peek();
    if (unit?.kind !== "word") return c.unexpected(WHERE2, "the interval unit (SECOND, MINUTE, HOUR or DAY)");
    c.i++;
    return true;
  }
  if (c.eatWord("REFRESH_MODE")) {
    if (!c.eatOp("=")) return c.unexpected(WHERE2, "`=` after REFRESH_MODE (REFRESH_MODE = CONTINUOUS)");
    const mode = c.peek();
    if (mode?.kind !== "word" || !REFRESH_MODES.has(mode.value))
      return c.unexpected(WHERE2, "CONTINUOUS or FULL after REFRESH_MODE =");
    c.i++;
    return true;
  }
  return false;
}
function parseMaterializedTable(c, scanner, start) {
  const table = {
    name: { parts: [], name: "", start, end: start },
    temporary: false,
    ifNotExists: false,
    columns: [],
    partitionedBy: [],
    options: {}
  };
  c.eatWord("OR", "ALTER");
  c.eatWord("MATERIALIZED", "TABLE");
  const q = parseTableBody(c, table, scanner, materializedClause);
  if (q >= 0) scanner.scan(q, c.end);
  else if (c.diags.length === 0) c.unexpected(WHERE2, "AS and the query that populates the table");
  if (table.name.parts.length > 0) pushUnique(scanner.refs.writes, table.name);
  return table;
}
function alterWithQuery(c, scanner) {
  const materialized = c.eatWord("MATERIALIZED", "TABLE");
  if (!materialized && !c.eatWord("VIEW")) return;
  const name = c.qualifiedName();
  if (!name || !c.eatWord("AS")) return;
  if (c.done()) {
    c.unexpected(materialized ? "ALTER MATERIALIZED TABLE" : "ALTER VIEW", "the query after AS");
    return;
  }
  scanner.scan(c.i, c.end);
  if (materialized) pushUnique(scanner.refs.writes, name);
}

// src/sql/keywords.ts
function set(words) {
  return new Set(words.split(/\s+/).filter(Boolean));
}
var RESERVED = set(`
ABS ALL ALLOCATE ALLOW ALTER AND ANY ARE ARRAY ARRAY_MAX_CARDINALITY AS ASENSITIVE ASYMMETRIC AT ATOMIC
AUTHORIZATION AVG BEGIN BEGIN_FRAME BEGIN_PARTITION BETWEEN BIGINT BINARY BIT BLOB BOOLEAN BOTH BY BYTES CALL
CALLED CARDINALITY CASCADED CASE CAST CATALOGS CEIL CEILING CHANGELOG_MODE CHAR CHARACTER CHARACTER_LENGTH
CHAR_LENGTH CHECK CLASSIFIER CLOB CLOSE COALESCE COLLATE COLLECT COLUMN COLUMNS COMMENT COMMIT CONDITION
CONNECT CONSTRAINT CONTAINS CONVERT CORR CORRESPONDING COUNT COVAR_POP COVAR_SAMP CREATE CROSS CUBE CUME_DIST
CURRENT CURRENT_CATALOG CURRENT_DATE CURRENT_DEFAULT_TRANSFORM_GROUP CURRENT_PATH CURRENT_ROLE CURRENT_ROW
CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_TRANSFORM_GROUP_FOR_TYPE CURRENT_USER CURSOR CYCLE
DATABASES DATE DAY DEALLOCATE DEC DECIMAL DECLARE DEFAULT DEFINE DELETE DENSE_RANK DEREF DESCRIBE DESCRIPTOR
DETERMINISTIC DISALLOW DISCONNECT DISTINCT DOUBLE DROP DYNAMIC EACH ELEMENT ELSE EMPTY END END_FRAME
END_PARTITION EQUALS ESCAPE ESTIMATED_COST EVERY EXCEPT EXEC EXECUTE EXISTS EXP EXPLAIN EXTEND EXTENDED
EXTERNAL EXTRACT FALSE FETCH FILTER FIRST_VALUE FLOAT FLOOR FOR FOREIGN FRAME_ROW FREE FROM FULL FUNCTION
FUNCTIONS FUSION GET GLOBAL GRANT GROUP GROUPING GROUPS HAVING HOLD HOUR IDENTITY IF ILIKE IMPORT IN INDICATOR
INITIAL INNER INOUT INSENSITIVE INSERT INT INTEGER INTERSECT INTERSECTION INTERVAL INTO IS JOIN JSON_ARRAY
JSON_ARRAYAGG JSON_EXECUTION_PLAN JSON_EXISTS JSON_OBJECT JSON_OBJECTAGG JSON_QUERY JSON_VALUE LAG LANGUAGE
LARGE LAST_VALUE LATERAL LEAD LEADING LEFT LIKE LIKE_REGEX LIMIT LN LOCAL LOCALTIME LOCALTIMESTAMP LOWER MATCH
MATCHES MATCH_NUMBER MATCH_RECOGNIZE MAX MEASURES MEMBER MERGE METHOD MIN MINUS MINUTE MOD MODIFIES MODULE
MODULES MONTH MULTISET NATIONAL NATURAL NCHAR NCLOB NEW NEXT NO NONE NORMALIZE NOT NTH_VALUE NTILE NULL NULLIF
NUMERIC OCCURRENCES_REGEX OCTET_LENGTH OF OFFSET OLD OMIT ON ONE ONLY OPEN OR ORDER OUT OUTER OVER OVERLAPS
OVERLAY PARAMETER PARTITION PATTERN PER PERCENT PERCENTILE_CONT PERCENTILE_DISC PERCENT_RANK PERIOD PERMUTE
PLAN_ADVICE PORTION POSITION POSITION_REGEX POWER PRECEDES PRECISION PREPARE PREV PRIMARY PROCEDURE RANGE RANK
RAW READS REAL RECURSIVE REF REFERENCES REFERENCING REGR_AVGX REGR_AVGY REGR_COUNT REGR_INTERCEPT REGR_R2
REGR_SLOPE REGR_SXX REGR_SXY REGR_SYY RELEASE RENAME RESET RESULT RETURN RETURNS REVOKE RIGHT ROLLBACK ROLLUP
ROW ROWS ROW_NUMBER RUNNING SAVEPOINT SCOPE SCROLL SEARCH SECOND SEEK SELECT SENSITIVE SESSION_USER SET SHOW
SIMILAR SKIP SMALLINT SOME SPECIFIC SPECIFICTYPE SQL SQLEXCEPTION SQLSTATE SQLWARNING SQRT START STATEMENT
STATIC STDDEV_POP STDDEV_SAMP STREAM STRING SUBMULTISET SUBSET SUBSTRING SUBSTRING_REGEX SUCCEEDS SUM SYMMETRIC
SYSTEM SYSTEM_TIME SYSTEM_USER TABLE TABLES TABLESAMPLE THEN TIME TIMESTAMP TIMEZONE_HOUR TIMEZONE_MINUTE
TINYINT TO TRAILING TRANSLATE TRANSLATE_REGEX TRANSLATION TREAT TRIGGER TRIM TRIM_ARRAY TRUE TRUNCATE UESCAPE
UNION UNIQUE UNKNOWN UNNEST UPDATE UPPER UPSERT USE USER USING VALUE VALUES VALUE_OF VARBINARY VARCHAR VARYING
VAR_POP VAR_SAMP VERSIONING VIEWS WATERMARK WATERMARKS WHEN WHENEVER WHERE WIDTH_BUCKET WINDOW WITH WITHIN
WITHOUT YEAR
`);
var CLAUSE_WORDS = set(`
WHERE GROUP HAVING ORDER LIMIT OFFSET FETCH UNION INTERSECT EXCEPT MINUS JOIN INNER LEFT RIGHT FULL CROSS
NATURAL OUTER ON USING WINDOW MATCH_RECOGNIZE FOR TABLESAMPLE PARTITION SELECT FROM AS SET VALUES WITH
QUALIFY END WHEN THEN ELSE AND OR NOT IN IS LATERAL APPLY EMIT OVER
`);
var TYPE_NAMES = set(`
CHAR CHARACTER VARCHAR STRING BOOLEAN BINARY VARBINARY BYTES DECIMAL DEC NUMERIC TINYINT SMALLINT INT INTEGER
BIGINT FLOAT REAL DOUBLE DATE TIME TIMESTAMP TIMESTAMP_LTZ INTERVAL ARRAY MULTISET MAP ROW RAW NULL
VARIANT STRUCTURED DESCRIPTOR
`);
var BUILTIN_FUNCTIONS = set(`
ABS ACOS ADD_MONTHS AGG ARRAY_AGG ARRAY_APPEND ARRAY_CONCAT ARRAY_CONTAINS ARRAY_DISTINCT ARRAY_EXCEPT
ARRAY_INTERSECT ARRAY_JOIN ARRAY_MAX ARRAY_MIN ARRAY_POSITION ARRAY_PREPEND ARRAY_REMOVE ARRAY_REVERSE
ARRAY_SLICE ARRAY_SORT ARRAY_UNION ASCII ASIN ATAN ATAN2 AVG BETWEEN BIN BITAND BITNOT BITOR BITXOR BIT_AND
BIT_OR BIT_XOR BTRIM CARDINALITY CASE CAST CBRT CEIL CEILING CHAR_LENGTH CHARACTER_LENGTH CHR COALESCE COLLECT
CONCAT CONCAT_WS CONVERT_TZ COS COSH COT COUNT COVAR_POP COVAR_SAMP CUME_DIST CUMULATE CURRENT_DATABASE
CURRENT_CATALOG CURRENT_DATE CURRENT_ROW_TIMESTAMP CURRENT_TIME CURRENT_TIMESTAMP CURRENT_WATERMARK DATE_ADD
DATE_FORMAT DATE_SUB DATEDIFF DAYOFMONTH DAYOFWEEK DAYOFYEAR DAY DECODE DEGREES DENSE_RANK DESCRIPTOR E
ELEMENT ELT ENCODE EXP EXTRACT FIRST FIRST_VALUE FLOOR FROM_BASE64 FROM_UNIXTIME GREATEST GROUP_ID GROUPING
GROUPING_ID HASH_CODE HEX HOP HOP_END HOP_PROCTIME HOP_ROWTIME HOP_START HOUR IF IFNULL INITCAP INSTR IS_ALPHA
IS_DECIMAL IS_DIGIT JSON JSON_ARRAY JSON_ARRAYAGG JSON_EXISTS JSON_OBJECT JSON_OBJECTAGG JSON_QUERY JSON_QUOTE
JSON_STRING JSON_UNQUOTE JSON_VALUE LAG LAST LAST_VALUE LEAD LEAST LEFT LENGTH LISTAGG LN LOCALTIME
LOCALTIMESTAMP LOCATE LOG LOG10 LOG2 LOWER LPAD LTRIM MAP_ENTRIES MAP_FROM_ARRAYS MAP_KEYS MAP_UNION
MAP_VALUES MATCH_PROCTIME MATCH_ROWTIME MAX MD5 MIN MINUTE MOD MONTH NOW NTILE NULLIF OVERLAY PARSE_URL PERCENT_RANK
PI POSITION POWER PREV PRINTF PROCTIME PROCTIME_MATERIALIZE QUARTER RADIANS RAND RAND_INTEGER RANK REGEXP
REGEXP_COUNT REGEXP_EXTRACT REGEXP_EXTRACT_ALL REGEXP_INSTR REGEXP_REPLACE REGEXP_SUBSTR REPEAT REPLACE
REVERSE RIGHT ROUND ROW_NUMBER RPAD RTRIM SECOND SESSION SESSION_END SESSION_PROCTIME SESSION_ROWTIME
SESSION_START SHA1 SHA2 SHA224 SHA256 SHA384 SHA512 SIGN SIN SINH SOURCE_WATERMARK SPLIT SPLIT_INDEX
SQRT STDDEV STDDEV_POP VARIANCE VAR STDDEV_SAMP STR_TO_MAP SUBSTR SUBSTRING SUM TAN TANH TIMESTAMPADD TIMESTAMPDIFF TO_BASE64
TO_DATE TO_TIMESTAMP TO_TIMESTAMP_LTZ TRANSLATE TRIM TRUNCATE TRY_CAST TUMBLE TUMBLE_END TUMBLE_PROCTIME
TUMBLE_ROWTIME TUMBLE_START TYPEOF UNHEX UNIX_TIMESTAMP UNNEST UPPER URL_DECODE URL_ENCODE UUID VAR_POP
VAR_SAMP WEEK YEAR ML_PREDICT ML_EVALUATE VECTOR_SEARCH SNAPSHOT FROM_CHANGELOG TO_CHANGELOG SQL_JOIN ARRAY_AGG
CURRENT_USER SESSION_USER USER ROW ARRAY MAP MULTISET EXISTS IN ANY ALL SOME NOT AND OR VALUES OVER FILTER
WITHIN AS ON USING TABLE LATERAL INTERVAL MATCH_RECOGNIZE PATTERN PARTITION MEASURES DEFINE DISTINCT
PERMUTE SUBSET SKIP KEY PRIMARY UNIQUE CHECK WATERMARK INTO BY FOR OF CUBE ROLLUP GROUPING SETS
EXTRACT TIMESTAMP_LTZ OBJECT_OF TRY JSON_OBJECT MINUS UNION INTERSECT EXCEPT SELECT WHERE FROM
CLASSIFIER MATCH_NUMBER RUNNING FINAL STREAM ASCII ARRAY_MAX IS THEN WHEN ELSE
`);
function isBuiltinFunction(upperName) {
  return BUILTIN_FUNCTIONS.has(upperName) || TYPE_NAMES.has(upperName);
}

// src/sql/reference-scanner.ts
var FROM_ENDERS = /* @__PURE__ */ new Set([
  "WHERE",
  "GROUP",
  "HAVING",
  "ORDER",
  "LIMIT",
  "OFFSET",
  "FETCH",
  "WINDOW",
  "QUALIFY",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "MINUS",
  "SELECT",
  "VALUES"
]);
var ARITH = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "||"]);
var ReferenceScanner = class {
  constructor(ctx, toks, refs = emptyReferences()) {
    this.ctx = ctx;
    this.toks = toks;
    this.refs = refs;
  }
  ctx;
  toks;
  refs;
  /** Index just after the bracket that closes the one at `i` (or `to`). */
  close(i, to) {
    return matchingBracket(this.toks, i, to);
  }
  /** Scans a query or expression in toks[from, to). */
  scan(from, to, fromList = false) {
    let inFrom = fromList;
    let sawSelect = fromList;
    let i = fromList ? this.tableRef(from, to) : from;
    while (i < to) {
      const t = this.toks[i];
      if (t.kind === "op") {
        if (t.value === "(" || t.value === "[") {
          const end = this.close(i, to);
          this.scan(i + 1, end - 1);
          i = end;
        } else if (t.value === "," && inFrom) {
          i = this.tableRef(i + 1, to);
        } else i++;
        continue;
      }
      if (t.kind === "word") {
        const v = t.value;
        if (v === "SELECT") {
          sawSelect = true;
          inFrom = false;
        } else if (v === "FROM" && sawSelect) {
          inFrom = true;
          i = this.tableRef(i + 1, to);
          continue;
        } else if (v === "JOIN") {
          i = this.tableRef(i + 1, to);
          continue;
        } else if (FROM_ENDERS.has(v)) {
          inFrom = false;
        } else if (v === "WITH" && isName(this.toks[i + 1]) && i + 1 < to) {
          i = this.ctes(i + 1, to);
          continue;
        } else if (v === "TABLE" && i + 1 < to && isName(this.toks[i + 1])) {
          i = this.tableName(i + 1, to);
          continue;
        }
      }
      if (isName(t)) {
        i = this.nameOrCall(i, to);
        continue;
      }
      i++;
    }
  }
  /** A name in an expression: a function call when `(` follows, else a column/alias (skipped). */
  nameOrCall(i, to) {
    const { ref, next } = this.qualified(i, to);
    if (next < to && isOp(this.toks[next], "(")) {
      this.addFunction(ref, this.toks[i]);
      const end = this.close(next, to);
      this.scan(next + 1, end - 1);
      return end;
    }
    return next;
  }
  addFunction(ref, first) {
    if (ref.parts.length === 1) {
      const up = ref.name.toUpperCase();
      if (isBuiltinFunction(up)) return;
      if (first.kind === "word" && RESERVED.has(up)) return;
    }
    pushUnique(this.refs.functions, ref);
  }
  qualified(i, to) {
    const first = this.toks[i];
    const parts = [nameOf(this.ctx.text, first)];
    let last = first;
    let j = i + 1;
    while (j + 1 < to && isOp(this.toks[j], ".") && isName(this.toks[j + 1])) {
      last = this.toks[j + 1];
      parts.push(nameOf(this.ctx.text, last));
      j += 2;
    }
    return { ref: { parts, name: parts[parts.length - 1], start: first.start, end: last.end }, next: j };
  }
  /** `TABLE t [PARTITION BY ...]` inside a call: records t as read. */
  tableName(i, to) {
    const { ref, next } = this.qualified(i, to);
    pushUnique(this.refs.reads, ref);
    return next;
  }
  /** WITH a [(cols)] AS (query) [, b AS (query)]... */
  ctes(i, to) {
    let j = i;
    if (isWord(this.toks[j], "RECURSIVE")) j++;
    while (j < to && isName(this.toks[j])) {
      const nameTok = this.toks[j];
      j++;
      if (isOp(this.toks[j], "(")) j = this.close(j, to);
      if (!isWord(this.toks[j], "AS")) return j;
      this.refs.ctes.add(nameOf(this.ctx.text, nameTok));
      j++;
      if (!isOp(this.toks[j], "(")) return j;
      const end = this.close(j, to);
      this.scan(j + 1, end - 1);
      j = end;
      if (!isOp(this.toks[j], ",") || j >= to) return j;
      j++;
    }
    return j;
  }
  /** One table reference (after FROM, JOIN, or a comma in a FROM list); returns the index after it. */
  tableRef(i, to) {
    let j = i;
    while (j < to && this.toks[j].kind === "hint") j++;
    if (isWord(this.toks[j], "LATERAL")) j++;
    const t = this.toks[j];
    if (t === void 0 || j >= to) return j;
    if ((isWord(t, "TABLE") || isWord(t, "UNNEST")) && isOp(this.toks[j + 1], "(")) {
      const end = this.close(j + 1, to);
      this.scan(j + 2, end - 1);
      j = end;
      if (isWord(this.toks[j], "WITH") && isWord(this.toks[j + 1], "ORDINALITY")) j += 2;
      return this.alias(j, to);
    }
    if (isOp(t, "(")) {
      const end = this.close(j, to);
      this.scan(j + 1, end - 1, !startsQuery(this.toks[j + 1]));
      return this.alias(end, to);
    }
    if (!isName(t) || t.kind === "word" && RESERVED.has(t.value) && !isOp(this.toks[j + 1], ".")) {
      return j;
    }
    const { ref, next } = this.qualified(j, to);
    j = next;
    if (isOp(this.toks[j], "(")) {
      this.addFunction(ref, t);
      const end = this.close(j, to);
      this.scan(j + 1, end - 1);
      return this.alias(end, to);
    }
    while (j < to && this.toks[j].kind === "hint") j++;
    if (isWord(this.toks[j], "FOR") && isWord(this.toks[j + 1], "SYSTEM_TIME") && isWord(this.toks[j + 2], "AS") && isWord(this.toks[j + 3], "OF")) {
      ref.temporal = true;
      j = this.expression(j + 4, to);
    }
    pushUnique(this.refs.reads, ref);
    if (isWord(this.toks[j], "MATCH_RECOGNIZE") && isOp(this.toks[j + 1], "(")) {
      const end = this.close(j + 1, to);
      this.scan(j + 2, end - 1);
      j = end;
    }
    return this.alias(j, to);
  }
  /** A simple expression (operands joined by arithmetic), as after FOR SYSTEM_TIME AS OF. */
  expression(i, to) {
    let j = i;
    for (; ; ) {
      const t = this.toks[j];
      if (t === void 0 || j >= to) return j;
      if (isOp(t, "(")) {
        const end = this.close(j, to);
        this.scan(j + 1, end - 1);
        j = end;
      } else if (isWord(t, "INTERVAL")) {
        j += 2;
        while (j < to && this.toks[j].kind === "word" && !CLAUSE_WORDS.has(this.toks[j].value)) j++;
      } else if (t.kind === "string" || t.kind === "number") {
        j++;
      } else if (isName(t)) {
        j = this.nameOrCall(j, to);
      } else return j;
      const op = this.toks[j];
      if (op && j < to && op.kind === "op" && ARITH.has(op.value)) j++;
      else return j;
    }
  }
  /** [AS] alias [(col, ...)] */
  alias(i, to) {
    let j = i;
    const hasAs = isWord(this.toks[j], "AS");
    if (hasAs) j++;
    const t = this.toks[j];
    if (t === void 0 || j >= to) return j;
    const isAlias = t.kind === "quoted" || t.kind === "word" && (hasAs || !RESERVED.has(t.value) && !CLAUSE_WORDS.has(t.value));
    if (!isAlias) return j;
    j++;
    if (isOp(this.toks[j], "(") && j < to) j = this.close(j, to);
    return j;
  }
  /** INSERT|UPSERT INTO|OVERWRITE t [hints] [PARTITION (..)] [(cols)] query; returns where the query starts (-1: no target). */
  insert(i, to) {
    let j = i + 1;
    if (isWord(this.toks[j], "INTO") || isWord(this.toks[j], "OVERWRITE")) j++;
    if (isWord(this.toks[j], "INTO")) j++;
    if (!isName(this.toks[j]) || j >= to) return -1;
    const { ref, next } = this.qualified(j, to);
    pushUnique(this.refs.writes, ref);
    j = next;
    for (; ; ) {
      while (j < to && this.toks[j].kind === "hint") j++;
      if (isWord(this.toks[j], "PARTITION") && isOp(this.toks[j + 1], "(")) {
        j = this.close(j + 1, to);
      } else if (isOp(this.toks[j], "(") && !startsQuery(this.toks[j + 1])) {
        j = this.close(j, to);
      } else break;
    }
    this.scan(j, to);
    return j;
  }
};
function startsQuery(t) {
  return t !== void 0 && (t.kind === "op" && t.value === "(" || t.kind === "word" && (t.value === "SELECT" || t.value === "WITH" || t.value === "VALUES"));
}

// src/sql/set-reset.ts
var HAS_SPACE_OR_QUOTE = /[\s'`"]/;
function literal(text, toks) {
  if (toks.length === 0) return void 0;
  if (toks.length === 1 && toks[0].kind === "string") return toks[0].value;
  const raw = text.slice(toks[0].start, toks[toks.length - 1].end);
  if (HAS_SPACE_OR_QUOTE.test(raw)) return void 0;
  if (toks.some((t) => t.kind === "hint" || t.kind === "string")) return void 0;
  return raw;
}
function parseSet(text, file, lines, tokens) {
  const diags = [];
  const rest = tokens.slice(1);
  const stmtEnd = tokens[tokens.length - 1].end;
  if (rest.length === 0) return { set: {}, diags };
  const bad = (summary, from, to = stmtEnd) => diags.push(
    error(
      CODES.malformedSet,
      summary,
      "Write SET 'key' = 'value' (quote keys and values that contain spaces or quotes), or SET alone to list every option.",
      lines.range(file, from.start, to)
    )
  );
  const eq = rest.findIndex((t) => t.kind === "op" && t.value === "=");
  if (eq < 0) {
    bad("SET is missing `=` between the key and the value", rest[0]);
    return { set: { key: literal(text, rest) ?? text.slice(rest[0].start, stmtEnd) }, diags };
  }
  const keyToks = rest.slice(0, eq);
  const valToks = rest.slice(eq + 1);
  const key2 = literal(text, keyToks);
  const value = literal(text, valToks);
  if (keyToks.length === 0) bad("SET is missing the key before `=`", rest[eq], rest[eq].end);
  else if (key2 === void 0)
    bad("SET key is not a single quoted string or an unquoted key", keyToks[0], rest[eq].start);
  if (valToks.length === 0) bad("SET is missing the value after `=`", rest[eq]);
  else if (value === void 0)
    bad("SET value is not a single quoted string or an unquoted value", valToks[0]);
  const set2 = {};
  if (key2 !== void 0) set2.key = key2;
  if (value !== void 0) set2.value = value;
  return { set: set2, diags };
}
function parseReset(text, file, lines, tokens) {
  const rest = tokens.slice(1);
  if (rest.length === 0) return { set: {}, diags: [] };
  const key2 = literal(text, rest);
  if (key2 !== void 0) return { set: { key: key2 }, diags: [] };
  return {
    set: {},
    diags: [
      error(
        CODES.malformedSet,
        "RESET takes one key",
        "Write RESET 'key' to reset one option, or RESET alone to reset them all.",
        lines.range(file, rest[0].start, rest[rest.length - 1].end)
      )
    ]
  };
}

// src/sql/statement-body.ts
function buildStatement(ctx, tokens) {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const stmt = {
    kind: classify(tokens),
    text: ctx.text.slice(start, end),
    start,
    end,
    range: ctx.lines.range(ctx.file, start, end),
    reads: [],
    writes: [],
    functions: [],
    diags: []
  };
  analyzeBody(ctx, tokens, stmt);
  return stmt;
}
var EXPLAIN_DETAILS = /* @__PURE__ */ new Set(["ESTIMATED_COST", "CHANGELOG_MODE", "JSON_EXECUTION_PLAN", "PLAN_ADVICE"]);
function absorb(stmt, inner, writes) {
  for (const r of inner.reads) pushUnique(stmt.reads, r);
  for (const f of inner.functions) pushUnique(stmt.functions, f);
  if (writes) for (const w2 of inner.writes) pushUnique(stmt.writes, w2);
  stmt.diags.push(...inner.diags);
}
function statementSet(ctx, tokens, begin, stmt, writes) {
  let last = tokens.length;
  if (isWord(tokens[last - 1], "END")) last--;
  const inner = [];
  let from = begin + 1;
  for (let k = begin + 1; k <= last; k++) {
    if (k === last || isOp(tokens[k], ";")) {
      if (k > from) inner.push(buildStatement(ctx, tokens.slice(from, k)));
      from = k + 1;
    }
  }
  const c = new Cursor(ctx, tokens);
  for (const s of inner) {
    if (s.kind !== "insert") {
      c.fail(
        CODES.statementSetContent,
        "A statement set can only contain INSERT statements",
        "Move this statement out of the BEGIN ... END block; only INSERT INTO/OVERWRITE statements run inside a statement set.",
        tokens.find((t) => t.start === s.start)
      );
    }
    absorb(stmt, s, writes);
  }
  const closed = isWord(tokens[tokens.length - 1], "END");
  if (inner.length === 0 && closed) {
    c.fail(
      CODES.emptyStatementSet,
      "Statement set is empty",
      "Put at least one INSERT statement between BEGIN and END, or remove the statement set.",
      tokens[begin]
    );
  }
  stmt.inner = inner;
  stmt.diags.push(...c.diags);
}
function nested(ctx, tokens, at, stmt, writes) {
  if (at >= tokens.length) {
    const c = new Cursor(ctx, tokens, at);
    c.unexpected(stmt.kind.toUpperCase().replace("_", " "), "the statement it applies to");
    stmt.diags.push(...c.diags);
    return;
  }
  if (isWord(tokens[at], "STATEMENT") && isWord(tokens[at + 1], "SET") && isWord(tokens[at + 2], "BEGIN")) {
    statementSet(ctx, tokens, at + 2, stmt, writes);
    return;
  }
  if (isWord(tokens[at], "EXECUTE") && isWord(tokens[at + 1], "STATEMENT")) {
    if (isWord(tokens[at + 3], "BEGIN")) statementSet(ctx, tokens, at + 3, stmt, writes);
    return;
  }
  const inner = buildStatement(ctx, tokens.slice(at));
  absorb(stmt, inner, writes);
}
function analyzeBody(ctx, tokens, stmt) {
  const i0 = firstWordIndex(tokens);
  const n = tokens.length;
  const scanner = new ReferenceScanner(ctx, tokens);
  const c = new Cursor(ctx, tokens, i0 + 1);
  switch (stmt.kind) {
    case "set": {
      const r = parseSet(ctx.text, ctx.file, ctx.lines, tokens.slice(i0));
      stmt.set = r.set;
      stmt.diags.push(...r.diags);
      break;
    }
    case "reset": {
      const r = parseReset(ctx.text, ctx.file, ctx.lines, tokens.slice(i0));
      stmt.set = r.set;
      stmt.diags.push(...r.diags);
      break;
    }
    case "create_table":
    case "create_table_as": {
      const table = {
        name: { parts: [], name: "", start: stmt.start, end: stmt.start },
        temporary: false,
        ifNotExists: false,
        columns: [],
        partitionedBy: [],
        options: {}
      };
      c.eatWord("OR", "REPLACE");
      c.eatWord("REPLACE");
      if (c.eatWord("TEMPORARY")) table.temporary = true;
      c.eatWord("TABLE");
      const q = parseTableBody(c, table, scanner);
      if (q >= 0) scanner.scan(q, n);
      if (table.like) pushUnique(scanner.refs.reads, table.like.source);
      if (table.asQuery && table.name.parts.length > 0) pushUnique(scanner.refs.writes, table.name);
      stmt.table = table;
      break;
    }
    case "create_view": {
      const view = {
        name: { parts: [], name: "", start: stmt.start, end: stmt.start },
        temporary: false,
        ifNotExists: false,
        columns: [],
        query: ""
      };
      if (c.eatWord("TEMPORARY")) view.temporary = true;
      c.eatWord("VIEW");
      const q = parseViewBody(c, view);
      if (q >= 0) scanner.scan(q, n);
      stmt.view = view;
      break;
    }
    case "create_function": {
      const fn = {
        name: { parts: [], name: "", start: stmt.start, end: stmt.start },
        temporary: false,
        system: false,
        ifNotExists: false,
        className: "",
        language: "JAVA",
        jars: []
      };
      if (c.eatWord("TEMPORARY")) fn.temporary = true;
      if (c.eatWord("SYSTEM")) fn.system = true;
      c.eatWord("FUNCTION");
      parseFunctionBody(c, fn);
      stmt.function = fn;
      break;
    }
    case "create_catalog":
    case "create_database": {
      const def = {
        name: { parts: [], name: "", start: stmt.start, end: stmt.start },
        ifNotExists: false,
        options: {}
      };
      c.i++;
      const kind = stmt.kind === "create_catalog" ? "catalog" : "database";
      parseNamespaceBody(c, def, kind);
      if (kind === "catalog") stmt.catalog = def;
      else stmt.database = def;
      break;
    }
    case "create_materialized_table":
      stmt.table = parseMaterializedTable(c, scanner, stmt.start);
      break;
    case "alter":
      alterWithQuery(c, scanner);
      break;
    case "insert": {
      const q = scanner.insert(i0, n);
      c.i = q < 0 ? Math.min(n, i0 + (isWord(tokens[i0 + 1], "INTO") || isWord(tokens[i0 + 1], "OVERWRITE") ? 2 : 1)) : q;
      if (q < 0) c.unexpected("INSERT", "INTO or OVERWRITE and the target table name");
      else if (q >= n) c.unexpected("INSERT", "the query (SELECT ... or VALUES ...) after the target table");
      break;
    }
    case "select":
      scanner.scan(i0, n);
      break;
    case "statement_set":
      if (isWord(tokens[i0 + 3], "BEGIN")) statementSet(ctx, tokens, i0 + 3, stmt, true);
      else c.unexpected("EXECUTE STATEMENT SET", "BEGIN");
      break;
    case "explain": {
      let k = i0 + 1;
      if (isWord(tokens[k], "PLAN") && isWord(tokens[k + 1], "FOR")) k += 2;
      else {
        while (tokens[k]?.kind === "word" && EXPLAIN_DETAILS.has(tokens[k].value)) {
          k++;
          if (!isOp(tokens[k], ",")) break;
          k++;
        }
      }
      nested(ctx, tokens, k, stmt, false);
      break;
    }
    case "execute":
      if (!isWord(tokens[i0 + 1], "PLAN")) nested(ctx, tokens, i0 + 1, stmt, true);
      break;
    case "compile_plan": {
      const f = topLevelWord(tokens, "FOR", i0);
      if (f >= 0) nested(ctx, tokens, f + 1, stmt, isWord(tokens[i0 + 1], "AND"));
      break;
    }
    case "delete":
    case "update": {
      if (stmt.kind === "delete") c.eatWord("FROM");
      const target = c.qualifiedName();
      if (target) pushUnique(scanner.refs.writes, target);
      scanner.scan(c.i, n);
      break;
    }
    case "truncate": {
      c.eatWord("TABLE");
      const target = c.qualifiedName();
      if (target) pushUnique(scanner.refs.writes, target);
      break;
    }
    default:
      break;
  }
  const refs = scanner.refs;
  for (const r of withoutRunaways(withoutCtes(refs.reads, refs.ctes), tokens)) pushUnique(stmt.reads, r);
  for (const w2 of withoutRunaways(refs.writes, tokens)) pushUnique(stmt.writes, w2);
  for (const f of withoutRunaways(refs.functions, tokens)) pushUnique(stmt.functions, f);
  stmt.diags.push(...c.diags);
}
function topLevelWord(tokens, word, from) {
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "op") {
      if (t.value === "(") depth++;
      else if (t.value === ")") depth--;
    } else if (depth === 0 && t.kind === "word" && t.value === word) return k;
  }
  return -1;
}

// src/sql/analyze.ts
function analyzeSpan(ctx, span) {
  const stmt = {
    kind: classify(span.tokens),
    text: span.text,
    start: span.start,
    end: span.end,
    range: span.range,
    reads: [],
    writes: [],
    functions: [],
    diags: []
  };
  try {
    analyzeBody(ctx, span.tokens, stmt);
    checkStatement(ctx, span.tokens, stmt);
  } catch (e) {
    stmt.diags.push(
      error(
        "FO399",
        "Internal error while analysing this statement",
        `flinkops could not analyse this statement (${e instanceof Error ? e.message : String(e)}); please report it with the statement text.`,
        span.range
      )
    );
  }
  return stmt;
}
function tidyStatements(statements) {
  for (const s of statements) {
    tidySummaries(s.diags);
    if (s.inner) tidyStatements(s.inner);
  }
}
function analyzeScript(text, file) {
  try {
    const split = splitStatements(text, file);
    const ctx = { text, file, lines: split.lines };
    const statements = split.statements.map((s) => analyzeSpan(ctx, s));
    const scriptDiags = [];
    for (const d of split.diags) {
      const at = d.range ? split.lines.offset(d.range.start) : -1;
      const owner = statements.find((s) => at >= s.start && at <= s.end);
      if (owner) owner.diags.unshift(d);
      else scriptDiags.push(d);
    }
    scriptDiags.push(...checkStatementSets(statements));
    tidyStatements(statements);
    const diags = [...tidySummaries(scriptDiags)];
    for (const s of statements) diags.push(...s.diags);
    return { statements, diags };
  } catch (e) {
    return {
      statements: [],
      diags: [
        error(
          "FO399",
          "Internal error while analysing this SQL script",
          `flinkops could not analyse ${file} (${e instanceof Error ? e.message : String(e)}); please report it.`
        )
      ]
    };
  }
}

// src/sql/normalize.ts
function upperWord(t, prev, next) {
  if (prev?.kind === "op" && prev.value === ".") return false;
  if (next?.kind === "op" && next.value === ".") return false;
  const v = t.value;
  if (RESERVED.has(v)) return true;
  if (TYPE_NAMES.has(v) && next?.kind === "op" && (next.value === "<" || next.value === "(" || next.value === "["))
    return true;
  if (BUILTIN_FUNCTIONS.has(v) && next?.kind === "op" && next.value === "(") return true;
  const prevWord = prev?.kind === "word" ? prev.value : void 0;
  const nextWord = next?.kind === "word" ? next.value : void 0;
  switch (v) {
    case "VIEW":
    case "CATALOG":
    case "DATABASE":
      return prevWord !== void 0 && VIEW_PREFIX.has(prevWord);
    case "OVERWRITE":
      return prevWord === "INSERT";
    case "JAR":
      return prevWord === "USING" || prevWord === "ADD" || prevWord === "REMOVE";
    case "JAVA":
    case "SCALA":
    case "PYTHON":
      return prevWord === "LANGUAGE";
    case "ASC":
    case "DESC":
      return endsSortKey(prev) && (next === void 0 || isOpIn(next, ",", ")", ";") || nextWord !== void 0 && ORDER_TAIL.has(nextWord));
    case "NULLS":
      return nextWord === "FIRST" || nextWord === "LAST";
    case "FIRST":
    case "LAST":
      return prevWord === "NULLS" || prevWord === "PAST" || prevWord === "TO";
    case "UNBOUNDED":
      return nextWord === "PRECEDING" || nextWord === "FOLLOWING";
    case "PRECEDING":
    case "FOLLOWING":
      return prevWord === "UNBOUNDED" || prev?.kind === "number" || prev?.kind === "string" || prevWord !== void 0 && TIME_UNITS.has(prevWord);
    case "ZONE":
      return prevWord === "TIME";
    case "WATERMARK":
      return nextWord === "FOR";
    case "AFTER":
      return nextWord === "MATCH";
    case "PAST":
      return prevWord === "SKIP";
    case "WITHIN":
      return nextWord === "GROUP";
    case "RETURNING":
      return nextWord !== void 0 && TYPE_NAMES.has(nextWord);
    case "ENFORCED":
      return prev?.kind === "word" && prev.value === "NOT";
    case "PARTITIONED":
    case "DISTRIBUTED":
      return next?.kind === "word" && next.value === "BY";
    case "KEY":
      return prev?.kind === "word" && prev.value === "PRIMARY";
    case "TEMPORARY":
      return prev?.kind === "word" && (prev.value === "CREATE" || prev.value === "DROP");
    case "VIRTUAL":
    case "METADATA":
      return prev !== void 0 && !(prev.kind === "op" && (prev.value === "," || prev.value === "("));
    default:
      return false;
  }
}
var VIEW_PREFIX = /* @__PURE__ */ new Set(["CREATE", "TEMPORARY", "REPLACE", "DROP", "ALTER", "USE", "SHOW"]);
var ORDER_TAIL = /* @__PURE__ */ new Set(["NULLS", "LIMIT", "OFFSET", "FETCH", "ROWS", "RANGE"]);
var TIME_UNITS = /* @__PURE__ */ new Set(["SECOND", "MINUTE", "HOUR", "DAY", "MONTH", "YEAR"]);
var BEFORE_SORT_KEY = /* @__PURE__ */ new Set(["BY", "SELECT", "DISTINCT", "AS", "FROM", "ON", "AND", "OR", "WHERE"]);
function isOpIn(t, ...ops) {
  return t.kind === "op" && ops.includes(t.value);
}
function endsSortKey(prev) {
  if (!prev) return false;
  if (prev.kind === "op") return prev.value === ")";
  return !(prev.kind === "word" && BEFORE_SORT_KEY.has(prev.value));
}
var GENERIC_TYPES = /* @__PURE__ */ new Set(["ROW", "ARRAY", "MAP", "MULTISET"]);
var SPACED_BEFORE_PAREN = /* @__PURE__ */ new Set([
  "AS",
  "IN",
  "ON",
  "USING",
  "VALUES",
  "OVER",
  "FROM",
  "JOIN",
  "WITH",
  "EXISTS",
  "AND",
  "OR",
  "NOT",
  "BY",
  "SELECT",
  "WHERE",
  "THEN",
  "ELSE",
  "WHEN",
  "PATTERN",
  "SET",
  "RESET",
  "ADD",
  "MODIFY",
  "DROP",
  "PARTITION",
  "INTO",
  "TABLE",
  "LIKE",
  "UNION",
  "ALL",
  "EXCEPT",
  "INTERSECT",
  "MATCH_RECOGNIZE",
  "LATERAL",
  "HAVING",
  "RETURN",
  "KEY",
  "COMMENT"
]);
function isNameTok(t) {
  return t !== void 0 && (t.kind === "word" || t.kind === "quoted");
}
function normalizeSql(text) {
  const { tokens } = lex(text, "", new LineIndex(text));
  const out = [];
  let generic = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    let piece;
    if (t.kind === "word") piece = upperWord(t, prev, next) ? t.value : text.slice(t.start, t.end);
    else if (t.kind === "hint") piece = `/*+ ${normalizeSql(t.value)} */`;
    else piece = text.slice(t.start, t.end);
    if (k > 0 && !tight(prev, t, next, generic)) out.push(" ");
    out.push(piece);
    if (t.kind === "op" && t.value === "<" && prev?.kind === "word" && GENERIC_TYPES.has(prev.value))
      generic++;
    else if (t.kind === "op" && t.value === ">" && generic > 0) generic--;
  }
  return out.join("");
}
function tight(a, b, next, generic) {
  if (b.kind === "op") {
    if (b.value === "," || b.value === ")" || b.value === "]" || b.value === ";") return true;
    if (b.value === ".")
      return isNameTok(a) && (isNameTok(next) || next?.kind === "op" && next.value === "*");
    if (b.value === "(" || b.value === "[") {
      if (a.kind === "quoted") return true;
      return a.kind === "word" && !SPACED_BEFORE_PAREN.has(a.value);
    }
    if (b.value === "<") return a.kind === "word" && GENERIC_TYPES.has(a.value);
    if (b.value === ">") return generic > 0;
  }
  if (a.kind === "op") {
    if (a.value === "(" || a.value === "[") return true;
    if (a.value === ".") return b.kind !== "number";
    if (a.value === "<" && generic > 0) return true;
  }
  return false;
}

export {
  tidySummaries,
  CODES,
  isWord,
  isOp,
  quoteIdentifier,
  quoteString,
  splitStatements,
  analyzeScript,
  normalizeSql
};
