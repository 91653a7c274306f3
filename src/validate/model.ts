/** The validated project: typed specs for every file that passed its schema, plus SQL analyses. */
import type { LoadedProject } from '../load';
import type { JobSettings, ProjectConfig, TableKind, TableSpec, UdfFunction, UdfSpec } from '../load/types';
import type { ScriptAnalysis, Statement } from '../sql/types';

/** What a job or view uses, resolved against the project (names of project objects only). */
export interface Uses {
  /** Tables and views read, sorted. */
  reads: string[];
  /** Tables copied with CREATE TABLE ... LIKE and not read (the script needs them, no row is read), sorted. */
  copies?: string[];
  /** Tables written, sorted. */
  writes: string[];
  /** UDF function names called (lower case), sorted. */
  functions: string[];
  /** Tables of other catalogs or databases named in full (`pg.db.t`), as written; sorted. */
  catalogTables?: { reads: string[]; writes: string[] };
  /**
   * Tables the script creates itself (CREATE TABLE, CREATE TABLE ... AS SELECT) and reads or
   * writes, in the order created: the job's alone, related to other jobs only through a topic.
   */
  localTables?: LocalTable[];
  /**
   * Views the script creates itself (CREATE [TEMPORARY] VIEW), in the order created, with what each
   * reads: the job's alone, as its own tables are. Only for a job whose script creates a view.
   */
  localViews?: LocalView[];
  /**
   * With localViews: what the job's own statements read outside its views (the fields above count
   * what its views read too, as Flink needs those tables created and reads their rows).
   */
  direct?: ViewReads;
}

/** What a script's statement reads, by kind of object (each sorted, absent when empty). */
export interface ViewReads {
  /** Repository tables and views. */
  tables?: string[];
  /** Tables the script creates itself. */
  localTables?: string[];
  /** Views the script creates itself. */
  localViews?: string[];
  /** Tables of other catalogs named in full, as written. */
  catalogTables?: string[];
}

/** A view a job's own script creates, and what it reads. */
export interface LocalView {
  /** As the script names it. */
  name: string;
  reads: ViewReads;
}

/** A table a job's own script creates, and how the script uses it. */
export interface LocalTable {
  /** As the script names it. */
  name: string;
  /** Its CREATE TABLE (or CREATE [OR REPLACE] TABLE ... AS SELECT) statement. */
  statement: Statement;
  read?: true;
  written?: true;
}

export interface ProjectTable extends Uses {
  name: string;
  /** A table a job's script creates (see Uses.localTables): that job, whose SQL file is `file`. */
  job?: string;
  file: string;
  format: 'yaml' | 'sql';
  /** 'view' for a CREATE VIEW in tables/<name>.sql. */
  objectKind: 'table' | 'view';
  /** YAML tables: declared kind. Raw SQL tables have none (no source/sink rules apply). */
  kind?: TableKind;
  /** YAML tables whose file passed the schema. */
  spec?: TableSpec;
  /** SQL tables: the CREATE TABLE / CREATE VIEW statement. */
  statement?: Statement;
  /** SQL tables: the file's analysis. */
  analysis?: ScriptAnalysis;
}

export interface ProjectUdf {
  name: string;
  file: string;
  spec?: UdfSpec;
}

export interface ProjectFunction {
  /** Lower-case function name. */
  name: string;
  udf: string;
  fn: UdfFunction;
}

export interface ProjectJob extends Uses {
  name: string;
  sqlFile: string;
  yamlFile?: string;
  /** The job's own YAML (not merged with defaults or environment overrides); {} without a YAML file. */
  settings: JobSettings;
  analysis?: ScriptAnalysis;
}

export interface Project {
  dir: string;
  loaded: LoadedProject;
  /**
   * flinkops.yaml when it passed its schema. Its `flinkVersion` is the release this project was
   * validated for: the environment's own (`environments.<env>.flinkVersion`) when validated for one.
   */
  config?: ProjectConfig;
  /**
   * The same project validated for each release its environments run, when they run more than
   * one (an upgrade rolled out one environment at a time): compile takes the one of its environment.
   */
  releases?: Readonly<Record<string, Project>>;
  /** Environments the project was validated for. */
  environments: string[];
  tables: ProjectTable[];
  udfs: ProjectUdf[];
  jobs: ProjectJob[];
  tableByName: Map<string, ProjectTable>;
  udfByName: Map<string, ProjectUdf>;
  functionByName: Map<string, ProjectFunction>;
  /**
   * Names a file declares but that could not be taken in (a UDF file failing its schema, a table
   * defined twice): their one root error is reported there, so uses of them raise no second one.
   */
  unresolved: {
    functions: Set<string>;
    tables: Set<string>;
    /** Jobs whose file is refused for its name or extension (FO104, FO105), by the name meant. */
    jobs: Set<string>;
    /**
     * Whether some table, UDF or job names cannot be known at all (their folder cannot be
     * listed, a UDF file cannot be read or parsed): a name not found is then not reported as
     * unknown, since the root error already says what to fix.
     */
    anyTable?: boolean;
    anyFunction?: boolean;
    anyJob?: boolean;
  };
}
