/** The options naming the files Flink ships with a job's Python functions, as Flink reads their values. */
import { type Diagnostic, type SourceRange, warning } from './diagnostics';

/** Options whose values name files Flink ships with a job's Python functions. */
export const PYTHON_FILE_OPTIONS: readonly string[] = [
  'python.files',
  'python.requirements',
  'python.archives',
];

/**
 * The paths an option's value names: `python.files` and `python.archives` are comma-separated
 * (an archive as `path#target`); `python.requirements` is one `file[#cache-dir]`.
 */
export function pythonFileEntries(key: string, value: string): string[] {
  if (!PYTHON_FILE_OPTIONS.includes(key)) return [];
  const entries = key === 'python.requirements' ? [value.split('#')[0]!] : value.split(',');
  return entries
    .map((e) => (key === 'python.archives' ? e.split('#')[0]! : e).trim())
    .filter((e) => e !== '');
}

/**
 * Whether a query run apart from its job (a test case, a preview) needs the job's option in its
 * session: the planner's (`table.*`) and the Python functions' (`python.*`: the files the gateway
 * imports to plan the query, the interpreters that import and run them).
 */
export function isQueryOption(key: string): boolean {
  return key.startsWith('table.') || key.startsWith('python.');
}

/** A path Flink resolves against the working directory of its own process (a Python file, a jar): no scheme, not absolute. */
export function isProcessRelativePath(entry: string): boolean {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry) && !entry.startsWith('/') && !entry.startsWith('${');
}

/**
 * FO277 at an option's relative entries (undefined when there are none): the SQL Gateway reads
 * them on its own machine, relative to the directory it was started in, not the repository.
 * `subject` names where they are written (the option's key by default).
 */
export function relativePythonPathWarning(
  key: string,
  value: string,
  range: SourceRange | undefined,
  subject = key,
): Diagnostic | undefined {
  const relative = pythonFileEntries(key, value).filter(isProcessRelativePath);
  if (relative.length === 0) return undefined;
  const base = relative[0]!.split('/').pop();
  return warning(
    'FO277',
    `${subject} names ${relative.map((r) => `"${r}"`).join(', ')}, a relative path the SQL Gateway resolves in its own working directory`,
    `Flink reads the file on the gateway's machine, relative to the directory the gateway was started in, not the repository's (its planner then fails with NoSuchFileException on a copy under its temporary directory). Write an absolute path or a URI the cluster can read, e.g. file://\${env.UDF_DIR}/${base} with UDF_DIR set in each environment's variables; a file on flinkops' own machine is then checksummed too, so an edit of it upgrades the job.`,
    range,
  );
}
