import {
  basicAuthOf
} from "./chunk-PG4X7Q6A.mjs";
import {
  resolveSecretsInValue
} from "./chunk-DPJDA3R2.mjs";
import {
  nodeCrypto
} from "./chunk-QDFCQ7OG.mjs";
import {
  warning
} from "./chunk-FYVUM4PK.mjs";
import {
  maskSecrets
} from "./chunk-YFKP24ME.mjs";

// src/engine/alert-payloads.ts
var title = (function title(m) {
  return m.status === "firing" ? `flinkops: ${m.job} breaches ${m.rule} in ${m.project}/${m.env}` : `flinkops: ${m.job} passes ${m.rule} again in ${m.project}/${m.env}`;
});
var lines = (function lines(m) {
  return m.status === "firing" ? [m.summary, ...m.detail ? [m.detail] : [], `Checked at ${m.time}.`] : [`Resolved at ${m.time}${m.since ? ` (breaching since ${m.since})` : ""}: ${m.summary}`];
});
var dingtalkSign = (function dingtalkSign(secret, timestampMs) {
  return nodeCrypto().createHmac("sha256", secret).update(`${timestampMs}
${secret}`).digest("base64");
});
var feishuSign = (function feishuSign(secret, timestampS) {
  return nodeCrypto().createHmac("sha256", `${timestampS}
${secret}`).update("").digest("base64");
});
var withQuery = (function withQuery(url, params) {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
});
var alertMail = (function alertMail(m) {
  const head = title(m);
  return {
    subject: `${m.status === "firing" ? "[FIRING]" : "[RESOLVED]"} ${head.replace(/^flinkops: /, "")}`,
    text: `${[
      head,
      "",
      ...lines(m),
      "",
      `Project ${m.project}, environment ${m.env}, job ${m.job}, rule ${m.rule}.`,
      "Sent by flinkops status --check --alert."
    ].join("\n")}
`
  };
});
var alertRequest = (function alertRequest(type, channel, m, nowMs) {
  const head = title(m);
  const text = lines(m);
  switch (type) {
    case "slack":
      return {
        url: channel.url,
        body: JSON.stringify({
          text: `${m.status === "firing" ? ":rotating_light:" : ":white_check_mark:"} ${head}`,
          blocks: [
            { type: "header", text: { type: "plain_text", text: head.slice(0, 150) } },
            { type: "section", text: { type: "mrkdwn", text: text.join("\n") } }
          ]
        })
      };
    case "dingtalk": {
      const url = channel.secret ? withQuery(channel.url, { timestamp: String(nowMs), sign: dingtalkSign(channel.secret, nowMs) }) : channel.url;
      return {
        url,
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { title: head, text: [`### ${head}`, "", ...text].join("\n\n") }
        })
      };
    }
    case "feishu": {
      const ts = Math.floor(nowMs / 1e3);
      return {
        url: channel.url,
        body: JSON.stringify({
          ...channel.secret ? { timestamp: String(ts), sign: feishuSign(channel.secret, ts) } : {},
          msg_type: "text",
          content: { text: [head, ...text].join("\n") }
        })
      };
    }
    case "wecom":
      return {
        url: channel.url,
        body: JSON.stringify({
          msgtype: "markdown",
          markdown: { content: [`**${head}**`, ...text].join("\n") }
        })
      };
    case "webhook":
      return {
        url: channel.url,
        body: JSON.stringify({
          project: m.project,
          env: m.env,
          job: m.job,
          rule: m.rule,
          status: m.status,
          summary: m.summary,
          ...m.detail ? { detail: m.detail } : {},
          time: m.time,
          ...m.since ? { since: m.since } : {}
        })
      };
  }
});

// src/engine/alert-state.ts
var RENAMED_RULES = { maxBackpressure: "maxBackPressure" };
var renamed = (function renamed(open) {
  const out = {};
  for (const [job, rules] of Object.entries(open))
    out[job] = Object.fromEntries(Object.entries(rules).map(([r, since]) => [RENAMED_RULES[r] ?? r, since]));
  return out;
});
var alertTransitions = (function alertTransitions(report, stored) {
  const before = renamed(stored);
  const messages = [];
  const open = {};
  const base = { project: report.project, env: report.env, time: report.now };
  const seen = /* @__PURE__ */ new Set();
  for (const job of report.jobs) {
    seen.add(job.job);
    const was = before[job.job] ?? {};
    const now = {};
    for (const b of job.breaches) {
      if (now[b.rule]) continue;
      now[b.rule] = was[b.rule] ?? report.now;
      if (!was[b.rule])
        messages.push({
          ...base,
          job: job.job,
          rule: b.rule,
          status: "firing",
          summary: b.summary,
          detail: b.detail,
          since: now[b.rule]
        });
    }
    for (const [rule, since] of Object.entries(was)) {
      if (now[rule]) continue;
      if (job.unchecked?.includes(rule)) {
        now[rule] = since;
        continue;
      }
      messages.push({
        ...base,
        job: job.job,
        rule,
        status: "resolved",
        summary: `${job.job} passes ${rule} again`,
        since
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
        status: "resolved",
        summary: `${job} is no longer in the repository, so ${rule} is not checked`,
        since
      });
  }
  return { messages, open };
});

// src/engine/smtp-mail.ts
var TIMEOUT_MS = 1e4;
var URL_OPTIONS = /* @__PURE__ */ new Set(["tls.rejectUnauthorized", "requireTLS", "ignoreTLS", "name", "secure"]);
var smtpUrlProblem = (function smtpUrlProblem(smtpUrl) {
  let u;
  try {
    u = new URL(smtpUrl);
  } catch {
    return "the SMTP URL does not parse (write smtps://USER:PASSWORD@HOST:465 or smtp://USER:PASSWORD@HOST:587)";
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:")
    return `the SMTP URL must start with smtp:// or smtps://, not ${u.protocol}//`;
  const extra = [...u.searchParams.keys()].filter((k) => !URL_OPTIONS.has(k));
  if (extra.length) return `the SMTP URL sets options flinkops does not pass on: ${extra.join(", ")}`;
  return void 0;
});
var smtpSendMail = (async (smtpUrl, mail) => {
  const problem = smtpUrlProblem(smtpUrl);
  if (problem) throw new Error(problem);
  const { createTransport } = await import("./nodemailer-34DKHLBO.mjs");
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS
  });
  try {
    await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { "X-Mailer": "flinkops" }
    });
  } finally {
    transport.close();
  }
});

