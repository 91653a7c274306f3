/**
 * Why a job upgrades when only a UDF jar's sha256 changed (a new build published under the same
 * URI): the script and the settings are as deployed, so the plan names the artifact, not the job's
 * SQL file, which nobody touched.
 */
import { describe, expect, it } from 'vitest';
import { restartHash } from '../src/compile/spec-hashes';
import { describeCauses, rebuiltFunctions, specCauses } from '../src/plan/causes';
import { deployed, desiredJob } from './plan-fixtures';

describe('a spec change with the same script and settings', () => {
  const job = (udfs: string[], sha: string) => {
    const j = desiredJob('bucket_windows', { udfs });
    const jars = Object.fromEntries(udfs.map((u) => [u, sha]));
    return { ...j, restartHash: restartHash(j.script, j.settings as never, jars) };
  };

  it("of a job loading one UDF artifact: that artifact's jar sha256, not the job's SQL file", () => {
    const before = job(['acme_udfs'], '3'.repeat(64));
    const after = job(['acme_udfs'], '0'.repeat(64));
    expect(after.restartHash).not.toBe(before.restartHash);
    const causes = specCauses(deployed(before), after);
    expect(causes).toEqual([{ kind: 'udf', path: 'acme_udfs', to: 'jar sha256 changed' }]);
    expect(describeCauses(causes)).toBe('UDF acme_udfs changed');
  });

  it("makes the job's functions rebuilt ones for the state verdict (an aggregate's accumulator may differ)", () => {
    const before = job(['acme_udfs'], '3'.repeat(64));
    const after = { ...job(['acme_udfs'], '0'.repeat(64)), functions: ['Sum_Sq'] };
    expect(rebuiltFunctions(specCauses(deployed(before), after), after)).toEqual(['sum_sq']);
    expect(rebuiltFunctions([{ kind: 'script', path: 'jobs/x.sql' }], after)).toEqual([]);
  });

  it('makes them rebuilt ones when a Python file the job ships changed', () => {
    const after = { ...desiredJob('lens', { udfs: ['my_udfs'] }), functions: ['Count_Len'] };
    const edited = [
      { kind: 'udf' as const, path: '/udfs/my_udfs.py', to: 'a Python file or a UDF jar changed' },
    ];
    expect(rebuiltFunctions(edited, after)).toEqual(['count_len']);
    const alone = [{ kind: 'udf' as const, path: '/udfs/my_udfs.py', to: 'Python file changed' }];
    expect(rebuiltFunctions(alone, after)).toEqual(['count_len']);
  });

  it('of a job loading two: names both, saying one of their jars changed', () => {
    const after = job(['acme_udfs', 'geo_udfs'], '0'.repeat(64));
    const causes = specCauses(deployed(job(['acme_udfs', 'geo_udfs'], '3'.repeat(64))), after);
    expect(causes).toEqual([
      { kind: 'udf', path: 'acme_udfs, geo_udfs', to: 'the sha256 of one of their jars changed' },
    ]);
  });

  it('of a job without UDFs: the hash moved for a reason the store cannot say, shown as before', () => {
    const after = desiredJob('plain');
    const causes = specCauses(deployed(after, { specHash: 'older' }), after);
    expect(causes).toEqual([
      { kind: 'script', path: 'jobs/plain.sql', from: 'older', to: after.restartHash },
    ]);
  });
});
