import {
  exactNumbers,
  flinkReason,
  isSqlRejection,
  isTerminal,
  isTransient,
  lostDigits
} from "./chunk-YM6LO4KA.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  isBatchJob
} from "./chunk-TUYVXCSN.mjs";
import {
  checkSchema,
  isQueryOption
} from "./chunk-HCV42XU2.mjs";
import {
  quoteIdentifier,
  quoteString
} from "./chunk-2KEB7JXC.mjs";
import {
  parseYaml,
  resolveSecrets
} from "./chunk-DPJDA3R2.mjs";
import {
  isName,
  isOp,
  isWord,
  lex,
  matchingBracket,
  nameOf
} from "./chunk-BYIOOC32.mjs";
import {
  LineIndex,
  codePointHex
} from "./chunk-MHE3XHPS.mjs";
import {
  join
} from "./chunk-KBTCQ2CM.mjs";
import {
  existsSync,
  readFileSync
} from "./chunk-NPMD6JOW.mjs";
import {
  error,
  formatLocation,
  warning
} from "./chunk-FYVUM4PK.mjs";

// src/engine/sql-test/load.ts
var TEST_CODES = {
  badFile: "FO450",
  unknownTable: "FO451",
  unknownColumn: "FO452",
  badValue: "FO453",
  dataFile: "FO454",
  notFlink: "FO455",
  previewRefused: "FO456",
  /** The preview's query never ran: its tasks waited for a task slot until the wait ended. */
  previewNoSlot: "FO457",
  /** No rows from an event-time query: its watermark did not pass (an idle Kafka partition holds it). */
  previewNoWatermark: "FO458"
};
var testFilePath = (function testFilePath(job) {
  return `jobs/${job}.test.yaml`;
});
var loadTestFile = (function loadTestFile(dir, job) {
  const file = testFilePath(job);
  const abs = join(dir, file);
  if (!existsSync(abs)) return { value: void 0, diags: [], exists: false };
  let text;
  try {
    text = readFileSync(abs, "utf8");
  } catch (e) {
    return {
      value: void 0,
      exists: true,
      diags: [error(TEST_CODES.badFile, `Cannot read ${file}`, `Make the file readable: ${String(e)}`)]
    };
  }
  const parsed = parseYaml(file, text);
  if (!parsed.value) return { value: void 0, diags: parsed.diags, exists: true };
  const diags = [...parsed.diags, ...checkSchema("test", parsed.value)];
  if (diags.some((d) => d.severity === "error")) return { value: void 0, diags, exists: true };
  return {
    value: { job, file, spec: parsed.value.data, source: parsed.value },
    diags,
    exists: true
  };
});
var exactRow = (function exactRow(source, at, row) {
  let out;
  for (const [k, v] of Object.entries(row)) {
    if (typeof v !== "number") continue;
    const r = source.locate([...at, k]);
    const text = source.text.slice(source.lines.offset(r.start), source.lines.offset(r.end));
    if (lostDigits(v, text)) {
      out ??= { ...row };
      out[k] = text;
    }
  }
  return out ?? row;
});
var rowsOf = (function rowsOf(dir, tf, path, spec) {
  if (spec.rows) {
    return {
      value: {
        rows: spec.rows.map((row, i) => exactRow(tf.source, [...path, "rows", i], row)),
        ranges: spec.rows.map((_, i) => tf.source.locate([...path, "rows", i])),
        paths: spec.rows.map((_, i) => [...path, "rows", i])
      },
      diags: []
    };
  }
  const name = spec.file;
  const rel = `jobs/${name}`;
  const at = tf.source.locate([...path, "file"]);
  let text;
  try {
    text = readFileSync(join(dir, rel), "utf8");
  } catch {
    return {
      value: { rows: [], ranges: [] },
      diags: [
        error(
          TEST_CODES.dataFile,
          `Cannot read the data file ${rel}`,
          `Put ${name} beside the test file in jobs/, or give the rows inline with rows:.`,
          at
        )
      ]
    };
  }
  const lineRange = (line) => ({
    file: rel,
    start: { line, column: 1 },
    end: { line, column: 1 }
  });
  if (name.endsWith(".json")) {
    let data;
    try {
      data = JSON.parse(text, exactNumbers);
    } catch (e) {
      return {
        value: { rows: [], ranges: [] },
        diags: [
          error(
            TEST_CODES.dataFile,
            `${rel} is not valid JSON: ${e.message}`,
            'Write an array of objects, one per row: [{"col": value, ...}, ...].',
            lineRange(1)
          )
        ]
      };
    }
    const ok = Array.isArray(data) && data.every(
      (r) => r && typeof r === "object" && !Array.isArray(r) && Object.values(r).every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))
    );
    if (!ok) {
      return {
        value: { rows: [], ranges: [] },
        diags: [
          error(
            TEST_CODES.dataFile,
            `${rel} must hold an array of flat objects`,
            'Write [{"col": value, ...}, ...] with text, numbers, true/false or null as values.',
            lineRange(1)
          )
        ]
      };
    }
    const rows = data;
    return { value: { rows, ranges: rows.map(() => lineRange(1)) }, diags: [] };
  }
  return parseCsv(text, rel);
});
var parseCsv = (function parseCsv(text, file) {
  const records = [];
  let fields = [];
  let quoted = [];
  let cur = "";
  let isQuoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const diags = [];
  const endField = () => {
    fields.push(cur);
    quoted.push(isQuoted);
    cur = "";
    isQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "" && !quoted[0]))
      records.push({ fields, quoted, line: recordLine });
    fields = [];
    quoted = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else {
        if (c === "\n") line++;
        cur += c;
      }
    } else if (c === '"' && cur === "") {
      inQuotes = true;
      isQuoted = true;
    } else if (c === ",") endField();
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else cur += c;
  }
  if (inQuotes)
    diags.push(
      error(
        TEST_CODES.dataFile,
        "Unterminated quoted field",
        'Close the field with a double quote (a quote inside is written "").',
        { file, start: { line: recordLine, column: 1 }, end: { line, column: 1 } }
      )
    );
  if (cur !== "" || fields.length > 0) endRecord();
  const [header, ...body] = records;
  if (!header) return { value: { rows: [], ranges: [] }, diags };
  const rows = [];
  const ranges = [];
  for (const r of body) {
    const range = { file, start: { line: r.line, column: 1 }, end: { line: r.line, column: 1 } };
    if (r.fields.length !== header.fields.length) {
      diags.push(
        error(
          TEST_CODES.dataFile,
          `The row has ${r.fields.length} fields, the header ${header.fields.length}`,
          "Give every row one field per header column (an empty field is NULL; quote fields holding commas).",
          range
        )
      );
      continue;
    }
    const row = {};
    header.fields.forEach((h, i) => {
      const v = r.fields[i];
      row[h.trim()] = v === "" && !r.quoted[i] ? null : v;
    });
    rows.push(row);
    ranges.push(range);
  }
  return { value: { rows, ranges }, diags };
});

