/**
 * Rules of one YAML table beyond its schema: column references, SQL fragments that
 * must stay one type or expression (so they cannot smuggle in extra DDL), and
 * lookup options that only make sense on dimension tables.
 */
import { type Diagnostic, error, type SourceRange, warning } from '../core/diagnostics';
import { closest, didYouMean } from '../core/names';
import { LineIndex } from '../core/text';
import type { TableSpec, YamlSource } from '../load';
import {
  checkExpressionText,
  ROWTIME_TYPES,
  rowtimeTypeProblem,
  typeNameTypos,
  typeTextProblem,
} from '../sql';
import { connectorTypo, optionTypo } from './connector-options';

/** Connector options generated from `lookup:`; setting them in `with:` as well is ambiguous. */
export function lookupOptionKeys(): string[] {
  return [
    'lookup.cache',
    'lookup.partial-cache.max-rows',
    'lookup.partial-cache.expire-after-write',
    'lookup.partial-cache.expire-after-access',
    'lookup.partial-cache.cache-missing-key',
    'lookup.full-cache.reload-strategy',
    'lookup.full-cache.periodic-reload.interval',
    'lookup.max-retries',
  ];
}

/**
 * Why `text` is not a single SQL type / expression, or undefined when it is. Quotes
 * must close, brackets balance, and no `;`, comment or top-level `,` may appear.
 */
export function fragmentProblem(text: string, mode: 'type' | 'expr'): string | undefined {
  if (mode === 'type' && !/^\s*[A-Za-z]/.test(text)) return 'a type starts with a type name';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '`' || c === '"') {
      let j = i + 1;
      for (;;) {
        j = text.indexOf(c, j);
        if (j < 0) return `unclosed ${c}`;
        if (text[j + 1] === c) j += 2;
        else break;
      }
      i = j;
      continue;
    }
    if ((c === '-' && text[i + 1] === '-') || (c === '/' && text[i + 1] === '*'))
      return 'comments are not allowed';
    if (c === ';') return '`;` is not allowed';
    if (c === '(' || c === '[' || (mode === 'type' && c === '<')) depth++;
    else if (c === ')' || c === ']' || (mode === 'type' && c === '>')) {
      depth--;
      if (depth < 0) return `unbalanced ${c}`;
    } else if (c === ',' && depth === 0) return 'a top-level `,` would start another column';
  }
  if (depth !== 0) return 'unbalanced brackets';
  // A reference is checked once substituted (FO403); the rest must be one type Flink's DDL takes.
  return mode === 'type' && !text.includes('${') ? typeTextProblem(text) : undefined;
}

/**
 * Maps a range in a YAML string value's own text (a diagnostic of checkExpressionText) to the
 * file: where each line of the value stands as written (a plain, quoted or block scalar), else
 * the whole value (a folded or escaped one).
 */
export function rangeInValue(y: YamlSource, path: (string | number)[], value: string) {
  const whole = y.locate(path);
  const from = y.lines.offset(whole.start);
  const src = y.text.slice(from, y.lines.offset(whole.end));
  const valueLines = value.split('\n');
  const at: number[] = [];
  let cursor = 0;
  for (const line of valueLines) {
    const k = src.indexOf(line, cursor);
    if (k < 0) return (_r?: SourceRange) => whole;
    at.push(k);
    cursor = k + line.length;
  }
  const own = new LineIndex(value);
  const map = (pos: SourceRange['start']): number => {
    const line = Math.min(Math.max(pos.line, 1), at.length) - 1;
    return (
      from +
      at[line]! +
      Math.min(own.offset(pos) - own.offset({ line: line + 1, column: 1 }), valueLines[line]!.length)
    );
  };
  return (r?: SourceRange): SourceRange => (r ? y.lines.range(y.file, map(r.start), map(r.end)) : whole);
}

