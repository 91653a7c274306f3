/**
 * A postgres-cdc source table's YAML as the Flink CDC tests write it: host db.internal, database
 * shop, table public.orders, slot orders_slot, the password a secret. `columns` are the YAML list
 * items of the columns, `more` further `with:` options (e.g. `decoding.plugin.name: pgoutput`).
 */
export function postgresCdcTableYaml(columns: string[], primaryKey: string, more: string[] = []): string {
  return [
    'kind: source',
    'connector: postgres-cdc',
    'columns:',
    ...columns.map((c) => `  - ${c}`),
    `primaryKey: [${primaryKey}]`,
    'with:',
    '  hostname: db.internal',
    '  username: cdc',
    '  password: ${secret.DB_PW}',
    '  database-name: shop',
    '  schema-name: public',
    '  table-name: orders',
    '  slot.name: orders_slot',
    ...more.map((l) => `  ${l}`),
    '',
  ].join('\n');
}
