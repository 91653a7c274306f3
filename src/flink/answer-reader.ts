/**
 * Reads one HTTP/1.1 answer off a connection, from the bytes as they arrive: the status line,
 * the headers the client acts on, and the body framed by `Content-Length`, chunked transfer
 * coding, or the connection's end. Interim answers (1xx) are skipped. The body is kept as bytes
 * and decoded once, whole, so a character split between two packets decodes right.
 */

export interface Answer {
  status: number;
  /** The body, UTF-8 (a BOM dropped). */
  text: string;
  /** A redirect's target. */
  location?: string;
}

/** Bytes that are not an HTTP/1.x answer, or a framing Flink's REST server never sends. */
export class BadAnswerError extends Error {
  readonly code = 'FLINKOPS_BAD_ANSWER';
}

/** Bodies are UTF-8; one decoder serves every answer (decoding whole buffers keeps no state). */
const utf8 = new TextDecoder();
const CRLF2 = Buffer.from('\r\n\r\n');
/** Longer than any header block Flink or a proxy in front of it sends. */
const MAX_HEAD = 64 * 1024;

/** The line a chunked body expects next, where no chunk's data is being read. */
const SIZE_LINE = -1;
const TRAILERS = -2;
/** The empty line that ends a chunk's data. */
const DATA_END = -3;

type Framing = { kind: 'length'; left: number } | { kind: 'chunked' } | { kind: 'close' } | { kind: 'none' };

export class AnswerReader {
  private pending: Buffer | undefined;
  private head: { status: number; keepAlive: boolean; keepAliveMs?: number; location?: string } | undefined;
  private framing: Framing = { kind: 'none' };
  private readonly body: Buffer[] = [];
  /** Chunked coding: the bytes left of the current chunk's data, or the line expected next. */
  private chunkLeft: number = SIZE_LINE;
  private done = false;
  /** Bytes after the answer's end: the connection is out of step, never reused. */
  private extra = false;

  /** `noBody`: the request was a HEAD (no method flinkops sends has a body-less answer but that). */
  constructor(private readonly noBody = false) {}

  /** Feeds bytes; true once the answer is complete. Throws BadAnswerError on bytes that are not HTTP. */
  push(bytes: Buffer): boolean {
    let buf = this.pending ? Buffer.concat([this.pending, bytes]) : bytes;
    this.pending = undefined;
    while (!this.done && buf.length > 0) {
      if (!this.head) {
        const end = buf.indexOf(CRLF2);
        if (end < 0) {
          if (buf.length > MAX_HEAD || !couldBeHttp(buf)) throw new BadAnswerError(notHttp(buf));
          this.pending = buf;
          return false;
        }
        this.readHead(buf.toString('latin1', 0, end));
        buf = buf.subarray(end + 4);
        continue;
      }
      buf = this.readBody(buf);
    }
    if (buf.length > 0) {
      if (this.done) this.extra = true;
      else this.pending = buf;
    }
    return this.done;
  }

  /** The connection ended: true when that ends the answer (a body framed by the close). */
  end(): boolean {
    if (this.head && this.framing.kind === 'close') this.done = true;
    return this.done;
  }

