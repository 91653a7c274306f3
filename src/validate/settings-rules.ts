/**
 * Settings whose values Flink would reject only at submission: a parallelism above the job's
 * maxParallelism (key groups), and a Flink option of duration, whole-number or boolean type that
 * does not parse. Both
 * are found here, located in the user's file, instead of as a failed apply.
 */
import { type Diagnostic, error, type SourceRange, warning } from '../core/diagnostics';
import { closest } from '../core/names';
import type { JobSettings, ProjectConfig, YamlPath, YamlSource } from '../load';
import type { Project } from './model';

/** Flink options of type Duration that jobs commonly set (Flink's TimeUtils parses them). */
export const DURATION_OPTIONS: ReadonlySet<string> = new Set([
  'execution.checkpointing.interval',
  'execution.checkpointing.interval-during-backlog',
  'execution.checkpointing.timeout',
  'execution.checkpointing.min-pause',
  'execution.buffer-timeout',
  'execution.buffer-timeout.interval',
  'pipeline.auto-watermark-interval',
  'table.exec.state.ttl',
  'table.exec.mini-batch.allow-latency',
  'table.exec.source.idle-timeout',
  'table.exec.async-lookup.timeout',
  'restart-strategy.fixed-delay.delay',
  'restart-strategy.failure-rate.delay',
  'restart-strategy.failure-rate.failure-rate-interval',
  'restart-strategy.exponential-delay.initial-backoff',
  'restart-strategy.exponential-delay.max-backoff',
  'restart-strategy.exponential-delay.reset-backoff-threshold',
]);

/** The units Flink's TimeUtils.parseDuration accepts (a bare number is milliseconds). */
const FLINK_DURATION =
  /^\s*\d+\s*(ns|nano|nanos|nanosecond|nanoseconds|us|µs|micro|micros|microsecond|microseconds|ms|milli|millis|millisecond|milliseconds|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hour|hours|d|day|days)?\s*$/i;

export function isFlinkDuration(value: string): boolean {
  return FLINK_DURATION.test(value);
}

/** Flink options of type Integer that jobs commonly set (Flink refuses a value it cannot parse). */
export const INTEGER_OPTIONS: ReadonlySet<string> = new Set([
  'parallelism.default',
  'pipeline.max-parallelism',
  'table.exec.resource.default-parallelism',
  'execution.checkpointing.tolerable-failed-checkpoints',
  'execution.checkpointing.max-concurrent-checkpoints',
  'execution.checkpointing.num-retained',
  'state.checkpoints.num-retained',
  'restart-strategy.fixed-delay.attempts',
  'restart-strategy.failure-rate.max-failures-per-interval',
]);

/**
 * Flink options of type Boolean that jobs commonly set. Flink takes only `true` or `false` (any
 * case) and refuses the job otherwise ("Unrecognized option for boolean: yes"), while YAML 1.2
 * reads an unquoted `yes`, `on` or `off` as text, not as a boolean.
 */
export const BOOLEAN_OPTIONS: ReadonlySet<string> = new Set([
  'table.exec.mini-batch.enabled',
  'table.exec.source.cdc-events-duplicate',
  'table.exec.deduplicate.mini-batch.compact-changes-enabled',
  'table.optimizer.distinct-agg.split.enabled',
  'table.optimizer.reuse-source-enabled',
  'table.optimizer.reuse-sub-plan-enabled',
  'table.dml-sync',
  'table.dynamic-table-options.enabled',
  'pipeline.object-reuse',
  'pipeline.operator-chaining',
  'pipeline.operator-chaining.enabled',
  'execution.checkpointing.unaligned',
  'execution.checkpointing.unaligned.enabled',
  'execution.checkpointing.incremental',
  'state.backend.incremental',
  'state.backend.rocksdb.memory.managed',
]);

/**
 * Flink options that take one of a few names (Flink's enum options, read without case), and the
 * state backend, whose name Flink looks up as a factory class when it is no shortcut: a misspelt
 * value passes plan and fails at apply (real 1.20.3: `state.backend.type: rocksdbb` → the job
 * FAILED, "ClassNotFoundException: rocksdbb"; `RETAIN_ON_CANCEL` → the SET refused, "Could not
 * parse value 'RETAIN_ON_CANCEL' for key …"; on an upgrade, after the running job stopped).
 */
