import {
  TIME_UNITS
} from "./chunk-2KEB7JXC.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";

// src/core/kafka-topic.ts
var KAFKA_CONNECTORS = /* @__PURE__ */ new Set(["kafka", "upsert-kafka"]);
var TOPIC_KEY_OPTIONS = [
  "connector",
  "topic",
  "topic-pattern",
  "properties.bootstrap.servers"
];
var serversOf = (function serversOf(list) {
  return list.includes(",") ? list.split(",").map((s) => s.trim().toLowerCase()).filter((s) => s !== "").sort().join(",") : list.trim().toLowerCase();
});
var kafkaTopicKeys = (function kafkaTopicKeys(connector, options) {
  const named = (options?.connector ?? connector)?.trim().toLowerCase();
  if (!options || named === void 0 || !KAFKA_CONNECTORS.has(named)) return [];
  const topic = options.topic;
  const pattern = options["topic-pattern"];
  const servers = serversOf(options["properties.bootstrap.servers"] ?? "");
  if (topic === void 0) {
    if (pattern === void 0 || pattern.includes("${") || pattern === "") return [];
    return [`${servers}\0\0${pattern}`];
  }
  if (topic.includes("${")) return [];
  if (!topic.includes(";")) return topic.trim() === "" ? [] : [`${servers}\0${topic.trim()}`];
  return [
    ...new Set(
      topic.split(";").map((t) => t.trim()).filter((t) => t !== "")
    )
  ].map((t) => `${servers}\0${t}`);
});
var tableTopicKeys = (function tableTopicKeys(tables) {
  const out = /* @__PURE__ */ new Map();
  for (const t of tables) if (t.topics && t.topics.length > 0) out.set(t.name, t.topics);
  return out;
});
var jobTopicUses = (function jobTopicUses(job, keysOf, side) {
  const out = [];
  for (const t of side === "reads" ? job.sources : job.sinks)
    for (const key of keysOf.get(t) ?? []) out.push({ table: t, key });
  for (const t of job.localTables ?? [])
    if (side === "reads" ? t.read : t.written)
      for (const key of t.topics ?? []) out.push({ table: t.name, key });
  return out;
});
var jobTopicKeys = (function jobTopicKeys(job, keysOf, side) {
  return new Set(jobTopicUses(job, keysOf, side).map((u) => u.key));
});
var topicOfKey = (function topicOfKey(key) {
  const i = key.indexOf("\0");
  return key[i + 1] === "\0" ? key.slice(i + 2) : key.slice(i + 1);
});
var isPatternKey = (function isPatternKey(key) {
  return key[key.indexOf("\0") + 1] === "\0";
});
var readsTopic = (function readsTopic(read, written) {
  if (isPatternKey(written)) return false;
  if (read === written) return true;
  if (!isPatternKey(read)) return false;
  const i = read.indexOf("\0");
  if (read.slice(0, i) !== written.slice(0, written.indexOf("\0"))) return false;
  return javaRegex(read.slice(i + 2))?.test(topicOfKey(written)) ?? false;
});
var topicsRead = (function topicsRead(read, written) {
  if (!isPatternKey(read)) return written.has(read) ? [read] : [];
  const out = [];
  for (const w of written) if (readsTopic(read, w)) out.push(w);
  return out;
});
var compiled = /* @__PURE__ */ new Map();
var javaRegex = (function javaRegex(pattern) {
  let r = compiled.get(pattern);
  if (r === void 0) {
    r = translate(pattern);
    compiled.set(pattern, r);
  }
  return r ?? void 0;
});
var POSIX = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\x00-\\x7F",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  XDigit: "0-9a-fA-F",
  Space: " \\t\\n\\x0B\\f\\r"
};
var literal = (function literal(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
});
var translate = (function translate(p) {
  let out = "";
  const pending = [[]];
  let inClass = false;
  let classStart = -1;
  for (let i = 0; i < p.length; ) {
    const c = p[i];
    if (c === "\\") {
      const n = p[i + 1];
      if (n === void 0) return null;
      if (n === "Q") {
        const end = p.indexOf("\\E", i + 2);
        out += literal(end < 0 ? p.slice(i + 2) : p.slice(i + 2, end));
        i = end < 0 ? p.length : end + 2;
        continue;
      }
      if (n === "p") {
        const m = /^\{(?:Is)?(\w+)\}/.exec(p.slice(i + 2));
        const set = m && POSIX[m[1]];
        if (!m || !set) return null;
        out += inClass ? set : `[${set}]`;
        i += 2 + m[0].length;
        continue;
      }
      if (n === "x" && p[i + 2] === "{") {
        const m = /^\{([0-9a-fA-F]{1,4})\}/.exec(p.slice(i + 2));
        if (!m) return null;
        out += `\\u${m[1].padStart(4, "0")}`;
        i += 2 + m[0].length;
        continue;
      }
      if (/[a-zA-Z]/.test(n) && !/[dDwWsStnrfxuck]/.test(n) && !(n === "b" || n === "B")) return null;
      if (n === "0") return null;
      out += `\\${n}`;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === "[" || c === "&" && p[i + 1] === "&") return null;
      if (c === "]" && i === classStart) out += "\\]";
      else {
        if (c === "]") inClass = false;
        out += c;
      }
      i++;
      continue;
    }
    if (c === "[") {
      inClass = true;
      classStart = p[i + 1] === "^" ? i + 2 : i + 1;
      out += p.slice(i, classStart);
      i = classStart;
      continue;
    }
    if ((c === "*" || c === "+" || c === "?" || c === "}") && p[i + 1] === "+") return null;
    if (c === "(") {
      const flags = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(p.slice(i));
      if (flags && (flags[1] !== "" || flags[2] !== void 0 || flags[3] === ")")) {
        const on = flags[1].replace("u", "");
        const off = (flags[2] ?? "").replace("u", "");
        if (/[^ims]/.test(on + off)) return null;
        const open = `(?${on}${off ? `-${off}` : ""}:`;
        out += open === "(?:" ? "(?:" : open;
        if (flags[3] === ")") pending.at(-1).push(open);
        else pending.push([]);
        i += flags[0].length;
        continue;
      }
      if (p.startsWith("(?>", i)) return null;
      pending.push([]);
      out += c;
      i++;
      continue;
    }
    if (c === ")") {
      const open = pending.pop();
      if (!open || pending.length === 0) return null;
      out += `${")".repeat(open.length)})`;
      i++;
      continue;
    }
    if (c === "|") {
      const open = pending.at(-1);
      out += `${")".repeat(open.length)}|${open.join("")}`;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  if (inClass || pending.length !== 1) return null;
  out += ")".repeat(pending[0].length);
  try {
    return new RegExp(`^(?:${out})$`);
  } catch {
    return null;
  }
});

// src/sql/column-scope.ts
var WINDOW_COLUMNS = ["window_start", "window_end", "window_time"];
var queryColumns = (function queryColumns(q, src, at, depth) {
  if (q.names) return q.names;
  const first = q.branches[0];
  if (q.lost || !first) return void 0;
  const out = [];
  for (const item of first.select) {
    if (item.as !== void 0) out.push(item.as);
    else if (item.column) out.push(item.column[item.column.length - 1]);
    else if (item.star) {
      if (item.star.length > 1) return void 0;
      const items = item.star.length === 0 ? first.items : first.items.filter((f) => f.alias === item.star[0]);
      if (items.length === 0) return void 0;
      for (const f of items) {
        const cols = itemColumns(f, src, at, depth);
        if (!cols) return void 0;
        out.push(...cols);
      }
    } else out.push(`EXPR$${out.length}`);
  }
  return out;
});
var itemColumns = (function itemColumns(f, src, at, depth) {
  if (f.names) return f.names;
  if (f.unknown) return void 0;
  if (f.query) return depth > 8 ? void 0 : queryColumns(f.query, src, at, depth + 1);
  if (f.window) {
    const cols = itemColumns(f.window, src, at, depth);
    return cols ? [...cols, ...WINDOW_COLUMNS] : void 0;
  }
  if (f.table && f.table.parts.length === 1) return src.table(f.table.name, at, depth);
  return void 0;
});
var lookIn = (function lookIn(s, use, colsOf) {
  if (s.opaque) return "unknown";
  const parts = use.ref.parts;
  if (parts.length >= 2) {
    const f = s.items.find((x) => x.alias === parts[0]);
    if (f) {
      const known = colsOf(f);
      if (!known) return "unknown";
      return known.includes(parts[1]) ? "found" : { item: f };
    }
  }
  const name = parts[0];
  let unknown = false;
  for (const f of s.items) {
    const known = colsOf(f);
    if (!known) unknown = true;
    else if (known.includes(name)) return "found";
  }
  if (use.clause === "order" && s.select.some((i) => i.as === name || i.column?.at(-1) === name))
    return "found";
  if (parts.length >= 3) return "unknown";
  return unknown ? "unknown" : parts.length >= 2 ? { qualifier: true } : {};
});
var niladicFunction = (function niladicFunction(use, stmt) {
  const parts = use.ref.parts;
  return parts.length === 1 && parts[0].toUpperCase() === "PI" && stmt.text[use.ref.start - stmt.start] !== "`";
});
var columnMisses = (function columnMisses(statements, src) {
  const out = [];
  const all = statements.flatMap((s) => s.inner ? [s, ...s.inner] : [s]);
  for (const stmt of all) {
    if (!stmt.scopes) continue;
    const cols = /* @__PURE__ */ new Map();
    const columnsOf = (f) => {
      if (!cols.has(f)) cols.set(f, itemColumns(f, src, stmt, 0));
      return cols.get(f);
    };
    for (const scope of stmt.scopes) {
      for (const use of scope.uses) {
        const parts = use.ref.parts;
        if (parts.length === 1 && TIME_UNITS.has(parts[0].toUpperCase())) continue;
        if (niladicFunction(use, stmt)) continue;
        let found = lookIn(scope, use, columnsOf);
        const missing = found;
        for (let s = scope.parent; typeof found === "object" && s; s = s.parent)
          found = lookIn(s, use, columnsOf);
        if (typeof found !== "object" || typeof missing !== "object") continue;
        out.push({ use, scope, ...missing, columnsOf });
      }
    }
  }
  return out;
});
var missRefusal = (function missRefusal(miss, text) {
  const { ref } = miss.use;
  const parts = ref.parts;
  if (miss.qualifier) {
    const q = parts[0];
    return { message: `Table '${q}' not found`, start: ref.start, end: ref.start + q.length };
  }
  if (!miss.item)
    return { message: `Column '${parts[0]}' not found in any table`, start: ref.start, end: ref.end };
  const name = parts[1];
  const at = text.slice(ref.start, ref.end).lastIndexOf(name);
  return {
    message: `Column '${name}' not found in table '${parts[0]}'`,
    start: at > 0 ? ref.start + at : ref.start,
    end: at > 0 ? ref.start + at + name.length : ref.end
  };
});
var calcitePosition = (function calcitePosition(text, start, end) {
  const lines = new LineIndex(text);
  const a = lines.pos(start);
  const b = lines.pos(Math.max(start, end - 1));
  return a.line === b.line && a.column === b.column ? `At line ${a.line}, column ${a.column}` : `From line ${a.line}, column ${a.column} to line ${b.line}, column ${b.column}`;
});

// src/sql/already-exists.ts
var replacesExisting = (function replacesExisting(s) {
  return s.kind === "create_table_as" && s.object?.orReplace === true;
});
var alreadyExists = (function alreadyExists(temporary, catalog, database, name) {
  return temporary ? {
    className: "org.apache.flink.table.api.ValidationException",
    message: `Temporary table '\`${catalog}\`.\`${database}\`.\`${name}\`' already exists`
  } : {
    className: "org.apache.flink.table.catalog.exceptions.TableAlreadyExistException",
    message: `Table (or view) ${database}.${name} already exists in Catalog ${catalog}.`
  };
});

export {
  queryColumns,
  columnMisses,
  missRefusal,
  calcitePosition,
  KAFKA_CONNECTORS,
  TOPIC_KEY_OPTIONS,
  kafkaTopicKeys,
  tableTopicKeys,
  jobTopicUses,
  jobTopicKeys,
  topicOfKey,
  topicsRead,
  replacesExisting,
  alreadyExists
};
