/**
 * Cross-file rules over the SQL of jobs and raw-DDL tables/views: what each job
 * reads, writes and calls must exist in the repository (or be created in the
 * script), be used the way its `kind` allows (`sql-uses.ts`), and a job must write
 * exactly once.
 */
import { type Diagnostic, error, warning } from '../core/diagnostics';
import { isIdentifier } from '../core/names';
import { isProcessRelativePath, relativePythonPathWarning } from '../core/python-options';
import { tidySummaries } from '../core/summary';
import type { LineIndex } from '../core/text';
import type { YamlSource } from '../load';
import { analyzeScript } from '../sql/analyze';
import { jarLiterals } from '../sql/classify';
import { CODES } from '../sql/codes';
import { isBuiltinFunction } from '../sql/keywords';
import { writesThroughJob } from '../sql/statement-sets';
import type { ScriptAnalysis, Statement } from '../sql/types';
import { createdTwice } from './created-twice';
import { RESERVED_OPTIONS } from './env-rules';
import { flinkOptionTypo } from './flink-options';
import type { Project, ProjectJob, ProjectTable } from './model';
import { optionValueProblem } from './settings-rules';
import { type Ctx, inBuiltinNamespace, projectFunction, resolveUses } from './sql-uses';
import { connectorTypos } from './table-rules';
import { usingJarWithoutAddJar } from './using-jar';

/** Statements whose text becomes the job's query: the Flink UI and REST API show it as written. */
const QUERY_KINDS: ReadonlySet<string> = new Set([
  'insert',
  'select',
  'statement_set',
  'execute',
  'create_table_as',
  'create_view',
]);

/**
 * FO234: a `${secret.X}` in the query itself is resolved into the SQL the cluster runs, where the
 * Flink UI shows it to anyone who can open the job. Connector options (WITH) and SET values are
 * where credentials belong.
 */
function secretsInQueries(job: ProjectJob, statements: readonly Statement[], lines: LineIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of statements) {
    if (!QUERY_KINDS.has(s.kind)) continue;
    for (const m of s.text.matchAll(/(?<!\$)\$\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
      const at = s.start + m.index;
      out.push(
        warning(
          'FO234',
          `\${secret.${m[1]}} in the query of job ${job.name} would be visible on the cluster`,
          "The query is submitted with the secret resolved, and the Flink UI and REST API show the query text to anyone who can see the job. Pass credentials in a table's connector options (with:) instead, or drop the secret from the query.",
          lines.range(job.sqlFile, at, at + m[0].length),
        ),
      );
    }
  }
  return out;
}

/**
 * FO264: a SET value of an option of known type that Flink cannot parse. FO277: a relative path in a SET python.files (…requirements, …archives). FO271: a SET of a misspelt well-known option. FO269: a script's SET of an option flinkops sets itself on submission (the job's name, the
 * restore path and claim mode, the parallelism). FO255 refuses them in the job's settings; in a script, often one
 * run with the SQL client before, the line is left in place but has no effect: said, not refused.
 */
function managedSets(job: ProjectJob, statements: readonly Statement[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of statements) {
    const key = s.kind === 'set' ? s.set?.key : undefined;
    const value = key === undefined ? undefined : s.set?.value;
    const problem = value === undefined ? undefined : optionValueProblem(key!, value);
    if (problem) out.push(error('FO264', problem.summary, problem.detail, s.range));
    const relative = value === undefined ? undefined : relativePythonPathWarning(key!, value, s.range);
    if (relative) out.push(relative);
    const near = key === undefined ? undefined : flinkOptionTypo(key);
    if (near)
      out.push(
        warning(
          'FO271',
          `Unknown Flink option "${key}": did you mean "${near}"?`,
          `Flink ignores an option it does not know, so this SET has no effect. Write '${near}'.`,
          s.range,
        ),
      );
    if (key === 'parallelism.default') {
      // A value Flink cannot parse fails the job where it is SET (FO264): that line has an effect.
      if (!problem)
        out.push(
          warning(
            'FO269',
            `SET '${key}' has no effect: flinkops sets it on submission`,
            `flinkops submits the job at its parallelism: setting (1 when not set), compared on its own so a change rescales the job. Remove the line${value ? ` and set parallelism: ${value} in jobs/${job.name}.yaml` : ''}.`,
            s.range,
          ),
        );
      continue;
    }
    if (key === undefined || !RESERVED_OPTIONS.includes(key)) continue;
    out.push(
      warning(
        'FO269',
        `SET '${key}' has no effect: flinkops sets it on submission`,
        key === 'pipeline.name'
          ? `flinkops names the job <project>.<env>.${job.name} (its identity on the cluster). Remove the line.${value && !value.endsWith(`.${job.name}`) ? ` A job running as '${value}' (this script, started by hand) is not adopted under that name: to keep its state, stop it with a savepoint (POST /jobs/<job id>/stop) and set restoreFrom: <the savepoint's path> in jobs/${job.name}.yaml before the first apply.` : ''}`
          : `flinkops chooses the restore path and restores with NO_CLAIM. Remove the line; to start from a savepoint, set restoreFrom: <path> in jobs/${job.name}.yaml.`,
        s.range,
      ),
    );
  }
  return out;
}