export const ENUM_OPTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['execution.checkpointing.mode', ['EXACTLY_ONCE', 'AT_LEAST_ONCE']],
  [
    'execution.checkpointing.externalized-checkpoint-retention',
    ['RETAIN_ON_CANCELLATION', 'DELETE_ON_CANCELLATION', 'NO_EXTERNALIZED_CHECKPOINTS'],
  ],
  ['execution.runtime-mode', ['STREAMING', 'BATCH', 'AUTOMATIC']],
  [
    'state.backend.rocksdb.predefined-options',
    ['DEFAULT', 'SPINNING_DISK_OPTIMIZED', 'SPINNING_DISK_OPTIMIZED_HIGH_MEM', 'FLASH_SSD_OPTIMIZED'],
  ],
  ['state.backend.rocksdb.timer-service.factory', ['HEAP', 'ROCKSDB']],
  // Flink's set.q: 'unknown' → "Failed to set key table.sql-dialect with value unknown. No enum
  // constant org.apache.flink.table.api.SqlDialect.UNKNOWN" (the 2.2 gateway, as plan's EXPLAIN says).
  ['table.sql-dialect', ['DEFAULT', 'HIVE']],
]);

/** The state backend shortcut names Flink knows (jobmanager and filesystem: 1.x's legacy names). */
const STATE_BACKENDS = ['hashmap', 'rocksdb', 'forst', 'jobmanager', 'filesystem'];
const STATE_BACKEND_OPTIONS = new Set(['state.backend.type', 'state.backend']);

/** The boolean a yes/no word YAML 1.1 (and people) mean, when `text` is one. */
function meantBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['yes', 'y', 'on', '1'].includes(t)) return true;
  if (['no', 'n', 'off', '0'].includes(t)) return false;
  return undefined;
}

/**
 * What is wrong with the value of a Flink option of known type (a duration, a whole number, a boolean), or
 * undefined: a value Flink parses, an option of another type, or a `${...}` reference.
 */
export function optionValueProblem(
  key: string,
  text: string,
): { summary: string; detail: string } | undefined {
  if (text.includes('${')) return undefined;
  if (DURATION_OPTIONS.has(key) && !isFlinkDuration(text))
    return {
      summary: `"${text}" is not a duration (option ${key})`,
      detail:
        'Flink reads a number and a unit: e.g. 30 s, 500 ms, 5 min, 1 h, 7 d (a bare number is milliseconds).',
    };
  if (
    INTEGER_OPTIONS.has(key) &&
    !(/^[+-]?\d{1,10}$/.test(text.trim()) && Math.abs(Number(text)) <= 2 ** 31 - 1)
  )
    return {
      summary: `"${text}" is not a whole number (option ${key})`,
      detail: `Flink refuses the job ("Failed to set key ${key} with value ${text}"): write a whole number, e.g. 4.`,
    };
  const names = ENUM_OPTIONS.get(key);
  if (names && !names.some((n) => n.toLowerCase() === text.trim().toLowerCase())) {
    const near = closest(text.trim(), names, 3, true);
    return {
      summary: `"${text}" is not a value of option ${key}`,
      detail:
        `Flink refuses the job when apply submits it ("Could not parse value '${text}' for key '${key}'"), after an upgrade has stopped the running one: ` +
        `${near ? `did you mean ${near}? ` : ''}it takes ${names.join(', ')}.`,
    };
  }
  // A value with a dot is a StateBackendFactory class name, which only the cluster can check.
  const backend = text.trim().toLowerCase();
  if (STATE_BACKEND_OPTIONS.has(key) && !backend.includes('.') && !STATE_BACKENDS.includes(backend)) {
    const near = closest(backend, STATE_BACKENDS, 3);
    return {
      summary: `"${text}" is not a state backend (option ${key})`,
      detail:
        `Flink loads a name it does not know as a StateBackendFactory class and fails the job it starts ("ClassNotFoundException: ${text}"; an upgrade has stopped the running job by then): ` +
        `${near ? `did you mean ${near}? ` : ''}write hashmap, rocksdb (forst on Flink 2.x), or a factory's class name.`,
    };
  }
  if (BOOLEAN_OPTIONS.has(key) && !/^(true|false)$/i.test(text.trim())) {
    const meant = meantBoolean(text);
    return {
      summary: `"${text}" is not true or false (option ${key})`,
      detail:
        `Flink takes only true or false here and refuses the job ("Unrecognized option for boolean: ${text}")` +
        (meant === undefined
          ? ': write true or false.'
          : `: write ${meant} (YAML reads an unquoted yes, on or off as text).`),
    };
  }
  return undefined;
}

/** FO264 for every option of known type in `config` whose value does not parse. */
export function checkOptionValues(
  config: Record<string, unknown> | undefined,
  y: YamlSource,
  path: YamlPath,
  diags: Diagnostic[],
): void {
  for (const [k, v] of Object.entries(config ?? {})) {
    if (typeof v === 'boolean') continue;
    const problem = optionValueProblem(k, String(v));
    if (problem) diags.push(error('FO264', problem.summary, problem.detail, y.locate([...path, k])));
  }
}

