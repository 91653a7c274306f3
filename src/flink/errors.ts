/**
 * Errors are values: every client call answers `FlinkResult<T>` and the caller
 * (observe, apply) decides what a failure means and turns it into a diagnostic.
 * A `FlinkError` says what the cluster said, in one line, without a stack dump.
 */
import { CLIP_MARK } from '../core/secrets';
import { pageText } from '../core/text';

export type FlinkService = 'jobmanager' | 'gateway';

export type FlinkErrorKind =
  /** The cluster answered with a non-2xx status; `status` and `message` say why. */
  | 'http'
  /** No connection: refused, reset, DNS failure. */
  | 'network'
  /** No answer within the per-call timeout. */
  | 'timeout'
  /** The TLS handshake failed (unknown CA, wrong host name). */
  | 'tls'
  /** A 2xx answer whose body is not what the REST API promises. */
  | 'protocol'
  /** The target Flink version lacks the call or the feature. */
  | 'unsupported'
  /** A SQL statement failed on the gateway (operation status ERROR/CANCELED/TIMEOUT). */
  | 'statement'
  /** The caller's AbortSignal fired. */
  | 'aborted';

export interface FlinkError {
  kind: FlinkErrorKind;
  service: FlinkService;
  /** The call as a route template, e.g. `POST /jobs/:jobid/stop`. */
  call: string;
  /** HTTP status, when the cluster answered. */
  status?: number;
  /** One line: the most specific thing the cluster (or the network) said. */
  message: string;
  /** Exception headlines from outermost to root cause, class names shortened, no frames. */
  causes: string[];
  /**
   * Set when a non-retried request failed after it may have reached the server
   * (connection reset mid-request): the caller must look before resubmitting.
   */
  mayHaveReachedServer?: boolean;
}

export type FlinkResult<T> = { ok: true; value: T } | { ok: false; error: FlinkError };

export function ok<T>(value: T): FlinkResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: FlinkError): FlinkResult<T> {
  return { ok: false, error };
}

/** What a gateway says when it refuses the SQL itself, even behind a 500. */
const SQL_REFUSED =
  /(Validation|SqlParse|SqlParser|SqlValidate|Table|Catalog|DatabaseNotExist|FunctionNotExist)Exception|already exists|does not exist|not found/i;

/**
 * A failure worth trying again (in a fresh session, for a gateway statement): a lost connection,
 * a timeout, a server or proxy error that is not Flink refusing the SQL.
 */
export function isTransient(e: FlinkError): boolean {
  if (e.kind === 'network' || e.kind === 'timeout' || e.mayHaveReachedServer) return true;
  if (e.kind !== 'http' || (e.status ?? 0) < 500) return false;
  return ![e.message, ...e.causes].some((line) => SQL_REFUSED.test(line));
}

const MAX_LINE = 500;
const FQCN_PREFIX = /^(?:[a-zA-Z_$][\w$]*\.)+([A-Z][\w$]*):\s*/;

/** `org.apache.x.FooException: org.apache.x.FooException: msg` → `FooException: msg`. */
export function shortenHeadline(line: string): string {
  let rest = line.trim();
  let simple: string | undefined;
  for (let m = FQCN_PREFIX.exec(rest); m; m = FQCN_PREFIX.exec(rest)) {
    simple = m[1];
    rest = rest.slice(m[0].length);
  }
  // A bare class name is the exception itself (`java.lang.NullPointerException`); after an
  // exception's name it is the message (`ClassNotFoundException: com.acme.udf.Bucket`), kept whole.
  const bare = simple === undefined && /^(?:[a-zA-Z_$][\w$]*\.)+([A-Z][\w$]*)$/.exec(rest);
  if (bare) return clip(bare[1]!);
  return clip(simple ? (rest ? `${simple}: ${rest}` : simple) : rest);
}

/** Ends a cut text with `…`: the mark masking looks for, as the cut may fall inside a secret. */
function clip(s: string, max = MAX_LINE): string {
  return s.length > max ? `${s.slice(0, max - 1)}${CLIP_MARK}` : s;
}

/**
 * Exception headlines of a Java stack trace: the first line and every `Caused by:` line, with
 * what the exception's message says on the lines after it (Flink's "Unsupported options:" and
 * the options it supports, say) folded into the same line. Frames, `... n more` and
 * `Suppressed:` blocks are dropped, and so are the table options Flink lists (their values may
 * be secrets).
 */
