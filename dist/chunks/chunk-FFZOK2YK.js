import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  refusesSavepoint
} from "./chunk-C2HVQKQ6.js";
import {
  canonicalJson
} from "./chunk-243ZFPEF.js";
import {
  makeStyle,
  renderDiagnostics,
  summarizeDiagnostics
} from "./chunk-HO5S2GDJ.js";
import {
  formatAge
} from "./chunk-H5WAOW7W.js";
import {
  formatLocation,
  hasErrors,
  sortDiagnostics
} from "./chunk-OZ4GHFPU.js";

// src/render/actions.ts
function actionLook(kind) {
  switch (kind) {
    case "create":
      return { symbol: "+", color: "green", emoji: "🆕", future: "will be created" };
    case "upgrade":
      return { symbol: "~", color: "yellow", emoji: "🔄", future: "will be upgraded" };
    case "rescale":
      return { symbol: "↕", color: "cyan", emoji: "↕️", future: "will be rescaled" };
    case "suspend":
      return { symbol: "⏸", color: "yellow", emoji: "⏸️", future: "will be suspended" };
    case "resume":
      return { symbol: "▶", color: "green", emoji: "▶️", future: "will be resumed" };
    case "recover":
      return { symbol: "⟲", color: "cyan", emoji: "🩹", future: "will be recovered" };
    case "delete":
      return { symbol: "-", color: "red", emoji: "🗑️", future: "will be deleted" };
    case "adopt":
      return { symbol: "⇐", color: "magenta", emoji: "📥", future: "will be adopted" };
    case "none":
      return { symbol: " ", color: "dim", emoji: "", future: "is unchanged" };
    default: {
      const never = kind;
      throw new Error(`unknown action ${String(never)}`);
    }
  }
}
var DISPLAY_ORDER = [
  "create",
  "upgrade",
  "rescale",
  "suspend",
  "resume",
  "recover",
  "adopt",
  "delete"
];
var ALWAYS_COUNTED = /* @__PURE__ */ new Set(["create", "upgrade", "rescale", "delete"]);
function refusedChanges(plan) {
  return plan.changes.filter((c) => c.action !== "none" && c.refused);
}
function visibleChanges(plan) {
  return [...plan.changes].filter((c) => c.action !== "none").sort((a, b) => compareText(a.job, b.job));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function countActions(plan) {
  const counts = {
    create: 0,
    upgrade: 0,
    rescale: 0,
    suspend: 0,
    resume: 0,
    recover: 0,
    delete: 0,
    adopt: 0,
    none: 0
  };
  for (const c of plan.changes) if (!c.refused) counts[c.action]++;
  return counts;
}
function summaryLine(plan) {
  const checks = plan.changes.filter((c) => c.action === "none" && c.verify !== void 0).length;
  const unfinished = checks ? `${checks} health check${checks === 1 ? "" : "s"} to finish` : "";
  if (plan.changes.every((c) => c.action === "none"))
    return unfinished ? `Plan: ${unfinished}.` : "No changes. The cluster matches the repository.";
  const counts = countActions(plan);
  const parts = DISPLAY_ORDER.filter((k) => ALWAYS_COUNTED.has(k) || counts[k] > 0).map(
    (k) => `${counts[k]} to ${k}`
  );
  return `Plan: ${[...parts, ...unfinished ? [unfinished] : []].join(", ")}.`;
}
function refusedLine(plan, name = (j) => j) {
  const refused = refusedChanges(plan);
  if (refused.length === 0) return "";
  const names = refused.map((c) => c.job).sort(compareText);
  const n = refused.length;
  return `${n} change${n === 1 ? "" : "s"} refused and will be skipped: ${names.map(name).join(", ")}.`;
}
function actionsPresent(plan) {
  const present = new Set(plan.changes.map((c) => c.action));
  return DISPLAY_ORDER.filter((k) => present.has(k));
}

// src/render/controls.ts
function replaceControls(text, replace) {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = c < 32 && c !== 9 && c !== 10 || c >= 127 && c <= 159;
    if (!control) continue;
    out += text.slice(start, i) + replace(text[i]);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

// src/render/sql-diff.ts
function diffLines(diff) {
  const lines = diff.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function isHeader(line) {
  return line.startsWith("+++ ") || line.startsWith("--- ") || line === "+++" || line === "---";
}
function diffStat(diff) {
  let added = 0;
  let removed = 0;
  const lines = diffLines(diff);
  for (const line of lines) {
    if (isHeader(line)) continue;
    if (line.startsWith("+")) added++;
    else if (line.startsWith("-")) removed++;
  }
  return { added, removed, lines: lines.length };
}
function formatStat(stat) {
  return `+${stat.added} -${stat.removed}`;
}
function colorDiffLines(diff, s) {
  return diffLines(diff).map((line) => {
    if (isHeader(line)) return s.bold(line);
    if (line.startsWith("@@")) return s.cyan(line);
    if (line.startsWith("+")) return s.green(line);
    if (line.startsWith("-")) return s.red(line);
    return line;
  });
}
function fenceFor(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(Math.max(3, longest + 1));
}

// src/render/markdown-escape.ts
function escapeMd(text) {
  const ref = (ch) => `&#${ch.charCodeAt(0)};`;
  return replaceControls(text.replace(/\r\n|\r|\n/g, " "), () => "�").replace(/[&<>`*~[\]\\|$]/g, ref).replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, ref).replace(/^(\s*)([#+=-])/, (_, space, ch) => `${space}${ref(ch)}`).replace(/^(\s*\d+)([.)])/, (_, num2, ch) => `${num2}${ref(ch)}`);
}
function code(text) {
  return `<code>${escapeMd(text)}</code>`;
}
function fenced(lang, body) {
  const text = body.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  const fence = fenceFor(text);
  return `${fence}${lang}
${text}
${fence}`;
}
function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
function htmlComment(text) {
  return `<!-- ${text.replace(/[^A-Za-z0-9_.:/@ +=,-]/g, "_").replace(/--+/g, "-")} -->`;
}

// src/render/failure.ts
function renderFailureDetails(report, logLines, opts = {}) {
  const failed = report.changes.filter((c) => c.outcome === "failed" || c.outcome === "rolled-back");
  if (failed.length === 0) return "";
  const clean2 = (s2) => replaceControls(s2, () => "�");
  if (opts.format === "markdown") {
    const out2 = ["### Why it failed", ""];
    for (const c of failed) {
      out2.push(
        `- **${escapeMd(c.job)}** (${escapeMd(c.action)}, ${c.outcome})${c.error ? `: ${code(c.error)}` : ""}`
      );
    }
    out2.push("");
    if (logLines.length) {
      out2.push(
        "<details><summary>Last lines of the JobManager log</summary>",
        "",
        fenced("text", logLines.map(clean2).join("\n")),
        "",
        "</details>"
      );
    } else if (opts.logUnavailable) out2.push(`JobManager log unavailable: ${escapeMd(opts.logUnavailable)}`);
    return `${out2.join("\n")}
`;
  }
  const s = makeStyle(opts.color ?? false);
  const out = ["", s.bold("Why it failed:")];
  for (const c of failed) {
    out.push(`  ${s.red("✗")} ${c.job} (${c.action}, ${c.outcome})`);
    if (c.error) out.push(`      root cause: ${clean2(c.error)}`);
  }
  if (logLines.length) {
    out.push("", s.bold(`Last ${logLines.length} lines of the JobManager log:`));
    for (const l of logLines) out.push(s.dim(`  ${clean2(l)}`));
  } else if (opts.logUnavailable)
    out.push("", s.dim(`JobManager log unavailable: ${clean2(opts.logUnavailable)}`));
  return `${out.join("\n")}
`;
}

// src/plan/model.ts
var PLAN_FORMAT_VERSION = 1;
var ACTION_KINDS = [
  "create",
  "upgrade",
  "rescale",
  "suspend",
  "resume",
  "recover",
  "delete",
  "adopt",
  "none"
];
function changeMode(c) {
  return c.action === "upgrade" ? c.strategy : c.action === "rescale" ? c.rescaleMode : void 0;
}
function hasChanges(plan) {
  return plan.changes.some(
    (c) => c.action !== "none" && !c.refused || c.action === "none" && c.verify !== void 0
  );
}
function stopsByCancel(change2) {
  if (change2.refused || !change2.liveJobId || !refusesSavepoint(change2.liveState)) return false;
  switch (change2.action) {
    case "upgrade":
      return change2.strategy === "savepoint";
    case "rescale":
      return change2.rescaleMode !== "in-place";
    case "suspend":
    case "delete":
      return true;
    default:
      return false;
  }
}

// src/render/json.ts
var ORDER = {
  plan: [
    "formatVersion",
    "project",
    "env",
    "commit",
    "offline",
    "stateVersion",
    "liveFingerprint",
    "summary",
    "changes",
    "affected",
    "lineage",
    "diagnostics"
  ],
  change: [
    "job",
    "pipelineName",
    "action",
    "strategy",
    "rescaleMode",
    "reason",
    "causes",
    "liveJobId",
    "liveState",
    "restoreFrom",
    "from",
    "to",
    "move",
    "compatibility",
    "versionUpgrade",
    "compiledPlan",
    "refused",
    "sqlDiff"
  ],
  cause: ["kind", "path", "from", "to"],
  move: ["from", "fromVersion"],
  specRef: ["specHash", "parallelism"],
  compatibility: ["verdict", "source", "operators", "findings", "advice"],
  operator: ["name", "id", "state"],
  refused: ["code", "summary", "detail"],
  affected: ["kind", "name", "jobs"],
  lineage: ["nodes", "edges"],
  node: ["id", "kind", "label", "changed"],
  edge: ["from", "to"],
  diagnostic: ["code", "severity", "summary", "detail", "range"],
  range: ["file", "start", "end"],
  pos: ["line", "column"]
};
function ordered(value, keys, children = {}) {
  const src = value;
  const out = {};
  const rest = Object.keys(src).filter((k) => !keys.includes(k)).sort(compareText);
  for (const k of [...keys, ...rest]) {
    const v = src[k];
    if (v === void 0) continue;
    const child = children[k];
    out[k] = child ? child(v) : v;
  }
  return out;
}
var pos = (v) => ordered(v, ORDER.pos);
var range = (v) => ordered(v, ORDER.range, { start: pos, end: pos });
var diagnostic = (v) => ordered(v, ORDER.diagnostic, { range });
function change(v) {
  return ordered(v, ORDER.change, {
    causes: (cs) => cs.map((c) => ordered(c, ORDER.cause)),
    from: (x) => ordered(x, ORDER.specRef),
    to: (x) => ordered(x, ORDER.specRef),
    move: (x) => ordered(x, ORDER.move),
    compatibility: (x) => ordered(x, ORDER.compatibility, {
      operators: (os) => os.map((o) => ordered(o, ORDER.operator))
    }),
    refused: (x) => ordered(x, ORDER.refused)
  });
}
function renderPlanJson(plan) {
  const doc = ordered(plan, ORDER.plan, {
    summary: (s) => ordered(s, ACTION_KINDS),
    changes: (cs) => [...cs].sort((a, b) => compareText(a.job, b.job)).map(change),
    affected: (as) => [...as].sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name)).map((a) => ordered(a, ORDER.affected, { jobs: (js) => [...js].sort(compareText) })),
    lineage: (l) => ordered(l, ORDER.lineage, {
      nodes: (ns) => [...ns].sort((a, b) => compareText(a.id, b.id)).map((n) => ordered(n, ORDER.node)),
      edges: (es) => [...es].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to)).map((e) => ordered(e, ORDER.edge))
    }),
    diagnostics: (ds) => ds.map(diagnostic)
  });
  return `${JSON.stringify(doc, null, 2)}
`;
}

// src/render/lineage.ts
function changedSubgraph(lineage) {
  const changed = new Set(lineage.nodes.filter((n) => n.changed).map((n) => n.id));
  const keep = new Set(changed);
  for (const e of lineage.edges) {
    if (changed.has(e.from)) keep.add(e.to);
    if (changed.has(e.to)) keep.add(e.from);
  }
  return {
    nodes: lineage.nodes.filter((n) => keep.has(n.id)),
    edges: lineage.edges.filter(
      (e) => keep.has(e.from) && keep.has(e.to) && (changed.has(e.from) || changed.has(e.to))
    )
  };
}
function lineageToMermaid(lineage) {
  if (lineage.nodes.length === 0) return "";
  const nodes = [...lineage.nodes].sort((a, b) => compareText(a.id, b.id));
  const ids = mermaidIds(nodes);
  const lines = ["flowchart LR"];
  for (const n of nodes) lines.push(`  ${ids.get(n.id)}${shape(n)}`);
  const edges = dedupeEdges(lineage.edges).filter((e) => ids.has(e.from) && ids.has(e.to));
  for (const e of edges) lines.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  const changed = nodes.filter((n) => n.changed).map((n) => ids.get(n.id));
  if (changed.length > 0) {
    lines.push("  classDef changed stroke:#d29922,stroke-width:3px");
    lines.push(`  class ${changed.join(",")} changed`);
  }
  return lines.join("\n");
}
function shape(n) {
  const label2 = `"${mermaidLabel(n.label)}"`;
  switch (n.kind) {
    case "job":
      return `([${label2}])`;
    case "table":
      return `[(${label2})]`;
    case "view":
      return `[/${label2}/]`;
    case "udf":
      return `{{${label2}}}`;
    default: {
      const never = n.kind;
      throw new Error(`unknown lineage node kind ${String(never)}`);
    }
  }
}
function mermaidLabel(text) {
  let out = "";
  for (const ch of text.replace(/\r\n|\r|\n/g, " ")) {
    out += /[\p{L}\p{N} _.,:/-]/u.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}
function mermaidIds(nodes) {
  const ids = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const n of nodes) {
    const base = `${n.kind}_${n.id.replace(/^(job|table|view|udf):/, "").replace(/[^A-Za-z0-9_]/g, "_")}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    ids.set(n.id, id);
  }
  return ids;
}
function dedupeEdges(edges) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of [...edges].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to))) {
    const key = `${e.from}\0${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

// src/render/diagnostic-list.ts
function mergeDiagnostics(...lists) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const list of lists) {
    for (const d of list) {
      const key = canonicalJson(d);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return sortDiagnostics(out);
}

// src/render/compiled-plan.ts
var MAX_NAMED = 5;
function named(kind, labels) {
  const shown = labels.slice(0, MAX_NAMED).map((l) => `${kind} ${l}`);
  return labels.length > MAX_NAMED ? [...shown, `${kind} … and ${labels.length - MAX_NAMED} more`] : shown;
}
function compiledPlanLines(c) {
  const p = c.compiledPlan;
  if (!p) return [];
  const out = [`${p.path} (sha256 ${p.sha256.slice(0, 12)})`];
  const d = p.execNodes;
  if (d) {
    out.push(
      `ExecNodes: +${d.added.length} added, -${d.removed.length} removed, ~${d.changed.length} changed, ${d.unchanged} unchanged`,
      ...named("+", d.added),
      ...named("-", d.removed),
      ...named("~", d.changed)
    );
  }
  return out;
}
function versionUpgradeLines(c) {
  const v = c.versionUpgrade;
  if (!v) return void 0;
  return { head: `Flink ${v.from} → ${v.to}: state ${v.verdict}`, findings: v.findings, advice: v.advice };
}
function moveLine(c) {
  const m = c.move;
  if (!m) return void 0;
  return `${m.from}${m.fromVersion ? ` (Flink ${m.fromVersion})` : ""}: stopped there, started on this environment's cluster`;
}

// src/render/markdown-job.ts
function compatBadge(verdict) {
  switch (verdict) {
    case "compatible":
      return "✅ state compatible";
    case "drops-state":
      return "⚠️ drops state";
    case "incompatible":
      return "⛔ state incompatible";
    case "unknown":
      return "❔ state compatibility unknown";
    default: {
      const never = verdict;
      throw new Error(`unknown verdict ${String(never)}`);
    }
  }
}
function actionLabel(c) {
  const look = actionLook(c.action);
  return `${look.emoji} ${c.action}`;
}
function parallelism(c) {
  const from = c.from?.parallelism;
  const to = c.to?.parallelism;
  if (from !== void 0 && to !== void 0 && from !== to) return `parallelism ${from} → ${to}`;
  const p = to ?? from;
  return p === void 0 ? void 0 : `parallelism ${p}`;
}
function tableRow(c) {
  const details = [
    escapeMd(c.reason),
    c.compatibility && compatBadge(c.compatibility.verdict),
    c.sqlDiff && `<code>${formatStat(diffStat(c.sqlDiff))}</code>`,
    c.refused && `⛔ refused (${code(c.refused.code)})`
  ].filter((x) => Boolean(x));
  return [code(c.job), actionLabel(c), details.join(" · ")];
}
function formatCause(c) {
  const change2 = c.from !== void 0 || c.to !== void 0 ? `: ${code(c.from ?? "(none)")} → ${code(c.to ?? "(none)")}` : "";
  return `${escapeMd(c.kind)} ${code(c.path)}${change2}`;
}
function verdictSource(compat) {
  return compat.source === "flink" ? " (from Flink's stream graphs)" : compat.source === "estimate" && compat.verdict !== "compatible" ? " (estimate: no stream graphs from Flink)" : "";
}
function compatLines(compat) {
  return [
    `**State compatibility:** ${compatBadge(compat.verdict)}${verdictSource(compat)}`,
    "",
    ...compat.findings.map((f) => `- ${escapeMd(f)}`),
    ...compat.advice.map((a) => `- 💡 ${escapeMd(a)}`)
  ];
}
function jobSection(c) {
  const head = [
    "<details>",
    `<summary>${actionLabel(c)} ${code(c.job)}${c.refused ? " ⛔ refused" : ""} — ${escapeMd(c.reason)}</summary>`,
    ""
  ];
  const facts = [
    `- **Pipeline:** ${code(c.pipelineName)}`,
    `- **Reason:** ${escapeMd(c.reason)}`,
    c.action === "upgrade" && c.strategy && `- **Upgrade strategy:** ${escapeMd(c.strategy)}`,
    c.action === "rescale" && c.rescaleMode && `- **Rescale:** ${escapeMd(c.rescaleMode)}`,
    parallelism(c) && `- **Parallelism:** ${parallelism(c).replace("parallelism ", "")}`,
    (c.liveJobId || c.liveState) && `- **Live job:** ${[c.liveJobId && code(c.liveJobId), c.liveState && `(${escapeMd(c.liveState)})`].filter(Boolean).join(" ")}`,
    c.restoreFrom && `- **Restores from:** ${code(c.restoreFrom)}`,
    c.move && `- **Moves from:** ${escapeMd(moveLine(c) ?? "")}`
  ].filter((x) => Boolean(x));
  const body = [...head, ...facts, ""];
  if (c.causes.length > 0) body.push("**Causes**", "", ...c.causes.map((x) => `- ${formatCause(x)}`), "");
  if (c.refused) {
    body.push(
      `> [!WARNING]`,
      `> **Refused** (${code(c.refused.code)}): ${escapeMd(c.refused.summary)}<br>${escapeMd(c.refused.detail)}`,
      ""
    );
  }
  if (c.compatibility) body.push(...compatLines(c.compatibility), "");
  const version = versionUpgradeLines(c);
  if (version) {
    body.push(
      `**Version upgrade:** ${escapeMd(version.head)}`,
      "",
      ...version.findings.map((f) => `- ${escapeMd(f)}`),
      ...version.advice.map((a) => `- → ${escapeMd(a)}`),
      ""
    );
  }
  const planLines = compiledPlanLines(c);
  if (planLines.length > 0) {
    body.push(
      `**Compiled plan:** ${code(planLines[0])}`,
      "",
      ...planLines.slice(1).map((l) => `- ${escapeMd(l)}`),
      ""
    );
  }
  const tail = ["</details>"];
  const lines = (parts) => [...parts, ...tail].join("\n");
  if (!c.sqlDiff) return { job: c.job, full: lines(body) };
  const stat = diffStat(c.sqlDiff);
  const title = `**SQL diff** (<code>${formatStat(stat)}</code>)`;
  return {
    job: c.job,
    full: lines([...body, title, "", fenced("diff", c.sqlDiff), ""]),
    folded: lines([...body, title, "", `_${foldedDiffText(diffLines(c.sqlDiff).length)}_`, ""])
  };
}
function foldedDiffText(lines) {
  return `diff omitted (${lines} line${lines === 1 ? "" : "s"}) — see the job summary / plan.json`;
}
var SEVERITY_BADGE = {
  error: "❌ **error**",
  warning: "⚠️ **warning**",
  info: "ℹ️ **info**"
};
function diagnosticItem(d) {
  const loc = formatLocation(d.range);
  const detail = d.detail.trim() ? `<br>${escapeMd(d.detail.trim())}` : "";
  return `- ${SEVERITY_BADGE[d.severity]} ${code(d.code)}${loc ? ` ${code(loc)}` : ""}: ${escapeMd(d.summary)}${detail}`;
}

// src/render/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
function planMarker(project, env) {
  return htmlComment(`flinkops-plan:${project}:${env}`);
}
function renderPlanMarkdown(plan, diagnostics = [], opts = {}) {
  const parts = buildParts(plan, diagnostics, opts);
  return fitToLength(parts, opts.maxLength ?? GITHUB_COMMENT_LIMIT);
}
function renderDiagnosticsMarkdown(diagnostics) {
  return mergeDiagnostics(diagnostics).map(diagnosticItem).join("\n");
}
function markerLine(plan, marker) {
  if (marker === void 0) return planMarker(plan.project, plan.env);
  const inner = marker.startsWith("<!--") && marker.endsWith("-->") ? marker.slice(4, -3).trim() : marker;
  return htmlComment(inner);
}
function buildParts(plan, diagnostics, opts) {
  const title = opts.title ? escapeMd(opts.title) : `flinkops plan: ${code(plan.project)} / ${code(plan.env)}`;
  const head = [markerLine(plan, opts.marker), `### ${title}`];
  const facts = [`**${summaryLine(plan)}**`];
  const refused = refusedLine(plan, code);
  if (refused) facts.push(`⛔ ${refused}`);
  if (plan.commit) facts.push(`Commit ${code(plan.commit)}.`);
  const diags = mergeDiagnostics(plan.diagnostics, diagnostics);
  if (hasErrors(diags)) facts.push(`❌ ${summarizeDiagnostics(diags)}: see the diagnostics below.`);
  head.push(facts.join("<br>\n"));
  if (plan.offline) {
    head.push(
      "> [!NOTE]\n> Planned offline: the cluster was not consulted, so live state, drift and failed jobs are not shown."
    );
  }
  const changes = visibleChanges(plan);
  const lineage = changedSubgraph(plan.lineage);
  const mermaid = lineageToMermaid(lineage);
  return {
    head,
    rows: changes.map(tableRow),
    unchangedCount: plan.changes.filter((c) => c.action === "none").length,
    affected: [...plan.affected].filter((a) => a.jobs.length > 0).sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name)).map((a) => `- ${a.kind} ${code(a.name)} → ${a.jobs.map(code).join(", ")}`),
    jobs: changes.map(jobSection),
    lineage: mermaid ? {
      full: `#### Lineage

${fenced("mermaid", mermaid)}`,
      folded: `#### Lineage

_lineage graph omitted (${lineage.nodes.length} nodes) — see the job summary / plan.json_`
    } : void 0,
    diagnostics: diags.map(diagnosticItem),
    diagnosticCounts: summarizeDiagnostics(diags),
    footer: opts.footer
  };
}
function assemble(p, f, limit) {
  const out = [...p.head];
  const note = foldingNote(p, f, limit);
  if (note) out.push(note);
  if (!f.minimal) {
    if (p.rows.length > 0) {
      const rows = truncated(p.rows, f.keep, (n) => [
        "…",
        "",
        `${n} more changes — see the job summary / plan.json`
      ]);
      let t = table(["Job", "Action", "Details"], rows);
      if (p.unchangedCount > 0)
        t += `

_${p.unchangedCount} unchanged job${p.unchangedCount === 1 ? "" : "s"}._`;
      out.push(t);
    }
    if (p.affected.length > 0) {
      const items = truncated(p.affected, f.keep, (n) => `- … and ${n} more`);
      out.push(`#### Changed tables and UDFs

${items.join("\n")}`);
    }
    const jobs = p.jobs.filter((_, i) => !f.droppedJobs.has(i));
    if (jobs.length > 0) {
      const sections = p.jobs.flatMap(
        (j, i) => f.droppedJobs.has(i) ? [] : [f.foldedDiffs.has(i) && j.folded ? j.folded : j.full]
      );
      out.push(`#### Jobs

${sections.join("\n\n")}`);
    }
    if (p.lineage) out.push(f.lineageFolded ? p.lineage.folded : p.lineage.full);
    if (p.diagnostics.length > 0) {
      const items = truncated(p.diagnostics, f.keep, (n) => `- … and ${n} more diagnostics`);
      out.push(`#### Diagnostics (${p.diagnosticCounts})

${items.join("\n")}`);
    }
  }
  if (p.footer) out.push(`---
${p.footer}`);
  return `${out.join("\n\n")}
`;
}
function truncated(items, keep, more) {
  return items.length <= keep ? items : [...items.slice(0, keep), more(items.length - keep)];
}
function foldingNote(p, f, limit) {
  const omitted = [];
  if (f.minimal) omitted.push("the table, the job details, the lineage graph and the diagnostics");
  else {
    const diffs = [...f.foldedDiffs].filter((i) => !f.droppedJobs.has(i)).length;
    if (diffs > 0) omitted.push(`the SQL diffs of ${diffs} job${diffs === 1 ? "" : "s"}`);
    if (f.droppedJobs.size > 0)
      omitted.push(`the details of ${f.droppedJobs.size} job${f.droppedJobs.size === 1 ? "" : "s"}`);
    if (f.lineageFolded) omitted.push("the lineage graph");
    const longest = Math.max(p.rows.length, p.affected.length, p.diagnostics.length);
    if (longest > f.keep) omitted.push(`list entries beyond the first ${f.keep}`);
  }
  if (omitted.length === 0) return "";
  return `> [!NOTE]
> This comment was shortened to stay under ${limit.toLocaleString("en-US")} characters; omitted: ${omitted.join(", ")}. The full plan is in the job summary and in plan.json.`;
}
function smallest(n, fits) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
function fitToLength(p, limit) {
  const f = {
    foldedDiffs: /* @__PURE__ */ new Set(),
    lineageFolded: false,
    droppedJobs: /* @__PURE__ */ new Set(),
    keep: Number.POSITIVE_INFINITY,
    minimal: false
  };
  const render = () => assemble(p, f, limit);
  const fits = () => render().length <= limit;
  if (fits()) return render();
  const shrink = (n, set) => {
    set(
      smallest(n, (k) => {
        set(k);
        return fits();
      })
    );
  };
  const folds = p.jobs.flatMap(
    (j, i) => j.folded ? [
      {
        saving: j.full.length - j.folded.length,
        apply: (on) => on ? f.foldedDiffs.add(i) : f.foldedDiffs.delete(i)
      }
    ] : []
  );
  if (p.lineage) {
    const l = p.lineage;
    folds.push({ saving: l.full.length - l.folded.length, apply: (on) => f.lineageFolded = on });
  }
  folds.sort((a, b) => b.saving - a.saving);
  const setFolds = (k) => {
    for (const [i, x] of folds.entries()) x.apply(i < k);
  };
  shrink(folds.length, setFolds);
  if (fits()) return render();
  const bySize = p.jobs.map((j, i) => ({ i, size: (f.foldedDiffs.has(i) && j.folded ? j.folded : j.full).length })).sort((a, b) => b.size - a.size || b.i - a.i);
  const setDropped = (k) => {
    f.droppedJobs = new Set(bySize.slice(0, k).map((x) => x.i));
  };
  shrink(bySize.length, setDropped);
  if (fits()) return render();
  const longest = Math.max(p.rows.length, p.affected.length, p.diagnostics.length);
  const setKeep = (k) => {
    f.keep = longest - k;
  };
  shrink(longest, setKeep);
  if (fits()) return render();
  f.minimal = true;
  if (fits()) return render();
  return assemble({ ...p, footer: void 0 }, f, limit);
}

