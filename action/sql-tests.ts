/**
 * The `test` input on pull requests: the SQL unit tests of the jobs a change affects (the
 * dependency graph walks from the changed files to the jobs), run on the environment's real
 * Flink; a sticky comment with the results, annotations on the test files, and a verdict.
 */

import { affectedJobs, compile, type DesiredState } from '../src/compile';
import { type Diagnostic, hasErrors } from '../src/core/diagnostics';
import { connect, resolveEndpoints } from '../src/engine/cluster';
import {
  type JobTestResult,
  loadTestFile,
  renderTestResults,
  requireRealFlink,
  runJobTests,
} from '../src/engine/sql-test';
import { describeEngineProgress } from '../src/render/progress';
import { loadAndValidate } from '../src/validate';
import { repoPath } from './annotations';
import { postComment } from './comments';
import type { RunShared } from './run-shared';

export interface TestRunResult {
  ok: boolean;
  failure?: string;
}

export function testMarker(project: string): string {
  return `<!-- flinkops-test:${project} -->`;
}

/** Graph nodes a changed file stands for; undefined when it can change every job (flinkops.yaml). */
export function changedNodes(files: readonly string[], workingDirectory: string, state: DesiredState) {
  const prefix = workingDirectory === '.' ? '' : `${workingDirectory.replace(/\/$/, '')}/`;
  const ids = new Set<string>();
  for (const f of files) {
    if (!f.startsWith(prefix)) continue;
    const rel = f.slice(prefix.length);
    if (rel === 'flinkops.yaml') return undefined;
    const m = /^(jobs|tables|udfs)\/([a-z][a-z0-9_]*)(\.test)?\.[a-z]+$/.exec(rel);
    if (m) {
      const [, folder, name] = m;
      if (folder === 'jobs') ids.add(`job:${name}`);
      else if (folder === 'udfs') ids.add(`udf:${name}`);
      else
        ids.add(
          state.tables.some((t) => t.name === name && t.objectKind === 'view')
            ? `view:${name}`
            : `table:${name}`,
        );
      continue;
    }
    // A data file beside the tests (jobs/rides.csv) may feed any job's tests.
    if (/^jobs\/[^/]+\.(csv|json)$/.test(rel)) return undefined;
  }
  return [...ids];
}

export async function runPullRequestTests(s: RunShared, env: string): Promise<TestRunResult> {
  const { core } = s;
  const validated = loadAndValidate(s.dir, { env, envVars: s.env });
  const compiled = hasErrors(validated.diags) ? undefined : compile(validated.value, { env, envVars: s.env });
  const state = compiled?.value;
  if (!state) return { ok: false, failure: 'the tests need a repository without errors (see the plan)' };

  let jobs = state.jobs.map((j) => j.name);
  if (s.github && s.pullRequest !== undefined) {
    try {
      const files = await s.github.pullFiles(s.pullRequest);
      const nodes = changedNodes(files, s.options.workingDirectory, state);
      if (nodes) jobs = affectedJobs(state.graph, nodes);
    } catch (e) {
      core.info(`flinkops: could not list the pull request's files, testing every job: ${String(e)}`);
    }
  }
  const diags: Diagnostic[] = [];
  const results: JobTestResult[] = [];
  const toRun = [];
  for (const name of jobs) {
    const loaded = loadTestFile(s.dir, name);
    diags.push(...loaded.diags);
    if (loaded.value) toRun.push({ job: state.jobs.find((j) => j.name === name)!, file: loaded.value });
    else if (!loaded.exists) results.push({ job: name, status: 'no-tests', cases: [], diags: [] });
  }
  core.info(
    `flinkops: testing ${toRun.map((t) => t.job.name).join(', ') || 'no job'} (affected: ${jobs.join(', ') || 'none'})`,
  );

  if (toRun.length > 0 && !hasErrors(diags)) {
    const endpoints = resolveEndpoints(
      state.environment,
      {
        ...(s.options.jobmanagerUrl ? { jobmanagerUrl: s.options.jobmanagerUrl } : {}),
        ...(s.options.sqlGatewayUrl ? { sqlGatewayUrl: s.options.sqlGatewayUrl } : {}),
      },
      s.env,
    );
    let client = s.flinkClient?.(endpoints);
    if (!client) {
      const conn = connect({
        endpoints,
        env: state.environment,
        secrets: (n) => s.env[`FLINKOPS_SECRET_${n}`] ?? s.env[n],
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
              timeoutMs: 120_000,
              now: () => s.clock.now(),
              onProgress: (p) => core.info(`  … ${describeEngineProgress(p)}`),
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
  const failed = hasErrors(diags) || results.some((r) => r.status === 'failed' || r.status === 'error');
  const body = renderComment(state.project, env, results, diags, failed, s.footer());
  await core.appendSummary(body);
  if (s.pullRequest !== undefined && s.options.comment && s.github) {
    const r = await postComment(s, s.pullRequest, testMarker(state.project), body);
    if (r) core.info(`flinkops: ${r.created ? 'created' : 'updated'} the test comment on #${s.pullRequest}`);
  }
  return failed
    ? { ok: false, failure: 'SQL unit tests failed (see the annotations and the comment)' }
    : { ok: true };
}

function annotateResults(s: RunShared, results: readonly JobTestResult[]): void {
  for (const r of results)
    for (const c of r.cases) {
      if (c.status === 'passed') continue;
      const lines = renderTestResults([{ ...r, cases: [c] }])
        .split('\n')
        .slice(1, -3)
        .join('\n');
      s.core.annotate('error', lines, {
        title: `flinkops test: ${r.job} / ${c.name} ${c.status === 'error' ? 'could not run' : 'failed'}`,
        file: repoPath(s.options.workingDirectory, c.range.file),
        startLine: c.range.start.line,
        startColumn: c.range.start.column,
      });
    }
}

function renderComment(
  project: string,
  env: string,
  results: readonly JobTestResult[],
  diags: readonly Diagnostic[],
  failed: boolean,
  footer: string,
): string {
  const cases = results.flatMap((r) => r.cases);
  const passed = cases.filter((c) => c.status === 'passed').length;
  const head = failed
    ? `❌ **${cases.length - passed} of ${cases.length} case(s) failed or could not run.**`
    : cases.length
      ? `✅ **All ${cases.length} case(s) passed.**`
      : 'ℹ️ No affected job has tests.';
  const problems = diags.length
    ? `\n${diags.map((d) => `- \`${d.code}\` ${d.summary}${d.range ? ` (\`${d.range.file}:${d.range.start.line}\`)` : ''}: ${d.detail}`).join('\n')}\n`
    : '';
  return [
    testMarker(project),
    `### flinkops test: \`${project}\` on \`${env}\``,
    head,
    problems,
    results.length ? `\`\`\`text\n${renderTestResults(results).replaceAll('```', "'''")}\`\`\`` : '',
    '',
    footer,
    '',
  ].join('\n');
}
