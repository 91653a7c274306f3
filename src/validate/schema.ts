/**
 * JSON Schema validation of the repository's YAML files, with ajv errors turned into
 * diagnostics located at the user's key or value. The validators are ajv's standalone code,
 * generated from the schemas at build time (scripts/schema-validators.mjs): no process pays
 * for compiling schemas at start.
 */

import { repositoryValidators } from 'virtual:flinkops-schema-validators';
import type { ErrorObject } from 'ajv';
import jobSchema from '../../schemas/job.schema.json';
import projectSchema from '../../schemas/project.schema.json';
import tableSchema from '../../schemas/table.schema.json';
import testSchema from '../../schemas/test.schema.json';
import udfSchema from '../../schemas/udf.schema.json';
import { type Diagnostic, error, type SourceRange } from '../core/diagnostics';
import { endpointUrlProblem } from '../core/endpoint';
import { didYouMean, suggestIdentifier } from '../core/names';
import { valueAt, type YamlSource } from '../load';

export type SchemaName = 'project' | 'table' | 'udf' | 'job' | 'test';

export const SCHEMAS: Record<SchemaName, Record<string, unknown>> = {
  project: projectSchema,
  table: tableSchema,
  udf: udfSchema,
  job: jobSchema,
  test: testSchema,
};

const FILE_LABEL: Record<SchemaName, string> = {
  project: 'flinkops.yaml',
  table: 'table',
  udf: 'UDF file',
  job: 'job settings',
  test: 'test file',
};

function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  if (!pointer) return [];
  const out: (string | number)[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(cur)) {
      const n = Number(seg);
      out.push(n);
      cur = cur[n];
    } else {
      out.push(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** A number as YAML writes it: `.nan`, `.inf` and `-.inf` (1e999 reads as infinity) are no JavaScript words. */
function yamlNumber(v: number): string {
  if (Number.isNaN(v)) return '.nan (not a number)';
  if (v === Number.POSITIVE_INFINITY) return '.inf (infinity)';
  if (v === Number.NEGATIVE_INFINITY) return '-.inf (minus infinity)';
  return String(v);
}

/** YAML words for JSON types, as users see their file. */
function yamlType(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return `the number ${yamlNumber(v)}`;
  // JSON quoting keeps the summary on one line whatever the string holds (newlines, quotes).
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

function typeWords(t: string | string[]): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
  };
  const list = (Array.isArray(t) ? t : [t]).map((x) => words[x] ?? x);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list[0]!;
}

/** The types of an `anyOf` whose every branch is only a `type`; undefined for any other `anyOf`. */
function typeChoice(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches)) return undefined;
  const types = branches.map((b) =>
    b && typeof b === 'object' && Object.keys(b).length === 1 ? (b as { type?: unknown }).type : undefined,
  );
  return types.every((t): t is string => typeof t === 'string') ? types : undefined;
}

const IDENTIFIER_PATTERN = '^[a-z][a-z0-9_]*$';

