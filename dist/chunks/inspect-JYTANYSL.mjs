import {
  EXIT,
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-CB37V45K.mjs";
import "./chunk-VT7LOJPP.mjs";

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

// src/core/flink-version.ts
var parsedReleases = /* @__PURE__ */ new Map();
var releaseParts = (function releaseParts(v) {
  let p = parsedReleases.get(v);
  if (p === void 0) {
    const [a, b] = v.split(".");
    p = [Number(a) || 0, Number(b) || 0];
    if (parsedReleases.size < 64) parsedReleases.set(v, p);
  }
  return p;
});
var compareReleases = (function compareReleases(a, b) {
  const x = releaseParts(a);
  const y = releaseParts(b);
  return x[0] - y[0] || x[1] - y[1];
});
var releaseAtLeast = (function releaseAtLeast(version, min) {
  return compareReleases(version, min) >= 0;
});

// src/core/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Offsets where lines start: found at the first lookup (most files never need one). */
  lineStarts;
  get starts() {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    const starts = [0];
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.lineStarts = starts;
    return starts;
  }
  pos(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1 };
  }
  offset(pos) {
    const start = this.starts[pos.line - 1] ?? this.text.length;
    return Math.min(start + pos.column - 1, this.text.length);
  }
  range(file, start, end) {
    return { file, start: this.pos(start), end: this.pos(end) };
  }
};
var codePointHex = (function codePointHex(c) {
  return c.toString(16).toUpperCase().padStart(4, "0");
});