export function checkTableSpec(spec: TableSpec, y: YamlSource, flinkVersion?: string): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const all = new Map<string, (string | number)[]>();
  const physical = new Set<string>();
  const add = (name: string, path: (string | number)[]): void => {
    if (all.has(name)) {
      diags.push(
        error(
          'FO252',
          `Duplicate column "${name}"`,
          'Column names must be unique across columns, metadata and computed; rename or remove one.',
          y.locate([...path, 'name']),
        ),
      );
    } else all.set(name, path);
  };
  const fragment = (text: string, mode: 'type' | 'expr', path: (string | number)[]): boolean => {
    const problem = fragmentProblem(text, mode);
    if (problem) {
      diags.push(
        error(
          'FO250',
          `Invalid ${mode === 'type' ? 'data type' : 'expression'} "${text.length > 60 ? `${text.slice(0, 60)}…` : text}": ${problem}`,
          mode === 'type'
            ? 'Give one Flink data type, e.g. BIGINT, DECIMAL(10, 2), TIMESTAMP(3), ROW<a INT, b STRING>.'
            : 'Give one SQL expression, e.g. PROCTIME() or amount * 100; use a separate entry for another column.',
          y.locate(path),
        ),
      );
    }
    return problem !== undefined;
  };
  const type = (text: string, path: (string | number)[]): void => {
    fragment(text, 'type', path);
    diags.push(...typeNameTypos(text, () => y.locate(path)));
  };
  spec.columns.forEach((c, i) => {
    add(c.name, ['columns', i]);
    physical.add(c.name);
    type(c.type, ['columns', i, 'type']);
  });
  spec.metadata?.forEach((c, i) => {
    add(c.name, ['metadata', i]);
    type(c.type, ['metadata', i, 'type']);
  });
  /** An expression that is one expression gets the checks of a CREATE TABLE's (FO3xx), at the YAML value. */
  const sqlChecks: [string, 'the computed column' | 'the watermark expression', (string | number)[]][] = [];
  spec.computed?.forEach((c, i) => {
    add(c.name, ['computed', i]);
    if (!fragment(c.expr, 'expr', ['computed', i, 'expr']))
      sqlChecks.push([c.expr, 'the computed column', ['computed', i, 'expr']]);
  });
  const known = [...all.keys()];
  const mustExist = (
    name: string,
    path: (string | number)[],
    among: Set<string> | Map<string, unknown>,
  ): void => {
    if (among.has(name)) return;
    const hint = didYouMean(name, among.keys());
    diags.push(
      error(
        'FO251',
        `Unknown column "${name}"`,
        (hint ? `Did you mean "${hint}"? ` : '') + `Columns of this table: ${known.join(', ')}.`,
        y.locate(path),
      ),
    );
  };
  if (spec.watermark) {
    const w = spec.watermark;
    mustExist(w.column, ['watermark', 'column'], all);
    const typed = [...spec.columns, ...(spec.metadata ?? [])].find((c) => c.name === w.column);
    const problem =
      typed && !fragmentProblem(typed.type, 'type') ? rowtimeTypeProblem(typed.type) : undefined;
    if (problem) {
      diags.push(
        error(
          'FO267',
          `The rowtime column "${w.column}" is ${problem}`,
          `${ROWTIME_TYPES}, e.g. \`TO_TIMESTAMP_LTZ(epoch_ms, 3)\`.`,
          y.locate(['watermark', 'column']),
        ),
      );
    }
    if ((w.delay === undefined) === (w.expr === undefined)) {
      diags.push(
        error(
          'FO259',
          'watermark needs exactly one of delay or expr',
          'Write `delay: 5 SECOND` for bounded out-of-orderness, or `expr:` with a full watermark expression.',
          y.locate(['watermark'], 'key'),
        ),
      );
    }
    if (w.expr !== undefined && !fragment(w.expr, 'expr', ['watermark', 'expr']))
      sqlChecks.push([w.expr, 'the watermark expression', ['watermark', 'expr']]);
  }
  for (const [text, where, path] of sqlChecks) {
    // A `${env.X}` reference is checked once substituted (FO403), not as it stands.
    if (text.includes('${')) continue;
    const found = checkExpressionText(text, where, flinkVersion);
    const unknown = found.columns.filter((r) => !all.has(r.name));
    if (found.diags.length === 0 && unknown.length === 0) continue;
    const at = rangeInValue(y, path, text);
    for (const d of found.diags) diags.push({ ...d, range: at(d.range) });
    const own = new LineIndex(text);
    for (const r of unknown.slice(0, 1)) {
      const hint = didYouMean(r.name, all.keys());
      diags.push(
        error(
          'FO251',
          `Unknown column "${r.name}" in ${where === 'the computed column' ? 'the expression' : where}`,
          (hint ? `Did you mean "${hint}"? ` : '') + `Columns of this table: ${known.join(', ')}.`,
          at(own.range(y.file, r.start, r.end)),
        ),
      );
    }
  }
  spec.primaryKey?.forEach((c, i) => {
    mustExist(c, ['primaryKey', i], physical);
  });
  spec.partitionedBy?.forEach((c, i) => {
    // Flink: "Invalid partition key 'dt'. A partition key must reference a physical column".
    if (all.has(c) && !physical.has(c)) {
      diags.push(
        error(
          'FO251',
          `Partition column "${c}" is not a physical column`,
          `Flink refuses a partition key on a computed or metadata column ("A partition key must reference a physical column in the schema"). Partition by one of ${spec.columns.map((p) => p.name).join(', ')}, e.g. a \`${c}\` column the jobs fill.`,
          y.locate(['partitionedBy', i]),
        ),
      );
    } else mustExist(c, ['partitionedBy', i], all);
  });
  if (spec.lookup && spec.kind !== 'dimension') {
    diags.push(
      error(
        'FO253',
        `lookup: is only for dimension tables (this one is kind: ${spec.kind})`,
        'Set `kind: dimension` if jobs look rows up in this table with FOR SYSTEM_TIME AS OF, or remove `lookup:`.',
        y.locate(['lookup'], 'key'),
      ),
    );
  }
  if (spec.lookup?.cache === 'FULL' && spec.connector === 'jdbc') {
    // Flink's JDBC connector builds a cache only for PARTIAL and lists no lookup.full-cache.* option.
    const reload = spec.lookup.reloadInterval !== undefined;
    diags.push(
      (reload ? error : warning)(
        'FO278',
        reload
          ? 'The jdbc connector has no full lookup cache: Flink refuses the lookup.full-cache.* options reloadInterval adds ("Unsupported options found for \'jdbc\'")'
          : 'The jdbc connector has no full lookup cache: with lookup.cache FULL it caches nothing and queries the database for every row',
        'Write `cache: PARTIAL` with `maxRows` and `ttl` (rows kept and for how long), or `cache: NONE`.',
        y.locate(['lookup', 'cache']),
      ),
    );
  }
  const generated = spec.lookup ? new Set(lookupOptionKeys()) : new Set<string>();
  for (const k of Object.keys(spec.with ?? {})) {
    if (k === 'connector' || generated.has(k)) {
      diags.push(
        error(
          'FO254',
          `Option "${k}" is set twice`,
          k === 'connector'
            ? 'The connector is given by the top-level `connector:` key; remove it from `with:`.'
            : 'This option is generated from `lookup:`; set it there and remove it from `with:`.',
          y.locate(['with', k], 'key'),
        ),
      );
    }
  }
  diags.push(
    ...connectorTypos(
      spec.connector,
      Object.keys(spec.with ?? {}),
      (k) => y.locate(['with', k], 'key'),
      y.locate(['connector']),
      physicalColumns(spec),
    ),
  );
  return diags;
}

