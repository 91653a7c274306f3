/** Runs every check over a loaded project and builds the validated `Project`. */
import { type Diagnostic, error, rangeContains, warning } from '../core/diagnostics';
import { relativePythonPathWarning } from '../core/python-options';
import {
  type EnvironmentSpec,
  fileStart,
  type JobSettings,
  type LoadedProject,
  type ProjectConfig,
  type TableSpec,
  type UdfSpec,
  type YamlSource,
} from '../load';
import { analyzeScript, isBuiltinFunction } from '../sql';
import { checkCdcOptions } from './cdc-rules';
import { checkColumnNames, releaseScopes } from './column-rules';
import {
  checkBareDollars,
  checkEnvironments,
  checkEnvReferences,
  checkSensitiveEnvReferences,
  checkSettingsOptions,
} from './env-rules';
import { checkJdbcColumnNames, checkJdbcLtzColumns } from './jdbc-rules';
import { checkKafkaOptions } from './kafka-rules';
import { checkLiteralCredentials } from './literal-credentials';
import type { Project, ProjectJob, ProjectTable, ProjectUdf } from './model';
import { checkMovedFrom } from './moved-from';
import { numbersAsWritten } from './number-text';
import { checkSchema, refusesEnvReference } from './schema';
import { checkJob, checkRawTable, checkViewCycles, yamlTableFunctions } from './sql-rules';
import { checkTableSpec } from './table-rules';
import { checkTopicSchemas } from './topic-schema-rules';

export interface ValidateOptions {
  /** Validate for this environment only; all environments of flinkops.yaml when absent. */
  env?: string;
  /** The process environment, for `${env.NAME}` (injected: never read from process.env here). */
  envVars?: Readonly<Record<string, string | undefined>>;
}

export function validateProject(
  loaded: LoadedProject,
  opts: ValidateOptions = {},
): { value: Project; diags: Diagnostic[] } {
  const raw = loaded.config?.data as Partial<ProjectConfig> | undefined;
  const envs =
    raw && typeof raw === 'object' && raw.environments && typeof raw.environments === 'object'
      ? raw.environments
      : {};
  const own = (env: string) => {
    const v = (envs[env] as Partial<EnvironmentSpec> | undefined)?.flinkVersion;
    return typeof v === 'string' ? v : undefined;
  };
  if (opts.env !== undefined) {
    const release = own(opts.env);
    return validateFor(loaded, opts, release, release !== undefined ? [opts.env] : []);
  }
  // Environments of other releases than the project's (an upgrade rolled out one environment at a
  // time): the version-dependent rules are judged for each release, once for all its environments.
  const project = typeof raw?.flinkVersion === 'string' ? raw.flinkVersion : undefined;
  const byRelease = new Map<string, string[]>();
  for (const env of Object.keys(envs)) {
    const release = own(env) ?? project;
    if (release !== undefined) byRelease.set(release, [...(byRelease.get(release) ?? []), env]);
  }
  const releases = [...byRelease.keys()];
  const main = project !== undefined && byRelease.has(project) ? project : releases[0];
  const base = validateFor(loaded, opts, main, main === project ? [] : byRelease.get(main!)!);
  if (base.value.config && project !== undefined && releases.length > 0 && !byRelease.has(project))
    base.diags.push(unusedProjectRelease(loaded, project, byRelease));
  if (!base.value.config || releases.length < 2) return base;
  const runs = [main, ...releases.filter((r) => r !== main)].map((release) => ({
    release: release!,
    envs: byRelease.get(release!)!,
    ...(release === main ? base : validateFor(loaded, opts, release, byRelease.get(release!)!)),
  }));
  base.value.releases = Object.fromEntries(runs.map((r) => [r.release, r.value]));
  return { value: base.value, diags: mergeReleaseDiagnostics(runs) };
}

/**
 * FO294: every environment sets its own flinkVersion, and none the project's: the rollout of a
 * release is done (set the project's to it), or the project's release judges nothing.
 */
