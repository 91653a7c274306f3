/**
 * An apply killed (SIGKILL) during a rollback, after it had started the previous version again
 * and before the state store heard of that job: the next apply finds the previous version running
 * on the cluster, restored from the savepoint the rollback took, records it and starts nothing;
 * the failing version is not deployed again while the repository asks for it unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jobYaml, ROWS_BLACKHOLE, SLOW_EVENTS } from './fixtures';
import {
  apply,
  cancelJobs,
  FAST,
  flinkops,
  jobsOf,
  makeRepo,
  restoredFrom,
  runningJob,
  startFlinkops,
  userConfig,
  waitFor,
} from './support';

const HEALTHY = 'INSERT INTO sink_rows\nSELECT id, v\nFROM events;\n';
const CRASHING = 'INSERT INTO sink_rows\nSELECT id, v / (k - k) AS v\nFROM events;\n';

const repo = makeRepo('rbcrash', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/sink_rows.yaml': ROWS_BLACKHOLE,
  'jobs/steady.sql': HEALTHY,
  'jobs/steady.yaml': jobYaml(['parallelism: 1']),
});

// Loaded into the apply to kill: the process kills itself (SIGKILL) as it is about to write the
// state store's record of the job its rollback started, as a machine that dies there would.
const hooks = mkdtempSync(join(tmpdir(), 'flinkops-e2e-rbcrash-'));
const killer = join(hooks, 'kill-at-rollback-record.mjs');
writeFileSync(
  killer,
  [
    "import { open } from 'node:fs/promises';",
    "const fh = await open(process.execPath, 'r');",
    'const proto = Object.getPrototypeOf(fh);',
    'await fh.close();',
    'const writeFile = proto.writeFile;',
    'proto.writeFile = function (data, ...rest) {',
    "  if (String(data).includes('apply: roll back steady')) process.kill(process.pid, 'SIGKILL');",
    '  return writeFile.call(this, data, ...rest);',
    '};',
    '',
  ].join('\n'),
);

afterAll(async () => {
  await cancelJobs(repo);
  repo.cleanup();
  rmSync(hooks, { recursive: true, force: true });
});

const alive = async () =>
  (await jobsOf(repo, 'steady')).filter((j) => !['FAILED', 'CANCELED', 'FINISHED'].includes(j.state));

describe('an apply killed after its rollback started the previous version', () => {
  it('is finished by the next apply, which records the rolled-back job and starts nothing', async () => {
    const first = await apply(repo);
    expect(first.code, first.out).toBe(0);
    const stable = await runningJob(repo, 'steady');
    const stableHash = (await userConfig(repo.cluster, stable.jid))['flinkops.spec-hash']!;

    repo.write({ 'jobs/steady.sql': CRASHING });
    const killed = await startFlinkops(repo, ['apply', '--env', 'local', ...FAST], {
      NODE_OPTIONS: `--import=${pathToFileURL(killer).href}`,
    }).done;
    expect(killed.code, killed.out).toBeNull();
    expect(killed.out).toMatch(/by zero/);

    // What the kill left: the previous version runs again (the store, whose journal the killed
    // apply did not fold in, is read by the next apply).
    const back = (await alive())[0]!;
    expect(await alive()).toHaveLength(1);
    // Flink 2.x's adaptive scheduler answers a job still initialising without its execution config.
    const backHash = await waitFor(
      'the labels of the job the rollback started',
      async () => (await userConfig(repo.cluster, back.jid))['flinkops.spec-hash'],
    );
    expect(backHash).toBe(stableHash);
    const count = (await jobsOf(repo, 'steady')).length;

    const r = await apply(repo);
    // Flink's answer: no job started (the failing version not again), the rolled-back job runs on.
    expect(await jobsOf(repo, 'steady'), r.out).toHaveLength(count);
    expect((await runningJob(repo, 'steady')).jid).toBe(back.jid);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(new RegExp(`record job ${back.jid}`));
    expect(r.out).toContain('FO712');
    expect(r.out).not.toMatch(/FO612/);
    const rec = repo.state().jobs.steady!;
    const sp = rec.savepoints.find((s) => s.kind === 'upgrade' && s.jobId === stable.jid);
    expect(sp, JSON.stringify(rec.savepoints)).toBeDefined();
    expect(await restoredFrom(repo.cluster, back.jid)).toBe(sp!.path);
    expect(rec.current).toMatchObject({ jobId: back.jid, specHash: stableHash, restoredFrom: sp!.path });
    expect(rec.lastStable?.jobId).toBe(back.jid);
    expect(rec.rolledBack?.cause).toMatch(/by zero/);
    expect(rec.history.filter((e) => e.action === 'rollback')).toMatchObject([{ jobId: back.jid }]);

    // Converged: the failing change is held, not tried again.
    const again = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain('FO601');
    expect(await jobsOf(repo, 'steady')).toHaveLength(count);
  });
});
