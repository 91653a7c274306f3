import { type Diagnostic, sortDiagnostics } from '../core/diagnostics';
import { canonicalJson } from '../core/hash';

/**
 * The plan's own diagnostics plus those of earlier stages, each once, in the
 * stable file/line order every surface uses.
 */
export function mergeDiagnostics(...lists: (readonly Diagnostic[])[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const list of lists) {
    for (const d of list) {
      const key = canonicalJson(d);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
    }
  }
  return sortDiagnostics(out);
}