function where(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the top level';
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

function describe(schema: unknown): string {
  const d = (schema as { description?: string } | undefined)?.description;
  return d ? ` ${d}` : '';
}

/**
 * A text value YAML read as another type because it is unquoted (a checksum of digits, `yes`,
 * `1e5`): how to write it as text. Undefined when the value is not a plain scalar.
 */
function unquotedScalar(
  y: YamlSource,
  range: SourceRange,
  data: unknown,
  key: string | number | undefined,
): string | undefined {
  if (typeof data !== 'number' && typeof data !== 'boolean' && data !== null) return undefined;
  const written = writtenText(y, range);
  if (written === undefined || written === '') return undefined;
  const as =
    data === null
      ? 'null'
      : typeof data === 'boolean'
        ? `the boolean ${data}`
        : `the number ${yamlNumber(data)}`;
  return `YAML reads the unquoted ${written} as ${as}: quote it to keep it as text, ${typeof key === 'string' ? `${key}: ` : ''}"${written}".`;
}

function toDiagnostic(
  e: ErrorObject,
  y: YamlSource,
  label: string,
  required: ReadonlySet<string> = new Set(),
): Diagnostic | undefined {
  const path = pointerToPath(e.instancePath, y.data);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      const hint = didYouMean(key, known);
      const cut = cutAtComma(e.data, key);
      return error(
        'FO200',
        `Unknown key "${key}" in ${label}${path.length ? ` at ${where(path)}` : ''}`,
        (cut
          ? `In { ... } a comma ends the value: ${cut.field}: ${cut.value} was cut at its comma, and "${key}" read as a key. Quote the value: ${cut.field}: "${cut.value}, ${key}". `
          : '') +
          (hint
            ? `Did you mean "${hint}"?${required.has(`${e.instancePath}|${hint}`) ? ` It is required here and missing.` : ''} `
            : '') +
          `Known keys: ${known.join(', ')}.`,
        y.locate([...path, key], 'key'),
      );
    }
    case 'type': {
      // A branch of an `anyOf`: the `anyOf` error itself is reported, once.
      if (/\/anyOf\/\d+\/type$/.test(e.schemaPath)) return undefined;
      const range = y.locate(path);
      const quote = p.type === 'string' ? unquotedScalar(y, range, e.data, path.at(-1)) : undefined;
      const ref = typeof e.data === 'string' ? /\$\{(env|secret)\.[A-Za-z0-9_]+\}/.exec(e.data) : null;
      if (ref && !(p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string')))) {
        // Setting the variable would not help: a reference is text, wherever it stands.
        const perEnv =
          path[0] === 'environments'
            ? ''
            : ' To vary it per environment, set it under environments.<env> in flinkops.yaml.';
        return error(
          'FO201',
          `${where(path)} must be ${typeWords(p.type as string | string[])}, and cannot come from ${ref[0]}`,
          `A \${...} reference is replaced by text, and only text values take one. Write the value itself.${perEnv}${describe(e.parentSchema)}`,
          range,
        );
      }
      return error(
        'FO201',
        `${where(path)} must be ${typeWords(p.type as string | string[])}, got ${yamlType(e.data)}`,
        (quote ?? `Change the value to ${typeWords(p.type as string | string[])}.`) +
          describe(e.parentSchema),
        range,
      );
    }
    case 'anyOf': {
      // `anyOf: [{type: string}, {type: number}, …]`: a value of one of several types.
      const types = typeChoice(e.schema);
      if (!types) return invalid(e, y, path);
      return error(
        'FO201',
        `${where(path)} must be ${typeWords(types)}, got ${yamlType(e.data)}`,
        `Change the value to ${typeWords(types)}.${describe(e.parentSchema)}`,
        y.locate(path),
      );
    }
    case 'required': {
      const key = String(p.missingProperty);
      const prop = (e.parentSchema?.properties as Record<string, unknown> | undefined)?.[key];
      return error(
        'FO202',
        `Missing required key "${key}"${path.length ? ` in ${where(path)}` : ` in ${label}`}`,
        `Add "${key}:".${describe(prop)}`,
        y.locate(path, 'key'),
      );
    }
    case 'dependentRequired':
      return error(
        'FO202',
        `"${String(p.property)}" needs "${String(p.missingProperty)}" in ${where(path)}`,
        `Add "${String(p.missingProperty)}:" next to "${String(p.property)}:".`,
        y.locate([...path, String(p.property)], 'key'),
      );
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      const range = y.locate(path);
      // `1.20` unquoted is the number 1.2: the user wrote an allowed value, YAML read another.
      const written = typeof e.data === 'number' ? writtenText(y, range) : undefined;
      if (written !== undefined && allowed.includes(written)) {
        const key = path.at(-1);
        return error(
          'FO203',
          `${where(path)} ${written} is read as the number ${String(e.data)}: quote it`,
          `YAML reads an unquoted ${written} as a number${String(e.data) !== written ? ', dropping the trailing zero' : ''}; versions are text. Write ${typeof key === 'string' ? `${key}: ` : ''}"${written}".`,
          range,
        );
      }
      return error(
        'FO203',
        `${where(path)} must be one of ${allowed.join(', ')}, got ${yamlType(e.data)}`,
        (hint ? `Did you mean "${hint}"? ` : '') +
          `Use one of: ${allowed.join(', ')}.${describe(e.parentSchema)}`,
        range,
      );
    }
    case 'propertyNames':
      return undefined; // reported by the inner error, which names the key
    default: {
      if (e.propertyName !== undefined) {
        const pattern = String(p.pattern ?? 'the schema');
        let fix = '';
        if (pattern === IDENTIFIER_PATTERN) {
          // A name: say which one to write, and that it is taken when a sibling has it already.
          const name = suggestIdentifier(e.propertyName);
          const siblings = valueAt(y.data, path);
          const taken = siblings !== null && typeof siblings === 'object' && Object.hasOwn(siblings, name);
          fix = taken
            ? ` Rename it to ${name}, which ${where(path)} has already: merge the two into ${name} (names are lower case, so ${e.propertyName} and ${name} would be one).`
            : ` Rename it to ${name}.`;
        }
        return error(
          'FO203',
          `Invalid key "${e.propertyName}" in ${where(path)}`,
          pattern === IDENTIFIER_PATTERN
            ? `Keys here must match ${pattern} (lower case letters, digits and underscores, starting with a letter).${fix}`
            : `Keys here must match ${pattern}.`,
          y.locate([...path, e.propertyName], 'key'),
        );
      }
      return invalid(e, y, path);
    }
  }
}

