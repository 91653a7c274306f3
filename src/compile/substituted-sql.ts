/** SQL whose `${env.X}` values were substituted must still parse (FO402). */
import { type Diagnostic, error, positionIn, type SourceRange } from '../core/diagnostics';
import { LineIndex } from '../core/text';
import { type RawReference, scanReferences } from '../load';
import { analyzeScript, lex, type Statement } from '../sql';
import type { EnvLookup } from './resolve';

/**
 * Whether substituting `text` changes nothing but the content of plain '...' literals: every
 * `${env.X}` sits inside one and no value holds a quote. The tokens then stay as they were, and
 * no rule of the SQL front end reads a literal's content, so the substituted statement parses as
 * the original did (validate analysed it) and is not analysed a second time. Most references
 * are of this kind (a connector option, a path), and analysing every table again would cost a
 * large repository as much as validating it.
 */
export function onlyLiteralsChange(text: string, lookup: EnvLookup, dollarsInLiterals = false): boolean {
  const refs = scanReferences(text).refs.filter((r) => r.kind === 'env');
  for (const r of refs) if (lookup(r.name)?.includes("'") !== false) return false;
  // Validate saw every `$` inside a literal's content (a well-formed reference has no quote, so it
  // closes there too): the tokens are known.
  if (dollarsInLiterals) return true;
  const { tokens, diags } = lex(text, '', new LineIndex(text));
  if (diags.length > 0) return false;
  let k = 0;
  for (const r of refs) {
    while (k < tokens.length && tokens[k]!.end <= r.start) k++;
    const t = tokens[k];
    const inside = t !== undefined && t.start < r.start && r.end < t.end;
    if (!inside || t.kind !== 'string' || text.charCodeAt(t.start) !== 39 /* ' */) return false;
  }
  return true;
}

/** Adds FO402 when `text` (`original` with the `${env.X}` values of `env` substituted) no longer parses. */
export function checkSubstituted(
  original: Pick<Statement, 'text' | 'dollarsInLiterals'>,
  text: string,
  lookup: EnvLookup,
  where: { sqlFile: string; env: string; flinkVersion?: string; range: SourceRange | undefined },
  diags: Diagnostic[],
): void {
  if (onlyLiteralsChange(original.text, lookup, original.dollarsInLiterals)) return;
  const opts = where.flinkVersion ? { flinkVersion: where.flinkVersion } : {};
  const bad = analyzeScript(text, where.sqlFile, opts).diags.find((d) => d.severity === 'error');
  if (!bad) return;
  const ref = bad.range && culprit(original.text, lookup, new LineIndex(text).offset(bad.range.start));
  const range = ref && where.range ? within(where.range, original.text, ref.start, ref.end) : where.range;
  diags.push(
    error(
      'FO402',
      `With the \${env.X} values of environment ${where.env}, this statement does not parse: ${bad.summary}`,
      `${ref ? `The value of \${env.${ref.name}}` : 'A value'} is not valid where it is used in ${where.sqlFile}; check the environment's values (or the variables: defaults), or quote the reference inside a '...' literal.`,
      range,
    ),
  );
}

/**
 * The `${env.X}` of `original` whose value, once substituted, lies nearest to `at`, the offset in
 * the substituted statement where it fails to parse.
 */
function culprit(original: string, lookup: EnvLookup, at: number): RawReference | undefined {
  let shift = 0;
  let best: { ref: RawReference; distance: number } | undefined;
  for (const ref of scanReferences(original).refs) {
    if (ref.kind !== 'env') continue;
    const value = lookup(ref.name) ?? original.slice(ref.start, ref.end);
    const start = ref.start + shift;
    const end = start + value.length;
    const distance = at < start ? start - at : at > end ? at - end : 0;
    if (!best || distance < best.distance) best = { ref, distance };
    shift += value.length - (ref.end - ref.start);
  }
  return best?.ref;
}

/** The range of `statement` offsets `start`..`end`, in the file where `statement` spans `range`. */
function within(range: SourceRange, statement: string, start: number, end: number): SourceRange {
  const lines = new LineIndex(statement);
  const pos = (o: number) => positionIn(range.start, lines.pos(o));
  return { file: range.file, start: pos(start), end: pos(end) };
}
