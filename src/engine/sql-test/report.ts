/** Pure renderers of test results: terminal text (also used in the Action's comment) and a rows table. */
import { formatLocation } from '../../core/diagnostics';
import { codePointHex } from '../../core/text';
import type { Row } from './compare';
import type { CaseResult, JobTestResult } from './run';

function cell(v: string | null): string {
  return v === null ? 'NULL' : v;
}

function rowText(r: Row): string {
  return Object.entries(r)
    .map(([k, v]) => `${k}=${cell(v)}`)
    .join(', ');
}

/**
 * Characters a terminal shows as nothing or as another one: combining marks (`e` + U+0301 is `é`,
 * as macOS writes it), zero-width and other format characters, spaces other than ' ', controls.
 */
const UNSEEN = /[\p{M}\p{Cf}\p{Cc}\p{Zs}]/gu;

/** A value with its unseen characters written as \uXXXX, quoted. */
function spelled(v: string | null): string {
  if (v === null) return 'NULL';
  return `"${v.replace(UNSEEN, (ch) => (ch === ' ' ? ch : `\\u${codePointHex(ch.codePointAt(0)!)}`))}"`;
}

/** How a terminal shows `v`, near enough: composed, without invisible characters, any space a space. */
function looks(v: string): string {
  return v
    .normalize('NFC')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .replace(/\p{Zs}/gu, ' ');
}

/** Whether two values are one text composed two ways (NFC and NFD). */
function twoForms(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.normalize('NFC') === b.normalize('NFC');
}

/**
 * Why `expected` and `actual`, shown alike, are not equal: the columns that differ, spelled out,
 * and when they are one text composed two ways (NFC and NFD), that. Undefined when they look different.
 */
function alike(expected: Row, actual: Row): string | undefined {
  if (looks(rowText(expected)) !== looks(rowText(actual))) return undefined;
  const cols = Object.keys(expected).filter((k) => expected[k] !== actual[k]);
  if (cols.length === 0) return undefined;
  const composed = cols.every((k) => twoForms(expected[k], actual[k]));
  return `alike, but ${cols.map((k) => `${k} is ${spelled(expected[k] ?? null)} expected, ${spelled(actual[k] ?? null)} received`).join('; ')}${composed ? ': the same text in two Unicode forms (composed and decomposed); write the expected value in the form the job produces' : ''}`;
}

function caseLines(c: CaseResult): string[] {
  const at = formatLocation(c.range);
  const mark = c.status === 'passed' ? '✓' : '✗';
  const out = [
    `  ${mark} ${c.name} (${c.mode}, ${(c.durationMs / 1000).toFixed(1)} s)${c.status === 'passed' ? '' : `  ${at}`}`,
  ];
  if (c.error)
    out.push(c.interrupted || c.timedOut ? `      ${c.error}` : `      Flink refused the case: ${c.error}`);
  for (const s of c.sinks) {
    const d = s.diff;
    if (!d.missing.length && !d.unexpected.length && !d.changed.length) continue;
    out.push(`      ${s.sink}: ${s.received} row(s) received`);
    for (const m of d.missing) {
      out.push(
        `        - missing    ${m.op ? `${m.op} ` : ''}${rowText(m.row)}${m.range ? `  (${formatLocation(m.range)})` : ''}`,
      );
      const note = d.unexpected.map((u) => alike(m.row, u.row)).find((n) => n !== undefined);
      if (note) out.push(`          (${note})`);
    }
    for (const u of d.unexpected) out.push(`        + unexpected ${u.op ? `${u.op} ` : ''}${rowText(u.row)}`);
    for (const ch of d.changed) {
      const cols = Object.keys(ch.expected).filter((k) => ch.expected[k] !== ch.actual[k]);
      out.push(
        `        ~ changed    ${rowText(ch.key)}: ${cols.map((k) => changedCell(k, ch.expected[k] ?? null, ch.actual[k] ?? null)).join('; ')}${ch.range ? `  (${formatLocation(ch.range)})` : ''}`,
      );
    }
  }
  return out;
}

