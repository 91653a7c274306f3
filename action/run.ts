/**
 * The Action as one call: inputs → event → route → (validate | plan | apply | operate) per environment
 * → comments, summary, annotations, outputs, exit status. Every port is passed in (main.ts
 * passes the real ones), so the whole flow runs in tests against fakes.
 */
import { existsSync, mkdirSync, type Stats, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Clock, systemClock } from '../src/core/clock';
import { type Diagnostic, hasErrors } from '../src/core/diagnostics';
import type { Interrupt } from '../src/core/interrupt';
import type { Endpoints } from '../src/engine/cluster';
import type { FlinkClient } from '../src/flink';
import type { StateStore } from '../src/state';
import { annotationOf } from './annotations';
import { type EventContext, eventLabel, readEventContext } from './event';
import { type ActionOptions, parseInputs, URL_INPUTS_NEED_ONE_ENVIRONMENT } from './inputs';
import { maskedCore, maskedGitHub } from './masked';
import { appliedBranch, movedOn } from './moved-on';
import type { ActionCore, ActionGitHub } from './ports';
import { type Route, routeEvent } from './route';
import type { EnvResult, RunShared } from './run-shared';
import { SecretMask } from './secrets';
import { type PostJson, postJsonOnDemand } from './webhook';

type Env = Readonly<Record<string, string | undefined>>;

export interface RunDeps {
  core: ActionCore;
  /** The GitHub API for the repository, with this token (anonymous when undefined). */
  github: (token: string | undefined, repo: { owner: string; repo: string }) => ActionGitHub;
  env: Env;
  clock?: Clock;
  /** Test seam: the Flink client for an environment's endpoints. */
  flinkClient?: (endpoints: Endpoints) => FlinkClient;
  /** Test seam: how the alert webhook is POSTed (default: fetch). */
  postJson?: PostJson;
  /** Cancellation (SIGINT, SIGTERM): applies stop at their next safe point. */
  interrupt?: Interrupt;
}

export interface RunResult {
  ok: boolean;
  outputs: Record<string, string>;
}

export type { RunShared } from './run-shared';

