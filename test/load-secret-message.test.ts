/**
 * A missing `${secret.NAME}` says which variable to set. The same words serve plan (a cluster
 * credential such as `auth.token` is resolved to observe the cluster) and apply.
 */
import { describe, expect, it } from 'vitest';
import { resolveSecretsInValue } from '../src/load/interpolate';

describe('FO113: a secret that is not set', () => {
  it('names the environment variables it is read from, and does not say "to apply"', () => {
    const r = resolveSecretsInValue('Bearer ${secret.FLINK_PROD_TOKEN}', () => undefined);
    expect(r.diags).toHaveLength(1);
    expect(r.diags[0]!.code).toBe('FO113');
    expect(r.diags[0]!.detail).toContain('FLINKOPS_SECRET_FLINK_PROD_TOKEN (or FLINK_PROD_TOKEN)');
    expect(r.diags[0]!.detail).not.toContain('to apply');
  });
});
