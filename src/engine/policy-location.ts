/**
 * A policy refuses a setting of a job (FO621 its upgradeMode, FO623 its parallelism); the plan
 * stage knows the job's file but not where in it the setting is. Here, with the file at hand,
 * the diagnostic moves from the file's first line to the key's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics';
import { POLICY_CODES } from '../plan/codes';

const KEY_OF: Record<string, string> = {
  [POLICY_CODES.protectedStateless]: 'upgradeMode',
  [POLICY_CODES.maxParallelism]: 'parallelism',
};

export function locatePolicySettings(dir: string, diags: readonly Diagnostic[]): Diagnostic[] {
  const texts = new Map<string, string | undefined>();
  return diags.map((d) => {
    const key = KEY_OF[d.code];
    const r = d.range;
    if (!key || !r?.file.endsWith('.yaml') || r.start.line !== 1 || r.start.column !== 1) return d;
    if (!texts.has(r.file)) {
      try {
        texts.set(r.file, readFileSync(join(dir, r.file), 'utf8'));
      } catch {
        texts.set(r.file, undefined);
      }
    }
    const text = texts.get(r.file);
    // A top-level key of the job's settings (the file is a flat map of them).
    const m = text === undefined ? null : new RegExp(`^${key}\\s*:`, 'm').exec(text);
    if (!m) return d;
    const line = text!.slice(0, m.index).split('\n').length;
    return {
      ...d,
      range: { file: r.file, start: { line, column: 1 }, end: { line, column: key.length + 1 } },
    };
  });
}
