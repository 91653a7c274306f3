import { describe, expect, it } from 'vitest';
import jobSchema from '../../schemas/job.schema.json';
import { mostSevere, SETTING_EFFECTS, settingsWithEffect } from './effects';

describe('setting effects', () => {
  it('covers every property of the job schema, and nothing else', () => {
    expect(Object.keys(SETTING_EFFECTS).sort()).toEqual(Object.keys(jobSchema.properties).sort());
  });

  it.each([
    ['parallelism', 'rescale'],
    ['config', 'upgrade'],
    ['maxParallelism', 'upgrade'],
    ['planMode', 'upgrade'],
    ['restoreFrom', 'redeploy'],
    ['state', 'state'],
    ['upgradeMode', 'ignore'],
    ['savepoints', 'ignore'],
    ['schedule', 'ignore'],
    ['health', 'ignore'],
    ['description', 'ignore'],
    ['movedFrom', 'ignore'],
  ] as const)('%s → %s', (key, effect) => {
    expect(SETTING_EFFECTS[key]).toBe(effect);
  });

  it('takes the most severe effect', () => {
    expect(mostSevere([])).toBe('ignore');
    expect(mostSevere(['ignore', 'rescale'])).toBe('rescale');
    expect(mostSevere(['rescale', 'upgrade', 'ignore'])).toBe('upgrade');
    expect(mostSevere(['redeploy', 'upgrade'])).toBe('redeploy');
    expect(mostSevere(['state'])).toBe('ignore');
  });

  it('lists settings by effect', () => {
    expect(settingsWithEffect('rescale')).toEqual(['parallelism']);
    expect(settingsWithEffect('upgrade', 'redeploy').sort()).toEqual([
      'config',
      'maxParallelism',
      'planMode',
      'restoreFrom',
    ]);
  });
});