export async function runAction(deps: RunDeps): Promise<RunResult> {
  const secrets = new SecretMask(deps.core);
  // Register secrets with the runner before a single line is printed.
  for (const name of ['github-token', 'flink-token', 'flink-headers', 'alert-webhook'])
    secrets.add(deps.core.getInput(name).trim());
  for (const [k, v] of Object.entries(deps.env)) if (k.startsWith('FLINKOPS_SECRET_')) secrets.add(v);
  const counted = maskedCore(deps.core, secrets);
  const summaryBytes = { value: 0 };
  const core: ActionCore = {
    ...counted,
    appendSummary: (md) => {
      summaryBytes.value += Buffer.byteLength(md);
      return counted.appendSummary(md);
    },
  };
  // Collected, then written once each at the end: GITHUB_OUTPUT is appended to, never rewritten.
  const outputs: Record<string, string> = {};
  const setOutput = (k: string, v: string) => {
    outputs[k] = v;
  };
  const done = (ok: boolean): RunResult => {
    for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
    return { ok, outputs };
  };
  const fail = (message: string): RunResult => {
    core.setFailed(message);
    return done(false);
  };
  try {
    const parsed = parseInputs((n) => deps.core.getInput(n));
    if (!parsed.options) return fail(`flinkops: invalid inputs:\n- ${parsed.errors.join('\n- ')}`);
    const options = parsed.options;
    for (const v of Object.values(options.flinkHeaders)) secrets.add(v);
    if (options.alertWebhook) {
      // Webhook URLs carry their credential in the path or query: mask that part on its own too.
      const tail = webhookTail(options.alertWebhook);
      if (tail.length >= 8) secrets.add(tail);
    }

    const ctx = readEventContext(deps.env);
    const routed = routeEvent(ctx.event, options.command);
    const route: Route = { ...routed, notes: [...ctx.notes, ...routed.notes] };
    if (options.replace.length > 0 && ctx.event.kind !== 'workflow_dispatch') {
      // Set in a workflow for every event, it would restart those jobs on every push.
      route.notes.push(
        `Input 'replace' (${options.replace.join(', ')}) is ignored: it is honoured only on workflow_dispatch runs (pass it from a dispatch input), as it restarts the jobs it names on every run.`,
      );
      options.replace = [];
    }
    core.info(
      `flinkops: ${eventLabel(ctx.event)} → ${route.mode}${route.offline && route.mode === 'plan' ? ' (offline)' : ''}`,
    );
    // Notices: shown in the log and on the run's page, where a user looks when nothing happened.
    for (const n of route.notes) core.annotate('notice', n, { title: `flinkops: ${route.mode}` });
    setOutput('has-changes', 'false');
    if (route.mode === 'skip') {
      await core.appendSummary(`### flinkops: nothing to do\n\n${quoted(route.notes)}\n`);
      return done(true);
    }

    const workspace = deps.env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = resolve(workspace, options.workingDirectory);
    const seen = new Set<string>();
    const annotate = (diags: readonly Diagnostic[]) => {
      for (const d of diags) {
        const a = annotationOf(d, options.workingDirectory);
        const key = `${a.level}|${a.props.file}|${a.props.startLine}|${a.props.startColumn}|${a.props.title}`;
        if (seen.has(key)) continue;
        seen.add(key);
        core.annotate(a.level, a.message, a.props);
      }
    };

    const missing = projectDirProblem(dir, options.workingDirectory);
    if (missing) return fail(`flinkops: ${missing}`);

    if (route.mode === 'validate') {
      const [{ loadAndValidate }, { renderDiagnosticsMarkdown }] = await Promise.all([
        import('../src/validate'),
        import('../src/render'),
      ]);
      const result = loadAndValidate(dir, { envVars: deps.env });
      annotate(result.diags);
      const failed = hasErrors(result.diags);
      await core.appendSummary(
        `### flinkops validate: ${failed ? '❌ failed' : '✅ valid'}\n\n${renderDiagnosticsMarkdown(result.diags)}\n${route.notes.length > 0 ? `\n${quoted(route.notes)}\n` : ''}`,
      );
      setOutput('summary', JSON.stringify({ valid: !failed, diagnostics: result.diags.length }));
      core.info(`flinkops: validate ${failed ? 'failed' : 'passed'} (${result.diags.length} diagnostics)`);
      return failed ? fail('flinkops: the repository has errors (see the annotations)') : done(true);
    }

    // The engine is loaded once the run knows what it does: the first lines come without waiting for it.
    const [
      { readProjectInfo },
      { FileStateStore },
      { GitStateStore },
      { runEnvironment },
      { operateEnvironment },
    ] = await Promise.all([
      import('./project-info'),
      import('../src/state'),
      import('../src/state/git-store'),
      import('./env-run'),
      import('./operate-run'),
    ]);
    const project = readProjectInfo(dir);
    const environments = options.environments.length > 0 ? options.environments : project.environments;
    if (environments.length === 0)
      return fail(
        `flinkops: no environments: set the 'environment' input or add environments to ${options.workingDirectory}/flinkops.yaml`,
      );
    // The jobmanager-url / sql-gateway-url inputs without an 'environment' input: the project's only one.
    if ((options.jobmanagerUrl || options.sqlGatewayUrl) && environments.length > 1)
      return fail(
        `flinkops: invalid inputs:\n- ${URL_INPUTS_NEED_ONE_ENVIRONMENT} (flinkops.yaml has ${environments.join(', ')})`,
      );
    // FLINKOPS_JOBMANAGER_URL / FLINKOPS_SQL_GATEWAY_URL override the URLs of flinkops.yaml, as the
    // CLI's do for its one environment: with several, every one would plan and apply on that one
    // cluster (prod's jobs on a test cluster). Refused like the jobmanager-url input.
    const urlVars = ['FLINKOPS_JOBMANAGER_URL', 'FLINKOPS_SQL_GATEWAY_URL'].filter((v) => deps.env[v]);
    if (urlVars.length > 0 && environments.length > 1 && !route.offline)
      return fail(
        `flinkops: ${urlVars.join(' and ')} ${urlVars.length > 1 ? 'are' : 'is'} set in the step's environment, and would point every environment of this run (${environments.join(', ')}) at that one cluster. Set the 'environment' input to exactly one, or unset ${urlVars.length > 1 ? 'them' : 'it'} and give each environment its own URL in flinkops.yaml (from a variable of another name where needed, e.g. jobmanagerUrl: \${env.STAGING_JOBMANAGER_URL}).`,
      );

    const needGitHub =
      options.stateBackend === 'git' ||
      (route.pullRequest !== undefined && options.comment) ||
      route.mode === 'apply' ||
      (route.mode === 'operate' && options.alerts);
    // No token: every call would go out anonymously, and a private repository's state branch would
    // read as missing (an empty state: a plan to create every job). Said plainly instead.
    if (needGitHub && !options.githubToken && options.stateBackend === 'git')
      return fail(
        "flinkops: the 'github-token' input is empty: the git state backend reads and writes the state branch through the GitHub API. Pass github-token: ${{ github.token }} (the default), or a token with contents: write.",
      );
    if (needGitHub && !options.githubToken)
      core.annotate(
        'warning',
        "The 'github-token' input is empty: GitHub API calls (comments, issues) go out without a token and will be refused. Pass github-token: ${{ github.token }} (the default).",
        { title: 'flinkops: no github-token' },
      );
    const github = needGitHub ? maskedGitHub(deps.github(options.githubToken, ctx), secrets) : undefined;
    // A run for a commit the branch has moved on from (a re-run of an older merge's apply, or a
    // run that started after the next push) would roll the cluster back to that commit: the run
    // of the branch's head applies it as it stands.
    const stale = route.mode === 'apply' && github ? await movedOn(github, ctx) : undefined;
    if (stale) {
      core.annotate('warning', stale, { title: 'flinkops: nothing applied' });
      await core.appendSummary(`### flinkops apply: nothing applied\n\n> ⚠️ ${stale}\n`);
      return done(true);
    }
    let pullRequest = route.pullRequest;
    if (route.mode === 'apply' && github && ctx.sha)
      pullRequest = await mergedPullRequest(github, ctx.sha, core, appliedBranch(ctx));

    const trailers = [`Source-Commit: ${ctx.sha}`];
    if (pullRequest) trailers.push(`Pull-Request: #${pullRequest}`);
    if (ctx.runUrl) trailers.push(`Run: ${ctx.runUrl}`);
    const clock = deps.clock ?? systemClock;
    const store = (projectName: string, envName: string): StateStore =>
      options.stateBackend === 'git' && github
        ? new GitStateStore({
            api: github.git,
            branch: options.stateBranch,
            project: projectName,
            env: envName,
            clock,
            trailers,
            runEnded: (run) => runEnded(github, ctx.run, run),
          })
        : new FileStateStore({ dir, project: projectName, env: envName, clock });

    const shared: RunShared = {
      core,
      secrets,
      options,
      ctx,
      route,
      dir,
      env: deps.env,
      clock,
      now: () => options.now ?? new Date(clock.now()).toISOString(),
      postJson: deps.postJson ?? postJsonOnDemand,
      ...(github ? { github } : {}),
      ...(pullRequest ? { pullRequest } : {}),
      store,
      ...((await flinkClientFor(options, secrets, deps.flinkClient)) ?? {}),
      annotate,
      footer: () => footerOf(ctx, route),
      planDir: join(deps.env.RUNNER_TEMP ?? tmpdir(), 'flinkops'),
      comments: { refused: false },
      summaryBytes,
      ...(deps.interrupt ? { interrupt: deps.interrupt } : {}),
    };
    mkdirSync(shared.planDir, { recursive: true });

    const results: EnvResult[] = [];
    for (const envName of environments) {
      const r =
        route.mode === 'operate'
          ? await operateEnvironment(shared, envName)
          : await runEnvironment(shared, envName);
      results.push(r);
      const cancelled = deps.interrupt?.received();
      // An apply that failed (or was cancelled) in one environment does not go on to the next.
      if ((!r.ok && route.mode === 'apply') || cancelled) {
        const rest = environments.slice(environments.indexOf(envName) + 1);
        if (rest.length > 0) {
          const why = cancelled ? `the run was cancelled (${cancelled})` : `${envName} failed`;
          core.info(
            `flinkops: ${rest.join(', ')}: not ${route.mode === 'plan' ? 'planned' : 'applied'}: ${why}`,
          );
          await core.appendSummary(
            `### flinkops ${route.mode}: ${rest.map((e) => `\`${e}\``).join(', ')} skipped\n\nNot ${route.mode === 'plan' ? 'planned' : 'applied'}: ${why}.\n`,
          );
        }
        if (cancelled)
          results.push({ env: envName, ok: false, hasChanges: false, failure: `cancelled (${cancelled})` });
        break;
      }
    }
    setOutputs(results, setOutput);
    // SQL unit tests of the affected jobs: pull requests with the `test` input, on the first
    // environment's cluster. A fork's run has no cluster credentials (offline): no tests.
    if (options.test && route.mode === 'plan' && route.pullRequest !== undefined && !route.offline) {
      // Loaded here: only these runs need the cluster client and the test engine.
      const { runPullRequestTests } = await import('./sql-tests');
      const t = await runPullRequestTests(shared, environments[0]!);
      setOutput('tests-passed', String(t.ok));
      if (!t.ok) results.push({ env: environments[0]!, ok: false, hasChanges: false, failure: t.failure! });
    }
    const failed = results.filter((r) => !r.ok);
    if (failed.length > 0)
      return fail(failed.map((r) => `flinkops ${route.mode} ${r.env}: ${r.failure}`).join('\n'));
    return done(true);
  } catch (e) {
    // A bug: say so, masked, with the stack for the report.
    const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    return fail(`flinkops failed unexpectedly (please report this): ${secrets.mask(text)}`);
  }
}

/**
 * Whether the workflow run that holds a state lock (`<run id>/<attempt>`) has ended: an earlier
 * attempt of this very run has (attempts run one after another); another run is asked of GitHub.
 * A cancelled run's lock is then taken over by the next run instead of blocking it until it expires.
 */
async function runEnded(github: ActionGitHub, self: string | undefined, holder: string): Promise<boolean> {
  const [id, attempt] = holder.split('/').map(Number);
  if (!id || !attempt) return false;
  const [ownId, ownAttempt] = (self ?? '').split('/').map(Number);
  if (id === ownId) return attempt < (ownAttempt ?? 0);
  return (await github.runAttemptStatus(id, attempt)) === 'completed';
}

/**
 * The project folder as the runner sees it, checked before anything is loaded: a wrong
 * `working-directory`, or a workflow that forgot actions/checkout, said in the Action's own terms.
 */
function projectDirProblem(dir: string, workingDirectory: string): string | undefined {
  const checkout = 'and that the job checks the repository out (actions/checkout) before this step';
  let stat: Stats | undefined;
  try {
    stat = statSync(dir);
  } catch {
    return `input 'working-directory' is '${workingDirectory}', which does not exist in the workspace. Check the path (relative to the repository root), ${checkout}.`;
  }
  if (!stat.isDirectory())
    return `input 'working-directory' is '${workingDirectory}', which is a file: set it to the folder that holds flinkops.yaml.`;
  // A misnamed flinkops.yml is the loader's to report, on the file.
  if (!existsSync(join(dir, 'flinkops.yaml')) && !existsSync(join(dir, 'flinkops.yml')))
    return `there is no flinkops.yaml in ${workingDirectory === '.' ? 'the repository root' : `'${workingDirectory}'`}. Set the input 'working-directory' to the folder that holds it, ${checkout}.`;
  return undefined;
}

function webhookTail(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return '';
  }
}

function setOutputs(results: EnvResult[], set: (k: string, v: string) => void): void {
  set('has-changes', String(results.some((r) => r.hasChanges)));
  const paths = results.flatMap((r) => (r.planPath ? [r.planPath] : []));
  if (paths.length > 0) set('plan-json', paths.join('\n'));
  const totals: Record<string, number> = {};
  const byEnv: Record<string, Record<string, number>> = {};
  for (const r of results) {
    if (!r.counts) continue;
    byEnv[r.env] = r.counts;
    for (const [k, n] of Object.entries(r.counts)) totals[k] = (totals[k] ?? 0) + n;
  }
  set('summary', JSON.stringify({ ...totals, environments: byEnv }));
  const applied = results.flatMap((r) => r.applied ?? []);
  set('applied', JSON.stringify(applied));
  const checked = results.filter((r) => r.healthy !== undefined);
  if (checked.length > 0) set('healthy', String(checked.every((r) => r.healthy)));
}

/** Explicit token/header inputs replace the environment's auth from flinkops.yaml. */
async function flinkClientFor(
  options: ActionOptions,
  secrets: SecretMask,
  seam: RunDeps['flinkClient'],
): Promise<{ flinkClient: (endpoints: Endpoints) => FlinkClient } | undefined> {
  if (seam) return { flinkClient: seam };
  if (!options.flinkToken && Object.keys(options.flinkHeaders).length === 0) return undefined;
  const { createFlinkClient } = await import('../src/flink');
  return {
    flinkClient: (endpoints) =>
      createFlinkClient({
        jobmanagerUrl: endpoints.jobmanagerUrl,
        sqlGatewayUrl: endpoints.sqlGatewayUrl,
        auth: {
          ...(options.flinkToken ? { bearerToken: options.flinkToken } : {}),
          ...(Object.keys(options.flinkHeaders).length > 0 ? { headers: options.flinkHeaders } : {}),
        },
        redact: secrets.list(),
      }),
  };
}

/**
 * The pull request an apply's result goes to (and the state commit's `Pull-Request:` trailer): the
 * one merged into the applied branch with this commit. Never one that only contains the commit
 * and targets another branch (a release branch's open pull request, a dispatch on a feature branch).
 */
async function mergedPullRequest(
  gh: ActionGitHub,
  sha: string,
  core: ActionCore,
  branch: string | undefined,
): Promise<number | undefined> {
  try {
    const pulls = (await gh.pullsForCommit(sha)).filter(
      (p) => branch === undefined || p.baseRef === undefined || p.baseRef === branch,
    );
    return (pulls.find((p) => p.merged) ?? pulls[0])?.number;
  } catch (e) {
    core.info(
      `flinkops: could not find the pull request of ${sha}: ${e instanceof Error ? e.message : String(e)}`,
    );
    return undefined;
  }
}

const quoted = (notes: readonly string[]) => notes.map((n) => `> ℹ️ ${n}`).join('\n');

function footerOf(ctx: EventContext, route: Route): string {
  const lines = route.notes.map((n) => `> ℹ️ ${n}`);
  const facts = [
    ctx.sha ? `Commit \`${ctx.sha.slice(0, 12)}\`` : '',
    ctx.runUrl ? `[workflow run](${ctx.runUrl})` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  if (facts) lines.push(lines.length ? `\n${facts}` : facts);
  return lines.join('\n');
}
