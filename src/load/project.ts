/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
/**
 * Reads a project directory into a `LoadedProject`: flinkops.yaml, tables/*.yaml|sql,
 * udfs/*.yaml, jobs/*.sql (+ optional jobs/*.yaml), plus every `${env.X}` /
 * `${secret.X}` reference with its position. Nothing is interpreted yet; the
 * schema and cross-file rules live in src/validate.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Diagnostic, error, type SourceRange, warning } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { lex, type Token } from '../sql/lexer';
import {
  fileStart,
  insideRepository,
  isSymlink,
  listFolder,
  notRegularFile,
  outsideRepository,
  readTextFile,
  type TextFile,
} from './files';
import { hasBareDollar, type RefKind, scanBareDollars, scanReferences } from './interpolate';
import { parseYaml, type YamlSource } from './yaml-source';

export const PROJECT_FILE = 'flinkops.yaml';

export interface TableSource {
  name: string;
  file: string;
  format: 'yaml' | 'sql';
  /** Absent when the file could not be read or parsed (already reported). */
  yaml?: YamlSource;
  sql?: TextFile;
}

export interface UdfSource {
  name: string;
  file: string;
  yaml?: YamlSource;
}

export interface JobSource {
  name: string;
  sqlFile: string;
  sql?: TextFile;
  yamlFile?: string;
  yaml?: YamlSource;
}

export interface Reference {
  kind: RefKind;
  name: string;
  range: SourceRange;
  /** Set for references inside `environments.<env>` of flinkops.yaml: only that environment resolves them. */
  env?: string;
  /**
   * The option or setting whose value holds the reference, when known: the YAML key
   * (`password` of a table's `with:`), or in SQL the `'key'` of a `'key' = '...'` option.
   */
  key?: string;
  /** The reference sits under `environments.<env>.auth` (the cluster's credentials, never in a script). */
  auth?: true;
  /**
   * The reference is the value of option `option` in `with:` of `tables/<table>.yaml`: an
   * environment whose `tables.<table>.with` sets (or removes) that option never reads it.
   */
  tableOption?: { table: string; option: string };
}

export interface LoadedProject {
  dir: string;
  config?: YamlSource;
  tables: TableSource[];
  udfs: UdfSource[];
  jobs: JobSource[];
  /** jobs/<job>.test.yaml: a job's SQL tests (`flinkops test` reads them). */
  tests: TestSource[];
  references: Reference[];
  /** `$NAME` without braces in a value or a SQL file: validate warns when NAME is a variable. */
  bareDollars?: { name: string; range: SourceRange }[];
  /** Folders (tables, udfs, jobs) that exist but could not be listed: their names are unknown. */
  unreadFolders?: string[];
  /**
   * Per folder, the names (made valid) of files refused for their name or extension (FO104,
   * FO105): `jobs/City-Stats.sql` is job `city_stats` misnamed, not a job that is missing.
   */
  misnamed?: { jobs: string[]; tables: string[]; udfs: string[] };
}

export interface TestSource {
  job: string;
  file: string;
}

function badRefDiag(file: string, lines: LineIndex, start: number, end: number, text: string): Diagnostic {
  return error(
    'FO111',
    `Malformed reference ${text}`,
    'Write ${env.NAME} or ${secret.NAME} (NAME: letters, digits, underscores); write $${ for a literal ${.',
    lines.range(file, start, end),
  );
}

/** References inside one YAML file, located at the reference itself (not just the value). */
function yamlReferences(
  y: YamlSource,
  isConfig: boolean,
  refs: Reference[],
  diags: Diagnostic[],
  table?: string,
): void {
  for (const s of y.stringsContaining('${')) {
    const src = y.text.slice(s.start, s.end);
    const found = scanReferences(src);
    let env: string | undefined;
    let inVariables = false;
    if (isConfig && s.path[0] === 'environments' && typeof s.path[1] === 'string') {
      env = s.path[1];
      inVariables = s.path[2] === 'variables';
    }
    for (const r of found.refs) {
      const range = y.lines.range(y.file, s.start + r.start, s.start + r.end);
      if (inVariables && r.kind === 'env') {
        diags.push(
          error(
            'FO112',
            `\${env.${r.name}} cannot be used inside variables`,
            'variables are the defaults of ${env.X} references and cannot reference the environment themselves; write the value, or a ${secret.NAME}.',
            range,
          ),
        );
        continue;
      }
      const key = s.path.at(-1);
      const option =
        table !== undefined && s.path.length === 2 && s.path[0] === 'with' && typeof key === 'string'
          ? key
          : undefined;
      refs.push({
        kind: r.kind,
        name: r.name,
        range,
        ...(env ? { env } : {}),
        ...(typeof key === 'string' ? { key } : {}),
        ...(env && s.path[2] === 'auth' ? { auth: true as const } : {}),
        ...(table !== undefined && option !== undefined ? { tableOption: { table, option } } : {}),
      });
    }
    for (const b of found.bad)
      diags.push(badRefDiag(y.file, y.lines, s.start + b.start, s.start + b.end, b.text));
  }
}

