/**
 * `status --check --alert`: the alert messages of a health report sent to the environment's
 * channels, the open alerts recorded in the state store so that a lasting breach is not sent
 * again. Channel URLs and signing secrets are resolved here and go nowhere else: every warning
 * is masked, and the store is written with them as secret values (it refuses a document
 * holding one).
 */
import type { DesiredEnvironment } from '../compile';
import { type Diagnostic, warning } from '../core/diagnostics';
import { basicAuthOf } from '../core/endpoint';
import { maskSecrets } from '../core/secrets';
import { resolveSecretsInValue, type SecretSource } from '../load';
import type { StateRead, StateStore } from '../state';
import { type AlertMessage, alertMail, alertRequest } from './alert-payloads';
import { alertTransitions, type OpenAlerts } from './alert-state';
import type { HealthReport } from './health';
import { type SendMail, smtpSendMail } from './smtp-mail';

/** POSTs a JSON body; resolves with the HTTP status, rejects when nothing answered. */
export type PostJson = (url: string, body: string) => Promise<number>;

const TIMEOUT_MS = 10_000;

export const fetchPostJson: PostJson = async (url, body) => {
  // A URL's user info goes as basic auth: fetch refuses a URL that holds credentials.
  const target = basicAuthOf(url);
  const res = await fetch(target.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'flinkops',
      ...(target.authorization ? { authorization: target.authorization } : {}),
    },
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await res.body?.cancel();
  return res.status;
};

export const ALERT_CODES = {
  /** Warning: an alert could not be delivered to a channel. */
  alertNotDelivered: 'FO661',
  /** Warning: the open alerts could not be recorded. */
  alertsNotRecorded: 'FO662',
} as const;

export interface AlertsRunOptions {
  env: DesiredEnvironment;
  report: HealthReport;
  secrets: SecretSource;
  post: PostJson;
  /** How `email` channels send; Nodemailer over SMTP when absent. */
  sendMail?: SendMail;
  store: StateStore;
  state: StateRead;
  nowMs: number;
}

export interface AlertsRun {
  /** Each message with the channels it reached. */
  sent: { message: AlertMessage; delivered: number; channels: number }[];
  diags: Diagnostic[];
}

export async function runAlerts(opts: AlertsRunOptions): Promise<AlertsRun> {
  const diags: Diagnostic[] = [];
  const secretValues: string[] = [];
  const resolve = (v: string): string => {
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const channels = (opts.env.alerts ?? []).map((c) => ({
    type: c.type,
    url: resolve(c.url),
    ...(c.secret ? { secret: resolve(c.secret) } : {}),
    ...(c.from ? { from: c.from } : {}),
    ...(c.to ? { to: typeof c.to === 'string' ? [c.to] : c.to } : {}),
  }));
  const sendMail = opts.sendMail ?? smtpSendMail;
  // URLs are credentials even when written out in the file; an SMTP URL's password on its own
  // too (a mail library's error may name the login).
  secretValues.push(...channels.map((c) => c.url));
  for (const c of channels.filter((x) => x.type === 'email')) secretValues.push(...urlPassword(c.url));
  const before = opts.state.doc.alerts ?? {};
  const { messages, open } = alertTransitions(opts.report, before);
  const sent: AlertsRun['sent'] = [];
  // A channel that did not answer (down, or 10 s without an answer) is not asked again in this
  // check: its other messages wait for the next check, rather than each making it 10 s longer.
  const silent = new Map<number, string>();
  for (const message of messages) {
    let delivered = 0;
    for (const [i, c] of channels.entries()) {
      const where = `alert channel ${i + 1} (${c.type})`;
      const earlier = silent.get(i);
      if (earlier !== undefined) {
        diags.push(
          notDelivered(
            where,
            message,
            `not sent, as it did not answer an earlier alert of this check (${earlier})`,
          ),
        );
        continue;
      }
      try {
        if (c.type === 'email') {
          await sendMail(c.url, { from: c.from ?? '', to: c.to ?? [], ...alertMail(message) });
          delivered++;
          continue;
        }
        const req = alertRequest(c.type, c, message, opts.nowMs);
        const status = await opts.post(req.url, req.body);
        if (status >= 200 && status < 300) delivered++;
        else diags.push(notDelivered(where, message, `it answered HTTP ${status}`, status));
      } catch (e) {
        const why = maskSecrets(failureText(e), secretValues);
        silent.set(i, why);
        diags.push(notDelivered(where, message, why));
      }
    }
    sent.push({ message, delivered, channels: channels.length });
    // Reached no channel: not said, so the next check says it again (firing stays unrecorded,
    // resolved stays open), as a pager retries, rather than losing the alert for good.
    if (delivered === 0 && channels.length > 0) undelivered(open, message);
  }
  if (messages.length > 0) {
    const doc = { ...opts.state.doc };
    if (Object.keys(open).length) doc.alerts = open;
    else delete doc.alerts;
    try {
      await opts.store.write(doc, opts.state.version, {
        message: `alerts: ${messages.map((m) => `${m.status} ${m.job} ${m.rule}`).join(', ')}`,
        secretValues,
      });
    } catch (e) {
      diags.push(
        warning(
          ALERT_CODES.alertsNotRecorded,
          `the open alerts could not be recorded in the state store: ${maskSecrets(e instanceof Error ? e.message : String(e), secretValues)}`,
          'The next check sends these alerts again. Run it again once the store is writable (an apply may hold it).',
        ),
      );
    }
  }
  return { sent, diags };
}

/** Why a channel did not answer: fetch's own "fetch failed" names no reason, its cause does. */
function failureText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  if (e.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = e.cause instanceof Error ? e.cause.message : undefined;
  return cause && !e.message.includes(cause) ? `${e.message}: ${cause}` : e.message;
}

/** `open` as if `m` had not been sent: a firing alert is not open yet, a resolved one still is. */
function undelivered(open: OpenAlerts, m: AlertMessage): void {
  if (m.status === 'resolved') {
    open[m.job] = { ...open[m.job], [m.rule]: m.since ?? m.time };
    return;
  }
  const rules = open[m.job];
  if (!rules) return;
  delete rules[m.rule];
  if (Object.keys(rules).length === 0) delete open[m.job];
}

/** The password of a URL, as written and decoded (nothing when there is none). */
function urlPassword(url: string): string[] {
  const raw = URL.canParse(url) ? new URL(url).password : '';
  if (!raw) return [];
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
}

/**
 * `status`: the channel's HTTP answer; none when it could not be reached (refused, no answer in
 * time, a name that does not resolve): then nothing in flinkops.yaml need be wrong.
 */
function notDelivered(where: string, m: AlertMessage, why: string, status?: number): Diagnostic {
  const at = `environments.${m.env}.alerts of flinkops.yaml`;
  const fix =
    status === undefined
      ? `The channel could not be reached (down, or the network or a proxy in between): if it answers elsewhere, check its URL in ${at}.`
      : status === 401 || status === 403
        ? `The channel refused the request's credentials: check its signing secret or token in ${at}.`
        : status >= 500
          ? 'The channel failed on its side (a server error): nothing in flinkops.yaml need change.'
          : `Check the channel's URL and signing secret in ${at}.`;
  return warning(
    ALERT_CODES.alertNotDelivered,
    `the ${m.status} alert of ${m.job} (${m.rule}) did not reach ${where}: ${why}`,
    `${fix} The next check sends it again unless another channel received it.`,
  );
}
