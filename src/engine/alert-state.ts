/**
 * Which alerts to send: one per job and rule. A rule that starts breaching fires once; while it
 * keeps breaching nothing is sent again; when it passes (or its job is gone) it is resolved once.
 * The open alerts are remembered in the state store (`alerts`: job → rule → since). Pure.
 */

import type { AlertMessage } from './alert-payloads';
import type { HealthReport, HealthRule } from './health';

export type OpenAlerts = Record<string, Record<string, string>>;

export interface AlertTransitions {
  messages: AlertMessage[];
  /** The open alerts after these messages are sent. */
  open: OpenAlerts;
}

/** Rules renamed since alerts were first stored: an open alert keeps its identity across. */
const RENAMED_RULES: Record<string, string> = { maxBackpressure: 'maxBackPressure' };

function renamed(open: OpenAlerts): OpenAlerts {
  const out: OpenAlerts = {};
  for (const [job, rules] of Object.entries(open))
    out[job] = Object.fromEntries(Object.entries(rules).map(([r, since]) => [RENAMED_RULES[r] ?? r, since]));
  return out;
}

export function alertTransitions(report: HealthReport, stored: OpenAlerts): AlertTransitions {
  const before = renamed(stored);
  const messages: AlertMessage[] = [];
  const open: OpenAlerts = {};
  const base = { project: report.project, env: report.env, time: report.now };
  const seen = new Set<string>();
  for (const job of report.jobs) {
    seen.add(job.job);
    const was = before[job.job] ?? {};
    const now: Record<string, string> = {};
    for (const b of job.breaches) {
      if (now[b.rule]) continue;
      now[b.rule] = was[b.rule] ?? report.now;
      if (!was[b.rule])
        messages.push({
          ...base,
          job: job.job,
          rule: b.rule,
          status: 'firing',
          summary: b.summary,
          detail: b.detail,
          since: now[b.rule],
        });
    }
    for (const [rule, since] of Object.entries(was)) {
      if (now[rule]) continue;
      // Not judged while the job is down (no metrics to read): neither resolved nor sent again.
      if (job.unchecked?.includes(rule as HealthRule)) {
        now[rule] = since;
        continue;
      }
      messages.push({
        ...base,
        job: job.job,
        rule,
        status: 'resolved',
        summary: `${job.job} passes ${rule} again`,
        since,
      });
    }
    if (Object.keys(now).length) open[job.job] = now;
  }
  for (const [job, rules] of Object.entries(before)) {
    if (seen.has(job)) continue;
    for (const [rule, since] of Object.entries(rules))
      messages.push({
        ...base,
        job,
        rule,
        status: 'resolved',
        summary: `${job} is no longer in the repository, so ${rule} is not checked`,
        since,
      });
  }
  return { messages, open };
}
