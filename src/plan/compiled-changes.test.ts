import { describe, expect, it } from 'vitest';
import type { DesiredJob } from '../compile';
import { versionUpgradeSummaryLines } from '../render/compiled-plan';
import type { StateDoc } from '../state/model';
import { annotateCompiledPlans } from './compiled-changes';
import type { JobChange, Plan } from './model';
import { versionUpgradeSummaries } from './version-summary';

describe('a move back to an older release (FO665)', () => {
  it('is refused when restoreFrom pins a savepoint a newer major release wrote', () => {
    // The job ran on 2.2; restoreFrom pins the savepoint the stop on 2.2 took (recorded as 2.2's):
    // 1.20 cannot read it ("Unrecognized checkpoint version number: 6"), and the plan let the start
    // through, after the job was stopped.
    const pin = (path: string) => {
      const job = {
        name: 'counts',
        statements: [],
        settings: { restoreFrom: path, allowNonRestoredState: false, planMode: 'script' },
      } as unknown as DesiredJob;
      const change = { job: 'counts', action: 'recover', restoreFrom: path } as unknown as JobChange;
      const doc = {
        jobs: {
          counts: {
            current: { flinkVersion: '2.2', script: '' },
            savepoints: [
              { path: 'file:///sp/old', time: '2026-01-01T00:00:00Z', kind: 'upgrade', flinkVersion: '1.20' },
              { path: 'file:///sp/new', time: '2026-02-01T00:00:00Z', kind: 'upgrade', flinkVersion: '2.2' },
            ],
          },
        },
      } as unknown as StateDoc;
      return annotateCompiledPlans([change], [job], doc, { liveVersion: '1.20.3' }).changes[0]!;
    };
    expect(pin('file:///sp/new').refused?.code).toBe('FO665');
    expect(pin('file:///sp/old').refused).toBeUndefined();
  });

  it("is refused when the pin names another job's savepoint a newer major release wrote", () => {
    // A job split from `counts` starts from its state: the pin names counts' savepoint, which the
    // store records under counts, not under the new job.
    const job = {
      name: 'counts_eu',
      statements: [],
      settings: { restoreFrom: 'file:///sp/new', allowNonRestoredState: false, planMode: 'script' },
    } as unknown as DesiredJob;
    const change = {
      job: 'counts_eu',
      action: 'recover',
      restoreFrom: 'file:///sp/new',
    } as unknown as JobChange;
    const doc = {
      jobs: {
        counts_eu: { current: { flinkVersion: '2.2', script: '' }, savepoints: [] },
        counts: {
          current: { flinkVersion: '2.2', script: '' },
          savepoints: [
            { path: 'file:///sp/new', time: '2026-02-01T00:00:00Z', kind: 'upgrade', flinkVersion: '2.2' },
          ],
        },
      },
    } as unknown as StateDoc;
    const [c] = annotateCompiledPlans([change], [job], doc, { liveVersion: '1.20.3' }).changes;
    expect(c!.refused?.code).toBe('FO665');
  });
});

describe('the version-upgrade summary of a move back pinned with restoreFrom', () => {
  it('says the pin accepted the start, not --allow-version-upgrade (which the run did not pass)', () => {
    const job = {
      name: 'counts',
      statements: [],
      settings: { restoreFrom: 'file:///sp/old', allowNonRestoredState: false, planMode: 'script' },
    } as unknown as DesiredJob;
    const change = {
      job: 'counts',
      action: 'upgrade',
      strategy: 'savepoint',
      restoreFrom: 'file:///sp/old',
      move: { from: 'http://old:8081' },
      causes: [],
    } as unknown as JobChange;
    const doc = {
      jobs: {
        counts: {
          current: { flinkVersion: '2.2', script: '' },
          savepoints: [
            { path: 'file:///sp/old', time: '2026-01-01T00:00:00Z', kind: 'upgrade', flinkVersion: '1.20' },
          ],
        },
      },
    } as unknown as StateDoc;
    const changes = annotateCompiledPlans([change], [job], doc, { liveVersion: '1.20.3' }).changes;
    const versionUpgrades = versionUpgradeSummaries(changes, [job]);
    expect(versionUpgradeSummaryLines({ versionUpgrades } as unknown as Plan)).toEqual([
      'Version upgrade Flink 2.2 → 1.20: 1 job moves; compiled: none; script mode: counts (unknown, from the savepoint restoreFrom pins).',
    ]);
  });
});