function unusedProjectRelease(
  loaded: LoadedProject,
  project: string,
  byRelease: ReadonlyMap<string, string[]>,
): Diagnostic {
  const envs = [...byRelease.values()].flat();
  const [only] = byRelease.keys();
  const keys = envs.map((e) => `environments.${e}.flinkVersion`);
  const own = keys.length > 1 ? `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}` : keys[0];
  const range = loaded.config?.locate(['flinkVersion']);
  return {
    code: 'FO294',
    severity: 'info',
    summary: `No environment runs the project's flinkVersion ${project}: ${[...byRelease]
      .map(([release, names]) => `${names.join(', ')} ${names.length > 1 ? 'run' : 'runs'} ${release}`)
      .join('; ')}`,
    detail:
      byRelease.size === 1
        ? `Every environment runs Flink ${only}: set flinkVersion: "${only}" here and remove ${own}, so that an environment added later runs it too.`
        : `Set flinkVersion to the release most environments run and remove their own flinkVersion, so that an environment added later runs one of the releases in use.`,
    ...(range ? { range } : {}),
  };
}

/**
 * One diagnostic per location for the releases' runs: one every release raises is said once as it
 * is; one only some raise names the environments of those releases.
 */
function mergeReleaseDiagnostics(
  runs: readonly { release: string; envs: string[]; diags: Diagnostic[] }[],
): Diagnostic[] {
  const key = (d: Diagnostic) =>
    d.range
      ? `${d.code}\u0000${d.range.file}\u0000${d.range.start.line}\u0000${d.range.start.column}`
      : `${d.code}\u0000${d.summary}`;
  const keys = runs.map((r) => new Set(r.diags.map(key)));
  const said = new Map<string, number>();
  const out: Diagnostic[] = [];
  runs.forEach((run, i) => {
    for (const d of run.diags) {
      const k = key(d);
      const by = said.get(k);
      if (by !== undefined && by !== i) continue;
      said.set(k, i);
      const raising = runs.filter((_, j) => keys[j]!.has(k));
      // Said alike by every release: not a matter of the release.
      const alike = (r: (typeof runs)[number]) =>
        r.diags.some((x) => key(x) === k && x.summary === d.summary && x.detail === d.detail);
      if (raising.length === runs.length && runs.every(alike)) {
        out.push(d);
        continue;
      }
      const count = raising.reduce((n, r) => n + r.envs.length, 0);
      const who = `environment${count > 1 ? 's' : ''} ${raising
        .map((r) => `${r.envs.join(', ')} ${r.envs.length > 1 ? 'run' : 'runs'} ${r.release}`)
        .join('; ')}`;
      out.push({ ...d, summary: `${d.summary}: ${who}` });
    }
  });
  return out;
}

/**
 * The texts of a release's rules name the project's flinkVersion; validated for environments of
 * their own release (`envs`), they name the environments' instead.
 */
function ownReleaseWording(d: Diagnostic, envs: readonly string[]): Diagnostic {
  const one = envs.length === 1;
  const key = one ? `environments.${envs[0]}.flinkVersion` : 'their flinkVersion';
  const detail = d.detail
    .replace(
      /The project targets Flink (\S+) \(flinkVersion in flinkops\.yaml\)/g,
      `${one ? 'Environment' : 'Environments'} ${envs.join(', ')} ${one ? 'targets' : 'target'} Flink $1 (${key} in flinkops.yaml)`,
    )
    .replace(/\braise flinkVersion\b/g, `raise ${key}`);
  return detail === d.detail ? d : { ...d, detail };
}

function validateFor(
  loaded: LoadedProject,
  opts: ValidateOptions,
  release?: string,
  ownEnvs: readonly string[] = [],
): { value: Project; diags: Diagnostic[] } {
  const done = validateRelease(loaded, opts, release);
  if (ownEnvs.length === 0 || release === undefined) return done;
  return { value: done.value, diags: done.diags.map((d) => ownReleaseWording(d, ownEnvs)) };
}

