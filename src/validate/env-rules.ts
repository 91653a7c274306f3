/**
 * Rules that depend on flinkops.yaml: environments in scope, `${env.X}` references
 * resolvable in each of them, overrides naming real jobs/tables, and Flink options
 * that flinkops manages itself.
 */

import { type Diagnostic, error, warning } from '../core/diagnostics';
import { endpointUrlProblem, sameEndpoint, userInfoOf } from '../core/endpoint';
import { closest, didYouMean } from '../core/names';
import { relativePythonPathWarning } from '../core/python-options';
import { isCredentialKey, isSensitiveKey } from '../core/sensitive-keys';
import type { EnvironmentSpec, JobSettings, YamlPath, YamlSource } from '../load';
import { flinkOptionTypo } from './flink-options';
import type { Project } from './model';
import { checkPolicy, checkScheduleSettings } from './schedule-rules';
import {
  checkChangelogStorage,
  checkDeprecatedHealthKeys,
  checkOptionValues,
  checkParallelism,
} from './settings-rules';
import { connectorTypos, physicalColumns } from './table-rules';

/**
 * Options flinkops sets on submission (identity, restore path and claim mode); a repository must
 * not. `pipeline.global-job-parameters` is the job's own: flinkops adds its labels to it.
 */
export const RESERVED_OPTIONS = [
  'pipeline.name',
  'execution.savepoint.path',
  'execution.state-recovery.path',
  'execution.savepoint.ignore-unclaimed-state',
  'execution.state-recovery.ignore-unclaimed-state',
  'execution.savepoint-restore-mode',
  'execution.state-recovery.claim-mode',
  '$internal.pipeline.job-id',
];

