/**
 * What Flink's planner rejected, located in the user's own file: the table, column or option its
 * message names.
 */

import type { DesiredJob, DesiredState } from '../compile';
import { type Diagnostic, error, positionIn, type SourceRange, warning } from '../core/diagnostics';
import { LineIndex } from '../core/text';
import { type FlinkError, flinkPosition } from '../flink/errors';
import { lex } from '../sql/lexer';
import type { Statement } from '../sql/types';
import { EXPLAIN_CODES } from './explain-session';
import { KNOWN } from './known-rejections';
import {
  columnPatterns,
  factoryOf,
  failedTable,
  hintedKey,
  optionAt,
  optionPatterns,
  ownColumn,
  ownOption,
  ownTable,
  ownValue,
  refusedKeys,
  tableOfColumn,
  valuePattern,
} from './rejection-sites';

/**
 * The planner's own words: the root cause, without class names and the position Calcite puts
 * before them. A refused SET is named first (its root cause, such as `For input string: "x"`,
 * may not say which setting it was).
 */
export function plannerMessage(e: FlinkError): string {
  const words = (line: string) =>
    line
      // Its message is the class alone: say what it is.
      .replace(/^(?:[\w$]+\.)*ClassNotFoundException:\s*(\S+)$/, 'class $1 not found')
      // A missing python.files entry: the path is the gateway's copy of it (tmp/pyflink/<uuid>/<uuid>/f.py).
      .replace(
        /^(?:[\w$]+\.)*NoSuchFileException:\s*\S*\/pyflink\/[\w-]+\/[\w-]+\/(\S+)$/,
        "python file $1 not found: the SQL Gateway has no file to copy for the python.files entry that names it (Flink reads the entry's path on the gateway's machine)",
      )
      .replace(/^(?:[\w$]+\.)*NoSuchFileException:\s*(\S+)$/, 'file $1 not found')
      .replace(/^(?:[\w$]+\.)*[\w$]*(?:Exception|Error):\s*/, '')
      .replace(/^SQL (?:validation|parse) failed\.\s*/, '')
      .replace(/^From line \d+, column \d+ to line \d+, column \d+:\s*/, '')
      // The diagnostic's range says where; Flink's line counts from the EXPLAIN it was sent.
      .replace(/ at line \d+, column \d+\./, '.')
      // The optimizer's plan dump and the parser's list of every token it would take: noise.
      .replace(/\s*The physical plan is:[\s\S]*$/, '')
      .replace(/\s*Was expecting one of:\s*([\s\S]*)$/, (_all, list: string) => {
        const options = list.split(/\s*\.\.\.\s*/).filter((o) => o.trim() !== '');
        return ` Was expecting one of: ${options.slice(0, 6).join(', ')}${options.length > 6 ? ', …' : ''}`;
      });
  const root = words(e.causes.length > 0 ? e.causes[e.causes.length - 1]! : e.message);
  // The cause that names the option at fault, before a root cause that names only a value.
  const option = e.causes
    .map(words)
    .find((c) => /^Failed to set key .* with value |^Could not parse value .* for key /.test(c));
  return option && option !== root ? `${option.replace(/\.$/, '')}: ${root}` : root;
}

/** `s` without its closing period, to end a sentence of ours. */
const unstopped = (s: string) => s.replace(/\.+$/, '');

/**
 * Maps `line L, column C` of the EXPLAIN text to the user's file, from the statement's range there.
 * An error Flink gives without a position is put where its message says the mistake is in `text`
 * (the statement as written), when that place is certain; else at the statement.
 */
export function locate(e: FlinkError, range: SourceRange, shift: number, text: string): SourceRange {
  const m = flinkPosition(e);
  if (m) return locateAt(m.line, m.column, range, shift);
  const message = [e.message, ...e.causes].join('\n');
  const at = KNOWN.find((k) => k.match.test(message))?.at;
  if (!at) return range;
  const lines = new LineIndex(text);
  const offset = at(lex(text, '', lines).tokens, message);
  if (offset === undefined) return range;
  const pos = lines.pos(offset);
  return locateAt(pos.line, pos.column, range, 0);
}