const SCHEMA_LINE = /^\uFEFF?[ \t]*#[ \t]*yaml-language-server:[^\n]*/;

/** Every `$NAME` without braces in the project's YAML values and SQL files. */
function bareDollars(project: LoadedProject): { name: string; range: SourceRange }[] {
  const out: { name: string; range: SourceRange }[] = [];
  const yamls = [project.config, ...project.tables.map((t) => t.yaml), ...project.udfs.map((u) => u.yaml)];
  for (const y of [...yamls, ...project.jobs.map((j) => j.yaml)]) {
    // Only a file holding a bare `$NAME` somewhere has its values walked; the editor's schema line
    // (`# yaml-language-server: $schema=…`, on most files) is a comment.
    if (!y || !hasBareDollar(y.text, SCHEMA_LINE.exec(y.text)?.[0].length ?? 0)) continue;
    for (const s of y.stringsContaining('$')) {
      for (const d of scanBareDollars(y.text.slice(s.start, s.end)))
        out.push({ name: d.name, range: y.lines.range(y.file, s.start + d.start, s.start + d.end) });
    }
  }
  for (const t of [...project.tables.map((x) => x.sql), ...project.jobs.map((j) => j.sql)]) {
    for (const d of t ? scanBareDollars(t.text) : [])
      out.push({ name: d.name, range: t!.lines.range(t!.file, d.start, d.end) });
  }
  return out;
}

function sqlReferences(t: TextFile, refs: Reference[], diags: Diagnostic[]): void {
  const found = scanReferences(t.text);
  for (const r of found.refs) {
    const key = sqlOptionKey(t.text, r.start);
    refs.push({
      kind: r.kind,
      name: r.name,
      range: t.lines.range(t.file, r.start, r.end),
      ...(key ? { key } : {}),
    });
  }
  let tokens: readonly Token[] | undefined;
  for (const b of found.bad) {
    // A comment is no SQL: Flink skips `${dt}` there, and so does the script's template.
    tokens ??= lex(t.text, t.file, t.lines).tokens;
    if (inComment(tokens, b.start)) continue;
    diags.push(badRefDiag(t.file, t.lines, b.start, b.end, b.text));
  }
}

/** Whether the `$` at `at` is in a comment: in no token (a hint is one), and `$` is no whitespace. */
function inComment(tokens: readonly Token[], at: number): boolean {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const tok = tokens[mid]!;
    if (at < tok.start) hi = mid - 1;
    else if (at >= tok.end) lo = mid + 1;
    else return false;
  }
  return true;
}

/** Characters before a reference searched for the option it stands in. */
const OPTION_KEY_WINDOW = 4096;

/** The key of a `'key' = '...` option whose string literal holds offset `at` (on one line), if any. */
function sqlOptionKey(text: string, at: number): string | undefined {
  // The option's key and the start of its value are looked for in the last few KiB before the
  // reference: scanning the whole line again for every reference of a megabyte-long line (a
  // generated file) took minutes.
  const before = text.slice(Math.max(0, at - OPTION_KEY_WINDOW), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return /'((?:[^']|'')+)'\s*=\s*'(?:[^']|'')*$/.exec(line)?.[1]?.replaceAll("''", "'");
}

function readYaml(dir: string, file: string, diags: Diagnostic[]): YamlSource | undefined {
  const t = readTextFile(dir, file, diags);
  if (!t) return undefined;
  const r = parseYaml(file, t.text);
  diags.push(...r.diags);
  return r.value;
}

/** A --dir that does not exist, is a file or cannot be read: nothing else can be said about it. */
function checkProjectDir(dir: string): Diagnostic | undefined {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return error(
      'FO100',
      code === 'ENOENT' ? `Project directory ${dir} does not exist` : `Cannot open project directory ${dir}`,
      code === 'ENOENT'
        ? 'Pass --dir with the folder that holds flinkops.yaml (relative to the current directory), or run flinkops in that folder.'
        : `${(e as Error).message}. Check the folder's permissions.`,
    );
  }
  if (isDir) return undefined;
  const parent = dirname(dir);
  const above = basename(dir) === PROJECT_FILE ? parent : projectAbove(dir);
  return error(
    'FO100',
    `${dir} is a file, not a project directory`,
    above !== undefined
      ? `--dir takes the folder that holds flinkops.yaml: pass --dir ${above}.`
      : 'Pass --dir with the folder that holds flinkops.yaml (the repository root), not a file in it.',
  );
}

