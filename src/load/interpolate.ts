/**
 * `${env.NAME}` and `${secret.NAME}` references, and `$${` for a literal `${`.
 *
 * Env references are substituted when a project is compiled for an environment.
 * Secret references are never resolved at compile time: compiled output is a
 * template that keeps `${secret.NAME}` (and the `$${` escape), and only
 * `resolveSecrets` — called by apply, just before submission — turns it into the
 * text sent to Flink. That way no secret reaches a plan, a log or the state store.
 */
import { type Diagnostic, error } from '../core/diagnostics';

export type RefKind = 'env' | 'secret';

export interface RawReference {
  kind: RefKind;
  name: string;
  /** Offsets of `${...}` in the scanned text. */
  start: number;
  end: number;
}

export interface BadReference {
  start: number;
  end: number;
  text: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Calls `onRef` for each well-formed reference, `onBad` for each malformed `${`. */
function scan(text: string, onRef: (r: RawReference) => void, onBad?: (b: BadReference) => void): void {
  let i = text.indexOf('$');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('$${', i)) {
      i = text.indexOf('$', i + 3);
      continue;
    }
    if (text.charCodeAt(i + 1) !== 123 /* { */) {
      i = text.indexOf('$', i + 1);
      continue;
    }
    const close = text.indexOf('}', i + 2);
    const nl = text.indexOf('\n', i + 2);
    if (close < 0 || (nl >= 0 && nl < close)) {
      onBad?.({ start: i, end: i + 2, text: text.slice(i, nl >= 0 ? nl : text.length) });
      i = text.indexOf('$', i + 2);
      continue;
    }
    const body = text.slice(i + 2, close);
    const dot = body.indexOf('.');
    const kind = body.slice(0, dot);
    const name = body.slice(dot + 1);
    if (dot > 0 && (kind === 'env' || kind === 'secret') && NAME.test(name)) {
      onRef({ kind, name, start: i, end: close + 1 });
    } else {
      onBad?.({ start: i, end: close + 1, text: text.slice(i, close + 1) });
    }
    i = text.indexOf('$', close + 1);
  }
}

export function scanReferences(text: string): { refs: RawReference[]; bad: BadReference[] } {
  const refs: RawReference[] = [];
  const bad: BadReference[] = [];
  if (text.includes('${'))
    scan(
      text,
      (r) => refs.push(r),
      (b) => bad.push(b),
    );
  return { refs, bad };
}

const BARE_DOLLAR = /(?<![$\w])\$([A-Za-z_]\w*)/g;

/** Whether `text` holds a `$NAME` without braces from `from` on (most files hold none, or only `${…}`). */
export function hasBareDollar(text: string, from = 0): boolean {
  for (let i = text.indexOf('$', from); i >= 0; i = text.indexOf('$', i + 1)) {
    const next = text.charCodeAt(i + 1);
    const isStart = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95;
    if (isStart && (i === 0 || !/[$\w]/.test(text[i - 1]!))) return true;
  }
  return false;
}

/**
 * `$NAME` written without braces (a shell habit): flinkops substitutes only `${env.NAME}`, so the
 * text reaches Flink as written. Offsets of each, with the name.
 */
export function scanBareDollars(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  if (!hasBareDollar(text)) return out;
  for (const m of text.matchAll(BARE_DOLLAR))
    out.push({ name: m[1]!, start: m.index, end: m.index + m[0].length });
  return out;
}

/** Escapes text taken from outside the repository (the process environment) so it stays literal. */
export function escapeTemplate(text: string): string {
  return text.includes('${') ? text.replaceAll('${', () => '$${') : text;
}

/**
 * Replaces every `${env.NAME}` by `lookup(NAME)` (which must return template text:
 * escaped with `escapeTemplate` when it comes from outside the repository).
 * Secret references and `$${` escapes are kept. Unresolvable names are returned
 * so the caller can report them at their position; they are replaced by ''.
 */
export function substituteEnv(
  text: string,
  lookup: (name: string) => string | undefined,
): { text: string; missing: RawReference[] } {
  const missing: RawReference[] = [];
  if (!text.includes('${env.')) return { text, missing };
  let out = '';
  let last = 0;
  scan(text, (r) => {
    if (r.kind !== 'env') return;
    const v = lookup(r.name);
    if (v === undefined) missing.push(r);
    out += text.slice(last, r.start) + (v ?? '');
    last = r.end;
  });
  return { text: out + text.slice(last), missing };
}

/** Names of the secrets a compiled template needs, sorted. */
export function secretNames(template: string): string[] {
  const names = new Set<string>();
  if (template.includes('${secret.')) {
    scan(template, (r) => {
      if (r.kind === 'secret') names.add(r.name);
    });
  }
  return [...names].sort();
}

export type SecretSource =
  | ((name: string) => string | undefined)
  | Readonly<Record<string, string | undefined>>;

function lookupSecret(source: SecretSource, name: string): string | undefined {
  return typeof source === 'function' ? source(name) : Object.hasOwn(source, name) ? source[name] : undefined;
}

function render(template: string, source: SecretSource, quote: (v: string) => string): Result {
  const diags: Diagnostic[] = [];
  let out = '';
  let i = 0;
  // One pass that resolves secrets and unescapes `$${`, so a resolved value is never re-scanned.
  while (i < template.length) {
    const j = template.indexOf('$', i);
    if (j < 0) break;
    if (template.startsWith('$${', j)) {
      out += template.slice(i, j) + '${';
      i = j + 3;
      continue;
    }
    if (template.startsWith('${secret.', j)) {
      const close = template.indexOf('}', j);
      const name = close > 0 ? template.slice(j + 9, close) : '';
      if (close > 0 && NAME.test(name)) {
        const v = lookupSecret(source, name);
        if (v === undefined) {
          diags.push(
            error(
              'FO113',
              `Secret ${name} is not set`,
              `Set FLINKOPS_SECRET_${name} (or ${name}) in the environment of this run; in GitHub Actions, map the repository secret into the step's env.`,
            ),
          );
          out += template.slice(i, close + 1);
        } else {
          out += template.slice(i, j) + quote(v);
        }
        i = close + 1;
        continue;
      }
    }
    out += template.slice(i, j + 1);
    i = j + 1;
  }
  out += template.slice(i);
  return { value: out, diags };
}

interface Result {
  value: string;
  diags: Diagnostic[];
}

/**
 * Apply time only: the text to submit for a compiled script. Secret values are
 * escaped as SQL string-literal content (placeholders sit inside '...' option
 * values), so a secret holding `'` cannot end the literal.
 */
export function resolveSecrets(script: string, source: SecretSource): Result {
  return render(script, source, (v) => v.replaceAll("'", "''"));
}

/** Apply time only: a non-SQL value (an auth token, a header) with its secrets resolved. */
export function resolveSecretsInValue(value: string, source: SecretSource): Result {
  return render(value, source, (v) => v);
}