interface Layer {
  settings: JobSettings | undefined;
  y: YamlSource | undefined;
  path: YamlPath;
}

/** FO258: per environment, the job's resolved parallelism may not exceed its resolved maxParallelism. */
export function checkParallelism(
  project: Project,
  config: ProjectConfig,
  envs: readonly string[],
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const sources = new Map(project.loaded.jobs.map((j) => [j.name, j.yaml]));
  for (const job of project.jobs) {
    const seen = new Set<string>();
    for (const env of envs) {
      const layers: Layer[] = [
        { settings: config.defaults, y: project.loaded.config, path: ['defaults'] },
        { settings: job.settings, y: sources.get(job.name), path: [] },
        {
          settings: config.environments[env]?.jobs?.[job.name],
          y: project.loaded.config,
          path: ['environments', env, 'jobs', job.name],
        },
      ];
      const last = (key: 'parallelism' | 'maxParallelism') =>
        layers.filter((l) => typeof l.settings?.[key] === 'number').at(-1);
      const p = last('parallelism');
      const m = last('maxParallelism');
      const cap = config.policy?.maxParallelism?.[env];
      if (p && typeof cap === 'number' && p.settings!.parallelism! > cap) {
        const where = p.y?.locate([...p.path, 'parallelism']);
        const key = `policy\u0000${env}\u0000${where?.file}:${where?.start.line}`;
        if (!seen.has(key)) {
          seen.add(key);
          diags.push(
            warning(
              'FO683',
              `Job ${job.name} has parallelism ${p.settings!.parallelism!} in environment ${env}, above policy.maxParallelism.${env} (${cap})`,
              `plan refuses the job's changes in ${env} (FO623) until it is at most ${cap}: lower parallelism (environments.${env}.jobs.${job.name}.parallelism sets it for ${env} alone), or raise the maximum in a reviewed change.`,
              where,
            ),
          );
        }
      }
      if (!p || !m) continue;
      const parallelism = p.settings!.parallelism!;
      const max = m.settings!.maxParallelism!;
      if (parallelism <= max) continue;
      const where = p.y?.locate([...p.path, 'parallelism']);
      const key = `${where?.file}:${where?.start.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diags.push(
        error(
          'FO258',
          `Job ${job.name} has parallelism ${parallelism}, above its maxParallelism ${max}${envs.length > 1 ? ` (environment ${env})` : ''}`,
          `Flink refuses to run more parallel instances than key groups. Lower parallelism to at most ${max}, or raise maxParallelism (which makes keyed state incompatible with old savepoints).`,
          where,
        ),
      );
    }
  }
  return diags;
}

/**
 * FO265: `maxBackpressure`, the former spelling of the health rule `maxBackPressure`, is still
 * read (compile renames it) but warned about wherever it is written: defaults, a job's settings,
 * an environment's override of a job.
 */
export function checkDeprecatedHealthKeys(project: Project, config: ProjectConfig): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const sources = new Map(project.loaded.jobs.map((j) => [j.name, j.yaml]));
  const layers: Layer[] = [
    { settings: config.defaults, y: project.loaded.config, path: ['defaults'] },
    ...project.jobs.map((job) => ({ settings: job.settings, y: sources.get(job.name), path: [] })),
    ...Object.entries(config.environments).flatMap(([env, spec]) =>
      Object.entries(spec?.jobs ?? {}).map(([job, settings]) => ({
        settings,
        y: project.loaded.config,
        path: ['environments', env, 'jobs', job],
      })),
    ),
  ];
  for (const l of layers) {
    const h = l.settings?.health;
    if (h?.maxBackpressure === undefined) continue;
    diags.push(
      warning(
        'FO265',
        'maxBackpressure is the former spelling of the health rule maxBackPressure',
        h.maxBackPressure !== undefined
          ? 'Both spellings are set here and maxBackPressure is used: remove maxBackpressure.'
          : 'It is still read as maxBackPressure; rename the key to maxBackPressure (capital P), the spelling the schema and the documentation use.',
        l.y?.locate([...l.path, 'health', 'maxBackpressure'], 'key'),
      ),
    );
  }
  return diags;
}

const CHANGELOG = 'state.changelog.enabled';
const CHANGELOG_STORAGE = 'state.changelog.storage';
const CHANGELOG_PATH = 'state.changelog.dstl.dfs.base-path';

/**
 * FO686: a job enables the changelog state backend (`state.changelog.enabled: true`, as defaults,
 * the environment, the job and its environment override resolve it). Flink takes the changelog
 * storage from each TaskManager's own configuration, never the job's (TaskExecutor loads it from
 * `taskManagerConfiguration`): real 2.2.0 ran a job that set `state.changelog.storage: filesystem`
 * and a base path on a `memory` storage ("Creating a changelog storage with name 'memory'", and
 * `"changelog_storage": "memory"` at /jobs/:id/checkpoints/config). `memory`, the default, keeps
 * the state changes in the TaskManager's memory: a restore after a lost TaskManager finds none.
 * validate cannot see the cluster's configuration: said once per place that enables it. The
 * detail also says how such a job restores (LEGACY claim mode, see apply/submit changelogEnabled).
 */
export function checkChangelogStorage(
  project: Project,
  config: ProjectConfig,
  envs: readonly string[],
): Diagnostic[] {
  const byPlace = new Map<string, { jobs: string[]; ignored: string[]; where: SourceRange | undefined }>();
  const sources = new Map(project.loaded.jobs.map((j) => [j.name, j.yaml]));
  const scopes: (string | undefined)[] = envs.length > 0 ? [...envs] : [undefined];
  for (const job of project.jobs) {
    for (const env of scopes) {
      const environment = env === undefined ? undefined : config.environments[env];
      const layers: {
        config: Record<string, unknown> | undefined;
        y: YamlSource | undefined;
        path: YamlPath;
      }[] = [
        { config: config.defaults?.config, y: project.loaded.config, path: ['defaults', 'config'] },
        ...(env === undefined
          ? []
          : [
              {
                config: environment?.config,
                y: project.loaded.config,
                path: ['environments', env, 'config'],
              },
            ]),
        { config: job.settings.config, y: sources.get(job.name), path: ['config'] },
        ...(env === undefined
          ? []
          : [
              {
                config: environment?.jobs?.[job.name]?.config,
                y: project.loaded.config,
                path: ['environments', env, 'jobs', job.name, 'config'],
              },
            ]),
      ];
      const last = (key: string) =>
        layers.filter((l) => l.config?.[key] !== undefined && l.config[key] !== null).at(-1);
      const enabled = last(CHANGELOG);
      if (!enabled || String(enabled.config![CHANGELOG]).trim().toLowerCase() !== 'true') continue;
      const ignored = [CHANGELOG_STORAGE, CHANGELOG_PATH].filter((k) => last(k) !== undefined);
      const where = enabled.y?.locate([...enabled.path, CHANGELOG]);
      const key = `${where?.file}:${where?.start.line}:${where?.start.column}\u0000${ignored.join(',')}`;
      const found = byPlace.get(key) ?? { jobs: [], ignored, where };
      if (!found.jobs.includes(job.name)) found.jobs.push(job.name);
      byPlace.set(key, found);
    }
  }
  const diags: Diagnostic[] = [];
  for (const { jobs, ignored, where } of byPlace.values()) {
    const who = jobs.length === 1 ? `Job ${jobs[0]} enables` : `Jobs ${jobs.join(', ')} enable`;
    diags.push(
      warning(
        'FO686',
        ignored.length > 0
          ? `${who} the changelog state backend with ${ignored.join(' and ')} in the job's config, which Flink ignores: the TaskManagers' configuration chooses the changelog storage (memory unless it says otherwise)`
          : `${who} the changelog state backend: its changes are kept in memory unless the TaskManagers' configuration sets ${CHANGELOG_STORAGE}: filesystem`,
        `Flink takes ${CHANGELOG_STORAGE} and ${CHANGELOG_PATH} from each TaskManager's own configuration (its config.yaml or flink-conf.yaml), never from the job's. The default storage, memory, keeps the state changes in the TaskManager's memory, for tests: a restore after a lost TaskManager finds none of them. Set ${CHANGELOG_STORAGE}: filesystem and ${CHANGELOG_PATH}: <a durable folder, e.g. s3://bucket/changelog> in the cluster's configuration${ignored.length > 0 ? ` (and remove them from the job's config)` : ''}, or turn the changelog off. validate cannot see the cluster's configuration: /jobs/<id>/checkpoints/config shows what a running job got (changelog_storage). An upgrade, resume or rollback restores such a job in LEGACY claim mode, not NO_CLAIM: Flink's changelog backend cannot take the full first checkpoint NO_CLAIM forces (the job would fail it and restart from the savepoint over and over); LEGACY keeps the savepoint, which stays the rollback point. Where the cluster's configuration turns the changelog on instead, set state.changelog.enabled: true in the job's config too, so that flinkops restores it that way.`,
        where,
      ),
    );
  }
  return diags;
}
