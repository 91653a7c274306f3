
// action/webhook.ts
var postJsonOnDemand = ((url, body) => import("./alerts-run-EQSRCJ23.mjs").then((m) => m.fetchPostJson(url, body)));
var webhookPayload = (function webhookPayload(e, ctx) {
  return {
    project: ctx.project,
    env: ctx.env,
    job: e.job,
    status: e.status,
    breaches: e.breaches.map((b) => ({ rule: b.rule, summary: b.summary })),
    time: ctx.time,
    ...e.issue?.url ? { issue: e.issue.url } : {},
    ...ctx.runUrl ? { run: ctx.runUrl } : {}
  };
});
var postAlerts = (async function postAlerts(post, url, payloads) {
  const warnings = [];
  for (const p of payloads) {
    try {
      const status = await post(url, JSON.stringify(p));
      if (status < 200 || status >= 300)
        warnings.push(`the alert webhook answered HTTP ${status} to the ${p.status} of ${p.job}`);
    } catch (e) {
      const why = e instanceof Error ? e.name === "TimeoutError" ? "timed out" : e.message : String(e);
      warnings.push(`the alert webhook could not be reached for the ${p.status} of ${p.job}: ${why}`);
    }
  }
  return warnings;
});

export {
  postJsonOnDemand,
  webhookPayload,
  postAlerts
};