/** The nearest folder above `dir` with a flinkops.yaml, for "did you mean to run it there". */
function projectAbove(dir: string): string | undefined {
  let cur = dir;
  for (let i = 0; i < 64; i++) {
    const up = dirname(cur);
    if (up === cur) return undefined;
    if (existsSync(join(up, PROJECT_FILE))) return up;
    cur = up;
  }
  return undefined;
}

const PROJECT_FILE_EXAMPLE = [
  'A minimal flinkops.yaml:',
  '  project: my_project',
  '  flinkVersion: "1.20"',
  '  environments:',
  '    dev:',
  '      jobmanagerUrl: http://localhost:8081',
  '      sqlGatewayUrl: http://localhost:8083',
].join('\n');

function missingProjectFile(dir: string): Diagnostic {
  if (existsSync(join(dir, 'flinkops.yml')))
    return error(
      'FO100',
      'flinkops.yml must be named flinkops.yaml',
      'Rename flinkops.yml to flinkops.yaml.',
      fileStart('flinkops.yml'),
    );
  const above = projectAbove(dir);
  const folders = ['jobs', 'tables', 'udfs'].filter((f) => existsSync(join(dir, f)));
  let detail: string;
  if (above)
    detail = `This folder is inside the flinkops project at ${above}: run flinkops there, or pass --dir ${above}.`;
  else if (folders.length)
    detail = `This folder has ${folders.map((f) => `${f}/`).join(' and ')} but no project file: create flinkops.yaml here with the project name, Flink version and environments.\n${PROJECT_FILE_EXAMPLE}`;
  else
    detail = `Run flinkops in a flinkops project (the folder holding flinkops.yaml), or pass --dir with that folder.\n${PROJECT_FILE_EXAMPLE}`;
  return error('FO100', `No ${PROJECT_FILE} in ${dir}`, detail, fileStart(PROJECT_FILE));
}

/** Whether `path` (links followed) is a named pipe, socket or device rather than a file or folder. */
function isSpecialFile(path: string): boolean {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return st !== undefined && !st.isFile() && !st.isDirectory();
  } catch {
    return false; // a link loop or a permission problem: reported where the file is read
  }
}

const PROJECT_FOLDERS = ['jobs', 'tables', 'udfs'] as const;

/**
 * FO109 for a folder named almost like one flinkops reads (`Jobs/`, `TABLES/`, `udf/`): its files
 * would be skipped without a word, and a plan would find every job removed. On a file system
 * that ignores case (macOS, Windows) `Jobs/` is read as `jobs/`, but not on a Linux CI runner.
 */
function misnamedFolders(dir: string, diags: Diagnostic[], unread: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // the project folder itself: checkProjectDir reports it
  }
  for (const folder of PROJECT_FOLDERS) {
    if (names.includes(folder)) continue;
    const near = names.find((n) => {
      const l = n.toLowerCase();
      return l === folder || l === folder.slice(0, -1);
    });
    if (near === undefined) continue;
    try {
      if (!statSync(join(dir, near)).isDirectory()) continue;
    } catch {
      continue;
    }
    const readAnyway = near.toLowerCase() === folder && existsSync(join(dir, folder));
    if (!readAnyway) unread.push(folder); // its names are unknown: no unknown-job errors follow
    diags.push(
      (readAnyway ? warning : error)(
        'FO109',
        readAnyway
          ? `The folder ${near}/ must be named ${folder}/: it is read here only because this file system ignores case`
          : `The folder ${near}/ is not read: flinkops reads ${folder}/`,
        `Rename ${near}/ to ${folder}/ (\`git mv ${near} ${folder}\`; on a file system that ignores case, \`git mv ${near} ${folder}.tmp && git mv ${folder}.tmp ${folder}\`).`,
        fileStart(near),
      ),
    );
  }
}