/** One changed column; spelled out when the two values look the same. */
function changedCell(k: string, expected: string | null, actual: string | null): string {
  const same = looks(cell(expected)) === looks(cell(actual));
  const show = same ? spelled : cell;
  const forms = same && twoForms(expected, actual) ? ' (one text in two Unicode forms)' : '';
  return `${k} expected ${show(expected)}, got ${show(actual)}${forms}`;
}

export function renderTestResults(results: readonly JobTestResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.status === 'no-tests') {
      lines.push(
        r.file
          ? `- ${r.job}: no case selected (${r.file})`
          : `- ${r.job}: no tests (add jobs/${r.job}.test.yaml)`,
      );
      continue;
    }
    if (r.status === 'stopped') {
      lines.push(`- ${r.job}: not run, the run was stopped before it (${r.file})`);
      continue;
    }
    lines.push(`${r.status === 'passed' ? '✓' : '✗'} ${r.job} (${r.file})`);
    for (const c of r.cases) lines.push(...caseLines(c));
  }
  const cases = results.flatMap((r) => r.cases);
  const passed = cases.filter((c) => c.status === 'passed').length;
  // A job whose file has cases, none of them selected by --case, has tests: it is not counted as without.
  const untested = results.filter((r) => r.status === 'no-tests' && !r.file).length;
  const unselected = results.filter((r) => r.status === 'no-tests' && r.file).length;
  const stopped = results.filter((r) => r.status === 'stopped').length;
  lines.push(
    '',
    `${passed} of ${cases.length} case(s) passed${untested ? `; ${untested} job(s) without tests` : ''}${unselected ? `; ${unselected} job(s) with no case selected` : ''}${stopped ? `; ${stopped} job(s) not run (stopped)` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Rows as an aligned text table. */
/**
 * A value as Flink's SQL client shows it: a DECIMAL with all the digits of its scale (the JSON
 * number `44343908.80` reads as 44343908.8), a TIMESTAMP with a space, not the JSON form's `T`.
 */
export function shownValue(v: unknown, t: { type?: string; scale?: number } | undefined): unknown {
  if (typeof v === 'number' && t?.type === 'DECIMAL' && t.scale !== undefined && Number.isFinite(v))
    return v.toFixed(t.scale);
  if (typeof v === 'string' && t?.type?.startsWith('TIMESTAMP') && /^\d{4}-\d{2}-\d{2}T\d/.test(v))
    return `${v.slice(0, 10)} ${v.slice(11)}`;
  return v;
}

export function renderTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const text = rows.map((r) =>
    columns.map((_, i) => (r[i] === null || r[i] === undefined ? 'NULL' : String(r[i]))),
  );
  const width = columns.map((c, i) => Math.max(c.length, ...text.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(width[i]!)).join(' | ')} |`;
  const sep = `+-${width.map((w) => '-'.repeat(w)).join('-+-')}-+`;
  return [sep, line(columns), sep, ...text.map(line), sep].join('\n') + '\n';
}

/**
 * A preview's rows as a table. An updating query's rows are changes: they get an `op` column,
 * since without their kind a retraction (-U, -D) reads as one more row.
 */
export function renderPreviewRows(v: {
  columns: readonly string[];
  columnTypes: readonly ({ type?: string; scale?: number } | undefined)[];
  rows: readonly (readonly unknown[])[];
  ops: readonly string[];
}): string {
  const shown = v.rows.map((row) => row.map((x, i) => shownValue(x, v.columnTypes[i])));
  if (!v.ops.some((op) => op !== '+I')) return renderTable(v.columns, shown);
  return renderTable(
    ['op', ...v.columns],
    shown.map((row, i) => [v.ops[i] ?? '+I', ...row]),
  );
}
