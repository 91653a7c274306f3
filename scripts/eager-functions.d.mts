// Types of scripts/eager-functions.mjs, for its tests.

/** `code` (a bundled chunk) with the functions of the modules `own` accepts compiled with it. */
export declare function eagerFunctions(
  code: string,
  own: (modulePath: string) => boolean,
): { code: string; functions: number };
