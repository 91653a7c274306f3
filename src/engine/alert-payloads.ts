/**
 * Ready payloads for the chat robots teams read alerts in, each signed the way its service
 * verifies: Slack incoming webhooks; DingTalk custom robots (HMAC-SHA256 of "timestamp\nsecret",
 * as `timestamp` and `sign` query parameters); Feishu/Lark custom bots (HMAC-SHA256 keyed with
 * "timestamp\nsecret" over nothing, as `timestamp` and `sign` in the body); WeCom group robots
 * (no signing); flinkops' own JSON for any other receiver; and a plain-text e-mail. Pure: time
 * is an input.
 */
import { nodeCrypto } from '../core/hash';
import type { AlertChannelType } from '../load/types';

/** One alert: a job starting to breach a rule, or passing it again. */
export interface AlertMessage {
  project: string;
  env: string;
  job: string;
  rule: string;
  status: 'firing' | 'resolved';
  /** What is wrong (firing) or was wrong (resolved). */
  summary: string;
  detail?: string;
  /** When the health rules were evaluated (ISO-8601). */
  time: string;
  /** When the breach started (ISO-8601): for a firing alert, the evaluation that found it. */
  since?: string;
}

export interface AlertRequest {
  url: string;
  body: string;
}

export interface ChannelSecrets {
  url: string;
  secret?: string;
}

function title(m: AlertMessage): string {
  return m.status === 'firing'
    ? `flinkops: ${m.job} breaches ${m.rule} in ${m.project}/${m.env}`
    : `flinkops: ${m.job} passes ${m.rule} again in ${m.project}/${m.env}`;
}

function lines(m: AlertMessage): string[] {
  return m.status === 'firing'
    ? [m.summary, ...(m.detail ? [m.detail] : []), `Checked at ${m.time}.`]
    : [`Resolved at ${m.time}${m.since ? ` (breaching since ${m.since})` : ''}: ${m.summary}`];
}

/** DingTalk: sign = base64(HMAC-SHA256(key = secret, "timestamp\nsecret")), both on the URL. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return nodeCrypto().createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** Feishu/Lark: sign = base64(HMAC-SHA256(key = "timestamp\nsecret", empty message)), seconds. */
export function feishuSign(secret: string, timestampS: number): string {
  return nodeCrypto().createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');
}

function withQuery(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

/** A plain-text e-mail: the subject and body of one alert. */
export interface AlertMail {
  subject: string;
  text: string;
}

export function alertMail(m: AlertMessage): AlertMail {
  const head = title(m);
  return {
    subject: `${m.status === 'firing' ? '[FIRING]' : '[RESOLVED]'} ${head.replace(/^flinkops: /, '')}`,
    text: `${[
      head,
      '',
      ...lines(m),
      '',
      `Project ${m.project}, environment ${m.env}, job ${m.job}, rule ${m.rule}.`,
      'Sent by flinkops status --check --alert.',
    ].join('\n')}\n`,
  };
}

/** The request for one HTTP channel (every type but email); `nowMs` is the signing time. */
export function alertRequest(
  type: Exclude<AlertChannelType, 'email'>,
  channel: ChannelSecrets,
  m: AlertMessage,
  nowMs: number,
): AlertRequest {
  const head = title(m);
  const text = lines(m);
  switch (type) {
    case 'slack':
      return {
        url: channel.url,
        body: JSON.stringify({
          text: `${m.status === 'firing' ? ':rotating_light:' : ':white_check_mark:'} ${head}`,
          blocks: [
            { type: 'header', text: { type: 'plain_text', text: head.slice(0, 150) } },
            { type: 'section', text: { type: 'mrkdwn', text: text.join('\n') } },
          ],
        }),
      };
    case 'dingtalk': {
      const url = channel.secret
        ? withQuery(channel.url, { timestamp: String(nowMs), sign: dingtalkSign(channel.secret, nowMs) })
        : channel.url;
      return {
        url,
        body: JSON.stringify({
          msgtype: 'markdown',
          markdown: { title: head, text: [`### ${head}`, '', ...text].join('\n\n') },
        }),
      };
    }
    case 'feishu': {
      const ts = Math.floor(nowMs / 1000);
      return {
        url: channel.url,
        body: JSON.stringify({
          ...(channel.secret ? { timestamp: String(ts), sign: feishuSign(channel.secret, ts) } : {}),
          msg_type: 'text',
          content: { text: [head, ...text].join('\n') },
        }),
      };
    }
    case 'wecom':
      return {
        url: channel.url,
        body: JSON.stringify({
          msgtype: 'markdown',
          markdown: { content: [`**${head}**`, ...text].join('\n') },
        }),
      };
    case 'webhook':
      return {
        url: channel.url,
        body: JSON.stringify({
          project: m.project,
          env: m.env,
          job: m.job,
          rule: m.rule,
          status: m.status,
          summary: m.summary,
          ...(m.detail ? { detail: m.detail } : {}),
          time: m.time,
          ...(m.since ? { since: m.since } : {}),
        }),
      };
  }
}
