/**
 * Compiles a validated project into the desired state of one environment. A job's hashes are in
 * `spec-hashes.ts`, its lazily computed fields in `lazy-fields.ts`, tables in `desired-tables.ts`
 * and the check of `${env.NAME}` substitutions in `substitution-problems.ts`.
 */

import { type Diagnostic, error, hasErrors, type SourceRange, sortDiagnostics } from '../core/diagnostics';
import { pipelineName } from '../core/names';
import { isSensitiveKey } from '../core/sensitive-keys';
import { environmentRelease, secretNames } from '../load';
import { normalizePieces, pieceCache, quoteString } from '../sql';
import { loadAndValidate, type Project } from '../validate';
import { compileTable, localTablesOf } from './desired-tables';
import { desiredEnvironment } from './environment';
import { buildGraph, type GraphInput } from './graph';
import {
  functionDdl,
  jarDdl,
  jobDependencies,
  joinScript,
  pythonFilesOf,
  SCRIPT_PART_SEPARATOR,
  scriptParts,
  udfArtifact,
} from './job-script';
import { type LaterBuiltinCache, laterBuiltinCalls, laterBuiltinNames } from './later-builtins';
import { lazyFields, onFirstRead } from './lazy-fields';
import type {
  CompileResult,
  DesiredJob,
  DesiredState,
  DesiredTable,
  DesiredUdf,
  EnvReference,
} from './model';
import { pythonFileChecksums, scriptPythonFunctions } from './python-files';
import { envLookup, resolveSettings, sqlLiteralLookup, substitute } from './resolve';
import { scriptJarChecksums, scriptJarFunctions } from './script-jars';
import { hashOfNormalForm, specChecksums } from './spec-hashes';
import { checkSubstituted } from './substituted-sql';

export interface CompileOptions {
  env: string;
  /** The process environment for `${env.NAME}` (injected; never read from process.env here). */
  envVars?: Readonly<Record<string, string | undefined>>;
}

/** The project as validated for the Flink release `env` runs (environments of other releases than the project's). */
export function projectFor(validated: Project, env: string): Project {
  const release = validated.config ? environmentRelease(validated.config, env) : undefined;
  return (release !== undefined ? validated.releases?.[release] : undefined) ?? validated;
}

