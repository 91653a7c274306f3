// Types of the parts of scripts/flink/process.mjs its tests use.

/** `export KEY=VALUE` lines for `eval "$(…)"` (values single-quoted where the shell needs it). */
export declare function exportLines(vars: Record<string, string>): string;

/** The variables of `export KEY=VALUE` (or `KEY=VALUE`) lines. */
export declare function parseExportLines(text: string): Record<string, string>;
