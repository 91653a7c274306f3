import { describe, expect, it } from 'vitest';
import { type VersionUpgradeInput, versionUpgradeVerdict } from './version-upgrade';

const base: VersionUpgradeInput = {
  from: '1.20',
  to: '2.2.0',
  planMode: 'compiled',
  samePlan: true,
  planCheck: { ok: true },
  allowNonRestoredState: false,
  confirmed: false,
  restores: true,
};

describe('versionUpgradeVerdict', () => {
  it('says nothing when the job stays on its Flink version (patch releases included)', () => {
    expect(versionUpgradeVerdict({ ...base, from: '1.20', to: '1.20.3' })).toBeUndefined();
    expect(versionUpgradeVerdict({ ...base, from: undefined })).toBeUndefined();
  });

  it('a compiled job restarting from the same plan the new release loads keeps its state', () => {
    const v = versionUpgradeVerdict(base)!;
    expect(v).toMatchObject({ from: '1.20', to: '2.2', verdict: 'compatible' });
    expect(v.blocked).toBeUndefined();
  });

  it('a plan the new release refuses blocks the start and says why', () => {
    const v = versionUpgradeVerdict({
      ...base,
      planCheck: { ok: false, message: 'Unsupported ExecNode stream-exec-calc_99' },
    })!;
    expect(v.verdict).toBe('incompatible');
    expect(v.blocked?.reason).toBe('plan-refused');
    expect(v.blocked?.detail).toContain('stream-exec-calc_99');
  });

  it('a script-mode job is unknown and blocked until confirmed or allowed to drop state', () => {
    const script = { ...base, planMode: 'script' as const, samePlan: false, planCheck: undefined };
    const v = versionUpgradeVerdict(script)!;
    expect(v.verdict).toBe('unknown');
    expect(v.blocked?.reason).toBe('unconfirmed');
    expect(versionUpgradeVerdict({ ...script, confirmed: true })).toMatchObject({ verdict: 'unknown' });
    expect(versionUpgradeVerdict({ ...script, confirmed: true })!.blocked).toBeUndefined();
    expect(versionUpgradeVerdict({ ...script, allowNonRestoredState: true })).toMatchObject({
      verdict: 'drops-state',
    });
  });

  it('a compiled job whose plan changed with the move is re-planned: unknown, like a script', () => {
    const v = versionUpgradeVerdict({ ...base, samePlan: false })!;
    expect(v.blocked?.reason).toBe('unconfirmed');
    // It already runs from a plan: the advice is to keep that plan for the move, not to switch to one.
    expect(v.advice[0]).toContain('apply it on Flink 1.20 first');
    expect(v.blocked?.detail).not.toContain('Set planMode: compiled');
  });

  it('a move back to an older release is refused whatever the planners say, unless restoreFrom is pinned', () => {
    // Real 1.20.3 restoring the savepoint 2.2.0 took at the stop: "Unrecognized checkpoint version number: 6".
    for (const planMode of ['script', 'compiled'] as const) {
      const v = versionUpgradeVerdict({
        ...base,
        planMode,
        from: '2.2',
        to: '1.20.3',
        moving: true,
        acrossReleases: 'compatible',
      })!;
      expect(v).toMatchObject({ from: '2.2', to: '1.20', verdict: 'incompatible' });
      expect(v.blocked?.reason).toBe('downgrade');
      expect(v.blocked?.detail).toContain('restoreFrom');
    }
    // A minor step back: Flink does not promise it either; --allow-version-upgrade tries it.
    expect(versionUpgradeVerdict({ ...base, from: '1.20', to: '1.19' })!.blocked?.reason).toBe('downgrade');
    const tried = versionUpgradeVerdict({ ...base, from: '1.20', to: '1.19', confirmed: true })!;
    expect(tried.blocked).toBeUndefined();
    expect(tried).toMatchObject({ verdict: 'unknown' });
    // Neither --allow-version-upgrade nor allowNonRestoredState makes the savepoint readable.
    expect(
      versionUpgradeVerdict({
        ...base,
        from: '2.2',
        to: '1.20',
        confirmed: true,
        allowNonRestoredState: true,
      })!.blocked?.reason,
    ).toBe('downgrade');
    const pinned = versionUpgradeVerdict({ ...base, from: '2.2', to: '1.20', pinned: true })!;
    expect(pinned.blocked).toBeUndefined();
    expect(pinned.findings[0]).toContain('restoreFrom');
    // Pinned on the savepoint 2.2 wrote (the newest, taken at the stop there): 1.20 cannot read it either.
    const newer = versionUpgradeVerdict({
      ...base,
      from: '2.2',
      to: '1.20',
      pinned: true,
      pinnedWrittenBy: '2.2',
    })!;
    expect(newer.blocked?.reason).toBe('downgrade');
    expect(
      versionUpgradeVerdict({ ...base, from: '2.2', to: '1.20', pinned: true, pinnedWrittenBy: '1.20' })!
        .blocked,
    ).toBeUndefined();
    // A start without state, or forward, is not a downgrade.
    expect(
      versionUpgradeVerdict({ ...base, from: '2.2', to: '1.20', restores: false })!.blocked,
    ).toBeUndefined();
    expect(versionUpgradeVerdict({ ...base, from: '1.20', to: '2.2' })!.verdict).toBe('compatible');
  });

  it('a start without state risks nothing', () => {
    const v = versionUpgradeVerdict({ ...base, planMode: 'script', samePlan: false, restores: false })!;
    expect(v.verdict).toBe('compatible');
    expect(v.blocked).toBeUndefined();
  });
});
