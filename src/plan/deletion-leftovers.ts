/**
 * What a deletion leaves behind: the state of a job deleted beside its look-alike's creation
 * (FO628), PostgreSQL replication slots (FO679).
 */

import { type Diagnostic, warning } from '../core/diagnostics';
import type { StateDoc } from '../state/model';
import { PLAN_CODES } from './codes';
import { postgresCdcSlots } from './compat';
import type { Relations } from './lineage';
import type { JobChange } from './model';

/**
 * FO628: a job created while a job writing the same table is deleted, the shape of a rename. The
 * new name starts without the old one's state: said before it is lost, with how to carry it over.
 */
export function renames(
  changes: readonly JobChange[],
  relations: ReadonlyMap<string, Relations>,
): Diagnostic[] {
  const deleted = changes.filter((c) => c.action === 'delete');
  if (deleted.length === 0) return [];
  const out: Diagnostic[] = [];
  for (const c of changes) {
    if (c.action !== 'create') continue;
    const writes = new Set(relations.get(c.job)?.writes ?? []);
    for (const d of deleted) {
      const shared = (relations.get(d.job)?.writes ?? []).filter((t) => writes.has(t));
      if (shared.length === 0) continue;
      const carry = `To carry the state over, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml): the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion.`;
      // Without state the new job's sources start over: an append-only sink gets the rows again.
      const again = `its sources read again from their startup position (scan.startup.mode), so what ${d.job} already wrote to ${shared.join(', ')} can be written again`;
      out.push(
        d.refused
          ? warning(
              PLAN_CODES.renamed,
              `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(', ')} too, keeps running (its deletion is refused): both would write ${shared.length > 1 ? 'them' : 'it'} at once`,
              `If ${c.job} is ${d.job} renamed, set movedFrom: ${d.job} in ${c.job}'s settings (jobs/${c.job}.yaml) to carry the state over: the plan then renames ${d.job} to ${c.job}, stopping it with a savepoint and starting ${c.job} from it, with no deletion. Planned with --allow-delete instead, apply stops ${d.job} first, and ${c.job} starts without its state: ${again}.`,
            )
          : warning(
              PLAN_CODES.renamed,
              `Job ${c.job} is created while job ${d.job}, which writes ${shared.join(', ')} too, is deleted: if it is ${d.job} renamed, it starts without ${d.job}'s state`,
              `Apply stops ${d.job} first (with a final savepoint when deletion keeps one), then starts ${c.job} empty: ${again}. ${carry}`,
            ),
      );
    }
  }
  return out;
}

/**
 * FO679: a deleted job's postgres-cdc sources leave their replication slots in PostgreSQL. Flink
 * CDC drops none when its job stops (real 1.20.3, postgres-cdc 3.5.0), and PostgreSQL keeps every
 * WAL segment from an inactive slot's position on until it is dropped: said before the deletion,
 * with the statement that drops each slot once the final savepoint is not wanted back.
 */
export function leftSlots(changes: readonly JobChange[], doc: StateDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of changes) {
    if (c.action !== 'delete' || c.refused) continue;
    const slots = postgresCdcSlots(doc.jobs[c.job]?.current?.script);
    if (slots.length === 0) continue;
    const named = slots.map(
      (s) =>
        `${s.slot} (table ${s.table}${s.database ? `, database ${s.database}` : ''}${s.host ? ` on ${s.host}` : ''})`,
    );
    out.push(
      warning(
        PLAN_CODES.cdcSlotLeft,
        `Job ${c.job} is deleted, and the PostgreSQL replication slot${slots.length > 1 ? 's' : ''} its postgres-cdc sources read stay${slots.length > 1 ? '' : 's'}: ${named.join(', ')}`,
        `Flink CDC drops no slot when its job stops, and PostgreSQL keeps all WAL from an inactive slot's position on until the slot is dropped, so the database's disk fills. A job restored from the final savepoint reads on from the slot; once no job will, drop it in that database: ${slots.map((s) => `SELECT pg_drop_replication_slot('${s.slot.replace(/'/g, "''")}');`).join(' ')}`,
      ),
    );
  }
  return out;
}
