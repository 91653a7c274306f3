/**
 * One job's compiled script: header, SET lines, the UDFs, tables and views it uses
 * (transitively through views, in dependency order), then its own statements.
 * Deterministic: the same repository and environment give the same bytes.
 */

import { quoteIdentifier, quoteString } from '../sql';
import type { Project, ProjectJob, ProjectTable } from '../validate';
import { type EnvLookup, substitute } from './resolve';

export interface JobDependencies {
  /** Tables (not views), sorted by name. */
  tables: ProjectTable[];
  /** Views, each after everything it reads. */
  views: ProjectTable[];
  /** UDF function names (lower case), sorted. */
  functions: string[];
  /** Tables read directly or through views, sorted. */
  sources: string[];
}

export function jobDependencies(project: Project, job: ProjectJob): JobDependencies {
  const tables = new Map<string, ProjectTable>();
  const views: ProjectTable[] = [];
  const seen = new Set<string>();
  const functions = new Set(job.functions);
  const sources = new Set<string>();
  // Depth first with a stack of its own, not recursion: a chain of thousands of views is deeper
  // than the call stack. A view is placed once everything it reads is.
  const stack: { t: ProjectTable; read: boolean; next: number }[] = [];
  const enter = (name: string, read: boolean): void => {
    const t = project.tableByName.get(name);
    if (!t) return;
    if (t.objectKind === 'table') {
      if (read) sources.add(name);
      if (tables.has(name)) return;
      tables.set(name, t);
    } else {
      if (seen.has(name)) return;
      seen.add(name); // before going in: a cycle (reported by validate) must not loop
    }
    stack.push({ t, read: t.objectKind !== 'table', next: 0 });
  };
  const visit = (name: string, read: boolean): void => {
    enter(name, read);
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      // A table created LIKE another needs that one created first; none of its rows is read.
      const r = top.t.reads[top.next++];
      if (r !== undefined) {
        enter(r, top.read);
        continue;
      }
      stack.pop();
      // A UDF its computed columns call: created before the tables, as a view's are.
      for (const f of top.t.functions) functions.add(f);
      if (top.t.objectKind !== 'table') views.push(top.t);
    }
  };
  for (const r of job.reads) visit(r, true);
  for (const c of job.copies ?? []) visit(c, false);
  for (const w of job.writes) visit(w, false);
  return {
    tables: likeSourcesFirst(
      [...tables.values()].sort((a, b) => (a.name < b.name ? -1 : 1)),
      tables,
    ),
    views,
    functions: [...functions].sort(),
    sources: [...sources].sort(),
  };
}

/** Tables by name, each after the tables it is created LIKE (Flink looks the LIKE source up when it runs the DDL). */
function likeSourcesFirst(sorted: ProjectTable[], byName: ReadonlyMap<string, ProjectTable>): ProjectTable[] {
  const out: ProjectTable[] = [];
  const placed = new Set<string>();
  // A stack of its own, not recursion: a LIKE chain may be deeper than the call stack.
  const stack: { t: ProjectTable; next: number }[] = [];
  const enter = (t: ProjectTable): void => {
    if (placed.has(t.name)) return;
    placed.add(t.name); // before the sources: a LIKE cycle (which Flink refuses) must not loop
    stack.push({ t, next: 0 });
  };
  for (const t of sorted) {
    enter(t);
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const r = top.t.reads[top.next++];
      if (r === undefined) {
        stack.pop();
        out.push(top.t);
        continue;
      }
      const src = byName.get(r);
      if (src) enter(src);
    }
  }
  return out;
}

/**
 * The jar URI and checksum of a UDF artifact in `env`: the environment's override, else the
 * artifact's own; and the Python files of its functions (`files:`, which no override replaces).
 */
export function udfArtifact(
  project: Project,
  udf: string,
  env: string,
): { jar?: string; sha256?: string; files?: string[] } | undefined {
  const spec = project.udfByName.get(udf)?.spec;
  const override = project.config?.environments[env]?.udfs?.[udf];
  if (override) return spec?.files ? { ...override, files: spec.files } : override;
  return spec;
}