/** Any other broken rule, at the value: in plain words where the rule is a common one, else in ajv's. */
function invalid(e: ErrorObject, y: YamlSource, path: (string | number)[]): Diagnostic {
  const key = path.at(-1);
  if (typeof e.data === 'string' && (key === 'jobmanagerUrl' || key === 'sqlGatewayUrl')) {
    // Said as the HTTP client would, and never with the value: a URL may hold a password.
    return error(
      'FO203',
      `${where(path)} is not a usable URL: ${endpointUrlProblem(e.data) ?? 'it is not an http(s) URL'}`,
      'Write the REST endpoint as http(s)://host:port, e.g. http://flink-jobmanager:8081 or http://flink-sql-gateway:8083; credentials go under auth: (username and password, or a token).',
      y.locate(path),
    );
  }
  const about = describe(e.parentSchema);
  // An empty text is said once ("must not be empty"), not again as 'got the string ""'.
  const empty = e.data === '';
  const shown = (typeof e.data === 'string' && !empty) || typeof e.data === 'number';
  return error(
    'FO203',
    `${where(path)} ${plainRule(e, about !== '')}${shown ? `, got ${yamlType(e.data)}` : ''}`,
    e.keyword === 'pattern' && !about
      ? `Write a value matching ${String((e.params as { pattern?: unknown }).pattern)}.`
      : `${empty ? 'Write the value, or remove the key where it is optional.' : 'Fix the value.'}${about}`,
    y.locate(path),
  );
}

/** What a broken rule asks for, said as a person would ("must not be empty", not "must NOT have fewer than 1 characters"). */
function plainRule(e: ErrorObject, described: boolean): string {
  const limit = Number((e.params as { limit?: unknown }).limit);
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  switch (e.keyword) {
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${plural(limit, 'character')} long`;
    case 'maxLength':
      return `must be at most ${plural(limit, 'character')} long`;
    case 'minItems':
      return limit === 1 ? 'must list at least one item' : `must list at least ${limit} items`;
    case 'maxItems':
      return `must list at most ${plural(limit, 'item')}`;
    case 'minProperties':
      return limit === 1 ? 'must not be empty' : `must have at least ${limit} keys`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword];
      return `must be ${op} ${limit}`;
    }
    case 'uniqueItems': {
      const { i, j } = e.params as { i?: number; j?: number };
      return `lists the same item twice (items ${j} and ${i}, counting from 0)`;
    }
    case 'pattern':
      // The schema's description (in the detail) says what the value should look like.
      return described ? 'is not in the form this setting takes' : 'is not in the expected form';
    default:
      return e.message ?? 'is invalid';
  }
}

/** The text of a value as written in the file (a scalar on one line). */
function writtenText(y: YamlSource, range: SourceRange): string | undefined {
  if (range.start.line !== range.end.line) return undefined;
  return y.text.slice(y.lines.offset(range.start), y.lines.offset(range.end)).trim();
}

/**
 * The value a comma cut in a flow mapping, `{ name: fare, type: DECIMAL(10, 2) }`: YAML reads
 * `type: DECIMAL(10` and a key `2)`. Found as the sibling with a parenthesis the key closes.
 */
function cutAtComma(data: unknown, key: string): { field: string; value: string } | undefined {
  if (typeof data !== 'object' || data === null || !key.includes(')')) return undefined;
  const depth = (t: string) => (t.match(/\(/g)?.length ?? 0) - (t.match(/\)/g)?.length ?? 0);
  if (depth(key) >= 0) return undefined;
  for (const [field, value] of Object.entries(data))
    if (typeof value === 'string' && depth(value) > 0) return { field, value };
  return undefined;
}

/** Validates one YAML file against its schema; returns the diagnostics (empty when valid). */
export function checkSchema(name: SchemaName, y: YamlSource): Diagnostic[] {
  const validate = repositoryValidators()[name];
  if (validate(y.data)) return [];
  const diags: Diagnostic[] = [];
  const seen = new Set<string>();
  // A misspelt required key (`conector:`) is one mistake: its FO200 names the key, so the
  // missing key's FO202 at the same mapping is left out and the FO200 says the key is required.
  const misspelt = new Set<string>();
  for (const e of validate.errors ?? []) {
    if (e.keyword !== 'additionalProperties') continue;
    const known = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
    const hint = didYouMean(String((e.params as { additionalProperty?: unknown }).additionalProperty), known);
    if (hint !== undefined) misspelt.add(`${e.instancePath}|${hint}`);
  }
  const required = new Set<string>();
  for (const e of validate.errors ?? []) {
    if (e.keyword !== 'required') continue;
    const k = `${e.instancePath}|${String((e.params as { missingProperty?: unknown }).missingProperty)}`;
    if (misspelt.has(k)) required.add(k);
  }
  for (const e of validate.errors ?? []) {
    const p = e.params as { missingProperty?: unknown };
    if (e.keyword === 'required' && required.has(`${e.instancePath}|${String(p.missingProperty)}`)) continue;
    const d = toDiagnostic(e, y, FILE_LABEL[name], required);
    if (!d) continue;
    const k = `${d.code}|${d.summary}|${d.range?.start.line}:${d.range?.start.column}`;
    if (seen.has(k)) continue;
    seen.add(k);
    diags.push(d);
  }
  return diags;
}

/** Whether `d` is schema's FO201 of a `${env.X}` where only a number or boolean may stand. */
export function refusesEnvReference(d: Diagnostic): boolean {
  return d.code === 'FO201' && d.summary.includes(', and cannot come from ${env.');
}
