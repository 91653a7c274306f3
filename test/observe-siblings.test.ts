import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../src/flink/types';
import { siblingEnvironmentJobs } from '../src/observe/strays';

const job = (name: string, state: JobSummary['state'] = 'RUNNING'): JobSummary =>
  ({ id: `id-${name}`, name, state, startTime: 1 }) as JobSummary;

describe('siblingEnvironmentJobs', () => {
  it("lists the alive jobs of the project's other defined environments, by environment", () => {
    const listed = [
      job('shop.prod.orders'),
      job('shop.staging.orders'),
      job('shop.staging.payments'),
      job('shop.dev.orders', 'CANCELED'),
      job('shop.old.orders'), // an environment flinkops.yaml does not define: FO657's
      job('other.staging.orders'), // another project's
      job('insert-into_default_catalog.default_database.t'),
    ];
    expect(siblingEnvironmentJobs(listed, 'shop', 'prod', ['dev', 'staging', 'prod'])).toEqual([
      { env: 'staging', names: ['shop.staging.orders', 'shop.staging.payments'] },
    ]);
  });
});