// src/engine/sql-test/values.ts
var columnType = (function columnType(typeText) {
  const sql = typeText.replace(/\s+NOT\s+NULL\s*$/i, "").trim();
  const up = sql.toUpperCase();
  const root = up.replace(/\(.*$/, "").trim();
  if (/^(CHAR|VARCHAR|STRING)$/.test(root)) return { sql, family: "string" };
  if (root === "BOOLEAN") return { sql, family: "boolean" };
  if (/^(TINYINT|SMALLINT|INT|INTEGER|BIGINT)$/.test(root)) return { sql, family: "integer" };
  if (/^(DECIMAL|DEC|NUMERIC)$/.test(root)) {
    const m = /\(\s*\d+\s*(?:,\s*(\d+)\s*)?\)/.exec(up);
    return { sql, family: "decimal", scale: m?.[1] ? Number(m[1]) : 0 };
  }
  if (/^(FLOAT|DOUBLE|REAL|DOUBLE PRECISION)$/.test(root)) return { sql, family: "float" };
  if (root === "DATE") return { sql, family: "date" };
  if (root.startsWith("TIME") && !root.startsWith("TIMESTAMP")) return { sql, family: "time" };
  if (root.startsWith("TIMESTAMP")) return { sql, family: "timestamp" };
  return { sql, family: void 0 };
});
var TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z?$/;
var valueProblem = (function valueProblem(v, t) {
  if (v === null) return void 0;
  switch (t.family) {
    case void 0:
      return `columns of type ${t.sql} cannot be given in test rows (text, numbers, booleans, dates and timestamps can)`;
    case "string":
      return void 0;
    case "boolean":
      return typeof v === "boolean" || /^(true|false)$/i.test(String(v)) ? void 0 : "expected true or false";
    case "integer":
      return /^-?\d+$/.test(String(v).trim()) ? void 0 : "expected a whole number";
    case "decimal":
    case "float":
      return typeof v === "number" || v.toString().trim() !== "" && !Number.isNaN(Number(v)) ? void 0 : "expected a number";
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? void 0 : "expected a date 'YYYY-MM-DD'";
    case "time":
      return /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(String(v)) ? void 0 : "expected a time 'HH:MM:SS'";
    case "timestamp":
      return TIMESTAMP.test(String(v)) ? void 0 : "expected a timestamp 'YYYY-MM-DD HH:MM:SS[.fff]'";
  }
});
var expectedValueProblem = (function expectedValueProblem(v, t) {
  const p = valueProblem(v, t);
  if (p || v === null || t.family !== "decimal") return p;
  const m = /^-?\d*\.(\d*?)0*$/.exec(String(v).trim());
  const places = m?.[1]?.length ?? 0;
  const scale = t.scale ?? 0;
  return places > scale ? `it has ${places} decimal places and ${t.sql} keeps ${scale}, so the sink never holds it (Flink rounds to ${scale}); write it as Flink does, e.g. ${Number(v).toFixed(scale)}` : void 0;
});
var sqlLiteral = (function sqlLiteral(v, t) {
  if (v === null) return `CAST(NULL AS ${t.sql})`;
  let text = String(v);
  if (t.family === "timestamp") text = text.replace("T", " ").replace(/Z$/, "");
  return `CAST(${quoteString(text)} AS ${t.sql})`;
});
var canonical = (function canonical(v, t) {
  if (v === null || v === void 0) return null;
  const s = typeof v === "string" ? v : String(v);
  switch (t.family) {
    case "boolean":
      return s.trim().toLowerCase();
    case "integer":
      return s.trim().replace(/^(-?)0+(?=\d)/, "$1");
    case "decimal": {
      const scale = t.scale ?? 0;
      const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s.trim());
      if (m && (m[3] ?? "").length <= scale) {
        const digits = `${m[2].replace(/^0+(?=\d)/, "")}${scale > 0 ? `.${(m[3] ?? "").padEnd(scale, "0")}` : ""}`;
        return /^[0.]+$/.test(digits) ? digits : `${m[1]}${digits}`;
      }
      const n = Number(s);
      return Number.isNaN(n) ? s : n.toFixed(scale);
    }
    case "float": {
      const n = Number(s);
      return Number.isNaN(n) ? s : String(n);
    }
    case "timestamp":
    case "time": {
      let x = s.trim().replace("T", " ").replace(/Z$/, "");
      if (/ \d{2}:\d{2}$/.test(x) || /^\d{2}:\d{2}$/.test(x)) x += ":00";
      if (x.includes(".")) x = x.replace(/0+$/, "").replace(/\.$/, "");
      return x;
    }
    default:
      return s;
  }
});

// src/engine/sql-test/compare.ts
var OPS = {
  INSERT: "+I",
  UPDATE_BEFORE: "-U",
  UPDATE_AFTER: "+U",
  DELETE: "-D"
};
var opOf = (function opOf(kind) {
  return OPS[kind ?? "INSERT"] ?? "+I";
});
var isEmptyDiff = (function isEmptyDiff(d) {
  return d.missing.length === 0 && d.unexpected.length === 0 && d.changed.length === 0;
});
var project = (function project(row, cols) {
  return Object.fromEntries(cols.map((c) => [c, row[c] ?? null]));
});
var keyOf = (function keyOf(row, cols) {
  return JSON.stringify(cols.map((c) => row[c] ?? null));
});
var actualRows = (function actualRows(q, rows) {
  return rows.map((r) => Object.fromEntries(q.columns.map((c, i) => [c.name, canonical(r[i], c.type)])));
});
var expectedRow = (function expectedRow(q, row, cols) {
  return Object.fromEntries(
    cols.map((c) => {
      const col = q.columns.find((x) => x.name === c);
      return [c, canonical(row[c] ?? null, col.type)];
    })
  );
});
var compareSink = (function compareSink(q, exp, actual) {
  const cols = exp.compared;
  const diff = { missing: [], unexpected: [], changed: [] };
  if (exp.kind === "changelog") {
    const pool = actual.rows.map((r, i) => ({ op: actual.ops[i], row: project(r, cols), k: "" }));
    for (const p of pool) p.k = `${p.op}${keyOf(p.row, cols)}`;
    const left2 = [...pool];
    exp.rows.forEach((r, i) => {
      const row = expectedRow(q, r, cols);
      const op = exp.ops[i];
      const k = `${op}${keyOf(row, cols)}`;
      const at = left2.findIndex((p) => p.k === k);
      if (at >= 0) left2.splice(at, 1);
      else diff.missing.push({ op, row, ...exp.ranges[i] ? { range: exp.ranges[i] } : {} });
    });
    diff.unexpected.push(...left2.map((p) => ({ op: p.op, row: p.row })));
    return { diff, received: pool.map((p) => p.row) };
  }
  const pk = q.primaryKey;
  let final;
  if (pk) {
    const byKey = /* @__PURE__ */ new Map();
    actual.rows.forEach((r, i) => {
      const op = actual.ops[i];
      const k = keyOf(r, pk);
      if (op === "-U" || op === "-D") byKey.delete(k);
      else byKey.set(k, r);
    });
    final = [...byKey.values()];
  } else {
    final = [];
    actual.rows.forEach((r, i) => {
      const op = actual.ops[i];
      if (op === "-U" || op === "-D") {
        const at = final.findIndex((f) => keyOf(f, cols) === keyOf(r, cols));
        if (at >= 0) final.splice(at, 1);
      } else final.push(r);
    });
  }
  const received = final.map((r) => project(r, cols));
  const left = received.map((row) => ({ row, k: keyOf(row, cols) }));
  const unmatched = [];
  exp.rows.forEach((r, i) => {
    const row = expectedRow(q, r, cols);
    const at = left.findIndex((p) => p.k === keyOf(row, cols));
    if (at >= 0) left.splice(at, 1);
    else unmatched.push({ row, ...exp.ranges[i] ? { range: exp.ranges[i] } : {} });
  });
  if (pk?.every((c) => cols.includes(c))) {
    for (const m of unmatched) {
      const at = left.findIndex((p) => keyOf(p.row, pk) === keyOf(m.row, pk));
      if (at >= 0) {
        diff.changed.push({
          key: project(m.row, pk),
          expected: m.row,
          actual: left[at].row,
          ...m.range ? { range: m.range } : {}
        });
        left.splice(at, 1);
      } else diff.missing.push(m);
    }
  } else diff.missing.push(...unmatched);
  diff.unexpected.push(...left.map((p) => ({ row: p.row })));
  return { diff, received };
});

