import {
  postComment
} from "./chunk-WUPP6CD6.mjs";
import {
  loadTestFile,
  renderTestResults,
  requireRealFlink,
  runJobTests
} from "./chunk-QWXES7ZF.mjs";
import {
  connect,
  resolveEndpoints
} from "./chunk-4JYTUE2B.mjs";
import {
  describeEngineProgress
} from "./chunk-254QCTXF.mjs";
import "./chunk-NMEMJCCX.mjs";
import "./chunk-YM6LO4KA.mjs";
import "./chunk-E2AT4OEI.mjs";
import {
  repoPath
} from "./chunk-GUWNIKS7.mjs";
import "./chunk-GSLRF5EB.mjs";
import {
  affectedJobs,
  compile
} from "./chunk-TUYVXCSN.mjs";
import {
  loadAndValidate
} from "./chunk-HCV42XU2.mjs";
import "./chunk-MTN3MEF7.mjs";
import "./chunk-PG4X7Q6A.mjs";
import "./chunk-2KEB7JXC.mjs";
import "./chunk-DPJDA3R2.mjs";
import "./chunk-BYIOOC32.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-QDFCQ7OG.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import {
  hasErrors
} from "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";

// action/sql-tests.ts
var testMarker = (function testMarker(project) {
  return `<!-- flinkops-test:${project} -->`;
});
var changedNodes = (function changedNodes(files, workingDirectory, state) {
  const prefix = workingDirectory === "." ? "" : `${workingDirectory.replace(/\/$/, "")}/`;
  const ids = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (!f.startsWith(prefix)) continue;
    const rel = f.slice(prefix.length);
    if (rel === "flinkops.yaml") return void 0;
    const m = /^(jobs|tables|udfs)\/([a-z][a-z0-9_]*)(\.test)?\.[a-z]+$/.exec(rel);
    if (m) {
      const [, folder, name] = m;
      if (folder === "jobs") ids.add(`job:${name}`);
      else if (folder === "udfs") ids.add(`udf:${name}`);
      else
        ids.add(
          state.tables.some((t) => t.name === name && t.objectKind === "view") ? `view:${name}` : `table:${name}`
        );
      continue;
    }
    if (/^jobs\/[^/]+\.(csv|json)$/.test(rel)) return void 0;
  }
  return [...ids];
});
var runPullRequestTests = (async function runPullRequestTests(s, env) {
  const { core } = s;
  const validated = loadAndValidate(s.dir, { env, envVars: s.env });
  const compiled = hasErrors(validated.diags) ? void 0 : compile(validated.value, { env, envVars: s.env });
  const state = compiled?.value;
  if (!state) return { ok: false, failure: "the tests need a repository without errors (see the plan)" };
  let jobs = state.jobs.map((j) => j.name);
  if (s.github && s.pullRequest !== void 0) {
    try {
      const files = await s.github.pullFiles(s.pullRequest);
      const nodes = changedNodes(files, s.options.workingDirectory, state);
      if (nodes) jobs = affectedJobs(state.graph, nodes);
    } catch (e) {
      core.info(`flinkops: could not list the pull request's files, testing every job: ${String(e)}`);
    }
  }
  const diags = [];
  const results = [];
  const toRun = [];
  for (const name of jobs) {
    const loaded = loadTestFile(s.dir, name);
    diags.push(...loaded.diags);
    if (loaded.value) toRun.push({ job: state.jobs.find((j) => j.name === name), file: loaded.value });
    else if (!loaded.exists) results.push({ job: name, status: "no-tests", cases: [], diags: [] });
  }
  core.info(
    `flinkops: testing ${toRun.map((t) => t.job.name).join(", ") || "no job"} (affected: ${jobs.join(", ") || "none"})`
  );
  if (toRun.length > 0 && !hasErrors(diags)) {
    const endpoints = resolveEndpoints(
      state.environment,
      {
        ...s.options.jobmanagerUrl ? { jobmanagerUrl: s.options.jobmanagerUrl } : {},
        ...s.options.sqlGatewayUrl ? { sqlGatewayUrl: s.options.sqlGatewayUrl } : {}
      },
      s.env
    );
    let client = s.flinkClient?.(endpoints);
    if (!client) {
      const conn = connect({
        endpoints,
        env: state.environment,
        secrets: (n) => s.env[`FLINKOPS_SECRET_${n}`] ?? s.env[n]
      });
      for (const v of conn.secretValues) s.secrets.add(v);
      diags.push(...conn.diags);
      client = conn.client;
    }
    if (client) {
      try {
        const refused = await requireRealFlink(client);
        if (refused) diags.push(refused);
        else
          for (const t of toRun) {
            const r = await runJobTests(s.dir, t.job, t.file, {
              client,
              timeoutMs: 12e4,
              now: () => s.clock.now(),
              onProgress: (p) => core.info(`  \u2026 ${describeEngineProgress(p)}`)
            });
            diags.push(...r.diags);
            results.push(r);
          }
      } finally {
        await client.close();
      }
    }
  }
  s.annotate(diags);
  annotateResults(s, results);
  const failed = hasErrors(diags) || results.some((r) => r.status === "failed" || r.status === "error");
  const body = renderComment(state.project, env, results, diags, failed, s.footer());
  await core.appendSummary(body);
  if (s.pullRequest !== void 0 && s.options.comment && s.github) {
    const r = await postComment(s, s.pullRequest, testMarker(state.project), body);
    if (r) core.info(`flinkops: ${r.created ? "created" : "updated"} the test comment on #${s.pullRequest}`);
  }
  return failed ? { ok: false, failure: "SQL unit tests failed (see the annotations and the comment)" } : { ok: true };
});
var annotateResults = (function annotateResults(s, results) {
  for (const r of results)
    for (const c of r.cases) {
      if (c.status === "passed") continue;
      const lines = renderTestResults([{ ...r, cases: [c] }]).split("\n").slice(1, -3).join("\n");
      s.core.annotate("error", lines, {
        title: `flinkops test: ${r.job} / ${c.name} ${c.status === "error" ? "could not run" : "failed"}`,
        file: repoPath(s.options.workingDirectory, c.range.file),
        startLine: c.range.start.line,
        startColumn: c.range.start.column
      });
    }
});
var renderComment = (function renderComment(project, env, results, diags, failed, footer) {
  const cases = results.flatMap((r) => r.cases);
  const passed = cases.filter((c) => c.status === "passed").length;
  const head = failed ? `\u274C **${cases.length - passed} of ${cases.length} case(s) failed or could not run.**` : cases.length ? `\u2705 **All ${cases.length} case(s) passed.**` : "\u2139\uFE0F No affected job has tests.";
  const problems = diags.length ? `
${diags.map((d) => `- \`${d.code}\` ${d.summary}${d.range ? ` (\`${d.range.file}:${d.range.start.line}\`)` : ""}: ${d.detail}`).join("\n")}
` : "";
  return [
    testMarker(project),
    `### flinkops test: \`${project}\` on \`${env}\``,
    head,
    problems,
    results.length ? `\`\`\`text
${renderTestResults(results).replaceAll("```", "'''")}\`\`\`` : "",
    "",
    footer,
    ""
  ].join("\n");
});
export {
  changedNodes,
  runPullRequestTests,
  testMarker
};
