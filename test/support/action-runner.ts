/**
 * Runs the committed bundle dist/action.js the way the runner does: a child process with
 * INPUT_* variables (defaults from action.yml, then the workflow step's `with:`), the event
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Asynchronous, so fake servers living in
 * the test process keep answering while it runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT as written. */
  rawOutput: string;
  summary: string;
}

export interface BundleOptions {
  inputs: Record<string, string>;
  env: Record<string, string>;
  eventName: string;
  event: unknown;
  /** The payload file's exact text, written instead of `event` as JSON (a broken payload). */
  eventText?: string;
  sha: string;
  ref: string;
  workspace: string;
  apiUrl: string;
  repository?: string;
  /** Called with the output so far whenever the process writes: to signal it at a given moment. */
  onOutput?: (stdout: string, child: ChildProcess) => void;
}

/** Defaults of action.yml, as the runner fills them in (expressions left to the caller). */
export function actionDefaults(): Record<string, string> {
  const spec = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(Object.entries(spec.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
}

/** A `pull_request` `opened` payload: pull request `pr` of `repository`, its head at `sha`, onto main. */
export function pullRequestEvent(pr: number, sha: string, repository = 'acme/rides-platform') {
  return {
    action: 'opened',
    number: pr,
    pull_request: {
      number: pr,
      head: { sha, ref: `pr${pr}`, repo: { full_name: repository } },
      base: { ref: 'main', repo: { full_name: repository } },
    },
    repository: { full_name: repository, default_branch: 'main' },
  };
}

/** `${{ a || 'b' }}` expressions of a workflow, evaluated against flat contexts (e.g. `vars.X`). */
export function evaluate(value: string, contexts: Record<string, string>): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    for (const alt of expr.split('||').map((s) => s.trim())) {
      const literal = /^'(.*)'$/.exec(alt);
      const v = literal ? literal[1]! : (contexts[alt] ?? '');
      if (v !== '') return v;
    }
    return '';
  });
}

export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runBundle(o: BundleOptions): Promise<BundleRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'flinkops-runner-'));
  const files = {
    output: join(tmp, 'output'),
    summary: join(tmp, 'summary'),
    event: join(tmp, 'event.json'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, o.eventText ?? JSON.stringify(o.event));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_REPOSITORY: o.repository ?? 'acme/rides-platform',
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '987654321',
    GITHUB_ACTOR: 'alice',
    RUNNER_TEMP: tmp,
    ...o.env,
  };
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'action.js')], { cwd: o.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    o.onOutput?.(stdout, child);
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    rawOutput: readFileSync(files.output, 'utf8'),
    summary: readFileSync(files.summary, 'utf8'),
  };
}
