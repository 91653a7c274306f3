/**
 * FO248: a credential option (`password`, `secret`, `token`, … as Flink names them) written as a
 * literal value — in a table's `with:`, an environment's table override, a `config:`, or a SQL
 * `'key' = '...'` option (CREATE TABLE / CREATE CATALOG ... WITH, SET). The value is the script's
 * own text, so plans print it, the state store records it and the repository holds it; only a
 * `${secret.NAME}` stays a placeholder everywhere.
 */
import { type Diagnostic, type SourceRange, warning } from '../core/diagnostics';
import { CREDENTIAL_WORDS, isSensitiveKey } from '../core/sensitive-keys';
import type { TextFile, YamlSource } from '../load';
import { lex } from '../sql';
import type { Project } from './model';

/**
 * What a file must hold before it is looked at closely: such a key with a value that does not
 * start with `${` (`password: hunter2`, `'password' = 'hunter2'`). Most repositories write every
 * credential as `${secret.NAME}`, and then no file is walked or lexed again.
 */
const YAML_HINT = new RegExp(`(?:${CREDENTIAL_WORDS})[^:\\n]*:\\s*(?!["']?\\$\\{)\\S`, 'i');
const SQL_HINT = new RegExp(`'[^'\\n]*(?:${CREDENTIAL_WORDS})[^'\\n]*'\\s*=\\s*'(?!\\$\\{)`, 'i');

function literalWarning(key: string, range: SourceRange): Diagnostic {
  return warning(
    'FO248',
    `"${key}" is a credential written as a literal value`,
    `The value is written into the compiled script, so plans print it (the SQL diff of plan --verbose, the pull request comment), the state store records it and the repository holds it. Put it in a secret and write '\${secret.NAME}' here: it stays a placeholder in scripts, plans and the state store, is resolved only when the job is submitted (from FLINKOPS_SECRET_NAME, else NAME) and is masked in every output.`,
    range,
  );
}

/** A value that is a credential of its own: not empty, and no reference (FO272 speaks of `${env.X}`). */
function isLiteral(value: string): boolean {
  return value.trim() !== '' && !value.includes('${');
}

/** Option maps of a YAML file: `with:` (tables and their overrides) and `config:` (job settings). */
function yamlLiterals(y: YamlSource, diags: Diagnostic[]): void {
  if (!YAML_HINT.test(y.text)) return;
  for (const s of y.stringsContaining('')) {
    const key = s.path.at(-1);
    const parent = s.path.at(-2);
    if (typeof key !== 'string' || (parent !== 'with' && parent !== 'config')) continue;
    // The cluster's own credentials (environments.<env>.auth) never reach a script.
    if (s.path.includes('auth') || !isSensitiveKey(key) || !isLiteral(s.value)) continue;
    diags.push(literalWarning(key, y.lines.range(y.file, s.start, s.end)));
  }
}

/** `'key' = 'value'` pairs of a SQL file whose key is a credential and whose value is literal. */
function sqlLiterals(file: TextFile, diags: Diagnostic[]): void {
  if (!SQL_HINT.test(file.text)) return;
  const tokens = lex(file.text, file.file, file.lines).tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [k, eq, v] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (k.kind !== 'string' || eq.kind !== 'op' || eq.value !== '=' || v.kind !== 'string') continue;
    if (!isSensitiveKey(k.value) || !isLiteral(v.value)) continue;
    diags.push(literalWarning(k.value, file.lines.range(file.file, v.start, v.end)));
  }
}

export function checkLiteralCredentials(project: Project): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const loaded = project.loaded;
  for (const y of [loaded.config, ...loaded.tables.map((t) => t.yaml), ...loaded.jobs.map((j) => j.yaml)])
    if (y) yamlLiterals(y, diags);
  for (const t of [...loaded.tables.map((x) => x.sql), ...loaded.jobs.map((j) => j.sql)])
    if (t) sqlLiterals(t, diags);
  return diags;
}
