// Types of scripts/eager-functions.mjs, for its tests.

/** esbuild's comment that starts a module's code in a chunk: `// src/sql/lexer.ts`. */
export declare const MODULE_COMMENT: RegExp;

/** `code` (a bundled chunk) with the functions of the modules `own` accepts compiled with it. */
export declare function eagerFunctions(
  code: string,
  own: (modulePath: string) => boolean,
): { code: string; functions: number };
