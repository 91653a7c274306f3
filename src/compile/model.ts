/** The desired state: what the repository says should run in one environment. */

import type { Diagnostic, SourceRange } from '../core/diagnostics';
import type {
  AlertChannelSpec,
  AuthSpec,
  DeletionPolicy,
  FlinkVersion,
  JobSettings,
  JobStateSetting,
  MoveFromSpec,
  PolicySpec,
  TableKind,
  UdfFunction,
  UpgradeMode,
} from '../load/types';
import type { Statement } from '../sql/types';

/** Job settings after defaults < job YAML < environment override, with `${env.X}` substituted. */
export interface ResolvedSettings extends Omit<JobSettings, 'config'> {
  parallelism: number;
  upgradeMode: UpgradeMode;
  state: JobStateSetting;
  allowNonRestoredState: boolean;
  deletionPolicy: DeletionPolicy;
  /** Flink options of the job: project defaults < environment config < job < environment job override. */
  config: Record<string, string>;
}

export interface DesiredJob {
  name: string;
  /** `<project>.<env>.<job>`. */
  pipelineName: string;
  sqlFile: string;
  yamlFile?: string;
  /** Where `settings.movedFrom` is written (the job's YAML, or its environment override). */
  movedFromAt?: SourceRange;
  /**
   * The compiled script, a template: `${secret.NAME}` placeholders and `$${` escapes
   * stay until `resolveSecrets` renders it at apply time.
   */
  script: string;
  /** Analysed statements of the compiled script. */
  statements: Statement[];
  /** Where the job's own statements (the last ones of the script) stand in its SQL file, in order. */
  sourceRanges?: SourceRange[];
  /**
   * Where the job's own statements are in `sqlFile`, in order (they are the last statements of
   * `script`, after `${env.X}` substitution): diagnostics about a statement point there.
   */
  statementRanges?: SourceRange[];
  settings: ResolvedSettings;
  /** Hash of the normalised script and every setting whose change restarts the job. */
  restartHash: string;
  /** Hash of the settings whose change restarts nothing. */
  metadataHash: string;
  /** Tables used, directly or through views (sorted). */
  tables: string[];
  /** Views used, directly or through views (sorted). */
  views: string[];
  /** UDF artifacts (udfs/<name>.yaml) used, directly or through views (sorted). */
  udfs: string[];
  /**
   * sha256 of each Python file the job ships (`python.files`, `python.requirements`,
   * `python.archives`) that flinkops can read, by the entry as written: the spec hash counts them.
   */
  pythonFiles?: Record<string, string>;
  /**
   * sha256 of each jar the job's own script loads (ADD JAR, CREATE FUNCTION … USING JAR) that
   * flinkops can read, by the location as written: the spec hash counts them.
   */
  scriptJars?: Record<string, string>;
  /**
   * The functions the script creates itself whose classes may come from one of `scriptJars`, by
   * lower-case name → those jars (its USING JAR, or the script's ADD JARs): a new build may change
   * their state types, so the plan's state verdict judges the operators calling them.
   */
  scriptJarFunctions?: Record<string, string[]>;
  /**
   * The Python functions the script creates itself (`LANGUAGE PYTHON`), by lower-case name → the
   * files of `pythonFiles` (any may hold their code): an edit may change their state types, so the
   * plan's state verdict judges the operators calling them.
   */
  scriptPythonFunctions?: Record<string, string[]>;
  /** Functions created in the script from udfs/ (sorted). */
  functions: string[];
  /** Secrets the script needs at apply time (sorted). */
  secrets: string[];
  /** Tables written. */
  sinks: string[];
  /**
   * planMode: compiled — the plan the job starts from, as the gateway compiled it. Set by the plan
   * run once the gateway answered (offline: from the state store when the script is unchanged);
   * `restartHash` then covers its bytes.
   */
  compiledPlan?: CompiledPlan;
  /** Tables read, directly or through views. */
  sources: string[];
  /**
   * Tables the job's script creates itself and reads or writes (not in `tables`): the job's alone,
   * related to other jobs' tables only through the Kafka topics they name.
   */
  localTables?: DesiredLocalTable[];
  /**
   * Calls of the project's UDFs that a later Flink release made built-ins (`split`, 1.20): the
   * plan warns when the job restarts on that release after running on an older one (FO668).
   */
  laterBuiltinCalls?: LaterBuiltinCall[];
}

/** A call of a project UDF named like a built-in a later Flink release added (compile/later-builtins.ts). */
export interface LaterBuiltinCall {
  /** The function as udfs/ declares it (`split`). */
  name: string;
  /** The release (major.minor) whose built-in of that name Flink resolves the call to. */
  since: string;
  /** The UDF artifact (udfs/<udf>.yaml) and the class it names. */
  udf: string;
  udfFile: string;
  className: string;
  /** The call: its name, in the job's SQL file or a SQL view or table it uses. */
  range: SourceRange;
}

/** A table a job's script creates (CREATE TABLE, CREATE TABLE ... AS SELECT), as the job uses it. */
export interface DesiredLocalTable {
  /** As the script names it. */
  name: string;
  read?: true;
  written?: true;
  /** A `kafka` or `upsert-kafka` table: its topics as this environment gives them (kafkaTopicKeys). */
  topics?: string[];
}

