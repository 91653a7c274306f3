import { defineConfig } from 'vitest/config';

// The e2e suite on a real Flink (npm run test:e2e): one cluster per Flink version, started by
// test/e2e/global-setup.ts; scenarios run the built CLI as users do and assert on Flink's answers.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/support/scratch-tmp.ts', 'test/e2e/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Scenarios share the cluster (each in its own project); a few at once keep the slots busy.
    maxWorkers: 3,
    fileParallelism: true,
  },
});