export function loadProject(dir: string): { value: LoadedProject; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const refs: Reference[] = [];
  const unread: string[] = [];
  const project: LoadedProject = {
    dir,
    tables: [],
    udfs: [],
    jobs: [],
    tests: [],
    references: refs,
    unreadFolders: unread,
    misnamed: { jobs: [], tables: [], udfs: [] },
  };
  const misnamed = project.misnamed!;

  const dirProblem = checkProjectDir(dir);
  if (dirProblem) return { value: project, diags: [dirProblem] };

  const configPath = join(dir, PROJECT_FILE);
  if (isSymlink(configPath) && !insideRepository(dir, configPath)) {
    diags.push(outsideRepository(PROJECT_FILE));
  } else if (isSpecialFile(configPath)) {
    // A named pipe would block the read until something writes to it.
    diags.push(notRegularFile(PROJECT_FILE));
  } else if (existsSync(configPath)) {
    const y = readYaml(dir, PROJECT_FILE, diags);
    if (y) {
      project.config = y;
      yamlReferences(y, true, refs, diags);
    }
  } else {
    diags.push(missingProjectFile(dir));
  }

  misnamedFolders(dir, diags, unread);
  for (const e of listFolder(dir, 'tables', ['yaml', 'sql'], diags, undefined, unread, misnamed.tables)) {
    if (e.ext === 'yaml') {
      const y = readYaml(dir, e.file, diags);
      if (y) yamlReferences(y, false, refs, diags, e.name);
      project.tables.push(
        y
          ? { name: e.name, file: e.file, format: 'yaml', yaml: y }
          : { name: e.name, file: e.file, format: 'yaml' },
      );
    } else {
      const t = readTextFile(dir, e.file, diags);
      if (t) sqlReferences(t, refs, diags);
      project.tables.push(
        t
          ? { name: e.name, file: e.file, format: 'sql', sql: t }
          : { name: e.name, file: e.file, format: 'sql' },
      );
    }
  }

  for (const e of listFolder(dir, 'udfs', ['yaml'], diags, undefined, unread, misnamed.udfs)) {
    const y = readYaml(dir, e.file, diags);
    if (y) yamlReferences(y, false, refs, diags);
    project.udfs.push(y ? { name: e.name, file: e.file, yaml: y } : { name: e.name, file: e.file });
  }

  const testJobs: string[] = [];
  const jobEntries = listFolder(dir, 'jobs', ['sql', 'yaml'], diags, testJobs, unread, misnamed.jobs);
  // Named only: their YAML (block scalars of SQL, which the full YAML parser reads, ~25 ms to load)
  // is read by `flinkops test`, off the path of every other command.
  for (const job of testJobs) project.tests.push({ job, file: `jobs/${job}.test.yaml` });
  const sqlNames = new Set(jobEntries.filter((e) => e.ext === 'sql').map((e) => e.name));
  const byName = new Map<string, JobSource>();
  for (const e of jobEntries) {
    if (e.ext !== 'sql') continue;
    const t = readTextFile(dir, e.file, diags);
    if (t) sqlReferences(t, refs, diags);
    const job: JobSource = t ? { name: e.name, sqlFile: e.file, sql: t } : { name: e.name, sqlFile: e.file };
    byName.set(e.name, job);
    project.jobs.push(job);
  }
  for (const e of jobEntries) {
    if (e.ext !== 'yaml') continue;
    if (!sqlNames.has(e.name)) {
      // Beside a SQL file refused for its name (FO104), the settings are that job's: said there.
      if (!misnamed.jobs.includes(e.name))
        diags.push(
          error(
            'FO106',
            `jobs/${e.name}.yaml has no jobs/${e.name}.sql`,
            `Job settings need the job's SQL beside them: add jobs/${e.name}.sql, or rename/remove the YAML file.`,
            fileStart(e.file),
          ),
        );
      continue;
    }
    const job = byName.get(e.name)!;
    job.yamlFile = e.file;
    const y = readYaml(dir, e.file, diags);
    if (y) {
      job.yaml = y;
      yamlReferences(y, false, refs, diags);
    }
  }
  project.bareDollars = bareDollars(project);
  return { value: project, diags };
}
