import {
  lex
} from "./chunk-BYIOOC32.mjs";
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit
} from "./chunk-SIW47MSI.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  isIdentifier,
  suggestIdentifier
} from "./chunk-EKKRR5UX.mjs";
import {
  basename,
  dirname,
  isAbsolute,
  join,
  relative
} from "./chunk-KBTCQ2CM.mjs";
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
  error,
  warning
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
var insideRepository = (function insideRepository(dir, path) {
  try {
    const rel = relative(realpathSync.native(dir), realpathSync.native(path));
    return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
  } catch {
    return true;
  }
});
var isSymlink = (function isSymlink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
});
var outsideRepository = (function outsideRepository(file, folder = false) {
  return error(
    "FO114",
    `${file} is a symbolic link to a ${folder ? "folder" : "file"} outside the repository`,
    `flinkops reads only files inside the project folder, and never follows a link out of it. Copy the ${folder ? "files" : "file"} into the repository, or remove the link.`,
    fileStart(file)
  );
});
var notRegularFile = (function notRegularFile(file) {
  return error(
    "FO101",
    `Cannot read ${file}: it is not a regular file (a named pipe, a socket or a device)`,
    "Replace it with a regular file, or remove it.",
    fileStart(file)
  );
});
var unreadable = (function unreadable(file, e) {
  const p = readProblem(e);
  return error("FO101", `Cannot read ${file}: ${p.why}`, p.fix, fileStart(file));
});
var readTextFile = (function readTextFile(dir, file, diags) {
  const abs = join(dir, file);
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
  return error(
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
  return error(
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
  return error(
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
    const bad = firstInvalidUtf8(buf);
    const prefix = new TextDecoder("utf-8").decode(buf.subarray(0, bad));
    const lines = new LineIndex(prefix);
    const pos = lines.pos(prefix.length);
    diags.push(
      error(
        "FO102",
        `File is not valid UTF-8 (byte 0x${buf[bad]?.toString(16).padStart(2, "0")} at offset ${bad})`,
        "Save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`).",
        { file, start: pos, end: pos }
      )
    );
    return void 0;
  }
  return textFile(file, text);
});
var entryKind = (function entryKind(dir, folder, d) {
  if (d.isFile()) return "file";
  if (d.isDirectory()) return "dir";
  if (!d.isSymbolicLink()) return "other";
  try {
    const st = statSync(join(dir, folder, d.name));
    return st.isFile() ? "file" : st.isDirectory() ? "dir" : "other";
  } catch (e) {
    return { broken: e };
  }
});
var holdsRepositoryFiles = (function holdsRepositoryFiles(path, exts) {
  try {
    return readdirSync(path).some((n) => exts.includes(n.slice(n.lastIndexOf(".") + 1).toLowerCase()));
  } catch {
    return false;
  }
});
var listFolder = (function listFolder(dir, folder, exts, diags, tests, unread, misnamed) {
  if (isSymlink(join(dir, folder)) && !insideRepository(dir, join(dir, folder))) {
    unread?.push(folder);
    diags.push(outsideRepository(folder, true));
    return [];
  }
  let entries;
  try {
    entries = readdirSync(join(dir, folder), { withFileTypes: true }).sort(
      (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    );
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return [];
    unread?.push(folder);
    diags.push(
      code === "ENOTDIR" ? error(
        "FO109",
        `${folder} is a file, not a folder`,
        `flinkops reads ${folder}/*.${exts.join(" and *.")} from a folder named ${folder}; rename the file.`,
        fileStart(folder)
      ) : error(
        "FO101",
        `Cannot read the folder ${folder}/: ${readProblem(e).why}`,
        code === "ELOOP" ? `Replace the link with the ${folder} folder itself, or remove it.` : code === "EACCES" || code === "EPERM" ? "Make the folder readable (e.g. chmod a+rx)." : `Check that ${folder}/ is a folder flinkops can read.`
      )
    );
    return [];
  }
  const out = [];
  for (const d of entries) {
    const n = d.name;
    if (n.startsWith(".")) continue;
    if (folder === "jobs" && n.endsWith(".test.yaml")) {
      if (!d.isSymbolicLink() || insideRepository(dir, join(dir, folder, n))) {
        if (entryKind(dir, folder, d) === "other") diags.push(notRegularFile(`${folder}/${n}`));
        else tests?.push(n.slice(0, -".test.yaml".length));
      }
      continue;
    }
    const dot = n.lastIndexOf(".");
    const ext = dot > 0 ? n.slice(dot + 1) : "";
    const name = dot > 0 ? n.slice(0, dot) : n;
    const file = `${folder}/${n}`;
    const lower = ext.toLowerCase();
    if (d.isSymbolicLink() && !insideRepository(dir, join(dir, file))) {
      if (exts.includes(lower) || lower === "yml" || holdsRepositoryFiles(join(dir, file), exts))
        diags.push(outsideRepository(file, !exts.includes(lower) && lower !== "yml"));
      continue;
    }
    const kind = entryKind(dir, folder, d);
    if (kind === "dir") {
      if (exts.includes(lower) || lower === "yml") {
        diags.push(
          error(
            "FO109",
            `${file} is a folder, not a file`,
            `flinkops reads ${folder}/*.${exts.join(" and *.")} files; rename or remove the folder.`
          )
        );
      } else if (holdsRepositoryFiles(join(dir, file), exts)) {
        diags.push(
          warning(
            "FO109",
            `Files in the subfolder ${file}/ are not read`,
            `flinkops reads only the files directly in ${folder}/; move them up to ${folder}/ (names must stay unique), or out of ${folder}/ if they are not part of the project.`
          )
        );
      }
      continue;
    }
    if (kind === "other") {
      if (exts.includes(lower) || lower === "yml") diags.push(notRegularFile(file));
      continue;
    }
    if (lower === "yml") {
      misnamed?.push(isIdentifier(name) ? name : suggestIdentifier(name));
      diags.push(
        error("FO105", `Unsupported extension .${ext}`, `Rename the file to ${name}.yaml.`, fileStart(file))
      );
      continue;
    }
    if (!exts.includes(ext)) {
      if (exts.includes(lower)) {
        misnamed?.push(isIdentifier(name) ? name : suggestIdentifier(name));
        diags.push(
          error(
            "FO105",
            `Extension .${ext} must be lower case`,
            `flinkops reads *.${lower} files only; rename the file to ${isIdentifier(name) ? name : suggestIdentifier(name)}.${lower}.`,
            fileStart(file)
          )
        );
      }
      continue;
    }
    if (typeof kind === "object") {
      diags.push(unreadable(file, kind.broken));
      continue;
    }
    if (!isIdentifier(name)) {
      const meant = /\.(sql|ya?ml)$/i.test(name) ? suggestIdentifier(name.replace(/\.(sql|ya?ml)$/i, "")) : suggestIdentifier(name);
      misnamed?.push(meant);
      diags.push(
        error(
          "FO104",
          `File name "${name}" is not a valid name`,
          `The file name is the ${folder.replace(/s$/, "")} name and must match [a-z][a-z0-9_]* (lower case, digits, underscores), e.g. ${meant}.${ext}.`,
          fileStart(file)
        )
      );
      continue;
    }
    out.push({ file, name, ext });
  }
  return out;
});

// src/load/interpolate.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var scan = (function scan(text, onRef, onBad) {
  let i = text.indexOf("$");
  while (i >= 0 && i < text.length) {
    if (text.startsWith("$${", i)) {
      i = text.indexOf("$", i + 3);
      continue;
    }
    if (text.charCodeAt(i + 1) !== 123) {
      i = text.indexOf("$", i + 1);
      continue;
    }
    const close = text.indexOf("}", i + 2);
    const nl = text.indexOf("\n", i + 2);
    if (close < 0 || nl >= 0 && nl < close) {
      onBad?.({ start: i, end: i + 2, text: text.slice(i, nl >= 0 ? nl : text.length) });
      i = text.indexOf("$", i + 2);
      continue;
    }
    const body = text.slice(i + 2, close);
    const dot = body.indexOf(".");
    const kind = body.slice(0, dot);
    const name = body.slice(dot + 1);
    if (dot > 0 && (kind === "env" || kind === "secret") && NAME.test(name)) {
      onRef({ kind, name, start: i, end: close + 1 });
    } else {
      onBad?.({ start: i, end: close + 1, text: text.slice(i, close + 1) });
    }
    i = text.indexOf("$", close + 1);
  }
});
var scanReferences = (function scanReferences(text) {
  const refs = [];
  const bad = [];
  if (text.includes("${"))
    scan(
      text,
      (r) => refs.push(r),
      (b) => bad.push(b)
    );
  return { refs, bad };
});
var BARE_DOLLAR = /(?<![$\w])\$([A-Za-z_]\w*)/g;
var hasBareDollar = (function hasBareDollar(text, from = 0) {
  for (let i = text.indexOf("$", from); i >= 0; i = text.indexOf("$", i + 1)) {
    const next = text.charCodeAt(i + 1);
    const isStart = next >= 65 && next <= 90 || next >= 97 && next <= 122 || next === 95;
    if (isStart && (i === 0 || !/[$\w]/.test(text[i - 1]))) return true;
  }
  return false;
});
var scanBareDollars = (function scanBareDollars(text) {
  const out = [];
  if (!hasBareDollar(text)) return out;
  for (const m of text.matchAll(BARE_DOLLAR))
    out.push({ name: m[1], start: m.index, end: m.index + m[0].length });
  return out;
});
var escapeTemplate = (function escapeTemplate(text) {
  return text.includes("${") ? text.replaceAll("${", () => "$${") : text;
});
var substituteEnv = (function substituteEnv(text, lookup) {
  const missing = [];
  if (!text.includes("${env.")) return { text, missing };
  let out = "";
  let last = 0;
  scan(text, (r) => {
    if (r.kind !== "env") return;
    const v = lookup(r.name);
    if (v === void 0) missing.push(r);
    out += text.slice(last, r.start) + (v ?? "");
    last = r.end;
  });
  return { text: out + text.slice(last), missing };
});
var secretNames = (function secretNames(template) {
  const names = /* @__PURE__ */ new Set();
  if (template.includes("${secret.")) {
    scan(template, (r) => {
      if (r.kind === "secret") names.add(r.name);
    });
  }
  return [...names].sort();
});
var lookupSecret = (function lookupSecret(source, name) {
  return typeof source === "function" ? source(name) : Object.hasOwn(source, name) ? source[name] : void 0;
});
var render = (function render(template, source, quote) {
  const diags = [];
  let out = "";
  let i = 0;
  while (i < template.length) {
    const j = template.indexOf("$", i);
    if (j < 0) break;
    if (template.startsWith("$${", j)) {
      out += template.slice(i, j) + "${";
      i = j + 3;
      continue;
    }
    if (template.startsWith("${secret.", j)) {
      const close = template.indexOf("}", j);
      const name = close > 0 ? template.slice(j + 9, close) : "";
      if (close > 0 && NAME.test(name)) {
        const v = lookupSecret(source, name);
        if (v === void 0) {
          diags.push(
            error(
              "FO113",
              `Secret ${name} is not set`,
              `Set FLINKOPS_SECRET_${name} (or ${name}) in the environment of this run; in GitHub Actions, map the repository secret into the step's env.`
            )
          );
          out += template.slice(i, close + 1);
        } else {
          out += template.slice(i, j) + quote(v);
        }
        i = close + 1;
        continue;
      }
    }
    out += template.slice(i, j + 1);
    i = j + 1;
  }
  out += template.slice(i);
  return { value: out, diags };
});
var resolveSecrets = (function resolveSecrets(script, source) {
  return render(script, source, (v) => v.replaceAll("'", "''"));
});
var resolveSecretsInValue = (function resolveSecretsInValue(value, source) {
  return render(value, source, (v) => v);
});

// src/load/yaml-fast.ts
var Unsupported = class extends Error {
};
var unsupported = (() => {
  throw new Unsupported();
});
var INT = /^[-+]?[0-9]+$/;
var Keys = class {
  constructor(entries) {
    this.entries = entries;
  }
  entries;
  set;
  inSet = 0;
  has(key) {
    const e = this.entries;
    if (e.length <= 16) {
      for (let i = 0; i < e.length; i++) if (e[i].key === key) return true;
      return false;
    }
    this.set ??= /* @__PURE__ */ new Set();
    for (; this.inSet < e.length; this.inSet++) this.set.add(e[this.inSet].key);
    return this.set.has(key);
  }
};
var isKeyStart = (function isKeyStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
});
var keyColon = (function keyColon(t, from, to, flow) {
  if (from >= to || !isKeyStart(t.charCodeAt(from))) return -1;
  let p = from + 1;
  while (p < to) {
    const c = t.charCodeAt(p);
    if (!(isKeyStart(c) || c === 46 || c === 45 || c === 47)) break;
    p++;
  }
  if (p >= to || t.charCodeAt(p) !== 58) return -1;
  if (p + 1 < to ? t.charCodeAt(p + 1) !== 32 : flow) return -1;
  return p;
});
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var plainValue = (function plainValue(s) {
  switch (s) {
    case "":
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46) {
    if (INT.test(s)) {
      const n = Number(s);
      return Number.isSafeInteger(n) ? n : unsupported();
    }
    if (FLOAT.test(s)) return Number.parseFloat(s);
    if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(s) || /^0[ox]/.test(s)) unsupported();
  }
  return s;
});
var FastParser = class {
  constructor(text) {
    this.text = text;
    if (text.includes("	") || text.includes("\r")) unsupported();
    let pos = 0;
    while (pos <= text.length) {
      let nl = text.indexOf("\n", pos);
      if (nl < 0) nl = text.length;
      let s = pos;
      while (s < nl && text.charCodeAt(s) === 32) s++;
      if (s < nl && text.charCodeAt(s) !== 35) {
        const c = text[s];
        if (s === pos && (text.startsWith("---", s) || text.startsWith("...", s) || c === "%")) unsupported();
        this.lines.push({ indent: s - pos, start: s, end: nl });
      }
      pos = nl + 1;
    }
  }
  text;
  lines = [];
  i = 0;
  parse() {
    if (this.lines.length === 0) return null;
    const first = this.lines[0];
    const node = this.block(first.indent);
    if (this.i < this.lines.length) unsupported();
    return node;
  }
  isSeqItem(l) {
    return this.text.charCodeAt(l.start) === 45 && (l.start + 1 === l.end || this.text.charCodeAt(l.start + 1) === 32);
  }
  block(indent) {
    const l = this.lines[this.i];
    if (l.indent !== indent) unsupported();
    return this.isSeqItem(l) ? this.seq(indent) : this.map(indent);
  }
  map(indent) {
    const entries = [];
    const keys2 = new Keys(entries);
    const start = this.lines[this.i].start;
    let end = start;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.indent < indent) break;
      if (l.indent > indent || this.isSeqItem(l)) {
        if (l.indent === indent) break;
        unsupported();
      }
      const colon = keyColon(this.text, l.start, l.end, false);
      if (colon < 0) unsupported();
      const key = this.text.slice(l.start, colon);
      if (keys2.has(key) || key === "__proto__" || typeof plainValue(key) !== "string") unsupported();
      const keyEnd = l.start + key.length;
      this.i++;
      let value;
      const rest = this.inline(keyEnd + 1, l.end);
      if (rest) {
        value = rest;
        end = rest.end;
        const next = this.lines[this.i];
        if (next && next.indent > indent) unsupported();
      } else {
        const next = this.lines[this.i];
        if (next && (next.indent > indent || next.indent === indent && this.isSeqItem(next))) {
          value = this.block(next.indent);
          end = value.end;
        } else {
          value = { kind: "scalar", start: keyEnd + 1, end: keyEnd + 1, value: null };
          end = keyEnd + 1;
        }
      }
      entries.push({ key, keyStart: l.start, keyEnd, value });
    }
    return { kind: "map", start, end, entries };
  }
  seq(indent) {
    const items = [];
    const start = this.lines[this.i].start;
    let end = start;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.indent < indent) break;
      if (l.indent > indent) unsupported();
      if (!this.isSeqItem(l)) break;
      let c = l.start + 1;
      while (c < l.end && this.text.charCodeAt(c) === 32) c++;
      if (c >= l.end) unsupported();
      if (keyColon(this.text, c, l.end, false) >= 0) {
        const inner = { indent: indent + (c - l.start), start: c, end: l.end };
        this.lines[this.i] = inner;
        const node = this.map(inner.indent);
        items.push(node);
        end = node.end;
      } else {
        this.i++;
        const node = this.inline(c, l.end);
        items.push(node);
        end = node.end;
        const next = this.lines[this.i];
        if (next && next.indent > indent) unsupported();
      }
    }
    return { kind: "seq", start, end, items };
  }
  /** A value on the rest of a line: null when there is none (only a comment). */
  inline(from, to) {
    const t = this.text;
    let s = from;
    while (s < to && t.charCodeAt(s) === 32) s++;
    if (s >= to || t[s] === "#") return null;
    const c = t[s];
    if (c === "'" || c === '"') {
      const q = this.quoted(s, to);
      this.trailing(q.end, to);
      return q;
    }
    if (c === "[") return this.flowSeq(s, to);
    if (c === "{") {
      const m = this.flowMap(s, to);
      this.trailing(m.end, to);
      return m;
    }
    if ("{&*!|>%@`,]}?:".includes(c) || c === "-" && (s + 1 >= to || t[s + 1] === " ")) unsupported();
    let e = s + 1;
    while (e < to && !(t.charCodeAt(e) === 35 && t.charCodeAt(e - 1) === 32)) e++;
    while (e > s && t.charCodeAt(e - 1) === 32) e--;
    const raw = t.slice(s, e);
    if (raw.includes(": ") || raw.endsWith(":")) unsupported();
    return { kind: "scalar", start: s, end: e, value: plainValue(raw) };
  }
  quoted(s, to) {
    const t = this.text;
    const q = t[s];
    let j = s + 1;
    let value = "";
    for (; ; ) {
      const k = t.indexOf(q, j);
      if (k < 0 || k >= to) unsupported();
      if (q === '"') {
        value = t.slice(s + 1, k);
        if (value.includes("\\")) unsupported();
        return { kind: "scalar", start: s, end: k + 1, value };
      }
      value += t.slice(j, k);
      if (t[k + 1] === "'") {
        value += "'";
        j = k + 2;
        continue;
      }
      return { kind: "scalar", start: s, end: k + 1, value };
    }
  }
  trailing(from, to) {
    let s = from;
    while (s < to && this.text.charCodeAt(s) === 32) s++;
    if (s < to && !(this.text[s] === "#" && s > from)) unsupported();
  }
  flowSeq(s, to) {
    const t = this.text;
    const close = t.indexOf("]", s);
    if (close < 0 || close >= to) unsupported();
    const body = t.slice(s + 1, close);
    if (/["'[\]{}#&*!|>%@`]/.test(body)) unsupported();
    this.trailing(close + 1, to);
    const items = [];
    if (body.trim() !== "") {
      let p = s + 1;
      for (const part of body.split(",")) {
        const lead = part.length - part.trimStart().length;
        const v = part.trim();
        if (v === "" || v.includes(": ") || v.endsWith(":") || v.startsWith("-") || v.startsWith("?"))
          unsupported();
        items.push({ kind: "scalar", start: p + lead, end: p + lead + v.length, value: plainValue(v) });
        p += part.length + 1;
      }
    }
    return { kind: "seq", start: s, end: close + 1, items };
  }
  /**
   * `{ key: value, ... }` on one line: plain keys, plain or quoted scalar values. In a flow
   * collection a comma ends a plain scalar, so `{ type: DECIMAL(10, 2) }` is not what it looks
   * like: anything of that kind (a key that is not a plain word, a missing `: `) is left to the
   * full parser, which reports it.
   */
  flowMap(s, to) {
    const t = this.text;
    const entries = [];
    const keys2 = new Keys(entries);
    const skip = (p2) => {
      while (p2 < to && t.charCodeAt(p2) === 32) p2++;
      return p2;
    };
    let p = skip(s + 1);
    if (t[p] === "}") return { kind: "map", start: s, end: p + 1, entries };
    for (; ; ) {
      const colon = keyColon(t, p, to, true);
      if (colon < 0) unsupported();
      const key = t.slice(p, colon);
      if (keys2.has(key) || key === "__proto__" || typeof plainValue(key) !== "string") unsupported();
      const keyStart = p;
      const keyEnd = p + key.length;
      p = skip(keyEnd + 1);
      let value;
      const c = t[p];
      if (c === "'" || c === '"') value = this.quoted(p, to);
      else {
        if (c === void 0 || "{[]},&*!|>%@`?:#".includes(c) || c === "-" && t[p + 1] === " ")
          unsupported();
        let e = p;
        while (e < to && !",{}[]".includes(t[e])) e++;
        let v = e;
        while (v > p && t.charCodeAt(v - 1) === 32) v--;
        const raw = t.slice(p, v);
        if (raw.includes(": ") || raw.endsWith(":") || raw.includes(" #")) unsupported();
        value = { kind: "scalar", start: p, end: v, value: plainValue(raw) };
      }
      entries.push({ key, keyStart, keyEnd, value });
      p = skip(value.end);
      if (t[p] === "}") return { kind: "map", start: s, end: p + 1, entries };
      if (t[p] !== ",") unsupported();
      p = skip(p + 1);
      if (p >= to || t[p] === "}") unsupported();
    }
  }
};
var toData = (function toData(node) {
  if (!node) return null;
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toData);
    case "map": {
      const out = {};
      for (const e of node.entries) out[e.key] = toData(e.value);
      return out;
    }
  }
});
var parseFast = (function parseFast(text) {
  try {
    return new FastParser(text).parse();
  } catch (e) {
    if (e instanceof Unsupported) return void 0;
    throw e;
  }
});