/**
 * FO669: a relative jar path in a job script's `ADD JAR '…'` or in any resource of a
 * `CREATE FUNCTION … USING JAR '…'[, JAR|ARTIFACT '…']` list.
 * Flink's SQL client in embedded mode finds it in the directory it was started in (a
 * `sql-client -f` script run from the repository works); the SQL Gateway flinkops submits through
 * reads it relative to its own working directory, and the planner says only "jar resource not found".
 */
function relativeJars(job: ProjectJob, statements: readonly Statement[], lines: LineIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of statements) {
    if (s.kind !== 'add_jar' && s.kind !== 'create_function') continue;
    // Every resource of a USING list (`USING JAR 'a', JAR 'b'`, `ARTIFACT '…'`): Flink loads each,
    // and each is said at its own quoted path.
    for (const { location: path, start, end } of jarLiterals(s.text)) {
      if (path === '' || !isProcessRelativePath(path)) continue;
      out.push(
        warning(
          'FO669',
          `"${path}" is a relative jar path, which the SQL Gateway resolves in its own working directory`,
          `Flink's SQL client in embedded mode reads it from the directory it was started in; flinkops submits through the SQL Gateway, which reads it on its machine relative to the directory the gateway was started in (its planner then says "jar resource [${path}] not found"). Write an absolute path or a URI the cluster can read, e.g. 'file://\${env.UDF_DIR}/${path.split('/').pop()}' with UDF_DIR set in each environment's variables, or declare the jar in udfs/<name>.yaml.`,
          lines.range(job.sqlFile, s.start + start, s.start + end),
        ),
      );
    }
  }
  return out;
}

/** The statements before the first `CREATE CATALOG` or `USE`: from there on, names are another catalog's. */
function inDefaultCatalog(statements: readonly Statement[]): readonly Statement[] {
  const end = statements.findIndex((s) => s.kind === 'create_catalog' || s.kind === 'use');
  return end < 0 ? statements : statements.slice(0, end);
}

/**
 * FO280: a job's own CREATE [TEMPORARY] TABLE without a connector in default_catalog (before any
 * CREATE CATALOG or USE, an unqualified name), which Flink refuses as it does a repository table.
 */
function connectorlessTables(
  job: ProjectJob,
  statements: readonly Statement[],
  lines: LineIndex,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const s of statements) {
    const t = s.kind === 'create_table' ? s.table : undefined;
    if (!t || t.like || t.options?.connector !== undefined || t.name.parts.length > 1) continue;
    diags.push(
      error(
        'FO280',
        `Table ${t.name.name} has no 'connector' option`,
        `Flink creates the job's tables in the session's default_catalog, an in-memory catalog, where a table without a connector is refused when the job is planned ("Table options do not contain an option key 'connector'"). Add WITH ('connector' = '...', ...), or create it in a catalog that keeps its own tables (USE CATALOG c before it).`,
        lines.range(job.sqlFile, s.start, t.name.end),
      ),
    );
  }
  return diags;
}

/**
 * FO227: a job's CREATE TABLE (… AS SELECT too) or CREATE VIEW of a name tables/ defines too. The
 * job runs with its own definition and the repository's never reaches it: an edit of
 * tables/<name>.yaml changes nothing in that job, and plans list it among the jobs the table
 * affects for nothing.
 */
