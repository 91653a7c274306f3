// Types of bench/lib/gen-repo.mjs, for the tests that generate a repository with it.
export declare function generate(
  dir: string,
  options?: { jobs?: number; udfs?: number; style?: 'block' | 'flow' | 'ddl' },
): void;
