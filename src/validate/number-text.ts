/**
 * Unquoted numbers where flinkops writes text: a table's `with:` options, `config:` keys and
 * `variables:` reach Flink as strings, and YAML has read them as numbers first. `0x10` is 16,
 * `1.0` is 1, `00123` is 123 and 12345678901234567890 loses its last digits: what Flink gets is
 * not what the file says. Said at the value, with the quoting that keeps it as written.
 */
import { type Diagnostic, warning } from '../core/diagnostics';
import type { YamlSource } from '../load';

/** Keys whose values flinkops passes on as text. */
const TEXT_MAPS = new Set(['with', 'config', 'variables']);

export function numbersAsWritten(y: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  walk(y, y.data, [], false, out);
  return out;
}

/** `path` is one stack for the whole walk (pushed and popped): a large repository's files are many. */
function walk(y: YamlSource, v: unknown, path: (string | number)[], text: boolean, out: Diagnostic[]): void {
  if (typeof v === 'number') {
    if (text) check(y, v, [...path], out);
    return;
  }
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      walk(y, v[i], path, text, out);
      path.pop();
    }
    return;
  }
  for (const k in v as Record<string, unknown>) {
    path.push(k);
    walk(y, (v as Record<string, unknown>)[k], path, text || TEXT_MAPS.has(k), out);
    path.pop();
  }
}

function check(y: YamlSource, v: number, path: (string | number)[], out: Diagnostic[]): void {
  const range = y.locate(path);
  if (range.start.line !== range.end.line) return;
  const written = y.text.slice(y.lines.offset(range.start), y.lines.offset(range.end)).trim();
  if (written === '' || written === String(v)) return;
  const key = path[path.length - 1];
  out.push(
    warning(
      'FO268',
      `${path.join('.')} is the unquoted number ${written}, which YAML reads as ${String(v)}: Flink gets '${String(v)}'`,
      `Quote it to keep it as written: ${typeof key === 'string' ? `${key}: ` : ''}"${written}".`,
      range,
    ),
  );
}
