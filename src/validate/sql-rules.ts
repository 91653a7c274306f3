/**
 * Cross-file rules over the SQL of jobs and raw-DDL tables/views: what each job
 * reads, writes and calls must exist in the repository (or be created in the
 * script), be used the way its `kind` allows, and a job must write exactly once.
 */
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { didYouMean } from '../core/names';
import type { LineIndex } from '../core/text';
import type { ObjectRef, ScriptAnalysis, Statement } from '../sql/types';
import type { Project, ProjectJob, ProjectTable, Uses } from './model';

interface Ctx {
  project: Project;
  file: string;
  lines: LineIndex;
  diags: Diagnostic[];
}

/** A statement and the statements nested in it (statement sets). */
function flatten(statements: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    out.push(s);
    if (s.inner) out.push(...s.inner);
  }
  return out;
}

function uniqueRefs(
  statements: readonly Statement[],
  pick: (s: Statement) => readonly ObjectRef[],
): ObjectRef[] {
  const seen = new Set<string>();
  const out: ObjectRef[] = [];
  for (const s of statements) {
    for (const r of pick(s)) {
      const k = `${r.start}:${r.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}

/** Names the script defines itself (temporary tables, views, functions), and whether it switches catalogs. */
function localDefinitions(statements: readonly Statement[]): {
  objects: Set<string>;
  functions: Set<string>;
  catalog: boolean;
} {
  const objects = new Set<string>();
  const functions = new Set<string>();
  let catalog = false;
  for (const s of statements) {
    if (s.table) objects.add(s.table.name.name);
    if (s.view) objects.add(s.view.name.name);
    if (s.function) functions.add(s.function.name.name.toLowerCase());
    if (s.kind === 'create_catalog' || s.kind === 'use') catalog = true;
  }
  return { objects, functions, catalog };
}

function resolveUses(ctx: Ctx, statements: readonly Statement[], owner: string): Uses {
  const { project, diags } = ctx;
  const all = flatten(statements);
  const local = localDefinitions(all);
  const reads = new Set<string>();
  const writes = new Set<string>();
  const functions = new Set<string>();
  const at = (r: ObjectRef) => ctx.lines.range(ctx.file, r.start, r.end);
  const lookup = (r: ObjectRef, verb: string): ProjectTable | undefined => {
    if (r.parts.length > 1 || local.objects.has(r.name)) return undefined;
    const t = project.tableByName.get(r.name);
    if (t) return t;
    if (local.catalog) {
      diags.push(
        warning(
          'FO221',
          `${owner} ${verb} "${r.name}", which is not a table of the repository`,
          'The script switches catalogs, so the name may exist there; if it should be a repository table, add tables/' +
            `${r.name}.yaml.`,
          at(r),
        ),
      );
      return undefined;
    }
    const hint = didYouMean(r.name, project.tableByName.keys());
    diags.push(
      error(
        'FO220',
        `${owner} ${verb} undefined table "${r.name}"`,
        (hint ? `Did you mean "${hint}"? ` : '') +
          `Define it in tables/${r.name}.yaml (or tables/${r.name}.sql), create it in the script, or qualify it as catalog.database.${r.name}.`,
        at(r),
      ),
    );
    return undefined;
  };
  for (const r of uniqueRefs(all, (s) => s.writes)) {
    const t = lookup(r, 'writes to');
    if (!t) continue;
    writes.add(t.name);
    if (t.objectKind === 'view') {
      diags.push(
        error(
          'FO226',
          `${owner} writes to view "${t.name}"`,
          'A view cannot be written; write to a sink table.',
          at(r),
        ),
      );
    } else if (t.kind === 'source') {
      diags.push(
        error(
          'FO222',
          `${owner} writes to source table "${t.name}"`,
          `${t.file} declares kind: source (read only). Write to a sink table, or change its kind to sink if jobs write it.`,
          at(r),
        ),
      );
    }
  }
  for (const r of uniqueRefs(all, (s) => s.reads)) {
    const t = lookup(r, 'reads');
    if (!t) continue;
    reads.add(t.name);
    if (t.kind === 'sink') {
      diags.push(
        warning(
          'FO223',
          `${owner} reads sink table "${t.name}"`,
          `${t.file} declares kind: sink; if jobs read it too, declare it as a source (or dimension) in a second table.`,
          at(r),
        ),
      );
    } else if (t.kind === 'dimension' && !r.temporal) {
      diags.push(
        warning(
          'FO224',
          `Dimension table "${t.name}" is read without FOR SYSTEM_TIME AS OF`,
          `Join it as a lookup: JOIN ${t.name} FOR SYSTEM_TIME AS OF <left>.proc_time AS d ON ...; a plain read scans the whole table once.`,
          at(r),
        ),
      );
    }
  }
  for (const r of uniqueRefs(all, (s) => s.functions)) {
    if (r.parts.length > 1) continue;
    const name = r.name.toLowerCase();
    if (local.functions.has(name)) continue;
    if (project.functionByName.has(name)) {
      functions.add(name);
      continue;
    }
    const hint = didYouMean(name, project.functionByName.keys());
    diags.push(
      error(
        'FO225',
        `${owner} calls unknown function "${r.name}"`,
        (hint ? `Did you mean "${hint}"? ` : '') +
          'It is neither a Flink built-in nor a function of udfs/*.yaml; add it to a UDF file or create it in the script.',
        at(r),
      ),
    );
  }
  return { reads: [...reads].sort(), writes: [...writes].sort(), functions: [...functions].sort() };
}

/** Rules of one job script: it must write, and write through one Flink job. */
export function checkJob(
  project: Project,
  job: ProjectJob,
  analysis: ScriptAnalysis,
  lines: LineIndex,
): Diagnostic[] {
  const diags: Diagnostic[] = [...analysis.diags];
  const ctx: Ctx = { project, file: job.sqlFile, lines, diags };
  const statements = analysis.statements;
  if (statements.length === 0) {
    diags.push(
      error(
        'FO230',
        `Job ${job.name} is empty`,
        `Write the job's INSERT INTO ... SELECT (or EXECUTE STATEMENT SET) in ${job.sqlFile}, or delete the file.`,
        lines.range(job.sqlFile, 0, 0),
      ),
    );
    return diags;
  }
  let inSet = false;
  let sets = 0;
  const topInserts: Statement[] = [];
  for (const s of statements) {
    if (s.kind === 'begin_statement_set') {
      inSet = true;
      sets++;
    } else if (s.kind === 'end') inSet = false;
    else if (s.kind === 'statement_set') sets++;
    else if (
      !inSet &&
      (s.kind === 'insert' || s.kind === 'create_table_as' || (s.kind === 'execute' && s.writes.length > 0))
    )
      topInserts.push(s);
    else if (!inSet && s.kind === 'select') {
      diags.push(
        warning(
          'FO233',
          'SELECT in a job script',
          'A top-level SELECT runs as a query of its own and its result goes nowhere; INSERT it into a sink table, or remove it.',
          s.range,
        ),
      );
    }
  }
  if (topInserts.length === 0 && sets === 0) {
    diags.push(
      error(
        'FO231',
        `Job ${job.name} writes nothing`,
        'A job must write: add INSERT INTO <sink> SELECT ..., or EXECUTE STATEMENT SET BEGIN ... END for several sinks.',
        statements[0]!.range,
      ),
    );
  }
  if (topInserts.length + sets > 1) {
    const second = topInserts[1] ?? topInserts[0] ?? statements[0]!;
    diags.push(
      error(
        'FO232',
        `Job ${job.name} has ${topInserts.length + sets} top-level writes; each would run as its own Flink job`,
        'Put the INSERTs in one EXECUTE STATEMENT SET BEGIN INSERT ...; INSERT ...; END; so they run as one job, or split them into separate jobs.',
        second.range,
      ),
    );
  }
  Object.assign(job, resolveUses(ctx, statements, `Job ${job.name}`));
  return diags;
}