import {
  didYouMean,
  oneEdit
} from "./chunk-EKKRR5UX.mjs";
import {
  error as error2,
  warning
} from "./chunk-FYVUM4PK.mjs";
// src/core/stack-overflow.ts
var isStackOverflow = (function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(e.message);
});
// src/core/summary.ts
var LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
var KEEP = 60;
var SLACK = 8;
var LONG_QUOTES = ['"', "`"].map((q) => ({
  q,
  re: new RegExp(`${q}([^${q}]{${KEEP}})[^${q}]{${SLACK},}${q}`, "g")
}));
var oneLine = (function oneLine(text) {
  const flat = text.replace(LINE_BREAK, "\u23CE");
  return flat.length >= KEEP + SLACK ? `${flat.slice(0, KEEP)}\u2026` : flat;
});
var tidySummaries = (function tidySummaries(diags) {
  for (const [i, d] of diags.entries()) {
    let summary = d.summary.replace(LINE_BREAK, "\u23CE");
    for (const { q, re } of LONG_QUOTES) summary = summary.replace(re, `${q}$1\u2026${q}`);
    if (summary !== d.summary) diags[i] = { ...d, summary };
  }
  return diags;
});
// src/sql/keywords.ts
var set = (function set(words) {
  return new Set(words.split(/\s+/).filter(Boolean));
});
var RESERVED = set(`
ABS ALL ALLOCATE ALLOW ALTER AND ANY ARE ARRAY ARRAY_MAX_CARDINALITY AS ASENSITIVE ASYMMETRIC AT ATOMIC
AUTHORIZATION AVG BEGIN BEGIN_FRAME BEGIN_PARTITION BETWEEN BIGINT BINARY BIT BLOB BOOLEAN BOTH BY BYTES CALL
CALLED CARDINALITY CASCADED CASE CAST CATALOGS CEIL CEILING CHAR CHARACTER CHARACTER_LENGTH
CHAR_LENGTH CHECK CLASSIFIER CLOB CLOSE COALESCE COLLATE COLLECT COLUMN COMMENT COMMIT CONDITION
CONNECT CONSTRAINT CONTAINS CONVERT CORR CORRESPONDING COUNT COVAR_POP COVAR_SAMP CREATE CROSS CUBE CUME_DIST
CURRENT CURRENT_CATALOG CURRENT_DATE CURRENT_DEFAULT_TRANSFORM_GROUP CURRENT_PATH CURRENT_ROLE CURRENT_ROW
CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_TRANSFORM_GROUP_FOR_TYPE CURRENT_USER CURSOR CYCLE
DATABASES DATE DAY DEALLOCATE DEC DECIMAL DECLARE DEFAULT DEFINE DELETE DENSE_RANK DEREF DESCRIBE
DETERMINISTIC DISALLOW DISCONNECT DISTINCT DOUBLE DROP DYNAMIC EACH ELEMENT ELSE EMPTY END END_FRAME
END_PARTITION EQUALS ESCAPE EVERY EXCEPT EXEC EXECUTE EXISTS EXP EXPLAIN EXTEND EXTENDED
EXTERNAL EXTRACT FALSE FETCH FILTER FIRST_VALUE FLOAT FLOOR FOR FOREIGN FRAME_ROW FREE FROM FULL FUNCTION
FUNCTIONS FUSION GET GLOBAL GRANT GROUP GROUPING GROUPS HAVING HOLD HOUR IDENTITY ILIKE IMPORT IN INDICATOR
INITIAL INNER INOUT INSENSITIVE INSERT INT INTEGER INTERSECT INTERSECTION INTERVAL INTO IS JOIN JSON_ARRAY
JSON_ARRAYAGG JSON_EXISTS JSON_OBJECT JSON_OBJECTAGG JSON_QUERY JSON_VALUE LAG LANGUAGE
LARGE LAST_VALUE LATERAL LEAD LEADING LEFT LIKE LIKE_REGEX LIMIT LN LOCAL LOCALTIME LOCALTIMESTAMP LOWER MATCH
MATCHES MATCH_NUMBER MATCH_RECOGNIZE MAX MEASURES MEMBER MERGE METHOD MIN MINUS MINUTE MOD MODIFIES MODULE
MODULES MONTH MULTISET NATIONAL NATURAL NCHAR NCLOB NEW NEXT NO NONE NORMALIZE NOT NTH_VALUE NTILE NULL NULLIF
NUMERIC OCCURRENCES_REGEX OCTET_LENGTH OF OFFSET OLD OMIT ON ONE ONLY OPEN OR ORDER OUT OUTER OVER OVERLAPS
OVERLAY PARAMETER PARTITION PATTERN PER PERCENT PERCENTILE_CONT PERCENTILE_DISC PERCENT_RANK PERIOD PERMUTE
PORTION POSITION POSITION_REGEX POWER PRECEDES PRECISION PREPARE PREV PRIMARY PROCEDURE RANGE RANK
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
var UPPER_CASED_AS_BEFORE = set(
  "COLUMNS DESCRIPTOR IF CHANGELOG_MODE ESTIMATED_COST JSON_EXECUTION_PLAN PLAN_ADVICE"
);
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
PARSE_JSON PI POSITION POWER PREV PRINTF PROCTIME PROCTIME_MATERIALIZE QUARTER RADIANS RAND RAND_INTEGER RANK REGEXP
REGEXP_COUNT REGEXP_EXTRACT REGEXP_EXTRACT_ALL REGEXP_INSTR REGEXP_REPLACE REGEXP_SUBSTR REPEAT REPLACE
REVERSE RIGHT ROUND ROW_NUMBER RPAD RTRIM SECOND SESSION SESSION_END SESSION_PROCTIME SESSION_ROWTIME
SESSION_START SHA1 SHA2 SHA224 SHA256 SHA384 SHA512 SIGN SIN SINH SOURCE_WATERMARK SPLIT SPLIT_INDEX
SQRT STDDEV STDDEV_POP VARIANCE VAR STDDEV_SAMP STR_TO_MAP SUBSTR SUBSTRING SUM TAN TANH TIMESTAMPADD TIMESTAMPDIFF TO_BASE64
TO_DATE TO_TIMESTAMP TO_TIMESTAMP_LTZ TRANSLATE TRANSLATE3 TRIM TRUNCATE TRY_CAST TRY_PARSE_JSON TUMBLE TUMBLE_END TUMBLE_PROCTIME
TUMBLE_ROWTIME TUMBLE_START TYPEOF UNHEX UNIX_TIMESTAMP UNNEST UPPER URL_DECODE URL_ENCODE UUID VAR_POP
VAR_SAMP WEEK YEAR ML_PREDICT ML_EVALUATE VECTOR_SEARCH SNAPSHOT FROM_CHANGELOG TO_CHANGELOG SQL_JOIN ARRAY_AGG
CURRENT_USER SESSION_USER USER ROW ARRAY MAP MULTISET EXISTS IN ANY ALL SOME NOT AND OR VALUES OVER FILTER
WITHIN AS ON USING TABLE LATERAL INTERVAL MATCH_RECOGNIZE PATTERN PARTITION MEASURES DEFINE DISTINCT
PERMUTE SUBSET SKIP KEY PRIMARY UNIQUE CHECK WATERMARK INTO BY FOR OF CUBE ROLLUP GROUPING SETS
EXTRACT TIMESTAMP_LTZ OBJECT_OF TRY JSON_OBJECT MINUS UNION INTERSECT EXCEPT SELECT WHERE FROM
CLASSIFIER MATCH_NUMBER RUNNING FINAL STREAM ASCII ARRAY_MAX IS THEN WHEN ELSE
STARTSWITH ENDSWITH INET_ATON INET_NTOA PERCENTILE OBJECT_UPDATE BITMAP_AND BITMAP_ANDNOT BITMAP_BUILD
BITMAP_CARDINALITY BITMAP_FROM_BYTES BITMAP_OR BITMAP_TO_ARRAY BITMAP_TO_BYTES BITMAP_TO_STRING BITMAP_XOR
BITMAP_AND_AGG BITMAP_OR_AGG BITMAP_XOR_AGG BITMAP_BUILD_AGG BITMAP_AND_CARDINALITY_AGG
BITMAP_OR_CARDINALITY_AGG BITMAP_XOR_CARDINALITY_AGG BITMAP_BUILD_CARDINALITY_AGG
`);
var since = ((release, names) => names.trim().split(/\s+/).map((w2) => [w2, release]));
var BUILTIN_SINCE = new Map([
  ...since(
    "1.18",
    `ARRAY_CONCAT ARRAY_DISTINCT ARRAY_JOIN ARRAY_MAX ARRAY_POSITION ARRAY_REMOVE ARRAY_REVERSE ARRAY_SLICE
ARRAY_UNION MAP_ENTRIES MAP_FROM_ARRAYS MAP_KEYS MAP_VALUES`
  ),
  ...since("1.19", "ARRAY_MIN"),
  ...since(
    "1.20",
    "ARRAY_AGG ARRAY_APPEND ARRAY_EXCEPT ARRAY_INTERSECT ARRAY_PREPEND ARRAY_SORT MAP_UNION SPLIT"
  ),
  ...since(
    "2.0",
    `BTRIM ELT ENDSWITH JSON_QUOTE JSON_UNQUOTE PERCENTILE PRINTF REGEXP_COUNT REGEXP_EXTRACT_ALL REGEXP_INSTR
REGEXP_SUBSTR STARTSWITH TRANSLATE3 UNHEX URL_DECODE URL_ENCODE`
  ),
  // ML_PREDICT and ML_EVALUATE: table functions SHOW FUNCTIONS does not list, in the planner's
  // FlinkSqlOperatorTable from 2.1.0 (FLIP-437; 2.1's docs page model-inference.md), not in 2.0's.
  ...since("2.1", "JSON PARSE_JSON TRY_PARSE_JSON ML_PREDICT ML_EVALUATE"),
  // VECTOR_SEARCH: a table function SHOW FUNCTIONS does not list; real 2.2.0 resolves it, 1.18.1
  // and 1.19.1 do not ("Cannot apply '$SCALAR_QUERY'").
  ...since("2.2", "OBJECT_OF OBJECT_UPDATE VECTOR_SEARCH"),
  ...since(
    "2.3",
    `INET_ATON INET_NTOA BITMAP_AND BITMAP_ANDNOT BITMAP_BUILD BITMAP_CARDINALITY BITMAP_FROM_BYTES BITMAP_OR
BITMAP_TO_ARRAY BITMAP_TO_BYTES BITMAP_TO_STRING BITMAP_XOR BITMAP_AND_AGG BITMAP_OR_AGG BITMAP_XOR_AGG
BITMAP_BUILD_AGG BITMAP_AND_CARDINALITY_AGG BITMAP_OR_CARDINALITY_AGG BITMAP_XOR_CARDINALITY_AGG
BITMAP_BUILD_CARDINALITY_AGG FROM_CHANGELOG TO_CHANGELOG`
  )
]);
var NOT_FLINK_FUNCTIONS = set(`
ADD_MONTHS AGG BITAND BITNOT BITOR BITXOR BIT_AND BIT_OR BIT_XOR CBRT COVAR_POP COVAR_SAMP DATEDIFF DATE_ADD
DATE_SUB LENGTH SQL_JOIN TRY VAR
`);
var builtinSince = (function builtinSince(upperName) {
  return BUILTIN_SINCE.get(upperName);
});
var isBuiltinFunction = (function isBuiltinFunction(upperName, flinkVersion) {
  if (!BUILTIN_FUNCTIONS.has(upperName) && !TYPE_NAMES.has(upperName)) return false;
  if (NOT_FLINK_FUNCTIONS.has(upperName)) return false;
  const since4 = BUILTIN_SINCE.get(upperName);
  return since4 === void 0 || flinkVersion === void 0 || releaseAtLeast(flinkVersion, since4);
});
var NOT_CALLED_BY_NAME = set(`
AND OR NOT IN ANY ALL SOME EXISTS VALUES OVER FILTER WITHIN AS ON USING TABLE LATERAL INTERVAL PATTERN
PARTITION MEASURES DEFINE DISTINCT PERMUTE SUBSET SKIP KEY PRIMARY UNIQUE CHECK WATERMARK INTO BY FOR OF
CUBE ROLLUP SETS MINUS UNION INTERSECT EXCEPT SELECT WHERE FROM RUNNING FINAL STREAM IS THEN WHEN ELSE
CASE BETWEEN ROW ARRAY MAP MULTISET MATCH_RECOGNIZE GROUPING
`);
var LATER_BUILTINS = set(`
STARTSWITH ENDSWITH PERCENTILE TRANSLATE3 PARSE_JSON TRY_PARSE_JSON OBJECT_UPDATE INET_ATON INET_NTOA BITMAP_AND
BITMAP_ANDNOT BITMAP_BUILD BITMAP_CARDINALITY BITMAP_FROM_BYTES BITMAP_OR BITMAP_TO_ARRAY BITMAP_TO_BYTES
BITMAP_TO_STRING BITMAP_XOR BITMAP_AND_AGG BITMAP_OR_AGG BITMAP_XOR_AGG BITMAP_BUILD_AGG BITMAP_AND_CARDINALITY_AGG
BITMAP_OR_CARDINALITY_AGG BITMAP_XOR_CARDINALITY_AGG BITMAP_BUILD_CARDINALITY_AGG
`);
// src/sql/versions.ts
var LATEST_FLINK_VERSION = "2.3";
var atLeast = releaseAtLeast;
var RESERVED_SINCE = {
  DATETIME: ["2.0"],
  QUALIFY: ["2.0"],
  BUCKETS: ["1.20"],
  CONTINUOUS: ["1.20"],
  DISTRIBUTED: ["1.20"],
  DISTRIBUTION: ["1.20"],
  FRESHNESS: ["1.20"],
  HASH: ["1.20"],
  MATERIALIZED: ["1.20"],
  MODEL: ["1.20", "2.1"],
  MODELS: ["1.20"],
  MODIFY: ["1.16"],
  PROCEDURES: ["1.20"],
  REFRESH: ["1.20"],
  REFRESH_MODE: ["1.20"],
  RESUME: ["1.20"],
  SCALA: ["1.16"],
  STRUCTURED: ["2.1"],
  SUSPEND: ["1.20"],
  TIMESTAMP_LTZ: ["1.16"],
  // Calcite's keywords that Flink's grammar does not list as non-reserved (checked with Flink's
  // parser 1.20, 2.0 and 2.2, one `SELECT word FROM t` each): names Flink refuses unquoted.
  ...since2("1.20", "ARRAY_CONCAT_AGG DOT GROUP_CONCAT INCLUDE PIVOT RLIKE SEPARATOR STRING_AGG UNPIVOT"),
  ...since2(
    "2.0",
    "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY WEEKS QUARTERS DATE_TRUNC TIME_DIFF TIME_TRUNC TIMESTAMP_DIFF TIMESTAMP_TRUNC"
  ),
  ...since2(
    "2.2",
    "CONTAINS_SUBSTR DATETIME_TRUNC JSON_SCOPE ORDINAL SAFE_CAST SAFE_OFFSET SAFE_ORDINAL TRY_CAST VARIANT"
  ),
  // Flink 2.3's parser keywords that it does not list as non-reserved (checked on real 2.3.0: a
  // column of that name in CREATE TABLE and `SELECT word FROM t`; ARTIFACT, START_MODE, the
  // FROM_… and RESUME_OR_… start modes, CONFLICT, DEDUPLICATE, DO and NOTHING stay names).
  ...since2("2.3", "BITMAP CONNECTIONS")
};
function since2(release, words) {
  return Object.fromEntries(words.split(" ").map((w2) => [w2, [release]]));
}
var reservedByVersion = /* @__PURE__ */ new Map();
var reservedIn = (function reservedIn(word4, version) {
  return reservedWords(version).has(word4);
});
var reservedWords = (function reservedWords(version) {
  let words = reservedByVersion.get(version);
  if (words === void 0) {
    const set2 = new Set(RESERVED);
    for (const [w2, [since4, until]] of Object.entries(RESERVED_SINCE))
      if (atLeast(version, since4) && (until === void 0 || !atLeast(version, until))) set2.add(w2);
    words = set2;
    if (reservedByVersion.size < 64) reservedByVersion.set(version, words);
  }
  return words;
});
var reservedSince = (function reservedSince(word4) {
  return RESERVED.has(word4) ? void 0 : RESERVED_SINCE[word4]?.[0];
});
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
    const words = [first];
    this.i++;
    while (this.atOp(".") && isName(this.peek(1))) {
      words.push(this.peek(1));
      parts.push(nameOf(this.ctx.text, this.peek(1)));
      this.i += 2;
    }
    const reserved = reservedWordInName(this.ctx, words, parts);
    if (reserved) this.diags.push(reserved);
    return { parts, name: parts[parts.length - 1], start: first.start, end: words[words.length - 1].end };
  }
  /**
   * Reports a syntax error at `at` (a token, or a name's span), else at the current token (or the
   * end of the statement).
   */
  fail(code, summary, detail, at = this.peek()) {
    const last = this.toks[this.end - 1];
    const start = at ? at.start : last ? last.end : 0;
    const end = at ? at.end : start;
    this.diags.push(error2(code, summary, detail, this.ctx.lines.range(this.ctx.file, start, end)));
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
function reservedWordInName(ctx, words, parts) {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  const k = words.findIndex((t) => t.kind === "word" && reservedIn(t.value, version));
  if (k < 0) return void 0;
  const at = words[k];
  return error2(
    CODES.unexpectedToken,
    `\`${parts[k]}\` is a reserved word in Flink SQL and cannot be part of a name unquoted`,
    `Quote it with backticks: ${parts.map((p, j) => j === k ? `\`${p}\`` : p).join(".")}.`,
    ctx.lines.range(ctx.file, at.start, at.end)
  );
}
// src/sql/quote.ts
function quoteIdentifier(name2) {
  return "`" + name2.replaceAll("`", "``") + "`";
}
function quoteQualified(parts) {
  return parts.map(quoteIdentifier).join(".");
}
function isControlCode(c) {
  return c < 32 || c === 127;
}
function isControl2(ch) {
  return isControlCode(ch.charCodeAt(0));
}
function hasControl(value) {
  for (let i = 0; i < value.length; i++) if (isControlCode(value.charCodeAt(i))) return true;
  return false;
}
function quoteString(value) {
  if (!hasControl(value)) return "'" + (value.includes("'") ? value.replaceAll("'", "''") : value) + "'";
  let out = "";
  for (const ch of value) {
    if (ch === "'") out += "''";
    else if (ch === "\\") out += "\\\\";
    else if (isControl2(ch)) out += `\\${codePointHex(ch.charCodeAt(0))}`;
    else out += ch;
  }
  return `U&'${out}'`;
}
// src/sql/data-type.ts
var PARAMS = {
  CHAR: [1, 1],
  CHARACTER: [1, 1],
  VARCHAR: [1, 1],
  BINARY: [1, 1],
  VARBINARY: [1, 1],
  DECIMAL: [1, 2],
  DEC: [1, 2],
  NUMERIC: [1, 2],
  TIME: [1, 1],
  TIMESTAMP: [1, 1],
  TIMESTAMP_LTZ: [1, 1]
};
var PLAIN = /* @__PURE__ */ new Set([
  "INT",
  "INTEGER",
  "TINYINT",
  "SMALLINT",
  "BIGINT",
  "FLOAT",
  "REAL",
  "BOOLEAN",
  "DATE"
]);
var BUILTIN_TYPES = /* @__PURE__ */ new Set([
  ...PLAIN,
  ...Object.keys(PARAMS),
  "DOUBLE",
  "RAW",
  "INTERVAL",
  "ROW",
  "ARRAY",
  "MAP",
  "MULTISET",
  "STRING",
  "BYTES",
  "VARIANT",
  "STRUCTURED",
  "BITMAP"
]);
var TYPE_SINCE = { VARIANT: "2.1", STRUCTURED: "2.1", BITMAP: "2.3" };
function unknownTypeName(c, t, shown, up, version) {
  if (shown.includes("$")) return;
  const later = TYPE_SINCE[up];
  const since4 = later !== void 0 && !atLeast(version, later) ? later : void 0;
  if (since4 === void 0 && t.kind === "word" && BUILTIN_TYPES.has(up)) return;
  const near = since4 === void 0 && t.kind === "word" ? didYouMean(up, BUILTIN_TYPES) : void 0;
  c.ctx.typeNames ??= [];
  c.ctx.typeNames.push(
    error2(
      CODES.unknownTypeName,
      since4 !== void 0 ? `Data type ${shown} needs Flink ${since4} or later` : `Unknown data type ${shown}${near ? `: did you mean ${near}?` : ""}`,
      since4 !== void 0 ? `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose planner has no ${up} type ("Unknown identifier '${up}'"). Use another type, or raise flinkVersion if the cluster runs Flink ${since4} or later.` : `Flink has no data type of that name, and Flink SQL defines no user-defined types: its planner refuses it ("Unknown identifier '${t.kind === "word" ? shown : shown.replace(/`/g, "")}'"). ${near ? `Write ${near}.` : "Write one of its types (STRING, BIGINT, DECIMAL(10, 2), TIMESTAMP(3), ROW<...>, ...)."}`,
      c.ctx.lines.range(c.ctx.file, t.start, c.peek(-1)?.end ?? t.end)
    )
  );
}
var RESERVED_TYPE_NAMES = /* @__PURE__ */ new Set([
  "ANY",
  "STRING",
  "BYTES",
  "DESCRIPTOR",
  "CHANGELOG_MODE",
  "COLUMNS",
  "ESTIMATED_COST",
  "IF",
  "JSON_EXECUTION_PLAN",
  "PLAN_ADVICE"
]);
var INTERVAL_UNITS = /* @__PURE__ */ new Set(["YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND"]);
function opAt(c, k, op) {
  const t = c.peek(k);
  return t?.kind === "op" && t.value === op;
}
var SAFE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
function fieldName(name2, quoted) {
  return quoted || !SAFE_FIELD.test(name2) ? quoteIdentifier(name2) : name2;
}
function typeParams(c, where, what, count2) {
  if (!c.eatOp("(")) return "";
  const args = [];
  for (; ; ) {
    const t = c.peek();
    if (t?.kind !== "number" || !/^\d+$/.test(t.value))
      return c.unexpected(where, `the ${what} (a whole number)`);
    c.i++;
    args.push(t.value);
    if (args.length >= count2[1] || !c.eatOp(",")) break;
  }
  if (!c.eatOp(")")) return c.unexpected(where, `\`)\` closing the ${what}`);
  return `(${args.join(", ")})`;
}
function rawParams(c, where) {
  if (!c.eatOp("("))
    return c.unexpected(where, "`(` and the class and serializer snapshot of RAW('class', 'snapshot')");
  const cls = c.string(where, "the class name of the RAW type in quotes");
  if (cls === void 0) return void 0;
  if (!c.eatOp(","))
    return c.unexpected(where, "`,` and the serializer snapshot of RAW('class', 'snapshot')");
  const snap = c.string(where, "the serializer snapshot of the RAW type in quotes");
  if (snap === void 0) return void 0;
  if (!c.eatOp(")")) return c.unexpected(where, "`)` closing the RAW type");
  return `(${quoteString(cls)}, ${quoteString(snap)})`;
}
function nestedNullability(c) {
  if (c.eatWord("NOT", "NULL")) return " NOT NULL";
  c.eatWord("NULL");
  return "";
}
function rowFields(c, close, where) {
  const fields = [];
  if (c.atOp(close)) {
    c.i++;
    return "";
  }
  const leadingComma = c.atOp(",");
  do {
    if (leadingComma && fields.length === 0 && c.atOp(",")) c.i++;
    const t = c.peek();
    if (!isName(t)) return c.unexpected(where, "a ROW field name");
    if (t.kind === "word" && reservedIn(t.value.toUpperCase(), c.ctx.flinkVersion ?? LATEST_FLINK_VERSION)) {
      c.fail(
        CODES.unexpectedToken,
        `reserved word ${nameOf(c.ctx.text, t)} as a ROW field name: write it in backticks, \`${nameOf(c.ctx.text, t)}\``,
        `Flink's parser refuses a reserved word as an unquoted ROW field name ("Encountered "${nameOf(c.ctx.text, t)}""). Quote it: \`${nameOf(c.ctx.text, t)}\` TYPE.`,
        t
      );
      return void 0;
    }
    c.i++;
    const type = parseType(c, where, {}, false);
    if (type === void 0) return void 0;
    let field = `${fieldName(nameOf(c.ctx.text, t), t.kind === "quoted")} ${type}${nestedNullability(c)}`;
    if (c.peek()?.kind === "string") field += ` ${quoteString(c.next().value)}`;
    fields.push(field);
  } while (c.eatOp(","));
  if (!c.eatOp(close)) return c.unexpected(where, `\`,\` or \`${close}\` closing the ROW fields`);
  return fields.join(", ");
}
function collection(c, up, where) {
  const count2 = up === "MAP" ? 2 : 1;
  const parts = [];
  while (parts.length < count2) {
    if (parts.length > 0 && !c.eatOp(","))
      return c.unexpected(where, `\`,\` and the value type of MAP<key, value>`);
    const inner = parseType(c, where, {}, false);
    if (inner === void 0) return void 0;
    parts.push(inner + nestedNullability(c));
  }
  if (!c.eatOp(">")) return c.unexpected(where, `\`>\` closing the ${up} type`);
  return `${up}<${parts.join(", ")}>`;
}
function structured(c, where) {
  if (c.atOp("<>")) return c.unexpected(where, "the class name of STRUCTURED<'class', ...> in quotes");
  c.i++;
  const cls = c.string(where, "the class name of STRUCTURED<'class', ...> in quotes");
  if (cls === void 0) return void 0;
  if (!c.eatOp(",")) {
    if (!c.eatOp(">")) return c.unexpected(where, "`,` or `>` closing the STRUCTURED type");
    return `STRUCTURED<${quoteString(cls)}>`;
  }
  const fields = rowFields(c, ">", where);
  return fields === void 0 ? void 0 : `STRUCTURED<${quoteString(cls)}, ${fields}>`;
}
function intervalQualifier(c, where) {
  let out = "INTERVAL";
  for (let part = 0; part < 2; part++) {
    const u = c.peek();
    if (u?.kind !== "word" || !INTERVAL_UNITS.has(u.value))
      return c.unexpected(where, "an interval unit (YEAR, MONTH, DAY, HOUR, MINUTE or SECOND)");
    c.i++;
    const p = typeParams(c, where, "interval precision", [1, 2]);
    if (p === void 0) return void 0;
    out += ` ${u.value}${p}`;
    if (part > 0 || !c.eatWord("TO")) break;
    out += " TO";
  }
  return out;
}
function scalar(c, up, where, ctx, top) {
  if (up === "INTERVAL") {
    if (!ctx.cast || !top) {
      c.i--;
      return c.unexpected(where, "a data type (INTERVAL types are only a CAST target)");
    }
    return intervalQualifier(c, where);
  }
  if (up === "RAW") {
    const params = rawParams(c, where);
    return params === void 0 ? void 0 : `RAW${params}`;
  }
  if (up === "DOUBLE") return c.eatWord("PRECISION") ? "DOUBLE PRECISION" : "DOUBLE";
  let out = up;
  if ((up === "CHAR" || up === "CHARACTER" || up === "BINARY") && c.eatWord("VARYING")) out += " VARYING";
  const count2 = PARAMS[up];
  if (count2 !== void 0) {
    const params = typeParams(
      c,
      where,
      up === "DECIMAL" || up === "DEC" || up === "NUMERIC" ? "precision and scale" : "length or precision",
      count2
    );
    if (params === void 0) return void 0;
    out += params;
  }
  if (up === "TIME" || up === "TIMESTAMP") {
    if (c.eatWord("WITHOUT", "TIME", "ZONE")) out += " WITHOUT TIME ZONE";
    else if (c.eatWord("WITH", "LOCAL", "TIME", "ZONE")) out += " WITH LOCAL TIME ZONE";
    else if (c.atWord("WITH", "TIME", "ZONE")) {
      c.i++;
      return c.unexpected(where, "LOCAL (Flink has WITH LOCAL TIME ZONE, not WITH TIME ZONE)");
    }
  } else if ((up === "CHAR" || up === "CHARACTER" || up === "VARCHAR") && c.eatWord("CHARACTER", "SET")) {
    const cs = c.qualifiedName();
    if (!cs) return c.unexpected(where, "the character set name after CHARACTER SET");
    out += ` CHARACTER SET ${quoteQualified(cs.parts)}`;
  }
  return out;
}
function parseType(c, where, ctx, top) {
  const first = c.peek();
  if (!isName(first)) return c.unexpected(where, "a data type");
  const up = first.kind === "word" ? first.value : "";
  const version = c.ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  let out;
  if (first.kind === "quoted" || c.peek(1)?.value === ".") {
    const ref = c.qualifiedName();
    out = quoteQualified(ref.parts);
    unknownTypeName(c, first, c.ctx.text.slice(first.start, c.peek(-1).end), "", version);
  } else if (up === "ROW" && (opAt(c, 1, "<") || opAt(c, 1, "(") || opAt(c, 1, "<>"))) {
    c.i++;
    const open = c.next().value;
    const fields = open === "<>" ? "" : rowFields(c, open === "<" ? ">" : ")", where);
    if (fields === void 0) return void 0;
    out = `ROW<${fields}>`;
  } else if ((up === "ARRAY" || up === "MULTISET" || up === "MAP") && opAt(c, 1, "<")) {
    c.i += 2;
    const coll = collection(c, up, where);
    if (coll === void 0) return void 0;
    out = coll;
  } else if (up === "STRUCTURED" && atLeast(version, "2.1") && (opAt(c, 1, "<") || opAt(c, 1, "<>"))) {
    c.i++;
    const s = structured(c, where);
    if (s === void 0) return void 0;
    out = s;
  } else if (PLAIN.has(up) || PARAMS[up] !== void 0 || up === "DOUBLE" || up === "RAW" || up === "INTERVAL") {
    c.i++;
    const s = scalar(c, up, where, ctx, top);
    if (s === void 0) return void 0;
    out = s;
  } else if (up === "VARIANT" && atLeast(version, "2.1")) {
    c.i++;
    out = "VARIANT";
  } else if (up === "BITMAP" && atLeast(version, "2.3")) {
    c.i++;
    out = "BITMAP";
  } else if (first.kind === "word" && reservedIn(up, version) && !RESERVED_TYPE_NAMES.has(up)) {
    return c.unexpected(where, "a data type");
  } else if (up === "GEOMETRY") {
    return c.unexpected(where, "a data type (Flink has no GEOMETRY type)");
  } else {
    c.i++;
    out = up || nameOf(c.ctx.text, first);
    unknownTypeName(c, first, nameOf(c.ctx.text, first), up, version);
  }
  for (; ; ) {
    if (c.atWord("ARRAY") || c.atWord("MULTISET")) out += ` ${c.next().value}`;
    else if (!ctx.cast && (c.atWord("NOT", "NULL", "ARRAY") || c.atWord("NOT", "NULL", "MULTISET"))) {
      c.i += 2;
      out += ` NOT NULL ${c.next().value}`;
    } else if (!ctx.cast && (c.atWord("NULL", "ARRAY") || c.atWord("NULL", "MULTISET"))) {
      c.i++;
      out += ` ${c.next().value}`;
    } else break;
  }
  return out;
}
function parseDataType(c, where = "a data type", ctx = {}) {
  return parseType(c, where, ctx, true);
}
var ROWTIME_TYPES = "Flink takes a watermark only on a TIMESTAMP(p) or TIMESTAMP_LTZ(p) column with p from 0 to 3: declare it as TIMESTAMP(3), or put the watermark on a computed column";
var rowtimeTypeProblem = (function rowtimeTypeProblem(type) {
  const t = type.toUpperCase().replace(/\s+/g, " ").replace(/\s*\(\s*/g, "(").replace(/\s*\)/g, ")").trim();
  const m4 = /^(TIMESTAMP|TIMESTAMP_LTZ)(?:\((\d+)\))?( WITHOUT TIME ZONE| WITH LOCAL TIME ZONE)?(?: NOT NULL| NULL)?$/.exec(
    t
  );
  if (!m4 || m4[1] === "TIMESTAMP_LTZ" && m4[3] !== void 0) return `of type ${type}`;
  if (m4[2] === void 0) return `of type ${type}, whose precision is 6 when none is given`;
  const p = Number(m4[2]);
  return p <= 3 ? void 0 : `of type ${type}: its precision ${p} is above 3`;
});
// src/sql/ddl-lists.ts
var parseOptions = (function parseOptions(c, where) {
  const options = {};
  if (!c.eatOp("(")) {
    c.unexpected(where, "`(` starting the options list ('key' = 'value', ...)");
    return options;
  }
  let first = true;
  while (!c.done() && (!first || !c.atOp(")"))) {
    first = false;
    const k = c.string(where, "an option key in quotes ('key' = 'value')");
    if (k === void 0) return options;
    if (!c.eatOp("=")) {
      c.unexpected(where, "`=` between the option key and value ('key' = 'value')");
      return options;
    }
    const v = c.peek();
    if (v?.kind !== "string") {
      c.unexpected(
        where,
        `the option value in quotes ('${k}' = '${v?.kind === "number" || isName(v) ? c.ctx.text.slice(v.start, v.end) : "value"}'): Flink takes only strings`
      );
      return options;
    }
    let value = "";
    while (c.peek()?.kind === "string") value += c.next().value;
    options[k] = value;
    if (!c.eatOp(",")) break;
  }
  if (!c.eatOp(")")) c.unexpected(where, "`)` closing the options list, or `,` before the next option");
  return options;
});
var parseNameList = (function parseNameList(c, where) {
  const names = [];
  if (!c.eatOp("(")) {
    c.unexpected(where, "`(` starting a column list");
    return names;
  }
  do {
    const t = c.peek();
    if (!isName(t)) {
      c.unexpected(where, "a column name");
      return names;
    }
    names.push(nameOf(c.ctx.text, t));
    c.i++;
  } while (c.eatOp(","));
  if (!c.eatOp(")")) c.unexpected(where, "`,` or `)` closing the column list");
  return names;
});
// src/sql/query-words.ts
var NOT_CALLS = /* @__PURE__ */ new Set([
  "SELECT",
  "FROM",
  "WHERE",
  "GROUP",
  "HAVING",
  "ORDER",
  "BY",
  "JOIN",
  "ON",
  "AND",
  "OR",
  "NOT",
  "AS",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "MINUS",
  "IN",
  "IS",
  "LIKE",
  "BETWEEN",
  "USING",
  "OVER",
  "FILTER",
  "WITHIN",
  "VALUES",
  "WITH",
  "INTO",
  "SET",
  "LATERAL",
  "DISTINCT",
  "ALL",
  "PARTITION",
  "LIMIT",
  "OFFSET",
  "FETCH",
  "WINDOW",
  "QUALIFY",
  "INNER",
  "OUTER",
  "FULL",
  "CROSS",
  "NATURAL",
  "TABLE",
  "CASE",
  "CAST"
]);
var NILADIC = /* @__PURE__ */ new Set([
  "CURRENT_DATE",
  "CURRENT_TIME",
  "CURRENT_TIMESTAMP",
  "LOCALTIME",
  "LOCALTIMESTAMP",
  "CURRENT_USER",
  "SESSION_USER",
  "SYSTEM_USER",
  "USER",
  "CURRENT_ROLE",
  "CURRENT_PATH",
  "CURRENT_CATALOG",
  "CURRENT_SCHEMA",
  "CURRENT_DEFAULT_TRANSFORM_GROUP",
  "TRUE",
  "FALSE",
  "NULL",
  "UNKNOWN"
]);
var TIME_UNITS = /* @__PURE__ */ new Set([
  "YEAR",
  "YEARS",
  "QUARTER",
  "QUARTERS",
  "MONTH",
  "MONTHS",
  "WEEK",
  "WEEKS",
  "DAY",
  "DAYS",
  "HOUR",
  "HOURS",
  "MINUTE",
  "MINUTES",
  "SECOND",
  "SECONDS",
  "MILLISECOND",
  "MILLISECONDS",
  "MICROSECOND",
  "MICROSECONDS",
  "NANOSECOND",
  "NANOSECONDS",
  "DOW",
  "DOY",
  "ISODOW",
  "ISOYEAR",
  "EPOCH",
  "DECADE",
  "CENTURY",
  "MILLENNIUM",
  "SQL_TSI_YEAR",
  "SQL_TSI_QUARTER",
  "SQL_TSI_MONTH",
  "SQL_TSI_WEEK",
  "SQL_TSI_DAY",
  "SQL_TSI_HOUR",
  "SQL_TSI_MINUTE",
  "SQL_TSI_SECOND",
  "SQL_TSI_MICROSECOND",
  "FRAC_SECOND"
]);
// src/sql/ddl-table.ts
var WHERE = "CREATE TABLE";
var elementEnd = (function elementEnd(c, from, angles = false) {
  let depth = 0;
  for (let j = from; j < c.end; j++) {
    const t = c.toks[j];
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[" || angles && t.value === "<") depth++;
    else if (t.value === "]" || angles && t.value === ">" && depth > 0) depth--;
    else if (t.value === ")") {
      if (depth === 0) return j;
      depth--;
    } else if (t.value === "," && depth === 0) return j;
  }
  return c.end;
});
var primaryKey = (function primaryKey(c, table, marks, name2, column) {
  const at = c.toks[c.i - 2];
  const from = column === void 0 ? c.i : c.i - 3;
  const columns = column === void 0 ? parseNameList(c, WHERE) : [column];
  marks.key = [from, c.i];
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
  table.primaryKey = name2 === void 0 ? { columns, enforced } : { columns, enforced, name: name2 };
});
var unique = (function unique(c) {
  c.fail(
    CODES.unexpectedToken,
    "Flink does not support UNIQUE constraints",
    "Remove the UNIQUE constraint, or declare the key as PRIMARY KEY (...) NOT ENFORCED: Flink rejects UNIQUE when it runs the statement."
  );
  return void 0;
});
var constraintName = (function constraintName(c) {
  if (!c.eatWord("CONSTRAINT")) return void 0;
  const n = c.peek();
  if (!isName(n)) {
    c.unexpected(WHERE, "the constraint name after CONSTRAINT");
    return false;
  }
  c.i++;
  return nameOf(c.ctx.text, n);
});
var element = (function element(c, table, scanner, marks, where = WHERE) {
  const startTok = c.peek();
  if (!startTok) return;
  if (c.eatWord("WATERMARK")) {
    if (table.watermark) {
      c.fail(
        CODES.unexpectedToken,
        "A table can have only one WATERMARK",
        "Keep one WATERMARK FOR ... AS ... clause: Flink takes a single rowtime attribute per table.",
        startTok
      );
      return;
    }
    if (!c.eatWord("FOR")) return c.unexpected(where, "FOR after WATERMARK (WATERMARK FOR col AS expr)");
    marks.rowtime = c.peek();
    const col2 = c.qualifiedName();
    if (!col2) return c.unexpected(where, "the rowtime column after WATERMARK FOR");
    if (!c.eatWord("AS")) return c.unexpected(where, "AS and the watermark expression");
    const end = elementEnd(c, c.i);
    if (end === c.i) return c.unexpected(where, "the watermark expression");
    marks.reads.push(...scanner.checkedExpression(c.i, end, "the watermark expression"));
    table.watermark = { column: col2.parts.join("."), expr: c.textOf(c.i, end) };
    c.i = end;
    return;
  }
  const constraint = constraintName(c);
  if (constraint === false) return;
  if (c.eatWord("PRIMARY", "KEY")) {
    primaryKey(c, table, marks, constraint);
    return;
  }
  if (c.atWord("UNIQUE")) return unique(c);
  if (constraint !== void 0) return c.unexpected(where, "PRIMARY KEY after CONSTRAINT name");
  if (!isName(startTok)) return c.unexpected(where, "a column name, WATERMARK or PRIMARY KEY");
  if (startTok.kind === "word" && reservedIn(startTok.value, c.ctx.flinkVersion ?? LATEST_FLINK_VERSION)) {
    const raw = c.ctx.text.slice(startTok.start, startTok.end);
    c.fail(
      CODES.unexpectedToken,
      `\`${raw}\` is a reserved word in Flink SQL and cannot name a column unquoted`,
      `Quote it with backticks: \`${raw}\`.`,
      startTok
    );
    return;
  }
  const name2 = nameOf(c.ctx.text, startTok);
  c.i++;
  const col = { kind: "physical", name: name2, start: startTok.start, end: startTok.end };
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
    if (end === c.i) return c.unexpected(where, "the computed column expression after AS");
    marks.reads.push(...scanner.checkedExpression(c.i, end, "the computed column"));
    col.expr = c.textOf(c.i, end);
    c.i = end + (col.comment !== void 0 ? 2 : 0);
  } else {
    const typeStart = c.i;
    const type = parseDataType(c, where);
    if (type === void 0) {
      c.i = Math.max(c.i, elementEnd(c, typeStart, true));
      return;
    }
    col.type = type;
    col.nullable = true;
    if (c.eatWord("NOT", "NULL")) col.nullable = false;
    else c.eatWord("NULL");
    if (c.eatWord("METADATA")) {
      col.kind = "metadata";
      if (c.eatWord("FROM")) {
        const k = c.string(where, "the metadata key in quotes (METADATA FROM 'key')");
        if (k === void 0) return;
        col.metadataKey = k;
      }
      if (c.eatWord("VIRTUAL")) col.virtual = true;
    } else if (c.atWord("PRIMARY", "KEY") || c.atWord("CONSTRAINT")) {
      const cname = constraintName(c);
      if (cname === false) return;
      if (c.atWord("UNIQUE")) return unique(c);
      if (!c.eatWord("PRIMARY", "KEY")) return c.unexpected(where, "PRIMARY KEY");
      primaryKey(c, table, marks, cname, name2);
    } else if (c.atWord("UNIQUE")) return unique(c);
    if (c.eatWord("COMMENT")) {
      const s = c.string(where, "the column comment in quotes");
      if (s === void 0) return;
      col.comment = s;
    }
  }
  col.end = c.toks[c.i - 1].end;
  table.columns.push(col);
});
var alterTableColumn = (function alterTableColumn(c, scanner, where) {
  if (c.peek(1)?.kind === "word" && c.peek(1).value === "AS") return;
  const table = {
    name: { parts: [], name: "", start: 0, end: 0 },
    temporary: false,
    ifNotExists: false,
    columns: [],
    partitionedBy: [],
    options: {}
  };
  const before = c.diags.length;
  const failed = () => c.diags.slice(before).some((d) => d.severity === "error");
  element(c, table, scanner, { reads: [] }, where);
  if (failed()) return;
  if (c.eatWord("AFTER")) {
    if (!c.qualifiedName()) c.unexpected(where, "the column name after AFTER");
  } else c.eatWord("FIRST");
  if (!c.done() && !c.atOp(";") && !failed())
    c.unexpected(where, "FIRST, AFTER col or the end of the statement");
});
var parseTableBody = (function parseTableBody(c, table, scanner, extraClause) {
  if (c.eatWord("IF", "NOT", "EXISTS")) table.ifNotExists = true;
  const name2 = c.qualifiedName();
  if (!name2) {
    c.unexpected(WHERE, "the table name");
    return -1;
  }
  table.name = name2;
  const marks = { reads: [] };
  const listStart = c.i;
  if (c.atOp("(")) {
    c.i++;
    if (c.atOp(")"))
      c.unexpected(
        WHERE,
        "a column (name type): Flink takes no empty column list, so list the columns or drop the `()`"
      );
    while (!c.done() && !c.atOp(")")) {
      const before = c.i;
      const diagsBefore = c.diags.length;
      element(c, table, scanner, marks);
      if (c.diags.length > diagsBefore) c.i = elementEnd(c, Math.max(c.i, before + 1));
      if (c.eatOp(",")) {
        if (c.atOp(")")) c.unexpected(WHERE, "another column after `,`");
        continue;
      }
      if (!c.atOp(")")) {
        if (c.diags.length === diagsBefore)
          c.unexpected(WHERE, "`,` before the next column or `)` closing the list");
        c.i = elementEnd(c, c.i, true);
        if (!c.eatOp(",")) break;
      }
    }
    if (!c.eatOp(")")) c.unexpected(WHERE, "`)` closing the column list");
  }
  const listEnd = c.i;
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
  if (!table.like && !table.asQuery && c.diags.length === 0)
    checkColumns(c, table, marks, listStart, listEnd);
  return q;
});
var checkColumns = (function checkColumns(c, table, marks, listStart, listEnd) {
  const byName = /* @__PURE__ */ new Map();
  for (const col of table.columns) {
    if (byName.has(col.name)) {
      c.fail(
        "FO252",
        `Column \`${col.name}\` is declared twice`,
        "Flink rejects a table with two columns of one name: rename or remove one.",
        c.toks.find((t) => t.start === col.start)
      );
      return;
    }
    byName.set(col.name, col);
  }
  const names = table.columns.map((col) => col.name);
  const unknown = (what, name2, at) => {
    const hint = didYouMean(name2, names);
    c.fail(
      "FO251",
      `${what} names \`${name2}\`, which is not a column of the table`,
      (hint ? `Did you mean \`${hint}\`? ` : "") + `Columns of this table: ${names.join(", ")}.`,
      at
    );
  };
  const nameToken = (name2, from, to) => c.toks.slice(from, to).find((t) => isName(t) && nameOf(c.ctx.text, t) === name2);
  const w2 = table.watermark;
  if (w2) {
    const col = byName.get(w2.column);
    if (!col) return unknown("WATERMARK FOR", w2.column, marks.rowtime);
    const problem = col.type === void 0 ? void 0 : rowtimeTypeProblem(col.type);
    if (problem) {
      c.fail(
        "FO267",
        `The rowtime column \`${w2.column}\` is ${problem}`,
        `${ROWTIME_TYPES}, e.g. \`ts AS TO_TIMESTAMP_LTZ(epoch_ms, 3)\`.`,
        marks.rowtime
      );
      return;
    }
  }
  const seen2 = /* @__PURE__ */ new Set();
  for (const name2 of table.primaryKey?.columns ?? []) {
    const at = () => marks.key ? nameToken(name2, ...marks.key) : void 0;
    const col = byName.get(name2);
    if (!col) return unknown("PRIMARY KEY", name2, at());
    if (col.kind !== "physical") {
      c.fail(
        "FO251",
        `PRIMARY KEY names \`${name2}\`, a ${col.kind} column`,
        "Flink builds a primary key only from physical columns: use a column declared with a type alone.",
        at()
      );
      return;
    }
    if (seen2.has(name2)) {
      c.fail("FO252", `PRIMARY KEY names \`${name2}\` twice`, "Name each key column once.", at());
      return;
    }
    seen2.add(name2);
  }
  for (const ref of marks.reads) {
    if (ref.parts.length === 1 && TIME_UNITS.has(ref.name.toUpperCase())) continue;
    const name2 = ref.parts[0];
    if (!byName.has(name2)) {
      const at = c.toks.find((t) => t.start === ref.start);
      return unknown("An expression", name2, at);
    }
  }
  for (const name2 of table.partitionedBy) {
    if (byName.has(name2)) continue;
    let from = listStart;
    for (let i = listEnd; i < c.end; i++) {
      const t = c.toks[i];
      if (t.kind === "word" && t.value === "PARTITIONED") {
        from = i;
        break;
      }
    }
    return unknown("PARTITIONED BY", name2, nameToken(name2, from, c.end));
  }
});
var LIKE_OPTIONS = /* @__PURE__ */ new Set([
  "ALL",
  "CONSTRAINTS",
  "DISTRIBUTION",
  "GENERATED",
  "METADATA",
  "OPTIONS",
  "PARTITIONS",
  "WATERMARKS"
]);
var likeOptions = (function likeOptions(c) {
  const options = [];
  if (!c.eatOp("(")) return options;
  do {
    if (!c.atWord("INCLUDING") && !c.atWord("EXCLUDING") && !c.atWord("OVERWRITING"))
      return c.unexpected(
        WHERE,
        "a LIKE option such as INCLUDING ALL or EXCLUDING OPTIONS (separated by spaces)"
      );
    const how = c.next().value;
    const what = c.peek();
    if (what?.kind !== "word" || !LIKE_OPTIONS.has(what.value))
      return c.unexpected(
        WHERE,
        `what ${how} applies to: ALL, CONSTRAINTS, DISTRIBUTION, GENERATED, METADATA, OPTIONS, PARTITIONS or WATERMARKS`
      );
    c.i++;
    options.push(`${how} ${what.value}`);
  } while (!c.atOp(")") && !c.done());
  if (!c.eatOp(")")) return c.unexpected(WHERE, "`)` closing the LIKE options");
  return options;
});
var CLAUSE_ORDER = {
  COMMENT: 0,
  DISTRIBUTED: 1,
  PARTITIONED: 2,
  WITH: 3,
  LIKE: 4,
  FRESHNESS: 4,
  REFRESH_MODE: 5,
  AS: 6
};
var CLAUSE_NAMES = { DISTRIBUTED: "DISTRIBUTED BY", PARTITIONED: "PARTITIONED BY" };
var inOrder = (function inOrder(c, t, clause, last, materialized) {
  const rank = CLAUSE_ORDER[clause];
  if (rank === void 0 || last === void 0) return true;
  const after2 = last === "LIKE" && clause === "AS";
  if (!after2 && rank > CLAUSE_ORDER[last]) return true;
  const order = materialized ? "COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH, FRESHNESS, REFRESH_MODE, AS" : "COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH, then LIKE or AS";
  const name2 = (w2) => CLAUSE_NAMES[w2] ?? w2;
  c.fail(
    CODES.unexpectedToken,
    after2 ? "CREATE TABLE cannot have both LIKE and AS" : `${name2(clause)} after ${name2(last)}`,
    after2 ? "Use LIKE to copy another table's definition, or AS to create the table from a query, not both." : `Flink's parser takes these clauses in this order: ${order}. Move ${name2(clause)} before ${name2(last)}.`,
    t
  );
  return false;
});
var clauses = (function clauses(c, table, extraClause) {
  const seen2 = /* @__PURE__ */ new Set();
  let last;
  const errors = c.diags.length;
  while (!c.done() && c.diags.length === errors) {
    const t = c.peek();
    const clause = t.kind === "word" ? t.value : "";
    if (clause && seen2.has(clause)) {
      c.fail(CODES.unexpectedToken, `${clause} is given twice`, `Write the ${clause} clause once.`, t);
      return -1;
    }
    if (!inOrder(c, t, clause, last, extraClause !== void 0)) return -1;
    seen2.add(clause);
    if (CLAUSE_ORDER[clause] !== void 0) last = clause;
    if (c.eatWord("COMMENT")) {
      const s = c.string(WHERE, "the table comment in quotes");
      if (s === void 0) return -1;
      table.comment = s;
    } else if (c.eatWord("PARTITIONED", "BY")) {
      table.partitionedBy = parseNameList(c, WHERE);
    } else if (c.atWord("DISTRIBUTED") && extraClause && !atLeast(c.ctx.flinkVersion ?? LATEST_FLINK_VERSION, "2.2")) {
      c.fail(
        CODES.unexpectedToken,
        "DISTRIBUTED BY in a materialized table needs Flink 2.2 or later",
        `The project targets Flink ${c.ctx.flinkVersion}, whose SQL parser rejects DISTRIBUTED here. Remove it, or raise flinkVersion in flinkops.yaml if the cluster runs Flink 2.2 or later.`,
        t
      );
      return -1;
    } else if (c.atWord("DISTRIBUTED")) {
      const word4 = c.next();
      const dist = { columns: [], start: word4.start, end: word4.end };
      if (!c.atWord("BY") && !c.atWord("INTO")) {
        c.unexpected(WHERE, "BY (columns) or INTO n BUCKETS after DISTRIBUTED");
        return -1;
      }
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
      const options = likeOptions(c);
      if (options === void 0) return -1;
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
});
var refuseEnforcedKey = (function refuseEnforcedKey(c, at, columns = "...") {
  c.fail(
    CODES.refusedByFlink,
    "Flink supports only PRIMARY KEY ... NOT ENFORCED",
    `Flink refuses a primary key it would have to enforce ("Flink doesn't support ENFORCED mode for PRIMARY KEY constraint"): it does not own the data. Write PRIMARY KEY (${columns}) NOT ENFORCED.`,
    at
  );
});
// src/sql/ddl-other.ts
var parseViewBody = (function parseViewBody(c, view) {
  const where = "CREATE VIEW";
  if (c.eatWord("IF", "NOT", "EXISTS")) view.ifNotExists = true;
  const name2 = c.qualifiedName();
  if (!name2) {
    c.unexpected(where, "the view name");
    return -1;
  }
  view.name = name2;
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
});
var LANGUAGES = /* @__PURE__ */ new Set(["JAVA", "SCALA", "PYTHON", "SQL"]);
var parseFunctionBody = (function parseFunctionBody(c, fn) {
  const where = "CREATE FUNCTION";
  if (c.eatWord("IF", "NOT", "EXISTS")) fn.ifNotExists = true;
  const name2 = c.qualifiedName();
  if (!name2) return c.unexpected(where, "the function name");
  fn.name = name2;
  if (fn.system && name2.parts.length > 1) {
    c.fail(
      CODES.qualifiedName,
      "A TEMPORARY SYSTEM function name cannot be qualified",
      "System functions live outside catalogs: use a simple name, or drop SYSTEM to create a catalog function.",
      name2
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
  const errors = c.diags.length;
  if (c.eatWord("WITH")) parseOptions(c, where);
  if (!c.done() && c.diags.length === errors)
    c.unexpected(where, "LANGUAGE, USING JAR 'uri', WITH (...), or the end of the statement");
});
var simpleName = (function simpleName(c, where, what) {
  const name2 = c.qualifiedName();
  if (!name2) {
    c.unexpected(where, what);
    return void 0;
  }
  if (name2.parts.length > 1) {
    c.fail(
      CODES.qualifiedName,
      `${what[0].toUpperCase()}${what.slice(1)} must be a simple name, not \`${name2.parts.join(".")}\``,
      "Catalog names have a single part; quote a name that contains a dot with backticks (`my.catalog`).",
      name2
    );
  }
  return name2;
});
var parseNamespaceBody = (function parseNamespaceBody(c, def, kind) {
  const where = kind === "catalog" ? "CREATE CATALOG" : "CREATE DATABASE";
  if (c.eatWord("IF", "NOT", "EXISTS")) def.ifNotExists = true;
  const name2 = kind === "catalog" ? simpleName(c, where, "the catalog name") : c.qualifiedName();
  if (!name2) {
    if (kind === "database") c.unexpected(where, "the database name");
    return;
  }
  def.name = name2;
  if (kind === "database" && name2.parts.length > 2) {
    c.fail(
      CODES.qualifiedName,
      `Database name \`${name2.parts.join(".")}\` has too many parts`,
      "Write `database` or `catalog`.`database`.",
      name2
    );
  }
  if (c.eatWord("COMMENT")) {
    const s = c.string(where, "the comment in quotes");
    if (s === void 0) return;
    def.comment = s;
  }
  const errors = c.diags.length;
  if (c.eatWord("WITH")) def.options = parseOptions(c, where);
  if (!c.done() && c.diags.length === errors)
    c.unexpected(where, "COMMENT, WITH (...) or the end of the statement");
});
var parseAnalyze = (function parseAnalyze(c) {
  const where = "ANALYZE TABLE";
  if (!c.eatWord("TABLE")) return c.unexpected(where, "TABLE");
  if (!c.qualifiedName()) return c.unexpected(where, "the table name");
  if (c.eatWord("PARTITION")) {
    if (!c.atOp("(")) return c.unexpected(where, "the partition spec in parentheses (PARTITION (p = 'v'))");
    c.skipParens();
  }
  if (!c.eatWord("COMPUTE")) return c.unexpected(where, "COMPUTE STATISTICS");
  if (!c.eatWord("STATISTICS")) return c.unexpected(where, "STATISTICS after COMPUTE");
  if (c.eatWord("FOR") && !c.eatWord("ALL", "COLUMNS")) {
    if (!c.eatWord("COLUMNS")) return c.unexpected(where, "COLUMNS a, b or ALL COLUMNS after FOR");
    do {
      if (!isName(c.peek()))
        return c.unexpected(
          where,
          "the column names after FOR COLUMNS (FOR COLUMNS a, b), or FOR ALL COLUMNS"
        );
      c.i++;
    } while (c.eatOp(","));
  }
  if (!c.done()) return c.unexpected(where, "the end of the statement (a `;` before the next statement)");
  return void 0;
});
var SHOW_CREATE = /* @__PURE__ */ new Set(["TABLE", "VIEW", "MODEL", "CATALOG", "CONNECTION"]);
var parseShowCreate = (function parseShowCreate(c) {
  if (!c.eatWord("CREATE")) return void 0;
  const materialized = c.eatWord("MATERIALIZED");
  if (materialized && !atLeast(c.ctx.flinkVersion ?? LATEST_FLINK_VERSION, "2.2")) return void 0;
  const kind = c.peek();
  if (kind?.kind !== "word" || !SHOW_CREATE.has(kind.value)) return void 0;
  c.i++;
  const where = `SHOW CREATE ${materialized ? "MATERIALIZED " : ""}${kind.value}`;
  if (!c.qualifiedName()) return c.unexpected(where, `the ${kind.value.toLowerCase()} name`);
  if (!c.done()) return c.unexpected(where, "the end of the statement (a `;` before the next statement)");
  return void 0;
});
// src/sql/object-statement.ts
var OBJECTS = /* @__PURE__ */ new Set(["TABLE", "VIEW", "FUNCTION", "CATALOG", "DATABASE", "MATERIALIZED", "MODEL"]);
var endsAfterName = (function endsAfterName(c, allowed, summary, detail) {
  const extra = c.peek();
  if (!extra || extra.kind === "op" && extra.value === ";") return;
  if (extra.kind === "word" && allowed.includes(extra.value)) return;
  c.fail(CODES.unexpectedToken, summary(extra), detail(extra), extra);
});
var objectStatement = (function objectStatement(ctx, tokens, i0, stmt) {
  const c = new Cursor(ctx, tokens, i0 + 1);
  const lead = tokens[i0].value;
  if (stmt.kind === "use") {
    if (c.atWord("MODULES")) return;
    const catalog = c.eatWord("CATALOG");
    const name2 = catalog ? simpleName(c, "USE CATALOG", "the catalog name") : c.qualifiedName();
    if (name2) stmt.use = { catalog, parts: name2.parts };
    if (!catalog && !name2) c.unexpected("USE", "a database name (db or cat.db)");
    else if (!catalog && name2 && name2.parts.length > 2)
      c.fail(
        CODES.refusedByFlink,
        "USE takes a database, or a catalog and a database: not three names",
        'Flink refuses it ("use database identifier format error"): write USE cat.db, or USE CATALOG cat then USE db.',
        name2
      );
    if (name2)
      endsAfterName(
        c,
        [],
        (t) => `Unexpected ${tokenText(ctx, t)} after the name in USE`,
        () => "USE takes one name: USE db, USE cat.db or USE CATALOG cat."
      );
    stmt.diags.push(...c.diags);
    return;
  }
  if (lead === "CREATE" && c.atWord("OR")) c.i += 2;
  c.eatWord("TEMPORARY");
  c.eatWord("SYSTEM");
  const object = c.next();
  if (object?.kind !== "word") return;
  if (!OBJECTS.has(object.value)) {
    c.fail(
      CODES.unexpectedToken,
      `Flink SQL has no ${lead} ${tokenText(ctx, object).slice(1, -1).toUpperCase()}`,
      `Flink's ${lead} takes TABLE, VIEW, FUNCTION, CATALOG, DATABASE, MATERIALIZED TABLE or MODEL. A statement for another database (an index, a schema, a user) has no place in a Flink script: run it there.`,
      object
    );
  } else if (lead === "DROP") {
    if (object.value === "MATERIALIZED") c.i++;
    c.eatWord("IF", "EXISTS");
    const o = object.value;
    if (!c.qualifiedName()) c.unexpected(`DROP ${o === "MATERIALIZED" ? "MATERIALIZED TABLE" : o}`, "a name");
    else
      endsAfterName(
        c,
        o === "DATABASE" ? ["CASCADE", "RESTRICT"] : [],
        (t) => `Unexpected ${tokenText(ctx, t)} after the name in DROP ${o}`,
        (t) => t.kind === "op" && t.value === "," ? `Flink drops one ${o.toLowerCase()} a statement: write DROP ${o} a; DROP ${o} b;` : `DROP ${o} takes one name${o === "DATABASE" ? ", then CASCADE or RESTRICT" : ""}.`
      );
  }
  stmt.diags.push(...c.diags);
});
var tokenText = (function tokenText(ctx, t) {
  return `\`${ctx.text.slice(t.start, t.end)}\``;
});
// src/sql/insert-target.ts
var checkTargetList = (function checkTargetList(ctx, toks, from, to, where, pairs) {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  const bad2 = (k2, expected) => {
    const t = toks[k2];
    const raw = ctx.text.slice(t.start, t.end);
    const reserved = t.kind === "word" && reservedIn(t.value, version);
    return error2(
      CODES.unexpectedToken,
      `Unexpected ${describe(ctx.text, t)} in ${where}`,
      `Expected ${expected}.${reserved ? ` \`${raw}\` is a reserved word in Flink SQL: quote it with backticks.` : ""}`,
      ctx.lines.range(ctx.file, t.start, t.end)
    );
  };
  if (from >= to) return bad2(to, "a column name: the list is empty");
  let k = from;
  while (k < to) {
    const t = toks[k];
    if (!(t.kind === "quoted" || t.kind === "word" && !reservedIn(t.value, version)))
      return bad2(k, "a column name");
    k++;
    if (pairs) {
      if (k >= to || !isOp(toks[k], "="))
        return bad2(k, "`=` and the partition value (PARTITION (p = 'value'))");
      k++;
      if (k >= to) return bad2(k, "the partition value");
      const v = toks[k];
      if (v.kind !== "string" && v.kind !== "number" && v.kind !== "word")
        return bad2(k, "the partition value");
      k++;
    }
    if (k >= to) return void 0;
    if (!isOp(toks[k], ",")) return bad2(k, "`,` before the next column");
    k++;
    if (k >= to) return bad2(k - 1, "a column name after `,`");
  }
  return void 0;
});
var misplacedHint = (function misplacedHint(ctx, hint, after2) {
  return error2(
    CODES.unexpectedToken,
    `Table hint after ${after2} of INSERT`,
    "Flink's parser takes a table hint only right after the table's name: write INSERT INTO t /*+ OPTIONS(...) */ PARTITION (...) (a, b) SELECT ...",
    ctx.lines.range(ctx.file, hint.start, hint.end)
  );
});
// src/sql/query-message.ts
var CLAUSES = /* @__PURE__ */ new Set([
  "SELECT",
  "FROM",
  "WHERE",
  "GROUP",
  "BY",
  "HAVING",
  "WINDOW",
  "QUALIFY",
  "ORDER",
  "LIMIT",
  "OFFSET",
  "FETCH",
  "JOIN",
  "ON",
  "USING",
  "INTO",
  "OVERWRITE",
  "AS",
  "OF",
  "THEN",
  "WHEN",
  "ELSE",
  "END",
  "UNION",
  "INTERSECT",
  "EXCEPT",
  "MINUS",
  "VALUES",
  "TABLE",
  "DEFINE",
  "PATTERN",
  "MEASURES"
]);
var OPERATORS = /* @__PURE__ */ new Set([
  "IS",
  "NOT",
  "BETWEEN",
  "LIKE",
  "ILIKE",
  "RLIKE",
  "SIMILAR",
  "IN",
  "MEMBER",
  "SUBMULTISET",
  "AND",
  "OR",
  "`=`",
  "`.`",
  "`[`"
]);
var CLAUSE_AFTER_LIST = /* @__PURE__ */ new Set([
  "FROM",
  "WHERE",
  "GROUP",
  "HAVING",
  "ORDER",
  "LIMIT",
  "WINDOW",
  "ON",
  "UNION"
]);
var EXPRESSION_STARTS = /* @__PURE__ */ new Set(["a name", "NOT", "`(`", "`-`", "`+`"]);
var readable = (function readable(expected) {
  const clauses2 = [];
  const rest = [];
  let operator = false;
  const expression = expected.has("an expression");
  for (const e of expected) {
    if (expression && EXPRESSION_STARTS.has(e)) continue;
    if (OPERATORS.has(e)) operator = true;
    else if (CLAUSES.has(e)) clauses2.push(e);
    else rest.push(e);
  }
  return [...clauses2, ...rest, ...operator ? ["an operator"] : []];
});
var KEYWORD_GUESSES = [
  "FROM",
  "WHERE",
  "GROUP",
  "HAVING",
  "ORDER",
  "JOIN",
  "ON",
  "SELECT",
  "INTO",
  "UNION",
  "LIMIT",
  "WINDOW",
  "AS",
  "AND",
  "OR",
  "INNER",
  "LEFT",
  "RIGHT",
  "FULL",
  "CROSS",
  "LATERAL",
  "TABLE",
  "VALUES",
  "BY"
];
var misspelling = (function misspelling(t, candidates) {
  if (t.kind !== "word" || t.value.length < 2) return void 0;
  for (const c of candidates) {
    const k = c.replace(/^`|`$/g, "");
    if (/^[A-Z_]+$/.test(k) && k !== t.value && oneEdit(t.value, k)) return k;
  }
  return void 0;
});
// src/sql/references.ts
var emptyReferences = (function emptyReferences() {
  return { reads: [], writes: [], functions: [], ctes: /* @__PURE__ */ new Set() };
});
var hinted = (function hinted(ref) {
  return ref.options ? JSON.stringify(ref.options) : "";
});
var key = (function key(ref) {
  return ref.parts.join("\0") + (ref.temporal ? "" : "") + hinted(ref);
});
var seen = /* @__PURE__ */ new WeakMap();
var SCANNED = 16;
var sameRef = (function sameRef(a, b) {
  if (a.parts.length !== b.parts.length || !a.temporal !== !b.temporal) return false;
  for (let i = 0; i < a.parts.length; i++) if (a.parts[i] !== b.parts[i]) return false;
  if (a.options === void 0 || b.options === void 0) return a.options === b.options;
  return hinted(a) === hinted(b);
});
var pushUnique = (function pushUnique(list, ref) {
  if (list.length < SCANNED) {
    for (let i = 0; i < list.length; i++) if (sameRef(list[i], ref)) return;
    list.push(ref);
    return;
  }
  const k = key(ref);
  let s = seen.get(list);
  if (!s || s.length !== list.length) {
    s = { keys: new Set(list.map(key)), length: list.length };
    seen.set(list, s);
  }
  if (s.keys.has(k)) return;
  list.push(ref);
  s.keys.add(k);
  s.length = list.length;
});
var withoutCtes = (function withoutCtes(reads, ctes) {
  if (ctes.size === 0) return reads;
  return reads.filter((r) => r.parts.length > 1 || !ctes.has(r.name));
});
var withoutRunaways = (function withoutRunaways(refs, tokens) {
  const t = tokens[tokens.length - 1];
  if (!t?.unterminated) return refs;
  return refs.filter((r) => !(r.start <= t.start && t.end <= r.end));
});
// src/sql/query-parser.ts
var since3 = (function since3(word4) {
  const v = reservedSince(word4);
  return v === void 0 ? "" : ` since Flink ${v}`;
});
var SyntaxStop = class {
  constructor(at) {
    this.at = at;
  }
  at;
};
var QueryParser = class {
  constructor(ctx, toks, start, end, refs, flinkVersion) {
    this.ctx = ctx;
    this.toks = toks;
    this.end = end;
    this.refs = refs;
    this.flinkVersion = flinkVersion;
    this.i = start;
    this.reservedWords = reservedWords(flinkVersion);
  }
  ctx;
  toks;
  end;
  refs;
  flinkVersion;
  i;
  /** Position whose expected tokens are being collected (second pass after an error), or -1. */
  collectAt = -1;
  expected = /* @__PURE__ */ new Set();
  /** Names bound by WITH in the query (a read of one is not a table read). */
  ctes = /* @__PURE__ */ new Set();
  /** How deep in nested queries the parse is: 1 in the top-level query (its set operations' terms too). */
  level = 0;
  /** The top-level SELECT being parsed, while its FROM is (refs.shape asked for): its FROM items go on it. */
  fromOf;
  /** The table the last plain FROM item read (while fromOf is filled). */
  lastTable;
  /** The top-level query's output is not named by select lists (TABLE t, a parenthesised query). */
  shapeLost = false;
  /** The SELECT whose scope names read now go to (refs.scopes asked for). */
  scope;
  /** The clause of `scope` being parsed. */
  clause = "other";
  /** The query being parsed (refs.scopes asked for), and the last one parsed. */
  curQuery;
  lastQuery;
  /** WITH queries by name, as far as parsed. */
  withQueries = /* @__PURE__ */ new Map();
  /** Set by an explicit failure: what to say instead of the collected expectations. */
  message;
  reservedWords;
  sinceCache = /* @__PURE__ */ new Map();
  /** Flink's grammar at the project's version has this feature (added in `version`). */
  since(version) {
    let v = this.sinceCache.get(version);
    if (v === void 0) {
      v = atLeast(this.flinkVersion, version);
      this.sinceCache.set(version, v);
    }
    return v;
  }
  /** Stops at the current token when the project's Flink is older than `version`, which added `what`. */
  needs(version, what) {
    if (this.since(version)) return;
    this.fail(
      `${what} needs Flink ${version} or later`,
      `The project targets Flink ${this.flinkVersion} (flinkVersion in flinkops.yaml), whose SQL parser rejects it. Rewrite it for Flink ${this.flinkVersion}, or raise flinkVersion if the cluster runs Flink ${version} or later.`
    );
  }
  peek(k = 0) {
    const j = this.i + k;
    return j < this.end ? this.toks[j] : void 0;
  }
  done() {
    return this.i >= this.end;
  }
  /** The current token is the keyword `w` (records it as expected when collecting). */
  at(w2) {
    const t = this.i < this.end ? this.toks[this.i] : void 0;
    if (t !== void 0 && t.kind === "word" && t.value === w2) return true;
    if (this.collectAt === this.i) this.expected.add(w2);
    return false;
  }
  /** The token `k` ahead is the keyword `w` (a lookahead: never recorded as expected). */
  atAhead(k, w2) {
    const t = this.peek(k);
    return t !== void 0 && t.kind === "word" && t.value === w2;
  }
  eat(w2) {
    if (!this.at(w2)) return false;
    this.i++;
    return true;
  }
  atOp(op) {
    const t = this.i < this.end ? this.toks[this.i] : void 0;
    if (t !== void 0 && t.kind === "op" && t.value === op) return true;
    if (this.collectAt === this.i) this.expected.add(`\`${op}\``);
    return false;
  }
  eatOp(op) {
    if (!this.atOp(op)) return false;
    this.i++;
    return true;
  }
  expect(w2) {
    if (!this.eat(w2)) this.stop();
  }
  expectOp(op) {
    if (!this.eatOp(op)) this.stop();
  }
  /** Records `what` as expected here (for tokens no helper checks by value: names, literals). */
  want(what) {
    if (this.collectAt === this.i) this.expected.add(what);
  }
  /** Stops the parse at the current token. */
  stop() {
    throw new SyntaxStop(this.i);
  }
  /** Stops with an explicit message (a construct Flink does not have, rather than a token out of place). */
  fail(summary, detail, at = this.i, range, code = CODES.unexpectedToken) {
    this.message ??= { summary, detail, at, range, code };
    throw new SyntaxStop(at);
  }
  /** An unquoted name that is not a reserved word, or a backtick-quoted name. */
  atIdent() {
    if (this.isIdentAt(0)) return true;
    this.want("a name");
    return false;
  }
  ident() {
    if (!this.atIdent()) this.stop();
    return this.toks[this.i++];
  }
  /** `a`, `a.b.c` (parts may be quoted). */
  compoundName() {
    const first = this.ident();
    const parts = [nameOf(this.ctx.text, first)];
    let last = first;
    while (this.atOp(".") && this.isIdentAt(1)) {
      last = this.toks[this.i + 1];
      parts.push(nameOf(this.ctx.text, last));
      this.i += 2;
    }
    return { parts, name: parts[parts.length - 1], start: first.start, end: last.end };
  }
  /** A function name: like compoundName, but its first part may be a reserved word (COUNT, LEFT, ...). */
  compoundNameOrWord() {
    const t = this.peek();
    if (t === void 0 || t.kind !== "word") return this.compoundName();
    this.i++;
    const parts = [nameOf(this.ctx.text, t)];
    let last = t;
    while (this.atOp(".") && this.isIdentAt(1)) {
      last = this.toks[this.i + 1];
      parts.push(nameOf(this.ctx.text, last));
      this.i += 2;
    }
    return { parts, name: parts[parts.length - 1], start: t.start, end: last.end };
  }
  isIdentAt(k) {
    const t = this.peek(k);
    return t !== void 0 && (t.kind === "quoted" || t.kind === "word" && !this.reserved(t.value));
  }
  reserved(word4) {
    return this.reservedWords.has(word4);
  }
  read(ref) {
    pushUnique(this.refs.reads, ref);
  }
  call(ref) {
    pushUnique(this.refs.functions, ref);
  }
  column(ref) {
    this.refs.columns?.push(ref);
    this.scope?.uses.push({ ref, clause: this.clause });
  }
  /** A FROM item of the current SELECT (refs.scopes asked for), else undefined. */
  fromItem() {
    if (!this.scope) return void 0;
    const item = {};
    this.scope.items.push(item);
    return item;
  }
  /** Runs `f` with names read going to a scope nobody judges (table function arguments, MATCH_RECOGNIZE). */
  opaque(f) {
    const outer = this.scope;
    if (outer) this.scope = { parent: outer, items: [], uses: [], select: [], opaque: true };
    try {
      f();
    } finally {
      this.scope = outer;
    }
  }
  /** `( a, b, c )` of simple names: the names. */
  names() {
    const out = [];
    this.expectOp("(");
    do
      out.push(nameOf(this.ctx.text, this.ident()));
    while (this.eatOp(","));
    this.expectOp(")");
    return out;
  }
  /** `( a, b, c )` of simple names. */
  nameList() {
    this.expectOp("(");
    do
      this.ident();
    while (this.eatOp(","));
    this.expectOp(")");
  }
  /** The diagnostic for a stop at token index `at`. */
  diagnostic(where, at) {
    const t = at < this.end ? this.toks[at] : void 0;
    const last = this.toks[this.end - 1];
    const start = t ? t.start : last ? last.end : 0;
    const range = this.ctx.lines.range(this.ctx.file, start, t ? t.end : start);
    if (this.message) {
      const m4 = this.message;
      return error2(m4.code ?? CODES.unexpectedToken, m4.summary, m4.detail, m4.range ?? range);
    }
    const list = readable(this.expected);
    const expected = list.length === 0 ? "a different token" : list.length === 1 ? list[0] : `one of ${list.slice(0, 12).join(", ")}${list.length > 12 ? ", \u2026" : ""}`;
    const near = at > 0 && this.toks[at - 1] ? ` after ${describe(this.ctx.text, this.toks[at - 1])}` : "";
    const prev = at > 0 ? this.toks[at - 1] : void 0;
    const prevExpected = prev && t ? misspelling(prev, list) : void 0;
    const typo = t && !prevExpected ? misspelling(t, list) : void 0;
    const hint = typo ? ` \`${this.ctx.text.slice(t.start, t.end)}\` looks like a misspelling of ${typo}.` : "";
    if (!t) {
      return error2(
        CODES.missingPart,
        `${where[0].toUpperCase()}${where.slice(1)} ends too early`,
        `Expected ${expected}${near} before the end of the statement.`,
        range
      );
    }
    const strayComma = prev?.kind === "op" && prev.value === "," && t.kind === "word" && CLAUSE_AFTER_LIST.has(t.value);
    const word4 = t.kind === "word" ? t : t.kind === "op" && t.value === "." ? this.toks[at + 1] : void 0;
    const reserved = !strayComma && word4?.kind === "word" && this.reserved(word4.value) && (word4 !== t || this.expected.has("a name") || list.length === 0) ? ` \`${this.ctx.text.slice(word4.start, word4.end)}\` is a reserved word in Flink SQL${since3(word4.value)}: to use it as a name, quote it with backticks.` : "";
    const comma = strayComma ? ` Remove the \`,\` before ${t.value}: a list does not end with a comma.` : "";
    const prevTypo = prev && !typo ? prevExpected ?? misspelling(prev, KEYWORD_GUESSES) : void 0;
    const semicolon = t.kind === "word" && STATEMENT_STARTS.has(t.value) && prev !== void 0 && /\n/.test(this.ctx.text.slice(prev.end, t.start)) ? ` Is a \`;\` missing before ${t.value}? End the statement before it with \`;\`.` : "";
    const prevHint = prevTypo ? ` \`${this.ctx.text.slice(prev.start, prev.end)}\` looks like a misspelling of ${prevTypo}: as written it is read as a name.` : "";
    const dquoted = t.kind === "dquoted" ? ` Flink SQL does not quote with double quotes: write a name in backticks (\`${t.value}\`), a string in single quotes ('${t.value}').` : "";
    return error2(
      CODES.unexpectedToken,
      `Unexpected ${describe(this.ctx.text, t)} in ${where}`,
      `Expected ${expected}${near}.${comma}${hint}${prevHint}${reserved}${semicolon}${dquoted}`,
      range
    );
  }
};
var STATEMENT_STARTS = /* @__PURE__ */ new Set([
  "INSERT",
  "CREATE",
  "SET",
  "RESET",
  "EXECUTE",
  "BEGIN",
  "DROP",
  "ALTER",
  "USE"
]);
function cursorAt(p) {
  return new Cursor(p.ctx, p.toks, p.i, p.end);
}
// src/sql/query-hints.ts
function bad(p, hint, toks, k, expected) {
  const t = toks[k];
  const start = t ? t.start : hint.end - 2;
  const range = p.ctx.lines.range(p.ctx.file, start, t ? t.end : start);
  const what = t ? `\`${p.ctx.text.slice(t.start, t.end)}\`` : "the end of the hint";
  return p.fail(
    `Unexpected ${what} in the hint ${p.ctx.text.slice(hint.start, hint.end).replace(/\s+/g, " ")}`,
    `Expected ${expected}. Hints are written /*+ NAME('key'='value'), OTHER(t1) */, separated by commas.`,
    p.toks.indexOf(hint),
    range
  );
}
function isHintName(t) {
  return t !== void 0 && (t.kind === "word" || t.kind === "quoted");
}
var isString = ((t) => t?.kind === "string");
var isEq = ((t) => t?.kind === "op" && t.value === "=");
function hintOptions(p, hint, toks, k) {
  const kv = isEq(toks[k + 1]);
  const names = !kv && isHintName(toks[k]);
  for (; ; ) {
    if (kv) {
      if (!isHintName(toks[k]) && !isString(toks[k]))
        bad(p, hint, toks, k, "an option key (a name or a quoted string)");
      k++;
      if (!isEq(toks[k])) bad(p, hint, toks, k, "`=` and the option's value ('key' = 'value')");
      k++;
      if (!isString(toks[k])) bad(p, hint, toks, k, "the option's value (a quoted string)");
      while (isString(toks[k])) k++;
    } else if (names) {
      if (!isHintName(toks[k]))
        bad(p, hint, toks, k, "a table name or alias (every option of this hint is a name)");
      k++;
    } else {
      if (!isString(toks[k]) && toks[k]?.kind !== "number")
        bad(p, hint, toks, k, "a hint option (a name, or a quoted key)");
      k++;
    }
    if (!(toks[k]?.kind === "op" && toks[k].value === ",")) return k;
    k++;
  }
}
var HINTS_1X = /* @__PURE__ */ new Set(["OPTIONS", "BROADCAST", "SHUFFLE_HASH", "SHUFFLE_MERGE", "NEST_LOOP", "LOOKUP"]);
var LATER_HINTS = /* @__PURE__ */ new Map([["STATE_TTL", "1.19"]]);
function hintName(p, hint, t) {
  const name2 = t.value.toUpperCase();
  const since4 = LATER_HINTS.get(name2);
  if (since4 !== void 0 ? p.since(since4) : HINTS_1X.has(name2) || p.since("2.0")) return;
  const fail = (summary, detail) => p.fail(summary, detail, p.toks.indexOf(hint), p.ctx.lines.range(p.ctx.file, t.start, t.end));
  if (since4 !== void 0)
    fail(
      `The ${name2} hint needs Flink ${since4} or later`,
      `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), which has no ${name2} hint ("Hint: ${name2} should be registered in the HintStrategyTable"). ${name2 === "STATE_TTL" ? "Set 'table.exec.state.ttl' for the whole job instead, " : "Remove it, "}or raise flinkVersion if the cluster runs Flink ${since4} or later.`
    );
  fail(
    `Flink ${p.flinkVersion} has no hint ${t.value}`,
    `Flink refuses a hint it does not know ("Hint: ${name2} should be registered in the HintStrategyTable"). Its hints: ${[...HINTS_1X].join(", ")}${[
      ...LATER_HINTS
    ].filter(([, v]) => p.since(v)).map(([n]) => `, ${n}`).join("")}.`
  );
}
function checkHint(p, hint) {
  const { tokens: toks, diags } = lex(p.ctx.text, p.ctx.file, p.ctx.lines, hint.start + 3, hint.end - 2);
  if (diags.length > 0) bad(p, hint, toks, toks.length, "a closed quote");
  let k = 0;
  const op = (v) => toks[k]?.kind === "op" && toks[k].value === v;
  do {
    if (!isHintName(toks[k])) bad(p, hint, toks, k, "a hint name");
    hintName(p, hint, toks[k]);
    k++;
    if (op("(")) {
      k++;
      if (!op(")")) k = hintOptions(p, hint, toks, k);
      if (!op(")")) bad(p, hint, toks, k, "`,` or `)`");
      k++;
    }
  } while (op(",") && ++k);
  if (k < toks.length) bad(p, hint, toks, k, "`,` between hints, or the end of the hint");
}
function selectHint(p, hint) {
  checkHint(p, hint);
}
function hintTableOptions(ctx, hint) {
  const { tokens: toks, diags } = lex(ctx.text, ctx.file, ctx.lines, hint.start + 3, hint.end - 2);
  if (diags.length > 0) return void 0;
  let out;
  const op = (k, v) => toks[k]?.kind === "op" && toks[k].value === v;
  for (let k = 0; k < toks.length; k++) {
    if (!(toks[k].kind === "word" && toks[k].value === "OPTIONS" && op(k + 1, "("))) continue;
    k += 2;
    while (k < toks.length && !op(k, ")")) {
      const key2 = toks[k];
      if (!(isString(key2) || isHintName(key2)) || !isEq(toks[k + 1]) || !isString(toks[k + 2])) return out;
      let value = "";
      for (k += 2; isString(toks[k]); k++) value += toks[k].value;
      out = { ...out, [key2.value]: value };
      if (op(k, ",")) k++;
    }
  }
  return out;
}
// src/sql/query-order.ts
function orderAndLimit(p) {
  if (p.at("ORDER") && p.atAhead(1, "BY")) {
    p.i += 2;
    orderList(p);
  } else if (p.eat("ORDER")) p.expect("BY");
  if (p.eat("LIMIT")) {
    if (!p.eat("ALL")) count(p);
  }
  if (p.eat("OFFSET")) {
    count(p);
    if (!p.eat("ROWS")) p.eat("ROW");
  }
  if (p.eat("FETCH")) {
    if (!p.eat("FIRST")) p.expect("NEXT");
    if (!p.at("ROW") && !p.at("ROWS")) count(p);
    if (!p.eat("ROWS")) p.expect("ROW");
    p.expect("ONLY");
  }
}
function count(p) {
  const t = p.peek();
  if (t !== void 0 && (t.kind === "number" || t.kind === "op" && t.value === "?")) p.i++;
  else {
    p.want("a number");
    p.stop();
  }
}
function orderList(p) {
  do
    orderItem(p);
  while (p.eatOp(","));
}
function orderItem(p) {
  expr(p);
  if (!p.eat("ASC")) p.eat("DESC");
  if (p.eat("NULLS")) {
    if (!p.eat("FIRST")) p.expect("LAST");
  }
}
// src/sql/query-match-recognize.ts
function matchRecognize(p) {
  p.i++;
  p.expectOp("(");
  if (p.at("PARTITION") && p.atAhead(1, "BY")) {
    p.i += 2;
    exprList(p);
  }
  if (p.at("ORDER") && p.atAhead(1, "BY")) {
    p.i += 2;
    orderList(p);
  }
  if (p.eat("MEASURES")) {
    do {
      expr(p);
      p.expect("AS");
      p.ident();
    } while (p.eatOp(","));
  }
  if (p.eat("ONE")) {
    p.expect("ROW");
    p.expect("PER");
    p.expect("MATCH");
  } else if (p.eat("ALL")) {
    p.expect("ROWS");
    p.expect("PER");
    p.expect("MATCH");
    if (p.eat("SHOW") || p.eat("OMIT")) {
      p.expect("EMPTY");
      p.expect("MATCHES");
    } else if (p.eat("WITH")) {
      p.expect("UNMATCHED");
      p.expect("ROWS");
    }
  }
  if (p.eat("AFTER")) {
    p.expect("MATCH");
    p.expect("SKIP");
    if (p.eat("PAST")) {
      p.expect("LAST");
      p.expect("ROW");
    } else {
      p.expect("TO");
      if (p.eat("NEXT")) p.expect("ROW");
      else {
        if (!p.eat("FIRST")) p.eat("LAST");
        p.ident();
      }
    }
  }
  p.expect("PATTERN");
  p.expectOp("(");
  p.eatOp("^");
  pattern(p);
  p.eatOp("$");
  p.expectOp(")");
  if (p.eat("WITHIN")) expr(p);
  if (p.eat("SUBSET")) {
    do {
      p.ident();
      p.expectOp("=");
      p.nameList();
    } while (p.eatOp(","));
  }
  p.expect("DEFINE");
  do {
    p.ident();
    p.expect("AS");
    expr(p);
  } while (p.eatOp(","));
  p.expectOp(")");
}
function pattern(p) {
  do {
    patternTerm(p);
    while (p.atIdent() || p.atOp("(") || p.atOp("{") || p.at("PERMUTE")) patternTerm(p);
  } while (p.eatOp("|"));
}
function patternTerm(p) {
  if (p.eat("PERMUTE")) {
    p.expectOp("(");
    do
      pattern(p);
    while (p.eatOp(","));
    p.expectOp(")");
  } else if (p.eatOp("(")) {
    pattern(p);
    p.expectOp(")");
  } else if (p.atOp("{") && p.peek(1)?.value === "-") {
    p.i += 2;
    pattern(p);
    p.expectOp("-");
    p.expectOp("}");
  } else p.ident();
  if (p.eatOp("*") || p.eatOp("+") || p.eatOp("?")) {
    p.eatOp("?");
  } else if (p.atOp("{") && p.peek(1)?.value !== "-") {
    p.i++;
    if (p.peek()?.kind === "number") p.i++;
    if (p.eatOp(",") && p.peek()?.kind === "number") p.i++;
    p.expectOp("}");
    p.eatOp("?");
  }
}
// src/sql/query-table-function.ts
function bareTableFunction(p) {
  const t = p.peek();
  const name2 = p.ctx.text.slice(t.start, t.end);
  const close = matchingBracket(p.toks, p.i + 1, p.end);
  for (let k = p.i + 2; k + 1 < close; k++) {
    const a = p.toks[k];
    const next = p.toks[k + 1];
    if (next.kind !== "op" || next.value !== "=>" || a.kind !== "word" && a.kind !== "quoted") continue;
    if (PTF_SYSTEM_ARGS.has(a.value.toUpperCase())) {
      p.i = k;
      processTableFunctionBefore21(p, a.value);
    }
  }
  const since4 = builtinSince(name2.toUpperCase());
  p.fail(
    `A table function called in FROM without TABLE(...) needs Flink 2.0 or later`,
    `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), whose SQL parser takes a table function in FROM only inside TABLE(...)` + (since4 ? `, and ${name2.toUpperCase()} is a Flink built-in only from Flink ${since4}: raise flinkVersion if the cluster runs Flink ${since4} or later.` : `: write FROM TABLE(${name2}(...)), e.g. FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' MINUTES)), or raise flinkVersion if the cluster runs Flink 2.0 or later.`)
  );
}
var WINDOW_TVFS2 = /* @__PURE__ */ new Set(["TUMBLE", "HOP", "CUMULATE", "SESSION"]);
function windowOrUnknown(p, item) {
  const t = p.peek();
  let k = 2;
  if (t?.kind === "word" && WINDOW_TVFS2.has(t.value) && p.peek(1)?.value === "(") {
    const a = p.peek(k);
    if ((a?.kind === "word" || a?.kind === "quoted") && p.peek(k + 1)?.value === "=>") {
      if (a.value.toUpperCase() !== "DATA") {
        item.unknown = true;
        return;
      }
      k += 2;
    }
    const n = p.peek(k + 1);
    if (p.atAhead(k, "TABLE") && p.isIdentAt(k + 1) && n) {
      const parts = [nameOf(p.ctx.text, n)];
      let last = n;
      for (let j = k + 2; p.peek(j)?.value === "." && p.isIdentAt(j + 1); j += 2) {
        last = p.peek(j + 1);
        parts.push(nameOf(p.ctx.text, last));
      }
      const inner = {};
      namedItem(p, inner, { parts, name: parts[parts.length - 1], start: n.start, end: last.end });
      item.window = inner;
      return;
    }
  }
  item.unknown = true;
}
function tableFunction(p) {
  p.eat("SPECIFIC");
  const ref = p.compoundNameOrWord();
  if (ref.parts.length > 1 || !isBuiltinFunction(ref.name.toUpperCase(), p.flinkVersion)) p.call(ref);
  callArgs(p, ref.parts.length === 1 ? ref.name.toUpperCase() : "");
}
// src/sql/query-values.ts
function valuesNames(p, from, to) {
  let width;
  let depth = 0;
  let values2 = 0;
  let item = 0;
  const named = (end) => {
    const t = p.toks[item];
    return end - item === 1 && (t.kind === "quoted" || t.kind === "word" && !NILADIC.has(t.value));
  };
  for (let k = from; k < to; k++) {
    const t = p.toks[k];
    const op = t.kind === "op" ? t.value : void 0;
    if (depth === 0) {
      if (op === "," || t.kind === "word" && t.value === "ROW" && p.toks[k + 1]?.value === "(") continue;
      if (op !== "(") return void 0;
      depth = 1;
      values2 = 1;
      item = k + 1;
    } else if (op === "(" || op === "[") depth++;
    else if (op === ")" || op === "]") {
      if (--depth > 0) continue;
      if (named(k) || width !== void 0 && width !== values2) return void 0;
      width = values2;
    } else if (op === "," && depth === 1) {
      if (named(k)) return void 0;
      values2++;
      item = k + 1;
    }
  }
  return width === void 0 || depth !== 0 ? void 0 : Array.from({ length: width }, (_, i) => `EXPR$${i}`);
}
function values(p) {
  do
    valuesRow(p);
  while (p.eatOp(","));
}
function valuesRow(p) {
  const open = p.atOp("(") ? 0 : p.at("ROW") && p.peek(1)?.kind === "op" && p.peek(1)?.value === "(" ? 1 : -1;
  if (open < 0 || !defaultInRow(p, p.i + open)) {
    expr(p);
    return;
  }
  p.i += open + 1;
  do
    if (!p.eat("DEFAULT")) expr(p);
  while (p.eatOp(","));
  p.expectOp(")");
}
function defaultInRow(p, open) {
  let depth = 0;
  for (let k = open; k < p.end; k++) {
    const t = p.toks[k];
    if (t.kind === "op" && (t.value === "(" || t.value === "[")) depth++;
    else if (t.kind === "op" && (t.value === ")" || t.value === "]")) {
      if (--depth === 0) return false;
    } else if (depth === 1 && t.kind === "word" && t.value === "DEFAULT") return true;
  }
  return false;
}
// src/sql/query-from.ts
function fromClause(p) {
  tableRef(p);
  for (; ; ) {
    if (p.eatOp(",")) tableRef(p);
    else if (!join(p)) return;
  }
}
function join(p) {
  const natural = p.eat("NATURAL");
  let cross = false;
  if (p.eat("INNER")) {
  } else if (p.eat("LEFT") || p.eat("RIGHT") || p.eat("FULL")) p.eat("OUTER");
  else if (p.eat("CROSS")) cross = true;
  else if (!p.at("JOIN")) {
    if (natural) p.stop();
    return false;
  }
  p.expect("JOIN");
  tableRef(p);
  if (cross || natural) return true;
  if (p.eat("ON")) expr(p);
  else if (p.eat("USING")) p.nameList();
  return true;
}
function parenthesizedJoin(p) {
  const at = p.i;
  tableRef(p);
  let joined = false;
  while (join(p)) joined = true;
  if (!joined) {
    p.fail(
      "A parenthesised FROM item must be a query or a join",
      "Remove the parentheses around the table (or put a SELECT or a JOIN inside them): Flink expects a query or a join here.",
      at
    );
  }
}
var QUERY_GOES_ON = /* @__PURE__ */ new Set(["UNION", "INTERSECT", "EXCEPT", "MINUS", "ORDER", "LIMIT", "OFFSET", "FETCH"]);
function atParenJoin(p) {
  if (p.atAhead(1, "TABLE") && p.peek(2)?.value === "(") return true;
  if (p.peek(1)?.kind !== "op" || p.peek(1).value !== "(") return false;
  const after2 = p.peek(matchingBracket(p.toks, p.i + 1, p.end) - p.i);
  if (after2 === void 0 || after2.kind === "op" && after2.value === ")") return false;
  return !(after2.kind === "word" && QUERY_GOES_ON.has(after2.value));
}
function tableRef(p) {
  const branch = p.fromOf;
  if (branch) {
    const top = branch.from;
    p.fromOf = void 0;
    p.lastTable = void 0;
    const at = p.i;
    tableRefOf(p);
    p.fromOf = branch;
    const ref = p.lastTable;
    const last = p.toks[p.i - 1];
    const plain = ref !== void 0 && p.toks[at]?.start === ref.start && !(last?.kind === "op" && last.value === ")");
    if (!plain && p.toks[at + 1]?.kind === "word" && p.toks[at + 1].value === "VALUES") {
      const names = valuesItemNames(p, at, p.i);
      if (names) branch.valuesColumns = { ...branch.valuesColumns, [top.length]: names };
    }
    top.push(plain ? ref : void 0);
    return;
  }
  tableRefOf(p);
}
function valuesItemNames(p, from, to) {
  if (p.toks[from]?.kind !== "op" || p.toks[from].value !== "(") return void 0;
  const close = matchingBracket(p.toks, from, to);
  const names = valuesNames(p, from + 2, close - 1);
  if (!names) return void 0;
  let k = close;
  if (p.toks[k]?.kind === "word" && p.toks[k].value === "AS") k++;
  if (k < to && isName(p.toks[k])) k++;
  if (k < to && p.toks[k].kind === "op" && p.toks[k].value === "(") {
    const renamed = [];
    for (k++; k < to && isName(p.toks[k]); k += 2) {
      renamed.push(nameOf(p.ctx.text, p.toks[k]));
      const sep = p.toks[k + 1];
      if (sep?.kind === "op" && sep.value === ")")
        return k + 2 === to && renamed.length === names.length ? renamed : void 0;
      if (sep?.kind !== "op" || sep.value !== ",") return void 0;
    }
    return void 0;
  }
  return k === to ? names : void 0;
}
function namedItem(p, item, ref) {
  const q = ref.parts.length === 1 ? p.withQueries.get(ref.name) : void 0;
  if (q) item.query = q;
  else item.table = ref;
  item.alias = ref.name;
}
function tableRefOf(p) {
  const item = p.fromItem();
  const lateral = p.eat("LATERAL");
  if ((p.at("TABLE") || p.at("UNNEST")) && p.peek(1)?.value === "(") {
    const unnest = p.at("UNNEST");
    if (unnest && lateral) p.needs("2.0", "LATERAL UNNEST");
    p.i += 2;
    if (item) {
      if (unnest) item.unknown = true;
      else windowOrUnknown(p, item);
      p.opaque(() => unnest ? exprList(p) : tableFunction(p));
    } else if (unnest) exprList(p);
    else tableFunction(p);
    p.expectOp(")");
    if (unnest && p.at("WITH") && p.atAhead(1, "ORDINALITY")) p.i += 2;
  } else if (p.atOp("(")) {
    if (atParenQuery(p) && !atParenJoin(p)) {
      p.i++;
      const outer = p.scope;
      if (!lateral) p.scope = void 0;
      query(p);
      p.scope = outer;
      p.expectOp(")");
      if (item) item.query = p.lastQuery;
    } else {
      if (lateral) p.stop();
      if (item) p.scope.items.pop();
      p.i++;
      parenthesizedJoin(p);
      p.expectOp(")");
      tableTail(p);
      return;
    }
  } else {
    if (lateral) p.stop();
    if (p.peek(1)?.value === "(" && p.peek()?.kind === "word") {
      if (!p.since("2.0")) bareTableFunction(p);
      if (item) {
        windowOrUnknown(p, item);
        p.opaque(() => tableFunction(p));
      } else tableFunction(p);
      tableTail(p, void 0, item);
      return;
    }
    const ref = p.compoundName();
    if (p.atOp("(") && p.since("2.0")) {
      p.call(ref);
      if (item) {
        item.unknown = true;
        p.opaque(() => callArgs(p, ""));
      } else callArgs(p, "");
      tableTail(p, void 0, item);
      return;
    }
    if (item) namedItem(p, item, ref);
    while (p.peek()?.kind === "hint") {
      const hint = p.toks[p.i++];
      checkHint(p, hint);
      const options = hintTableOptions(p.ctx, hint);
      if (options) ref.options = { ...ref.options, ...options };
    }
    if (p.at("FOR") && p.atAhead(1, "SYSTEM_TIME")) {
      p.i += 2;
      p.expect("AS");
      p.expect("OF");
      expr(p);
      ref.temporal = true;
    }
    p.read(ref);
    p.lastTable = ref;
    tableTail(p, ref, item);
    return;
  }
  tableTail(p, void 0, item);
}
function tableTail(p, ref, item) {
  if (p.at("MATCH_RECOGNIZE")) {
    if (item) {
      item.unknown = true;
      p.opaque(() => matchRecognize(p));
    } else matchRecognize(p);
  }
  const as = p.eat("AS");
  if (as || p.atIdent()) {
    const name2 = p.peek();
    if (as) p.ident();
    else p.i++;
    if (ref && name2 && ref.alias === void 0) ref.alias = p.ctx.text.slice(name2.start, name2.end);
    if (item && name2) item.alias = nameOf(p.ctx.text, name2);
    if (p.atOp("(")) {
      if (item) item.names = p.names();
      else p.nameList();
    }
  }
  if (p.eat("TABLESAMPLE")) tableSample(p);
}
function tableSample(p) {
  if (p.eat("SUBSTITUTE")) {
    p.expectOp("(");
    literal(p, "string", "the sample name in quotes");
    p.expectOp(")");
    return;
  }
  if (!p.eat("BERNOULLI")) p.expect("SYSTEM");
  p.expectOp("(");
  literal(p, "number", "the sampling percentage (a number)");
  p.expectOp(")");
  if (p.eat("REPEATABLE")) {
    p.expectOp("(");
    if (!p.eatOp("-")) p.eatOp("+");
    const seed = p.peek();
    if (seed?.kind === "number" && /^\d+$/.test(seed.value)) p.i++;
    else {
      p.want("the seed (a whole number)");
      p.stop();
    }
    p.expectOp(")");
  }
}
function literal(p, kind, what) {
  if (p.peek()?.kind === kind) p.i++;
  else {
    p.want(what);
    p.stop();
  }
}
// src/sql/query-window-spec.ts
function windowSpec(p) {
  p.expectOp("(");
  if (p.atIdent() && !p.at("PARTITION") && !p.at("ORDER")) p.i++;
  if (p.at("PARTITION") && p.atAhead(1, "BY")) {
    p.i += 2;
    exprList(p);
  } else if (p.eat("PARTITION")) p.expect("BY");
  if (p.at("ORDER") && p.atAhead(1, "BY")) {
    p.i += 2;
    orderList(p);
  } else if (p.eat("ORDER")) p.expect("BY");
  if (p.eat("ROWS") || p.eat("RANGE")) {
    if (p.eat("BETWEEN")) {
      frameBound(p);
      p.expect("AND");
      frameBound(p);
    } else frameBound(p);
  }
  if (p.eat("ALLOW") || p.eat("DISALLOW")) p.expect("PARTIAL");
  p.expectOp(")");
}
function frameBound(p) {
  if (p.eat("UNBOUNDED")) {
    if (!p.eat("PRECEDING")) p.expect("FOLLOWING");
  } else if (p.at("CURRENT") && p.atAhead(1, "ROW")) {
    p.i += 2;
  } else {
    expr(p);
    if (!p.eat("PRECEDING")) p.expect("FOLLOWING");
  }
}
// src/sql/query-select.ts
function query(p) {
  p.level++;
  const outerQuery = p.curQuery;
  const q = p.refs.scopes ? { branches: [] } : void 0;
  p.curQuery = q;
  if (p.eat("WITH")) withList(p);
  queryTerm(p);
  for (; ; ) {
    if (p.at("MINUS"))
      p.fail(
        "MINUS is not Flink SQL",
        "Write EXCEPT: Flink's SQL conformance does not allow MINUS for the difference of two queries."
      );
    if (p.eat("UNION") || p.eat("INTERSECT") || p.eat("EXCEPT")) {
      if (!p.eat("ALL")) p.eat("DISTINCT");
      queryTerm(p);
    } else break;
  }
  if (q) {
    const outer = p.scope;
    const clause = p.clause;
    const only = q.branches.length === 1 && !q.lost ? q.branches[0] : void 0;
    if (only) {
      p.scope = only;
      p.clause = "order";
      orderAndLimit(p);
    } else p.opaque(() => orderAndLimit(p));
    p.scope = outer;
    p.clause = clause;
    p.curQuery = outerQuery;
    p.lastQuery = q;
    if (p.level === 1) p.refs.query = q;
  } else orderAndLimit(p);
  p.level--;
}
function withList(p) {
  if (p.at("RECURSIVE")) p.needs("2.1", "WITH RECURSIVE");
  p.eat("RECURSIVE");
  do {
    const name2 = nameOf(p.ctx.text, p.ident());
    p.ctes.add(name2);
    const names = p.atOp("(") ? p.names() : void 0;
    p.expect("AS");
    p.expectOp("(");
    query(p);
    p.expectOp(")");
    if (p.refs.scopes && p.lastQuery)
      p.withQueries.set(name2, names ? { ...p.lastQuery, names } : p.lastQuery);
  } while (p.eatOp(","));
}
function atQuery(p, k = 0) {
  const t = p.peek(k);
  if (t === void 0 || t.kind !== "word") return false;
  return t.value === "SELECT" || t.value === "WITH" || t.value === "VALUES" || t.value === "TABLE";
}
function atParenQuery(p) {
  let k = 0;
  while (p.peek(k)?.kind === "op" && p.peek(k).value === "(") k++;
  return k > 0 && atQuery(p, k);
}
function queryTerm(p) {
  if (p.at("SELECT")) {
    select(p);
    return;
  }
  if (p.curQuery) p.curQuery.lost = true;
  if (p.at("VALUES")) {
    const at = ++p.i;
    values(p);
    if (p.level === 1 && p.refs.shape) {
      const names = valuesNames(p, at, p.i);
      if (names) p.refs.shape.branches.push({ items: names.map(() => ({})), from: [] });
      else p.shapeLost = true;
    }
    return;
  }
  if (p.level === 1) p.shapeLost = true;
  if (p.at("TABLE") && !p.atAhead(1, "(")) {
    p.i++;
    p.read(p.compoundName());
  } else if (p.atOp("(")) {
    p.i++;
    query(p);
    p.expectOp(")");
  } else p.stop();
}
function select(p) {
  p.expect("SELECT");
  while (p.peek()?.kind === "hint") selectHint(p, p.toks[p.i++]);
  p.eat("STREAM");
  if (!p.eat("DISTINCT")) p.eat("ALL");
  const branch = p.level === 1 && p.refs.shape ? { items: [], from: [] } : void 0;
  if (branch) p.refs.shape.branches.push(branch);
  const outerScope = p.scope;
  const outerClause = p.clause;
  let scope;
  if (p.refs.scopes) {
    scope = { items: [], uses: [], select: [] };
    if (outerScope) scope.parent = outerScope;
    p.refs.scopes.push(scope);
    p.curQuery?.branches.push(scope);
    p.scope = scope;
    p.clause = "select";
  }
  do
    selectItem(p, branch, scope);
  while (p.eatOp(","));
  p.clause = "other";
  selectRest(p, branch);
  p.scope = outerScope;
  p.clause = outerClause;
}
function selectRest(p, branch) {
  const outer = p.fromOf;
  p.fromOf = branch;
  if (!p.eat("FROM")) {
    p.fromOf = outer;
    return;
  }
  fromClause(p);
  p.fromOf = outer;
  p.clause = "where";
  if (p.eat("WHERE")) expr(p);
  p.clause = "group";
  if (p.at("GROUP") && p.atAhead(1, "BY")) {
    p.i += 2;
    groupBy(p);
  } else if (p.eat("GROUP")) p.expect("BY");
  p.clause = "having";
  if (p.eat("HAVING")) expr(p);
  p.clause = "other";
  if (p.eat("WINDOW")) {
    do {
      p.ident();
      p.expect("AS");
      windowSpec(p);
    } while (p.eatOp(","));
  }
  if (p.since("2.0") && p.eat("QUALIFY")) expr(p);
}
function selectItem(p, branch, scope) {
  const from = p.i;
  const star = p.eatOp("*");
  if (!star) expr(p);
  const to = p.i;
  const as = alias(p);
  if (!branch && !scope) return;
  const item = {};
  branch?.items.push(item);
  scope?.select.push(item);
  if (as) item.as = nameOf(p.ctx.text, as);
  else if (star) item.star = [];
  else {
    let [a, b] = [from, to];
    while (b - a > 2 && p.toks[a].kind === "op" && p.toks[a].value === "(" && matchingBracket(p.toks, a, b) === b) {
      a++;
      b--;
    }
    const t0 = p.toks[a];
    if (b - a === 1 && t0.kind === "word" && NILADIC.has(t0.value)) return;
    const parts = [];
    for (let k = a; k < b; k += 2) {
      const t = p.toks[k];
      const dot = p.toks[k + 1];
      if (k + 1 < b && (dot?.kind !== "op" || dot.value !== ".")) return;
      if (t.kind === "op" && t.value === "*" && k + 1 === b && parts.length > 0) {
        item.star = parts;
        return;
      }
      if (!isName(t)) return;
      parts.push(nameOf(p.ctx.text, t));
    }
    if ((b - a) % 2 === 1) item.column = parts;
  }
}
function alias(p) {
  if (p.eat("AS")) return p.ident();
  if (p.atIdent()) return p.toks[p.i++];
  return void 0;
}
function groupBy(p) {
  if (!p.eat("DISTINCT")) p.eat("ALL");
  do
    groupingElement(p);
  while (p.eatOp(","));
}
function groupingElement(p) {
  if (p.at("GROUPING") && p.atAhead(1, "SETS")) {
    p.i += 2;
    p.expectOp("(");
    do
      groupingElement(p);
    while (p.eatOp(","));
    p.expectOp(")");
  } else if ((p.at("ROLLUP") || p.at("CUBE")) && p.peek(1)?.value === "(") {
    p.i += 2;
    do
      groupingElement(p);
    while (p.eatOp(","));
    p.expectOp(")");
  } else if (p.atOp("(") && p.peek(1)?.kind === "op" && p.peek(1).value === ")") {
    p.i += 2;
  } else expr(p);
}
// src/sql/query-primary.ts
var NOT_FLINK_AGGREGATES = /* @__PURE__ */ new Set(["STRING_AGG", "GROUP_CONCAT", "ARRAY_CONCAT_AGG"]);
var TYPE_KEYWORDS = new Set(
  `CHARACTER VARCHAR STRING BOOLEAN BINARY VARBINARY BYTES DECIMAL DEC NUMERIC TINYINT SMALLINT INT INTEGER
BIGINT FLOAT REAL DOUBLE TIMESTAMP_LTZ RAW`.split(/\s+/)
);
var TYPE_NAME_CALLS = /* @__PURE__ */ new Set(["CHAR", "VARIANT", "STRUCTURED"]);
function timeUnit(p) {
  const t = p.peek();
  if (t?.kind === "word" && TIME_UNITS.has(t.value)) p.i++;
  else {
    p.want("a time unit (SECOND, MINUTE, HOUR, DAY, ...)");
    p.stop();
  }
}
var NOT_INTERVAL_UNITS = /* @__PURE__ */ new Set([
  "MILLISECOND",
  "MILLISECONDS",
  "MICROSECOND",
  "MICROSECONDS",
  "NANOSECOND",
  "NANOSECONDS"
]);
function intervalQualifier2(p, value) {
  if (p.at("WEEK") || p.at("WEEKS")) p.needs("2.0", "An interval in weeks");
  const unit = p.peek();
  if (unit?.kind === "word" && NOT_INTERVAL_UNITS.has(unit.value))
    p.fail(
      `An INTERVAL literal has no unit ${unit.value}`,
      `Flink's parser takes YEAR, QUARTER, MONTH, DAY, HOUR, MINUTE or SECOND here ("Encountered "${unit.value}""). Write a part of a second as a fraction: INTERVAL '0.500' SECOND.`
    );
  timeUnit(p);
  const written = p.atOp("(") ? p.peek(1) : void 0;
  if (p.atOp("(")) precision(p);
  const rest = p.i;
  if (p.eat("TO")) {
    timeUnit(p);
    if (p.atOp("(")) precision(p);
  }
  if (value && unit) {
    const to = rest < p.i ? ` ${p.ctx.text.slice(p.toks[rest].start, p.toks[p.i - 1].end)}` : "";
    leadingFieldFits(p, value, unit, written?.kind === "number" ? Number(written.value) : 2, to);
  }
}
function leadingFieldFits(p, value, unit, digits, to) {
  const lead = /^\s*[-+]?\s*(\d+)/.exec(value.value)?.[1];
  if (lead === void 0 || value.value.includes("${") || !(digits >= 1 && digits <= 10)) return;
  const n = lead.replace(/^0+(?=\d)/, "");
  if (n.length <= digits) return;
  const name2 = unit.value.replace(/S$/, "");
  p.fail(
    `Interval field value ${n} exceeds precision of ${name2}(${digits}) field`,
    `Flink's validator refuses it: the first field of an INTERVAL has ${digits === 2 ? "at most 2 digits unless a precision is written" : `at most the ${digits} digits its precision says`}. Write INTERVAL '${value.value}' ${name2}(${n.length})${to}.`,
    p.toks.indexOf(value),
    void 0,
    CODES.literalOutOfRange
  );
}
function precision(p) {
  p.expectOp("(");
  do {
    if (p.peek()?.kind !== "number") p.stop();
    p.i++;
  } while (p.eatOp(","));
  p.expectOp(")");
}
function dataType(p, where = "the CAST target type") {
  const c = cursorAt(p);
  if (parseDataType(c, where, { cast: true }) === void 0) {
    const d = c.diags[0];
    p.fail(d.summary, d.detail, c.i, d.range);
  }
  p.i = c.i;
  if (p.atAhead(0, "NULL") && !p.atAhead(1, "ON") || p.atAhead(0, "NOT") && p.atAhead(1, "NULL"))
    p.fail(
      `${where[0].toUpperCase()}${where.slice(1)} takes no NOT NULL or NULL`,
      "Remove it: only a column type or a type nested in ROW, ARRAY, MAP or MULTISET says whether it is nullable."
    );
}
function unicodeEscapes(p, t) {
  const raw = p.ctx.text.slice(t.start, t.end);
  if (!/^u&'/i.test(raw) || raw.includes("${") || p.peek(1)?.value === "UESCAPE") return;
  const bad2 = /\\(?!\\|[0-9a-fA-F]{4}|\+[0-9a-fA-F]{6})/.exec(raw.replace(/\\\\/g, "  "));
  if (bad2)
    p.fail(
      `Unicode escape sequence \`${raw.slice(bad2.index, Math.min(bad2.index + 5, raw.length - 1))}\` is not exactly four hex digits`,
      "In U&'\u2026' write a character as \\ and four hex digits (\\0041), or \\+ and six (\\+01F600); a backslash itself as \\\\."
    );
}
function primary(p) {
  const t = p.peek();
  if (t === void 0) {
    p.want("an expression");
    p.stop();
  }
  switch (t.kind) {
    case "number":
      p.i++;
      return;
    case "binary":
      if (!/^[0-9a-fA-F]*$/.test(t.value) && !t.value.includes("${"))
        p.fail(
          "Binary literal X'\u2026' must contain only the hex digits 0-9 and A-F",
          "Write the bytes as pairs of hex digits, e.g. X'CAFE', with no spaces; for text, use a '\u2026' string."
        );
      p.i++;
      return;
    case "string":
      unicodeEscapes(p, t);
      p.i++;
      while (p.peek()?.kind === "string") {
        const lines = p.ctx.lines;
        if (lines.pos(p.peek().start).line === lines.pos(p.toks[p.i - 1].end).line)
          p.fail(
            "String literal continued on the same line",
            "Flink joins adjacent string literals only across lines: write one literal ('ab'), or concatenate ('a' || 'b')."
          );
        p.i++;
      }
      return;
    case "quoted":
      name(p);
      return;
    case "op":
      if (t.value === "?") {
        p.i++;
        return;
      }
      if (t.value === "(") {
        p.i++;
        if (atSubquery(p)) query(p);
        else exprList(p);
        p.expectOp(")");
        return;
      }
      p.want("an expression");
      p.stop();
      break;
    case "word":
      word(p, t.value);
      return;
    default:
      p.want("an expression");
      p.stop();
  }
}
function word(p, w2) {
  const next = p.peek(1);
  const paren = next?.kind === "op" && next.value === "(";
  const bracket = next?.kind === "op" && next.value === "[";
  switch (w2) {
    case "CASE":
      p.i++;
      if (!p.at("WHEN")) expr(p);
      p.expect("WHEN");
      do {
        exprList(p);
        p.expect("THEN");
        expr(p);
      } while (p.eat("WHEN"));
      if (p.eat("ELSE")) expr(p);
      p.expect("END");
      return;
    case "CAST":
    case "TRY_CAST":
      if (!paren && w2 === "TRY_CAST") break;
      p.i++;
      p.expectOp("(");
      expr(p);
      p.expect("AS");
      dataType(p);
      p.expectOp(")");
      return;
    case "INTERVAL": {
      p.i++;
      let value;
      if (p.atOp("-") || p.atOp("+")) p.i++;
      if (p.peek()?.kind === "string") value = p.toks[p.i++];
      else unary(p);
      intervalQualifier2(p, value);
      return;
    }
    case "DATE":
    case "TIME":
    case "TIMESTAMP":
      if (next?.kind === "string") {
        p.i += 2;
        return;
      }
      if (w2 === "TIMESTAMP" && p.atAhead(1, "WITH") && p.atAhead(2, "LOCAL") && p.atAhead(3, "TIME") && p.atAhead(4, "ZONE") && p.peek(5)?.kind === "string" && p.since("2.0")) {
        p.i += 6;
        return;
      }
      if (paren) {
        const stop = p.i;
        if (p.since("2.0")) {
          p.i += 2;
          exprList(p);
          p.expectOp(")");
        }
        p.fail(
          `${w2}(...) is not a Flink function`,
          `Flink has no function ${w2}: ${p.since("2.0") ? `its planner finds none ("No match found for function signature ${w2}")` : `the SQL parser of Flink ${p.flinkVersion} takes ${w2} only before a literal (${w2} '...')`}. Write CAST(x AS ${w2}) to convert a value${w2 === "DATE" ? ", TO_DATE(s) to parse a string" : w2 === "TIMESTAMP" ? ", TO_TIMESTAMP(s) to parse a string" : ""}.`,
          stop
        );
      }
      break;
    case "ARRAY":
    case "MAP":
    case "MULTISET":
      if (bracket) {
        p.i += 2;
        if (!p.atOp("]")) exprList(p);
        p.expectOp("]");
        return;
      }
      if (paren) {
        p.i += 2;
        if (atSubquery(p)) query(p);
        else if (!p.atOp(")")) {
          if (w2 !== "MULTISET") {
            const stop = p.i - 2;
            if (p.since("2.1")) exprList(p);
            p.fail(
              `${w2}(...) of values is not a Flink function`,
              `Flink builds ${w2 === "MAP" ? "a map with MAP[k1, v1, k2, v2]" : "an array with ARRAY[a, b]"} (square brackets); ${w2}(...) takes only a query, ${w2}(SELECT ...).`,
              stop
            );
          }
          exprList(p);
        }
        p.expectOp(")");
        return;
      }
      break;
    case "ROW":
      if (paren) {
        p.i += 2;
        if (!p.atOp(")")) exprList(p);
        p.expectOp(")");
        return;
      }
      break;
    case "EXISTS":
    case "UNIQUE":
      if (paren) {
        p.i += 2;
        query(p);
        p.expectOp(")");
        return;
      }
      break;
    case "RUNNING":
    case "FINAL":
      if (next?.kind === "word") {
        p.i++;
        primary(p);
        return;
      }
      break;
    default:
      if (NILADIC.has(w2) && !paren) {
        p.i++;
        return;
      }
  }
  if (paren && NOT_FLINK_AGGREGATES.has(w2))
    p.fail(
      `${w2} is not a Flink function`,
      `Flink's parser rejects ${w2}: write LISTAGG(x, ',') to join strings, or ARRAY_AGG(x) to collect values into an array.`
    );
  if (paren && TYPE_KEYWORDS.has(w2))
    p.fail(
      `${w2}(...) is a data type, not a function`,
      `Flink's SQL parser takes ${w2} only as a data type and stops at it before \`(\`. Write CAST(x AS ${w2}) to convert a value.`
    );
  if (paren && TYPE_NAME_CALLS.has(w2))
    p.fail(
      `${w2}(...) is not a Flink function`,
      `Flink has no function ${w2} ("No match found for function signature ${w2}"). ${w2 === "CHAR" ? "CHR(n) gives the character of an ASCII code; " : ""}CAST(x AS ${w2 === "CHAR" ? "CHAR(n)" : w2}) converts a value.`
    );
  if (paren && !NOT_CALLS.has(w2)) {
    const ref = p.compoundNameOrWord();
    if (ref.parts.length > 1 || !isBuiltinFunction(w2, p.flinkVersion)) p.call(ref);
    callArgs(p, w2);
    return;
  }
  name(p);
}
function name(p) {
  const ref = p.compoundName();
  if (p.atOp(".") && p.peek(1)?.kind === "op" && p.peek(1).value === "*") {
    p.i += 2;
    return;
  }
  if (p.atOp("(")) {
    if (ref.parts.length > 1 || !isBuiltinFunction(ref.name.toUpperCase(), p.flinkVersion)) p.call(ref);
    callArgs(p, ref.parts.length === 1 ? ref.name.toUpperCase() : "");
  } else p.column(ref);
}
// src/sql/query-expr.ts
var COMPARISONS = /* @__PURE__ */ new Set(["=", "<>", "!=", "<", ">", "<=", ">="]);
function expr(p) {
  andExpr(p);
  while (p.eat("OR")) andExpr(p);
}
function exprList(p) {
  do
    expr(p);
  while (p.eatOp(","));
}
function andExpr(p) {
  notExpr(p);
  while (p.eat("AND")) notExpr(p);
}
function notExpr(p) {
  p.want("an expression");
  while (p.eat("NOT")) ;
  predicate(p);
}
function predicate(p) {
  additive(p);
  for (; ; ) {
    const t = p.peek();
    if (t === void 0) return;
    if (t.kind === "op" && COMPARISONS.has(t.value)) {
      if (t.value === "!=")
        p.fail(
          "`!=` is not Flink SQL",
          'Write `<>` for "not equal": Flink\'s SQL conformance does not allow `!=`.'
        );
      p.i++;
      if ((p.at("ANY") || p.at("SOME") || p.at("ALL")) && p.peek(1)?.value === "(") {
        p.i += 2;
        if (atSubquery(p)) query(p);
        else exprList(p);
        p.expectOp(")");
      } else additive(p);
      continue;
    }
    if (t.kind !== "word") {
      p.atOp("=");
      return;
    }
    if (p.eat("IS")) {
      p.eat("NOT");
      if (p.eat("DISTINCT")) {
        p.expect("FROM");
        additive(p);
      } else if (p.eat("JSON")) {
        if (!p.eat("VALUE") && !p.eat("OBJECT") && !p.eat("ARRAY")) p.eat("SCALAR");
      } else if (!p.eat("NULL") && !p.eat("TRUE") && !p.eat("FALSE") && !p.eat("UNKNOWN")) p.stop();
      continue;
    }
    if (p.eat("OVERLAPS")) {
      additive(p);
      continue;
    }
    const negated = p.at("NOT");
    if (negated) p.i++;
    if (p.eat("BETWEEN")) {
      if (!p.eat("SYMMETRIC")) p.eat("ASYMMETRIC");
      additive(p);
      p.expect("AND");
      additive(p);
    } else if (p.eat("LIKE") || p.eat("ILIKE") || p.eat("RLIKE")) {
      additive(p);
      if (p.eat("ESCAPE")) additive(p);
    } else if (p.eat("SIMILAR")) {
      p.expect("TO");
      additive(p);
      if (p.eat("ESCAPE")) additive(p);
    } else if (p.eat("IN")) {
      p.expectOp("(");
      if (atSubquery(p)) query(p);
      else exprList(p);
      p.expectOp(")");
    } else if (p.eat("MEMBER") || p.eat("SUBMULTISET")) {
      p.expect("OF");
      additive(p);
    } else if (negated) {
      p.stop();
    } else return;
  }
}
var QUERY_GOES_ON2 = /* @__PURE__ */ new Set(["UNION", "INTERSECT", "EXCEPT", "MINUS", "ORDER", "LIMIT", "OFFSET", "FETCH"]);
function atSubquery(p) {
  const t = p.peek();
  if (t === void 0) return false;
  if (t.kind === "word") return t.value === "SELECT" || t.value === "WITH" || t.value === "VALUES";
  if (!atParenQuery(p)) return false;
  const close = matchingBracket(p.toks, p.i, p.end);
  if (close >= p.end) return true;
  const after2 = p.toks[close];
  if (after2.kind === "op") return after2.value === ")";
  return after2.kind === "word" && QUERY_GOES_ON2.has(after2.value);
}
function additive(p) {
  multiplicative(p);
  for (; ; ) {
    const t = p.peek();
    if (t?.kind === "op" && (t.value === "+" || t.value === "-" || t.value === "||")) {
      p.i++;
      multiplicative(p);
    } else return;
  }
}
function multiplicative(p) {
  unary(p);
  for (; ; ) {
    const t = p.peek();
    if (t?.kind === "op" && (t.value === "*" || t.value === "/" || t.value === "%")) {
      p.i++;
      unary(p);
    } else return;
  }
}
function unary(p) {
  const t = p.peek();
  if (t?.kind === "op" && (t.value === "-" || t.value === "+")) {
    p.i++;
    unary(p);
    return;
  }
  primary(p);
  for (; ; ) {
    if (p.eatOp("[")) {
      expr(p);
      p.expectOp("]");
    } else if (p.atOp(".") && p.isIdentAt(1)) {
      p.i += 2;
      if (p.atOp("(")) callArgs(p, "METHOD");
    } else return;
  }
}
// src/sql/query-call.ts
function callArgs(p, fn) {
  p.expectOp("(");
  if (!p.atOp(")") || fn === "ARRAY_AGG") special(p, fn);
  p.expectOp(")");
  after(p);
}
var procedureCall = (function procedureCall(p) {
  p.compoundName();
  p.expectOp("(");
  if (!p.atOp(")")) {
    do
      arg(p);
    while (p.eatOp(","));
  }
  p.expectOp(")");
});
function special(p, fn) {
  switch (fn) {
    case "EXTRACT":
      timeUnit(p);
      p.expect("FROM");
      expr(p);
      return;
    case "TRIM":
      if ((p.eat("BOTH") || p.eat("LEADING") || p.eat("TRAILING")) && p.eat("FROM")) {
        expr(p);
        return;
      }
      expr(p);
      if (p.eat("FROM")) expr(p);
      return;
    case "POSITION":
      additive(p);
      if (p.eat("IN")) {
        expr(p);
        if (p.eat("FROM")) expr(p);
      } else plainArgs(p);
      return;
    case "SUBSTRING":
    case "OVERLAY":
      expr(p);
      if (fn === "OVERLAY" && p.eat("PLACING")) {
        expr(p);
        p.expect("FROM");
        expr(p);
        if (p.eat("FOR")) expr(p);
        return;
      }
      if (p.eat("FROM")) {
        expr(p);
        if (p.eat("FOR")) expr(p);
        return;
      }
      plainArgs(p);
      return;
    case "FLOOR":
    case "CEIL":
    case "CEILING":
      expr(p);
      if (p.eat("TO")) timeUnit(p);
      return;
    case "TIMESTAMPADD":
    case "TIMESTAMPDIFF":
      timeUnit(p);
      p.expectOp(",");
      exprList(p);
      return;
    case "CONVERT":
    case "TRANSLATE": {
      const name2 = p.i - 2;
      expr(p);
      if (p.eat("USING")) p.compoundName();
      else {
        if (fn === "TRANSLATE" && p.atOp(",") && !p.since("2.0"))
          p.fail(
            "TRANSLATE(s, from, to) needs Flink 2.0 or later",
            `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), which has no three-argument TRANSLATE (its planner finds no function TRANSLATE3). Replace the characters with REGEXP_REPLACE or nested REPLACE calls, or raise flinkVersion if the cluster runs Flink 2.0 or later.`,
            name2
          );
        plainArgs(p);
      }
      return;
    }
    case "ARRAY_AGG":
      arrayAgg(p);
      return;
    default:
      if (fn.startsWith("JSON_") && json(p, fn)) return;
      if (p.eatOp("*")) return;
      if (!p.eat("DISTINCT")) p.eat("ALL");
      do
        arg(p, fn);
      while (p.eatOp(","));
  }
}
var NAMED_BEFORE_119 = /* @__PURE__ */ new Set(["TUMBLE", "HOP", "CUMULATE"]);
function arrayAgg(p) {
  if (!p.eat("DISTINCT")) p.eat("ALL");
  exprList(p);
  if ((p.at("RESPECT") || p.at("IGNORE")) && p.atAhead(1, "NULLS")) p.i += 2;
  if (p.at("ORDER") && p.atAhead(1, "BY")) {
    p.i += 2;
    orderList(p);
  }
  if (p.eat("SEPARATOR")) {
    if (p.peek()?.kind !== "string") {
      p.want("a string literal");
      p.stop();
    }
    p.i++;
  }
}
function plainArgs(p) {
  while (p.eatOp(",")) expr(p);
}
function arg(p, fn = "") {
  const t = p.peek();
  const n = p.peek(1);
  if (t !== void 0 && (t.kind === "word" || t.kind === "quoted") && n?.kind === "op" && n.value === "=>") {
    if (!p.since("1.19") && !NAMED_BEFORE_119.has(fn))
      p.fail(
        "Named arguments (`name => value`) need Flink 1.19 or later",
        "Pass the arguments by position, or raise flinkVersion in flinkops.yaml."
      );
    if (!p.isIdentAt(0)) {
      const raw = p.ctx.text.slice(t.start, t.end);
      p.fail(
        `\`${raw}\` is a reserved word in Flink SQL and cannot name an argument unquoted`,
        `Flink's parser stops at the \`=>\` after it. Quote the name with backticks: \`${raw}\` => ...`,
        p.i + 1
      );
    }
    if (PTF_SYSTEM_ARGS.has(word2(t)) && !p.since("2.1")) processTableFunctionBefore21(p, word2(t));
    p.i += 2;
  }
  if (p.eat("DEFAULT")) return;
  if (p.at("TABLE") && !p.atAhead(1, "(")) {
    p.i++;
    p.read(p.compoundName());
    tableArgTail(p);
    return;
  }
  if (p.atOp("(") && p.atAhead(1, "TABLE") && p.isIdentAt(2)) {
    p.i += 2;
    p.read(p.compoundName());
    p.expectOp(")");
    tableArgTail(p);
    return;
  }
  if (p.atOp("(") && p.atAhead(1, "MODEL") && p.isIdentAt(2) && p.since("2.1")) {
    p.i += 2;
    p.compoundName();
    p.expectOp(")");
    return;
  }
  if (p.atAhead(0, "MODEL") && p.isIdentAt(1) && p.since("2.1")) {
    p.i++;
    p.compoundName();
    return;
  }
  if (p.at("DESCRIPTOR") && p.peek(1)?.value === "(") {
    p.i += 2;
    if (!p.eatOp(")")) {
      do
        p.compoundName();
      while (p.eatOp(","));
      p.expectOp(")");
    }
    return;
  }
  if (atQuery(p) && !p.at("TABLE") || p.atOp("(") && atSubquery(p)) {
    query(p);
  } else expr(p);
  if (p.at("PARTITION") && p.atAhead(1, "BY")) tableArgTail(p);
}
var PTF_SYSTEM_ARGS = /* @__PURE__ */ new Set(["UID", "ON_TIME"]);
function word2(t) {
  return t && (t.kind === "word" || t.kind === "quoted") ? t.value.toUpperCase() : "";
}
function processTableFunctionBefore21(p, name2) {
  return p.fail(
    "A process table function needs Flink 2.1 or later",
    `\`${name2.toLowerCase()} =>\` is an argument of a process table function (ProcessTableFunction), and the project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml): Flink 2.1 is the first release whose planner runs one (2.0 has the class in its API but no operator for it; 1.x neither). Rewrite the function for Flink ${p.flinkVersion} (a table function, or an aggregate with GROUP BY), or raise flinkVersion if the cluster runs Flink 2.1 or later.`,
    p.i,
    void 0,
    CODES.ptfBefore21
  );
}
function tableArgTail(p) {
  if (p.at("PARTITION") && p.atAhead(1, "BY")) {
    p.i += 2;
    if (p.atOp("(")) p.nameList();
    else p.ident();
  }
  if (p.at("ORDER") && p.atAhead(1, "BY")) {
    if (p.since("2.1") && !p.since("2.3"))
      p.fail(
        "ORDER BY in a table argument needs Flink 2.3 or later",
        `The project targets Flink ${p.flinkVersion} (flinkVersion in flinkops.yaml), whose planner refuses a table argument sorted for a process table function (real 2.2.0: "ORDER BY clause is currently not supported"). Drop the ORDER BY and pass the time column as on_time => DESCRIPTOR(ts), or raise flinkVersion if the cluster runs Flink 2.3 or later.`,
        p.i,
        void 0,
        CODES.ptfOrderBy
      );
    p.i += 2;
    if (p.eatOp("(")) {
      orderList(p);
      p.expectOp(")");
    } else orderItem(p);
  }
}
function atOnNull(p) {
  return (p.at("NULL") || p.at("ABSENT")) && p.atAhead(1, "ON");
}
function onNull(p) {
  if (atOnNull(p)) {
    p.i += 2;
    p.expect("NULL");
  }
}
function noEntries(p) {
  return p.atOp(")") || atOnNull(p);
}
function jsonEntry(p) {
  p.eat("KEY");
  expr(p);
  if (!p.eat("VALUE")) p.expectOp(":");
  jsonValue(p);
}
function jsonValue(p) {
  expr(p);
  if (p.eat("FORMAT")) p.expect("JSON");
}
function jsonQuery(p) {
  expr(p);
  if (p.eat("FORMAT")) p.expect("JSON");
  p.expectOp(",");
  expr(p);
  for (; ; ) {
    if (p.eat("RETURNING")) {
      dataType(p, "the RETURNING type");
      continue;
    }
    if (p.eat("DEFAULT")) {
      expr(p);
      p.expect("ON");
      if (!p.eat("EMPTY")) p.expect("ERROR");
      continue;
    }
    if (p.eat("WITH") || p.eat("WITHOUT")) {
      if (!p.eat("CONDITIONAL")) p.eat("UNCONDITIONAL");
      p.eat("ARRAY");
      p.expect("WRAPPER");
      continue;
    }
    const t = p.peek();
    if (t?.kind === "word" && JSON_BEHAVIOURS.has(t.value)) {
      p.i++;
      if (t.value === "EMPTY" && !p.at("ON")) {
        if (!p.eat("ARRAY")) p.expect("OBJECT");
      }
      p.expect("ON");
      if (!p.eat("EMPTY")) p.expect("ERROR");
      continue;
    }
    return;
  }
}
var JSON_BEHAVIOURS = /* @__PURE__ */ new Set(["NULL", "ERROR", "EMPTY", "TRUE", "FALSE", "UNKNOWN"]);
function json(p, fn) {
  switch (fn) {
    case "JSON_VALUE":
    case "JSON_QUERY":
    case "JSON_EXISTS":
      jsonQuery(p);
      return true;
    case "JSON_OBJECT":
      if (!noEntries(p)) {
        do
          jsonEntry(p);
        while (p.eatOp(","));
      }
      onNull(p);
      return true;
    case "JSON_OBJECTAGG":
      jsonEntry(p);
      onNull(p);
      return true;
    case "JSON_ARRAY":
      if (!noEntries(p)) {
        do
          jsonValue(p);
        while (p.eatOp(","));
      }
      onNull(p);
      return true;
    case "JSON_ARRAYAGG":
      jsonValue(p);
      if (p.at("ORDER") && p.atAhead(1, "BY")) {
        p.i += 2;
        orderList(p);
      }
      onNull(p);
      return true;
    default:
      return false;
  }
}
function after(p) {
  if (p.at("WITHIN") && p.atAhead(1, "GROUP")) {
    p.i += 2;
    p.expectOp("(");
    p.expect("ORDER");
    p.expect("BY");
    orderList(p);
    p.expectOp(")");
  } else if (p.at("WITHIN") && p.atAhead(1, "DISTINCT")) {
    p.i += 2;
    p.expectOp("(");
    exprList(p);
    p.expectOp(")");
  }
  if (p.at("FILTER") && p.peek(1)?.value === "(") {
    p.i += 2;
    p.expect("WHERE");
    expr(p);
    p.expectOp(")");
  }
  if ((p.at("RESPECT") || p.at("IGNORE")) && p.atAhead(1, "NULLS")) p.i += 2;
  if (p.eat("OVER")) {
    if (p.atOp("(")) windowSpec(p);
    else nameOf(p.ctx.text, p.ident());
  }
}
// src/sql/query.ts
var run = (function run(p, insert) {
  if (insert === "expression" || insert === "call") {
    if (insert === "call") procedureCall(p);
    else expr(p);
    if (!p.done()) p.stop();
    return;
  }
  query(p);
  if (insert && !p.since("2.3") && p.atAhead(0, "ON") && p.atAhead(1, "CONFLICT"))
    p.needs("2.3", "INSERT ... ON CONFLICT");
  if (insert && p.since("2.3") && p.at("ON") && p.atAhead(1, "CONFLICT")) {
    p.i += 2;
    p.expect("DO");
    if (!p.eat("ERROR") && !p.eat("NOTHING")) p.expect("DEDUPLICATE");
  }
  if (!p.done()) p.stop();
});
var parseQuery = (function parseQuery(ctx, tokens, from, to, refs, where, insert = false) {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  const p = new QueryParser(ctx, tokens, from, to, refs, version);
  try {
    run(p, insert);
    for (const c of p.ctes) refs.ctes.add(c);
    if (p.shapeLost) refs.shape = void 0;
    if (refs.shape && p.ctes.size > 0)
      for (const b of refs.shape.branches)
        b.from = b.from.map((r) => r && r.parts.length === 1 && p.ctes.has(r.name) ? void 0 : r);
    return void 0;
  } catch (e) {
    if (!(e instanceof SyntaxStop)) throw e;
    for (const c of p.ctes) refs.ctes.add(c);
    refs.shape = void 0;
    if (p.message) return p.diagnostic(where, e.at);
    const again = new QueryParser(ctx, tokens, from, to, emptyReferences(), version);
    again.collectAt = e.at;
    try {
      run(again, insert);
    } catch (e2) {
      if (!(e2 instanceof SyntaxStop)) throw e2;
    }
    return again.diagnostic(where, e.at);
  }
});
var parseExpression = (function parseExpression(ctx, tokens, from, to, refs, where) {
  return parseQuery(ctx, tokens, from, to, refs, where, "expression");
});
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
  /** Syntax errors of the queries parsed through `query()`. */
  diags = [];
  /**
   * Parses the query in toks[from, to) with the query parser: its reads and functions
   * come from the parse, its syntax error (if any) goes to `diags`. The token walk
   * (`scan`) remains for expressions outside queries (computed columns, DELETE/UPDATE).
   */
  query(from, to, where, insert = false) {
    const d = parseQuery(this.ctx, this.toks, from, to, this.refs, where, insert);
    if (d) this.refs.scopes = void 0;
    if (d && balanced(this.toks, from, to)) this.diags.push(d);
  }
  /**
   * An expression outside a query (a computed column, a watermark) in toks[from, to): its
   * references come from the token walk, its syntax error (if any) from the query parser.
   * Returns the column names it reads (none when it does not parse).
   */
  checkedExpression(from, to, where) {
    this.scan(from, to);
    const refs = { ...emptyReferences(), columns: [] };
    const d = parseExpression(this.ctx, this.toks, from, to, refs, where);
    if (d && balanced(this.toks, from, to)) this.diags.push(d);
    return d ? [] : refs.columns;
  }
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
      if (isBuiltinFunction(up, this.ctx.flinkVersion)) return;
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
    const isAlias2 = t.kind === "quoted" || t.kind === "word" && (hasAs || !RESERVED.has(t.value) && !CLAUSE_WORDS.has(t.value));
    if (!isAlias2) return j;
    j++;
    if (isOp(this.toks[j], "(") && j < to) j = this.close(j, to);
    return j;
  }
  /**
   * INSERT|UPSERT INTO|OVERWRITE t [hints] [PARTITION (..)] [(cols)] query, in that order (Flink's
   * RichSqlInsert); parses the query; returns where it starts (-1: no target).
   */
  insert(i, to) {
    let j = i + 1;
    if (isWord(this.toks[j], "INTO") || isWord(this.toks[j], "OVERWRITE") && isWord(this.toks[i], "INSERT"))
      j++;
    else return -1;
    if (!isName(this.toks[j]) || j >= to) return -1;
    const { ref, next } = this.qualified(j, to);
    pushUnique(this.refs.writes, ref);
    const words = this.toks.slice(j, next).filter((t) => isName(t));
    const reserved = reservedWordInName(this.ctx, words, ref.parts);
    if (reserved) this.diags.push(reserved);
    j = next;
    while (j < to && this.toks[j].kind === "hint") {
      const options = hintTableOptions(this.ctx, this.toks[j++]);
      if (options) ref.options = { ...ref.options, ...options };
    }
    if (isWord(this.toks[j], "PARTITION") && isOp(this.toks[j + 1], "(")) {
      const end = this.close(j + 1, to);
      const d = checkTargetList(this.ctx, this.toks, j + 2, end - 1, "the PARTITION spec", true);
      if (d) this.diags.push(d);
      j = end;
    }
    let after2 = j > next ? "the PARTITION spec" : "";
    if (isOp(this.toks[j], "(") && !startsQuery(this.toks[j + 1])) {
      const end = this.close(j, to);
      const d = checkTargetList(this.ctx, this.toks, j + 1, end - 1, "the column list of INSERT", false);
      if (d) this.diags.push(d);
      j = end;
      after2 = "the column list";
    }
    if (after2 && j < to && this.toks[j].kind === "hint") {
      this.diags.push(misplacedHint(this.ctx, this.toks[j], after2));
      while (j < to && this.toks[j].kind === "hint") j++;
    }
    if (j < to) this.query(j, to, "INSERT", true);
    return j;
  }
};
function startsQuery(t) {
  return t !== void 0 && (t.kind === "op" && t.value === "(" || t.kind === "word" && (t.value === "SELECT" || t.value === "WITH" || t.value === "VALUES"));
}
function balanced(toks, from, to) {
  const stack = [];
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[") stack.push(t.value);
    else if (t.value === ")" || t.value === "]") {
      if (stack.pop() !== (t.value === ")" ? "(" : "[")) return false;
    }
  }
  return stack.length === 0;
}
// src/sql/alter-statement.ts
var ALTER_TABLE_VERBS = /* @__PURE__ */ new Set(["ADD", "MODIFY", "DROP", "RENAME", "SET", "RESET"]);
var ALTER_TABLE_VERBS_1X = /* @__PURE__ */ new Set(["COMPACT", "PARTITION"]);
var ADD_NOT_A_COLUMN = /* @__PURE__ */ new Set([
  "WATERMARK",
  "PRIMARY",
  "CONSTRAINT",
  "UNIQUE",
  "DISTRIBUTION",
  "PARTITION",
  "IF"
]);
var alterTable = (function alterTable(ctx, tokens, i0, stmt) {
  const c = new Cursor(ctx, tokens, i0 + 1);
  if (!c.eatWord("TABLE")) return;
  c.eatWord("IF", "EXISTS");
  if (!c.qualifiedName()) {
    if (c.diags.length === 0 && c.peek()) c.unexpected("ALTER TABLE", "the table name");
    stmt.diags.push(...c.diags);
    return;
  }
  const verb = c.next();
  if (verb === void 0) return;
  const v = verb.kind === "word" ? verb.value : "";
  const before2 = ctx.flinkVersion === void 0 || !atLeast(ctx.flinkVersion, "2.0");
  const clauses2 = "ADD, MODIFY, DROP, RENAME, SET (...) or RESET (...)";
  if (!ALTER_TABLE_VERBS.has(v) && !(before2 && ALTER_TABLE_VERBS_1X.has(v)))
    c.fail(
      CODES.unexpectedToken,
      `Unexpected ${tokenText(ctx, verb)} in ALTER TABLE`,
      `Flink's ALTER TABLE takes ${clauses2} after the table name${before2 ? " (or COMPACT)" : ""}: e.g. ALTER TABLE t ADD c INT, ALTER TABLE t SET ('k' = 'v').`,
      verb
    );
  else if ((v === "ADD" || v === "MODIFY" || v === "DROP") && c.atWord("COLUMN"))
    c.fail(
      CODES.unexpectedToken,
      `Unexpected COLUMN in ALTER TABLE ... ${v}`,
      `Flink's ALTER TABLE ${v} takes no COLUMN keyword: write ALTER TABLE t ${v} c${v === "DROP" ? "" : " INT"} (several at once in parentheses).`
    );
  else if ((v === "ADD" || v === "MODIFY") && isName(c.peek()) && !ADD_NOT_A_COLUMN.has(c.peek().value)) {
    const from = c.i;
    alterTableColumn(c, new ReferenceScanner(ctx, tokens), "ALTER TABLE");
    if (!c.diags.some((d) => d.severity === "error")) enforcedKeyAdded(c, tokens, from);
  } else if ((v === "ADD" || v === "MODIFY") && c.atWord("CONSTRAINT") && !isConstraintKind(c.peek(2)))
    c.fail(
      CODES.unexpectedToken,
      c.peek(2) ? `Unexpected ${tokenText(ctx, c.peek(2))} in ALTER TABLE ... ${v} CONSTRAINT` : `ALTER TABLE ... ${v} CONSTRAINT is missing its PRIMARY KEY`,
      `Flink's only table constraint is the primary key: ALTER TABLE t ${v} CONSTRAINT pk PRIMARY KEY (a) NOT ENFORCED. Foreign keys, CHECK and DEFAULT constraints belong to the database the table lives in.`,
      c.peek(2) ?? c.peek(1)
    );
  else if ((v === "ADD" || v === "MODIFY" || v === "DROP") && c.atOp("(")) {
    if (v !== "DROP") enforcedKeyAdded(c, tokens, c.i);
    const after2 = matchingBracket(tokens, c.i, tokens.length);
    const extra = tokens[after2];
    if (extra && !isOp(extra, ";"))
      c.fail(
        CODES.unexpectedToken,
        `Unexpected ${tokenText(ctx, extra)} after ALTER TABLE ... ${v} (...)`,
        "The list in parentheses ends the statement: end it with `;` before the next statement (a second ALTER TABLE runs on into this one without it).",
        extra
      );
  } else if (v === "ADD" || v === "MODIFY") enforcedKeyAdded(c, tokens, c.i);
  else if (v === "SET" && !c.atOp("("))
    c.fail(
      CODES.unexpectedToken,
      "ALTER TABLE ... SET needs its options in parentheses",
      "Write ALTER TABLE t SET ('key' = 'value', ...).",
      c.peek() ?? verb
    );
  stmt.diags.push(...c.diags);
});
var isConstraintKind = (function isConstraintKind(t) {
  return isWord(t, "PRIMARY") || isWord(t, "UNIQUE");
});
var enforcedKeyAdded = (function enforcedKeyAdded(c, tokens, from) {
  const k = tokens.findIndex((t, j) => j >= from && isWord(t, "PRIMARY") && isWord(tokens[j + 1], "KEY"));
  if (k < 0) return;
  const close = isOp(tokens[k + 2], "(") ? matchingBracket(tokens, k + 2, tokens.length) : k + 2;
  if (isWord(tokens[close], "NOT") && isWord(tokens[close + 1], "ENFORCED")) return;
  refuseEnforcedKey(c, tokens[k]);
});
var alterObject = (function alterObject(ctx, tokens, i0, stmt) {
  const c = new Cursor(ctx, tokens, i0 + 1);
  const object = c.next();
  if (object?.kind !== "word") return;
  const o = object.value;
  if (o === "TEMPORARY") {
    c.eatWord("SYSTEM");
    if (!c.atWord("FUNCTION")) {
      c.unexpected("ALTER TEMPORARY", "FUNCTION");
      stmt.diags.push(...c.diags);
      return;
    }
    c.i++;
  }
  const clause = {
    DATABASE: ["SET ('key' = 'value', ...)", (c2) => c2.atWord("SET") && c2.peek(1)?.value === "("],
    CATALOG: [
      "SET ('key' = 'value', ...), RESET ('key', ...) or COMMENT 'text'",
      (c2) => (c2.atWord("SET") || c2.atWord("RESET")) && c2.peek(1)?.value === "(" || c2.atWord("COMMENT")
    ],
    VIEW: [
      "RENAME TO and the new name, or AS and the query",
      (c2) => c2.atWord("RENAME", "TO") || c2.atWord("AS")
    ],
    FUNCTION: [
      "AS and the class name in quotes (ALTER FUNCTION f AS 'com.example.F')",
      (c2) => c2.atWord("AS")
    ]
  };
  if ((o === "SYSTEM" || o === "SESSION") && c.eatWord("SET")) {
    if (c.qualifiedName() && c.eatOp("=")) {
      if (c.atOp("-") || c.atOp("+")) c.i++;
      const value = c.next();
      if (value?.kind === "word" && value.value !== "INTERVAL" && c.peek()?.kind === "string") c.i++;
      if (value && value.value !== "INTERVAL" && !c.done() && !c.atOp(";"))
        c.unexpected(`ALTER ${o} SET`, "the end of the statement after the value (one literal or name)");
    }
    stmt.diags.push(...c.diags);
    return;
  }
  const kind = o === "TEMPORARY" ? "FUNCTION" : o;
  if (!clause[kind]) {
    if (!ALTER_OBJECTS.has(o))
      c.fail(
        CODES.unexpectedToken,
        `Flink SQL has no ALTER ${tokenText(ctx, object).slice(1, -1).toUpperCase()}`,
        "Flink's ALTER takes TABLE, VIEW, FUNCTION, CATALOG, DATABASE, MATERIALIZED TABLE or MODEL. A statement for another database (a sequence, an index, a user) has no place in a Flink script: run it there.",
        object
      );
    stmt.diags.push(...c.diags);
    return;
  }
  const where = `ALTER ${kind}`;
  if (kind === "FUNCTION") c.eatWord("IF", "EXISTS");
  const name2 = kind === "CATALOG" ? simpleName(c, where, "the catalog name") : c.qualifiedName();
  if (!name2) c.unexpected(where, `the ${kind.toLowerCase()} name`);
  else if (c.diags.length === 0 && !clause[kind][1](c)) c.unexpected(where, clause[kind][0]);
  stmt.diags.push(...c.diags);
});
var ALTER_OBJECTS = /* @__PURE__ */ new Set(["TABLE", "MATERIALIZED", "MODEL", "CONNECTION", "SYSTEM", "SESSION"]);
// src/sql/classify.ts
var w = (function w(tokens, i) {
  const t = tokens[i];
  return t !== void 0 && t.kind === "word" ? t.value : "";
});
var hasTopLevelAs = (function hasTopLevelAs(tokens, from) {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "op") {
      if (t.value === "(") depth++;
      else if (t.value === ")") depth--;
    } else if (depth === 0 && t.kind === "word" && t.value === "AS") return true;
  }
  return false;
});
var classifyCreate = (function classifyCreate(tokens, i) {
  if (w(tokens, i) === "OR" && w(tokens, i + 1) === "REPLACE") {
    i += 2;
  } else if (w(tokens, i) === "OR" && w(tokens, i + 1) === "ALTER") {
    if (w(tokens, i + 2) !== "MATERIALIZED") return "create_other";
    i += 2;
  }
  if (w(tokens, i) === "TEMPORARY") i++;
  if (w(tokens, i) === "SYSTEM") i++;
  switch (w(tokens, i)) {
    case "TABLE":
      return hasTopLevelAs(tokens, i + 1) ? "create_table_as" : "create_table";
    case "VIEW":
      return "create_view";
    case "FUNCTION":
      return "create_function";
    case "CATALOG":
      return "create_catalog";
    case "DATABASE":
      return "create_database";
    case "MATERIALIZED":
      return "create_materialized_table";
    case "MODEL":
      return "create_model";
    default:
      return "create_other";
  }
});
var classify = (function classify(tokens) {
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
    case "EXIT":
    case "QUIT":
    case "HELP":
    case "CLEAR":
      return tokens.length === i + 1 || isOp(tokens[i + 1], ";") ? "client_command" : "unknown";
    default:
      return "unknown";
  }
});
var firstWordIndex = (function firstWordIndex(tokens) {
  let i = 0;
  while (tokens[i]?.kind === "hint") i++;
  return i;
});
// src/sql/version-syntax.ts
var RULES = [
  // Statements Flink's parser took in a later 1.x release (flink-sql-parser 1.16.2 to 1.20.0).
  { lead: ["SHOW"], offset: 1, at: ["JOBS"], since: "1.17", what: "SHOW JOBS" },
  { lead: ["ALTER", "TABLE", "IF"], offset: 3, at: ["EXISTS"], since: "1.17", what: "ALTER TABLE IF EXISTS" },
  {
    lead: ["ALTER", "TABLE"],
    offset: -1,
    at: ["ADD"],
    next: "PARTITION",
    since: "1.18",
    what: "ALTER TABLE ... ADD PARTITION"
  },
  {
    lead: ["ALTER", "TABLE"],
    offset: -1,
    at: ["DROP"],
    next: "PARTITION",
    since: "1.18",
    what: "ALTER TABLE ... DROP PARTITION"
  },
  { lead: ["ALTER", "TABLE"], offset: -1, at: ["DROP"], since: "1.17", what: "ALTER TABLE ... DROP" },
  { lead: ["STOP"], offset: 0, at: ["STOP"], since: "1.17", what: "STOP JOB" },
  {
    lead: ["SHOW", "FUNCTIONS"],
    offset: 2,
    at: ["LIKE", "ILIKE", "NOT"],
    since: "1.18",
    what: "SHOW FUNCTIONS LIKE"
  },
  {
    lead: ["SHOW", "USER", "FUNCTIONS"],
    offset: 3,
    at: ["LIKE", "ILIKE", "NOT"],
    since: "1.18",
    what: "SHOW FUNCTIONS LIKE"
  },
  {
    lead: ["SHOW"],
    offset: 1,
    at: ["PROCEDURES", "PARTITIONS"],
    since: "1.18",
    what: "SHOW PROCEDURES / PARTITIONS"
  },
  { lead: ["TRUNCATE"], offset: 0, at: ["TRUNCATE"], since: "1.18", what: "TRUNCATE TABLE" },
  { lead: ["REPLACE"], offset: 0, at: ["REPLACE"], since: "1.18", what: "REPLACE TABLE ... AS" },
  {
    lead: ["SHOW", "DATABASES"],
    offset: 2,
    at: ["FROM", "IN", "LIKE", "ILIKE", "NOT"],
    since: "1.19",
    what: "SHOW DATABASES FROM / LIKE"
  },
  {
    lead: ["CREATE"],
    offset: 1,
    at: ["MODEL", "MATERIALIZED"],
    since: "1.20",
    what: "CREATE MODEL / MATERIALIZED TABLE"
  },
  { lead: ["CREATE", "TEMPORARY"], offset: 2, at: ["MODEL"], since: "1.20", what: "CREATE MODEL" },
  {
    lead: ["DROP"],
    offset: 1,
    at: ["MODEL", "MATERIALIZED"],
    since: "1.20",
    what: "DROP MODEL / MATERIALIZED TABLE"
  },
  { lead: ["DROP", "TEMPORARY"], offset: 2, at: ["MODEL"], since: "1.20", what: "DROP MODEL" },
  {
    lead: ["ALTER"],
    offset: 1,
    at: ["MODEL", "MATERIALIZED", "CATALOG"],
    since: "1.20",
    what: "ALTER MODEL / MATERIALIZED TABLE / CATALOG"
  },
  { lead: ["SHOW"], offset: 1, at: ["MODELS"], since: "1.20", what: "SHOW MODELS" },
  {
    lead: ["SHOW", "CREATE"],
    offset: 2,
    at: ["MODEL", "CATALOG"],
    since: "1.20",
    what: "SHOW CREATE MODEL / CATALOG"
  },
  { lead: ["DESCRIBE"], offset: 1, at: ["MODEL", "JOB"], since: "1.20", what: "DESCRIBE MODEL / JOB" },
  {
    lead: ["DESCRIBE", "CATALOG"],
    offset: 2,
    at: ["EXTENDED"],
    since: "1.20",
    what: "DESCRIBE CATALOG EXTENDED"
  },
  {
    lead: ["CREATE", "CATALOG", "IF"],
    offset: 3,
    at: ["NOT"],
    since: "1.20",
    what: "CREATE CATALOG IF NOT EXISTS"
  },
  {
    lead: ["CREATE", "CATALOG"],
    offset: -1,
    at: ["COMMENT"],
    since: "1.20",
    what: "CREATE CATALOG ... COMMENT"
  },
  {
    // ALTER TABLE t DROP DISTRIBUTION is a column's drop to 1.17–1.19's parser.
    lead: ["ALTER", "TABLE"],
    offset: -1,
    at: ["ADD", "MODIFY"],
    distribution: true,
    since: "1.20",
    what: "ALTER TABLE ... ADD / MODIFY DISTRIBUTION"
  },
  {
    lead: ["SHOW", "CATALOGS"],
    offset: 2,
    at: ["LIKE", "ILIKE", "NOT"],
    since: "2.0",
    what: "SHOW CATALOGS LIKE"
  },
  { lead: ["SHOW", "VIEWS"], offset: 2, at: ["FROM", "IN"], since: "2.0", what: "SHOW VIEWS FROM/IN" },
  { lead: ["SHOW", "VIEWS"], offset: 2, at: ["LIKE", "NOT"], since: "2.0", what: "SHOW VIEWS LIKE" },
  {
    lead: ["EXPLAIN"],
    offset: 1,
    at: ["CREATE", "REPLACE"],
    since: "2.0",
    what: "EXPLAIN CREATE TABLE ... AS"
  },
  { lead: ["SHOW"], offset: 1, at: ["MATERIALIZED"], since: "2.2", what: "SHOW MATERIALIZED TABLES" },
  { lead: ["DESCRIBE"], offset: 1, at: ["FUNCTION"], since: "2.0", what: "DESCRIBE FUNCTION" },
  // Flink 2.0's parser rejects these and 2.2's takes them; 2.1 was not checked.
  { lead: ["EXPLAIN"], offset: 1, at: ["EXECUTE"], since: "2.1", what: "EXPLAIN EXECUTE" },
  { lead: ["ALTER", "MODEL"], offset: -1, at: ["RESET"], since: "2.1", what: "ALTER MODEL ... RESET" },
  {
    lead: ["SHOW", "CREATE"],
    offset: 2,
    at: ["MATERIALIZED"],
    since: "2.2",
    what: "SHOW CREATE MATERIALIZED TABLE"
  },
  {
    lead: ["CREATE", "OR"],
    offset: 2,
    at: ["ALTER"],
    next: "MATERIALIZED",
    since: "2.3",
    what: "CREATE OR ALTER MATERIALIZED TABLE"
  },
  {
    lead: ["ALTER", "MATERIALIZED", "TABLE"],
    offset: -1,
    at: ["AS"],
    since: "2.0",
    what: "ALTER MATERIALIZED TABLE ... AS"
  },
  {
    lead: ["ALTER", "MATERIALIZED", "TABLE"],
    offset: -1,
    at: ["ADD", "MODIFY", "DROP"],
    distribution: true,
    since: "2.2",
    what: "ALTER MATERIALIZED TABLE ... ADD / MODIFY / DROP DISTRIBUTION"
  },
  {
    lead: ["ALTER", "MATERIALIZED", "TABLE"],
    offset: -1,
    at: ["ADD", "MODIFY", "DROP"],
    distribution: false,
    since: "2.3",
    what: "ALTER MATERIALIZED TABLE ... ADD / MODIFY / DROP"
  }
];
var afterName = (function afterName(tokens, k) {
  let j = k + 1;
  while (tokens[j]?.kind === "op" && tokens[j].value === "." && tokens[j + 1] !== void 0) j += 2;
  return j;
});
var afterIfExists = (function afterIfExists(tokens, k) {
  return word3(tokens[k]) === "IF" && word3(tokens[k + 1]) === "EXISTS" ? k + 2 : k;
});
var missingFreshness = (function missingFreshness(tokens, i0) {
  if (word3(tokens[i0]) !== "CREATE") return void 0;
  let k = i0 + 1;
  if (word3(tokens[k]) === "OR") k += 2;
  if (word3(tokens[k]) !== "MATERIALIZED") return void 0;
  let depth = 0;
  for (k++; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "op") depth += t.value === "(" ? 1 : t.value === ")" ? -1 : 0;
    if (depth !== 0 || t.kind !== "word") continue;
    if (t.value === "FRESHNESS") return void 0;
    if (t.value === "REFRESH_MODE" || t.value === "AS") return t;
  }
  return void 0;
});
var word3 = (function word3(t) {
  return t !== void 0 && t.kind === "word" ? t.value : "";
});
var leads = (function leads(lead, tokens, i0) {
  for (let k = 0; k < lead.length; k++) {
    const w2 = word3(tokens[i0 + k]);
    if ((k === 0 && w2 === "DESC" ? "DESCRIBE" : w2) !== lead[k]) return false;
  }
  return true;
});
var pendingByVersion = /* @__PURE__ */ new Map();
var pendingRules = (function pendingRules(version) {
  let pending = pendingByVersion.get(version);
  if (pending === void 0) {
    pending = RULES.filter((r) => !atLeast(version, r.since));
    if (pendingByVersion.size < 64) pendingByVersion.set(version, pending);
  }
  return pending;
});
function needs(ctx, version, at, what, since4, instead = `Rewrite the statement for Flink ${version}`) {
  return error2(
    CODES.unexpectedToken,
    `${what} needs Flink ${since4} or later`,
    `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose SQL parser rejects \`${ctx.text.slice(at.start, at.end)}\` here. ${instead}, or raise flinkVersion if the cluster runs Flink ${since4} or later.`,
    ctx.lines.range(ctx.file, at.start, at.end)
  );
}
var checkVersionSyntax = (function checkVersionSyntax(ctx, tokens, i0) {
  const version = ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  for (const r of pendingRules(version)) {
    if (!leads(r.lead, tokens, i0)) continue;
    const k = r.offset < 0 ? afterName(tokens, afterIfExists(tokens, i0 + r.lead.length)) : i0 + r.offset;
    const t = tokens[k];
    if (!r.at.includes(word3(t))) continue;
    if (r.distribution !== void 0 && word3(tokens[k + 1]) === "DISTRIBUTION" !== r.distribution) continue;
    if (r.next !== void 0 && word3(tokens[k + 1]) !== r.next) continue;
    return needs(ctx, version, t, r.what, r.since);
  }
  const before117 = atLeast(version, "1.17") ? void 0 : alterOrExplainBefore117(tokens, i0);
  if (before117) return needs(ctx, version, before117.at, before117.what, "1.17");
  const distributed = atLeast(version, "1.20") ? void 0 : distributedBy(tokens, i0);
  if (distributed)
    return needs(
      ctx,
      version,
      distributed,
      "DISTRIBUTED BY / INTO in CREATE TABLE",
      "1.20",
      "Leave the distribution to the connector's options (e.g. Kafka's partitioning)"
    );
  const session = atLeast(version, "1.19") ? void 0 : sessionWindowTvf(tokens, i0);
  if (session) {
    return error2(
      CODES.unexpectedToken,
      "The SESSION window table function needs Flink 1.19 or later",
      `The project targets Flink ${version} (flinkVersion in flinkops.yaml), which has no SESSION window TVF (1.18: "No match found for function signature SESSION"; before, its parser stops at PARTITION BY). Group by the legacy session window instead: GROUP BY SESSION(ts, INTERVAL '...' MINUTE) with SESSION_START / SESSION_END, or raise flinkVersion if the cluster runs Flink 1.19 or later.`,
      ctx.lines.range(ctx.file, session.start, session.end)
    );
  }
  const bare = atLeast(version, "2.2") ? void 0 : missingFreshness(tokens, i0);
  if (bare) {
    return error2(
      CODES.unexpectedToken,
      "A materialized table needs FRESHNESS before Flink 2.2",
      `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose SQL parser wants FRESHNESS = INTERVAL '...' before \`${ctx.text.slice(bare.start, bare.end)}\`. Add it, or raise flinkVersion if the cluster runs Flink 2.2 or later.`,
      ctx.lines.range(ctx.file, bare.start, bare.end)
    );
  }
  return void 0;
});
var sessionWindowTvf = (function sessionWindowTvf(tokens, i0) {
  for (let k = i0; k + 2 < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "word" && t.value === "SESSION" && tokens[k + 1].value === "(" && word3(tokens[k + 2]) === "TABLE")
      return t;
  }
  return void 0;
});
var distributedBy = (function distributedBy(tokens, i0) {
  if (word3(tokens[i0]) !== "CREATE") return void 0;
  let depth = 0;
  let table = false;
  for (let k = i0 + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "op") {
      if (t.value === "(") depth++;
      else if (t.value === ")") depth--;
      continue;
    }
    if (depth !== 0 || t.kind !== "word") continue;
    if (!table) {
      if (t.value === "TABLE") table = true;
      else if (t.value !== "TEMPORARY" && t.value !== "OR" && t.value !== "REPLACE") return void 0;
      continue;
    }
    if (t.value === "WITH" || t.value === "AS" || t.value === "LIKE") return void 0;
    if (t.value === "DISTRIBUTED" && (word3(tokens[k + 1]) === "BY" || word3(tokens[k + 1]) === "INTO"))
      return t;
  }
  return void 0;
});
var alterOrExplainBefore117 = (function alterOrExplainBefore117(tokens, i0) {
  if (leads(["ALTER", "TABLE"], tokens, i0)) {
    const k = afterName(tokens, afterIfExists(tokens, i0 + 2));
    if (word3(tokens[k]) === "RENAME" && word3(tokens[k + 1]) !== "TO" && tokens[k + 1] !== void 0)
      return { at: tokens[k + 1], what: "ALTER TABLE ... RENAME a column" };
    return void 0;
  }
  if (word3(tokens[i0]) !== "EXPLAIN") return void 0;
  for (let k = i0 + 1; k < tokens.length; k++) {
    const w2 = word3(tokens[k]);
    if (w2 === "PLAN_ADVICE") return { at: tokens[k], what: "EXPLAIN PLAN_ADVICE" };
    if (w2 !== "ESTIMATED_COST" && w2 !== "CHANGELOG_MODE" && w2 !== "JSON_EXECUTION_PLAN" && tokens[k].value !== ",")
      return void 0;
  }
  return void 0;
});
// src/sql/checks.ts
var PAIRS = { ")": "(", "]": "[" };
var brackets = (function brackets(ctx, tokens) {
  const stack = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "op") continue;
    if (t.value === "(" || t.value === "[") stack.push(t);
    else if (t.value === ")" || t.value === "]") {
      const open2 = stack.pop();
      if (!open2 || open2.value !== PAIRS[t.value]) {
        return error2(
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
  return error2(
    CODES.unbalancedParens,
    `\`${open.value}\` is never closed`,
    `Add the matching \`${open.value === "(" ? ")" : "]"}\`; the statement ends before it.`,
    ctx.lines.range(ctx.file, open.start, open.end)
  );
});
var catalogNames = (function catalogNames(ctx, tokens, i0, stmt) {
  const c = new Cursor(ctx, tokens, i0 + 1);
  if (c.eatWord("DATABASES")) {
    if (c.eatWord("FROM") || c.eatWord("IN")) simpleName(c, "SHOW DATABASES", "the catalog name");
  } else if (c.eatWord("CREATE", "CATALOG")) simpleName(c, "SHOW CREATE CATALOG", "the catalog name");
  stmt.diags.push(...c.diags);
});
var moduleNames = (function moduleNames(ctx, tokens, i0, stmt) {
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
});
var statementOptions = (function statementOptions(ctx, tokens, stmt, where) {
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "op") depth += t.value === "(" ? 1 : t.value === ")" ? -1 : 0;
    else if (stmt.kind === "alter" && isWord(t, "AS")) return;
    else if (depth === 0 && (isWord(t, "WITH") || isWord(t, "SET")) && tokens[k + 1]?.value === "(") {
      const c = new Cursor(ctx, tokens, k + 1);
      parseOptions(c, where);
      stmt.diags.push(...c.diags);
      return;
    }
  }
});
var createModelClauses = (function createModelClauses(ctx, tokens, i0, stmt) {
  const c = new Cursor(ctx, tokens, i0 + 1);
  c.eatWord("TEMPORARY");
  if (!c.eatWord("MODEL")) return;
  c.eatWord("IF", "NOT", "EXISTS");
  if (!c.qualifiedName()) return;
  const clauses2 = ["INPUT", "OUTPUT", "COMMENT", "WITH", "AS"];
  let next = 0;
  while (!c.done() && !c.atOp(";")) {
    const t = c.peek();
    const k = t.kind === "word" ? clauses2.indexOf(t.value) : -1;
    if (k < next) {
      c.unexpected(
        "CREATE MODEL",
        `${clauses2.slice(next).join(", ").replace(/, (\w+)$/, " or $1")} (in this order) after the model name`
      );
      break;
    }
    next = k + 1;
    c.i++;
    if (t.value === "AS") break;
    if (t.value === "COMMENT") {
      if (c.peek()?.kind === "string") c.i++;
      continue;
    }
    if (!c.atOp("(")) break;
    c.i = matchingBracket(tokens, c.i, tokens.length);
  }
  stmt.diags.push(...c.diags);
});
var createOrAlter = (function createOrAlter(ctx, tokens, i0) {
  const alter = tokens[i0 + 2];
  if (!isWord(tokens[i0], "CREATE") || !isWord(tokens[i0 + 1], "OR") || !isWord(alter, "ALTER"))
    return void 0;
  const object = tokens[i0 + 3];
  if (isWord(object, "MATERIALIZED")) return void 0;
  const what = object?.kind === "word" ? ` ${object.value}` : "";
  return error2(
    CODES.unexpectedToken,
    `Flink SQL has no CREATE OR ALTER${what}`,
    `Flink's parser stops at ALTER (Flink 2.2: \`Encountered "ALTER"\`): CREATE OR ALTER is only for a MATERIALIZED TABLE (Flink 2.3). For a table a job writes, write CREATE TABLE (or CREATE TABLE IF NOT EXISTS) with its columns; for one filled by a query, CREATE OR REPLACE TABLE name WITH (...) AS SELECT ...; to change a catalog's table, ALTER TABLE.`,
    ctx.lines.range(ctx.file, alter.start, alter.end)
  );
});
var STATEMENT_WORDS = [
  ...["CREATE", "ALTER", "DROP", "INSERT", "SELECT", "WITH", "SET", "RESET", "EXECUTE", "EXPLAIN"],
  ...["SHOW", "DESCRIBE", "USE", "LOAD", "UNLOAD", "ADD", "REMOVE", "BEGIN", "END", "VALUES"],
  ...["TRUNCATE", "DELETE", "UPDATE", "ANALYZE", "CALL"]
];
var checkStatement = (function checkStatement(ctx, tokens, stmt) {
  const i0 = firstWordIndex(tokens);
  const b = brackets(ctx, tokens);
  if (b) stmt.diags.push(b);
  const first = tokens[i0] ?? tokens[0];
  if (stmt.kind === "unknown") {
    const word4 = ctx.text.slice(first.start, first.end);
    const meant = misspelling(first, STATEMENT_WORDS);
    stmt.diags.push(
      error2(
        CODES.unknownStatement,
        `Not a Flink SQL statement: it starts with \`${word4}\``,
        (meant ? `Did you mean ${meant}? ` : "") + "Flink statements start with CREATE, ALTER, DROP, INSERT, SELECT, WITH, SET, RESET, EXECUTE, EXPLAIN, SHOW, DESCRIBE, USE, ... Check for a missing `;` on the statement before.",
        ctx.lines.range(ctx.file, first.start, first.end)
      )
    );
  }
  if (stmt.kind === "client_command") {
    const word4 = first.value;
    stmt.diags.push(
      warning(
        CODES.clientCommand,
        `\`${ctx.text.slice(first.start, first.end)}\` is a command of Flink's SQL client: left out of the compiled script`,
        "EXIT, QUIT, HELP and CLEAR are read by the SQL client itself; the SQL Gateway does not run them. Remove it to silence this warning." + (word4 === "EXIT" || word4 === "QUIT" ? " Statements after it still belong to the job, where the SQL client would have stopped." : ""),
        ctx.lines.range(ctx.file, first.start, first.end)
      )
    );
  }
  const orAlter = createOrAlter(ctx, tokens, i0);
  if (orAlter) {
    stmt.diags.push(orAlter);
    return;
  }
  const late = checkVersionSyntax(ctx, tokens, i0);
  if (late) stmt.diags.push(late);
  if (stmt.kind === "create_model") {
    createModelClauses(ctx, tokens, i0, stmt);
    statementOptions(ctx, tokens, stmt, "CREATE MODEL");
  } else if (stmt.kind === "create_other" || stmt.kind === "drop" || stmt.kind === "use")
    objectStatement(ctx, tokens, i0, stmt);
  else if (stmt.kind === "alter") {
    alterObject(ctx, tokens, i0, stmt);
    alterTable(ctx, tokens, i0, stmt);
    statementOptions(ctx, tokens, stmt, "ALTER");
  }
  if (stmt.kind === "show") {
    catalogNames(ctx, tokens, i0, stmt);
    const bracket = tokens.slice(i0).find((t) => isOp(t, "["));
    if (bracket && !stmt.diags.some((d) => d.severity === "error"))
      stmt.diags.push(
        error2(
          CODES.unexpectedToken,
          "Unexpected `[` in SHOW",
          "Square brackets in Flink's syntax pages mark an optional part: write it without them (SHOW FULL MODULES, SHOW TABLES FROM db), or leave the part out.",
          ctx.lines.range(ctx.file, bracket.start, bracket.end)
        )
      );
  }
  if (stmt.kind === "load_module" || stmt.kind === "unload_module" || stmt.kind === "use" && isWord(tokens[i0 + 1], "MODULES"))
    moduleNames(ctx, tokens, i0, stmt);
  const exact = { end: 1, begin_statement_set: 3 };
  const want = exact[stmt.kind];
  if (want !== void 0 && tokens.length - i0 > want) {
    const extra = tokens[i0 + want];
    stmt.diags.push(
      error2(
        CODES.unexpectedToken,
        `Unexpected \`${ctx.text.slice(extra.start, extra.end)}\` after ${stmt.kind === "end" ? "END" : "BEGIN STATEMENT SET"}`,
        "Terminate it with `;`: BEGIN STATEMENT SET; and END; are statements of their own.",
        ctx.lines.range(ctx.file, extra.start, extra.end)
      )
    );
  }
});
// src/sql/splitter.ts
var opensBlock = (function opensBlock(tokens, k, first) {
  return k - 3 >= first && isWord(tokens[k], "BEGIN") && isWord(tokens[k - 1], "SET") && isWord(tokens[k - 2], "STATEMENT") && (isWord(tokens[k - 3], "EXECUTE") || isWord(tokens[first], "EXPLAIN"));
});
var splitTokens = (function splitTokens(text, file, tokens, lines) {
  const out = [];
  let caseEnds;
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
      if (inBlock) {
        if (!isWord(tokens[k - 1], "END")) continue;
        caseEnds ??= caseEndIndexes(tokens);
        if (caseEnds.has(k - 1)) continue;
      }
      emit(k, true);
    }
  }
  emit(tokens.length, false);
  return out;
});
var splitStatements = (function splitStatements(text, file, lines = new LineIndex(text)) {
  const { tokens, diags } = lex(text, file, lines);
  const statements = splitTokens(text, file, tokens, lines);
  for (const s of statements) {
    if (!isWord(s.tokens[s.tokens.length - 1], "END")) {
      const open = blockStart(s.tokens);
      if (open >= 0) {
        const t = s.tokens[open];
        diags.push(
          error2(
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
});
var blockStart = (function blockStart(tokens) {
  for (let k = 3; k < tokens.length && k < 40; k++) if (opensBlock(tokens, k, 0)) return k - 3;
  return -1;
});
var caseEndIndexes = (function caseEndIndexes(tokens) {
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
});
// src/sql/ddl-materialized.ts
var WHERE2 = "CREATE MATERIALIZED TABLE";
var REFRESH_MODES = /* @__PURE__ */ new Set(["CONTINUOUS", "FULL"]);
var materializedClause = (function materializedClause(c) {
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
});
var parseMaterializedTable = (function parseMaterializedTable(c, scanner, start) {
  const table = {
    name: { parts: [], name: "", start, end: start },
    temporary: false,
    ifNotExists: false,
    columns: [],
    partitionedBy: [],
    options: {}
  };
  if (c.atWord("OR", "REPLACE")) {
    c.fail(
      CODES.unexpectedToken,
      "Flink does not replace a materialized table (CREATE OR REPLACE MATERIALIZED TABLE)",
      "Write CREATE MATERIALIZED TABLE, or CREATE OR ALTER MATERIALIZED TABLE (Flink 2.1 and later) to change its query.",
      c.peek(1)
    );
    return table;
  }
  c.eatWord("OR", "ALTER");
  c.eatWord("MATERIALIZED", "TABLE");
  const from = c.i;
  const q = parseTableBody(c, table, scanner, materializedClause);
  if (c.diags.length === 0) columnsBefore23(c, table, from);
  if (c.diags.length === 0 && table.primaryKey?.enforced)
    refuseEnforcedKey(
      c,
      c.toks.find((t, j) => j >= from && t.kind === "word" && t.value === "PRIMARY"),
      table.primaryKey.columns.join(", ")
    );
  if (q >= 0) scanner.query(q, c.end, WHERE2);
  else if (c.diags.length === 0) c.unexpected(WHERE2, "AS and the query that populates the table");
  if (table.name.parts.length > 0) pushUnique(scanner.refs.writes, table.name);
  return table;
});
var columnsBefore23 = (function columnsBefore23(c, table, from) {
  const version = c.ctx.flinkVersion ?? LATEST_FLINK_VERSION;
  if (atLeast(version, "2.3")) return;
  const column = table.columns[0];
  const at = column ? c.toks.find((t, j) => j >= from && t.start === column.start) : table.watermark ? c.toks.find((t, j) => j >= from && t.kind === "word" && t.value === "WATERMARK") : void 0;
  if (!at) return;
  c.fail(
    CODES.unexpectedToken,
    `${column ? "A column definition" : "A WATERMARK"} in CREATE MATERIALIZED TABLE needs Flink 2.3 or later`,
    `The project targets Flink ${version} (flinkVersion in flinkops.yaml), whose parser takes only the primary key in the parentheses after a materialized table's name: CREATE MATERIALIZED TABLE t (PRIMARY KEY (id) NOT ENFORCED) ... AS SELECT ...; the columns and their types come from the query.`,
    at
  );
});
var alterWithQuery = (function alterWithQuery(c, scanner) {
  const materialized = c.eatWord("MATERIALIZED", "TABLE");
  if (!materialized && !c.eatWord("VIEW")) return;
  const name2 = c.qualifiedName();
  if (!name2 || !c.eatWord("AS")) return;
  if (c.done()) {
    c.unexpected(materialized ? "ALTER MATERIALIZED TABLE" : "ALTER VIEW", "the query after AS");
    return;
  }
  scanner.query(c.i, c.end, materialized ? "ALTER MATERIALIZED TABLE" : "ALTER VIEW");
  if (materialized) pushUnique(scanner.refs.writes, name2);
});
// src/sql/ddl-object.ts
var KINDS = /* @__PURE__ */ new Map([
  ["TABLE", "table"],
  ["VIEW", "view"],
  ["FUNCTION", "function"],
  ["DATABASE", "database"],
  ["CATALOG", "catalog"]
]);
var temporaryFor = (function temporaryFor(kind, written) {
  return written && kind !== "catalog" && kind !== "database";
});
var createdObject = (function createdObject(stmt, kind, def, orReplace) {
  if (def.name.parts.length === 0) return;
  stmt.object = {
    verb: "create",
    kind,
    temporary: temporaryFor(kind, def.temporary ?? false),
    system: def.system ?? false,
    ifExists: false,
    ifNotExists: def.ifNotExists,
    orReplace,
    name: def.name
  };
});
var droppedOrAltered = (function droppedOrAltered(ctx, tokens, from, verb) {
  const c = new Cursor(ctx, tokens, from);
  const temporary = c.eatWord("TEMPORARY");
  const system = c.eatWord("SYSTEM");
  const word4 = c.peek();
  const kind = word4?.kind === "word" ? KINDS.get(word4.value) : void 0;
  if (!kind) return void 0;
  c.i++;
  const ifExists = c.eatWord("IF", "EXISTS");
  const name2 = c.qualifiedName();
  if (!name2) return void 0;
  const renamedTo = verb === "alter" && (kind === "table" || kind === "view") && c.eatWord("RENAME", "TO") ? c.qualifiedName() : void 0;
  return {
    verb,
    kind,
    temporary: temporaryFor(kind, temporary),
    system,
    ifExists,
    ifNotExists: false,
    orReplace: false,
    name: name2,
    ...renamedTo ? { renamedTo } : {}
  };
});
// src/sql/set-reset.ts
var HAS_SPACE_OR_QUOTE = /[\s'`"]/;
var literal2 = (function literal2(text, toks) {
  if (toks.length === 0) return void 0;
  if (toks.length === 1 && toks[0].kind === "string") return toks[0].value;
  const raw = text.slice(toks[0].start, toks[toks.length - 1].end);
  if (HAS_SPACE_OR_QUOTE.test(raw)) return void 0;
  if (toks.some((t) => t.kind === "hint" || t.kind === "string")) return void 0;
  return raw;
});
var runOnAfterValue = (function runOnAfterValue(text, valToks) {
  for (let i = 1; i < valToks.length; i++) {
    const next = valToks[i];
    if (next.kind !== "word" || !text.slice(valToks[i - 1].end, next.start).includes("\n")) continue;
    const value = valToks.slice(0, i);
    return literal2(text, value) === void 0 || value.some((t) => t.unterminated) ? void 0 : { value, next };
  }
  return void 0;
});
var parseSet = (function parseSet(text, file, lines, tokens) {
  const diags = [];
  const rest = tokens.slice(1);
  const stmtEnd = tokens[tokens.length - 1].end;
  if (rest.length === 0) return { set: {}, diags };
  const bad2 = (summary, from, to = stmtEnd) => diags.push(
    error2(
      CODES.malformedSet,
      summary,
      "Write SET 'key' = 'value' (quote keys and values that contain spaces or quotes), or SET alone to list every option.",
      lines.range(file, from.start, to)
    )
  );
  const eq = rest.findIndex((t) => t.kind === "op" && t.value === "=");
  if (eq < 0) {
    bad2("SET is missing `=` between the key and the value", rest[0]);
    return { set: { key: literal2(text, rest) ?? text.slice(rest[0].start, stmtEnd) }, diags };
  }
  const keyToks = rest.slice(0, eq);
  const valToks = rest.slice(eq + 1);
  const key2 = literal2(text, keyToks);
  const value = literal2(text, valToks);
  if (keyToks.length === 0) bad2("SET is missing the key before `=`", rest[eq], rest[eq].end);
  else if (key2 === void 0)
    bad2("SET key is not a single quoted string or an unquoted key", keyToks[0], rest[eq].start);
  const runOn = valToks.length > 1 ? runOnAfterValue(text, valToks) : void 0;
  if (valToks.length === 0) bad2("SET is missing the value after `=`", rest[eq]);
  else if (runOn) {
    const written = text.slice(runOn.value[0].start, runOn.value.at(-1).end);
    diags.push(
      error2(
        CODES.malformedSet,
        `SET is missing its \`;\` after ${written}: it runs on into \`${runOn.next.value}\` on a later line`,
        `Without the \`;\` the statement after the SET is read as part of its value. End the SET with \`;\`: SET ${text.slice(keyToks[0]?.start ?? 0, keyToks.at(-1)?.end ?? 0)} = ${written};`,
        lines.range(file, runOn.value[0].start, runOn.value.at(-1).end)
      )
    );
  } else if (value === void 0)
    bad2("SET value is not a single quoted string or an unquoted value", valToks[0]);
  else if (key2 !== void 0 && keyToks[0].kind === "string" && valToks[0].kind !== "string")
    diags.push(
      error2(
        CODES.malformedSet,
        "SET value must be quoted after a quoted key",
        `Write SET '${key2}' = '${value}': after a quoted key Flink's parser wants a quoted value (only an unquoted key may take a bare one: SET ${key2} = ${value}).`,
        lines.range(file, valToks[0].start, stmtEnd)
      )
    );
  const set2 = {};
  if (key2 !== void 0) set2.key = key2;
  if (value !== void 0) set2.value = value;
  return { set: set2, diags };
});
var parseReset = (function parseReset(text, file, lines, tokens) {
  const rest = tokens.slice(1);
  if (rest.length === 0) return { set: {}, diags: [] };
  const key2 = literal2(text, rest);
  if (key2 !== void 0) return { set: { key: key2 }, diags: [] };
  return {
    set: {},
    diags: [
      error2(
        CODES.malformedSet,
        "RESET takes one key",
        "Write RESET 'key' to reset one option, or RESET alone to reset them all.",
        lines.range(file, rest[0].start, rest[rest.length - 1].end)
      )
    ]
  };
});
// src/sql/statement-body.ts
var wordPair = (function wordPair(tokens, w1, w2) {
  return tokens.find((t, k) => isWord(t, w1) && isWord(tokens[k + 1], w2));
});
var refusedTable = (function refusedTable(c, table, head, temporary) {
  const ctas = table.asQuery === true;
  if (table.primaryKey?.enforced) {
    refuseEnforcedKey(c, wordPair(head, "PRIMARY", "KEY"), table.primaryKey.columns.join(", "));
    return;
  }
  if (!ctas) return;
  const verb = isWord(head[0], "REPLACE") ? "REPLACE TABLE" : isWord(head[1], "OR") ? "CREATE OR REPLACE TABLE" : "CREATE TABLE";
  if (temporary) {
    c.fail(
      CODES.refusedByFlink,
      `${verb} ... AS SELECT cannot create a temporary table`,
      `Flink refuses CREATE TEMPORARY TABLE ... AS SELECT ("does not support to create temporary table yet"). Create the table with CREATE TEMPORARY TABLE name (columns) WITH (...) and fill it with INSERT INTO name SELECT ..., or drop TEMPORARY.`,
      temporary
    );
    return;
  }
  const v = c.ctx.flinkVersion;
  if (v === void 0 || atLeast(v, "2.0")) return;
  const schema = table.columns.length > 0 || table.watermark !== void 0 || table.primaryKey !== void 0;
  const partitioned = table.partitionedBy.length > 0;
  if (!schema && !partitioned) return;
  const at = partitioned && !schema ? wordPair(head, "PARTITIONED", "BY") : head.find((t) => isOp(t, "("));
  c.fail(
    CODES.refusedByFlink,
    `${verb} ... AS SELECT takes no ${schema ? "column list, watermark or primary key" : "PARTITIONED BY"} before Flink 2.0`,
    `Flink ${v} refuses it ("${verb} AS SELECT syntax does not support ${schema ? "to specify explicit columns" : "to create partitioned table"} yet"): the table takes its columns from the query. Remove the ${schema ? "parenthesised list" : "PARTITIONED BY clause"}, or create the table first and INSERT INTO it.`,
    at
  );
});
var buildStatement = (function buildStatement(ctx, tokens) {
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
});
var EXPLAIN_DETAILS = /* @__PURE__ */ new Set(["ESTIMATED_COST", "CHANGELOG_MODE", "JSON_EXECUTION_PLAN", "PLAN_ADVICE"]);
var absorb = (function absorb(stmt, inner, writes) {
  for (const r of inner.reads) pushUnique(stmt.reads, r);
  for (const f of inner.functions) pushUnique(stmt.functions, f);
  if (writes) for (const w2 of inner.writes) pushUnique(stmt.writes, w2);
  stmt.diags.push(...inner.diags);
});
var statementSet = (function statementSet(ctx, tokens, begin, stmt, writes) {
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
  if (closed && last > begin + 1 && !isOp(tokens[last - 1], ";")) {
    c.fail(
      CODES.unexpectedToken,
      "Unexpected END in a statement set: its last INSERT has no `;`",
      "Flink ends each INSERT of a statement set with `;`, the last one too: write `;` before END.",
      tokens[last]
    );
  }
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
});
var nested = (function nested(ctx, tokens, at, stmt, writes) {
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
});
var analyzeBody = (function analyzeBody(ctx, tokens, stmt) {
  const i0 = firstWordIndex(tokens);
  const n = tokens.length;
  const scanner = new ReferenceScanner(ctx, tokens);
  if (ctx.columnScopes && SCOPED.has(stmt.kind)) scanner.refs.scopes = [];
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
      const orReplace = c.eatWord("OR", "REPLACE") || isWord(tokens[i0], "REPLACE");
      const temporary = c.peek();
      if (c.eatWord("TEMPORARY")) table.temporary = true;
      c.eatWord("TABLE");
      const q = parseTableBody(c, table, scanner);
      if ((table.primaryKey?.enforced || table.asQuery) && !c.diags.some((d) => d.severity === "error"))
        refusedTable(c, table, tokens.slice(i0, q >= 0 ? q : n), table.temporary ? temporary : void 0);
      if (q >= 0) {
        scanner.refs.shape = { branches: [] };
        scanner.query(q, n, "CREATE TABLE AS");
        if (scanner.refs.shape) table.queryShape = scanner.refs.shape;
        scanner.refs.shape = void 0;
      }
      if (table.like) pushUnique(scanner.refs.reads, { ...table.like.source, like: true });
      if (table.asQuery && table.name.parts.length > 0) pushUnique(scanner.refs.writes, table.name);
      stmt.table = table;
      createdObject(stmt, "table", table, orReplace);
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
      const orReplace = c.eatWord("OR", "REPLACE");
      if (c.eatWord("TEMPORARY")) view.temporary = true;
      c.eatWord("VIEW");
      const q = parseViewBody(c, view);
      if (q >= 0) scanner.query(q, n, "CREATE VIEW");
      stmt.view = view;
      createdObject(stmt, "view", view, orReplace);
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
      const orReplace = c.eatWord("OR", "REPLACE");
      if (c.eatWord("TEMPORARY")) fn.temporary = true;
      if (c.eatWord("SYSTEM")) fn.system = true;
      c.eatWord("FUNCTION");
      parseFunctionBody(c, fn);
      stmt.function = fn;
      createdObject(stmt, "function", fn, orReplace);
      break;
    }
    case "create_catalog":
    case "create_database": {
      const def = {
        name: { parts: [], name: "", start: stmt.start, end: stmt.start },
        ifNotExists: false,
        options: {}
      };
      const orReplace = c.eatWord("OR", "REPLACE");
      c.eatWord("TEMPORARY");
      c.i++;
      const kind = stmt.kind === "create_catalog" ? "catalog" : "database";
      parseNamespaceBody(c, def, kind);
      if (kind === "catalog") stmt.catalog = def;
      else stmt.database = def;
      createdObject(stmt, kind, def, orReplace);
      break;
    }
    case "create_materialized_table":
      stmt.table = parseMaterializedTable(c, scanner, stmt.start);
      break;
    case "alter":
    case "drop": {
      const object = droppedOrAltered(ctx, tokens, i0 + 1, stmt.kind);
      if (object) stmt.object = object;
      if (stmt.kind === "alter") alterWithQuery(c, scanner);
      break;
    }
    case "insert": {
      const q = scanner.insert(i0, n);
      c.i = q < 0 ? Math.min(n, i0 + (isWord(tokens[i0 + 1], "INTO") || isWord(tokens[i0 + 1], "OVERWRITE") ? 2 : 1)) : q;
      if (tokens.slice(i0, n).some((t) => t.unterminated)) break;
      if (q < 0) c.unexpected("INSERT", "INTO or OVERWRITE and the target table name");
      else if (q >= n) c.unexpected("INSERT", "the query (SELECT ... or VALUES ...) after the target table");
      break;
    }
    case "select":
      scanner.query(i0, n, "the query");
      break;
    case "call":
      scanner.query(i0 + 1, n, "CALL", "call");
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
      else c.unexpected(stmt.kind === "delete" ? "DELETE FROM" : "UPDATE", "the table name");
      scanner.scan(c.i, n);
      break;
    }
    case "show":
      parseShowCreate(c);
      break;
    case "analyze":
      parseAnalyze(c);
      break;
    case "truncate": {
      c.eatWord("TABLE");
      const target = c.qualifiedName();
      if (target) pushUnique(scanner.refs.writes, target);
      else c.unexpected("TRUNCATE TABLE", "the table name");
      break;
    }
    default:
      break;
  }
  const refs = scanner.refs;
  if (refs.scopes && refs.scopes.length > 0 && !scanner.diags.some((d) => d.severity === "error")) {
    stmt.scopes = refs.scopes;
    if (refs.query) stmt.query = refs.query;
  }
  for (const r of withoutRunaways(withoutCtes(refs.reads, refs.ctes), tokens)) pushUnique(stmt.reads, r);
  for (const w2 of withoutRunaways(refs.writes, tokens)) pushUnique(stmt.writes, w2);
  for (const f of withoutRunaways(refs.functions, tokens)) pushUnique(stmt.functions, f);
  stmt.diags.push(...c.diags, ...scanner.diags);
});
var SCOPED = /* @__PURE__ */ new Set(["insert", "select", "create_table_as", "create_view"]);
var topLevelWord = (function topLevelWord(tokens, word4, from) {
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === "op") {
      if (t.value === "(") depth++;
      else if (t.value === ")") depth--;
    } else if (depth === 0 && t.kind === "word" && t.value === word4) return k;
  }
  return -1;
});
// src/sql/statement-sets.ts
var opensSet = (function opensSet(s) {
  if (s.kind === "begin_statement_set") return true;
  return (s.kind === "explain" || s.kind === "compile_plan") && /\bSTATEMENT\s+SET\s+BEGIN\b/i.test(s.text) && !/\bEND\s*$/i.test(s.text);
});
var emptySet = (function emptySet(begin) {
  return error2(
    CODES.emptyStatementSet,
    "Statement set is empty",
    "Put at least one INSERT statement between BEGIN STATEMENT SET; and END;, or remove the statement set: the SQL client submits nothing for an empty one.",
    begin.range
  );
});
var writesThroughJob = (function writesThroughJob(s) {
  return s.kind === "insert" || s.kind === "create_table_as" || s.kind === "execute" && s.writes.length > 0;
});
var checkStatementSets = (function checkStatementSets(statements) {
  const out = [];
  let open;
  let writes = 0;
  for (const s of statements) {
    if (open && writesThroughJob(s)) writes++;
    if (opensSet(s)) {
      const again = open?.kind === "begin_statement_set" && s.kind === "begin_statement_set";
      if (open?.kind === "begin_statement_set" && writes === 0 && !again) out.push(emptySet(open));
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
      if (!again) {
        open = s;
        writes = 0;
      }
    } else if (s.kind === "end") {
      if (open?.kind === "begin_statement_set" && writes === 0) out.push(emptySet(open));
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
});
// src/sql/analyze.ts
var analyzeSpan = (function analyzeSpan(ctx, span) {
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
  const typeNames = [];
  try {
    analyzeBody({ ...ctx, typeNames }, span.tokens, stmt);
    checkStatement({ ...ctx, typeNames }, span.tokens, stmt);
    strayCharacter(ctx, span, stmt);
    stmt.diags = withTypeNames(stmt.diags, typeNames).map((d) => explainToken(ctx, d));
  } catch (e) {
    stmt.diags.push(
      isStackOverflow(e) ? error2(
        CODES.nestedTooDeeply,
        "Statement nests brackets or function calls too deeply to analyse",
        "Hundreds of levels of nested brackets or calls are more than flinkops can follow. Write it flatter: a CASE, a chain of AND/OR, or a view for a part of it.",
        span.range
      ) : error2(
        "FO399",
        "Internal error while analysing this statement",
        `flinkops could not analyse this statement (${e instanceof Error ? e.message : String(e)}); please report it with the statement text.`,
        span.range
      )
    );
  }
  return stmt;
});
var withTypeNames = (function withTypeNames(diags, typeNames) {
  if (typeNames.length === 0) return diags;
  const syntax = diags.some(
    (d) => d.severity === "error" && (d.code === CODES.unexpectedToken || d.code === CODES.missingPart)
  );
  if (syntax) return diags;
  const seen2 = /* @__PURE__ */ new Set();
  const names = typeNames.filter((d) => {
    const k = `${d.range?.start.line}:${d.range?.start.column}:${d.summary}`;
    if (seen2.has(k)) return false;
    seen2.add(k);
    return true;
  });
  return [...diags, ...names];
});
var strayCharacter = (function strayCharacter(ctx, span, stmt) {
  let t;
  for (let i = 0; i < span.tokens.length; i++) {
    const k = span.tokens[i];
    if (k.kind !== "op") continue;
    const c = k.value.charCodeAt(0);
    if (c > 127 || isControl(c)) {
      t = k;
      break;
    }
  }
  if (!t) return;
  const at = (d) => d.severity === "error" && d.range && ctx.lines.offset(d.range.start) === t.start;
  if (stmt.diags.some(at)) return;
  const words = span.tokens.filter((k) => k.kind === "word" && k.end <= t.start).slice(0, 2);
  const where = words.map((k) => k.value.toUpperCase()).join(" ") || "the statement";
  stmt.diags.push(
    error2(
      CODES.unexpectedToken,
      `Unexpected character in ${where}`,
      "Remove the character.",
      ctx.lines.range(ctx.file, t.start, t.end)
    )
  );
});
var isUnicodeSpace = (function isUnicodeSpace(c) {
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8239 || c === 8287 || c === 12288;
});
var REFERENCE = /^\$\{(?:env|secret)\.[A-Za-z_][A-Za-z0-9_]*\}/;
var explainToken = (function explainToken(ctx, d) {
  if (d.code !== CODES.unexpectedToken && d.code !== CODES.unknownStatement || !d.range) return d;
  const at = ctx.lines.offset(d.range.start);
  const where = / in ([^`]+)$/.exec(d.summary)?.[1];
  const c = ctx.text.charCodeAt(at);
  if (isTypographicQuote(c)) {
    return {
      ...d,
      summary: `Typographic quote ${ctx.text[at]} (U+${codePointHex(c)})${where ? ` in ${where}` : ""}`,
      detail: "SQL quotes are straight: write 'text' for a string and `name` for a name. Typographic quotes come with text copied from a document or a chat.",
      range: ctx.lines.range(d.range.file, at, at + 1)
    };
  }
  if (isUnicodeSpace(c)) {
    return {
      ...d,
      summary: `${c === 160 ? "No-break space" : "Space character"} U+${codePointHex(c)}${where ? ` in ${where}` : ""}`,
      detail: "Replace it with a plain space: Flink reads only spaces, tabs and line breaks between words. It comes with text copied from a web page or a document.",
      range: ctx.lines.range(d.range.file, at, at + 1)
    };
  }
  if (isControl(c) || isZeroWidth(c) || c === 65279) {
    return {
      ...d,
      summary: `Invisible character U+${codePointHex(c)}${where ? ` in ${where}` : ""}`,
      detail: "Remove it: a control or zero-width character is not SQL (it comes with copied text or a file saved in another encoding). An editor that shows invisible characters finds it.",
      range: ctx.lines.range(d.range.file, at, at + 1)
    };
  }
  if (c > 127) {
    const ch = String.fromCodePoint(ctx.text.codePointAt(at));
    return {
      ...d,
      summary: `Character ${ch} (U+${codePointHex(ctx.text.codePointAt(at))}) cannot stand in SQL unquoted${where ? ` in ${where}` : ""}`,
      detail: "Flink's parser takes in a name only letters of Latin, Greek, Cyrillic and other alphabets, kana and CJK ideographs (not Hangul, full-width forms, symbols or emoji). Write the name in backquotes (`name`), or the text in a string literal ('text').",
      range: ctx.lines.range(d.range.file, at, at + ch.length)
    };
  }
  const ref = REFERENCE.exec(ctx.text.slice(at, at + 200))?.[0];
  if (!ref) return d;
  return {
    ...d,
    summary: `${ref} outside a '...' string literal${where ? ` in ${where}` : ""}`,
    detail: `flinkops checks the SQL as written, so a reference can stand only inside a string literal: write '${ref}' where text fits (CAST('${ref}' AS INT) for a number). A table or column name cannot come from a reference.`,
    range: ctx.lines.range(d.range.file, at, at + ref.length)
  };
});
var tidyStatements = (function tidyStatements(statements) {
  for (const s of statements) {
    tidySummaries(s.diags);
    if (s.inner) tidyStatements(s.inner);
  }
});
var dollarsInLiterals = (function dollarsInLiterals(text, span) {
  if (!span.text.includes("$")) return false;
  const tokens = span.tokens;
  let k = 0;
  for (let d = text.indexOf("$", span.start); d >= 0 && d < span.end; d = text.indexOf("$", d + 1)) {
    while (tokens[k].end <= d) k++;
    const t = tokens[k];
    if (t.kind !== "string" || text.charCodeAt(t.start) !== 39 || d <= t.start || d >= t.end - 1)
      return false;
  }
  return true;
});
var analyzeScript = (function analyzeScript(text, file, opts = {}) {
  try {
    const split = splitStatements(text, file, opts.lines?.text === text ? opts.lines : void 0);
    const ctx = { text, file, lines: split.lines, flinkVersion: opts.flinkVersion };
    if (opts.columnScopes) ctx.columnScopes = true;
    const statements = split.statements.map((s) => analyzeSpan(ctx, s));
    if (opts.dollarsInLiterals && split.diags.length === 0)
      split.statements.forEach((s, i) => {
        if (dollarsInLiterals(text, s)) statements[i].dollarsInLiterals = true;
      });
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
        error2(
          "FO399",
          "Internal error while analysing this SQL script",
          `flinkops could not analyse ${file} (${e instanceof Error ? e.message : String(e)}); please report it.`
        )
      ]
    };
  }
});
// src/sql/normalize.ts
// src/core/sensitive-keys.ts
var SENSITIVE = [
  "password",
  "secret",
  "fs.azure.account.key",
  "apikey",
  "api-key",
  "auth-params",
  "service-key",
  "token",
  "basic-auth",
  "jaas.config",
  "http-headers",
  "access-key"
];
var isSensitiveKey = (function isSensitiveKey(key2) {
  const k = key2.toLowerCase();
  return SENSITIVE.some((s) => k.includes(s));
});
var CREDENTIAL_WORDS = "password|secret|token|apikey|api-key|auth-params|service-key|basic-auth|jaas|http-headers|access-key|account\\.key";
var isCredentialKey = (function isCredentialKey(key2) {
  return isSensitiveKey(key2) || /authorization|cookie/i.test(key2);
});

import {
  formatLocation,
  sortDiagnostics
} from "./chunk-FYVUM4PK.mjs";
// src/render/style.ts
var wrap = ((open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`);
var id = ((s) => s);
var makeStyle = (function makeStyle(color) {
  if (!color) return { red: id, green: id, yellow: id, cyan: id, magenta: id, bold: id, dim: id };
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22)
  };
});
// src/render/controls.ts
var replaceControls = (function replaceControls(text, replace) {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = c < 32 && c !== 9 && c !== 10 || c >= 127 && c <= 159;
    if (!control) continue;
    out += text.slice(start, i) + replace(text[i]);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
});
var hexControl = (function hexControl(ch) {
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
});
// src/render/diagnostics.ts
var printable = (function printable(text, multiline = false) {
  const t = multiline ? text.replace(/\r\n?/g, "\n") : text.replace(/[\r\n]/g, hexControl);
  return replaceControls(t, hexControl);
});
var CONSOLIDATE_AT = 3;
var renderDiagnostics = (function renderDiagnostics(diags, opts) {
  const s = makeStyle(opts.color);
  const out = [];
  const sorted = sortDiagnostics(diags);
  const alike = opts.consolidate ? alikeGroups(sorted) : /* @__PURE__ */ new Map();
  const folded = new Set([...alike.values()].flat());
  const frames = new FrameLines();
  for (const d of sorted) {
    if (folded.has(d)) continue;
    const loc = printable(formatLocation(d.range));
    const sev = d.severity === "error" ? s.red("error") : d.severity === "warning" ? s.yellow("warning") : "info";
    out.push(`${loc ? `${s.bold(loc)}: ` : ""}${sev} ${s.dim(d.code)}: ${printable(d.summary)}`);
    const frame = d.range && opts.sources?.get(d.range.file)?.replace(/^\uFEFF/, "");
    if (frame !== void 0 && d.range)
      for (const l of codeFrame(frames, frame, d.range.start, d.range.end)) out.push(s.dim(l));
    for (const line of printable(d.detail, true).split("\n")) if (line.trim()) out.push(`    ${line}`);
    const rest = alike.get(d);
    if (rest) {
      out.push(
        `  and ${rest.length} more ${d.code} ${d.severity}s with the same advice (--verbose shows each in full):`
      );
      for (const r of rest) {
        const at = printable(formatLocation(r.range));
        out.push(`    ${at ? `${s.bold(at)}: ` : ""}${printable(r.summary)}`);
      }
    }
  }
  return out.length ? `${out.join("\n")}
` : "";
});
var alikeGroups = (function alikeGroups(sorted) {
  const byKey = /* @__PURE__ */ new Map();
  for (const d of sorted) {
    if (d.severity === "error") continue;
    const key2 = `${d.code}\0${d.severity}\0${d.detail.replace(/\b[0-9a-f]{32}\b/g, "#")}`;
    const group = byKey.get(key2);
    if (group) group.push(d);
    else byKey.set(key2, [d]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [first, ...rest] of byKey.values())
    if (first && rest.length + 1 >= CONSOLIDATE_AT) out.set(first, rest);
  return out;
});
var FRAME_WIDTH = 120;
var ELLIPSIS = "\u2026";
var codeFrame = (function codeFrame(frames, text, start, end) {
  const line = frames.line(text, start.line);
  if (line === void 0) return [];
  const gutter = String(start.line).length;
  const col = Math.max(0, start.column - 1);
  const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, line.length - col);
  const from = line.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(col - FRAME_WIDTH / 3, line.length - FRAME_WIDTH));
  const to = Math.min(line.length, from + FRAME_WIDTH);
  const head = from > 0 ? ELLIPSIS : "";
  const shown = head + visible(frames.masked(text, start.line, line).slice(from, to)) + (to < line.length ? ELLIPSIS : "");
  const caretAt = head.length + (col - from);
  const carets = Math.max(1, Math.min(width, to - col));
  return [
    `  ${String(start.line).padStart(gutter)} | ${shown}`,
    `  ${" ".repeat(gutter)} | ${" ".repeat(Math.max(0, caretAt))}${"^".repeat(carets)}`
  ];
});
var maskCredentials = (function maskCredentials(line) {
  const urls = line.replace(
    /((?:\/\/|^|[\s'"=])[^\s:/@'"]*:)([^\s/@'"]+)(?=@)/g,
    (_m, user, pw) => user + "*".repeat(pw.length)
  );
  if (!CREDENTIAL_HINT.test(urls)) return urls;
  return urls.replace(
    CREDENTIAL_VALUE,
    (m4, key2, sep, value) => isCredentialKey(key2.replace(/^['"]|['"]$/g, "")) && !value.includes("${") ? key2 + sep + value.replace(/[^'"]/g, "*") : m4
  );
});
var CREDENTIAL_HINT = new RegExp(`${CREDENTIAL_WORDS}|auth|cookie`, "i");
var CREDENTIAL_VALUE = /((?:'[^'\n]*'|"[^"\n]*"|[A-Za-z0-9_.-]+))(\s*[:=]\s*)('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s,{}[\]#'"][^,}#]*?(?=\s*(?:[,}]|\s#|$)))/g;
var visible = (function visible(line) {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 9) return " ";
    if (code < 32) return String.fromCharCode(9216 + code);
    return code === 127 ? "\u2421" : "\uFFFD";
  });
});
var FrameLines = class {
  starts = /* @__PURE__ */ new Map();
  maskedLines = /* @__PURE__ */ new Map();
  /** Line `n` (1-based) of `text`, without its line break. */
  line(text, n) {
    let starts = this.starts.get(text);
    if (!starts) {
      starts = [0];
      const eol = /\r\n|\r|\n/g;
      for (let m4 = eol.exec(text); m4; m4 = eol.exec(text)) starts.push(m4.index + m4[0].length);
      this.starts.set(text, starts);
    }
    if (n < 1 || n > starts.length) return void 0;
    const from = starts[n - 1];
    return text.slice(from, n < starts.length ? starts[n] : text.length).replace(/(?:\r\n|\r|\n)$/, "");
  }
  /** `line` (line `n` of `text`) with its credentials masked. */
  masked(text, n, line) {
    let lines = this.maskedLines.get(text);
    if (!lines) {
      lines = /* @__PURE__ */ new Map();
      this.maskedLines.set(text, lines);
    }
    let m4 = lines.get(n);
    if (m4 === void 0) {
      m4 = maskCredentials(line);
      lines.set(n, m4);
    }
    return m4;
  }
};

import "./chunk-QLMKHXW3.mjs";

import {
  __esm
} from "./chunk-TRBKR6JO.mjs";
// flinkops-builtin:node:url
var m;
var __flinkopsGet;
var node_url_default;
var fileURLToPath;
var init_node_url = __esm({
  "flinkops-builtin:node:url"() {
    m = process.getBuiltinModule("node:url");
    __flinkopsGet = (k) => m[k];
    node_url_default = m;
    fileURLToPath = /* @__PURE__ */ __flinkopsGet("fileURLToPath");
  }
});

import {
  __esm as __esm2
} from "./chunk-TRBKR6JO.mjs";
// flinkops-builtin:node:module
var m2;
var __flinkopsGet2;
var node_module_default;
var createRequire;
var init_node_module = __esm2({
  "flinkops-builtin:node:module"() {
    m2 = process.getBuiltinModule("node:module");
    __flinkopsGet2 = (k) => m2[k];
    node_module_default = m2;
    createRequire = /* @__PURE__ */ __flinkopsGet2("createRequire");
  }
});

// src/core/yaml-load-dist.ts
init_node_module();
init_node_url();
var loadYaml = (function loadYaml() {
  const here = new URL(".", import.meta.url);
  const dist = /\/chunks\/$/.test(here.pathname) ? new URL("..", here) : here;
  return createRequire(import.meta.url)(fileURLToPath(new URL("yaml.cjs", dist)));
});
// src/core/yaml-lib.ts
var lib;
var yaml = (function yaml() {
  lib ??= loadYaml();
  return lib;
});
var visit = Object.defineProperties(
  ((node, visitor) => yaml().visit(node, visitor)),
  {
    BREAK: { get: () => yaml().visit.BREAK },
    SKIP: { get: () => yaml().visit.SKIP },
    REMOVE: { get: () => yaml().visit.REMOVE }
  }
);

import {
  isIdentifier,
  suggestIdentifier
} from "./chunk-EKKRR5UX.mjs";

// flinkops-builtin:node:path
var m3 = process.getBuiltinModule("node:path");
var __flinkopsGet3 = (k) => m3[k];
var basename = /* @__PURE__ */ __flinkopsGet3("basename");
var dirname = /* @__PURE__ */ __flinkopsGet3("dirname");
var isAbsolute = /* @__PURE__ */ __flinkopsGet3("isAbsolute");
var join2 = /* @__PURE__ */ __flinkopsGet3("join");
var relative = /* @__PURE__ */ __flinkopsGet3("relative");
var resolve = /* @__PURE__ */ __flinkopsGet3("resolve");

import {
  constants,
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync
} from "./chunk-NPMD6JOW.mjs";
import {
  error as error3,
  warning as warning2
} from "./chunk-FYVUM4PK.mjs";
// src/load/files.ts
var MAX_FILE_BYTES = 1024 * 1024;
var READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var fileStart = (function fileStart(file) {
  return { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
});
var decoder = new TextDecoder("utf-8", { fatal: true });
var firstInvalidUtf8 = (function firstInvalidUtf8(buf) {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let n = 0;
    if (b < 128) n = 0;
    else if (b >= 194 && b <= 223) n = 1;
    else if (b >= 224 && b <= 239) n = 2;
    else if (b >= 240 && b <= 244) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    i += n + 1;
  }
  return buf.length;
});
var readProblem = (function readProblem(e) {
  const code = e?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return { why: "permission denied", fix: "Make the file readable (e.g. chmod a+r), or remove it." };
    case "EISDIR":
      return { why: "it is a folder, not a file", fix: "Remove or rename the folder." };
    case "ELOOP":
      return { why: "it is a symbolic link that points to itself", fix: "Replace the link with the file." };
    case "ENOENT":
      return {
        why: "it is a symbolic link to a file that does not exist",
        fix: "Point the link at an existing file, or remove it."
      };
    default:
      return {
        why: e instanceof Error ? e.message : String(e),
        fix: "Check that the file exists and is readable."
      };
  }
});
var unreadable = (function unreadable(file, e) {
  const p = readProblem(e);
  return error3("FO101", `Cannot read ${file}: ${p.why}`, p.fix, fileStart(file));
});
var readTextFile = (function readTextFile(dir, file, diags) {
  const abs = join2(dir, file);
  let fast;
  try {
    fast = readFileSync(abs, { encoding: "utf8", flag: READ_FLAGS });
  } catch (e) {
    const code = e.code;
    if (code === "ERR_FS_FILE_TOO_LARGE" || code === "ERR_STRING_TOO_LONG") {
      diags.push(tooLarge(file, statSync(abs, { throwIfNoEntry: false })?.size));
    } else diags.push(unreadable(file, e));
    return void 0;
  }
  if (fast.includes("\uFFFD")) {
    let buf;
    try {
      buf = readFileSync(abs, { flag: READ_FLAGS });
    } catch (e) {
      diags.push(unreadable(file, e));
      return void 0;
    }
    if (buf.length <= MAX_FILE_BYTES) return strictText(file, buf, diags);
    diags.push(tooLarge(file, buf.length));
    return void 0;
  }
  if (fast.length > MAX_FILE_BYTES / 3) {
    const size = Buffer.byteLength(fast);
    if (size > MAX_FILE_BYTES) {
      diags.push(tooLarge(file, size));
      return void 0;
    }
  }
  if (fast.includes("\0")) {
    diags.push(nulByte(file, fast));
    return void 0;
  }
  return textFile(file, fast.charCodeAt(0) === 65279 ? fast.slice(1) : fast);
});
var textFile = (function textFile(file, raw) {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return { file, text, lines: new LineIndex(text) };
});
var tooLarge = (function tooLarge(file, size) {
  return error3(
    "FO103",
    size === void 0 ? `File is too large (limit ${MAX_FILE_BYTES} bytes)` : `File is too large (${size} bytes, limit ${MAX_FILE_BYTES})`,
    "Repository files are limited to 1 MiB; split the file or move data out of the repository.",
    fileStart(file)
  );
});
var utf16Mark = (function utf16Mark(buf) {
  if (buf[0] === 255 && buf[1] === 254) return "utf-16le";
  if (buf[0] === 254 && buf[1] === 255) return "utf-16be";
  return void 0;
});
var notUtf16 = (function notUtf16(file, encoding, start) {
  return error3(
    "FO102",
    `File is ${encoding.toUpperCase()}, not UTF-8`,
    `Save the file as UTF-8: "Save with encoding: UTF-8" in the editor, or \`iconv -f ${encoding} -t utf-8 <file> > converted\` and move the converted file in its place.`,
    { file, start, end: start }
  );
});
var nulByte = (function nulByte(file, text) {
  const at = text.indexOf("\0");
  const head = text.slice(0, 64);
  const odd = [...head].filter((c, i) => i % 2 === 1 && c === "\0").length;
  const even = [...head].filter((c, i) => i % 2 === 0 && c === "\0").length;
  const pairs = Math.floor(head.length / 2);
  if (pairs > 0 && odd === pairs) return notUtf16(file, "utf-16le", { line: 1, column: 1 });
  if (pairs > 0 && even === pairs) return notUtf16(file, "utf-16be", { line: 1, column: 1 });
  const pos = new LineIndex(text).pos(at);
  return error3(
    "FO102",
    "File holds a NUL byte: it is not a UTF-8 text file",
    "Remove the NUL byte, or replace the file with the UTF-8 text it should hold.",
    { file, start: pos, end: pos }
  );
});
var strictText = (function strictText(file, buf, diags) {
  const utf16 = utf16Mark(buf);
  if (utf16) {
    diags.push(notUtf16(file, utf16, { line: 1, column: 1 }));
    return void 0;
  }
  if (buf.includes(0)) {
    diags.push(nulByte(file, new TextDecoder("utf-8").decode(buf)));
    return void 0;
  }
  let text;
  try {
    text = decoder.decode(buf);
  } catch {
    const bad2 = firstInvalidUtf8(buf);
    const prefix = new TextDecoder("utf-8").decode(buf.subarray(0, bad2));
    const lines = new LineIndex(prefix);
    const pos = lines.pos(prefix.length);
    diags.push(
      error3(
        "FO102",
        `File is not valid UTF-8 (byte 0x${buf[bad2]?.toString(16).padStart(2, "0")} at offset ${bad2})`,
        "Save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`).",
        { file, start: pos, end: pos }
      )
    );
    return void 0;
  }
  return textFile(file, text);
});
// src/load/interpolate.ts
// src/load/yaml-fast.ts
// src/load/yaml-indent.ts
// src/load/yaml-merge.ts
// src/load/yaml-source.ts
// src/load/project.ts
var PROJECT_FILE_EXAMPLE = [
  "A minimal flinkops.yaml:",
  "  project: my_project",
  '  flinkVersion: "1.20"',
  "  environments:",
  "    dev:",
  "      jobmanagerUrl: http://localhost:8081",
  "      sqlGatewayUrl: http://localhost:8083"
].join("\n");
// src/load/types.ts
function keys(record) {
  return Object.keys(record);
}
var JOB_SETTING_KEYS = keys({
  description: 1,
  parallelism: 1,
  maxParallelism: 1,
  upgradeMode: 1,
  state: 1,
  planMode: 1,
  allowNonRestoredState: 1,
  deletionPolicy: 1,
  config: 1,
  savepoints: 1,
  restoreFrom: 1,
  movedFrom: 1,
  schedule: 1,
  activeFrom: 1,
  activeUntil: 1,
  health: 1
});
var SCHEMA_KEYS = {
  job: JOB_SETTING_KEYS,
  "job.savepoints": keys({ every: 1, keep: 1, maxAge: 1 }),
  "job.schedule": keys({ timezone: 1, windows: 1 }),
  "job.schedule.windows[]": keys({ start: 1, stop: 1 }),
  "job.health": keys({
    maxRestarts: 1,
    window: 1,
    maxCheckpointAge: 1,
    notRunning: 1,
    maxBackPressure: 1,
    maxBackpressure: 1,
    maxBusy: 1,
    maxWatermarkLag: 1,
    maxConsumerLag: 1,
    minRecordsInPerSecond: 1,
    maxCheckpointDuration: 1
  }),
  udf: keys({ description: 1, jar: 1, files: 1, sha256: 1, functions: 1 }),
  "udf.functions[]": keys({ name: 1, class: 1, language: 1 }),
  test: keys({ description: 1, functions: 1, cases: 1 }),
  "test.cases[]": keys({ name: 1, description: 1, mode: 1, inputs: 1, expect: 1 }),
  "test.cases[].inputs.*": keys({ rows: 1, file: 1 }),
  "test.cases[].expect.*": keys({ rows: 1, changelog: 1, file: 1 }),
  "test.cases[].expect.*.changelog[]": keys({ op: 1, row: 1 }),
  table: keys({
    kind: 1,
    description: 1,
    connector: 1,
    columns: 1,
    computed: 1,
    metadata: 1,
    watermark: 1,
    primaryKey: 1,
    partitionedBy: 1,
    with: 1,
    lookup: 1
  }),
  "table.columns[]": keys({ name: 1, type: 1, nullable: 1, comment: 1 }),
  "table.computed[]": keys({ name: 1, expr: 1, comment: 1 }),
  "table.metadata[]": keys({ name: 1, type: 1, from: 1, virtual: 1, comment: 1 }),
  "table.watermark": keys({ column: 1, delay: 1, expr: 1 }),
  "table.lookup": keys({
    cache: 1,
    maxRows: 1,
    ttl: 1,
    expireAfterAccess: 1,
    cacheMissingKey: 1,
    reloadInterval: 1,
    maxRetries: 1
  }),
  project: keys({ project: 1, flinkVersion: 1, defaults: 1, policy: 1, environments: 1 }),
  "project.policy": keys({
    protectedJobs: 1,
    requireAllowDelete: 1,
    maxParallelism: 1,
    refuseIncompatibleUpgrades: 1
  }),
  "project.environments.*": keys({
    jobmanagerUrl: 1,
    sqlGatewayUrl: 1,
    flinkVersion: 1,
    auth: 1,
    alerts: 1,
    savepointDir: 1,
    planDir: 1,
    moveFrom: 1,
    state: 1,
    variables: 1,
    jobs: 1,
    tables: 1,
    udfs: 1,
    config: 1
  }),
  "project.environments.*.alerts[]": keys({ type: 1, url: 1, secret: 1, from: 1, to: 1 }),
  "project.environments.*.auth": keys({ token: 1, username: 1, password: 1, headers: 1 }),
  "project.environments.*.moveFrom": keys({ jobmanagerUrl: 1, sqlGatewayUrl: 1, auth: 1 }),
  "project.environments.*.tables.*": keys({ with: 1 }),
  "project.environments.*.udfs.*": keys({ jar: 1, sha256: 1 })
};

import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
import {
  lstatSync as lstatSync2
} from "./chunk-NPMD6JOW.mjs";
import {
  hasErrors
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-TRBKR6JO.mjs";
// src/cli/commands/inspect.ts
var refName = ((r) => r.parts.join("."));
var inspectCommand = {
  help: [
    "Usage: flinkops inspect FILE.sql [--json]",
    "",
    "Splits a Flink SQL script the way the SQL client does and reports, per statement, its kind,",
    "its range, the object it creates, the tables it reads and writes, the functions it calls, and",
    "any problems.",
    '  --json   machine output: {"statements":[{"kind","start","end","creates"?,"reads","writes","functions","diagnostics"}]}'
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {}, 1);
    const [file] = args.positionals;
    if (!file) throw new UsageError("expected a file: flinkops inspect FILE.sql");
    const path = isAbsolute(file) ? file : resolve(io.cwd, file);
    const shown = relative(io.cwd, path) || file;
    if (!lstatOrUndefined(path)) throw new UsageError(`no such file: ${file}`);
    const readDiags = [];
    const read = readTextFile(
      isAbsolute(file) ? dirname(path) : io.cwd,
      isAbsolute(file) ? basename(path) : file,
      readDiags
    );
    if (!read) {
      const located = readDiags.map((d) => d.range ? { ...d, range: { ...d.range, file: shown } } : d);
      io.stderr(renderDiagnostics(located, { color: io.color }));
      return EXIT.error;
    }
    const analysis = analyzeScript(read.text, shown);
    if (boolOpt(args, "json")) {
      const statements = analysis.statements.map((s) => ({
        kind: s.kind,
        start: s.range.start,
        end: s.range.end,
        ...created(s) ? { creates: created(s) } : {},
        reads: unique2(s.reads.map(refName)),
        writes: unique2(s.writes.map(refName)),
        functions: unique2(s.functions.map(refName)),
        diagnostics: s.diags
      }));
      const own = new Set(analysis.statements.flatMap((s) => s.diags));
      const scriptDiags = analysis.diags.filter((d) => !own.has(d));
      io.stdout(`${JSON.stringify({ file: shown, statements, diagnostics: scriptDiags }, null, 2)}
`);
    } else {
      for (const [i, s] of analysis.statements.entries()) {
        const at = `${s.range.start.line}:${s.range.start.column}`;
        const parts = [`${String(i + 1).padStart(3)}  ${s.kind.padEnd(20)} ${at.padEnd(8)}`];
        const made = created(s);
        if (made) parts.push(`creates ${made}`);
        if (s.reads.length) parts.push(`reads ${unique2(s.reads.map(refName)).join(", ")}`);
        if (s.writes.length) parts.push(`writes ${unique2(s.writes.map(refName)).join(", ")}`);
        if (s.functions.length) parts.push(`calls ${unique2(s.functions.map(refName)).join(", ")}`);
        io.stdout(`${parts.join("  ")}
`);
      }
      io.stdout(
        renderDiagnostics(analysis.diags, { color: io.color, sources: /* @__PURE__ */ new Map([[shown, read.text]]) })
      );
    }
    return hasErrors(analysis.diags) ? EXIT.error : EXIT.ok;
  }
};
function created(s) {
  const def = s.kind === "create_table_as" ? void 0 : s.table ?? s.view ?? s.function ?? s.catalog ?? s.database;
  return def && refName(def.name);
}
function unique2(xs) {
  return [...new Set(xs)];
}
function lstatOrUndefined(path) {
  try {
    return lstatSync2(path);
  } catch {
    return void 0;
  }
}
export {
  inspectCommand
};
