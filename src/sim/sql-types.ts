/** A column's SQL type as the gateway serializes it in result columns (`LogicalTypeJsonSerializer`). */

const MAX_LENGTH = 2147483647;

const SIMPLE: Record<string, string> = {
  BOOLEAN: 'BOOLEAN',
  TINYINT: 'TINYINT',
  SMALLINT: 'SMALLINT',
  INT: 'INTEGER',
  INTEGER: 'INTEGER',
  BIGINT: 'BIGINT',
  FLOAT: 'FLOAT',
  DOUBLE: 'DOUBLE',
  DATE: 'DATE',
};

/** `type` is the DDL spelling (`BIGINT`, `STRING`, `VARCHAR(10)`, `TIMESTAMP_LTZ(3)`…); unknown types read as STRING. */
export function logicalType(type: string | undefined, nullable = true): Record<string, unknown> {
  const t = (type ?? 'STRING').trim().toUpperCase();
  const notNull = /\bNOT\s+NULL\b/.test(t);
  const base = t.replace(/\bNOT\s+NULL\b/, '').trim();
  const m = /^([A-Z_ ]+?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?$/.exec(base);
  const name = m?.[1]?.trim() ?? 'STRING';
  const p = m?.[2] === undefined ? undefined : Number(m[2]);
  const s = m?.[3] === undefined ? undefined : Number(m[3]);
  const n = nullable && !notNull;
  if (SIMPLE[name]) return { type: SIMPLE[name], nullable: n };
  switch (name) {
    case 'CHAR':
      return { type: 'CHAR', nullable: n, length: p ?? 1 };
    case 'VARCHAR':
      return { type: 'VARCHAR', nullable: n, length: p ?? 1 };
    case 'DECIMAL':
    case 'NUMERIC':
      return { type: 'DECIMAL', nullable: n, precision: p ?? 10, scale: s ?? 0 };
    case 'TIMESTAMP':
    case 'TIMESTAMP WITHOUT TIME ZONE':
      return { type: 'TIMESTAMP_WITHOUT_TIME_ZONE', nullable: n, precision: p ?? 6 };
    case 'TIMESTAMP_LTZ':
    case 'TIMESTAMP WITH LOCAL TIME ZONE':
      return { type: 'TIMESTAMP_WITH_LOCAL_TIME_ZONE', nullable: n, precision: p ?? 6 };
    default:
      return { type: 'VARCHAR', nullable: n, length: MAX_LENGTH };
  }
}
