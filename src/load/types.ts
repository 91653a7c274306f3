/**
 * TypeScript mirror of the JSON Schemas in `schemas/`. The schemas are the source of
 * truth; `keys()` below lists each object's properties from a `Record<keyof T, 1>`,
 * so the compiler rejects a key list that misses or invents a property, and
 * `types.test.ts` compares the lists with the schemas, so neither side can drift.
 */

import type { FlinkRelease } from '../core/flink-version';

export type FlinkVersion = FlinkRelease;
export type Scalar = string | number | boolean;

// ---- jobs/<name>.yaml (schemas/job.schema.json) -------------------------------

export type UpgradeMode = 'savepoint' | 'last-state' | 'stateless';
export type JobStateSetting = 'running' | 'suspended';
export type DeletionPolicy = 'retain' | 'delete';
/** script: the SQL is planned at every start; compiled: started from its COMPILE PLAN JSON (EXECUTE PLAN). */
export type PlanMode = 'script' | 'compiled';

export interface SavepointSettings {
  every?: string;
  keep?: number;
  maxAge?: string;
}
export interface ScheduleWindow {
  start: string;
  stop: string;
}
export interface ScheduleSettings {
  timezone?: string;
  windows: ScheduleWindow[];
}
export type BackpressureLevel = 'ok' | 'low' | 'high';
export interface HealthSettings {
  maxRestarts?: number;
  window?: string;
  maxCheckpointAge?: string;
  notRunning?: boolean;
  /** A level, or a share of time (0..1) back-pressured. */
  maxBackPressure?: Exclude<BackpressureLevel, 'high'> | number;
  /**
   * @deprecated The former spelling of maxBackPressure: still read (compile treats it as
   * maxBackPressure), with warning FO265.
   */
  maxBackpressure?: Exclude<BackpressureLevel, 'high'> | number;
  maxBusy?: number;
  maxWatermarkLag?: string;
  maxConsumerLag?: number;
  minRecordsInPerSecond?: number;
  maxCheckpointDuration?: string;
}

export interface JobSettings {
  description?: string;
  parallelism?: number;
  maxParallelism?: number;
  upgradeMode?: UpgradeMode;
  state?: JobStateSetting;
  planMode?: PlanMode;
  allowNonRestoredState?: boolean;
  deletionPolicy?: DeletionPolicy;
  config?: Record<string, Scalar>;
  savepoints?: SavepointSettings;
  restoreFrom?: string;
  /** The job's former name: a rename that keeps the old job's state (see schemas/job.schema.json). */
  movedFrom?: string;
  schedule?: ScheduleSettings;
  activeFrom?: string;
  activeUntil?: string;
  health?: HealthSettings;
}

// ---- udfs/<name>.yaml (schemas/udf.schema.json) -------------------------------

export type UdfLanguage = 'java' | 'scala' | 'python';
export interface UdfFunction {
  name: string;
  class: string;
  language?: UdfLanguage;
}
export interface UdfSpec {
  description?: string;
  /** Java/Scala functions: the jar. An artifact has a jar, `files`, or both. */
  jar?: string;
  /** Python functions: what `python.files` takes (their modules). */
  files?: string[];
  sha256?: string;
  functions: UdfFunction[];
}

// ---- jobs/<job>.test.yaml (schemas/test.schema.json) -------------------------

export type TestValue = string | number | boolean | null;
export type TestRow = Record<string, TestValue>;
export type TestMode = 'batch' | 'streaming';
export type ChangeOp = '+I' | '-U' | '+U' | '-D';
export interface TestInput {
  rows?: TestRow[];
  file?: string;
}
export interface TestChange {
  op: ChangeOp;
  row: TestRow;
}
export interface TestExpectation {
  rows?: TestRow[];
  changelog?: TestChange[];
  file?: string;
}
export interface TestCaseSpec {
  name: string;
  description?: string;
  mode?: TestMode;
  inputs?: Record<string, TestInput>;
  expect: Record<string, TestExpectation>;
}
export interface TestFileSpec {
  description?: string;
  functions?: Record<string, string>;
  cases: TestCaseSpec[];
}

// ---- tables/<name>.yaml (schemas/table.schema.json) ---------------------------

