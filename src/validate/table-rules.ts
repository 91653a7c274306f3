/**
 * Rules of one YAML table beyond its schema: column references, SQL fragments that
 * must stay one type or expression (so they cannot smuggle in extra DDL), and
 * lookup options that only make sense on dimension tables.
 */
import { type Diagnostic, error, type SourceRange, warning } from '../core/diagnostics';
import { didYouMean } from '../core/names';
import type { TableSpec, YamlSource } from '../load';
import { ROWTIME_TYPES, rowtimeTypeProblem, typeNameTypos, typeTextProblem } from '../sql';
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

export function checkTableSpec(spec: TableSpec, y: YamlSource): Diagnostic[] {
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
  const fragment = (text: string, mode: 'type' | 'expr', path: (string | number)[]): void => {
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
  spec.computed?.forEach((c, i) => {
    add(c.name, ['computed', i]);
    fragment(c.expr, 'expr', ['computed', i, 'expr']);
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
    if (w.expr !== undefined) fragment(w.expr, 'expr', ['watermark', 'expr']);
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
    ),
  );
  return diags;
}

/**
 * FO270: a connector option one or two letters from a well-known one of `connector` (each located
 * by `keyAt`), and with `connectorAt`, the connector's own name.
 */
export function connectorTypos(
  connector: string | undefined,
  keys: readonly string[],
  keyAt: (key: string) => SourceRange,
  connectorAt?: SourceRange,
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
