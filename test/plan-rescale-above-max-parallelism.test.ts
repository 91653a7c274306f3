/**
 * An in-place rescale above the running job's max parallelism. Real Flink 2.2.0 (adaptive
 * scheduler): a job at parallelism 1 under max parallelism 128 rescaled to 200 never got past its
 * key groups; apply waited its 5 minutes for 200, failed (FO709) and put the old bounds back. The
 * plan now refuses it and says why (FO667).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('in-place rescale above the max parallelism', () => {
  it('is refused with FO667; up to the max parallelism it is planned', async () => {
    h = await harness();
    await h.apply(desiredState([{ name: 'alpha', parallelism: 2 }]));
    const max = running(h, 'alpha')[0]!;
    expect(max).toBeDefined();
    const plan = await h.plan(desiredState([{ name: 'alpha', parallelism: 200 }]));
    const c = plan.changes.find((x) => x.job === 'alpha')!;
    expect(c).toMatchObject({ action: 'rescale', rescaleMode: 'in-place' });
    expect(c.refused?.code).toBe('FO667');
    const d = plan.diagnostics.find((x) => x.code === 'FO667');
    expect(d?.severity).toBe('error');
    expect(d?.summary).toContain('cannot run at parallelism 200: its max parallelism is 128');
    const ok = await h.plan(desiredState([{ name: 'alpha', parallelism: 128 }]));
    expect(ok.changes.find((x) => x.job === 'alpha')?.refused).toBeUndefined();
    expect(ok.diagnostics.some((x) => x.code === 'FO667')).toBe(false);
  });
});
