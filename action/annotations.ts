/**
 * Diagnostics as workflow annotations on the file and line of the pull request's diff. Paths
 * are made relative to the repository root (working-directory + the project's own path).
 */
import type { Diagnostic } from '../src/core/diagnostics';
import type { AnnotationLevel, AnnotationProps } from './ports';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  props: AnnotationProps;
}

export function annotationOf(d: Diagnostic, workingDirectory: string): Annotation {
  const level: AnnotationLevel =
    d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const props: AnnotationProps = { title: `${d.code} ${d.summary}` };
  const r = d.range;
  if (r) {
    props.file = repoPath(workingDirectory, r.file);
    props.startLine = r.start.line;
    props.endLine = Math.max(r.end.line, r.start.line);
    // GitHub accepts columns only on a single-line range.
    if (props.endLine === props.startLine) {
      props.startColumn = r.start.column;
      props.endColumn = Math.max(r.end.column, r.start.column);
    }
  }
  return { level, message: d.detail ? `${d.summary}\n${d.detail}` : d.summary, props };
}

export function repoPath(workingDirectory: string, file: string): string {
  const f = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const wd = workingDirectory
    .replace(/\\/g, '/')
    .replace(/^\.\/?/, '')
    .replace(/\/$/, '');
  return wd === '' || wd === '.' ? f : `${wd}/${f}`;
}
