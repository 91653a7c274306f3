/**
 * The e-mail port of the alerts: one plain-text message through an SMTP server named by URL
 * (smtps://USER:PASSWORD@HOST:465, or smtp://…:587 with STARTTLS when offered), sent with
 * Nodemailer, which is loaded only when a mail goes out. Every wait is bounded.
 */

export interface OutgoingMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/** Sends one mail; rejects with the server's answer or the connection error. */
export type SendMail = (smtpUrl: string, mail: OutgoingMail) => Promise<void>;

const TIMEOUT_MS = 10_000;

/** Query options an SMTP URL may carry; others (sendmail=, pool=, …) would switch transports. */
const URL_OPTIONS = new Set(['tls.rejectUnauthorized', 'requireTLS', 'ignoreTLS', 'name', 'secure']);

/** Why `smtpUrl` cannot be used to send mail (without echoing it: it holds a password), if so. */
export function smtpUrlProblem(smtpUrl: string): string | undefined {
  let u: URL;
  try {
    u = new URL(smtpUrl);
  } catch {
    return 'the SMTP URL does not parse (write smtps://USER:PASSWORD@HOST:465 or smtp://USER:PASSWORD@HOST:587)';
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    return `the SMTP URL must start with smtp:// or smtps://, not ${u.protocol}//`;
  const extra = [...u.searchParams.keys()].filter((k) => !URL_OPTIONS.has(k));
  if (extra.length) return `the SMTP URL sets options flinkops does not pass on: ${extra.join(', ')}`;
  return undefined;
}

export const smtpSendMail: SendMail = async (smtpUrl, mail) => {
  const problem = smtpUrlProblem(smtpUrl);
  if (problem) throw new Error(problem);
  const { createTransport } = await import('nodemailer');
  // Nodemailer waits minutes by default; the URL's own options win over these.
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { 'X-Mailer': 'flinkops' },
    });
  } finally {
    transport.close();
  }
};
