/**
 * The connections of one endpoint: HTTP/1.1 over `node:net` (or `node:tls`), kept alive and
 * reused, one exchange on a connection at a time, at most `maxSockets` open. What flinkops asks
 * Flink is small JSON both ways, so an exchange is one write and an answer read as it arrives
 * (answer-reader.ts). Written for what a plan of a large cluster costs: Node's own HTTP client
 * spends ~0.15 ms of CPU on each call (its streams, events and socket bookkeeping), which for
 * the 2,000 calls of a 1,000-job plan kept the main thread busy for longer than the calls took.
 *
 * Idle connections never keep the process alive; one the server closes leaves the pool at once;
 * an answer that breaks off fails its call with `ECONNRESET` ("socket hang up"), as Node's
 * client does, so the retry policy above (http.ts) treats both alike.
 */
import type { Socket } from 'node:net';
import { type Answer, AnswerReader } from './answer-reader';

export interface PoolTarget {
  hostname: string;
  port: number | undefined;
  secure: boolean;
  tls?: {
    ca?: string | string[];
    cert?: string;
    key?: string;
    servername?: string;
    insecureSkipVerify?: boolean;
  };
  maxSockets: number;
  /** How long an idle connection is kept, unless the server's `Keep-Alive` says less. */
  idleMs: number;
}

export interface Exchange {
  method: string;
  path: string;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
  connectTimeoutMs: number;
  /** One budget for the whole call: a free connection, connecting, the answer's headers and body. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** No connection within the connect budget (our own code: Node's sockets have no connect timeout). */
export const CONNECT_TIMEOUT = 'FLINKOPS_CONNECT_TIMEOUT';

interface Conn {
  socket: Socket;
  /** The exchange the connection carries now: its answer as read so far, and how it ends. */
  exchange: { reader: AnswerReader; finish(err: unknown, answer?: Answer): void } | undefined;
  idleTimer: NodeJS.Timeout | undefined;
  error: Error | undefined;
}

interface Waiter {
  start(c: Conn): void;
  fail(e: Error): void;
}

/** Header names are tokens; values hold no control character but tab (no header injection). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const BAD_PATH = /[^\x21-\x7e]/;

export class ConnectionPool {
  private readonly all = new Set<Conn>();
  private readonly idle: Conn[] = [];
  private readonly waiting: Waiter[] = [];
  private readonly host: string;
  private destroyed = false;
  private readonly lines = new WeakMap<Readonly<Record<string, string>>, string>();
  /** The server's latest TLS session: a new connection resumes it, without a full handshake. */
  private tlsSession: Buffer | undefined;

  constructor(private readonly target: PoolTarget) {
    const name = target.hostname.includes(':') ? `[${target.hostname}]` : target.hostname;
    const standard = target.port === undefined || target.port === (target.secure ? 443 : 80);
    this.host = standard ? name : `${name}:${target.port}`;
  }