  answer(): Answer {
    const h = this.head!;
    const bytes = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body);
    return { status: h.status, text: utf8.decode(bytes), ...(h.location ? { location: h.location } : {}) };
  }

  /** Whether the connection may carry another exchange; ms it may stay idle, if the server says. */
  reuse(): { keepAlive: boolean; idleMs?: number } {
    const h = this.head;
    if (!h || !this.done || this.extra) return { keepAlive: false };
    return { keepAlive: h.keepAlive, ...(h.keepAliveMs !== undefined ? { idleMs: h.keepAliveMs } : {}) };
  }

  private readHead(text: string): void {
    const lines = text.split('\r\n');
    const first = lines[0] ?? '';
    const m = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(first);
    if (!m) throw new BadAnswerError(notHttp(Buffer.from(first, 'latin1')));
    const status = Number(m[2]);
    let length: number | undefined;
    let chunked = false;
    let connection = '';
    let keepAliveMs: number | undefined;
    let location: string | undefined;
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon <= 0)
        throw new BadAnswerError(`a header line without a name: ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') {
        if (!/^\d+$/.test(value) || (length !== undefined && length !== Number(value)))
          throw new BadAnswerError(`a Content-Length that is not one number: ${JSON.stringify(value)}`);
        length = Number(value);
      } else if (name === 'transfer-encoding') chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
      else if (name === 'connection') connection += `,${value.toLowerCase()}`;
      else if (name === 'keep-alive') {
        const t = /(?:^|,)\s*timeout=(\d+)/i.exec(value);
        if (t) keepAliveMs = Number(t[1]) * 1000;
      } else if (name === 'location' && location === undefined) location = value;
    }
    // 1xx: an interim answer; the real one follows on the same connection.
    if (status >= 100 && status < 200 && status !== 101) return;
    const http10 = m[1] === '0';
    const close = /(?:^|,)\s*close\s*(?:,|$)/.test(connection);
    const keepAlive = !close && (!http10 || /(?:^|,)\s*keep-alive\s*(?:,|$)/.test(connection));
    this.head = {
      status,
      keepAlive,
      ...(keepAliveMs !== undefined ? { keepAliveMs } : {}),
      ...(location ? { location } : {}),
    };
    if (this.noBody || status === 204 || status === 304) this.framing = { kind: 'none' };
    else if (chunked) this.framing = { kind: 'chunked' };
    else if (length !== undefined) this.framing = { kind: 'length', left: length };
    else {
      this.framing = { kind: 'close' };
      this.head.keepAlive = false;
    }
    if (this.framing.kind === 'none' || (this.framing.kind === 'length' && this.framing.left === 0))
      this.done = true;
  }

  /** Takes what the body needs from `buf`; returns the rest. */
  private readBody(buf: Buffer): Buffer {
    const f = this.framing;
    if (f.kind === 'close') {
      this.body.push(buf);
      return buf.subarray(buf.length);
    }
    if (f.kind === 'length') {
      const take = Math.min(f.left, buf.length);
      this.body.push(buf.subarray(0, take));
      f.left -= take;
      if (f.left === 0) this.done = true;
      return buf.subarray(take);
    }
    if (f.kind === 'chunked') return this.readChunked(buf);
    return buf;
  }

  private readChunked(buf: Buffer): Buffer {
    while (buf.length > 0 && !this.done) {
      if (this.chunkLeft > 0) {
        const take = Math.min(this.chunkLeft, buf.length);
        this.body.push(buf.subarray(0, take));
        this.chunkLeft -= take;
        buf = buf.subarray(take);
        if (this.chunkLeft === 0) this.chunkLeft = DATA_END;
        continue;
      }
      const eol = buf.indexOf('\r\n');
      if (eol < 0) {
        if (buf.length > MAX_HEAD) throw new BadAnswerError('a chunk line longer than any HTTP server sends');
        this.pending = buf;
        return buf.subarray(buf.length);
      }
      const line = buf.toString('latin1', 0, eol);
      buf = buf.subarray(eol + 2);
      if (this.chunkLeft === DATA_END) {
        if (line !== '') throw new BadAnswerError('a chunk longer than its size line said');
        this.chunkLeft = SIZE_LINE;
      } else if (this.chunkLeft === TRAILERS) {
        if (line === '') this.done = true; // the empty line after the trailers
      } else {
        const size = /^([0-9a-fA-F]{1,8})[ \t]*(?:;.*)?$/.exec(line);
        if (!size)
          throw new BadAnswerError(
            `a chunk size that is not hexadecimal: ${JSON.stringify(line.slice(0, 40))}`,
          );
        const n = Number.parseInt(size[1]!, 16);
        this.chunkLeft = n === 0 ? TRAILERS : n;
      }
    }
    return buf;
  }
}

/** Whether the bytes so far can still begin an HTTP answer. */
function couldBeHttp(buf: Buffer): boolean {
  const start = buf.toString('latin1', 0, Math.min(buf.length, 9));
  return 'HTTP/1.1 '.startsWith(start) || 'HTTP/1.0 '.startsWith(start) || /^HTTP\/1\.[01] /.test(start);
}

function notHttp(buf: Buffer): string {
  const shown = buf.toString('latin1', 0, Math.min(buf.length, 40)).replace(/[^\x20-\x7e]/g, '.');
  return `the answer is not HTTP/1.x (it begins "${shown}")`;
}