function shadowedTables(
  project: Project,
  job: ProjectJob,
  statements: readonly Statement[],
  lines: LineIndex,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of statements) {
    const o = s.object;
    if (o?.verb !== 'create' || (o.kind !== 'table' && o.kind !== 'view') || o.name.parts.length > 1)
      continue;
    const t = project.tableByName.get(o.name.name);
    if (!t) continue;
    out.push(
      warning(
        'FO227',
        `Job ${job.name} creates its own ${o.kind} "${t.name}", which ${t.file} defines too`,
        `The job runs with this definition, so ${t.file} and its environment overrides never reach it. Remove this statement to use ${t.file}, or give the job's own ${o.kind} another name.`,
        lines.range(job.sqlFile, o.name.start, o.name.end),
      ),
    );
  }
  return out;
}

/**
 * FO229: a job's `ALTER TABLE` or `DROP TABLE` (not DROP TEMPORARY TABLE) of a repository table. The
 * compiled script creates the repository's tables as `CREATE TEMPORARY TABLE`, and Flink refuses
 * both on a temporary table (real Flink 2.3: "Table `default_catalog`.`default_database`.`t`
 * doesn't exist or is a temporary table", "Temporary table with identifier ... exists. Drop it first
 * before removing the permanent table"), so validate and plan passed and the submission failed.
 */
function changedRepositoryTables(
  project: Project,
  job: ProjectJob,
  statements: readonly Statement[],
  lines: LineIndex,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of statements) {
    const o = s.object;
    if (!o || o.verb === 'create' || o.kind !== 'table' || o.temporary || o.name.parts.length > 1) continue;
    const t = project.tableByName.get(o.name.name);
    if (!t) continue;
    const verb = o.verb === 'alter' ? 'ALTER TABLE' : 'DROP TABLE';
    out.push(
      error(
        'FO229',
        `Job ${job.name} runs ${verb} on "${t.name}", a table of ${t.file}: Flink refuses it on the temporary table the compiled script creates`,
        `The compiled script creates the repository's tables as CREATE TEMPORARY TABLE, and Flink's ${verb} acts on catalog tables only, so the job's submission fails. ${
          verb === 'ALTER TABLE'
            ? `Change the table in ${t.file} (a distribution, an option, a column) instead, and remove this statement.`
            : `Remove the statement; to drop it, write DROP TEMPORARY TABLE ${t.name}, or remove ${t.file}.`
        }`,
        lines.range(job.sqlFile, o.name.start, o.name.end),
      ),
    );
  }
  return out;
}

/** The SQL front end's warning that a `BEGIN STATEMENT SET;` is never closed with `END;`. */
function isUnclosedSqlClientSet(d: Diagnostic): boolean {
  return d.code === CODES.unclosedStatementSet && d.severity === 'warning';
}

/**
 * In a job, a `BEGIN STATEMENT SET;` never closed is an error: the SQL client submits its INSERTs
 * only at `END;`, so the job would submit nothing and apply fail (FO707) on a plan that passed.
 */
function unclosedSetInJob(job: ProjectJob, d: Diagnostic): Diagnostic {
  return error(
    d.code,
    `Job ${job.name} opens a statement set that is never closed with END;`,
    'Its INSERTs are submitted only at END;, so the job would run nothing: add END; after the last INSERT of the set.',
    d.range,
  );
}

function statementWords(s: Statement): string {
  return s.kind === 'create_other' ? 'CREATE' : s.kind.replaceAll('_', ' ').toUpperCase();
}

function notInStatementSet(job: ProjectJob, s: Statement, what: string): Diagnostic {
  return error(
    CODES.statementSetContent,
    `Job ${job.name} has ${what} inside BEGIN STATEMENT SET; Flink takes only INSERT statements between BEGIN STATEMENT SET; and END;`,
    "Flink's SQL Gateway refuses it there (\"Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set\"). Move the statement before BEGIN STATEMENT SET; (a SET, a CREATE TEMPORARY TABLE or VIEW), or close the set with END; first.",
    s.range,
  );
}

/**
 * `EXECUTE INSERT` in a set: Flink's gateway reads it as the INSERT it wraps and adds that to the
 * set, but flinkops submits the set as one `EXECUTE STATEMENT SET BEGIN ... END`, whose grammar takes
 * INSERT only (Flink 2.2.0: Encountered "EXECUTE"); apply would run it as a job of its own.
 */
