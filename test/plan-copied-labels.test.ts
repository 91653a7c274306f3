/**
 * A job submitted by hand under one of the environment's names with another team's flinkops labels
 * (its settings copied, `pipeline.global-job-parameters` and all): its labels say nothing of this
 * job. Declared by the repository, it is adopted as a job without labels (FO613), not upgraded
 * on the other team's spec hash nor left "unchanged" when the two scripts happen to match; not
 * declared, it is left alone (FO639 names the labels), never deleted.
 */
import { describe, expect, it } from 'vitest';
import { localSim, planLocal, submitByHand } from './ops-cli';

const copiedFrom = (job: string) => ({
  'pipeline.global-job-parameters': `flinkops.project:teama,flinkops.env:local,flinkops.job:${job},flinkops.spec-hash:${'a'.repeat(16)},flinkops.commit:${'c'.repeat(40)}`,
});

describe("a hand-submitted job carrying another project's labels", () => {
  const t = localSim();

  it('is adopted when the repository declares its name, and left alone when it does not', async () => {
    await submitByHand(t.sim.gatewayUrl, 'shop.local.copy', copiedFrom('copy'));
    await submitByHand(t.sim.gatewayUrl, 'shop.local.gone', copiedFrom('gone'));
    const { plan } = await planLocal(t);
    expect(plan!.changes.map((c) => [c.job, c.action])).toEqual([['copy', 'adopt']]);
    const codes = plan!.diagnostics.map((d) => d.code);
    expect(codes).toContain('FO613');
    expect(codes).not.toContain('FO626');
    expect(plan!.diagnostics.filter((d) => d.code === 'FO654').map((d) => d.summary)).toEqual([
      expect.stringContaining('shop.local.copy'),
      expect.stringContaining('shop.local.gone'),
    ]);
    const leftAlone = plan!.diagnostics.find((d) => d.code === 'FO639');
    expect(leftAlone?.summary).toContain('shop.local.gone');
    expect(leftAlone?.summary).toContain('labelled teama.local.gone');
  });
});
