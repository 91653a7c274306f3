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
  },
});