/** `line`, `column` of a statement's text sent with `shift` characters before it, in the user's file. */
export function locateAt(line: number, col: number, range: SourceRange, shift: number): SourceRange {
  const column = col - (line === 1 ? shift : 0);
  if (line < 1 || column < 1) return range;
  const at = positionIn(range.start, { line, column });
  return { file: range.file, start: at, end: at };
}

/** What Flink rejected, at `at` in the user's file; a statement flinkops generated has none. */
export function rejected(
  desired: DesiredState,
  job: DesiredJob,
  st: Statement,
  e: FlinkError,
  at: SourceRange | undefined,
  dir?: string,
): Diagnostic {
  const message = plannerMessage(e);
  // The connector refused a table's options: the table's file is where to fix them.
  const refused = failedTable(e);
  const failed = refused
    ? desired.tables.find((t) => t.name === refused.name && job.tables.includes(t.name))
    : undefined;
  // Flink read a secret's placeholder (a plan never resolves secrets): apply sends the value.
  const secret = /\$\{secret\.[A-Za-z_][A-Za-z0-9_]*\}/.exec([e.message, ...e.causes].join('\n'))?.[0];
  if (secret)
    return warning(
      EXPLAIN_CODES.placeholder,
      `Flink's planner could not check job ${job.name}: it read ${secret} as written (${message})`,
      `A plan does not resolve secrets (a pull request's plan has none), so the planner was sent the placeholder where apply sends the value; apply submits the job with the value and Flink checks it then. To have plans check it, keep what Flink parses at planning in the text and only the credential in the secret (url: jdbc:postgresql://db:5432/app with password: ${'$'}{secret.DB_PASSWORD}, not the whole url).`,
      failed ? optionAt(dir, desired.env, failed, [secret]) : at,
    );
  // Set by the job's OPTIONS hint on the table: there, in the job's file.
  const hinted =
    refused && at && !flinkPosition(e) ? hintedKey(st.text, refused.name, refusedKeys(e)) : undefined;
  if (refused && at && hinted !== undefined) {
    const pos = new LineIndex(st.text).pos(hinted);
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects the OPTIONS hint on table ${refused.name} in job ${job.name}: ${message}`,
      `Flink merges the hint's options into the table's for this statement, and could not make a ${refused.as} of ${refused.name} with them (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix or remove the option in the hint.`,
      locateAt(pos.line, pos.column, at, 0),
    );
  }
  // A table the job's own script creates (CREATE TEMPORARY TABLE): at its refused option, or
  // the column Flink names, in the job's file; not at the statement that read or wrote it.
  const named = refused?.name ?? tableOfColumn(e)?.table;
  const ownDdl = named && !failed ? ownTable(job, named) : undefined;
  if (ownDdl) {
    const column = tableOfColumn(e)?.column;
    // A connector or format it has no factory for: at the option whose value names it.
    const factory = factoryOf(e);
    const text = ownDdl.st.text;
    const lines = new LineIndex(text);
    const { tokens } = lex(text, '', lines);
    const offset =
      ownOption(tokens, refusedKeys(e)) ??
      (column ? ownColumn(text, tokens, column) : undefined) ??
      (factory ? ownValue(tokens, factory) : undefined);
    const pos = offset === undefined ? undefined : lines.pos(offset);
    const all = [e.message, ...e.causes].join('\n');
    const hint = KNOWN.find((k) => k.match.test(all))?.hint;
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${named} (created by job ${job.name}): ${message}`,
      `Flink could not make a ${refused?.as ?? 'table'} of ${named} as the job's CREATE TABLE defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). ${hint ?? `Fix ${column ? `column ${column}` : 'its options'} in the CREATE TABLE, and check that the connector and format jars are on the cluster.`}`,
      pos ? locateAt(pos.line, pos.column, ownDdl.range, 0) : ownDdl.range,
    );
  }
  if (refused && failed) {
    const where = optionAt(dir, desired.env, failed, [
      ...refusedKeys(e).flatMap(optionPatterns),
      ...(factoryOf(e) ? [valuePattern(factoryOf(e)!)] : []),
    ]);
    // Found in the environment's override: that is the value Flink was sent, and where to fix it.
    const fixIn =
      where.file === failed.file
        ? failed.file
        : `environments.${desired.env}.tables.${failed.name}.with in flinkops.yaml`;
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${failed.name} (used by job ${job.name}): ${message}`,
      `Flink could not make a ${refused.as} of ${failed.name} from its connector options (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix the options in ${fixIn}, and check that the connector jar is on the cluster.`,
      where,
    );
  }
  // A repository table's column Flink refuses (a metadata key its connector does not have): in the table's file.
  const bad = tableOfColumn(e);
  const badTable = bad && desired.tables.find((t) => t.name === bad.table && job.tables.includes(t.name));
  if (bad && badTable) {
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects table ${badTable.name} (used by job ${job.name}): ${message}`,
      `Flink could not make a table of ${badTable.name} as ${badTable.file} defines it (EXPLAIN in a throwaway SQL Gateway session; nothing was submitted). Fix column ${bad.column} there.`,
      optionAt(dir, desired.env, badTable, columnPatterns(bad.column)),
    );
  }
  if (at) {
    const all = [e.message, ...e.causes].join('\n');
    const hint = KNOWN.find((k) => k.match.test(all))?.hint ?? 'Fix the statement before applying.';
    return error(
      EXPLAIN_CODES.rejected,
      `Flink's planner rejects job ${job.name}: ${message}`,
      `EXPLAIN on the environment's SQL Gateway (a throwaway session; nothing was submitted) failed. ${hint}`,
      at,
    );
  }
  // A statement flinkops generated: a table's or UDF's DDL.
  const text = st.text.trim();
  const table = desired.tables.find((t) => t.ddl.trim().replace(/;$/, '') === text);
  // `ADD JAR` names the artifact's jar too: a jar that is missing fails there, before its functions.
  const addJar = /^ADD\s+JAR\b/i.test(text);
  const udf =
    /FUNCTION/i.test(text) || addJar ? desired.udfs.find((u) => text.includes(`'${u.jar}'`)) : undefined;
  const file = table?.file ?? udf?.file ?? job.sqlFile;
  const what = table
    ? `the DDL of ${table.name}`
    : udf
      ? `${addJar ? 'the jar' : 'the functions'} of ${udf.name}`
      : 'a compiled statement';
  return error(
    EXPLAIN_CODES.rejected,
    `Flink's planner rejects ${what} (used by job ${job.name}): ${message}`,
    `Running it in a throwaway SQL Gateway session failed: ${unstopped(e.message)}. ${udf ? 'Check the jar URI and that the classes are in it.' : 'Check the connector options and that the connector jar is on the cluster.'}`,
    (addJar ? udf?.jarAt : undefined) ??
      (udf && st.function ? udf.classAt?.[st.function.name.name.toLowerCase()] : undefined) ??
      (table?.range
        ? ddlAt(e, table.range)
        : { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
  );
}

/**
 * Where Flink's error about a raw table's DDL is in its file: Flink's `line L, column C` from the
 * CREATE on (line 1 of what was sent has TEMPORARY added, so there the CREATE itself), else the CREATE.
 */
function ddlAt(e: FlinkError, range: SourceRange): SourceRange {
  const start = { file: range.file, start: range.start, end: range.start };
  const m = flinkPosition(e);
  return m && m.line > 1 ? locateAt(m.line, m.column, start, 0) : start;
}
