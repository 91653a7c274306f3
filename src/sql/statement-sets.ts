/** BEGIN STATEMENT SET / END across a script: empty, nested, stray and unclosed statement sets. */

import { type Diagnostic, error, warning } from '../core/diagnostics';
import { CODES } from './codes';
import type { Statement } from './types';

/** An EXPLAIN (or COMPILE PLAN ... FOR) STATEMENT SET BEGIN that the splitter cut at its first `;` stays open until END. */
function opensSet(s: Statement): boolean {
  if (s.kind === 'begin_statement_set') return true;
  return (
    (s.kind === 'explain' || s.kind === 'compile_plan') &&
    /\bSTATEMENT\s+SET\s+BEGIN\b/i.test(s.text) &&
    !/\bEND\s*$/i.test(s.text)
  );
}

function emptySet(begin: Statement): Diagnostic {
  return error(
    CODES.emptyStatementSet,
    'Statement set is empty',
    'Put at least one INSERT statement between BEGIN STATEMENT SET; and END;, or remove the statement set: the SQL client submits nothing for an empty one.',
    begin.range,
  );
}

/** Statements that write through a job: what a statement set is there to hold. */
export function writesThroughJob(s: Statement): boolean {
  return s.kind === 'insert' || s.kind === 'create_table_as' || (s.kind === 'execute' && s.writes.length > 0);
}

export function checkStatementSets(statements: readonly Statement[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let open: Statement | undefined;
  let writes = 0;
  for (const s of statements) {
    if (open && writesThroughJob(s)) writes++;
    if (opensSet(s)) {
      // A BEGIN STATEMENT SET; written twice: the INSERTs after the second are the first set's
      // (Flink refuses the second BEGIN itself), so the first is not empty for it.
      const again = open?.kind === 'begin_statement_set' && s.kind === 'begin_statement_set';
      if (open?.kind === 'begin_statement_set' && writes === 0 && !again) out.push(emptySet(open));
      if (open) {
        out.push(
          warning(
            CODES.nestedStatementSet,
            'Statement set opened while another one is open',
            'Statement sets do not nest: close the previous one with END; before BEGIN STATEMENT SET;.',
            s.range,
          ),
        );
      }
      if (!again) {
        open = s;
        writes = 0;
      }
    } else if (s.kind === 'end') {
      // The SQL client submits nothing for BEGIN STATEMENT SET; END; with no INSERT between.
      if (open?.kind === 'begin_statement_set' && writes === 0) out.push(emptySet(open));
      if (!open) {
        out.push(
          warning(
            CODES.strayEnd,
            'END without BEGIN STATEMENT SET',
            'Remove this END; or open the statement set with BEGIN STATEMENT SET; before the INSERT statements.',
            s.range,
          ),
        );
      }
      open = undefined;
    }
  }
  if (open) {
    out.push(
      warning(
        CODES.unclosedStatementSet,
        'Statement set is never closed with END;',
        'Add END; after the last INSERT statement of the set; until then its INSERTs are not submitted.',
        open.range,
      ),
    );
  }
  return out;
}