// src/render/openmetrics.ts
var FAMILIES = [
  {
    name: "flinkops_job_running",
    type: "gauge",
    help: "Whether the newest instance of the job is RUNNING on the cluster",
    value: (r) => r.state === "RUNNING" ? 1 : 0
  },
  {
    name: "flinkops_job_records_in_per_second",
    type: "gauge",
    help: "Records the sources read per second (one-minute average)",
    value: (r) => r.metrics?.recordsInPerSecond
  },
  {
    name: "flinkops_job_records_out_per_second",
    type: "gauge",
    help: "Records the sinks receive per second (one-minute average)",
    value: (r) => r.metrics?.recordsOutPerSecond
  },
  {
    name: "flinkops_job_back_pressure_ratio",
    type: "gauge",
    unit: "ratio",
    help: "Share of time the most back-pressured subtask was back-pressured",
    value: (r) => r.metrics?.backPressure?.value
  },
  {
    name: "flinkops_job_busy_ratio",
    type: "gauge",
    unit: "ratio",
    help: "Share of time the busiest subtask was busy",
    value: (r) => r.metrics?.busy?.value
  },
  {
    name: "flinkops_job_last_checkpoint_duration_seconds",
    type: "gauge",
    unit: "seconds",
    help: "Duration of the last completed checkpoint",
    value: (r) => r.lastCheckpoint?.durationMs === void 0 ? void 0 : r.lastCheckpoint.durationMs / 1e3
  },
  {
    name: "flinkops_job_last_checkpoint_size_bytes",
    type: "gauge",
    unit: "bytes",
    help: "State size of the last completed checkpoint",
    value: (r) => r.lastCheckpoint?.stateSize
  },
  {
    name: "flinkops_job_watermark_lag_seconds",
    type: "gauge",
    unit: "seconds",
    help: "Now minus the lowest input watermark of the job",
    value: (r) => r.metrics?.watermarkLagMs === void 0 ? void 0 : r.metrics.watermarkLagMs / 1e3
  },
  {
    name: "flinkops_job_consumer_lag_records",
    type: "gauge",
    help: "Records the Kafka sources are behind their topics",
    value: (r) => r.metrics?.consumerLag
  },
  {
    name: "flinkops_job_healthy",
    type: "gauge",
    help: "Whether the job passes its health rules (status --check)",
    value: (r) => r.healthy === void 0 ? void 0 : r.healthy ? 1 : 0
  }
];
function label(v) {
  return v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
function num(x) {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  return String(x);
}
function renderOpenMetrics(project, env, rows) {
  const out = [];
  for (const f of FAMILIES) {
    const samples = rows.map((r) => ({ r, v: f.value(r) })).filter((s) => s.v !== void 0);
    if (samples.length === 0) continue;
    out.push(`# TYPE ${f.name} ${f.type}`);
    if (f.unit) out.push(`# UNIT ${f.name} ${f.unit}`);
    out.push(`# HELP ${f.name} ${f.help}.`);
    for (const { r, v } of samples)
      out.push(`${f.name}{project="${label(project)}",env="${label(env)}",job="${label(r.job)}"} ${num(v)}`);
  }
  out.push("# EOF");
  return `${out.join("\n")}
`;
}

// src/render/savepoints.ts
function formatBytes(n) {
  if (n === void 0) return "-";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
function renderSavepointList(job, entries, opts = {}) {
  const s = makeStyle(opts.color ?? false);
  if (entries.length === 0) return `No savepoints recorded for ${job}.
`;
  const header = ["TIME", "AGE", "KIND", "SPEC", "SIZE", "STATUS", "PATH"];
  const rows = entries.map((e) => [
    e.time,
    formatAge(e.ageMs),
    e.kind,
    `${e.specHash.slice(0, 12)}${e.matchesCurrentSpec ? " (current)" : ""}`,
    formatBytes(e.sizeBytes),
    e.disposed ? "disposed" : e.protected ? "kept" : "restorable",
    replaceControls(e.path, () => "�")
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [s.bold(line(header))];
  entries.forEach((e, i) => {
    const text = line(rows[i]);
    out.push(e.disposed ? s.dim(text) : text);
  });
  const notes = entries.filter((e) => e.protected && !e.disposed);
  if (notes.length) {
    out.push("", "Never disposed by retention:");
    for (const e of notes) out.push(`  ${replaceControls(e.path, () => "�")}: ${e.protected}`);
  }
  const restorable = entries.filter((e) => !e.disposed);
  out.push(
    "",
    `${entries.length} savepoint${entries.length === 1 ? "" : "s"} of ${job}: ${restorable.length} restorable, ${entries.length - restorable.length} disposed.`
  );
  return `${out.join("\n")}
`;
}

// src/render/terminal.ts
var LABEL_WIDTH = 13;
var BODY_INDENT = "      ";
function renderPlanTerminal(plan, opts) {
  const s = makeStyle(opts.color);
  const out = [];
  const commit = plan.commit ? `, commit ${clean(plan.commit)}` : "";
  out.push(s.bold(`flinkops plan: project ${clean(plan.project)}, environment ${clean(plan.env)}${commit}`));
  out.push("");
  if (plan.offline) {
    out.push(
      s.yellow(
        "Planned offline: the cluster was not consulted, so live state, drift and failed jobs are not shown."
      )
    );
    out.push("");
  }
  const changes = visibleChanges(plan);
  if (changes.length > 0) {
    out.push("Actions are shown with these symbols:");
    for (const kind of actionsPresent(plan)) {
      const look = actionLook(kind);
      out.push(`  ${s[look.color](look.symbol)} ${kind}`);
    }
    out.push("");
    out.push("flinkops will perform the following actions:");
    out.push("");
    for (const change2 of changes) {
      out.push(...jobBlock(change2, s, opts.verbose ?? false));
      out.push("");
    }
  }
  const heldBack = plan.changes.filter((c) => c.action === "none" && c.causes.length > 0).sort((a, b) => compareText(a.job, b.job));
  if (heldBack.length > 0) {
    out.push("No action:");
    for (const c of heldBack) out.push(`  ${s.bold(clean(c.job))}: ${clean(c.reason)}`);
    out.push("");
  }
  if (opts.verbose) {
    const unchanged = plan.changes.filter((c) => c.action === "none").map((c) => clean(c.job));
    if (unchanged.length > 0) {
      out.push(s.dim(`Unchanged: ${unchanged.sort(compareText).join(", ")}`));
      out.push("");
    }
  }
  const affected = plan.affected.filter((a) => a.jobs.length > 0);
  if (affected.length > 0) {
    out.push("Changed tables and UDFs:");
    for (const a of affected) {
      out.push(`  ${a.kind} ${s.bold(clean(a.name))} → ${a.jobs.map((j) => clean(j)).join(", ")}`);
    }
    out.push("");
  }
  const shownInBlocks = new Set(
    changes.flatMap((c) => c.refused ? [`${c.refused.code}\0${c.refused.summary}`] : [])
  );
  const diags = mergeDiagnostics(plan.diagnostics, opts.diagnostics ?? []).filter(
    (d) => d.range || !shownInBlocks.has(`${d.code}\0${d.summary}`)
  );
  if (diags.length > 0) {
    out.push(`Diagnostics (${summarizeDiagnostics(diags)}):`);
    out.push(
      renderDiagnostics(diags.map(cleanDiagnostic), { color: opts.color, sources: opts.sources }).trimEnd()
    );
    out.push("");
  }
  out.push(s.bold(summaryLine(plan)));
  const refused = refusedLine(plan, (j) => clean(j));
  if (refused) out.push(s.red(refused));
  return `${out.join("\n")}
`;
}
function jobBlock(c, s, verbose) {
  const look = actionLook(c.action);
  const paint = s[look.color];
  const how = changeMode(c);
  const mode = how ? ` (${how})` : "";
  const refusedTag = c.refused ? ` ${s.red("[refused]")}` : "";
  const lines = [`  ${paint(look.symbol)} ${s.bold(clean(c.job))} ${look.future}${mode}${refusedTag}`];
  const field = (label2, values) => {
    values.forEach((v, i) => {
      lines.push(`${BODY_INDENT}${(i === 0 ? label2 : "").padEnd(LABEL_WIDTH)}${v}`);
    });
  };
  field("reason", [clean(c.reason)]);
  if (c.causes.length > 0) field("causes", c.causes.map(formatCause2));
  const par = parallelism2(c);
  if (par) field("parallelism", [par]);
  if (verbose && (c.from?.specHash || c.to?.specHash)) {
    const from = c.from?.specHash;
    const to = c.to?.specHash;
    field("spec hash", [
      from === to ? `${clean(to ?? "")} (unchanged)` : `${clean(from ?? "(none)")} → ${clean(to ?? "(none)")}`
    ]);
  }
  if (c.liveJobId || c.liveState) {
    field("live job", [
      [c.liveJobId, c.liveState && `(${c.liveState})`].filter(Boolean).map((x) => clean(String(x))).join(" ")
    ]);
  }
  if (c.restoreFrom) field("restore", [clean(c.restoreFrom)]);
  const moved = moveLine(c);
  if (moved) field("moves from", [clean(moved)]);
  if (c.compatibility) field("state", compatLines2(c.compatibility, s));
  const version = versionUpgradeLines(c);
  if (version) {
    const v = c.versionUpgrade.verdict;
    const paint2 = v === "compatible" ? s.green : v === "unknown" ? s.yellow : s.red;
    field("version", [
      paint2(clean(version.head)),
      ...version.findings.map((f) => `  • ${clean(f)}`),
      ...version.advice.map((a) => `  ${s.cyan("→")} ${clean(a)}`)
    ]);
  }
  const planLines = compiledPlanLines(c);
  if (planLines.length > 0)
    field(
      "plan",
      planLines.map((l) => clean(l))
    );
  if (c.sqlDiff) {
    if (verbose) {
      lines.push(`${BODY_INDENT}sql diff`);
      for (const l of colorDiffLines(clean(c.sqlDiff, true), s)) lines.push(`${BODY_INDENT}  ${l}`);
    } else {
      const stat = diffStat(c.sqlDiff);
      field("sql diff", [
        `${s.green(`+${stat.added}`)} ${s.red(`-${stat.removed}`)} lines (--verbose shows the diff)`
      ]);
    }
  }
  if (c.refused) {
    const detail = clean(c.refused.detail, true).split("\n").filter((l) => l.trim());
    field("refused", [`${s.red(clean(c.refused.code))} ${clean(c.refused.summary)}`, ...detail]);
  }
  return lines;
}
function compatLines2(compat, s) {
  const verdict = compat.verdict === "compatible" ? s.green("compatible") : compat.verdict === "incompatible" ? s.red("incompatible: the restore will fail") : compat.verdict === "drops-state" ? s.red("drops state") : s.yellow("compatibility unknown");
  return [
    `${verdict}${verdictSource(compat)}`,
    ...compat.findings.map((f) => `  • ${clean(f)}`),
    ...compat.advice.map((a) => `  ${s.cyan("→")} ${clean(a)}`)
  ];
}
function parallelism2(c) {
  const from = c.from?.parallelism;
  const to = c.to?.parallelism;
  if (from !== void 0 && to !== void 0) return from === to ? String(to) : `${from} → ${to}`;
  if (to !== void 0) return String(to);
  if (from !== void 0) return String(from);
  return void 0;
}
function formatCause2(c) {
  const change2 = c.from !== void 0 || c.to !== void 0 ? `: ${clean(c.from ?? "(none)")} → ${clean(c.to ?? "(none)")}` : "";
  return `${c.kind} ${clean(c.path)}${change2}`;
}
function clean(text, multiline = false) {
  const t = multiline ? text.replace(/\r\n?/g, "\n") : text.replace(/\r\n|\r|\n/g, " ");
  return replaceControls(t, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function cleanDiagnostic(d) {
  return { ...d, summary: clean(d.summary), detail: clean(d.detail, true) };
}

export {
  PLAN_FORMAT_VERSION,
  ACTION_KINDS,
  changeMode,
  hasChanges,
  stopsByCancel,
  actionLook,
  countActions,
  summaryLine,
  escapeMd,
  code,
  renderFailureDetails,
  renderPlanJson,
  changedSubgraph,
  lineageToMermaid,
  GITHUB_COMMENT_LIMIT,
  planMarker,
  renderPlanMarkdown,
  renderDiagnosticsMarkdown,
  renderOpenMetrics,
  formatBytes,
  renderSavepointList,
  renderPlanTerminal
};