/** A job's compiled plan: the file the gateway wrote and executes, and its exact bytes. */
export interface CompiledPlan {
  /** Flink file system URI of the plan file (in the environment's planDir). */
  path: string;
  /** sha256 (hex) of the file's bytes. */
  sha256: string;
  /** The file's bytes (UTF-8 JSON, as Flink wrote it). */
  json: string;
}

export interface DesiredTable {
  name: string;
  file: string;
  objectKind: 'table' | 'view';
  kind?: TableKind;
  connector?: string;
  /** Connector options after environment overrides (YAML tables). */
  options?: Record<string, string>;
  /**
   * A `kafka` or `upsert-kafka` table (YAML or DDL): the topics it names, as this environment
   * gives them (kafkaTopicKeys): what relates it to the other tables on them.
   */
  topics?: string[];
  /** The compiled CREATE TEMPORARY TABLE / VIEW statement (a template, like scripts). */
  ddl: string;
  /** A raw SQL table or view: its CREATE statement in the file (what Flink says of its DDL is put there). */
  range?: SourceRange;
}

export interface DesiredUdf {
  name: string;
  file: string;
  /** The jar of its Java/Scala functions (none for an artifact of Python files only). */
  jar?: string;
  /** The Python files of its Python functions (`python.files` entries). */
  files?: string[];
  sha256?: string;
  /** Where `jar` is written: the UDF file, or the environment's override in flinkops.yaml. */
  jarAt?: SourceRange;
  /** Where `sha256` is written: the UDF file, or the environment's override in flinkops.yaml. */
  sha256At?: SourceRange;
  functions: UdfFunction[];
  /** Where each function's `class` is written in the UDF file, by the function's lower-case name. */
  classAt?: Record<string, SourceRange>;
}

export interface DesiredEnvironment {
  name: string;
  jobmanagerUrl: string;
  sqlGatewayUrl: string;
  /** With `${secret.NAME}` placeholders; resolve with resolveSecretsInValue at apply time. */
  auth?: AuthSpec;
  /** Alert channels, URLs and secrets with `${secret.NAME}` placeholders. */
  alerts?: AlertChannelSpec[];
  savepointDir?: string;
  /** Where the gateway writes and reads compiled plans (jobs with planMode: compiled). */
  planDir?: string;
  /** The JobManager the jobs run on now, while they move to this environment's endpoints. */
  moveFrom?: MoveFromSpec;
}

/**
 * `catalog_table`: a table of another catalog a job names in full (`pg.db.t`), not a repository table.
 * `local_table`: a table a job's script creates itself (id `local_table:<job>.<table>`).
 * `local_view`: a view a job's script creates itself (id `local_view:<job>.<view>`).
 */
export type GraphNodeKind = 'job' | 'table' | 'view' | 'udf' | 'catalog_table' | 'local_table' | 'local_view';

export interface GraphNode {
  /** `<kind>:<name>`, e.g. table:orders. */
  id: string;
  kind: GraphNodeKind;
  name: string;
  /** Tables: source/sink/dimension. */
  tableKind?: TableKind;
  /** local_table, local_view: the job whose script creates it. */
  job?: string;
  /** The `description` of a job's settings or of a YAML table, for people (dbt's docs). */
  description?: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  /**
   * reads: from reads to; writes: from writes to; uses: from calls functions of the udf `to`;
   * copies: from is created LIKE `to` (its script creates `to` too, but reads none of its rows);
   * topic: the Kafka topic a job writes through table `from` is read through table `to` (either
   * a repository table or a job's own, local_table).
   */
  kind: 'reads' | 'writes' | 'uses' | 'copies' | 'topic';
  /** topic: the topic's name. */
  topic?: string;
}

export interface DependencyGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface DesiredState {
  project: string;
  env: string;
  flinkVersion: FlinkVersion;
  /** Where flinkops.yaml declares flinkVersion, for the diagnostics that name it. */
  flinkVersionRange?: SourceRange;
  /** flinkVersion is the environment's own (`environments.<env>.flinkVersion`), not the project's. */
  flinkVersionOfEnvironment?: boolean;
  environment: DesiredEnvironment;
  /**
   * Every environment flinkops.yaml defines: a job of the project running under any other name
   * on the cluster belongs to an environment that was renamed or removed (observe says so).
   */
  environments?: string[];
  jobs: DesiredJob[];
  tables: DesiredTable[];
  udfs: DesiredUdf[];
  graph: DependencyGraph;
  /** flinkops.yaml `policy:`, checked by the plan (src/plan/policy.ts). */
  policy?: PolicySpec;
}

/** What compiling a repository for one environment gives. */
export interface CompileResult {
  value: DesiredState | undefined;
  diags: Diagnostic[];
  /** The repository's `${env.X}` references, also when it has errors (what the Action masks). */
  envReferences: EnvReference[];
}

/** A `${env.X}` reference: whether its value sets a credential option (FO272) of a script. */
export interface EnvReference {
  name: string;
  credential: boolean;
}

/**
 * Where `st`, a statement of the job's compiled script, stands in the job's file: its own
 * statements (the script's last ones) only, undefined for the repository's tables and settings.
 */
export function ownRange(
  job: Pick<DesiredJob, 'statements' | 'sourceRanges'>,
  st: Statement,
): SourceRange | undefined {
  const own = job.sourceRanges ?? [];
  const i = job.statements.indexOf(st) - (job.statements.length - own.length);
  return i >= 0 ? own[i] : undefined;
}
