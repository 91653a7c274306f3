// Types of scripts/merge-commands.mjs, for its tests.

/** A chunk this large stays shared between the commands (with everything it imports). */
export declare const SHARED_OVER: number;

/** `files` (path in dist/ → ES module text) with each command's private chunks merged into it. */
export declare function mergeCommands(
  files: Map<string, string>,
  options: { start: string; roots: string[]; sharedOver?: number },
): Promise<{ files: Map<string, string>; merged: { command: string; modules: number; inlined: number }[] }>;