// src/load/yaml-indent.ts
var KEY = /^("[^"\n]*"|'[^'\n]*'|[^\s:#{}[\],'"][^:#\n]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*(?:[ \t]#.*)?$/;
var shapeOf = (function shapeOf(text, lines, line) {
  const start = lines.offset({ line, column: 1 });
  if (start >= text.length) return void 0;
  const nl = text.indexOf("\n", start);
  const raw = text.slice(start, nl < 0 ? void 0 : nl).replace(/\r$/, "");
  const lead = raw.length - raw.trimStart().length;
  const rest = raw.slice(lead);
  if (rest === "" || rest.startsWith("#")) return void 0;
  const shape = { line, offset: start + lead, column: lead + 1 };
  let body = rest;
  let at = lead;
  const dash = /^-([ \t]+|$)/.exec(body);
  if (dash) {
    shape.dash = at + 1;
    at += dash[0].length;
    body = body.slice(dash[0].length);
  }
  const m = KEY.exec(body);
  if (m) {
    shape.keyColumn = at + 1;
    shape.key = m[1];
    shape.value = (m[2] ?? "").trim();
  }
  return shape;
});
var contentBefore = (function contentBefore(text, lines, line) {
  for (let l = line - 1; l >= 1; l--) {
    const s = shapeOf(text, lines, l);
    if (s) return s;
  }
  return void 0;
});
var contentAfter = (function contentAfter(text, lines, line) {
  for (let l = line + 1; lines.offset({ line: l, column: 1 }) < text.length; l++) {
    const s = shapeOf(text, lines, l);
    if (s) return s;
  }
  return void 0;
});
var quoted = ((key) => key.startsWith('"') || key.startsWith("'") ? key : `\`${key}\``);
var indentMistake = (function indentMistake(code, message, offset, file, text, lines) {
  const here = lines.pos(offset).line;
  const at = (s) => lines.range(file, s.offset, s.offset + (s.key?.length ?? 1));
  if (code === "BLOCK_AS_IMPLICIT_KEY" && message.startsWith("Nested mappings")) {
    const above = shapeOf(text, lines, here);
    const deeper = contentAfter(text, lines, here);
    if (!above?.key || !above.value || !deeper?.key || above.keyColumn === void 0) return void 0;
    if (deeper.column <= above.keyColumn) return void 0;
    return {
      summary: `YAML indentation: ${quoted(deeper.key)} is indented more than ${quoted(above.key)} on the line above`,
      detail: `A line indented deeper than \`${above.key}: ${above.value}\` reads as part of that value, and a value cannot hold a key. Start ${quoted(deeper.key)} at column ${above.keyColumn}, as ${quoted(above.key)} (line ${above.line}); if it belongs under ${quoted(above.key)}, remove the value after \`${above.key}:\` instead.`,
      at: at(deeper)
    };
  }
  const line = shapeOf(text, lines, here);
  const before = contentBefore(text, lines, here);
  if (!line || !before) return void 0;
  if (code === "BAD_INDENT" && message.startsWith("All mapping items") && line.key && before.keyColumn) {
    if (line.dash !== void 0) return void 0;
    return {
      summary: `YAML indentation: ${quoted(line.key)} starts at column ${line.column}, the key above it (${quoted(before.key)}, line ${before.line}) at column ${before.keyColumn}`,
      detail: `The keys of one mapping start at the same column. Start ${quoted(line.key)} at column ${before.keyColumn} to keep it beside ${quoted(before.key)}, or at the column of the mapping it belongs to.`,
      at: at(line)
    };
  }
  if (code === "BAD_INDENT" && message.startsWith("All sequence items") && line.dash !== void 0) {
    let item;
    for (let l = here - 1; l >= 1 && !item; l--) {
      const s = shapeOf(text, lines, l);
      if (s?.dash !== void 0 && s.dash !== line.dash) item = s;
    }
    if (!item) return void 0;
    return {
      summary: `YAML indentation: this list item's \`-\` is at column ${line.dash}, the item before it (line ${item.line}) at column ${item.dash}`,
      detail: `The items of one list start at the same column: move this \`-\` to column ${item.dash}, and the item's other lines with it.`,
      at: lines.range(file, line.offset, line.offset + 1)
    };
  }
  if (code === "MISSING_CHAR" && message.startsWith("Sequence item without") && line.key) {
    let item;
    for (let l = here - 1; l >= 1 && !item; l--) {
      const s = shapeOf(text, lines, l);
      if (s?.dash !== void 0 && s.dash < line.column) item = s;
      else if (s && s.column < line.column) break;
    }
    if (!item?.keyColumn || line.column >= item.keyColumn) return void 0;
    return {
      summary: `YAML indentation: ${quoted(line.key)} is indented less than the keys of its list item (column ${item.keyColumn})`,
      detail: `It starts at column ${line.column}, between the item's \`-\` (column ${item.dash}) and its keys. Start it at column ${item.keyColumn}, as ${quoted(item.key)} (line ${item.line}), to keep it in the item, or write \`- \` before it to start a new item.`,
      at: at(line)
    };
  }
  return void 0;
});

// src/load/yaml-merge.ts
var isMergePair = (function isMergePair(pair) {
  if (!isPair(pair) || !isScalar(pair.key)) return false;
  const v = pair.key.value;
  return typeof v === "symbol" && v.description === "<<";
});
var resolved = ((node, doc) => isAlias(node) ? node.resolve(doc) : node);
var mergedMaps = (function mergedMaps(map, doc) {
  const out = [];
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    const source = resolved(pair.value, doc);
    const items = isSeq(source) ? source.items : [source];
    for (const item of items) {
      const m = resolved(item, doc);
      if (isMap(m)) out.push(m);
    }
  }
  return out;
});
var findEntry = (function findEntry(map, key, doc, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(map)) return void 0;
  seen.add(map);
  const own = map.items.find((p) => !isMergePair(p) && isScalar(p.key) && String(p.key.value) === key);
  if (own) return own;
  for (const m of mergedMaps(map, doc)) {
    const found = findEntry(m, key, doc, seen);
    if (found) return found;
  }
  return void 0;
});
var mergeProblem = (function mergeProblem(doc, file, lines) {
  let problem;
  visit(doc, {
    Pair(_key, pair, ancestors) {
      if (!isMergePair(pair)) return void 0;
      const source = resolved(pair.value, doc);
      const items = isSeq(source) ? source.items : [pair.value];
      const bad = items.find((item) => !isMap(resolved(item, doc)));
      const circular = items.find((item) => ancestors.includes(resolved(item, doc)));
      if (circular !== void 0) {
        const r2 = circular.range ?? [0, 0];
        problem = error(
          "FO107",
          "A YAML merge key (<<) merges a mapping into itself",
          "Merge a mapping anchored outside this one, or write the keys out.",
          lines.range(file, r2[0], r2[1])
        );
        return visit.BREAK;
      }
      if (bad === void 0) return void 0;
      const value = bad;
      const empty = !value?.range || value.range[0] === value.range[1];
      const r = (empty ? pair.key.range : value.range) ?? [0, 0];
      problem = error(
        "FO107",
        "A YAML merge key (<<) must be given a mapping",
        "Write `<<: *name` (an alias of a mapping anchored with &name), `<<: {key: value}` or a list of such aliases `<<: [*a, *b]`; or write the keys out.",
        lines.range(file, r[0], r[1])
      );
      return visit.BREAK;
    }
  });
  return problem;
});