function validateRelease(
  loaded: LoadedProject,
  opts: ValidateOptions,
  release?: string,
): { value: Project; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const project: Project = {
    dir: loaded.dir,
    loaded,
    environments: [],
    tables: [],
    udfs: [],
    jobs: [],
    tableByName: new Map(),
    udfByName: new Map(),
    functionByName: new Map(),
    unresolved: {
      functions: new Set(),
      // A file refused for its name (FO104) or extension (FO105) says what to fix: what names it is
      // not reported again as unknown (an override, a job reading it, a test file of it).
      tables: new Set(loaded.misnamed?.tables),
      jobs: new Set(loaded.misnamed?.jobs),
      anyTable: loaded.unreadFolders?.includes('tables') ?? false,
      anyFunction:
        (loaded.unreadFolders?.includes('udfs') || (loaded.misnamed?.udfs.length ?? 0) > 0) ?? false,
      anyJob: loaded.unreadFolders?.includes('jobs') ?? false,
    },
  };

  if (loaded.config) {
    const d = checkSchema('project', loaded.config);
    diags.push(...d);
    if (d.length === 0) {
      const config = loaded.config.data as ProjectConfig;
      // Validated for one release (an environment's own flinkVersion): its rules are the ones judged.
      project.config =
        release && release !== config.flinkVersion
          ? { ...config, flinkVersion: release as ProjectConfig['flinkVersion'] }
          : config;
      diags.push(...numbersAsWritten(loaded.config));
    }
  }

  for (const src of loaded.tables) {
    const table: ProjectTable = {
      name: src.name,
      file: src.file,
      format: src.format,
      objectKind: 'table',
      reads: [],
      writes: [],
      functions: [],
    };
    const other = project.tableByName.get(src.name);
    if (other) {
      project.unresolved.tables.add(src.name);
      diags.push(
        error(
          'FO210',
          `Table "${src.name}" is defined twice (${other.file} and ${src.file})`,
          'Names are unique: keep one of the two files.',
          { file: src.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        ),
      );
      continue;
    }
    project.tableByName.set(src.name, table);
    project.tables.push(table);
    if (src.yaml) {
      const d = checkSchema('table', src.yaml);
      diags.push(...d);
      const spec = src.yaml.data as TableSpec;
      if (d.length === 0) {
        table.spec = spec;
        diags.push(
          ...checkTableSpec(spec, src.yaml, project.config?.flinkVersion),
          ...numbersAsWritten(src.yaml),
        );
      }
      // The kind drives the read/write rules even when another key is wrong.
      const kind = (src.yaml.data as { kind?: unknown }).kind;
      if (kind === 'source' || kind === 'sink' || kind === 'dimension') table.kind = kind;
    }
  }

  for (const src of loaded.udfs) {
    const udf: ProjectUdf = { name: src.name, file: src.file };
    project.udfs.push(udf);
    project.udfByName.set(src.name, udf);
    if (!src.yaml) {
      project.unresolved.anyFunction = true; // unreadable or not YAML: its functions are unknown
      continue;
    }
    const d = checkSchema('udf', src.yaml);
    diags.push(...d);
    if (d.length > 0) {
      for (const name of declaredFunctions(src.yaml.data)) project.unresolved.functions.add(name);
      continue;
    }
    udf.spec = src.yaml.data as UdfSpec;
    const jarProblem = udf.spec.jar === undefined ? undefined : checkJarUri(udf.spec.jar);
    if (jarProblem)
      diags.push(error('FO214', jarProblem.summary, jarProblem.detail, src.yaml.locate(['jar'])));
    diags.push(...pythonFilesProblems(udf.spec, src.file, src.yaml));
    udf.spec.functions.forEach((fn, i) => {
      const prev = project.functionByName.get(fn.name);
      if (prev) {
        // Twice in one file: said with the line of the first, not as "udfs/a.yaml and udfs/a.yaml".
        const first = prev.udf === src.name ? udf.spec!.functions.findIndex((f) => f.name === fn.name) : -1;
        const where =
          first >= 0
            ? `in ${src.file} (lines ${src.yaml!.locate(['functions', first, 'name'])?.start.line} and ${src.yaml!.locate(['functions', i, 'name'])?.start.line})`
            : `(udfs/${prev.udf}.yaml and ${src.file})`;
        diags.push(
          error(
            'FO211',
            `Function "${fn.name}" is defined twice ${where}`,
            'Function names are unique across udfs/*.yaml; rename or remove one.',
            src.yaml!.locate(['functions', i, 'name']),
          ),
        );
        return;
      }
      project.functionByName.set(fn.name, { name: fn.name, udf: src.name, fn });
      // Flink resolves a call to a built-in before a temporary function of the same name.
      if (isBuiltinFunction(fn.name.toUpperCase(), project.config?.flinkVersion))
        diags.push(
          warning(
            'FO215',
            `Function "${fn.name}" has the name of a Flink built-in function or SQL keyword: a call ${fn.name}(...) is Flink's own ${fn.name.toUpperCase()}, never this UDF`,
            `Flink looks up built-in functions before the functions a job creates, so no job ever calls or loads ${fn.class}. Rename it (e.g. ${src.name}_${fn.name}) here and where jobs call it.`,
            src.yaml!.locate(['functions', i, 'name']),
          ),
        );
    });
  }

  for (const src of loaded.jobs) {
    const job: ProjectJob = {
      name: src.name,
      sqlFile: src.sqlFile,
      settings: {},
      reads: [],
      writes: [],
      functions: [],
    };
    if (src.yamlFile) job.yamlFile = src.yamlFile;
    project.jobs.push(job);
    if (src.yaml) {
      const d = checkSchema('job', src.yaml);
      diags.push(...d);
      if (d.length === 0) {
        job.settings = src.yaml.data as JobSettings;
        checkSettingsOptions(src.yaml, job.settings, [], diags);
        diags.push(...numbersAsWritten(src.yaml));
      }
    }
  }

  // A YAML table's computed columns may call UDFs: the jobs that use it create them first.
  for (const src of loaded.tables) {
    const table = project.tableByName.get(src.name);
    if (src.yaml && table?.file === src.file)
      table.functions = yamlTableFunctions(project, table, src.yaml, diags);
  }

  // SQL: raw tables first (views resolve against all tables), then jobs.
  // The grammar of the project's Flink release: syntax added later is an error at validate time.
  // Compile substitutes `${env.X}`: statements whose references all sit in literals need not be lexed again.
  const sqlOpts = { flinkVersion: project.config?.flinkVersion, dollarsInLiterals: true, columnScopes: true };
  const tableSources = new Map(loaded.tables.map((t) => [t.file, t]));
  for (const table of project.tables) {
    const sql = tableSources.get(table.file)?.sql;
    if (table.format !== 'sql' || !sql) continue;
    const analysis = analyzeScript(sql.text, sql.file, { ...sqlOpts, lines: sql.lines });
    table.analysis = analysis;
    diags.push(...checkRawTable(project, table, analysis, sql.lines));
  }
  diags.push(...checkViewCycles(project));
  for (const table of project.tables) {
    const sql = tableSources.get(table.file)?.sql;
    if (table.analysis && sql)
      diags.push(
        ...checkColumnNames(
          table.analysis.statements,
          table.file,
          sql.lines,
          project.tableByName,
          undefined,
          project.unresolved.tables,
        ),
      );
  }
  const jobSources = new Map(loaded.jobs.map((j) => [j.name, j]));
  for (const job of project.jobs) {
    const sql = jobSources.get(job.name)?.sql;
    if (!sql) continue;
    const analysis = analyzeScript(sql.text, sql.file, { ...sqlOpts, lines: sql.lines });
    job.analysis = analysis;
    diags.push(...checkJob(project, job, analysis, sql.lines));
    diags.push(
      ...checkColumnNames(
        analysis.statements,
        job.sqlFile,
        sql.lines,
        project.tableByName,
        job,
        project.unresolved.tables,
      ),
    );
    releaseScopes(analysis.statements);
  }

  // A test file of no job would never run (`flinkops test` checks the rest of a test file).
  const jobNames = new Set(loaded.jobs.map((j) => j.name));
  for (const t of loaded.tests) {
    if (jobNames.has(t.job) || project.unresolved.jobs.has(t.job)) continue;
    diags.push(
      error(
        'FO450',
        `${t.file} holds the tests of job ${t.job}, which the repository does not have`,
        `Name a test file after its job (jobs/<job>.test.yaml beside jobs/<job>.sql), or remove it.`,
        fileStart(t.file),
      ),
    );
  }

  const envs = checkEnvironments(project, opts.env);
  diags.push(...envs.diags);
  project.environments = envs.envs;
  diags.push(...checkMovedFrom(project, envs.envs));
  // A reference where only a number or boolean may stand is refused (FO201) whatever its value:
  // "set the variable" would not help there, so no FO110 is said of it.
  const refused = diags.filter(refusesEnvReference);
  // One diagnostic per reference: a generated file can hold a hundred thousand, more than a
  // spread call's arguments fit on the stack, so they are appended one by one.
  // One object for the checks below: those reading the tables' options share what they resolve.
  const envVars = opts.envVars ?? {};
  for (const d of checkEnvReferences(project, envs.envs, envVars))
    if (!refused.some((r) => rangeContains(r.range, d.range))) diags.push(d);
  diags.push(...checkSensitiveEnvReferences(project));
  diags.push(...checkLiteralCredentials(project));
  diags.push(...checkBareDollars(project));
  diags.push(...checkKafkaOptions(project, envs.envs, envVars));
  diags.push(...checkTopicSchemas(project, envs.envs, envVars));
  diags.push(...checkJdbcColumnNames(project, envs.envs, envVars));
  diags.push(...checkJdbcLtzColumns(project, envs.envs, envVars));
  diags.push(...checkCdcOptions(project, envs.envs, envVars));
  return { value: project, diags };
}

/**
 * FO277 at a relative entry of a UDF artifact's `files:` (the SQL Gateway reads it in its own working
 * directory); FO216 at a Java or Scala function of an artifact without a jar, which nothing loads.
 */
function pythonFilesProblems(spec: UdfSpec, file: string, yaml: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (spec.jar === undefined && spec.files === undefined)
    return [
      error(
        'FO202',
        `Missing required key "jar" (or "files") in UDF file`,
        'Add "jar:", the URI of the jar of the functions, or for Python functions "files:", what python.files takes.',
        fileStart(file),
      ),
    ];
  (spec.files ?? []).forEach((entry, i) => {
    const relative = relativePythonPathWarning(
      'python.files',
      entry,
      yaml.locate(['files', i]),
      `${file} files:`,
    );
    if (relative) out.push(relative);
  });
  if (spec.jar !== undefined) return out;
  spec.functions.forEach((fn, i) => {
    if ((fn.language ?? 'java') === 'python') return;
    out.push(
      error(
        'FO216',
        `Function "${fn.name}" is ${fn.language ?? 'java'} but ${file} has no jar`,
        'An artifact with files: only loads Python functions (python.files). Give the function language: python, or the artifact the jar of its class.',
        fn.language ? yaml.locate(['functions', i, 'language']) : yaml.locate(['functions', i]),
      ),
    );
  });
  return out;
}

/**
 * A UDF jar is read by the cluster, not by flinkops: it needs a URI the cluster resolves the same
 * way wherever the job runs. A bare path (no scheme) resolves against the JobManager's working
 * directory, and one with `..` can point anywhere on that machine.
 */
export function checkJarUri(jar: string): { summary: string; detail: string } | undefined {
  if (jar.startsWith('${')) return undefined; // the whole URI comes from a variable
  const how =
    'Write a URI with a scheme the cluster can read: s3://…, hdfs://…, https://…, or file:///absolute/path.jar.';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(jar)?.[1]?.toLowerCase();
  if (!scheme) {
    const leaves = jar.split(/[\\/]/).includes('..');
    return {
      summary: leaves
        ? `jar path ${JSON.stringify(jar)} is relative and leaves the repository`
        : `jar ${JSON.stringify(jar)} has no URI scheme`,
      detail: how,
    };
  }
  if (scheme === 'file' && !/^file:\//i.test(jar))
    return { summary: `jar URI ${JSON.stringify(jar)} is a relative file path`, detail: how };
  return undefined;
}

/** The function names a UDF file that failed its schema still declares, read leniently. */
function declaredFunctions(data: unknown): string[] {
  const fns = (data as { functions?: unknown } | null)?.functions;
  if (!Array.isArray(fns)) return [];
  return fns
    .map((f) => (f as { name?: unknown } | null)?.name)
    .filter((n): n is string => typeof n === 'string')
    .map((n) => n.toLowerCase());
}
