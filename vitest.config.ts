import { defineConfig } from 'vitest/config';
import { schemaValidatorsVite } from './scripts/schema-validators.mjs';

export default defineConfig({
  plugins: [schemaValidatorsVite()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'action/**/*.test.ts'],
    // The e2e suite needs a real Flink: npm run test:e2e (vitest.e2e.config.ts).
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/scratch-tmp.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on CI's two cores, where
    // the suite is idle half the time (files wait on the CLI processes and simulators they start).
    // Three workers keep both cores busy (measured: bench/README.md, "The test suite's own time").
    maxWorkers: 3,
  },
});
