import { type Diagnostic, formatLocation, sortDiagnostics } from '../core/diagnostics';
import { CREDENTIAL_WORDS, isCredentialKey } from '../core/sensitive-keys';
import { hexControl, replaceControls } from './controls';
import { makeStyle } from './style';

/** A control character (an escape sequence, a newline in a file name) shown as `\xNN`, never sent to the terminal. */
function printable(text: string, multiline = false): string {
  const t = multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, hexControl);
  return replaceControls(t, hexControl);
}

export interface DiagnosticRenderOptions {
  color: boolean;
  /** File text by path, for a code frame under each located diagnostic. */
  sources?: ReadonlyMap<string, string>;
  /**
   * Warnings and notes of one code with the same advice (Flink job ids aside), CONSOLIDATE_AT or more of them (one per
   * job at scale: 14 jobs without a restore point), shown in full once and then a line each, as
   * Terraform consolidates its warnings. Errors are always shown in full, each with its frame.
   */
  consolidate?: boolean;
}

const CONSOLIDATE_AT = 3;

/**
 * Compiler-style diagnostics:
 *   tables/rides.yaml:4:5: error FO201: unknown key 'colums'
 *     4 |     colums:
 *       |     ^^^^^^
 *     Did you mean 'columns'? ...
 */
export function renderDiagnostics(diags: readonly Diagnostic[], opts: DiagnosticRenderOptions): string {
  const s = makeStyle(opts.color);
  const out: string[] = [];
  const sorted = sortDiagnostics(diags);
  const alike = opts.consolidate ? alikeGroups(sorted) : new Map<Diagnostic, Diagnostic[]>();
  const folded = new Set([...alike.values()].flat());
  // A file can carry thousands of diagnostics (a generated script): its lines are found, and
  // each line shown is masked, once, not once per diagnostic.
  const frames = new FrameLines();
  for (const d of sorted) {
    if (folded.has(d)) continue;
    const loc = printable(formatLocation(d.range));
    const sev =
      d.severity === 'error' ? s.red('error') : d.severity === 'warning' ? s.yellow('warning') : 'info';
    out.push(`${loc ? `${s.bold(loc)}: ` : ''}${sev} ${s.dim(d.code)}: ${printable(d.summary)}`);
    // Columns are counted after a byte-order mark (as the file is read): the frame drops it too.
    const frame = d.range && opts.sources?.get(d.range.file)?.replace(/^\uFEFF/, '');
    if (frame !== undefined && d.range)
      for (const l of codeFrame(frames, frame, d.range.start, d.range.end)) out.push(s.dim(l));
    for (const line of printable(d.detail, true).split('\n')) if (line.trim()) out.push(`    ${line}`);
    const rest = alike.get(d);
    if (rest) {
      out.push(
        `  and ${rest.length} more ${d.code} ${d.severity}s with the same advice (--verbose shows each in full):`,
      );
      for (const r of rest) {
        const at = printable(formatLocation(r.range));
        out.push(`    ${at ? `${s.bold(at)}: ` : ''}${printable(r.summary)}`);
      }
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Per first diagnostic of each consolidated group, the others of the group (in `sorted` order). */
function alikeGroups(sorted: readonly Diagnostic[]): Map<Diagnostic, Diagnostic[]> {
  const byKey = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    if (d.severity === 'error') continue;
    // Advice that differs only in the Flink job id it names (FO619: "An earlier apply started job …") is the same advice.
    const key = `${d.code}\u0000${d.severity}\u0000${d.detail.replace(/\b[0-9a-f]{32}\b/g, '#')}`;
    const group = byKey.get(key);
    if (group) group.push(d);
    else byKey.set(key, [d]);
  }
  const out = new Map<Diagnostic, Diagnostic[]>();
  for (const [first, ...rest] of byKey.values())
    if (first && rest.length + 1 >= CONSOLIDATE_AT) out.set(first, rest);
  return out;
}

/** Characters of a line shown around the column: a minified or generated line can be megabytes. */
const FRAME_WIDTH = 120;
const ELLIPSIS = '…';

function codeFrame(
  frames: FrameLines,
  text: string,
  start: { line: number; column: number },
  end: { line: number; column: number },
): string[] {
  const line = frames.line(text, start.line);
  if (line === undefined) return [];
  const gutter = String(start.line).length;
  const col = Math.max(0, start.column - 1);
  const width =
    end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, line.length - col);
  // A window of FRAME_WIDTH characters around the column, each cut end marked.
  const from =
    line.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(col - FRAME_WIDTH / 3, line.length - FRAME_WIDTH));
  const to = Math.min(line.length, from + FRAME_WIDTH);
  const head = from > 0 ? ELLIPSIS : '';
  const shown =
    head +
    visible(frames.masked(text, start.line, line).slice(from, to)) +
    (to < line.length ? ELLIPSIS : '');
  const caretAt = head.length + (col - from);
  const carets = Math.max(1, Math.min(width, to - col));
  return [
    `  ${String(start.line).padStart(gutter)} | ${shown}`,
    `  ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, caretAt))}${'^'.repeat(carets)}`,
  ];
}