function executeInsertInSet(job: ProjectJob, s: Statement): Diagnostic {
  return error(
    CODES.statementSetContent,
    `Job ${job.name} has EXECUTE INSERT inside BEGIN STATEMENT SET; write INSERT INTO, without EXECUTE, inside a statement set`,
    'Flink\'s SQL client and gateway read EXECUTE INSERT there as the same INSERT, but flinkops submits the set as one EXECUTE STATEMENT SET BEGIN ... END, whose grammar takes INSERT statements only (Flink: Encountered "EXECUTE"). Write INSERT INTO, without EXECUTE: the job is the same.',
    s.range,
  );
}

/**
 * In a job, an `END;` without `BEGIN STATEMENT SET;` is an error: Flink's SQL Gateway refuses it ("No
 * Statement Set to submit"), so before the job's INSERT it failed apply (FO707) on a plan that passed.
 */
function strayEndInJob(job: ProjectJob, d: Diagnostic): Diagnostic {
  return error(
    d.code,
    `Job ${job.name} has END; without BEGIN STATEMENT SET;`,
    'Flink\'s SQL Gateway refuses it ("No Statement Set to submit"): remove this END;, or open the statement set with BEGIN STATEMENT SET; before the INSERT statements.',
    d.range,
  );
}

/** Rules of one job script: it must write, and write through one Flink job. */
export function checkJob(
  project: Project,
  job: ProjectJob,
  analysis: ScriptAnalysis,
  lines: LineIndex,
): Diagnostic[] {
  const diags: Diagnostic[] = analysis.diags.map((d) =>
    isUnclosedSqlClientSet(d)
      ? unclosedSetInJob(job, d)
      : d.code === CODES.strayEnd
        ? strayEndInJob(job, d)
        : d,
  );
  const ctx: Ctx = { project, file: job.sqlFile, lines, diags };
  const statements = analysis.statements;
  // A syntax error (an unterminated comment or string, a missing `;`) can swallow the INSERT:
  // "empty" or "writes nothing" would then say the same thing twice, and the wrong way round.
  const unreadable = analysis.diags.some((d) => d.severity === 'error');
  if (statements.length === 0) {
    if (unreadable) return tidySummaries(diags);
    diags.push(
      error(
        'FO230',
        `Job ${job.name} is empty`,
        `Write the job's INSERT INTO ... SELECT (or EXECUTE STATEMENT SET) in ${job.sqlFile}, or delete the file.`,
        lines.range(job.sqlFile, 0, 0),
      ),
    );
    return tidySummaries(diags);
  }
  // The statements naming default_catalog's objects by simple names: those the table rules judge.
  const own = inDefaultCatalog(statements);
  diags.push(
    ...secretsInQueries(job, statements, lines),
    ...managedSets(job, statements),
    ...relativeJars(job, statements, lines),
    ...usingJarWithoutAddJar(statements, project.config?.flinkVersion, job.sqlFile, lines),
    ...shadowedTables(project, job, own, lines),
    ...changedRepositoryTables(project, job, own, lines),
    ...connectorlessTables(job, own, lines),
    ...createdTwice(job, own, lines),
  );
  // A `BEGIN STATEMENT SET; ... END;` counts as one write once it holds one. An empty one is the
  // SQL front end's FO316, and then the job's problem rather than "writes nothing".
  let inSet = false;
  let counted = false;
  let sets = 0;
  const topInserts: Statement[] = [];
  for (const s of statements) {
    if (s.kind === 'begin_statement_set' && inSet) {
      // Flink's gateway refuses a second BEGIN STATEMENT SET; in an open set (begin_statement_set.q),
      // and apply used to start the set afresh there, leaving the INSERTs before it out of the job.
      diags.push(notInStatementSet(job, s, 'BEGIN STATEMENT SET'));
    } else if (s.kind === 'begin_statement_set') {
      inSet = true;
      counted = false;
    } else if (s.kind === 'end') inSet = false;
    else if (s.kind === 'statement_set') sets++;
    else if (inSet) {
      if (
        s.kind !== 'insert' &&
        s.kind !== 'create_table_as' &&
        s.kind !== 'client_command' &&
        s.kind !== 'unknown'
      ) {
        // The SQL Gateway takes only INSERT (and CREATE TABLE ... AS) between BEGIN STATEMENT SET; and
        // END; ("Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set"); apply would run
        // the statement on its own before the set instead (a CREATE TABLE then a permanent catalog table).
        diags.push(
          s.kind === 'execute' && s.writes.length > 0
            ? executeInsertInSet(job, s)
            : notInStatementSet(job, s, statementWords(s)),
        );
      }
      if (s.kind === 'create_table_as') {
        // Flink's SQL client and gateway take a CTAS between BEGIN STATEMENT SET; and END; but the
        // set is submitted as one EXECUTE STATEMENT SET, whose grammar takes INSERTs only: the CTAS
        // would run as a job of its own and the INSERTs not at all.
        diags.push(
          error(
            CODES.statementSetContent,
            `Job ${job.name} has a CREATE TABLE ... AS inside BEGIN STATEMENT SET; flinkops submits the set as one EXECUTE STATEMENT SET, which takes INSERT statements only`,
            'Declare the table before the set (CREATE TABLE t (...) WITH (...); in the script, or tables/t.sql) and write INSERT INTO t SELECT ... inside the set; or make the CREATE TABLE ... AS the job on its own.',
            s.range,
          ),
        );
      }
      if (!counted && writesThroughJob(s)) {
        sets++;
        counted = true;
      }
    } else if (writesThroughJob(s)) topInserts.push(s);
    else if (s.kind === 'select') {
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
  if (
    topInserts.length === 0 &&
    sets === 0 &&
    !unreadable &&
    !diags.some((d) => d.code === CODES.emptyStatementSet)
  ) {
    // A materialized table does write, but through refresh jobs the SQL Gateway starts and owns
    // (its workflow scheduler, a catalog that keeps materialized tables): no job flinkops runs.
    const materialized = statements.find((s) => s.kind === 'create_materialized_table');
    if (materialized) {
      diags.push(
        error(
          'FO231',
          `Job ${job.name} writes nothing flinkops can run: a materialized table is refreshed by the SQL Gateway, not by a job`,
          'CREATE MATERIALIZED TABLE hands the refresh to the SQL Gateway (its workflow scheduler and a catalog that keeps materialized tables), which starts and stops the refresh job itself; flinkops deploys, upgrades and restores jobs it submits. Run the statement on the gateway directly, or declare the table (tables/<name>.sql or .yaml) and write the job as INSERT INTO <table> SELECT ... to run it as a job flinkops manages.',
          materialized.range,
        ),
      );
      Object.assign(job, resolveUses(ctx, statements, `Job ${job.name}`, true));
      return tidySummaries(diags);
    }
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
  Object.assign(job, resolveUses(ctx, statements, `Job ${job.name}`, true));
  return tidySummaries(diags);
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
  if (!def) return tidySummaries(diags);
  table.statement = def;
  table.objectKind = def.kind === 'create_view' ? 'view' : 'table';
  const ref = def.table?.name ?? def.view?.name;
  if (ref && (ref.parts.length > 1 || ref.name !== table.name)) {
    diags.push(
      error(
        'FO212',
        `${table.file} defines "${ref.parts.join('.')}", not "${table.name}"`,
        `The file name is the table name: rename the ${table.objectKind} to ${table.name} (unqualified)` +
          (isIdentifier(ref.name)
            ? `, or the file to ${ref.name}.sql.`
            : ` and use that name where it is read or written (a file name must match [a-z][a-z0-9_]*).`),
        lines.range(table.file, ref.start, ref.end),
      ),
    );
  }
  if (table.objectKind === 'view') {
    Object.assign(
      table,
      resolveUses({ project, file: table.file, lines, diags }, [def], `View ${table.name}`),
    );
  } else if (def.functions.length > 0 || def.table?.like) {
    // A computed column or watermark may call a UDF: the job's script creates it before the table
    // (an unknown function is FO225 here, at the call, as in a job). CREATE TABLE ... LIKE a
    // repository table: the compiled script creates that one first. (Most tables have neither.)
    const uses = resolveUses({ project, file: table.file, lines, diags }, [def], `Table ${table.name}`);
    table.functions = uses.functions;
    if (def.table?.like) table.reads = (uses.copies ?? []).filter((r) => r !== table.name);
  }
  const options = def.table?.options ?? {};
  // An option's key as written: 'key' in the WITH list (the last one, after the columns).
  const keyAt = (key: string) => {
    const i = def.text.lastIndexOf(`'${key.replaceAll("'", "''")}'`);
    return i < 0 ? def.range : lines.range(table.file, def.start + i, def.start + i + key.length + 2);
  };
  const connector = options.connector;
  if (table.objectKind === 'table' && connector === undefined && !def.table?.like) {
    const envs = Object.values(project.config?.environments ?? {});
    // An environment may give the connector itself (environments.<env>.tables.<name>.with).
    if (!envs.some((e) => e.tables?.[table.name]?.with?.connector != null))
      diags.push(
        error(
          'FO280',
          `Table ${table.name} has no 'connector' option`,
          `Flink creates repository tables in default_catalog, an in-memory catalog, where a table without a connector is refused when a job using it is planned ("Table options do not contain an option key 'connector'"). Add WITH ('connector' = '...', ...); a table of a catalog that keeps its own (Paimon, Iceberg) belongs in that catalog, not in tables/.`,
          lines.range(table.file, def.start, def.table?.name ? def.table.name.end : def.start),
        ),
      );
  }
  diags.push(
    ...connectorTypos(
      connector,
      Object.keys(options).filter((k) => k !== 'connector'),
      keyAt,
      connector === undefined ? undefined : keyAt(connector),
    ),
  );
  return tidySummaries(diags);
}

/**
 * The UDFs a YAML table's computed columns and watermark expression call: each job that uses the
 * table creates them before it (an unknown one is FO225 at its expression).
 */
export function yamlTableFunctions(
  project: Project,
  table: ProjectTable,
  y: YamlSource,
  diags: Diagnostic[],
): string[] {
  const { spec } = table;
  if (!spec) return [];
  const exprs: [string, (string | number)[]][] = (spec.computed ?? []).map((c, i) => [
    c.expr,
    ['computed', i, 'expr'],
  ]);
  if (spec.watermark?.expr) exprs.push([spec.watermark.expr, ['watermark', 'expr']]);
  const out = new Set<string>();
  for (const [expr, path] of exprs) {
    // Only a call of something but a built-in can name a UDF: most expressions (PROCTIME(),
    // amount * 100) need no analysis. A quoted name (`mask_id`(x)) is never taken for a built-in.
    const calls = [...expr.matchAll(/(`[^`]*`|[A-Za-z_][\w$]*)\s*\(/g)];
    if (calls.every((m) => isBuiltinFunction(m[1]!.toUpperCase(), project.config?.flinkVersion))) continue;
    const [st] = analyzeScript(`SELECT ${expr}`, table.file, {
      flinkVersion: project.config?.flinkVersion,
      dollarsInLiterals: true,
    }).statements;
    for (const f of st?.functions ?? []) {
      // A table's DDL runs in default_catalog.default_database, where the UDFs are created.
      if (f.parts.length > 1 && !inBuiltinNamespace(f.parts)) continue;
      const used = projectFunction(project, f.name, `Table ${table.name}`, () => y.locate(path));
      if (typeof used === 'string') out.add(used);
      else if (used) diags.push(used);
    }
  }
  return [...out].sort();
}

/** Views that (transitively) read themselves. */
export function checkViewCycles(project: Project): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const state = new Map<string, 1 | 2>();
  // Depth first with a stack of its own, not recursion: a chain of thousands of views is deeper
  // than the call stack. `path` holds the views being read, outermost first.
  const path: { t: ProjectTable; next: number }[] = [];
  const enter = (t: ProjectTable): void => {
    const s = state.get(t.name);
    if (s === 2) return;
    if (s === 1) {
      const names = path.map((p) => p.t.name);
      const cycle = [...names.slice(names.indexOf(t.name)), t.name];
      diags.push(
        error(
          'FO257',
          cycle.length === 2
            ? `View ${t.name} reads itself`
            : `Views read each other in a cycle: ${cycle.join(' → ')}`,
          'Break the cycle: a view cannot (transitively) read itself.',
          t.statement?.range,
        ),
      );
      return;
    }
    state.set(t.name, 1);
    path.push({ t, next: 0 });
  };
  for (const view of project.tables) {
    if (view.objectKind !== 'view') continue;
    enter(view);
    for (let top = path.at(-1); top; top = path.at(-1)) {
      const r = top.t.reads[top.next++];
      if (r === undefined) {
        state.set(top.t.name, 2);
        path.pop();
        continue;
      }
      const d = project.tableByName.get(r);
      if (d?.objectKind === 'view') enter(d);
    }
  }
  return diags;
}