// src/engine/sql-test/leftovers.ts
var AWAIT_SUBMIT_MS = 5e3;
var cancelLeftovers = (async function cancelLeftovers(client, pipelineName, opts) {
  const deadline = opts.now() + (opts.timeoutMs ?? 3e4);
  const submitBy = opts.awaitSubmitMs !== void 0 ? opts.now() + opts.awaitSubmitMs : void 0;
  const asked = /* @__PURE__ */ new Set();
  let seen = false;
  for (; ; ) {
    const jobs = await client.listJobs();
    if (!jobs.ok) return;
    const mine = jobs.value.filter((j) => j.name === pipelineName);
    if (mine.length > 0) seen = true;
    const left = mine.filter((j) => !isTerminal(j.state));
    if (left.length === 0 && (seen || submitBy === void 0 || opts.now() >= submitBy)) return;
    if (opts.now() >= deadline) return;
    for (const j of left)
      if (!asked.has(j.id) && j.state !== "CANCELLING") {
        asked.add(j.id);
        await client.cancelJob(j.id);
      }
    await opts.sleep(250);
  }
});

// src/engine/sql-test/rewrite.ts
var tokens = (function tokens(text) {
  return lex(text, "job.sql", new LineIndex(text)).tokens;
});
var applyEdits = (function applyEdits(text, edits) {
  let out = "";
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
});
var callArguments = (function callArguments(text, toks, from, to) {
  const args = [];
  let depth = 0;
  let start = from;
  for (let j = from; j < to; j++) {
    const t = toks[j];
    if (isOp(t, "(") || isOp(t, "[")) depth++;
    else if (isOp(t, ")") || isOp(t, "]")) depth--;
    else if (depth === 0 && isOp(t, ",")) {
      args.push(text.slice(toks[start].start, toks[j - 1].end));
      start = j + 1;
    }
  }
  if (to > from) args.push(text.slice(toks[start].start, toks[to - 1].end));
  return args;
});
var mockFunctions = (function mockFunctions(text, mocks) {
  const byName = new Map(Object.entries(mocks).map(([k, v]) => [k.toLowerCase(), v]));
  if (byName.size === 0) return text;
  const rewrite = (src) => {
    const toks = tokens(src);
    const edits = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!isName(t) || !isOp(toks[i + 1], "(") || isOp(toks[i - 1], ".")) continue;
      const template = byName.get(nameOf(src, t).toLowerCase());
      if (template === void 0) continue;
      const close = matchingBracket(toks, i + 1, toks.length);
      const args = callArguments(src, toks, i + 2, close - 1).map(rewrite);
      const body = template.replace(/\$(\d+)/g, (m, n) => {
        const a = args[Number(n) - 1];
        return a === void 0 ? m : `(${a})`;
      });
      edits.push({ start: t.start, end: toks[close - 1].end, text: `(${body})` });
      i = close - 1;
    }
    return applyEdits(src, edits);
  };
  return rewrite(text);
});
var inlineColumns = (function inlineColumns(text, exprs) {
  const toks = tokens(text);
  const edits = [];
  toks.forEach((t, i) => {
    if (!isName(t) || isOp(toks[i - 1], ".") || isOp(toks[i + 1], "(")) return;
    const e = exprs.get(nameOf(text, t));
    if (e !== void 0) edits.push({ start: t.start, end: t.end, text: `(${e})` });
  });
  return applyEdits(text, edits);
});
var dropTemporal = (function dropTemporal(text, swapped, proctime) {
  const toks = tokens(text);
  const edits = [];
  for (let i = 1; i + 3 < toks.length; i++) {
    if (!isWord(toks[i], "FOR") || !isWord(toks[i + 1], "SYSTEM_TIME") || !isWord(toks[i + 2], "AS") || !isWord(toks[i + 3], "OF"))
      continue;
    const before = toks[i - 1];
    if (!isName(before) || !swapped.has(nameOf(text, before))) continue;
    let j = i + 4;
    if (isName(toks[j])) {
      j++;
      while (isOp(toks[j], ".") && isName(toks[j + 1])) j += 2;
    }
    if (isWord(toks[i + 4], "PROCTIME") && isOp(toks[i + 5], "(") && isOp(toks[i + 6], ")")) j = i + 7;
    else if (j === i + 4 || !proctime.has(nameOf(text, toks[j - 1]))) continue;
    edits.push({ start: toks[i].start, end: toks[j - 1].end, text: "" });
  }
  return applyEdits(text, edits);
});
var hasTemporalJoin = (function hasTemporalJoin(text) {
  const toks = tokens(text);
  return toks.some(
    (t, i) => isWord(t, "FOR") && isWord(toks[i + 1], "SYSTEM_TIME") && isWord(toks[i + 2], "AS") && isWord(toks[i + 3], "OF")
  );
});
var splitInsert = (function splitInsert(text) {
  const toks = tokens(text);
  let i = toks.findIndex((t) => isWord(t, "INTO") || isWord(t, "OVERWRITE"));
  if (i < 0) return void 0;
  i++;
  if (isWord(toks[i], "TABLE")) i++;
  if (!isName(toks[i])) return void 0;
  let table = nameOf(text, toks[i]);
  i++;
  while (isOp(toks[i], ".") && isName(toks[i + 1])) {
    table = nameOf(text, toks[i + 1]);
    i += 2;
  }
  while (toks[i]?.kind === "hint") i++;
  if (isWord(toks[i], "PARTITION") && isOp(toks[i + 1], "(")) i = matchingBracket(toks, i + 1, toks.length);
  let columns;
  if (isOp(toks[i], "(") && isName(toks[i + 1]) && (isOp(toks[i + 2], ",") || isOp(toks[i + 2], ")"))) {
    const close = matchingBracket(toks, i, toks.length);
    columns = toks.slice(i + 1, close - 1).filter(isName).map((t) => nameOf(text, t));
    i = close;
  }
  const q = toks[i];
  if (!q) return void 0;
  return { table, ...columns ? { columns } : {}, query: text.slice(q.start) };
});
var withOption = (function withOption(ddl, key, value) {
  const toks = tokens(ddl);
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i], "WITH") || !isOp(toks[i + 1], "(")) continue;
    const close = matchingBracket(toks, i + 1, toks.length) - 1;
    if (!isOp(toks[close], ")")) return void 0;
    const quoted = `'${key.replace(/'/g, "''")}'`;
    for (let j = i + 2; j < close; j++) if (ddl.slice(toks[j].start, toks[j].end) === quoted) return ddl;
    const empty = close === i + 2;
    const at = toks[close].start;
    return `${ddl.slice(0, at)}${empty ? "" : ", "}${quoted} = '${value.replace(/'/g, "''")}'${ddl.slice(at)}`;
  }
  return void 0;
});