/** Rules of a tables/<name>.sql file: one CREATE TABLE / CREATE VIEW named like the file. */
export function checkRawTable(
  project: Project,
  table: ProjectTable,
  analysis: ScriptAnalysis,
  lines: LineIndex,
): Diagnostic[] {
  const diags: Diagnostic[] = [...analysis.diags];
  const defs = analysis.statements.filter((s) => s.kind === 'create_table' || s.kind === 'create_view');
  if (analysis.statements.length !== 1 || defs.length !== 1) {
    const other =
      analysis.statements.find((s) => s.kind !== 'create_table' && s.kind !== 'create_view') ?? defs[1];
    diags.push(
      error(
        'FO213',
        `${table.file} must hold exactly one CREATE TABLE or CREATE VIEW`,
        `Found ${analysis.statements.length} statement(s). Keep one definition per file; put other tables in their own files and job logic in jobs/.`,
        other?.range ?? lines.range(table.file, 0, 0),
      ),
    );
  }
  const def = defs[0];
  if (!def) return diags;
  table.statement = def;
  table.objectKind = def.kind === 'create_view' ? 'view' : 'table';
  const ref = def.table?.name ?? def.view?.name;
  if (ref && (ref.parts.length > 1 || ref.name !== table.name)) {
    diags.push(
      error(
        'FO212',
        `${table.file} defines "${ref.parts.join('.')}", not "${table.name}"`,
        `The file name is the table name: rename the ${table.objectKind} to ${table.name} (unqualified), or the file to ${ref.name}.sql.`,
        lines.range(table.file, ref.start, ref.end),
      ),
    );
  }
  if (table.objectKind === 'view') {
    Object.assign(
      table,
      resolveUses({ project, file: table.file, lines, diags }, [def], `View ${table.name}`),
    );
  }
  return diags;
}

/** Views that (transitively) read themselves. */
export function checkViewCycles(project: Project): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (t: ProjectTable, stack: string[]): void => {
    const s = state.get(t.name);
    if (s === 2) return;
    if (s === 1) {
      const cycle = [...stack.slice(stack.indexOf(t.name)), t.name];
      diags.push(
        error(
          'FO257',
          `Views read each other in a cycle: ${cycle.join(' → ')}`,
          'Break the cycle: a view cannot (transitively) read itself.',
          t.statement?.range,
        ),
      );
      return;
    }
    state.set(t.name, 1);
    for (const r of t.reads) {
      const d = project.tableByName.get(r);
      if (d?.objectKind === 'view') visit(d, [...stack, t.name]);
    }
    state.set(t.name, 2);
  };
  for (const t of project.tables) if (t.objectKind === 'view') visit(t, []);
  return diags;
}