export function stackHeadlines(text: string): string[] {
  const body = text
    .replace(/^\s*<Exception on server side:\s*/, '')
    .replace(/\s*End of exception on server side>\s*$/, '');
  const out: string[] = [];
  let more: string[] | undefined;
  const fold = () => {
    if (more && out.length > 0) {
      const headline = out[out.length - 1]!;
      out[out.length - 1] = clip(pythonTraceback(headline, more) ?? withMessageLines(headline, more));
    }
    more = undefined;
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const cause = /^Caused by:\s*(.*)$/.exec(line);
    if (out.length === 0 || cause) {
      if (!line) continue;
      fold();
      out.push(shortenHeadline(cause ? cause[1]! : line));
      more = [];
    } else if (/^(?:at |\.\.\. \d+ more|Suppressed:)/.test(line)) fold();
    else more?.push(line);
  }
  fold();
  return dedupeAdjacent(out);
}

const TRACEBACK = /\s*Traceback \(most recent call last\):\s*$/;
/** A frame of the user's own code: not Python's, PyFlink's or py4j's (`<frozen importlib…>`, site-packages). */
const LIBRARY_FRAME = /^File "(?:<[^"]*>|[^"]*\/(?:site-packages|dist-packages|lib\/python[\d.]+)\/[^"]*)"/;

/**
 * A Python traceback PyFlink sends back (`Py4JException: … Return Message: Traceback (most recent
 * call last): File … SyntaxError: expected ':'`), as the error it ends in and where in the user's
 * code: `… Return Message: SyntaxError: expected ':' (my_udfs.py, line 6: def shout(s))`. The frames
 * before it are PyFlink's import machinery, and the file is the gateway's temporary copy, of which
 * only the name is the user's.
 */
function pythonTraceback(headline: string, lines: readonly string[]): string | undefined {
  if (!TRACEBACK.test(headline)) return undefined;
  const last = lines.findLastIndex((l) => /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b/.test(l));
  if (last < 0) return undefined;
  let where = '';
  for (let i = last - 1; i >= 0; i--) {
    const frame = /^File "([^"]*)", line (\d+)/.exec(lines[i]!);
    if (!frame) continue;
    if (LIBRARY_FRAME.test(lines[i]!)) break;
    const code = lines[i + 1] && !/^File "/.test(lines[i + 1]!) && i + 1 < last ? lines[i + 1]! : '';
    where = ` (${frame[1]!.split('/').pop()}, line ${frame[2]}${code ? `: ${code}` : ''})`;
    break;
  }
  return `${headline.replace(TRACEBACK, '')} ${lines[last]}${where}`;
}

/** Options Flink lists by name and value (`'k'='v'`): never shown, a value may be a secret. */
const LISTED_OPTIONS = /^Table options are:$/;
const MAX_ITEMS = 12;

/**
 * `headline` and the lines of the message after it: paragraphs joined into sentences, a
 * paragraph ending in `:` followed by the list it introduces (`Unsupported options: a, b`).
 */
function withMessageLines(headline: string, lines: readonly string[]): string {
  const paragraphs: string[][] = [];
  let cur: string[] = [];
  for (const l of [...lines, '']) {
    if (l) cur.push(l);
    else if (cur.length > 0) {
      paragraphs.push(cur);
      cur = [];
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const label = p.length === 1 && p[0]!.endsWith(':') ? p[0]! : undefined;
    if (label && LISTED_OPTIONS.test(label)) {
      i++;
      continue;
    }
    if (p.some((l) => /'[^']*'\s*=\s*'/.test(l))) continue;
    if (label) {
      const items = paragraphs[i + 1] ?? [];
      i++;
      const shown = items.slice(0, MAX_ITEMS).join(', ');
      parts.push(`${label} ${shown}${items.length > MAX_ITEMS ? `, … (${items.length} in all)` : ''}`);
    } else parts.push(p.join(' '));
  }
  if (parts.length === 0) return headline;
  const stop = /[.:!?]$/.test(headline) ? '' : '.';
  return `${headline}${stop} ${parts.map((x) => x.replace(/[.:]$/, '')).join('. ')}.`;
}

function dedupeAdjacent(lines: string[]): string[] {
  return lines.filter((l, i) => i === 0 || l !== lines[i - 1]);
}

const GENERIC = new Set(['Internal server error.', 'Internal server error']);

/**
 * Reads Flink's `{"errors":[...]}`: a handler error is a plain message; an
 * unexpected one is `["Internal server error.", "<Exception on server side: ...>"]`,
 * and a failed SQL statement puts its error in `errors[1]`. The root cause is
 * the most specific line, so it becomes the message.
 */
export function summarizeFlinkErrors(errors: readonly string[]): { message: string; causes: string[] } {
  const causes: string[] = [];
  for (const e of errors) {
    if (typeof e !== 'string' || GENERIC.has(e.trim())) continue;
    causes.push(...stackHeadlines(e));
  }
  if (causes.length === 0) {
    const first = errors.find((e) => typeof e === 'string' && e.trim());
    return { message: first ? shortenHeadline(first.split(/\r?\n/)[0]!) : 'no error text', causes: [] };
  }
  return { message: causes[causes.length - 1]!, causes };
}

