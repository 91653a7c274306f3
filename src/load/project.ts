/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
/**
 * Reads a project directory into a `LoadedProject`: flinkops.yaml, tables/*.yaml|sql,
 * udfs/*.yaml, jobs/*.sql (+ optional jobs/*.yaml), plus every `${env.X}` /
 * `${secret.X}` reference with its position. Nothing is interpreted yet; the
 * schema and cross-file rules live in src/validate.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, error, type SourceRange } from '../core/diagnostics';
import type { LineIndex } from '../core/text';
import { fileStart, listFolder, readTextFile, type TextFile } from './files';
import { type RefKind, scanReferences } from './interpolate';
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
}

export interface LoadedProject {
  dir: string;
  config?: YamlSource;
  tables: TableSource[];
  udfs: UdfSource[];
  jobs: JobSource[];
  references: Reference[];
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
function yamlReferences(y: YamlSource, isConfig: boolean, refs: Reference[], diags: Diagnostic[]): void {
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
      refs.push(env ? { kind: r.kind, name: r.name, range, env } : { kind: r.kind, name: r.name, range });
    }
    for (const b of found.bad)
      diags.push(badRefDiag(y.file, y.lines, s.start + b.start, s.start + b.end, b.text));
  }
}

function sqlReferences(t: TextFile, refs: Reference[], diags: Diagnostic[]): void {
  const found = scanReferences(t.text);
  for (const r of found.refs)
    refs.push({ kind: r.kind, name: r.name, range: t.lines.range(t.file, r.start, r.end) });
  for (const b of found.bad) diags.push(badRefDiag(t.file, t.lines, b.start, b.end, b.text));
}

function readYaml(dir: string, file: string, diags: Diagnostic[]): YamlSource | undefined {
  const t = readTextFile(dir, file, diags);
  if (!t) return undefined;
  const r = parseYaml(file, t.text);
  diags.push(...r.diags);
  return r.value;
}

export function loadProject(dir: string): { value: LoadedProject; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const refs: Reference[] = [];
  const project: LoadedProject = { dir, tables: [], udfs: [], jobs: [], references: refs };

  if (existsSync(join(dir, PROJECT_FILE))) {
    const y = readYaml(dir, PROJECT_FILE, diags);
    if (y) {
      project.config = y;
      yamlReferences(y, true, refs, diags);
    }
  } else {
    const yml = existsSync(join(dir, 'flinkops.yml'));
    diags.push(
      error(
        'FO100',
        yml ? 'flinkops.yml must be named flinkops.yaml' : `No ${PROJECT_FILE} in ${dir}`,
        yml
          ? 'Rename flinkops.yml to flinkops.yaml.'
          : 'Run flinkops in the repository root (or pass --dir); the root holds flinkops.yaml with the project name, Flink version and environments.',
        fileStart(PROJECT_FILE),
      ),
    );
  }

  for (const e of listFolder(dir, 'tables', ['yaml', 'sql'], diags)) {
    if (e.ext === 'yaml') {
      const y = readYaml(dir, e.file, diags);
      if (y) yamlReferences(y, false, refs, diags);
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

  for (const e of listFolder(dir, 'udfs', ['yaml'], diags)) {
    const y = readYaml(dir, e.file, diags);
    if (y) yamlReferences(y, false, refs, diags);
    project.udfs.push(y ? { name: e.name, file: e.file, yaml: y } : { name: e.name, file: e.file });
  }

  const jobEntries = listFolder(dir, 'jobs', ['sql', 'yaml'], diags);
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
  return { value: project, diags };
}
