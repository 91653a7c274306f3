import { type Diagnostic, formatLocation, sortDiagnostics } from '../core/diagnostics';
import { makeStyle } from './style';

export interface DiagnosticRenderOptions {
  color: boolean;
  /** File text by path, for a code frame under each located diagnostic. */
  sources?: ReadonlyMap<string, string>;
}

/**
 * Compiler-style diagnostics:
 *   tables/rides.yaml:4:5: error FO201: unknown key 'colums'
 *     4 |     colums:
 *       |     ^^^^^^
 *     Did you mean 'columns'? ...
 */
export function renderDiagnostics(diags: readonly Diagnostic[], opts: DiagnosticRenderOptions): string {
  const s = makeStyle(opts.color);
  const out: string[] = [];
  for (const d of sortDiagnostics(diags)) {
    const loc = formatLocation(d.range);
    const sev =
      d.severity === 'error' ? s.red('error') : d.severity === 'warning' ? s.yellow('warning') : 'info';
    out.push(`${loc ? `${s.bold(loc)}: ` : ''}${sev} ${s.dim(d.code)}: ${d.summary}`);
    const frame = d.range && opts.sources?.get(d.range.file);
    if (frame !== undefined && d.range)
      out.push(...codeFrame(frame, d.range.start, d.range.end).map((l) => s.dim(l)));
    for (const line of d.detail.split('\n')) if (line.trim()) out.push(`    ${line}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

function codeFrame(
  text: string,
  start: { line: number; column: number },
  end: { line: number; column: number },
): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const line = lines[start.line - 1];
  if (line === undefined) return [];
  const gutter = String(start.line).length;
  const width =
    end.line === start.line
      ? Math.max(1, end.column - start.column)
      : Math.max(1, line.length - start.column + 1);
  const shown = line.replace(/\t/g, ' ');
  return [
    `  ${String(start.line).padStart(gutter)} | ${shown}`,
    `  ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, start.column - 1))}${'^'.repeat(Math.min(width, 200))}`,
  ];
}

export function summarizeDiagnostics(diags: readonly Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