  /**
   * One exchange: resolves the answer, rejects with the transport's error, a `TimeoutError` once
   * the call's budget ran out, or the signal's reason once it aborts. A plain timer, not
   * `AbortSignal.timeout`: an abort signal per call was a tenth of a large plan's CPU time.
   */
  send(x: Exchange): Promise<Answer> {
    return new Promise((resolve, reject) => {
      if (x.signal?.aborted) {
        reject(x.signal.reason);
        return;
      }
      let request: Buffer | string;
      try {
        request = this.request(x);
      } catch (e) {
        reject(e);
        return;
      }
      let conn: Conn | undefined;
      let connectTimer: NodeJS.Timeout | undefined;
      let done = false;
      const finish = (err: unknown, answer?: Answer) => {
        if (done) return;
        done = true;
        clearTimeout(callTimer);
        clearTimeout(connectTimer);
        x.signal?.removeEventListener('abort', onAbort);
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        if (conn) {
          const c = conn;
          const reuse = err === undefined ? c.exchange!.reader.reuse() : { keepAlive: false };
          c.exchange = undefined;
          this.release(c, reuse.keepAlive, reuse.idleMs);
        }
        if (err !== undefined) reject(err);
        else resolve(answer!);
      };
      const onAbort = () => finish(x.signal?.reason ?? new Error('aborted'));
      const callTimer = setTimeout(
        () => finish(new DOMException(`no answer within ${x.timeoutMs} ms`, 'TimeoutError')),
        x.timeoutMs,
      );
      const waiter: Waiter = {
        start: (c) => {
          conn = c;
          c.exchange = { reader: new AnswerReader(x.method === 'HEAD'), finish };
          if (c.socket.connecting) {
            connectTimer = setTimeout(() => {
              const e = new Error(`no connection within ${x.connectTimeoutMs} ms`);
              finish(Object.assign(e, { code: CONNECT_TIMEOUT }));
            }, x.connectTimeoutMs);
            // Connected once a TLS handshake is done too.
            c.socket.once(this.target.secure ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
          }
          // Header bytes as Node's client writes them (latin1); a body is already UTF-8 bytes.
          c.socket.write(request, 'latin1');
        },
        fail: (e) => finish(e),
      };
      x.signal?.addEventListener('abort', onAbort, { once: true });
      this.acquire(waiter);
    });
  }

  /** Closes every connection; calls under way fail, calls waiting for a connection too. */
  destroy(): void {
    this.destroyed = true;
    for (const w of this.waiting.splice(0)) w.fail(new Error('the client was closed'));
    for (const c of [...this.all]) this.discard(c);
  }

  private request(x: Exchange): Buffer | string {
    if (BAD_PATH.test(x.path))
      throw Object.assign(new TypeError('Request path contains unescaped characters'), {
        code: 'ERR_UNESCAPED_CHARACTERS',
      });
    let head = `${x.method} ${x.path} HTTP/1.1\r\nhost: ${this.host}\r\nconnection: keep-alive\r\n${this.headerLines(x.headers)}`;
    if (x.body === undefined) return `${head}\r\n`;
    head += `content-length: ${Buffer.byteLength(x.body)}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(x.body, 'utf8')]);
  }

  /**
   * The header lines of `headers`, checked once per headers object: an endpoint's calls share
   * one (only a call with a body adds its content-type, to a copy).
   */
  private headerLines(headers: Readonly<Record<string, string>>): string {
    let lines = this.lines.get(headers);
    if (lines !== undefined) return lines;
    lines = '';
    for (const [name, value] of Object.entries(headers)) {
      // The value is never shown: it may be a credential.
      if (!TOKEN.test(name) || BAD_VALUE.test(value))
        throw Object.assign(new TypeError(`Invalid character in header content ["${name}"]`), {
          code: 'ERR_INVALID_CHAR',
        });
      lines += `${name}: ${value}\r\n`;
    }
    this.lines.set(headers, lines);
    return lines;
  }

  private acquire(w: Waiter): void {
    if (this.destroyed) {
      w.fail(new Error('the client was closed'));
      return;
    }
    const c = this.idle.pop();
    if (c) {
      clearTimeout(c.idleTimer);
      c.socket.ref();
      w.start(c);
    } else if (this.all.size < this.target.maxSockets) w.start(this.connect());
    else this.waiting.push(w);
  }

  private release(c: Conn, keepAlive: boolean, idleMs: number | undefined): void {
    if (!keepAlive || !this.all.has(c) || this.destroyed) {
      this.discard(c);
      return;
    }
    const next = this.waiting.shift();
    if (next) {
      next.start(c);
      return;
    }
    c.socket.unref();
    // A second short of what the server keeps it: not reused just as the server closes it.
    const ms = idleMs === undefined ? this.target.idleMs : Math.min(this.target.idleMs, idleMs - 1_000);
    if (ms <= 0) {
      this.discard(c);
      return;
    }
    c.idleTimer = setTimeout(() => this.discard(c), ms);
    c.idleTimer.unref();
    this.idle.push(c);
  }

  /** Closes a connection and frees its place: the first call waiting for one opens another. */
  private discard(c: Conn): void {
    if (!this.all.delete(c)) return;
    clearTimeout(c.idleTimer);
    const i = this.idle.indexOf(c);
    if (i >= 0) this.idle.splice(i, 1);
    c.socket.destroy();
    const next = this.destroyed ? undefined : this.waiting.shift();
    if (next) next.start(this.connect());
  }

  private connect(): Conn {
    const t = this.target;
    let socket: Socket;
    if (t.secure) {
      const tls = process.getBuiltinModule('node:tls');
      // The name asked for (SNI), as Node's https agent sends it: a proxy or ingress in front of
      // Flink picks its certificate and backend by it. Never an IP address (RFC 6066).
      const ip = process.getBuiltinModule('node:net').isIP(t.hostname) !== 0;
      const servername = t.tls?.servername ?? (ip ? undefined : t.hostname);
      socket = tls.connect({
        host: t.hostname,
        port: t.port ?? 443,
        ...(servername ? { servername } : {}),
        ...(t.tls?.ca ? { ca: t.tls.ca } : {}),
        ...(t.tls?.cert ? { cert: t.tls.cert } : {}),
        ...(t.tls?.key ? { key: t.tls.key } : {}),
        rejectUnauthorized: !t.tls?.insecureSkipVerify,
        ...(this.tlsSession ? { session: this.tlsSession } : {}),
      });
      socket.on('session', (session: Buffer) => {
        this.tlsSession = session;
      });
    } else {
      socket = process.getBuiltinModule('node:net').connect({ host: t.hostname, port: t.port ?? 80 });
    }
    socket.setNoDelay(true);
    // TCP keep-alive probes, as Node's agent sends them: a connection a NAT or firewall dropped
    // while idle is found out rather than written to.
    socket.setKeepAlive(true, 1_000);
    const c: Conn = { socket, exchange: undefined, idleTimer: undefined, error: undefined };
    this.all.add(c);
    socket.on('data', (bytes: Buffer) => {
      const x = c.exchange;
      // Bytes no call asked for: the connection is out of step with its answers.
      if (!x) {
        this.discard(c);
        return;
      }
      let complete: boolean;
      try {
        complete = x.reader.push(bytes);
      } catch (e) {
        x.finish(e);
        return;
      }
      if (complete) x.finish(undefined, x.reader.answer());
    });
    socket.on('end', () => {
      // The server closed its side: that ends an answer framed by the close, and no other.
      const x = c.exchange;
      if (x?.reader.end()) x.finish(undefined, x.reader.answer());
    });
    socket.on('error', (e) => {
      c.error = e;
      // A session a failed connection held is not offered again (a server that restarted with
      // other keys refuses it).
      this.tlsSession = undefined;
    });
    socket.on('close', () => {
      const x = c.exchange;
      this.discard(c);
      x?.finish(c.error ?? Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    });
    return c;
  }
}