/** Names of a YAML table's physical columns (what `datagen`'s `fields.<column>.*` options may name). */
export function physicalColumns(spec: { columns?: readonly { name?: unknown }[] } | undefined): string[] {
  return (spec?.columns ?? []).map((c) => c?.name).filter((n): n is string => typeof n === 'string');
}

/**
 * FO270: a connector option one or two letters from a well-known one of `connector` (each located
 * by `keyAt`), and with `connectorAt`, the connector's own name. With the table's physical
 * `columns`, also a `datagen` option `fields.<name>.*` naming no column of the table.
 */
export function connectorTypos(
  connector: string | undefined,
  keys: readonly string[],
  keyAt: (key: string) => SourceRange,
  connectorAt?: SourceRange,
  columns?: readonly string[],
): Diagnostic[] {
  if (connector === undefined) return [];
  const diags: Diagnostic[] = [];
  const near = connectorAt ? connectorTypo(connector) : undefined;
  if (near)
    diags.push(
      warning(
        'FO270',
        `Unknown connector "${connector}": did you mean "${near}"?`,
        `Flink finds no connector named ${connector} and refuses the table when a job using it is planned. Write ${near}.`,
        connectorAt,
      ),
    );
  for (const k of keys) {
    const field = columns && connector.toLowerCase() === 'datagen' ? /^fields\.(.+)\.([^.]+)$/.exec(k) : null;
    if (field && columns!.length > 0 && !columns!.includes(field[1]!)) {
      const near = closest(field[1]!, columns!, Math.max(1, Math.floor(field[1]!.length / 3)));
      diags.push(
        warning(
          'FO270',
          `Option "${k}" of connector datagen names no column of the table${near ? `: did you mean "fields.${near}.${field[2]}"?` : ''}`,
          `Flink's datagen takes fields.<column>.* options only for the table's physical columns (${columns!.join(', ')}) and refuses the table when a job using it is planned ("Unsupported options found"). ${near ? `Write fields.${near}.${field[2]}.` : 'Name one of those columns, or remove the option.'}`,
          keyAt(k),
        ),
      );
      continue;
    }
    const option = optionTypo(connector, k);
    if (option)
      diags.push(
        warning(
          'FO270',
          `Unknown option "${k}" of connector ${connector}: did you mean "${option}"?`,
          (k.startsWith('properties.')
            ? `Flink hands properties.* keys to the Kafka client unchecked: this one is no client setting, and ${option} stays unset.`
            : `Flink refuses options a connector does not have ("Unsupported options found") when a job using the table is planned.`) +
            ` Write ${option}.`,
          keyAt(k),
        ),
      );
  }
  return diags;
}
