/**
 * Flink CDC's `postgres-cdc` options that plan cleanly but break the job once it runs, taken as
 * each environment gives them: no `decoding.plugin.name` (FO677: the connector's default,
 * `decoderbufs`, is an extension a stock PostgreSQL lacks), and one replication slot read by
 * several sources (FO678: PostgreSQL serves a slot to one reader at a time).
 */
import { type Diagnostic, warning } from '../core/diagnostics';
import type { Project } from './model';
import { lookupOf, type TableUse, tableOptionsIn, tableUses, writtenConnector } from './table-options';

interface SlotRead {
  use: TableUse;
  key: string;
}

export function checkCdcOptions(
  project: Project,
  envs: readonly string[],
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const l = lookupOf(project, envVars);
  const cdc = project.tables.filter((t) =>
    (envs.length > 0 ? envs : [undefined]).some(
      (env) => writtenConnector(t, env, l)?.toLowerCase() === 'postgres-cdc',
    ),
  );
  if (cdc.length === 0) return [];
  const { reads } = tableUses(project);
  const diags: Diagnostic[] = [];
  const said = new Set<string>();
  const once = (key: string, d: () => Diagnostic) => {
    if (said.has(key)) return;
    said.add(key);
    diags.push(d());
  };
  for (const env of envs.length > 0 ? envs : [undefined]) {
    const slots = new Map<string, SlotRead[]>();
    for (const t of cdc) {
      const o = tableOptionsIn(t, env, l);
      if (o?.options.get('connector')?.text.toLowerCase() !== 'postgres-cdc') continue;
      if (!o.options.has('decoding.plugin.name'))
        once(`FO677\0${t.name}`, () =>
          warning(
            'FO677',
            `postgres-cdc table ${t.name} sets no decoding.plugin.name: the connector then decodes with decoderbufs`,
            'decoderbufs is a PostgreSQL extension of its own, which a stock PostgreSQL (and most managed ones) does not have: the plan passes, and the job restarts as it starts with "could not access file "decoderbufs"". Set decoding.plugin.name: pgoutput (built into PostgreSQL 10 and later) in the table\'s options.',
            o.connectorAt(),
          ),
        );
      for (const use of reads.filter((r) => r.table === t)) {
        const opt = (k: string) => use.hints[k] ?? o.options.get(k)?.value ?? o.options.get(k)?.text;
        const slot = opt('slot.name');
        if (!slot) continue;
        const key = [opt('hostname'), opt('port') ?? '5432', opt('database-name'), slot].join('\0');
        slots.set(key, [...(slots.get(key) ?? []), { use, key: slot }]);
      }
    }
    for (const readers of slots.values()) {
      // One read of a table in a job is one source (Flink reuses it); another table or job is another.
      const sources = new Map(readers.map((r) => [`${r.use.job}\0${r.use.table.name}`, r]));
      if (sources.size < 2) continue;
      const list = [...sources.values()];
      const slot = list[0]!.key;
      const names = list.map((r) => `${r.use.table.name} in job ${r.use.job}`).join(', ');
      for (const r of list.slice(1))
        once(`FO678\0${slot}\0${r.use.job}\0${r.use.table.name}`, () =>
          warning(
            'FO678',
            `Replication slot ${slot} is read by ${sources.size} postgres-cdc sources: ${names}`,
            `PostgreSQL serves a replication slot to one reader at a time: the source that comes second fails ("replication slot "${slot}" is active") and restarts until the other stops, and two sources taking turns would each confirm changes the other never read. Give each source its own slot where the job reads the table: FROM ${r.use.table.name} /*+ OPTIONS('slot.name' = '${slot}_${r.use.job}') */.`,
            r.use.at(),
          ),
        );
    }
  }
  return diags;
}
