/** The options a script's SET lines leave set, in order: a RESET undoes one (or, bare, all). */
import type { Statement } from './types';

export function scriptSettings(
  statements: readonly Pick<Statement, 'kind' | 'set'>[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const st of statements) {
    if (st.kind === 'set' && st.set?.key !== undefined) out[st.set.key] = st.set.value ?? '';
    if (st.kind === 'reset') {
      if (st.set?.key === undefined) for (const k of Object.keys(out)) delete out[k];
      else delete out[st.set.key];
    }
  }
  return out;
}