// src/load/yaml-source.ts
var keyString = (function keyString(key) {
  if (isScalar(key)) return String(key.value);
  return void 0;
});
var DocSource = class {
  constructor(file, text, lines, data, root, doc) {
    this.file = file;
    this.text = text;
    this.lines = lines;
    this.data = data;
    this.root = root;
    this.doc = doc;
  }
  file;
  text;
  lines;
  data;
  root;
  doc;
  find(path) {
    let node = this.root;
    let key = null;
    let last = node;
    let lastKey = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = findEntry(node, String(seg), this.doc);
        if (!pair) return { node: null, key: null, last, lastKey };
        key = pair.key ?? null;
        node = pair.value ?? null;
      } else if (isSeq(node) && typeof seg === "number") {
        const item = node.items[seg];
        if (!item) return { node: null, key: null, last, lastKey };
        key = null;
        node = item;
      } else {
        return { node: null, key: null, last, lastKey };
      }
      if (node) {
        last = node;
        lastKey = key;
      } else {
        return { node: null, key, last: key, lastKey: key };
      }
    }
    return { node, key, last, lastKey };
  }
  locate(path, what = "value") {
    const f = this.find(path);
    let target;
    if (f.node || f.key) target = what === "key" ? f.key ?? f.node : f.node ?? f.key;
    else target = f.lastKey ?? f.last;
    const r = target?.range;
    if (!r) return this.lines.range(this.file, 0, 0);
    return this.lines.range(this.file, r[0], r[1]);
  }
  stringsContaining(needle) {
    const out = [];
    if (!this.text.includes(needle)) return out;
    const walk = (node, path) => {
      if (isMap(node)) {
        for (const p of node.items) {
          if (isMergePair(p)) walk(p.value, path);
          else {
            const k = keyString(p.key);
            if (k !== void 0) walk(p.value, [...path, k]);
          }
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          walk(item, [...path, i]);
        });
      } else if (isScalar(node) && typeof node.value === "string" && node.value.includes(needle) && node.range) {
        out.push({ path, value: node.value, start: node.range[0], end: node.range[1] });
      }
    };
    walk(this.root, []);
    return out;
  }
};
var FastSource = class {
  constructor(file, text, lines, data, root) {
    this.file = file;
    this.text = text;
    this.lines = lines;
    this.data = data;
    this.root = root;
  }
  file;
  text;
  lines;
  data;
  root;
  locate(path, what = "value") {
    let node = this.root;
    let range = node ? [node.start, node.end] : [0, 0];
    for (let i = 0; i < path.length && node; i++) {
      const seg = path[i];
      if (node.kind === "map") {
        const e = node.entries.find((x) => x.key === String(seg));
        if (!e) break;
        const last = i === path.length - 1;
        node = e.value;
        range = last && what === "key" || !node ? [e.keyStart, e.keyEnd] : [node.start, node.end];
      } else if (node.kind === "seq" && typeof seg === "number" && node.items[seg]) {
        node = node.items[seg];
        range = [node.start, node.end];
      } else break;
    }
    return this.lines.range(this.file, range[0], range[1]);
  }
  stringsContaining(needle) {
    const out = [];
    const text = this.text;
    let first = text.indexOf(needle);
    if (first < 0) return out;
    const spans = (node) => {
      if (first < node.start) first = text.indexOf(needle, node.start);
      return first >= 0 && first < node.end;
    };
    const path = [];
    const walk = (node) => {
      if (!node || !spans(node)) return;
      if (node.kind === "map") {
        for (const e of node.entries) {
          path.push(e.key);
          walk(e.value);
          path.pop();
        }
      } else if (node.kind === "seq") {
        for (let i = 0; i < node.items.length; i++) {
          path.push(i);
          walk(node.items[i]);
          path.pop();
        }
      } else if (typeof node.value === "string" && node.value.includes(needle)) {
        out.push({ path: path.slice(), value: node.value, start: node.start, end: node.end });
      }
    };
    walk(this.root);
    return out;
  }
};
var MAX_ALIAS_COUNT = 100;
var aliasProblem = (function aliasProblem(doc, file, lines, expanded) {
  let problem;
  visit(doc, {
    Alias(_key, node) {
      const at = lines.range(file, node.range?.[0] ?? 0, node.range?.[1] ?? 0);
      if (expanded) {
        problem = error(
          "FO107",
          `YAML aliases expand too often (more than ${MAX_ALIAS_COUNT} times)`,
          "Anchors that repeat other anchors grow exponentially; write the values out instead.",
          at
        );
      } else if (!node.resolve(doc)) {
        problem = error(
          "FO107",
          `YAML alias *${node.source} has no anchor &${node.source} before it`,
          `Define &${node.source} on a value earlier in the file, or write the value instead of the alias.`,
          at
        );
      }
      return problem ? visit.BREAK : void 0;
    }
  });
  return problem;
});
var unclosedQuote = (function unclosedQuote(doc, at, file, lines) {
  let found;
  visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      const quote = node.type === "QUOTE_DOUBLE" ? '"' : node.type === "QUOTE_SINGLE" ? "'" : void 0;
      if (!quote || !r || r[1] < at - 1 || r[1] > at + 1) return void 0;
      const end = lines.pos(Math.max(r[0], r[1] - 1));
      found = error(
        "FO107",
        `YAML syntax error: the ${quote === '"' ? "double" : "single"}-quoted string that starts here is never closed`,
        `It runs on to line ${end.line} without its closing ${quote}: add the ${quote} where the value ends. ` + (quote === "'" ? "Inside single quotes, a ' is written twice ('it''s')." : 'Inside double quotes, a " is written \\".'),
        lines.range(file, r[0], r[0] + 1)
      );
      return visit.BREAK;
    }
  });
  return found;
});
var wordedError = (function wordedError(code, key) {
  if (code === "DUPLICATE_KEY")
    return {
      summary: `YAML key ${key ? `${key} ` : ""}appears twice in the same mapping`,
      detail: "A mapping holds one value a key, and YAML would keep only one of them: remove or rename one of the two."
    };
  if (code === "TAB_AS_INDENT")
    return {
      summary: "A tab indents this line: YAML indents with spaces only",
      detail: "Replace the tabs at the start of the line with spaces, as many as the lines around it use (set your editor to insert spaces in YAML files)."
    };
  if (code === "MULTIPLE_DOCS")
    return {
      summary: "A second YAML document starts here: a flinkops file holds one",
      detail: "Remove this `---` line and what follows it, or move that part into a file of its own."
    };
  return void 0;
});
var unclosedFlow = (function unclosedFlow(doc, at, file, text, lines) {
  let found;
  const check = (node) => {
    const r = node.range;
    if (!node.flow || !r || r[0] > at || found && found.start <= r[0]) return;
    const open = text[r[0]];
    const close2 = open === "[" ? "]" : open === "{" ? "}" : void 0;
    if (close2 && text.slice(r[0], r[1]).trimEnd().at(-1) !== close2) found = { start: r[0], open };
  };
  visit(doc, { Seq: (_k, n) => check(n), Map: (_k, n) => check(n) });
  if (!found) return void 0;
  const close = found.open === "[" ? "]" : "}";
  return error(
    "FO107",
    `YAML syntax error: the \`${found.open}\` that starts here is never closed`,
    `Close it with \`${close}\` where the ${found.open === "[" ? "list" : "mapping"} ends. A list or mapping in brackets may span lines, so the parser read the lines after it as part of it.`,
    lines.range(file, found.start, found.start + 1)
  );
});
var keyAt = (function keyAt(text, offset) {
  const end = text.indexOf("\n", offset);
  const m = /^\s*("[^"\n]*"|'[^'\n]*'|[^\s:#{}[\],][^:#{}[\],\n]*?)\s*:(\s|$)/.exec(
    text.slice(offset, end < 0 ? void 0 : end)
  );
  return m ? m[1].startsWith('"') || m[1].startsWith("'") ? m[1] : `"${m[1]}"` : void 0;
});
var parseYaml = (function parseYaml(file, written) {
  const text = written.includes("\r") ? written.replace(/\r(?!\n)/g, "\n") : written;
  const lines = new LineIndex(text);
  const fast = parseFast(text);
  if (fast === null || fast?.kind === "map") {
    return { value: new FastSource(file, text, lines, toData(fast) ?? {}, fast), diags: [] };
  }
  return parseWithLibrary(file, text, lines);
});
var parseWithLibrary = (function parseWithLibrary(file, text, lines = new LineIndex(text)) {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: true });
  const diags = [];
  const tooDeep = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (tooDeep) {
    const d = error(
      "FO107",
      "YAML nests too deeply to read",
      "Lists and mappings are nested hundreds of levels deep here; no flinkops file needs that. Write the value flatter, or check for brackets that are opened and never closed.",
      lines.range(file, tooDeep.pos[0], tooDeep.pos[1])
    );
    return { value: void 0, diags: [d] };
  }
  const tabbed = doc.errors.filter((e) => e.code === "TAB_AS_INDENT");
  const [first, ...rest] = doc.errors.filter((e) => e.code !== "DUPLICATE_KEY").sort((a, b) => a.pos[0] - b.pos[0]);
  const after = rest.filter((e) => e.pos[0] !== first?.pos[0]);
  const reported = tabbed.length > 0 ? tabbed : doc.errors.filter((e) => e === first || e.code === "DUPLICATE_KEY");
  const more = after.length > 0 ? ` The parser reports ${after.length} more error${after.length > 1 ? "s" : ""} further down, which often follow from this one: fix it first, then validate again.` : "";
  for (const e of reported) {
    const unclosed = e.code === "MISSING_CHAR" ? unclosedQuote(doc, e.pos[0], file, lines) : e === first ? unclosedFlow(doc, e.pos[0], file, text, lines) : void 0;
    if (unclosed) {
      diags.push(unclosed);
      continue;
    }
    const tail = e === first ? more : "";
    const indent = e === first ? indentMistake(e.code, e.message, e.pos[0], file, text, lines) : void 0;
    if (indent) {
      diags.push(error("FO107", indent.summary, indent.detail + tail, indent.at));
      continue;
    }
    const at = lines.range(file, e.pos[0], e.pos[1]);
    const worded = wordedError(e.code, keyAt(text, e.pos[0]));
    if (worded) {
      diags.push(error("FO107", worded.summary, worded.detail + tail, at));
      continue;
    }
    const summary = e.message.split("\n")[0] ?? e.message;
    diags.push(
      error(
        "FO107",
        `YAML syntax error: ${summary}`,
        `Fix the YAML syntax at this position (indentation, a missing \`:\`, an unclosed quote or bracket are the usual causes).${tail}`,
        at
      )
    );
  }
  if (diags.length > 0) return { value: void 0, diags };
  const root = doc.contents ?? null;
  const unresolved = aliasProblem(doc, file, lines, false);
  if (unresolved) return { value: void 0, diags: [unresolved] };
  const badMerge = mergeProblem(doc, file, lines);
  if (badMerge) return { value: void 0, diags: [badMerge] };
  let data;
  try {
    data = root ? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) : {};
  } catch (e) {
    const located = aliasProblem(doc, file, lines, true);
    if (!located) throw e;
    return { value: void 0, diags: [located] };
  }
  if (root && !isMap(root)) {
    const r = root.range ?? [0, 0, 0];
    diags.push(
      error(
        "FO108",
        "YAML file is not a mapping",
        "The file must hold `key: value` entries at its top level; see the schema named in its first line.",
        lines.range(file, r[0], r[1])
      )
    );
    return { value: void 0, diags };
  }
  return { value: new DocSource(file, text, lines, data ?? {}, root, doc), diags };
});
var valueAt = (function valueAt(data, path) {
  let v = data;
  for (const k of path)
    v = v !== null && typeof v === "object" ? v[k] : void 0;
  return v;
});

