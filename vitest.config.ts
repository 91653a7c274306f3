import { defineConfig } from 'vitest/config';
import { schemaValidatorsVite } from './scripts/schema-validators.mjs';

export default defineConfig({
  plugins: [schemaValidatorsVite()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'action/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