// src/engine/sql-test/preview.ts
var noOffsetCommits = (function noOffsetCommits(ddl, options) {
  if (!/kafka$/.test(options.connector ?? "") || options["properties.group.id"] === void 0) return ddl;
  return withOption(ddl, "properties.commit.offsets.on.checkpoint", "false") ?? ddl;
});
var runPreview = (async function runPreview(job, opts) {
  const diags = [];
  const secretValues = [];
  const sinks = new Set(job.sinks);
  const setup = [];
  const properties = {
    "execution.runtime-mode": isBatchJob(job) ? "batch" : "streaming"
  };
  for (const [k, v] of Object.entries(job.settings?.config ?? {}))
    if (isQueryOption(k) && v !== null && v !== void 0) properties[k] = String(v);
  const inserts = [];
  for (const st of job.statements) {
    if (st.kind === "set" && st.set?.key && isQueryOption(st.set.key) && st.set.value !== void 0)
      properties[st.set.key] = st.set.value;
    else if (st.kind === "create_table" && st.table && !sinks.has(st.table.name.name)) {
      const r = resolveSecrets(st.text, opts.secrets);
      diags.push(...r.diags);
      if (r.value !== st.text) secretValues.push(...secretsIn(st.text, r.value));
      setup.push(noOffsetCommits(r.value, st.table.options));
    } else if (st.kind === "create_view" || st.kind === "create_function") setup.push(st.text);
    else if (st.kind === "insert" || st.kind === "statement_set") {
      for (const ins of st.kind === "insert" ? [st] : st.inner ?? []) {
        const p = splitInsert(ins.text);
        if (p) inserts.push({ sink: p.table, query: p.query, ...p.columns ? { columns: p.columns } : {} });
      }
    }
  }
  const chosen = opts.sink ? inserts.find((i) => i.sink === opts.sink) : inserts[0];
  if (!chosen)
    diags.push(
      error(
        TEST_CODES.unknownTable,
        opts.sink ? `Job ${job.name} does not write "${opts.sink}"` : `Job ${job.name} has no INSERT to preview`,
        `Sinks of the job: ${inserts.map((i) => i.sink).join(", ") || "none"}.`
      )
    );
  if (!chosen || diags.some((d) => d.severity === "error")) return { diags, secretValues };
  const name = `flinkops-preview.${job.name}.${opts.now().toString(36)}`;
  const session = await opts.client.openSession({
    sessionName: name,
    properties: { ...properties, "pipeline.name": name }
  });
  if (!session.ok) return { diags: [flinkDiag(session.error)], secretValues };
  const sh = session.value;
  let oh;
  let failed = false;
  const stop = opts.stop;
  const pause = (ms) => stop ? new Promise((res) => {
    const onAbort = () => res();
    stop.addEventListener("abort", onAbort, { once: true });
    void opts.sleep(ms).then(() => {
      stop.removeEventListener("abort", onAbort);
      res();
    });
  }) : opts.sleep(ms);
  try {
    for (const sql of setup) {
      const r = await opts.client.runStatement(sh, sql, {
        timeoutMs: opts.timeoutMs,
        ...stop ? { signal: stop } : {}
      });
      if (!r.ok) return { diags: [flinkDiag(r.error)], secretValues };
    }
    const slots = opts.onProgress ? await slotsWhenNoneFree(opts.client) : void 0;
    if (slots !== void 0)
      opts.onProgress({ stage: "slot-wait", query: `preview of ${job.name}`, slotsTotal: slots });
    const exec = await opts.client.executeStatement(sh, chosen.query);
    if (!exec.ok) return { diags: [flinkDiag(exec.error)], secretValues };
    oh = exec.value;
    const deadline = opts.now() + opts.timeoutMs;
    const rows = [];
    const ops = [];
    let columns = [];
    let columnTypes = [];
    let next = 0;
    let timedOut = true;
    while (opts.now() < deadline && !stop?.aborted) {
      const page = await opts.client.fetchResults(sh, oh, next, true);
      if (!page.ok) {
        const st = await opts.client.getOperationStatus(sh, oh);
        const running = st.ok && st.value === "RUNNING" && isTransient(page.error);
        if (running || st.ok && ["INITIALIZED", "PENDING"].includes(st.value)) {
          await pause(500);
          continue;
        }
        if (st.ok && st.value === "ERROR") failed = true;
        return { diags: [flinkDiag(page.error)], secretValues };
      }
      if (page.value.columns.length) {
        columns = sinkColumns(
          job,
          chosen,
          page.value.columns.map((c) => c.name)
        );
        columnTypes = page.value.columns.map((c) => ({
          ...c.type ? { type: c.type } : {},
          ...c.scale !== void 0 ? { scale: c.scale } : {}
        }));
      }
      for (const r of page.value.rows) {
        if (rows.length < opts.limit) {
          rows.push(r.fields);
          ops.push(opOf(r.kind));
        }
      }
      if (rows.length >= opts.limit || page.value.resultType === "EOS" || !page.value.nextResultUri) {
        timedOut = false;
        break;
      }
      next = page.value.nextResultUri;
      if (page.value.rows.length === 0) await pause(500);
    }
    if (stop?.aborted) timedOut = false;
    if (timedOut && rows.length === 0) {
      const starved = await waitedForSlots(opts.client, name);
      if (starved) return { diags: [...diags, starved], secretValues };
      const held = heldByWatermark(chosen.query, setup, properties);
      if (held) diags.push(held);
    }
    return { value: { sink: chosen.sink, columns, columnTypes, rows, ops, timedOut }, diags, secretValues };
  } finally {
    if (oh) {
      if (!failed) await opts.client.cancelOperation(sh, oh);
      await opts.client.closeOperation(sh, oh);
    }
    await opts.client.closeSession(sh);
    const stopped = oh !== void 0 && !failed && stop?.aborted === true;
    await cancelLeftovers(opts.client, name, {
      now: opts.now,
      sleep: opts.sleep,
      ...stopped ? { awaitSubmitMs: AWAIT_SUBMIT_MS } : {}
    });
  }
});
var sinkColumns = (function sinkColumns(job, insert, names) {
  const table = job.statements.find(
    (s) => s.kind === "create_table" && s.table?.name.name === insert.sink
  )?.table;
  const written = insert.columns ?? table?.columns.filter((c) => c.kind === "physical" || c.kind === "metadata" && !c.virtual).map((c) => c.name);
  return written && written.length === names.length ? written : names;
});
var flinkDiag = (function flinkDiag(e) {
  const reason = flinkReason(e);
  const field = /Fail(?:ed)? to deserialize[\s\S]*?at field: ([^.\s]+)/i.exec(reason)?.[1];
  return error(
    TEST_CODES.previewRefused,
    `Flink refused the preview: ${reason}`,
    isSqlRejection(e) ? "Flink cannot compile the query on this cluster: fix the SQL, table or UDF the message names (flinkops plan checks the same, with EXPLAIN)." : /deserializ/i.test(reason) ? `A record of the source does not parse into the table's columns${field ? ` (field ${field})` : ""}: the table declares another type than its producer writes, or the topic holds records of another shape. Give the column the type the producer writes (validate compares the tables of one topic: FO288, FO289), or set the format's ignore-parse-errors option to skip such records.` : "Check that the sources are reachable from the cluster (connector jars, brokers, credentials)."
  );
});
var secretsIn = (function secretsIn(template, rendered) {
  const parts = template.split(/\$\{secret\.[A-Za-z0-9_]+\}/);
  if (parts.length < 2) return [];
  const out = [];
  let rest = rendered;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    rest = rest.slice(p.length);
    if (i < parts.length - 1) {
      const nextPart = parts[i + 1];
      const at = nextPart ? rest.indexOf(nextPart) : rest.length;
      if (at > 0) out.push(rest.slice(0, at));
      rest = rest.slice(Math.max(at, 0));
    }
  }
  return out.filter((s) => s.length > 0);
});
var EVENT_TIME = /\b(?:TUMBLE|HOP|CUMULATE|SESSION)\s*\(|\bMATCH_RECOGNIZE\b/i;
var heldByWatermark = (function heldByWatermark(query, setup, properties) {
  if (properties["table.exec.source.idle-timeout"] !== void 0) return void 0;
  if (![query, ...setup.filter((s) => /^\s*CREATE\s+(?:TEMPORARY\s+)?VIEW\b/i.test(s))].some(
    (t) => EVENT_TIME.test(t)
  ))
    return void 0;
  return warning(
    TEST_CODES.previewNoWatermark,
    "No rows before --timeout: the query emits only once the watermark passes the end of a window (or a pattern)",
    "Its sources' watermark did not get that far. A Kafka partition that receives no records holds the watermark of the whole source back, in production too: set table.exec.source.idle-timeout (e.g. 30 s) in the job's config, or produce records to every partition. Event times far behind the window's end, or a longer --timeout, are the other causes."
  );
});
var slotsWhenNoneFree = (async function slotsWhenNoneFree(client) {
  const get = client.getClusterOverview?.bind(client);
  if (!get) return void 0;
  const o = await get();
  return o.ok && o.value.slotsAvailable === 0 ? o.value.slotsTotal : void 0;
});
var waitedForSlots = (async function waitedForSlots(client, name, what = "The preview query") {
  const listed = await client.listJobs();
  const job = listed.ok ? listed.value.find((j) => j.name === name && !isTerminal(j.state)) : void 0;
  if (!job) return void 0;
  const details = await client.getJob(job.id);
  if (!details.ok || !details.value.vertices.some((v) => v.status !== void 0 && WAITING.has(v.status)))
    return void 0;
  const overview = await client.getClusterOverview?.();
  const slots = overview?.ok ? ` (${overview.value.slotsAvailable} of ${overview.value.slotsTotal} task slots free)` : "";
  return error(
    TEST_CODES.previewNoSlot,
    `${what} never ran: its tasks waited for a task slot${slots}`,
    "Every task slot of the cluster is taken. Free one (suspend a job, or lower a parallelism), add a TaskManager, or wait longer with --timeout."
  );
});
var WAITING = /* @__PURE__ */ new Set(["CREATED", "SCHEDULED"]);

// src/engine/sql-test/report.ts
var cell = (function cell(v) {
  return v === null ? "NULL" : v;
});
var rowText = (function rowText(r) {
  return Object.entries(r).map(([k, v]) => `${k}=${cell(v)}`).join(", ");
});
var UNSEEN = /[\p{M}\p{Cf}\p{Cc}\p{Zs}]/gu;
var spelled = (function spelled(v) {
  if (v === null) return "NULL";
  return `"${v.replace(UNSEEN, (ch) => ch === " " ? ch : `\\u${codePointHex(ch.codePointAt(0))}`)}"`;
});
var looks = (function looks(v) {
  return v.normalize("NFC").replace(/[\p{Cf}\p{Cc}]/gu, "").replace(new RegExp("\\p{Zs}", "gu"), " ");
});
var twoForms = (function twoForms(a, b) {
  return a != null && b != null && a.normalize("NFC") === b.normalize("NFC");
});
var alike = (function alike(expected, actual) {
  if (looks(rowText(expected)) !== looks(rowText(actual))) return void 0;
  const cols = Object.keys(expected).filter((k) => expected[k] !== actual[k]);
  if (cols.length === 0) return void 0;
  const composed = cols.every((k) => twoForms(expected[k], actual[k]));
  return `alike, but ${cols.map((k) => `${k} is ${spelled(expected[k] ?? null)} expected, ${spelled(actual[k] ?? null)} received`).join("; ")}${composed ? ": the same text in two Unicode forms (composed and decomposed); write the expected value in the form the job produces" : ""}`;
});
var caseLines = (function caseLines(c) {
  const at = formatLocation(c.range);
  const mark = c.status === "passed" ? "\u2713" : "\u2717";
  const out = [
    `  ${mark} ${c.name} (${c.mode}, ${(c.durationMs / 1e3).toFixed(1)} s)${c.status === "passed" ? "" : `  ${at}`}`
  ];
  if (c.error)
    out.push(c.interrupted || c.timedOut ? `      ${c.error}` : `      Flink refused the case: ${c.error}`);
  for (const s of c.sinks) {
    const d = s.diff;
    if (!d.missing.length && !d.unexpected.length && !d.changed.length) continue;
    out.push(`      ${s.sink}: ${s.received} row(s) received`);
    for (const m of d.missing) {
      out.push(
        `        - missing    ${m.op ? `${m.op} ` : ""}${rowText(m.row)}${m.range ? `  (${formatLocation(m.range)})` : ""}`
      );
      const note = d.unexpected.map((u) => alike(m.row, u.row)).find((n) => n !== void 0);
      if (note) out.push(`          (${note})`);
    }
    for (const u of d.unexpected) out.push(`        + unexpected ${u.op ? `${u.op} ` : ""}${rowText(u.row)}`);
    for (const ch of d.changed) {
      const cols = Object.keys(ch.expected).filter((k) => ch.expected[k] !== ch.actual[k]);
      out.push(
        `        ~ changed    ${rowText(ch.key)}: ${cols.map((k) => changedCell(k, ch.expected[k] ?? null, ch.actual[k] ?? null)).join("; ")}${ch.range ? `  (${formatLocation(ch.range)})` : ""}`
      );
    }
  }
  return out;
});
var changedCell = (function changedCell(k, expected, actual) {
  const same = looks(cell(expected)) === looks(cell(actual));
  const show = same ? spelled : cell;
  const forms = same && twoForms(expected, actual) ? " (one text in two Unicode forms)" : "";
  return `${k} expected ${show(expected)}, got ${show(actual)}${forms}`;
});
var renderTestResults = (function renderTestResults(results) {
  const lines = [];
  for (const r of results) {
    if (r.status === "no-tests") {
      lines.push(
        r.file ? `- ${r.job}: no case selected (${r.file})` : `- ${r.job}: no tests (add jobs/${r.job}.test.yaml)`
      );
      continue;
    }
    if (r.status === "stopped") {
      lines.push(`- ${r.job}: not run, the run was stopped before it (${r.file})`);
      continue;
    }
    lines.push(`${r.status === "passed" ? "\u2713" : "\u2717"} ${r.job} (${r.file})`);
    for (const c of r.cases) lines.push(...caseLines(c));
  }
  const cases = results.flatMap((r) => r.cases);
  const passed = cases.filter((c) => c.status === "passed").length;
  const untested = results.filter((r) => r.status === "no-tests" && !r.file).length;
  const unselected = results.filter((r) => r.status === "no-tests" && r.file).length;
  const stopped = results.filter((r) => r.status === "stopped").length;
  lines.push(
    "",
    `${passed} of ${cases.length} case(s) passed${untested ? `; ${untested} job(s) without tests` : ""}${unselected ? `; ${unselected} job(s) with no case selected` : ""}${stopped ? `; ${stopped} job(s) not run (stopped)` : ""}`
  );
  return `${lines.join("\n")}
`;
});
var shownValue = (function shownValue(v, t) {
  if (typeof v === "number" && t?.type === "DECIMAL" && t.scale !== void 0 && Number.isFinite(v))
    return v.toFixed(t.scale);
  if (typeof v === "string" && t?.type?.startsWith("TIMESTAMP") && /^\d{4}-\d{2}-\d{2}T\d/.test(v))
    return `${v.slice(0, 10)} ${v.slice(11)}`;
  return v;
});
var renderTable = (function renderTable(columns, rows) {
  const text = rows.map(
    (r) => columns.map((_, i) => r[i] === null || r[i] === void 0 ? "NULL" : String(r[i]))
  );
  const width = columns.map((c, i) => Math.max(c.length, ...text.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(width[i])).join(" | ")} |`;
  const sep = `+-${width.map((w) => "-".repeat(w)).join("-+-")}-+`;
  return [sep, line(columns), sep, ...text.map(line), sep].join("\n") + "\n";
});
var renderPreviewRows = (function renderPreviewRows(v) {
  const shown = v.rows.map((row) => row.map((x, i) => shownValue(x, v.columnTypes[i])));
  if (!v.ops.some((op) => op !== "+I")) return renderTable(v.columns, shown);
  return renderTable(
    ["op", ...v.columns],
    shown.map((row, i) => [v.ops[i] ?? "+I", ...row])
  );
});

// src/engine/sql-test/program.ts
var ROW = "__fo_row";
var inputColumns = (function inputColumns(def) {
  return def.columns.filter((c) => c.kind !== "computed");
});
var isProctime = (function isProctime(c) {
  return c.kind === "computed" && /^\s*PROCTIME\s*\(\s*\)\s*$/i.test(c.expr ?? "");
});
var boundedTable = (function boundedTable(def, rows, mode) {
  const name = def.name.name;
  const backing = quoteIdentifier(`__fo_input_${name}`);
  const cols = inputColumns(def);
  const n = Math.max(rows.length, 1);
  const lines = [`  ${quoteIdentifier(ROW)} BIGINT`];
  const exprs = /* @__PURE__ */ new Map();
  const nulls = /* @__PURE__ */ new Map();
  for (const c of cols) {
    const t = columnType(c.type ?? "STRING");
    if (t.family === void 0) {
      nulls.set(c.name, `CAST(NULL AS ${t.sql})`);
      continue;
    }
    const branches = rows.map((r, i) => `WHEN ${i + 1} THEN ${sqlLiteral(r[c.name] ?? null, t)}`);
    const expr = branches.length ? `CASE ${quoteIdentifier(ROW)} ${branches.join(" ")} END` : `CAST(NULL AS ${t.sql})`;
    exprs.set(c.name, expr);
    lines.push(`  ${quoteIdentifier(c.name)} AS ${expr}`);
  }
  const wmComputed = def.watermark ? def.columns.find((c) => c.kind === "computed" && c.name === def.watermark.column) : void 0;
  if (wmComputed)
    lines.push(`  ${quoteIdentifier(wmComputed.name)} AS ${inlineColumns(wmComputed.expr ?? "", exprs)}`);
  const pk = def.primaryKey?.columns ?? [];
  const PT = "__fo_pt";
  if (pk.length && mode === "streaming") lines.push(`  ${quoteIdentifier(PT)} AS PROCTIME()`);
  if (def.watermark)
    lines.push(`  WATERMARK FOR ${quoteIdentifier(def.watermark.column)} AS ${def.watermark.expr}`);
  const table = [
    `CREATE TEMPORARY TABLE ${backing} (
${lines.join(",\n")}
) WITH (`,
    `  'connector' = 'datagen',`,
    `  'number-of-rows' = '${n}',`,
    `  'fields.${ROW}.kind' = 'sequence',`,
    `  'fields.${ROW}.start' = '1',`,
    `  'fields.${ROW}.end' = '${n}'`,
    ")"
  ].join("\n");
  const select = def.columns.map(
    (c) => c.kind === "computed" && c !== wmComputed ? `${inlineColumns(c.expr ?? "", nulls)} AS ${quoteIdentifier(c.name)}` : nulls.has(c.name) ? `${nulls.get(c.name)} AS ${quoteIdentifier(c.name)}` : quoteIdentifier(c.name)
  );
  let from = `${backing}${rows.length ? "" : " WHERE FALSE"}`;
  if (pk.length) {
    const order = quoteIdentifier(mode === "streaming" ? PT : ROW);
    from = `(SELECT *, ROW_NUMBER() OVER (PARTITION BY ${pk.map(quoteIdentifier).join(", ")} ORDER BY ${order} DESC) AS \`__fo_rn\` FROM ${from}) WHERE \`__fo_rn\` = 1`;
  }
  const view = `CREATE TEMPORARY VIEW ${quoteIdentifier(name)} AS SELECT ${select.join(", ")} FROM ${from}`;
  return [table, view];
});
var sinkColumns2 = (function sinkColumns2(def, listed) {
  const all = (def?.columns ?? []).filter(
    (c) => c.kind === "physical" || c.kind === "metadata" && !c.virtual
  );
  const names = listed ?? all.map((c) => c.name);
  return names.map((n) => ({ name: n, type: columnType(all.find((c) => c.name === n)?.type ?? "STRING") }));
});
var sinkQuery = (function sinkQuery(insert, tables, rewrite) {
  const parts = splitInsert(insert.text);
  if (!parts) return void 0;
  const def = tables.get(parts.table);
  const columns = sinkColumns2(def, parts.columns);
  const inner = columns.map((_, i) => quoteIdentifier(`__c${i + 1}`));
  const select = columns.map(
    (c, i) => `CAST(CAST(${inner[i]} AS ${c.type.sql}) AS STRING) AS ${quoteIdentifier(c.name)}`
  );
  const sql = `SELECT ${select.join(", ")}
FROM (
${rewrite(parts.query)}
) AS __fo_q (${inner.join(", ")})`;
  const pk = def?.primaryKey?.columns;
  return { sink: parts.table, sql, columns, ...pk?.length ? { primaryKey: pk } : {} };
});
var caseProgram = (function caseProgram(dir, job, tf, index) {
  const diags = [];
  const spec = tf.spec.cases[index];
  const casePath = ["cases", index];
  const tables = /* @__PURE__ */ new Map();
  for (const st of job.statements)
    if (st.kind === "create_table" && st.table) tables.set(st.table.name.name, st.table);
  const read = new Set(job.sources.filter((s) => tables.has(s)));
  const proctime = new Set(
    [...read].flatMap(
      (t) => tables.get(t).columns.filter(isProctime).map((c) => c.name)
    )
  );
  const mocks = tf.spec.functions ?? {};
  const rewrite = (s) => dropTemporal(mockFunctions(s, mocks), read, proctime);
  const checkRows = (rows, def, cols, table, sink) => {
    rows.rows.forEach((row, i) => {
      const at = (k, what) => {
        const path = rows.paths?.[i];
        return path ? tf.source.locate([...path, k], what) : rows.ranges[i];
      };
      for (const [k, v] of Object.entries(row)) {
        const col = cols.find((c) => c.name === k);
        const computed = def?.columns.find((c) => c.kind === "computed" && c.name === k);
        if (!col && computed) {
          diags.push(
            error(
              TEST_CODES.unknownColumn,
              `${def.name.name}.${k} is a computed column: a test row cannot give its value`,
              `Its value is computed from the row: AS ${computed.expr}. Give the columns it is computed from (${cols.map((c) => c.name).join(", ")}) and leave "${k}" out. An expression of the clock (CURRENT_TIMESTAMP, PROCTIME()) has no fixed value in a test: to test event time, compute the column from a column of the row (for example TO_TIMESTAMP_LTZ(ts_ms, 3)) or read it from the source's metadata.`,
              at(k, "key")
            )
          );
          continue;
        }
        if (!col && sink?.columns.some((c) => c.name === k)) {
          diags.push(
            error(
              TEST_CODES.unknownColumn,
              `The job's INSERT into ${sink.name.name} does not write column "${k}"`,
              `Its column list names ${cols.map((c) => c.name).join(", ")}; Flink writes NULL to the sink's other columns, and the test compares only those the INSERT writes. Leave "${k}" out of the expected rows.`,
              at(k, "key")
            )
          );
          continue;
        }
        if (!col) {
          diags.push(
            error(
              TEST_CODES.unknownColumn,
              `${table} has no column "${k}"`,
              `Columns: ${cols.map((c) => c.name).join(", ")}.`,
              at(k, "key")
            )
          );
          continue;
        }
        const p = def ? valueProblem(v, col.type) : expectedValueProblem(v, col.type);
        if (p)
          diags.push(
            error(
              TEST_CODES.badValue,
              `${k}: ${JSON.stringify(v)} does not fit ${col.type.sql}`,
              `${p}.`,
              at(k, "value")
            )
          );
      }
    });
  };
  const mode = spec.mode ?? (Object.values(spec.expect).some((e) => e.changelog) ? "streaming" : "batch");
  const setup = [];
  for (const name of Object.keys(spec.inputs ?? {})) {
    if (!read.has(name))
      diags.push(
        error(
          TEST_CODES.unknownTable,
          `Job ${job.name} does not read a table "${name}"`,
          `Inputs are the tables the job reads: ${[...read].join(", ") || "none"}.`,
          tf.source.locate([...casePath, "inputs", name], "key")
        )
      );
  }
  for (const name of [...read].sort()) {
    const def = tables.get(name);
    const input = spec.inputs?.[name];
    const loaded = input ? rowsOf(dir, tf, [...casePath, "inputs", name], input) : void 0;
    if (loaded) diags.push(...loaded.diags);
    const rows = loaded?.value ?? { rows: [], ranges: [] };
    const inputs = inputColumns(def);
    checkRows(
      rows,
      def,
      inputs.map((c) => ({ name: c.name, type: columnType(c.type ?? "STRING") })),
      name
    );
    const rowtime = def.watermark?.column;
    if (mode === "streaming" && rowtime !== void 0 && inputs.some((c) => c.name === rowtime))
      rows.rows.forEach((row, i) => {
        if (row[rowtime] !== void 0 && row[rowtime] !== null) return;
        diags.push(
          error(
            "FO466",
            `${name}.${rowtime} is the table's event time: a streaming case needs it in every row`,
            `${name} has a WATERMARK on ${rowtime}, and Flink fails a streaming job on a row whose event time is NULL ("RowTime field should not be null"). Give ${rowtime} a value (e.g. "2024-05-01 10:00:05") in this row, or run the case in batch mode.`,
            rows.ranges[i]
          )
        );
      });
    setup.push(...boundedTable(def, rows.rows, mode));
  }
  const properties = {};
  const queries = [];
  for (const st of job.statements) {
    if (st.kind === "set" && st.set?.key && isQueryOption(st.set.key) && st.set.value !== void 0)
      properties[st.set.key] = st.set.value;
    else if (st.kind === "create_view") setup.push(rewrite(st.text));
    else if (st.kind === "create_function" && st.function && !(st.function.name.name in mocks))
      setup.push(st.text);
    else if (st.kind === "insert" || st.kind === "statement_set") {
      for (const ins of st.kind === "insert" ? [st] : st.inner ?? []) {
        const q = sinkQuery(ins, tables, rewrite);
        if (q) queries.push(q);
      }
    }
  }
  const expectations = [];
  for (const [sink, exp] of Object.entries(spec.expect)) {
    const q = queries.find((x) => x.sink === sink);
    const at = tf.source.locate([...casePath, "expect", sink], "key");
    if (!q) {
      diags.push(
        error(
          TEST_CODES.unknownTable,
          `Job ${job.name} does not write a table "${sink}"`,
          `Expectations are for the job's sinks: ${queries.map((x) => x.sink).join(", ")}.`,
          at
        )
      );
      continue;
    }
    let rows;
    let ops;
    if (exp.changelog) {
      rows = {
        rows: exp.changelog.map((c) => c.row),
        ranges: exp.changelog.map((_, i) => tf.source.locate([...casePath, "expect", sink, "changelog", i])),
        paths: exp.changelog.map((_, i) => [...casePath, "expect", sink, "changelog", i, "row"])
      };
      ops = exp.changelog.map((c) => c.op);
    } else {
      const loaded = rowsOf(dir, tf, [...casePath, "expect", sink], exp);
      diags.push(...loaded.diags);
      rows = loaded.value;
    }
    checkRows(rows, void 0, q.columns, `The sink ${sink}`, tables.get(sink));
    const named = new Set(rows.rows.flatMap((r) => Object.keys(r)));
    const compared = named.size ? q.columns.map((c) => c.name).filter((c) => named.has(c)) : q.columns.map((c) => c.name);
    expectations.push({
      sink,
      kind: exp.changelog ? "changelog" : "rows",
      rows: rows.rows,
      ranges: rows.ranges,
      compared,
      ...ops ? { ops } : {}
    });
  }
  if (mode === "batch" && [...setup, ...queries.map((q) => q.sql)].some((sql) => hasTemporalJoin(sql)))
    diags.push(
      error(
        TEST_CODES.badFile,
        `Job ${job.name} has a temporal join (FOR SYSTEM_TIME AS OF an event time), which Flink runs only in streaming mode`,
        spec.mode ? "Set mode: streaming in this case: the watermarks then pick the version of each row valid at its time." : "Add mode: streaming to this case (batch is the default): the watermarks then pick the version of each row valid at its time.",
        tf.source.locate(spec.mode ? [...casePath, "mode"] : [...casePath, "name"])
      )
    );
  if (spec.mode === "batch" && expectations.some((e) => e.kind === "changelog"))
    diags.push(
      error(
        TEST_CODES.badFile,
        "A changelog is only seen in streaming mode",
        "Remove mode: batch from the case (or set mode: streaming), or expect the final rows with rows:.",
        tf.source.locate([...casePath, "mode"])
      )
    );
  properties["table.local-time-zone"] ??= "UTC";
  Object.assign(properties, { "execution.runtime-mode": mode, "parallelism.default": "1" });
  const range = tf.source.locate(casePath);
  if (diags.some((d) => d.severity === "error")) return { value: void 0, diags };
  return {
    value: {
      name: spec.name,
      range,
      mode,
      properties,
      setup,
      queries: queries.filter((q) => expectations.some((e) => e.sink === q.sink)),
      expectations
    },
    diags
  };
});

// src/engine/sql-test/run.ts
var requireRealFlink = (async function requireRealFlink(client) {
  const cfg = await client.getConfig();
  if (!cfg.ok)
    return error(
      TEST_CODES.notFlink,
      `Cannot reach the JobManager: ${describe(cfg.error)}`,
      "Check the environment's jobmanagerUrl / sqlGatewayUrl in flinkops.yaml, or pass --jobmanager-url and --sql-gateway-url (FLINKOPS_JOBMANAGER_URL / FLINKOPS_SQL_GATEWAY_URL); `npm run flink:up` starts a local Flink."
    );
  const info = await client.getInfo();
  if (!info.ok)
    return error(
      TEST_CODES.notFlink,
      `Cannot reach the SQL Gateway: ${describe(info.error)}`,
      "Check the environment's sqlGatewayUrl in flinkops.yaml, or pass --sql-gateway-url (FLINKOPS_SQL_GATEWAY_URL)."
    );
  if (cfg.ok && (cfg.value.flinkRevision ?? "").startsWith("simulated"))
    return error(
      TEST_CODES.notFlink,
      "The cluster is the flinkops simulator, which cannot compute SQL results",
      "flinkops test and preview run on a real Flink: start one with `npm run flink:up -- --flink-version 1.20` and pass its FLINKOPS_SQL_GATEWAY_URL / FLINKOPS_JOBMANAGER_URL, or point --env at a real cluster."
    );
  return void 0;
});
var describe = (function describe(e) {
  const text = e.causes.join("\n");
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("at ") && !l.startsWith("...") && !/^End of exception/.test(l));
  const root = [...lines].reverse().find((l) => /^Caused by: /.test(l) || /(Exception|Error): /.test(l));
  const msg = root?.replace(/^Caused by: /, "").replace(/^[\w.$]+\.(\w+(Exception|Error)): /, "$1: ");
  return msg ? msg : e.message;
});
var statementOptions = (function statementOptions(opts) {
  return { timeoutMs: opts.timeoutMs, ...opts.stop ? { signal: opts.stop } : {} };
});
var lookupHint = (function lookupHint(job, p, e) {
  const text = [e.message, ...e.causes].join("\n");
  if (p.mode !== "streaming" || !/time attribute/i.test(text) || !/FOR\s+SYSTEM_TIME\s+AS\s+OF/i.test(job.script))
    return "";
  return " A lookup join (FOR SYSTEM_TIME AS OF) runs as a plain join over the case's rows, and in streaming mode its output has no time attribute left for a window: give the case mode: batch.";
});
var formatMs = (function formatMs(ms) {
  return ms % 6e4 === 0 ? `${ms / 6e4} min` : `${Math.round(ms / 100) / 10} s`;
});
var runCase = (async function runCase(job, p, opts) {
  const started = opts.now();
  const base = { name: p.name, range: p.range, mode: p.mode, sinks: [] };
  const slots = await slotsWhenNoneFree(opts.client);
  if (slots !== void 0)
    opts.onProgress?.({ stage: "slot-wait", query: `${job.name} / ${p.name}`, slotsTotal: slots });
  const pipelineName = `flinkops-test.${job.name}.${started.toString(36)}`;
  const session = await opts.client.openSession({
    sessionName: pipelineName,
    properties: { ...p.properties, "pipeline.name": pipelineName }
  });
  if (!session.ok)
    return { ...base, status: "error", error: describe(session.error), durationMs: opts.now() - started };
  const sh = session.value;
  const interrupted = () => ({
    ...base,
    status: "error",
    error: "stopped before it finished; its queries were cancelled",
    interrupted: true,
    durationMs: opts.now() - started
  });
  let queryStopped = false;
  try {
    for (const sql of p.setup) {
      const r = await opts.client.runStatement(sh, sql, statementOptions(opts));
      if (!r.ok && r.error.kind === "aborted") return interrupted();
      if (!r.ok)
        return { ...base, status: "error", error: describe(r.error), durationMs: opts.now() - started };
    }
    let failed = false;
    for (const q of p.queries) {
      opts.onProgress?.({ stage: "test-query", job: job.name, test: p.name, sink: q.sink });
      const r = await opts.client.runStatement(sh, q.sql, statementOptions(opts));
      if (!r.ok && r.error.kind === "aborted") {
        queryStopped = true;
        return interrupted();
      }
      if (!r.ok) {
        const starved = r.error.kind === "timeout" ? await waitedForSlots(opts.client, pipelineName, "The case's query") : void 0;
        const timedOut = r.error.kind === "timeout";
        const error2 = starved ? `${starved.summary}. ${starved.detail}` : timedOut ? `The query of ${q.sink} did not finish within ${formatMs(opts.timeoutMs)}: give a longer --timeout, or check the job's log on the cluster.` : describe(r.error) + lookupHint(job, p, r.error);
        return {
          ...base,
          status: "error",
          error: error2,
          ...timedOut ? { timedOut: true } : {},
          durationMs: opts.now() - started
        };
      }
      const rows = actualRows(q, r.value.rows);
      const ops = (r.value.kinds ?? []).map(opOf);
      while (ops.length < rows.length) ops.push("+I");
      for (const exp of p.expectations.filter((e) => e.sink === q.sink)) {
        const { diff } = compareSink(q, exp, { rows, ops });
        if (!isEmptyDiff(diff)) failed = true;
        base.sinks.push({ sink: q.sink, diff, received: rows.length });
      }
    }
    return { ...base, status: failed ? "failed" : "passed", durationMs: opts.now() - started };
  } finally {
    await opts.client.closeSession(sh);
    await cancelLeftovers(opts.client, pipelineName, {
      now: opts.now,
      sleep: opts.sleep ?? systemClock.sleep,
      ...queryStopped ? { awaitSubmitMs: AWAIT_SUBMIT_MS } : {}
    });
  }
});
var jobTestPrograms = (function jobTestPrograms(dir, job, tf, caseFilter) {
  const diags = [];
  const programs = [];
  tf.spec.cases.forEach((c, i) => {
    if (caseFilter && !c.name.includes(caseFilter)) return;
    const p = caseProgram(dir, job, tf, i);
    diags.push(...p.diags);
    if (p.value) programs.push(p.value);
  });
  return { programs, diags };
});
var runJobTests = (async function runJobTests(dir, job, tf, opts) {
  const cases = [];
  const { programs, diags } = jobTestPrograms(dir, job, tf, opts.caseFilter);
  if (diags.some((d) => d.severity === "error"))
    return { job: job.name, file: tf.file, status: "error", cases, diags };
  if (programs.length === 0) return { job: job.name, file: tf.file, status: "no-tests", cases, diags };
  for (const p of programs) {
    if (opts.stop?.aborted) break;
    opts.onProgress?.({ stage: "test-case", job: job.name, test: p.name, mode: p.mode });
    cases.push(await runCase(job, p, opts));
  }
  const status = cases.some((c) => c.status === "error") ? "error" : cases.some((c) => c.status === "failed") ? "failed" : "passed";
  return { job: job.name, file: tf.file, status, cases, diags };
});

export {
  loadTestFile,
  runPreview,
  renderTestResults,
  renderPreviewRows,
  requireRealFlink,
  jobTestPrograms,
  runJobTests
};