export type TableKind = 'source' | 'sink' | 'dimension';
export interface PhysicalColumn {
  name: string;
  type: string;
  nullable?: boolean;
  comment?: string;
}
export interface ComputedColumn {
  name: string;
  expr: string;
  comment?: string;
}
export interface MetadataColumn {
  name: string;
  type: string;
  from?: string;
  virtual?: boolean;
  comment?: string;
}
export interface WatermarkSpec {
  column: string;
  delay?: string;
  expr?: string;
}
export type LookupCache = 'PARTIAL' | 'FULL' | 'NONE';
export interface LookupSpec {
  cache: LookupCache;
  maxRows?: number;
  ttl?: string;
  expireAfterAccess?: string;
  cacheMissingKey?: boolean;
  reloadInterval?: string;
  maxRetries?: number;
}
export interface TableSpec {
  kind: TableKind;
  description?: string;
  connector: string;
  columns: PhysicalColumn[];
  computed?: ComputedColumn[];
  metadata?: MetadataColumn[];
  watermark?: WatermarkSpec;
  primaryKey?: string[];
  partitionedBy?: string[];
  with?: Record<string, Scalar>;
  lookup?: LookupSpec;
}

// ---- flinkops.yaml (schemas/project.schema.json) ------------------------------

export interface AuthSpec {
  token?: string;
  username?: string;
  password?: string;
  headers?: Record<string, string>;
}
/** `environments.<env>.moveFrom`: the JobManager the environment's jobs are moving away from. */
export interface MoveFromSpec {
  jobmanagerUrl: string;
  /** The old cluster's gateway: script-mode moves are judged by both releases' planners. */
  sqlGatewayUrl?: string;
  /** Defaults to the environment's own auth. */
  auth?: AuthSpec;
}
export interface TableOverride {
  with: Record<string, Scalar | null>;
}
export interface UdfOverride {
  jar: string;
  sha256?: string;
}
export type AlertChannelType = 'slack' | 'dingtalk' | 'feishu' | 'wecom' | 'webhook' | 'email';
export interface AlertChannelSpec {
  type: AlertChannelType;
  /** May hold `${secret.NAME}`. For `email`, the SMTP server: smtp:// or smtps://, credentials included. */
  url: string;
  secret?: string;
  /** `email`: the sender address. */
  from?: string;
  /** `email`: the recipients. */
  to?: string | string[];
}
export interface EnvironmentSpec {
  jobmanagerUrl: string;
  sqlGatewayUrl: string;
  /** This environment's Flink release, when it is not the project's `flinkVersion`. */
  flinkVersion?: FlinkVersion;
  auth?: AuthSpec;
  alerts?: AlertChannelSpec[];
  savepointDir?: string;
  /** Where the gateway writes and reads compiled plans (planMode: compiled). */
  planDir?: string;
  /** The cluster the jobs run on now, while they move to this environment's endpoints. */
  moveFrom?: MoveFromSpec;
  /** `suspended`: every job of the environment is stopped with a savepoint (a fleet switch). */
  state?: JobStateSetting;
  variables?: Record<string, Scalar>;
  jobs?: Record<string, JobSettings>;
  tables?: Record<string, TableOverride>;
  udfs?: Record<string, UdfOverride>;
  config?: Record<string, Scalar>;
}
export interface PolicySpec {
  protectedJobs?: string[];
  requireAllowDelete?: string[];
  maxParallelism?: Record<string, number>;
  refuseIncompatibleUpgrades?: string[];
}
export interface ProjectConfig {
  project: string;
  flinkVersion: FlinkVersion;
  defaults?: JobSettings;
  policy?: PolicySpec;
  environments: Record<string, EnvironmentSpec>;
}

// ---- key lists, checked against the schemas by types.test.ts -------------------

function keys<T>(record: Record<keyof T, 1>): (keyof T & string)[] {
  return Object.keys(record) as (keyof T & string)[];
}

export const JOB_SETTING_KEYS = keys<JobSettings>({
  description: 1,
  parallelism: 1,
  maxParallelism: 1,
  upgradeMode: 1,
  state: 1,
  planMode: 1,
  allowNonRestoredState: 1,
  deletionPolicy: 1,
  config: 1,
  savepoints: 1,
  restoreFrom: 1,
  movedFrom: 1,
  schedule: 1,
  activeFrom: 1,
  activeUntil: 1,
  health: 1,
});

export type JobSettingKey = (typeof JOB_SETTING_KEYS)[number];

/**
 * Property lists of every object in the schemas, by a path in the schema:
 * `<schema>` for the root, `.prop` for a property, `.*` for map values, `[]` for array items.
 */