// src/load/project.ts
var PROJECT_FILE = "flinkops.yaml";
var badRefDiag = (function badRefDiag(file, lines, start, end, text) {
  return error(
    "FO111",
    `Malformed reference ${text}`,
    "Write ${env.NAME} or ${secret.NAME} (NAME: letters, digits, underscores); write $${ for a literal ${.",
    lines.range(file, start, end)
  );
});
var yamlReferences = (function yamlReferences(y, isConfig, refs, diags, table) {
  for (const s of y.stringsContaining("${")) {
    const src = y.text.slice(s.start, s.end);
    const found = scanReferences(src);
    let env;
    let inVariables = false;
    if (isConfig && s.path[0] === "environments" && typeof s.path[1] === "string") {
      env = s.path[1];
      inVariables = s.path[2] === "variables";
    }
    for (const r of found.refs) {
      const range = y.lines.range(y.file, s.start + r.start, s.start + r.end);
      if (inVariables && r.kind === "env") {
        diags.push(
          error(
            "FO112",
            `\${env.${r.name}} cannot be used inside variables`,
            "variables are the defaults of ${env.X} references and cannot reference the environment themselves; write the value, or a ${secret.NAME}.",
            range
          )
        );
        continue;
      }
      const key = s.path.at(-1);
      const option = table !== void 0 && s.path.length === 2 && s.path[0] === "with" && typeof key === "string" ? key : void 0;
      refs.push({
        kind: r.kind,
        name: r.name,
        range,
        ...env ? { env } : {},
        ...typeof key === "string" ? { key } : {},
        ...env && s.path[2] === "auth" ? { auth: true } : {},
        ...table !== void 0 && option !== void 0 ? { tableOption: { table, option } } : {}
      });
    }
    for (const b of found.bad)
      diags.push(badRefDiag(y.file, y.lines, s.start + b.start, s.start + b.end, b.text));
  }
});
var SCHEMA_LINE = /^\uFEFF?[ \t]*#[ \t]*yaml-language-server:[^\n]*/;
var bareDollars = (function bareDollars(project) {
  const out = [];
  const yamls = [project.config, ...project.tables.map((t) => t.yaml), ...project.udfs.map((u) => u.yaml)];
  for (const y of [...yamls, ...project.jobs.map((j) => j.yaml)]) {
    if (!y || !hasBareDollar(y.text, SCHEMA_LINE.exec(y.text)?.[0].length ?? 0)) continue;
    for (const s of y.stringsContaining("$")) {
      for (const d of scanBareDollars(y.text.slice(s.start, s.end)))
        out.push({ name: d.name, range: y.lines.range(y.file, s.start + d.start, s.start + d.end) });
    }
  }
  for (const t of [...project.tables.map((x) => x.sql), ...project.jobs.map((j) => j.sql)]) {
    for (const d of t ? scanBareDollars(t.text) : [])
      out.push({ name: d.name, range: t.lines.range(t.file, d.start, d.end) });
  }
  return out;
});
var sqlReferences = (function sqlReferences(t, refs, diags) {
  const found = scanReferences(t.text);
  for (const r of found.refs) {
    const key = sqlOptionKey(t.text, r.start);
    refs.push({
      kind: r.kind,
      name: r.name,
      range: t.lines.range(t.file, r.start, r.end),
      ...key ? { key } : {}
    });
  }
  let tokens;
  for (const b of found.bad) {
    tokens ??= lex(t.text, t.file, t.lines).tokens;
    if (inComment(tokens, b.start)) continue;
    diags.push(badRefDiag(t.file, t.lines, b.start, b.end, b.text));
  }
});
var inComment = (function inComment(tokens, at) {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const tok = tokens[mid];
    if (at < tok.start) hi = mid - 1;
    else if (at >= tok.end) lo = mid + 1;
    else return false;
  }
  return true;
});
var OPTION_KEY_WINDOW = 4096;
var sqlOptionKey = (function sqlOptionKey(text, at) {
  const before = text.slice(Math.max(0, at - OPTION_KEY_WINDOW), at);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return /'((?:[^']|'')+)'\s*=\s*'(?:[^']|'')*$/.exec(line)?.[1]?.replaceAll("''", "'");
});
var readYaml = (function readYaml(dir, file, diags) {
  const t = readTextFile(dir, file, diags);
  if (!t) return void 0;
  const r = parseYaml(file, t.text);
  diags.push(...r.diags);
  return r.value;
});
var checkProjectDir = (function checkProjectDir(dir) {
  let isDir;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const code = e.code;
    return error(
      "FO100",
      code === "ENOENT" ? `Project directory ${dir} does not exist` : `Cannot open project directory ${dir}`,
      code === "ENOENT" ? "Pass --dir with the folder that holds flinkops.yaml (relative to the current directory), or run flinkops in that folder." : `${e.message}. Check the folder's permissions.`
    );
  }
  if (isDir) return void 0;
  const parent = dirname(dir);
  const above = basename(dir) === PROJECT_FILE ? parent : projectAbove(dir);
  return error(
    "FO100",
    `${dir} is a file, not a project directory`,
    above !== void 0 ? `--dir takes the folder that holds flinkops.yaml: pass --dir ${above}.` : "Pass --dir with the folder that holds flinkops.yaml (the repository root), not a file in it."
  );
});
var projectAbove = (function projectAbove(dir) {
  let cur = dir;
  for (let i = 0; i < 64; i++) {
    const up = dirname(cur);
    if (up === cur) return void 0;
    if (existsSync(join(up, PROJECT_FILE))) return up;
    cur = up;
  }
  return void 0;
});
var PROJECT_FILE_EXAMPLE = [
  "A minimal flinkops.yaml:",
  "  project: my_project",
  '  flinkVersion: "1.20"',
  "  environments:",
  "    dev:",
  "      jobmanagerUrl: http://localhost:8081",
  "      sqlGatewayUrl: http://localhost:8083"
].join("\n");
var missingProjectFile = (function missingProjectFile(dir) {
  if (existsSync(join(dir, "flinkops.yml")))
    return error(
      "FO100",
      "flinkops.yml must be named flinkops.yaml",
      "Rename flinkops.yml to flinkops.yaml.",
      fileStart("flinkops.yml")
    );
  const above = projectAbove(dir);
  const folders = ["jobs", "tables", "udfs"].filter((f) => existsSync(join(dir, f)));
  let detail;
  if (above)
    detail = `This folder is inside the flinkops project at ${above}: run flinkops there, or pass --dir ${above}.`;
  else if (folders.length)
    detail = `This folder has ${folders.map((f) => `${f}/`).join(" and ")} but no project file: create flinkops.yaml here with the project name, Flink version and environments.
${PROJECT_FILE_EXAMPLE}`;
  else
    detail = `Run flinkops in a flinkops project (the folder holding flinkops.yaml), or pass --dir with that folder.
${PROJECT_FILE_EXAMPLE}`;
  return error("FO100", `No ${PROJECT_FILE} in ${dir}`, detail, fileStart(PROJECT_FILE));
});
var isSpecialFile = (function isSpecialFile(path) {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return st !== void 0 && !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
});
var PROJECT_FOLDERS = ["jobs", "tables", "udfs"];
var misnamedFolders = (function misnamedFolders(dir, diags, unread) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const folder of PROJECT_FOLDERS) {
    if (names.includes(folder)) continue;
    const near = names.find((n) => {
      const l = n.toLowerCase();
      return l === folder || l === folder.slice(0, -1);
    });
    if (near === void 0) continue;
    try {
      if (!statSync(join(dir, near)).isDirectory()) continue;
    } catch {
      continue;
    }
    const readAnyway = near.toLowerCase() === folder && existsSync(join(dir, folder));
    if (!readAnyway) unread.push(folder);
    diags.push(
      (readAnyway ? warning : error)(
        "FO109",
        readAnyway ? `The folder ${near}/ must be named ${folder}/: it is read here only because this file system ignores case` : `The folder ${near}/ is not read: flinkops reads ${folder}/`,
        `Rename ${near}/ to ${folder}/ (\`git mv ${near} ${folder}\`; on a file system that ignores case, \`git mv ${near} ${folder}.tmp && git mv ${folder}.tmp ${folder}\`).`,
        fileStart(near)
      )
    );
  }
});
var loadProject = (function loadProject(dir) {
  const diags = [];
  const refs = [];
  const unread = [];
  const project = {
    dir,
    tables: [],
    udfs: [],
    jobs: [],
    tests: [],
    references: refs,
    unreadFolders: unread,
    misnamed: { jobs: [], tables: [], udfs: [] }
  };
  const misnamed = project.misnamed;
  const dirProblem = checkProjectDir(dir);
  if (dirProblem) return { value: project, diags: [dirProblem] };
  const configPath = join(dir, PROJECT_FILE);
  if (isSymlink(configPath) && !insideRepository(dir, configPath)) {
    diags.push(outsideRepository(PROJECT_FILE));
  } else if (isSpecialFile(configPath)) {
    diags.push(notRegularFile(PROJECT_FILE));
  } else if (existsSync(configPath)) {
    const y = readYaml(dir, PROJECT_FILE, diags);
    if (y) {
      project.config = y;
      yamlReferences(y, true, refs, diags);
    }
  } else {
    diags.push(missingProjectFile(dir));
  }
  misnamedFolders(dir, diags, unread);
  for (const e of listFolder(dir, "tables", ["yaml", "sql"], diags, void 0, unread, misnamed.tables)) {
    if (e.ext === "yaml") {
      const y = readYaml(dir, e.file, diags);
      if (y) yamlReferences(y, false, refs, diags, e.name);
      project.tables.push(
        y ? { name: e.name, file: e.file, format: "yaml", yaml: y } : { name: e.name, file: e.file, format: "yaml" }
      );
    } else {
      const t = readTextFile(dir, e.file, diags);
      if (t) sqlReferences(t, refs, diags);
      project.tables.push(
        t ? { name: e.name, file: e.file, format: "sql", sql: t } : { name: e.name, file: e.file, format: "sql" }
      );
    }
  }
  for (const e of listFolder(dir, "udfs", ["yaml"], diags, void 0, unread, misnamed.udfs)) {
    const y = readYaml(dir, e.file, diags);
    if (y) yamlReferences(y, false, refs, diags);
    project.udfs.push(y ? { name: e.name, file: e.file, yaml: y } : { name: e.name, file: e.file });
  }
  const testJobs = [];
  const jobEntries = listFolder(dir, "jobs", ["sql", "yaml"], diags, testJobs, unread, misnamed.jobs);
  for (const job of testJobs) project.tests.push({ job, file: `jobs/${job}.test.yaml` });
  const sqlNames = new Set(jobEntries.filter((e) => e.ext === "sql").map((e) => e.name));
  const byName = /* @__PURE__ */ new Map();
  for (const e of jobEntries) {
    if (e.ext !== "sql") continue;
    const t = readTextFile(dir, e.file, diags);
    if (t) sqlReferences(t, refs, diags);
    const job = t ? { name: e.name, sqlFile: e.file, sql: t } : { name: e.name, sqlFile: e.file };
    byName.set(e.name, job);
    project.jobs.push(job);
  }
  for (const e of jobEntries) {
    if (e.ext !== "yaml") continue;
    if (!sqlNames.has(e.name)) {
      if (!misnamed.jobs.includes(e.name))
        diags.push(
          error(
            "FO106",
            `jobs/${e.name}.yaml has no jobs/${e.name}.sql`,
            `Job settings need the job's SQL beside them: add jobs/${e.name}.sql, or rename/remove the YAML file.`,
            fileStart(e.file)
          )
        );
      continue;
    }
    const job = byName.get(e.name);
    job.yamlFile = e.file;
    const y = readYaml(dir, e.file, diags);
    if (y) {
      job.yaml = y;
      yamlReferences(y, false, refs, diags);
    }
  }
  project.bareDollars = bareDollars(project);
  return { value: project, diags };
});

// src/load/types.ts
var keys = (function keys(record) {
  return Object.keys(record);
});
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
var configLayers = (function configLayers(config, env, job, own) {
  const environment = env === void 0 ? void 0 : config?.environments[env];
  return [config?.defaults?.config, environment?.config, own?.config, environment?.jobs?.[job]?.config];
});
var environmentRelease = (function environmentRelease(config, env) {
  return config.environments[env]?.flinkVersion ?? config.flinkVersion;
});

export {
  fileStart,
  insideRepository,
  isSymlink,
  readTextFile,
  scanReferences,
  escapeTemplate,
  substituteEnv,
  secretNames,
  resolveSecrets,
  resolveSecretsInValue,
  parseYaml,
  parseWithLibrary,
  valueAt,
  PROJECT_FILE,
  loadProject,
  configLayers,
  environmentRelease
};
