/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} is flinkops syntax, not a template literal. */
/**
 * A credential option set from `${env.X}` (a workflow passing `env: DB_PW: ${{ secrets.DB_PW }}`)
 * is written into the compiled script: validate warns at the reference (FO272), and the Action
 * masks the value in the plan comment, the job summary, outputs and the log, while the apply
 * still records its state (the value is no flinkops secret, so the store does not refuse it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionCore, ActionGitHub } from '../action/ports';
import { type Simulator, startSimulator } from '../src/sim';
import { cli } from './support/cli';
import { FakeGitHub } from './support/fake-github';

const PASSWORD = 'pw-from-env-5a1c9e77';
const SHA = '1111111111111111111111111111111111111111';

let gh: FakeGitHub;
let sim: Simulator;
let repo: string;
let octokitGitHub: (token: string | undefined, r: { owner: string; repo: string }) => ActionGitHub;
let runAction: typeof import('../action/run').runAction;

function writeRepo(dir: string): void {
  mkdirSync(join(dir, 'tables'), { recursive: true });
  mkdirSync(join(dir, 'jobs'), { recursive: true });
  writeFileSync(
    join(dir, 'flinkops.yaml'),
    `project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: ${sim.jobmanagerUrl}\n    sqlGatewayUrl: ${sim.gatewayUrl}\n`,
  );
  writeFileSync(
    join(dir, 'tables/orders.yaml'),
    'kind: source\nconnector: datagen\ncolumns:\n  - { name: id, type: BIGINT }\n  - { name: pt, type: STRING }\n',
  );
  writeFileSync(
    join(dir, 'tables/customers.yaml'),
    [
      'kind: sink',
      'connector: jdbc',
      'columns:',
      '  - { name: id, type: BIGINT, nullable: false }',
      'primaryKey: [id]',
      'with:',
      '  url: jdbc:postgresql://db:5432/shop',
      '  table-name: customers',
      '  username: shop',
      '  password: ${env.DB_PW}',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'jobs/copy.sql'), 'INSERT INTO customers SELECT id FROM orders;\n');
}

async function act(eventName: string, payload: unknown, extraEnv: Record<string, string> = {}) {
  const log: string[] = [];
  const summary: string[] = [];
  const outputs: string[] = [];
  const annotations: string[] = [];
  const failed: string[] = [];
  const inputs: Record<string, string> = {
    command: 'auto',
    'working-directory': '.',
    'github-token': 'ghs_envCredentialToken0123',
    'state-backend': 'git',
    'state-branch': 'flinkops-state',
    comment: 'on',
    parallelism: '4',
    'health-grace': '300ms',
    'checkpoint-wait': '0',
    'lock-timeout': '0',
  };
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: (k, v) => outputs.push(`${k}=${v}`),
    setSecret: () => {},
    info: (m) => log.push(m),
    annotate: (level, m, props) => annotations.push(`${level}: ${props?.title ?? ''} ${m}`),
    setFailed: (m) => failed.push(m),
    appendSummary: async (md) => {
      summary.push(md);
    },
  };
  const tmp = mkdtempSync(join(tmpdir(), 'flinkops-env-credential-'));
  writeFileSync(join(tmp, 'event.json'), JSON.stringify(payload));
  const result = await runAction({
    core,
    github: octokitGitHub,
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(tmp, 'event.json'),
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: repo,
      RUNNER_TEMP: tmp,
      DB_PW: PASSWORD,
      ...extraEnv,
    },
  });
  if (process.env.DEBUG_TEST) console.log(log.join('\n'));
  return {
    result,
    everything: [...log, ...summary, ...outputs, ...annotations, ...failed].join('\n'),
    annotations,
  };
}

beforeAll(async () => {
  gh = new FakeGitHub();
  process.env.GITHUB_API_URL = await gh.start();
  ({ octokitGitHub } = await import('../action/github'));
  ({ runAction } = await import('../action/run'));
  sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 50, savepointMs: 100 },
  });
  repo = mkdtempSync(join(tmpdir(), 'flinkops-env-credential-repo-'));
  writeRepo(repo);
});

afterAll(async () => {
  await sim?.close();
  await gh?.close();
  rmSync(repo, { recursive: true, force: true });
});

describe('a credential option from ${env.X}', () => {
  it('validate warns at the reference, naming the ${secret.X} to write instead', async () => {
    const r = await cli(['validate', '--dir', repo], { env: { DB_PW: PASSWORD } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'tables/customers.yaml:10:13: warning FO272: ${env.DB_PW} sets "password", a credential: write ${secret.DB_PW}',
    );
    expect(r.stderr).not.toContain(PASSWORD);
  });

  it('the same option in a raw DDL table is found by its quoted key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-env-credential-sql-'));
    writeRepo(dir);
    rmSync(join(dir, 'tables/customers.yaml'));
    writeFileSync(
      join(dir, 'tables/customers.sql'),
      "CREATE TABLE customers (id BIGINT NOT NULL, PRIMARY KEY (id) NOT ENFORCED) WITH (\n  'connector' = 'jdbc', 'url' = 'jdbc:postgresql://db:5432/shop', 'table-name' = 'c',\n  'username' = 'shop', 'password' = '${env.DB_PW}'\n);\n",
    );
    const r = await cli(['validate', '--dir', dir], { env: { DB_PW: PASSWORD } });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toContain('tables/customers.sql:3:38: warning FO272: ${env.DB_PW} sets "password"');
    // `url` and `username` are no credentials: one warning only.
    expect(r.stderr.match(/FO272/g)).toHaveLength(1);
  });

  it('the plan comment, summary, outputs and log of a pull request never show its value', async () => {
    const r = await act('pull_request', {
      action: 'opened',
      number: 5,
      pull_request: {
        number: 5,
        head: { sha: SHA, repo: { full_name: 'acme/shop' } },
        base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      },
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    expect(r.result.ok).toBe(true);
    const comment = gh.commentsOn(5).find((c) => c.body.startsWith('<!-- flinkops-plan:shop:dev -->'));
    expect(comment?.body).toContain("'password' = '***'");
    expect(comment?.body).not.toContain(PASSWORD);
    expect(r.everything).not.toContain(PASSWORD);
    expect(r.annotations.join('\n')).toContain('FO272');
  });

  it('an apply of it succeeds, with its result masked too', async () => {
    const r = await act('push', {
      ref: 'refs/heads/main',
      after: SHA,
      commits: [{ id: SHA }],
      repository: { full_name: 'acme/shop', default_branch: 'main' },
    });
    expect(r.result.ok, r.everything).toBe(true);
    expect(r.everything).toContain('copy: create applied');
    expect(r.everything).not.toContain(PASSWORD);
    expect(gh.comments.map((c) => c.body).join('\n')).not.toContain(PASSWORD);
  }, 60_000);
});

describe("a fork's pull request naming a variable of the runner", () => {
  const TOKEN = 'runner-token-0f3e9a1b77c2';
  const forkPr = {
    action: 'synchronize',
    number: 6,
    pull_request: {
      number: 6,
      head: { sha: SHA, repo: { full_name: 'mallory/shop', fork: true } },
      base: { ref: 'main', repo: { full_name: 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };

  it('pull_request_target (write token, the workflow env): the comment never publishes its value', async () => {
    const orders = join(repo, 'tables/orders.yaml');
    const before = readFileSync(orders, 'utf8');
    // Any option will do: the fork picks the variable, not a credential key.
    writeFileSync(orders, `${before}with:\n  fields.pt.kind: \${env.ACTIONS_RUNTIME_TOKEN}\n`);
    // A comment an earlier run left with the value in it is edited, though the plan is the same.
    gh.addComment(6, '<!-- flinkops-plan:shop:dev -->\nleft by an earlier version', 'github-actions[bot]');
    try {
      const r = await act('pull_request_target', forkPr, { ACTIONS_RUNTIME_TOKEN: TOKEN });
      expect(r.result.ok, r.everything).toBe(true);
      const comment = gh.commentsOn(6).find((c) => c.body.startsWith('<!-- flinkops-plan:shop:dev -->'));
      expect(comment?.body).toContain("'fields.pt.kind' = '***'");
      expect(comment?.body).not.toContain(TOKEN);
      expect(r.everything).not.toContain(TOKEN);
      const leaked = comment!.body.replace("'fields.pt.kind' = '***'", `'fields.pt.kind' = '${TOKEN}'`);
      comment!.body = leaked;
      await act('pull_request_target', forkPr, { ACTIONS_RUNTIME_TOKEN: TOKEN });
      expect(
        gh
          .commentsOn(6)
          .map((c) => c.body)
          .join('\n'),
      ).not.toContain(TOKEN);
    } finally {
      writeFileSync(orders, before);
    }
  });
});
