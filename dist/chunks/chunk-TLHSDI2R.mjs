import {
  CREDENTIAL_WORDS,
  isCredentialKey
} from "./chunk-2KEB7JXC.mjs";
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
    const key = `${d.code}\0${d.severity}\0${d.detail.replace(/\b[0-9a-f]{32}\b/g, "#")}`;
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
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
    (m, key, sep, value) => isCredentialKey(key.replace(/^['"]|['"]$/g, "")) && !value.includes("${") ? key + sep + value.replace(/[^'"]/g, "*") : m
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
      for (let m = eol.exec(text); m; m = eol.exec(text)) starts.push(m.index + m[0].length);
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
    let m = lines.get(n);
    if (m === void 0) {
      m = maskCredentials(line);
      lines.set(n, m);
    }
    return m;
  }
};
var summarizeDiagnostics = (function summarizeDiagnostics(diags) {
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.filter((d) => d.severity === "warning").length;
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
});

export {
  replaceControls,
  hexControl,
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
};