/**
 * The root cause of a job failure in one line, from its exception headlines (outermost first): the
 * innermost, and the one it wraps when the innermost names nothing. A driver's low-level cause
 * (`ConnectException: Connection refused`) says less than the exception wrapping it
 * (`PSQLException: Connection to 127.0.0.1:5999 refused. Check that the hostname and port are
 * correct …`): that one names the endpoint the job could not reach, so both are shown.
 */
export function failureCause(causes: readonly string[]): string | undefined {
  const last = causes[causes.length - 1];
  if (last === undefined || causes.length < 2) return last;
  const detail = last.replace(/^[\w$]+:\s*/, '');
  const outer = causes[causes.length - 2]!;
  if (detail.length <= 40 && !outer.includes(detail) && outer !== last) return `${outer} <- ${last}`;
  if (namesSomething(detail)) return last;
  // A long innermost message that names nothing ("This server does not host this topic-partition."):
  // the nearest wrapper that names what failed (`Failed to get metadata for topics [orders-v2].`).
  for (let i = causes.length - 2; i >= 0; i--) {
    const c = causes[i]!;
    if (c.includes(detail)) continue;
    if (namesSomething(c.replace(/^[\w$]+:\s*/, ''))) return `${c} <- ${last}`;
  }
  return last;
}

/** A message that names an object: a quoted or bracketed name, a path, an address, a number. */
function namesSomething(message: string): boolean {
  return /[[\]'"`/\\]|\d/.test(message);
}

/** The gateway's own wrappers ("Failed to fetchResults.", "Failed to execute the operation …"): no news. */
const GATEWAY_WRAPPER = /^(SqlGatewayException|SqlExecutionException): Failed to/;

const POSITION = /line (\d+), column (\d+)/;

/** Flink's `line L, column C` in an error (its message or a cause), counted in the text it was sent. */
export function flinkPosition(e: FlinkError): { line: number; column: number } | undefined {
  const m = [e.message, ...e.causes].map((l) => POSITION.exec(l)).find((x) => x !== null);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/**
 * Flink's reason in one line: the first cause past the gateway's wrappers (`ValidationException:
 * SQL validation failed. … function 'ab'`) and the last two under it, the most specific.
 */
export function flinkReason(e: FlinkError): string {
  const causes = e.causes.filter((c) => !GATEWAY_WRAPPER.test(c));
  const lines = causes.length > 0 ? [causes[0]!, ...causes.slice(-2)] : [e.message];
  return lines.filter((l, i, a) => a.indexOf(l) === i).join(' <- ');
}

/**
 * Why a service is not usable, from the failure of a call a working one always answers (the SQL
 * Gateway's `GET /v1/info`): `does not answer (…)`, or `cannot be used (… answered …)` when
 * something answered in its place: behind a proxy, a 502–504 of a service that is down, a 401 or
 * 403 refusing the credentials, a 404 of a wrong path prefix, a redirect or a login page.
 */
export function notUsable(e: FlinkError): { answered: boolean; why: string } {
  const answered = e.kind === 'http' || e.kind === 'protocol';
  return {
    answered,
    why: answered ? `cannot be used (${e.call} answered ${e.message})` : `does not answer (${e.message})`,
  };
}

/** Flink could not parse or validate the SQL it was given (not a connection or runtime failure). */
export function isSqlRejection(e: FlinkError): boolean {
  return [e.message, ...e.causes].some((c) =>
    /^(ValidationException|SqlParserException|SqlValidateException):/.test(c),
  );
}

/** The `errors` array of a Flink error body, if the body is one. */
export function errorsOf(body: unknown): string[] | undefined {
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
    return (body as { errors: unknown[] }).errors.filter((e): e is string => typeof e === 'string');
  }
  return undefined;
}

/** Builds the error for a non-2xx answer, from Flink's `errors[]` or the raw text of a proxy's page. */
export function httpError(
  service: FlinkService,
  call: string,
  status: number,
  body: unknown,
  text: string,
): FlinkError {
  const errors = errorsOf(body);
  if (errors && errors.length > 0) {
    const { message, causes } = summarizeFlinkErrors(errors);
    return { kind: 'http', service, call, status, message, causes };
  }
  const snippet = pageText(text);
  const message = snippet ? `HTTP ${status}: ${clip(snippet, 200)}` : `HTTP ${status} with an empty body`;
  return { kind: 'http', service, call, status, message, causes: [] };
}

export function protocolError(service: FlinkService, call: string, what: string): FlinkError {
  return { kind: 'protocol', service, call, message: `unexpected response: ${what}`, causes: [] };
}

export function unsupported(service: FlinkService, call: string, message: string): FlinkError {
  return { kind: 'unsupported', service, call, message, causes: [] };
}