/** The desired state of `opts.env` for an already validated project (undefined if it has errors). */
export function compile(
  validated: Project,
  opts: CompileOptions,
): { value: DesiredState | undefined; diags: Diagnostic[] } {
  const project = projectFor(validated, opts.env);
  const diags: Diagnostic[] = [];
  const config = project.config;
  const envSpec = config?.environments[opts.env];
  if (!config || !envSpec) {
    diags.push(
      error(
        'FO400',
        config ? `Unknown environment "${opts.env}"` : 'Cannot compile without a valid flinkops.yaml',
        config
          ? `Environments in flinkops.yaml: ${Object.keys(config.environments).join(', ')}.`
          : 'Fix the errors in flinkops.yaml first.',
      ),
    );
    return { value: undefined, diags };
  }
  const lookup = envLookup(envSpec, opts.envVars ?? {});

  const tables: DesiredTable[] = [];
  const tableByName = new Map<string, DesiredTable>();
  for (const t of project.tables) {
    const d = compileTable(project, t, opts.env, lookup, diags);
    if (!d) continue;
    tables.push(d);
    tableByName.set(d.name, d);
  }
  const udfs: DesiredUdf[] = [];
  const udfByName = new Map<string, DesiredUdf>();
  for (const u of project.udfs) {
    const artifact = u.spec && udfArtifact(project, u.name, opts.env);
    if (!u.spec || !artifact) continue;
    const d: DesiredUdf = { name: u.name, file: u.file, functions: u.spec.functions };
    if (artifact.jar !== undefined) d.jar = substitute(artifact.jar, lookup);
    if (artifact.files) d.files = artifact.files.map((f) => substitute(f, lookup));
    // Where the jar and its checksum are written: the environment's override, else the UDF file.
    const yaml = project.loaded.udfs.find((s) => s.file === u.file)?.yaml;
    const overridden = project.config?.environments[opts.env]?.udfs?.[u.name] !== undefined;
    const locate = (key: 'jar' | 'sha256') =>
      overridden
        ? project.loaded.config?.locate(['environments', opts.env, 'udfs', u.name, key])
        : yaml?.locate([key]);
    const jarAt = locate('jar');
    if (jarAt) d.jarAt = jarAt;
    if (artifact.sha256) {
      d.sha256 = artifact.sha256.toLowerCase();
      const at = locate('sha256');
      if (at) d.sha256At = at;
    }
    const classAt: Record<string, SourceRange> = {};
    for (const [i, f] of u.spec.functions.entries()) {
      const at = yaml?.locate(['functions', i, 'class']);
      if (at) classAt[f.name.toLowerCase()] = at;
    }
    if (Object.keys(classAt).length > 0) d.classAt = classAt;
    udfs.push(d);
    udfByName.set(d.name, d);
  }
  const functionCache = new Map<string, string | undefined>();
  const hashInputs: { job: DesiredJob; parts: string[]; jarChecksums: Record<string, string> }[] = [];

  const jobs: DesiredJob[] = [];
  const graphJobs: GraphInput['jobs'] = [];
  // UDFs named like a later release's built-ins: where jobs call them (the plan's FO668).
  const laterNames = laterBuiltinNames(project);
  const laterCache: LaterBuiltinCache = new Map();
  for (const job of project.jobs) {
    if (!job.analysis) continue;
    const deps = jobDependencies(project, job);
    const settings = resolveSettings(config, opts.env, job.name, job.settings, lookup);
    const fnDdl = jarDdl(project, deps.functions, opts.env, lookup);
    const artifactPythonFiles = pythonFilesOf(project, deps.functions, opts.env, lookup);
    if (artifactPythonFiles !== undefined)
      fnDdl.push(`SET ${quoteString('python.files')} = ${quoteString(artifactPythonFiles)}`);
    for (const f of deps.functions) {
      if (!functionCache.has(f)) functionCache.set(f, functionDdl(project, f, opts.env, lookup));
      const ddl = functionCache.get(f);
      if (ddl) fnDdl.push(ddl);
    }
    const ddl: string[] = [];
    for (const t of [...deps.tables, ...deps.views]) {
      const d = tableByName.get(t.name);
      if (d) ddl.push(d.ddl);
    }
    // The SQL client's own commands (EXIT; at the end of a `sql-client -f` script) never reach Flink.
    const sent = job.analysis.statements.filter((st) => st.kind !== 'client_command');
    const sqlLookup = sqlLiteralLookup(lookup);
    const statements = sent.map((st) => {
      const text = substitute(st.text, sqlLookup);
      if (text !== st.text) {
        const where = {
          sqlFile: job.sqlFile,
          env: opts.env,
          flinkVersion: config.flinkVersion,
          range: st.range,
        };
        checkSubstituted(st, text, sqlLookup, where, diags);
      }
      return text;
    });
    const parts = scriptParts({
      job: job.name,
      env: opts.env,
      sqlFile: job.sqlFile,
      config: settings.config,
      functions: fnDdl,
      ddl,
      statements,
    });
    const script = joinScript(parts);
    const udfNames = [
      ...new Set(
        deps.functions.map((f) => project.functionByName.get(f)?.udf).filter((u) => u !== undefined),
      ),
    ].sort();
    // The Python files the job ships: Flink copies them at submission, so the script alone misses an edit.
    const pythonFiles = pythonFileChecksums([
      ...Object.entries(settings.config),
      ...(artifactPythonFiles !== undefined ? [['python.files', artifactPythonFiles] as const] : []),
      ...sent.flatMap((st) =>
        st.kind === 'set' && st.set?.key !== undefined && st.set.value !== undefined
          ? [[st.set.key, substitute(st.set.value, lookup)] as const]
          : [],
      ),
    ]);
    // The jars the script itself loads: the gateway reads them at submission, as it does Python files.
    // The statements that load jars or create functions (ADD JAR, CREATE FUNCTION), as sent: most
    // jobs have none.
    const jarStatements = sent.flatMap((st, i) =>
      st.kind === 'add_jar' || st.kind === 'create_function'
        ? [{ kind: st.kind, text: statements[i]!, ...(st.function ? { function: st.function } : {}) }]
        : [],
    );
    const scriptJars = jarStatements.length > 0 ? scriptJarChecksums(jarStatements) : {};
    const jarChecksums = specChecksums(udfNames, (u) => udfByName.get(u)?.sha256, pythonFiles, scriptJars);
    const desired = {
      name: job.name,
      pipelineName: pipelineName(config.project, opts.env, job.name),
      sqlFile: job.sqlFile,
      script,
      settings,
      restartHash: '', // below, on first use
      tables: deps.tables.map((t) => t.name),
      views: deps.views.map((v) => v.name).sort(),
      udfs: udfNames,
      functions: deps.functions,
      secrets: secretNames(script),
      sinks: job.writes,
      sources: deps.sources,
      sourceRanges: job.analysis.statements.map((st) => st.range),
    } as Omit<DesiredJob, 'statements' | 'metadataHash'> as DesiredJob;
    if (job.yamlFile) desired.yamlFile = job.yamlFile;
    if (settings.movedFrom !== undefined) {
      const over = config.environments[opts.env]?.jobs?.[job.name]?.movedFrom !== undefined;
      const at = over
        ? project.loaded.config?.locate(['environments', opts.env, 'jobs', job.name, 'movedFrom'])
        : project.loaded.jobs.find((j) => j.name === job.name)?.yaml?.locate(['movedFrom']);
      if (at) desired.movedFromAt = at;
    }
    if (Object.keys(pythonFiles).length > 0) {
      desired.pythonFiles = pythonFiles;
      const pythonFunctions = scriptPythonFunctions(jarStatements, pythonFiles);
      if (Object.keys(pythonFunctions).length > 0) desired.scriptPythonFunctions = pythonFunctions;
    }
    if (Object.keys(scriptJars).length > 0) {
      desired.scriptJars = scriptJars;
      const jarFunctions = scriptJarFunctions(jarStatements, scriptJars);
      if (Object.keys(jarFunctions).length > 0) desired.scriptJarFunctions = jarFunctions;
    }
    if (job.localTables) desired.localTables = localTablesOf(job.localTables, lookup);
    desired.statementRanges = job.analysis.statements.map((st) => st.range);
    if (laterNames) {
      const calls = laterBuiltinCalls(project, job.name, deps, laterNames, laterCache);
      if (calls.length > 0) desired.laterBuiltinCalls = calls;
    }
    lazyFields(desired, opts.env);
    jobs.push(desired);
    hashInputs.push({ job: desired, parts, jarChecksums });
    graphJobs.push({
      name: job.name,
      reads: job.reads,
      ...(job.copies ? { copies: job.copies } : {}),
      writes: job.writes,
      ...(job.catalogTables ? { catalogTables: job.catalogTables } : {}),
      ...(desired.localTables ? { localTables: desired.localTables } : {}),
      ...(job.localViews ? { localViews: job.localViews, direct: job.direct ?? {} } : {}),
      udfs: udfNames,
      ...(settings.description ? { description: settings.description } : {}),
    });
  }

  // The SET lines, UDFs and tables several jobs share are normalised once for the restart hashes.
  // They are counted at the first hash read: counting hashes the text of every script again.
  let uses: Map<string, number> | undefined;
  const shared = (part: string) => {
    if (!uses) {
      uses = new Map();
      for (const { parts } of hashInputs) for (const p of parts) uses.set(p, (uses.get(p) ?? 0) + 1);
    }
    return uses.get(part)! > 1;
  };
  const normalForms = pieceCache();
  // `restartHash` is computed on first use: `compile` prints scripts without it, and normalising
  // every script is a fifth of a large compile. Every reader gets the value an eager computation
  // would have given (the inputs are fixed here, and normal forms do not depend on which job asks
  // first); a compiled plan may set its own hash (engine/compile-plans.ts).
  for (const { job, parts, jarChecksums } of hashInputs) {
    const { script, settings } = job;
    onFirstRead(job, 'restartHash', () =>
      hashOfNormalForm(
        normalizePieces(script, parts, SCRIPT_PART_SEPARATOR, shared, normalForms),
        settings,
        jarChecksums,
      ),
    );
  }

  const graph = () =>
    buildGraph({
      jobs: graphJobs,
      tables: project.tables.map((t) => ({
        name: t.name,
        objectKind: t.objectKind,
        kind: t.kind,
        ...(t.spec?.description ? { description: t.spec.description } : {}),
        reads: t.reads,
        topics: tableByName.get(t.name)?.topics ?? [],
        udfs: [
          ...new Set(
            t.functions.map((f) => project.functionByName.get(f)?.udf).filter((u) => u !== undefined),
          ),
        ].sort(),
      })),
      udfs: udfs.map((u) => ({ name: u.name })),
    });

  const environment = desiredEnvironment(opts.env, envSpec, opts.envVars ?? {});
  const state = {
    project: config.project,
    env: opts.env,
    flinkVersion: config.flinkVersion,
    ...(envSpec.flinkVersion !== undefined ? { flinkVersionOfEnvironment: true } : {}),
    ...(project.loaded.config
      ? {
          flinkVersionRange: project.loaded.config.locate(
            envSpec.flinkVersion !== undefined
              ? ['environments', opts.env, 'flinkVersion']
              : ['flinkVersion'],
          ),
        }
      : {}),
    environment,
    environments: Object.keys(config.environments),
    jobs,
    tables,
    udfs,
    ...(config.policy ? { policy: config.policy } : {}),
  } as DesiredState;
  // The dependency graph is built on first use: the graph command and the Action's SQL tests read it.
  onFirstRead(state, 'graph', graph);
  return { value: hasErrors(diags) ? undefined : state, diags };
}

/** Loads, validates and compiles a project directory for one environment. */
export function compileProject(dir: string, opts: CompileOptions): CompileResult {
  const validated = loadAndValidate(
    dir,
    opts.envVars ? { env: opts.env, envVars: opts.envVars } : { env: opts.env },
  );
  const envReferences = envReferencesOf(validated.value);
  if (hasErrors(validated.diags)) return { value: undefined, diags: validated.diags, envReferences };
  const compiled = compile(validated.value, opts);
  return {
    value: compiled.value,
    diags: sortDiagnostics([...validated.diags, ...compiled.diags]),
    envReferences,
  };
}

/**
 * The `${env.X}` references of the repository (every environment's): a credential is one that
 * sets a sensitive option of a script (FO272), not the cluster's `auth`, which no script holds.
 */
function envReferencesOf(project: Project): EnvReference[] {
  return project.loaded.references
    .filter((r) => r.kind === 'env')
    .map((r) => ({ name: r.name, credential: !r.auth && r.key !== undefined && isSensitiveKey(r.key) }));
}
