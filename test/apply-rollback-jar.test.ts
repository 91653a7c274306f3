/**
 * A new build of a UDF jar published under the same URI fails the job: the rollback to the
 * previous version loads the jar from that URI too, so it runs the new build and fails the same
 * way. The report must not blame something outside the change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DesiredState } from '../src/compile/model';
import { restartHash } from '../src/compile/spec-hashes';
import { desiredState, type Harness, harness } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Job alpha loading the artifact acme, whose jar has the sha256 `sha`. */
function withJar(sha: string): DesiredState {
  const d = desiredState([{ name: 'alpha' }]);
  const job = d.jobs[0]!;
  d.jobs[0] = { ...job, udfs: ['acme'], restartHash: restartHash(job.script, job.settings, { acme: sha }) };
  return d;
}

describe('a rollback after a new build of a UDF jar under the same URI', () => {
  it('says the rollback ran the new build too, not that the cause is outside the change', async () => {
    h = await harness();
    await h.apply(withJar('1'.repeat(64)));
    const x = h;
    const r = await x.apply(withJar('2'.repeat(64)), {
      onEvent: (e) => {
        // From the new version's submission on, every start fails, as the new build throws.
        if (e.type === 'step-started' && e.step.kind === 'submit') x.sim.control.faults.jobRestartLoop = true;
      },
    });
    const rb = r.diags.find((d) => d.code === 'FO706');
    expect(rb?.summary).toMatch(/^rollback of job alpha failed: /);
    expect(rb?.detail).toMatch(/the rollback ran the new build/);
    expect(rb?.detail).not.toMatch(/outside the change/);
    const rec = (await x.store.read()).doc.jobs.alpha!;
    expect(rec.current!.specHash).toBe(withJar('2'.repeat(64)).jobs[0]!.restartHash);
  });
});

/** Job alpha shipping my_udfs.py of checksum `sha`; `sql`: its script changed by it as well. */
function withPythonFile(sha: string, sql: (script: string) => string = (s) => s): DesiredState {
  const d = desiredState([{ name: 'alpha' }]);
  const job = d.jobs[0]!;
  const file = 'file:///udfs/my_udfs.py';
  const script = sql(job.script);
  d.jobs[0] = {
    ...job,
    script,
    pythonFiles: { [file]: sha },
    restartHash: restartHash(script, job.settings, { [`python:${file}`]: sha }),
  };
  return d;
}

describe('a rollback after an edit of a Python file the job ships', () => {
  it('says the rollback ran the edited code too, not that the cause is outside the change', async () => {
    h = await harness();
    await h.apply(withPythonFile('1'.repeat(64)));
    const x = h;
    const r = await x.apply(withPythonFile('2'.repeat(64)), {
      onEvent: (e) => {
        // The previous version reads the same file: every start from the new one's on fails.
        if (e.type === 'step-started' && e.step.kind === 'submit') x.sim.control.faults.jobRestartLoop = true;
      },
    });
    const rb = r.diags.find((d) => d.code === 'FO706');
    expect(rb?.summary).toMatch(/^rollback of job alpha failed: /);
    expect(rb?.detail).toMatch(
      /file:\/\/\/udfs\/my_udfs\.py\), and the previous version reads the same file/,
    );
    expect(rb?.detail).not.toMatch(/outside the change/);
    // The job it started runs the edited code: recorded as the new version, so that the file put
    // back as it was is an upgrade, not 'no changes' with the edited code running.
    const rec = (await x.store.read()).doc.jobs.alpha!;
    expect(rec.current!.specHash).toBe(withPythonFile('2'.repeat(64)).jobs[0]!.restartHash);
  });

  it('with the SQL changed too, the job it started is recorded as the previous version, whose SQL it runs', async () => {
    h = await harness();
    const first = withPythonFile('1'.repeat(64));
    await h.apply(first);
    const x = h;
    await x.apply(
      withPythonFile('2'.repeat(64), (s) => `${s.trimEnd()}\n-- v2\n`),
      {
        onEvent: (e) => {
          if (e.type === 'step-started' && e.step.kind === 'submit')
            x.sim.control.faults.jobRestartLoop = true;
        },
      },
    );
    // Neither version runs (the previous SQL, the edited code): the SQL change is still to make.
    const rec = (await x.store.read()).doc.jobs.alpha!;
    expect(rec.current!.specHash).toBe(first.jobs[0]!.restartHash);
  });
});
