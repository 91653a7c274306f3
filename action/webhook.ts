/**
 * The alert webhook: a small JSON POSTed for each new breach and each recovery (never on every
 * run: the alert issues remember what was already said). The URL is a secret; a failure to
 * post is a warning, never a failed run.
 */
import type { PostJson } from '../src/engine/alerts-run';
import type { HealthBreach } from '../src/engine/health';
import type { AlertEvent } from './alerts';

export type { PostJson } from '../src/engine/alerts-run';

/**
 * How the Action posts an alert: the engine's sender, loaded when an alert is posted (its module
 * takes the repository loader along, which the Action's first lines do not wait for).
 */
export const postJsonOnDemand: PostJson = (url, body) =>
  import('../src/engine/alerts-run').then((m) => m.fetchPostJson(url, body));

export interface WebhookPayload {
  project: string;
  env: string;
  job: string;
  status: 'breach' | 'recovered';
  breaches: Pick<HealthBreach, 'rule' | 'summary'>[];
  /** When the health rules were evaluated (ISO-8601). */
  time: string;
  issue?: string;
  run?: string;
}

export function webhookPayload(
  e: AlertEvent,
  ctx: { project: string; env: string; time: string; runUrl?: string },
): WebhookPayload {
  return {
    project: ctx.project,
    env: ctx.env,
    job: e.job,
    status: e.status,
    breaches: e.breaches.map((b) => ({ rule: b.rule, summary: b.summary })),
    time: ctx.time,
    ...(e.issue?.url ? { issue: e.issue.url } : {}),
    ...(ctx.runUrl ? { run: ctx.runUrl } : {}),
  };
}

/** Posts each payload in turn; returns one warning per failure (the URL never in it). */
export async function postAlerts(
  post: PostJson,
  url: string,
  payloads: readonly WebhookPayload[],
): Promise<string[]> {
  const warnings: string[] = [];
  for (const p of payloads) {
    try {
      const status = await post(url, JSON.stringify(p));
      if (status < 200 || status >= 300)
        warnings.push(`the alert webhook answered HTTP ${status} to the ${p.status} of ${p.job}`);
    } catch (e) {
      const why = e instanceof Error ? (e.name === 'TimeoutError' ? 'timed out' : e.message) : String(e);
      warnings.push(`the alert webhook could not be reached for the ${p.status} of ${p.job}: ${why}`);
    }
  }
  return warnings;
}