/** Value of `${env.NAME}` in an environment: the injected process environment, then `variables:`. */
export function envValue(
  name: string,
  env: EnvironmentSpec | undefined,
  envVars: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const v = envVars[name];
  if (v !== undefined) return v;
  const d = env?.variables?.[name];
  return d === undefined ? undefined : String(d);
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `environments:` of a flinkops.yaml that failed its schema, as far as it is a map of maps. */
function lenientEnvironments(data: unknown): Record<string, EnvironmentSpec> {
  const envs = isPlainMap(data) ? data.environments : undefined;
  return isPlainMap(envs) ? (envs as Record<string, EnvironmentSpec>) : {};
}

/** Whether environment `name` reads `ref`: it is not another environment's, nor in an option `name` replaces. */
export function readsReference(
  environments: Readonly<Record<string, EnvironmentSpec | undefined>>,
  name: string,
  ref: { env?: string; tableOption?: { table: string; option: string } },
): boolean {
  return (ref.env === undefined || ref.env === name) && !overridesOption(environments[name], ref);
}

/** Whether `env` replaces (or removes) the table option whose value holds `ref`: it never reads it. */
function overridesOption(
  env: EnvironmentSpec | undefined,
  ref: { tableOption?: { table: string; option: string } },
) {
  if (!ref.tableOption) return false;
  const w = (env?.tables as Record<string, { with?: unknown } | undefined> | undefined)?.[
    ref.tableOption.table
  ]?.with;
  return isPlainMap(w) && Object.hasOwn(w, ref.tableOption.option);
}

export function checkEnvReferences(
  project: Project,
  envs: readonly string[],
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const environments = project.config?.environments ?? lenientEnvironments(project.loaded.config?.data);
  // With flinkops.yaml missing or failing its schema, an environment whose `variables:` cannot
  // be read says nothing about which names are set: checking against it would report every
  // reference in the repository as unset, burying the one real error.
  const known = (e: string): boolean => {
    if (project.config) return true;
    const spec = environments[e] as unknown;
    if (!isPlainMap(spec)) return false;
    const vars = spec.variables;
    return vars === undefined || vars === null || isPlainMap(vars);
  };
  for (const ref of project.loaded.references) {
    if (ref.kind !== 'env') continue;
    const scope = envs.filter((e) => known(e) && readsReference(environments, e, ref));
    const missing = scope.filter((e) => envValue(ref.name, environments[e], envVars) === undefined);
    if (missing.length === 0) continue;
    // A misspelt or mis-cased name (KAFKA_BROKER, kafka_brokers) of a variable the environments define.
    const defined = new Set(missing.flatMap((e) => Object.keys(environments[e]?.variables ?? {})));
    // Else one the process's environment sets (its name only: values are never shown). A shell
    // sets dozens of short names (PWD, PS1, TERM) that no repository means: a short name gets a
    // hint from them only one edit away.
    const variable = didYouMean(ref.name, defined);
    const hint =
      variable ??
      closest(
        ref.name,
        Object.keys(envVars).filter((k) => envVars[k] !== undefined),
        Math.max(1, Math.floor(ref.name.length / 3)),
        true,
      );
    const where = variable ? 'a variable of flinkops.yaml' : 'which the environment sets';
    diags.push(
      error(
        'FO110',
        `\${env.${ref.name}} is not set for environment${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        (hint
          ? `Did you mean \${env.${hint}}, ${where}${hint.toLowerCase() === ref.name.toLowerCase() ? ' (names are case-sensitive)' : ''}? Otherwise set`
          : 'Set') +
          ` the environment variable ${ref.name}, or give a default under environments.${missing[0]}.variables.${ref.name} in flinkops.yaml.`,
        ref.range,
      ),
    );
  }
  return diags;
}

/**
 * FO115: `$NAME` without braces where NAME is a variable of an environment (or a name `${env.NAME}`
 * reads elsewhere): a shell habit. flinkops substitutes only `${env.NAME}`, so Flink gets the text
 * `$NAME` (a Kafka broker list, a URL) and the job fails only once it runs.
 */
export function checkBareDollars(project: Project): Diagnostic[] {
  const environments = project.config?.environments ?? lenientEnvironments(project.loaded.config?.data);
  const names = new Set(Object.values(environments).flatMap((e) => Object.keys(e?.variables ?? {})));
  for (const r of project.loaded.references) if (r.kind === 'env') names.add(r.name);
  return (project.loaded.bareDollars ?? [])
    .filter((d) => names.has(d.name))
    .map((d) =>
      warning(
        'FO115',
        `$${d.name} is not a reference: Flink gets the text $${d.name}`,
        `flinkops substitutes only references written \${env.NAME}: write \${env.${d.name}} to have the variable's value here.`,
        d.range,
      ),
    );
}

/**
 * FO272: `${env.X}` as the value of a credential option (`password`, `secret`, `token`, … as
 * Flink names them): an env value is written into the compiled script, so it shows in plans,
 * pull request comments, job summaries and the state store, where a `${secret.X}` never does.
 */
export function checkSensitiveEnvReferences(project: Project): Diagnostic[] {
  const diags: Diagnostic[] = [];
  for (const ref of project.loaded.references) {
    if (ref.kind !== 'env' || ref.auth || !ref.key || !isSensitiveKey(ref.key)) continue;
    diags.push(
      warning(
        'FO272',
        `\${env.${ref.name}} sets "${ref.key}", a credential: write \${secret.${ref.name}}`,
        `An \${env.X} value is written into the compiled script, so plans show it (the Action masks it in its comments and job summaries) and the state store records it. A \${secret.${ref.name}} stays a placeholder there, is resolved only when the job is submitted (from FLINKOPS_SECRET_${ref.name}, else ${ref.name}) and is masked in every output.`,
        ref.range,
      ),
    );
  }
  return diags;
}

function checkOptions(
  config: Record<string, unknown> | undefined,
  y: YamlSource,
  path: YamlPath,
  diags: Diagnostic[],
): void {
  if (!config) return;
  checkOptionValues(config, y, path, diags);
  for (const k of Object.keys(config)) {
    const value = config[k];
    const relative =
      typeof value === 'string' ? relativePythonPathWarning(k, value, y.locate([...path, k])) : undefined;
    if (relative) diags.push(relative);
    const near = flinkOptionTypo(k);
    if (near)
      diags.push(
        warning(
          'FO271',
          `Unknown Flink option "${k}": did you mean "${near}"?`,
          `Flink ignores an option it does not know, so this one has no effect. Write ${near}.`,
          y.locate([...path, k], 'key'),
        ),
      );
    if (RESERVED_OPTIONS.includes(k)) {
      diags.push(
        error(
          'FO255',
          `Option "${k}" is managed by flinkops`,
          'flinkops sets the job name, its labels and the restore path on submission; remove this option (use restoreFrom: to start from a savepoint).',
          y.locate([...path, k], 'key'),
        ),
      );
    } else if (k === 'parallelism.default') {
      diags.push(
        warning(
          'FO256',
          'Use parallelism: instead of the parallelism.default option',
          'parallelism: is compared on its own so a change rescales the job; as an option it would count as a script change and upgrade it.',
          y.locate([...path, k], 'key'),
        ),
      );
    }
  }
}

/** Reserved options and schedules in every place job settings can appear. */
export function checkSettingsOptions(
  y: YamlSource,
  settings: JobSettings | undefined,
  path: YamlPath,
  diags: Diagnostic[],
): void {
  checkOptions(settings?.config, y, [...path, 'config'], diags);
  checkScheduleSettings(y, settings, path, diags);
}

/**
 * Endpoint URLs the HTTP client could not use (no host, a port above 65535, a space...), at the
 * value; one with a `${...}` reference is checked once resolved, when a command connects (FO660).
 */
function checkEndpointUrls(y: YamlSource, name: string, env: EnvironmentSpec): Diagnostic[] {
  const urls: [YamlPath, string | undefined][] = [
    [['environments', name, 'jobmanagerUrl'], env.jobmanagerUrl],
    [['environments', name, 'sqlGatewayUrl'], env.sqlGatewayUrl],
    [['environments', name, 'moveFrom', 'jobmanagerUrl'], env.moveFrom?.jobmanagerUrl],
    [['environments', name, 'moveFrom', 'sqlGatewayUrl'], env.moveFrom?.sqlGatewayUrl],
  ];
  const diags: Diagnostic[] = [];
  for (const [path, url] of urls) {
    if (url === undefined) continue;
    // Only auth: values are resolved when connecting; a URL keeps the placeholder as text.
    const secret = /\$\{secret\.[A-Za-z0-9_]+\}/.exec(url.replace(/\$\$\{/g, ''));
    if (secret) {
      diags.push(
        error(
          'FO203',
          `${path.join('.')} holds ${secret[0]}, which is not resolved in a URL`,
          `Endpoint URLs are shown in plans and read by every command, so they take \${env.NAME} references only; a secret is resolved only under auth:. Write the URL without credentials (e.g. \${env.FLINK_URL}), and put them in environments.${name}.auth (token, username and password, or headers) as \${secret.NAME}.`,
          y.locate(path),
        ),
      );
      continue;
    }
    if (url.includes('${')) continue;
    const problem = endpointUrlProblem(url);
    if (problem)
      diags.push(
        error(
          'FO203',
          `${path.join('.')} is not a usable URL: ${problem}`,
          'Write the REST endpoint as http(s)://host:port, e.g. http://flink-jobmanager:8081 or http://flink-sql-gateway:8083.',
          y.locate(path),
        ),
      );
  }
  return diags;
}

/**
 * FO285: the cluster's own credentials (`auth:`'s token, password or a credential header, or a
 * password in an endpoint URL's user info) written as a literal value: they never reach a script
 * and are masked in every output, but the repository, its history and every clone hold them.
 */
function checkLiteralAuth(y: YamlSource, name: string, env: EnvironmentSpec): Diagnostic[] {
  const values: [YamlPath, string | undefined][] = [];
  for (const [base, auth] of [
    [['environments', name, 'auth'], env.auth],
    [['environments', name, 'moveFrom', 'auth'], env.moveFrom?.auth],
  ] as const) {
    values.push([[...base, 'token'], auth?.token], [[...base, 'password'], auth?.password]);
    for (const [header, value] of Object.entries(auth?.headers ?? {}))
      if (isCredentialKey(header)) values.push([[...base, 'headers', header], value]);
  }
  for (const key of ['jobmanagerUrl', 'sqlGatewayUrl'] as const)
    for (const [path, url] of [
      [['environments', name, key], env[key]],
      [['environments', name, 'moveFrom', key], env.moveFrom?.[key]],
    ] as const)
      if (url !== undefined && !url.includes('${'))
        values.push([path, userInfoOf(url)?.password || undefined]);
  const diags: Diagnostic[] = [];
  for (const [path, value] of values) {
    if (value === undefined || value.trim() === '' || value.includes('${')) continue;
    diags.push(
      warning(
        'FO285',
        `${path.join('.')} is the cluster's credential written as a literal value`,
        `flinkops masks it in every output, but the repository holds it: every clone, fork and the git history. Keep it in a secret and write \${secret.NAME} in auth: (a token, username and password, or a header's value; resolved when a command connects, from FLINKOPS_SECRET_NAME, else NAME; the Action's flink-token input gives a token); an endpoint URL then carries no user info.`,
        y.locate(path),
      ),
    );
  }
  return diags;
}

/**
 * A `savepointDir` without a file system scheme (`/data/savepoints`, `savepoints`), or with a
 * relative path (`file:savepoints`): flinkops sets it as the job's `state.savepoints.dir`, and
 * Flink fails every job started with it ("The scheme (hdfs://, file://, etc) is null", "Relative
 * path in absolute URI"). One with a `${...}` reference is left to Flink.
 */
function checkSavepointDir(y: YamlSource, name: string, env: EnvironmentSpec): Diagnostic[] {
  const dir = env.savepointDir;
  if (dir === undefined || dir.includes('${') || /^[A-Za-z][A-Za-z0-9+.-]*:\//.test(dir)) return [];
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(dir);
  const hint = dir.startsWith('/')
    ? `file://${dir}`
    : 'file:///<absolute path> (a folder the JobManager and every TaskManager see)';
  return [
    error(
      'FO732',
      scheme
        ? `environments.${name}.savepointDir "${dir}" is a relative path`
        : `environments.${name}.savepointDir "${dir}" names no file system scheme`,
      `Flink refuses a savepoint directory ${scheme ? 'with a relative path' : 'without one'}: every job of environment ${name} would fail at its start (${scheme ? `"Relative path in absolute URI: ${dir}"` : '"The scheme (hdfs://, file://, etc) is null"'}). Write it as a URI with an absolute path: ${hint}, s3://bucket/path or hdfs://namenode/path. Without savepointDir, the cluster's state.savepoints.dir is used.`,
      y.locate(['environments', name, 'savepointDir']),
    ),
  ];
}

export function checkEnvironments(
  project: Project,
  selected: string | undefined,
): { envs: string[]; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const config = project.config;
  const y = project.loaded.config;
  if (!y) return { envs: selected ? [selected] : [], diags };
  // A flinkops.yaml failing its schema still names its environments, unless `environments:` is the broken part.
  const lenient = config ? undefined : Object.keys(lenientEnvironments(y.data));
  const names = config ? Object.keys(config.environments) : lenient!;
  if (selected !== undefined && names.length > 0 && !names.includes(selected)) {
    const hint = didYouMean(selected, names);
    diags.push(
      error(
        'FO240',
        `Unknown environment "${selected}"`,
        (hint ? `Did you mean "${hint}"? ` : '') + `Environments in flinkops.yaml: ${names.join(', ')}.`,
        y.locate(['environments'], 'key'),
      ),
    );
    return { envs: [], diags };
  }
  // Its `${env.X}` references are checked in the environments it still names, as with --env:
  // else `validate` would hide the errors `validate --env X` and `plan` report.
  if (!config) return { envs: selected ? [selected] : lenient!, diags };
  checkSettingsOptions(y, config.defaults, ['defaults'], diags);
  diags.push(...checkPolicy(y, config.policy, names));
  const jobNames = new Set(project.jobs.map((j) => j.name));
  for (const name of names) {
    const env = config.environments[name]!;
    checkOptions(env.config, y, ['environments', name, 'config'], diags);
    diags.push(
      ...checkEndpointUrls(y, name, env),
      ...checkLiteralAuth(y, name, env),
      ...checkSavepointDir(y, name, env),
    );
    const from = env.moveFrom?.jobmanagerUrl;
    if (from !== undefined && !from.includes('${') && !env.jobmanagerUrl.includes('${')) {
      if (sameEndpoint(from, env.jobmanagerUrl))
        diags.push(
          error(
            'FO266',
            `Environment ${name} moves from its own JobManager (${from})`,
            'moveFrom.jobmanagerUrl names the cluster the jobs run on now, jobmanagerUrl the one they move to: point jobmanagerUrl at the new cluster, or remove moveFrom.',
            y.locate(['environments', name, 'moveFrom', 'jobmanagerUrl']),
          ),
        );
    }
    for (const [job, settings] of Object.entries(env.jobs ?? {})) {
      checkSettingsOptions(y, settings, ['environments', name, 'jobs', job], diags);
      if (jobNames.has(job) || project.unresolved.anyJob || project.unresolved.jobs.has(job)) continue;
      const hint = didYouMean(job, jobNames);
      diags.push(
        error(
          'FO241',
          `Environment ${name} overrides unknown job "${job}"`,
          `There is no jobs/${job}.sql. ${hint ? `If the job is now "${hint}", rename the override; if` : 'If'} the job was removed, remove environments.${name}.jobs.${job}.`,
          y.locate(['environments', name, 'jobs', job], 'key'),
        ),
      );
    }
    for (const table of Object.keys(env.tables ?? {})) {
      if (project.unresolved.tables.has(table)) continue; // FO210 says it is defined twice
      if (project.unresolved.anyTable && !project.tableByName.has(table)) continue;
      const t = project.tableByName.get(table);
      if (t?.format === 'yaml') {
        const at = ['environments', name, 'tables', table, 'with'];
        const keys = Object.keys(env.tables?.[table]?.with ?? {});
        diags.push(
          ...connectorTypos(
            t.spec?.connector,
            keys,
            (k) => y.locate([...at, k], 'key'),
            undefined,
            physicalColumns(t.spec),
          ),
        );
        continue;
      }
      const hint = t ? undefined : didYouMean(table, project.tableByName.keys());
      diags.push(
        error(
          t ? 'FO243' : 'FO242',
          t
            ? `Environment ${name} overrides options of raw-DDL table "${table}"`
            : `Environment ${name} overrides unknown table "${table}"`,
          t
            ? `Option overrides apply to YAML tables only; convert ${t.file} to tables/${table}.yaml, or use \${env.NAME} references in its DDL.`
            : (hint ? `Did you mean "${hint}"? ` : '') +
                `There is no tables/${table}.yaml. An override only changes the \`with:\` options of a table defined in tables/; define the table there (columns, connector), then override its options per environment.`,
          y.locate(['environments', name, 'tables', table], 'key'),
        ),
      );
    }
    for (const udf of Object.keys(env.udfs ?? {})) {
      if (
        project.udfByName.has(udf) ||
        project.loaded.unreadFolders?.includes('udfs') ||
        project.loaded.misnamed?.udfs.includes(udf)
      )
        continue;
      const hint = didYouMean(udf, project.udfByName.keys());
      diags.push(
        error(
          'FO244',
          `Environment ${name} overrides unknown UDF artifact "${udf}"`,
          (hint ? `Did you mean "${hint}"? ` : '') +
            `There is no udfs/${udf}.yaml. An override only replaces the jar of an artifact defined in udfs/ (its functions stay those of udfs/<name>.yaml).`,
          y.locate(['environments', name, 'udfs', udf], 'key'),
        ),
      );
    }
  }
  const envs = selected !== undefined ? [selected] : names;
  diags.push(
    ...checkParallelism(project, config, envs),
    ...checkDeprecatedHealthKeys(project, config),
    ...checkChangelogStorage(project, config, envs),
  );
  return { envs, diags };
}