export function functionDdl(
  project: Project,
  name: string,
  env: string,
  lookup: EnvLookup,
): string | undefined {
  const f = project.functionByName.get(name);
  const artifact = f ? udfArtifact(project, f.udf, env) : undefined;
  if (!f || !artifact) return undefined;
  const language = (f.fn.language ?? 'java').toUpperCase();
  const jar =
    language === 'PYTHON' || artifact.jar === undefined
      ? ''
      : ` USING JAR ${quoteString(substitute(artifact.jar, lookup))}`;
  return `CREATE TEMPORARY FUNCTION ${quoteIdentifier(f.name)} AS ${quoteString(f.fn.class)} LANGUAGE ${language}${jar}`;
}

/**
 * `ADD JAR` for each jar the job's JVM functions come from, sorted. `USING JAR` alone loads the jar
 * for the function only: with checkpointing on, the SQL Gateway (Flink 1.20) compiles the generated
 * operators while building the job graph with the session's class loader, which then cannot see
 * the function's class ("Cannot determine simple type name"). ADD JAR puts it in the session.
 */
export function jarDdl(
  project: Project,
  functions: readonly string[],
  env: string,
  lookup: EnvLookup,
): string[] {
  const jars = new Set<string>();
  for (const name of functions) {
    const f = project.functionByName.get(name);
    const artifact = f ? udfArtifact(project, f.udf, env) : undefined;
    if (!f || !artifact?.jar || (f.fn.language ?? 'java') === 'python') continue;
    jars.add(substitute(artifact.jar, lookup));
  }
  return [...jars].sort().map((j) => `ADD JAR ${quoteString(j)}`);
}

/**
 * The `python.files` value of the job's Python functions: the `files:` of each artifact they come
 * from, in artifact order, each once (undefined when none has files). Flink reads it when the
 * function is planned and when the job is submitted, so it is SET before the CREATE FUNCTIONs.
 */
export function pythonFilesOf(
  project: Project,
  functions: readonly string[],
  env: string,
  lookup: EnvLookup,
): string | undefined {
  const files = new Set<string>();
  const udfs = new Set<string>();
  for (const name of functions) {
    const f = project.functionByName.get(name);
    if (f && (f.fn.language ?? 'java') === 'python') udfs.add(f.udf);
  }
  for (const u of [...udfs].sort())
    for (const file of udfArtifact(project, u, env)?.files ?? []) files.add(substitute(file, lookup));
  return files.size > 0 ? [...files].join(',') : undefined;
}

export interface ScriptInput {
  job: string;
  env: string;
  sqlFile: string;
  config: Readonly<Record<string, string>>;
  functions: string[];
  /** Table then view DDL, in order. */
  ddl: string[];
  /** The job's own statements, `${env.X}` substituted. */
  statements: string[];
}

/** `text;` — on a line of its own when the last line has a `--` comment that would swallow it. */
export function terminate(text: string): string {
  const t = text.trim();
  const lastLine = t.slice(t.lastIndexOf('\n') + 1);
  return lastLine.includes('--') ? `${t}\n;` : `${t};`;
}

/** What separates the parts of a compiled script. */
export const SCRIPT_PART_SEPARATOR = '\n\n';

/** A job's compiled script. */
export function renderScript(input: ScriptInput): string {
  return joinScript(scriptParts(input));
}

export function joinScript(parts: readonly string[]): string {
  return `${parts.join(SCRIPT_PART_SEPARATOR)}\n`;
}

/** How every compiled script starts: `compile --out` knows the files it wrote by it. */
export const SCRIPT_MARK = '-- flinkops compiled script:';

/**
 * The parts of a job's compiled script, in order: a comment, the SET lines, the UDFs, each table
 * and view, each statement of the job. Every part but the comment ends with `;`.
 */
export function scriptParts(input: ScriptInput): string[] {
  const parts: string[] = [
    `${SCRIPT_MARK} job ${input.job}, environment ${input.env}\n-- Source: ${input.sqlFile}. Generated; do not edit.`,
  ];
  const keys = Object.keys(input.config).sort();
  if (keys.length > 0)
    parts.push(keys.map((k) => `SET ${quoteString(k)} = ${quoteString(input.config[k]!)};`).join('\n'));
  if (input.functions.length > 0) parts.push(input.functions.map((f) => `${f};`).join('\n'));
  for (const d of input.ddl) parts.push(terminate(d));
  for (const s of input.statements) parts.push(terminate(s));
  return parts;
}
