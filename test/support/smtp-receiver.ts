/**
 * A local SMTP server for tests: enough of RFC 5321 (EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT) for a real client to deliver; every mail is kept with the credentials it
 * authenticated with. Loopback only, plain text (no STARTTLS offered).
 */
import { createServer, type Server, type Socket } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent (headers, blank line, body), dot-unstuffed. */
  data: string;
  /** user:password of the AUTH, when there was one. */
  auth?: string;
}

export interface SmtpReceiver {
  port: number;
  mails: ReceivedMail[];
  /** The header of `mail` named `name` (case-insensitive), unfolded. */
  header(mail: ReceivedMail, name: string): string | undefined;
  /** The decoded body of a text/plain mail (7bit or quoted-printable). */
  body(mail: ReceivedMail): string;
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    const say = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let mail: Partial<ReceivedMail> & { to: string[] } = { to: [] };
    let auth: string | undefined;
    let inData = false;
    let loginStep: 'user' | 'pass' | undefined;
    let loginUser = '';
    const b64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');
    const onLine = (line: string) => {
      if (loginStep === 'user') {
        loginUser = b64(line);
        loginStep = 'pass';
        return say('334 UGFzc3dvcmQ6');
      }
      if (loginStep === 'pass') {
        auth = `${loginUser}:${b64(line)}`;
        loginStep = undefined;
        return say('235 2.7.0 Authentication successful');
      }
      const [verb = '', ...rest] = line.split(' ');
      const arg = rest.join(' ');
      switch (verb.toUpperCase()) {
        case 'EHLO':
          say('250-localhost');
          say('250-AUTH PLAIN LOGIN');
          return say('250 8BITMIME');
        case 'HELO':
          return say('250 localhost');
        case 'AUTH': {
          const [mech, initial] = arg.split(' ');
          if (mech?.toUpperCase() === 'PLAIN' && initial) {
            const [, user, pass] = b64(initial).split('\0');
            auth = `${user}:${pass}`;
            return say('235 2.7.0 Authentication successful');
          }
          if (mech?.toUpperCase() === 'LOGIN') {
            loginStep = 'user';
            return say('334 VXNlcm5hbWU6');
          }
          return say('504 5.5.4 Unrecognized authentication type');
        }
        case 'MAIL':
          mail = { to: [], from: /<([^>]*)>/.exec(arg)?.[1] ?? '' };
          return say('250 2.1.0 Ok');
        case 'RCPT':
          mail.to.push(/<([^>]*)>/.exec(arg)?.[1] ?? '');
          return say('250 2.1.5 Ok');
        case 'DATA':
          inData = true;
          return say('354 End data with <CR><LF>.<CR><LF>');
        case 'RSET':
          mail = { to: [] };
          return say('250 2.0.0 Ok');
        case 'NOOP':
          return say('250 2.0.0 Ok');
        case 'QUIT':
          say('221 2.0.0 Bye');
          return socket.end();
        default:
          return say('502 5.5.2 Command not recognized');
      }
    };
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          const data = buffer
            .slice(0, end)
            .split('\r\n')
            .map((l) => (l.startsWith('..') ? l.slice(1) : l))
            .join('\n');
          buffer = buffer.slice(end + 5);
          inData = false;
          mails.push({ from: mail.from ?? '', to: mail.to, data, ...(auth ? { auth } : {}) });
          say('250 2.0.0 Ok: queued');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        onLine(line);
      }
    });
    say('220 localhost ESMTP test receiver');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const headerBlock = (m: ReceivedMail) => m.data.split('\n\n')[0]!.replace(/\n[ \t]+/g, ' ');
  const header = (m: ReceivedMail, name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headerBlock(m))?.[1]?.trim();
  return {
    port,
    mails,
    header,
    body(m) {
      const raw = m.data.split('\n\n').slice(1).join('\n\n');
      const qp = /quoted-printable/i.test(header(m, 'Content-Transfer-Encoding') ?? '');
      if (!qp) return raw;
      const bytes = raw
        .replace(/=\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