export const SCHEMA_KEYS: Record<string, readonly string[]> = {
  job: JOB_SETTING_KEYS,
  'job.savepoints': keys<SavepointSettings>({ every: 1, keep: 1, maxAge: 1 }),
  'job.schedule': keys<ScheduleSettings>({ timezone: 1, windows: 1 }),
  'job.schedule.windows[]': keys<ScheduleWindow>({ start: 1, stop: 1 }),
  'job.health': keys<HealthSettings>({
    maxRestarts: 1,
    window: 1,
    maxCheckpointAge: 1,
    notRunning: 1,
    maxBackPressure: 1,
    maxBackpressure: 1,
    maxBusy: 1,
    maxWatermarkLag: 1,
    maxConsumerLag: 1,
    minRecordsInPerSecond: 1,
    maxCheckpointDuration: 1,
  }),
  udf: keys<UdfSpec>({ description: 1, jar: 1, files: 1, sha256: 1, functions: 1 }),
  'udf.functions[]': keys<UdfFunction>({ name: 1, class: 1, language: 1 }),
  test: keys<TestFileSpec>({ description: 1, functions: 1, cases: 1 }),
  'test.cases[]': keys<TestCaseSpec>({ name: 1, description: 1, mode: 1, inputs: 1, expect: 1 }),
  'test.cases[].inputs.*': keys<TestInput>({ rows: 1, file: 1 }),
  'test.cases[].expect.*': keys<TestExpectation>({ rows: 1, changelog: 1, file: 1 }),
  'test.cases[].expect.*.changelog[]': keys<TestChange>({ op: 1, row: 1 }),
  table: keys<TableSpec>({
    kind: 1,
    description: 1,
    connector: 1,
    columns: 1,
    computed: 1,
    metadata: 1,
    watermark: 1,
    primaryKey: 1,
    partitionedBy: 1,
    with: 1,
    lookup: 1,
  }),
  'table.columns[]': keys<PhysicalColumn>({ name: 1, type: 1, nullable: 1, comment: 1 }),
  'table.computed[]': keys<ComputedColumn>({ name: 1, expr: 1, comment: 1 }),
  'table.metadata[]': keys<MetadataColumn>({ name: 1, type: 1, from: 1, virtual: 1, comment: 1 }),
  'table.watermark': keys<WatermarkSpec>({ column: 1, delay: 1, expr: 1 }),
  'table.lookup': keys<LookupSpec>({
    cache: 1,
    maxRows: 1,
    ttl: 1,
    expireAfterAccess: 1,
    cacheMissingKey: 1,
    reloadInterval: 1,
    maxRetries: 1,
  }),
  project: keys<ProjectConfig>({ project: 1, flinkVersion: 1, defaults: 1, policy: 1, environments: 1 }),
  'project.policy': keys<PolicySpec>({
    protectedJobs: 1,
    requireAllowDelete: 1,
    maxParallelism: 1,
    refuseIncompatibleUpgrades: 1,
  }),
  'project.environments.*': keys<EnvironmentSpec>({
    jobmanagerUrl: 1,
    sqlGatewayUrl: 1,
    flinkVersion: 1,
    auth: 1,
    alerts: 1,
    savepointDir: 1,
    planDir: 1,
    moveFrom: 1,
    state: 1,
    variables: 1,
    jobs: 1,
    tables: 1,
    udfs: 1,
    config: 1,
  }),
  'project.environments.*.alerts[]': keys<AlertChannelSpec>({ type: 1, url: 1, secret: 1, from: 1, to: 1 }),
  'project.environments.*.auth': keys<AuthSpec>({ token: 1, username: 1, password: 1, headers: 1 }),
  'project.environments.*.moveFrom': keys<MoveFromSpec>({ jobmanagerUrl: 1, sqlGatewayUrl: 1, auth: 1 }),
  'project.environments.*.tables.*': keys<TableOverride>({ with: 1 }),
  'project.environments.*.udfs.*': keys<UdfOverride>({ jar: 1, sha256: 1 }),
};

/**
 * The `config:` maps a job's Flink configuration is merged from, lowest first: `defaults`, the
 * environment's, the job's own file, the environment's override of the job.
 */
export function configLayers(
  config: ProjectConfig | undefined,
  env: string | undefined,
  job: string,
  own: JobSettings | undefined,
): (Record<string, Scalar> | undefined)[] {
  const environment = env === undefined ? undefined : config?.environments[env];
  return [config?.defaults?.config, environment?.config, own?.config, environment?.jobs?.[job]?.config];
}

/** The Flink release environment `env` runs: its own `flinkVersion`, else the project's. */
export function environmentRelease(config: ProjectConfig, env: string): FlinkVersion {
  return config.environments[env]?.flinkVersion ?? config.flinkVersion;
}