/**
 * A source line with the credentials it may hold as as many `*`: a URL's user info password
 * (`http://user:password@host`, or `user:password@host`), and the literal value of a credential
 * key — `password: hunter2` (YAML, block or flow), `'password' = 'hunter2'` (SQL), an
 * `Authorization:` header — which a frame of a line would print into a terminal, a CI log or an
 * annotation (FO248 and FO285 point at such values). The length stays, so the carets stay under
 * their column; a `${secret.X}` or `${env.X}` reference is shown as written.
 */
function maskCredentials(line: string): string {
  // user:password@ after `//`, or at the start of a value (a URL written without its scheme).
  const urls = line.replace(
    /((?:\/\/|^|[\s'"=])[^\s:/@'"]*:)([^\s/@'"]+)(?=@)/g,
    (_m, user: string, pw: string) => user + '*'.repeat(pw.length),
  );
  if (!CREDENTIAL_HINT.test(urls)) return urls;
  return urls.replace(CREDENTIAL_VALUE, (m: string, key: string, sep: string, value: string) =>
    isCredentialKey(key.replace(/^['"]|['"]$/g, '')) && !value.includes('${')
      ? key + sep + value.replace(/[^'"]/g, '*')
      : m,
  );
}

/** A word a credential key holds: Flink's sensitive keys' words, and HTTP's credential headers. */
const CREDENTIAL_HINT = new RegExp(`${CREDENTIAL_WORDS}|auth|cookie`, 'i');
/** `key: value` (YAML) or `'key' = 'value'` (SQL): a key, its separator and a value quoted, or up to `,`, `}` or ` #` (a flow map's `{` starts none). */
const CREDENTIAL_VALUE =
  /((?:'[^'\n]*'|"[^"\n]*"|[A-Za-z0-9_.-]+))(\s*[:=]\s*)('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s,{}[\]#'"][^,}#]*?(?=\s*(?:[,}]|\s#|$)))/g;

/**
 * A source line as it may reach a terminal or a CI log: control characters (an ESC would drive the
 * terminal) as their Unicode pictures, bidirectional overrides (which reorder what is shown) as
 * U+FFFD, a tab as a space. One character each, so the carets stay under their column.
 */
function visible(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces.
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 9) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/**
 * Lines of the source texts one rendering shows frames of: where each text's lines start (found
 * once per text), and each shown line with its credentials masked (masked once per line).
 */
class FrameLines {
  private readonly starts = new Map<string, number[]>();
  private readonly maskedLines = new Map<string, Map<number, string>>();

  /** Line `n` (1-based) of `text`, without its line break. */
  line(text: string, n: number): string | undefined {
    let starts = this.starts.get(text);
    if (!starts) {
      starts = [0];
      const eol = /\r\n|\r|\n/g;
      for (let m = eol.exec(text); m; m = eol.exec(text)) starts.push(m.index + m[0].length);
      this.starts.set(text, starts);
    }
    if (n < 1 || n > starts.length) return undefined;
    const from = starts[n - 1]!;
    return text.slice(from, n < starts.length ? starts[n]! : text.length).replace(/(?:\r\n|\r|\n)$/, '');
  }

  /** `line` (line `n` of `text`) with its credentials masked. */
  masked(text: string, n: number, line: string): string {
    let lines = this.maskedLines.get(text);
    if (!lines) {
      lines = new Map();
      this.maskedLines.set(text, lines);
    }
    let m = lines.get(n);
    if (m === undefined) {
      m = maskCredentials(line);
      lines.set(n, m);
    }
    return m;
  }
}

export function summarizeDiagnostics(diags: readonly Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
