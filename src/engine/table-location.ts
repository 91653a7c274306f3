/**
 * A plan warning about a change of a table a job reads or writes (a column renamed or moved, FO675
 * and FO676; a topic, start or database table changed, FO672, FO673, FO674 and FO680) is said where the
 * table is written: the place the user edits, and undoes. The plan stage holds the compiled
 * script, not the files: here, with the files at hand, a repository table is read from its own file
 * (a YAML table's `columns` entry or `with` key, or an environment's override of it in
 * flinkops.yaml; a DDL table's column or option in tables/*.sql) and a job's own table from its SQL
 * file. Asked only for a warning that fires, each file read and parsed once per plan; a table of
 * another catalog has no file here, and the plan keeps its own place (the job's statement).
 */
import type { DesiredJob, DesiredState } from '../compile/model';
import type { Diagnostic, SourceRange } from '../core/diagnostics';
import { tableKey } from '../core/operator-state';
import type { LineIndex } from '../core/text';
import { PROJECT_FILE, parseYaml, readTextFile, valueAt, type YamlSource } from '../load';
import type { TableLocator, TablePlace } from '../plan/job-inputs';
import { analyzeScript } from '../sql/analyze';
import type { Statement } from '../sql/types';

interface Parsed {
  yaml?: YamlSource;
  sql?: { statements: Statement[]; lines: LineIndex };
}

export function tableLocator(dir: string, desired: Pick<DesiredState, 'env' | 'tables'>): TableLocator {
  const parsed = new Map<string, Parsed | undefined>();
  const read = (file: string): Parsed | undefined => {
    if (!parsed.has(file)) {
      const ignored: Diagnostic[] = [];
      const f = readTextFile(dir, file, ignored);
      parsed.set(
        file,
        f === undefined
          ? undefined
          : /\.ya?ml$/.test(file)
            ? { yaml: parseYaml(file, f.text).value }
            : { sql: { statements: analyzeScript(f.text, file).statements, lines: f.lines } },
      );
    }
    return parsed.get(file);
  };
  return (job, table, place) => {
    const own = ownTable(job, table);
    if (own) return inSql(read(job.sqlFile), job.sqlFile, table, place);
    const t = repositoryTable(job, desired, table);
    if (!t) return undefined;
    if (!/\.ya?ml$/.test(t.file)) return inSql(read(t.file), t.file, table, place);
    const y = read(t.file)?.yaml;
    if (!y) return undefined;
    if ('column' in place) {
      const columns = valueAt(y.data, ['columns']);
      const i = Array.isArray(columns)
        ? columns.findIndex((c) => (c as { name?: unknown } | null)?.name === place.column)
        : -1;
      return i < 0 ? y.locate(['columns'], 'key') : y.locate(['columns', i, 'name']);
    }
    // An environment's override of the option comes first, as the compile applies it.
    const config = read(PROJECT_FILE)?.yaml;
    const override = ['environments', desired.env, 'tables', t.name, 'with', place.option];
    if (config && valueAt(config.data, override) !== undefined) return config.locate(override, 'key');
    if (valueAt(y.data, ['with', place.option]) !== undefined) return y.locate(['with', place.option], 'key');
    return valueAt(y.data, ['with']) !== undefined ? y.locate(['with'], 'key') : undefined;
  };
}

/** Whether the job's own script creates `table` (its own statements only, not the repository's DDL). */
function ownTable(job: DesiredJob, table: string): boolean {
  const own = job.sourceRanges?.length ?? 0;
  return job.statements
    .slice(job.statements.length - own)
    .some((st) => st.table !== undefined && tableKey(st.table.name.name) === table);
}

/** The repository table the job uses by that name (tables/), if it uses one. */
function repositoryTable(job: DesiredJob, desired: Pick<DesiredState, 'tables'>, table: string) {
  if (!job.tables.some((n) => tableKey(n) === table)) return undefined;
  return desired.tables.find((t) => t.objectKind === 'table' && tableKey(t.name) === table);
}

/** The column's definition, or the option's key in the WITH list, of the file's CREATE TABLE of `table`. */
function inSql(
  p: Parsed | undefined,
  file: string,
  table: string,
  place: TablePlace,
): SourceRange | undefined {
  if (!p?.sql) return undefined;
  const { statements, lines } = p.sql;
  const st = statements.findLast((s) => s.table !== undefined && tableKey(s.table.name.name) === table);
  if (!st?.table) return undefined;
  if ('column' in place) {
    const c = st.table.columns.find((x) => x.name === place.column);
    return c ? lines.range(file, c.start, c.end) : st.range;
  }
  // The key as written: 'key' in the WITH list (the last one, after the columns).
  const i = st.text.lastIndexOf(`'${place.option.replaceAll("'", "''")}'`);
  return i < 0 ? st.range : lines.range(file, st.start + i, st.start + i + place.option.length + 2);
}