// src/engine/alerts-run.ts
var TIMEOUT_MS2 = 1e4;
var fetchPostJson = (async (url, body) => {
  const target = basicAuthOf(url);
  const res = await fetch(target.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "flinkops",
      ...target.authorization ? { authorization: target.authorization } : {}
    },
    body,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS2)
  });
  await res.body?.cancel();
  return res.status;
});
var ALERT_CODES = {
  /** Warning: an alert could not be delivered to a channel. */
  alertNotDelivered: "FO661",
  /** Warning: the open alerts could not be recorded. */
  alertsNotRecorded: "FO662"
};
var runAlerts = (async function runAlerts(opts) {
  const diags = [];
  const secretValues = [];
  const resolve = (v) => {
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const channels = (opts.env.alerts ?? []).map((c) => ({
    type: c.type,
    url: resolve(c.url),
    ...c.secret ? { secret: resolve(c.secret) } : {},
    ...c.from ? { from: c.from } : {},
    ...c.to ? { to: typeof c.to === "string" ? [c.to] : c.to } : {}
  }));
  const sendMail = opts.sendMail ?? smtpSendMail;
  secretValues.push(...channels.map((c) => c.url));
  for (const c of channels.filter((x) => x.type === "email")) secretValues.push(...urlPassword(c.url));
  const before = opts.state.doc.alerts ?? {};
  const { messages, open } = alertTransitions(opts.report, before);
  const sent = [];
  const silent = /* @__PURE__ */ new Map();
  for (const message of messages) {
    let delivered = 0;
    for (const [i, c] of channels.entries()) {
      const where = `alert channel ${i + 1} (${c.type})`;
      const earlier = silent.get(i);
      if (earlier !== void 0) {
        diags.push(
          notDelivered(
            where,
            message,
            `not sent, as it did not answer an earlier alert of this check (${earlier})`
          )
        );
        continue;
      }
      try {
        if (c.type === "email") {
          await sendMail(c.url, { from: c.from ?? "", to: c.to ?? [], ...alertMail(message) });
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
    if (delivered === 0 && channels.length > 0) undelivered(open, message);
  }
  if (messages.length > 0) {
    const doc = { ...opts.state.doc };
    if (Object.keys(open).length) doc.alerts = open;
    else delete doc.alerts;
    try {
      await opts.store.write(doc, opts.state.version, {
        message: `alerts: ${messages.map((m) => `${m.status} ${m.job} ${m.rule}`).join(", ")}`,
        secretValues
      });
    } catch (e) {
      diags.push(
        warning(
          ALERT_CODES.alertsNotRecorded,
          `the open alerts could not be recorded in the state store: ${maskSecrets(e instanceof Error ? e.message : String(e), secretValues)}`,
          "The next check sends these alerts again. Run it again once the store is writable (an apply may hold it)."
        )
      );
    }
  }
  return { sent, diags };
});
var failureText = (function failureText(e) {
  if (!(e instanceof Error)) return String(e);
  if (e.name === "TimeoutError") return `no answer within ${TIMEOUT_MS2 / 1e3} s`;
  const cause = e.cause instanceof Error ? e.cause.message : void 0;
  return cause && !e.message.includes(cause) ? `${e.message}: ${cause}` : e.message;
});
var undelivered = (function undelivered(open, m) {
  if (m.status === "resolved") {
    open[m.job] = { ...open[m.job], [m.rule]: m.since ?? m.time };
    return;
  }
  const rules = open[m.job];
  if (!rules) return;
  delete rules[m.rule];
  if (Object.keys(rules).length === 0) delete open[m.job];
});
var urlPassword = (function urlPassword(url) {
  const raw = URL.canParse(url) ? new URL(url).password : "";
  if (!raw) return [];
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
});
var notDelivered = (function notDelivered(where, m, why, status) {
  const at = `environments.${m.env}.alerts of flinkops.yaml`;
  const fix = status === void 0 ? `The channel could not be reached (down, or the network or a proxy in between): if it answers elsewhere, check its URL in ${at}.` : status === 401 || status === 403 ? `The channel refused the request's credentials: check its signing secret or token in ${at}.` : status >= 500 ? "The channel failed on its side (a server error): nothing in flinkops.yaml need change." : `Check the channel's URL and signing secret in ${at}.`;
  return warning(
    ALERT_CODES.alertNotDelivered,
    `the ${m.status} alert of ${m.job} (${m.rule}) did not reach ${where}: ${why}`,
    `${fix} The next check sends it again unless another channel received it.`
  );
});

export {
  fetchPostJson,
  ALERT_CODES,
  runAlerts
};
