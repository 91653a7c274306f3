/** Names of things in a flinkops repository, and the names they get on a cluster. */

export const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * A name that matches IDENTIFIER, made from one that does not (`OrderTotals` → `order_totals`).
 * Accents are dropped, whichever Unicode form the name is in (macOS writes file names decomposed,
 * `cafe` + U+0301; Linux and Windows keep them composed): both forms of `café` give `cafe`.
 */
export function suggestIdentifier(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+$/, '') // `orders (copy)` → orders_copy, not orders_copy_
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z]+/, '');
  return s || 'my_name';
}

/** `pipeline.name` of a managed job: `<project>.<env>.<job>`. */
export function pipelineName(project: string, env: string, job: string): string {
  return `${project}.${env}.${job}`;
}

/** Keys flinkops writes into `pipeline.global-job-parameters` and reads back from `user-config`. */
export const LABEL_KEYS = {
  specHash: 'flinkops.spec-hash',
  commit: 'flinkops.commit',
  project: 'flinkops.project',
  env: 'flinkops.env',
  job: 'flinkops.job',
} as const;

/** One insertion, deletion, substitution or swap of neighbours apart (and not equal). */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Edit distance, for "did you mean" hints. With `max`, any distance above it is returned as
 * `max + 1` as soon as a row of the table shows it (thousands of table options are checked for
 * near-misses, and almost none is near one).
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      const d = Math.min(tmp + 1, prev[j - 1]! + 1, diag + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      prev[j] = d;
      if (d < rowMin) rowMin = d;
      diag = tmp;
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** The closest candidate within a small distance, for "did you mean X?". */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  return closest(name, candidates, Math.max(2, Math.floor(name.length / 3)), true);
}

/** `; did you mean 'x'?` when `name` is likely a misspelling of one of `known`, else nothing: for a usage error. */
export function meantSuffix(name: string, known: Iterable<string>): string {
  const hint = didYouMean(name, known);
  return hint ? `; did you mean '${hint}'?` : '';
}

/**
 * The candidate fewest edits from `name`, at most `max` of them (the first of equals); `fold`
 * compares without case. Undefined when none is that close.
 */
export function closest(
  name: string,
  candidates: Iterable<string>,
  max: number,
  fold = false,
): string | undefined {
  const a = fold ? name.toLowerCase() : name;
  let best: string | undefined;
  let bestScore = max + 1;
  for (const c of candidates) {
    const b = fold ? c.toLowerCase() : c;
    // The distance is at least the difference in length.
    if (Math.abs(b.length - a.length) >= bestScore) continue;
    const d = levenshtein(a, b, bestScore - 1);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return best;
}
