import { afterEach, describe, expect, it } from 'vitest';
import { desiredState, type Harness, harness, running } from './apply-harness.test';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('maxParallelism reaches the cluster', () => {
  it('submits pipeline.max-parallelism, so every vertex has that many key groups', async () => {
    h = await harness();
    const r = await h.apply(desiredState([{ name: 'alpha', settings: { maxParallelism: 256 } }]));
    expect(r.changes.map((c) => [c.action, c.outcome])).toEqual([['create', 'applied']]);
    const [job] = running(h, 'alpha');
    expect(job!.config['pipeline.max-parallelism']).toBe('256');
    expect(job!.vertices.every((v) => v.maxParallelism === 256)).toBe(true);
  });
});
