/** Compiles a validated project into the desired state of one environment. */
import { type Diagnostic, error, hasErrors, type SourceRange, sortDiagnostics } from '../core/diagnostics';
import { fingerprint } from '../core/hash';
import { KAFKA_CONNECTORS, kafkaTopicKeys, TOPIC_KEY_OPTIONS } from '../core/kafka-topic';
import { pipelineName } from '../core/names';
import { isSensitiveKey } from '../core/sensitive-keys';
import { environmentRelease, secretNames } from '../load';
import type { JobSettingKey, TableSpec } from '../load/types';
import {
  analyzeScript,
  normalizePieces,
  normalizeSql,
  normalizeSqlAsBefore,
  pieceCache,
  quoteString,
  type Statement,
  type TableDef,
} from '../sql';
import { type LocalTable, loadAndValidate, type Project, type ProjectTable } from '../validate';
import { settingsWithEffect } from './effects';
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
import type {
  CompileResult,
  DesiredJob,
  DesiredLocalTable,
  DesiredState,
  DesiredTable,
  DesiredUdf,
  EnvReference,
  ResolvedSettings,
} from './model';
import { pythonFileChecksums, scriptPythonFunctions } from './python-files';
import {
  type EnvLookup,
  envLookup,
  resolveSettings,
  sqlLiteralLookup,
  substitute,
  substituteDeep,
} from './resolve';
import { scriptJarChecksums, scriptJarFunctions } from './script-jars';
import { checkSubstitutedFragments } from './substituted-fragments';
import { checkSubstituted } from './substituted-sql';
import { makeTemporary, tableDdl, tableOptions } from './table-ddl';

export interface CompileOptions {
  env: string;
  /** The process environment for `${env.NAME}` (injected; never read from process.env here). */
  envVars?: Readonly<Record<string, string | undefined>>;
}

const RESTART_KEYS = settingsWithEffect('upgrade', 'redeploy');
const METADATA_KEYS = settingsWithEffect('ignore');

function pick(settings: ResolvedSettings, keys: readonly JobSettingKey[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (settings[k] !== undefined) out[k] = settings[k];
  return out;
}

/**
 * Fingerprint (16 hex, sha256-based) of the normalised script plus every setting whose change restarts the job.
 * `jarChecksums` (UDF name → sha256 of the jars the script loads) counts too: a new jar published
 * under the same URI changes no byte of the script. Left out when empty, so hashes of jobs
 * without checksummed UDFs are what they always were. The Python files a job ships count the
 * same way, under `python:<entry>` (`specChecksums`).
 */
export function restartHash(
  script: string,
  settings: ResolvedSettings,
  jarChecksums: Readonly<Record<string, string>> = {},
): string {
  return hashOfNormalForm(normalizeSql(script), settings, jarChecksums);
}

/**
 * The restart hash older flinkops versions gave the same script and settings, where their
 * normaliser read it otherwise (normalizeSqlAsBefore); undefined where it read it the same.
 */
export function restartHashAsBefore(
  script: string,
  settings: ResolvedSettings,
  jarChecksums: Readonly<Record<string, string>> = {},
): string | undefined {
  const before = normalizeSqlAsBefore(script);
  return before === undefined ? undefined : hashOfNormalForm(before, settings, jarChecksums);
}

/**
 * What a spec hash counts beside the script and settings: the sha256 of each checksummed UDF jar
 * the job loads (by UDF name), of each Python file it ships (`python:<entry>`) and of each jar its
 * own script loads (`jar:<location>`; no UDF name has a colon).
 */
export function specChecksums(
  udfs: readonly string[],
  jarSha256: (udf: string) => string | undefined,
  pythonFiles: Readonly<Record<string, string>> = {},
  scriptJars: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const u of udfs) {
    const sha = jarSha256(u);
    if (sha) out[u] = sha;
  }
  for (const [entry, sha] of Object.entries(pythonFiles)) out[`python:${entry}`] = sha;
  for (const [jar, sha] of Object.entries(scriptJars)) out[`jar:${jar}`] = sha;
  return out;
}

function hashOfNormalForm(
  normalForm: string,
  settings: ResolvedSettings,
  jarChecksums: Readonly<Record<string, string>>,
): string {
  const jars = Object.keys(jarChecksums).length > 0 ? jarChecksums : undefined;
  return fingerprint({ script: normalForm, settings: pick(settings, RESTART_KEYS), jars });
}

/**
 * The settings a deployment is recorded with in the state store: every restart-needing one
 * (so a later plan can say which changed) plus `allowNonRestoredState` (a rollback resubmits
 * the recorded version as it was deployed).
 */
export function deployedSettings(settings: ResolvedSettings): Record<string, unknown> {
  return { ...pick(settings, RESTART_KEYS), allowNonRestoredState: settings.allowNonRestoredState };
}

/** Hash of the settings whose change needs no restart (description, schedule, health, ...). */
export function metadataHash(settings: ResolvedSettings): string {
  return fingerprint(pick(settings, METADATA_KEYS));
}

/** A job's fields computed on first read (`lazyFields`), which a copy of the job must leave unread. */
export const LAZY_JOB_FIELDS: ReadonlySet<string> = new Set(['statements', 'metadataHash']);

/**
 * The fields of `job` computed on first read, from its script and settings as they are now:
 * - `statements` is analysed on first use: most plans look at the statements of a few changed
 *   jobs only, and analysing every compiled script would double the work of a compile. The
 *   generated parts are safe by construction (see table-ddl.ts) and the user's parts were
 *   analysed by validate; text changed by `${env.X}` is checked by `checkSubstituted`.
 * - `metadataHash`: only `compile --json` prints it.
 */
