// Types of scripts/schema-validators.mjs, for vitest.config.ts and tests that bundle sources.
import type { Plugin as EsbuildPlugin } from 'esbuild';

export declare const SCHEMA_VALIDATORS_ID: string;
export declare function schemaValidatorsSource(id?: string): string;
export declare const schemaValidatorsEsbuild: EsbuildPlugin;
export declare function schemaValidatorsVite(): {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
};