export function lazyFields(job: DesiredJob, env: string): void {
  const { script, settings } = job;
  const file = `.flinkops/compiled/${env}/${job.name}.sql`;
  onFirstRead(job, 'statements', () => analyzeScript(script, file).statements);
  onFirstRead(job, 'metadataHash', () => metadataHash(settings));
}

/** `target[key]` computed on its first read and kept; a value written over it is the value read. */
function onFirstRead<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= compute();
      return value;
    },
    set: (v: T[K]) => {
      value = v;
    },
  });
}

function compileTable(
  project: Project,
  t: ProjectTable,
  env: string,
  lookup: EnvLookup,
  diags: Diagnostic[],
): DesiredTable | undefined {
  const flinkVersion = project.config?.flinkVersion;
  const base = { name: t.name, file: t.file, objectKind: t.objectKind };
  if (t.format === 'sql') {
    if (!t.statement) return undefined;
    const sqlLookup = sqlLiteralLookup(lookup);
    const text = substitute(t.statement.text, sqlLookup);
    if (text !== t.statement.text)
      checkSubstituted(
        t.statement,
        text,
        sqlLookup,
        { sqlFile: t.file, env, flinkVersion, range: t.statement.range },
        diags,
      );
    const topics = t.statement.table ? ddlTopicKeys(t.statement.table, lookup) : [];
    return {
      ...base,
      ddl: makeTemporary(text),
      range: t.statement.range,
      ...(topics.length > 0 ? { topics } : {}),
    };
  }
  if (!t.spec) return undefined;
  const overrides = project.config?.environments[env]?.tables?.[t.name]?.with ?? {};
  const spec = substituteDeep(t.spec, lookup);
  checkSubstitutedFragments(project, t, spec, env, diags);
  const options = tableOptions(spec, substituteDeep(overrides, lookup));
  const connector = options.connector ?? spec.connector;
  const topics = kafkaTopicKeys(connector, options);
  return {
    ...base,
    kind: spec.kind,
    connector,
    options,
    ...(topics.length > 0 ? { topics } : {}),
    ddl: tableDdl(t.name, spec, options),
  };
}

/**
 * The topic keys of a CREATE TABLE's options, as `lookup` resolves them: only a Kafka table has
 * any, and only the options they read are resolved.
 */
function ddlTopicKeys(def: TableDef, lookup: EnvLookup): string[] {
  const connector = def.options.connector;
  if (connector === undefined) return [];
  const named = connector.includes('${') ? substitute(connector, lookup) : connector;
  if (!KAFKA_CONNECTORS.has(named.trim().toLowerCase())) return [];
  return kafkaTopicKeys(
    undefined,
    Object.fromEntries(
      TOPIC_KEY_OPTIONS.flatMap((k) => {
        const v = def.options[k];
        return v === undefined ? [] : [[k, v.includes('${') ? substitute(v, lookup) : v]];
      }),
    ),
  );
}

/** The tables a job's script creates and uses, with their topics in this environment. */
function localTablesOf(tables: readonly LocalTable[], lookup: EnvLookup): DesiredLocalTable[] {
  return tables.map((t) => {
    const topics = t.statement.table ? ddlTopicKeys(t.statement.table, lookup) : [];
    return {
      name: t.name,
      ...(t.read ? { read: true as const } : {}),
      ...(t.written ? { written: true as const } : {}),
      ...(topics.length > 0 ? { topics } : {}),
    };
  });
}

/** The project as validated for the Flink release `env` runs (environments of other releases than the project's). */
function projectFor(validated: Project, env: string): Project {
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

/**
 * What only an environment's values break (FO402 SQL, FO403 a table's fragment: a substituted
 * `${env.X}` that no longer parses), for `validate`: the checks compile makes on substituted
 * text, without compiling (a whole compile of every environment would cost validate as much
 * again as it takes).
 */
export function substitutionProblems(
  validated: Project,
  env: string,
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const project = projectFor(validated, env);
  const config = project.config;
  const envSpec = config?.environments[env];
  if (!config || !envSpec) return [];
  const diags: Diagnostic[] = [];
  const lookup = envLookup(envSpec, envVars);
  const sqlLookup = sqlLiteralLookup(lookup);
  // Only text that holds a reference can change: a large repository has few.
  const referring = new Set(
    project.loaded.references.filter((r) => r.kind === 'env').map((r) => r.range.file),
  );
  const check = (st: Statement, sqlFile: string) => {
    if (!st.text.includes('${')) return;
    const text = substitute(st.text, sqlLookup);
    if (text !== st.text)
      checkSubstituted(
        st,
        text,
        sqlLookup,
        { sqlFile, env, flinkVersion: config.flinkVersion, range: st.range },
        diags,
      );
  };
  for (const t of project.tables) {
    if (t.format === 'sql') {
      if (t.statement) check(t.statement, t.file);
    } else if (t.spec && referring.has(t.file) && fragmentsRefer(t.spec))
      checkSubstitutedFragments(project, t, substituteDeep(t.spec, lookup), env, diags);
  }
  for (const job of project.jobs)
    for (const st of job.analysis?.statements ?? []) if (st.kind !== 'client_command') check(st, job.sqlFile);
  return diags;
}

/** Whether a YAML table's types or expressions hold a reference (most refer only in `with:`). */
function fragmentsRefer(spec: TableSpec): boolean {
  const refers = (s: string | undefined) => s?.includes('${') === true;
  return (
    spec.columns.some((c) => refers(c.type)) ||
    (spec.metadata ?? []).some((c) => refers(c.type)) ||
    (spec.computed ?? []).some((c) => refers(c.expr)) ||
    refers(spec.watermark?.expr)
  );
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
