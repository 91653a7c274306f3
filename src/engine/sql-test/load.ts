/**
 * Reads jobs/<job>.test.yaml: YAML with positions, the test schema, and the rows of
 * CSV/JSON files named beside it. Every problem is a diagnostic located in the user's file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, error, type SourceRange } from '../../core/diagnostics';
import { exactNumbers, lostDigits } from '../../core/exact-number';
import { parseYaml, type TestFileSpec, type TestRow, type TestValue, type YamlSource } from '../../load';
import { checkSchema } from '../../validate';

export const TEST_CODES = {
  badFile: 'FO450',
  unknownTable: 'FO451',
  unknownColumn: 'FO452',
  badValue: 'FO453',
  dataFile: 'FO454',
  notFlink: 'FO455',
  previewRefused: 'FO456',
  /** The preview's query never ran: its tasks waited for a task slot until the wait ended. */
  previewNoSlot: 'FO457',
  /** No rows from an event-time query: its watermark did not pass (an idle Kafka partition holds it). */
  previewNoWatermark: 'FO458',
} as const;

export interface LoadedRows {
  rows: TestRow[];
  /** Where each row was written (the data file's line for CSV). */
  ranges: SourceRange[];
  /** The YAML path of each row given inline, so a diagnostic can point at one of its values. */
  paths?: (string | number)[][];
}

export interface TestFile {
  job: string;
  /** Relative to the project, e.g. jobs/totals.test.yaml. */
  file: string;
  spec: TestFileSpec;
  source: YamlSource;
}

export function testFilePath(job: string): string {
  return `jobs/${job}.test.yaml`;
}

/** The test file of a job, or undefined when it has none. */
export function loadTestFile(
  dir: string,
  job: string,
): { value: TestFile | undefined; diags: Diagnostic[]; exists: boolean } {
  const file = testFilePath(job);
  const abs = join(dir, file);
  if (!existsSync(abs)) return { value: undefined, diags: [], exists: false };
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    return {
      value: undefined,
      exists: true,
      diags: [error(TEST_CODES.badFile, `Cannot read ${file}`, `Make the file readable: ${String(e)}`)],
    };
  }
  const parsed = parseYaml(file, text);
  if (!parsed.value) return { value: undefined, diags: parsed.diags, exists: true };
  const diags = [...parsed.diags, ...checkSchema('test', parsed.value)];
  if (diags.some((d) => d.severity === 'error')) return { value: undefined, diags, exists: true };
  return {
    value: { job, file, spec: parsed.value.data as TestFileSpec, source: parsed.value },
    diags,
    exists: true,
  };
}

/** `row` with each number a double cannot hold (a BIGINT beyond 2^53) as the text written in the file. */
function exactRow(source: YamlSource, at: (string | number)[], row: TestRow): TestRow {
  let out: TestRow | undefined;
  for (const [k, v] of Object.entries(row)) {
    if (typeof v !== 'number') continue;
    const r = source.locate([...at, k]);
    const text = source.text.slice(source.lines.offset(r.start), source.lines.offset(r.end));
    if (lostDigits(v, text)) {
      out ??= { ...row };
      out[k] = text;
    }
  }
  return out ?? row;
}

/** Rows given inline (`rows:`) or in a CSV/JSON file beside the test file (`file:`). */
export function rowsOf(
  dir: string,
  tf: TestFile,
  path: (string | number)[],
  spec: { rows?: TestRow[]; file?: string },
): { value: LoadedRows; diags: Diagnostic[] } {
  if (spec.rows) {
    return {
      value: {
        rows: spec.rows.map((row, i) => exactRow(tf.source, [...path, 'rows', i], row)),
        ranges: spec.rows.map((_, i) => tf.source.locate([...path, 'rows', i])),
        paths: spec.rows.map((_, i) => [...path, 'rows', i]),
      },
      diags: [],
    };
  }
  const name = spec.file!;
  const rel = `jobs/${name}`;
  const at = tf.source.locate([...path, 'file']);
  let text: string;
  try {
    text = readFileSync(join(dir, rel), 'utf8');
  } catch {
    return {
      value: { rows: [], ranges: [] },
      diags: [
        error(
          TEST_CODES.dataFile,
          `Cannot read the data file ${rel}`,
          `Put ${name} beside the test file in jobs/, or give the rows inline with rows:.`,
          at,
        ),
      ],
    };
  }
  const lineRange = (line: number): SourceRange => ({
    file: rel,
    start: { line, column: 1 },
    end: { line, column: 1 },
  });
  if (name.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text, exactNumbers);
    } catch (e) {
      return {
        value: { rows: [], ranges: [] },
        diags: [
          error(
            TEST_CODES.dataFile,
            `${rel} is not valid JSON: ${(e as Error).message}`,
            'Write an array of objects, one per row: [{"col": value, ...}, ...].',
            lineRange(1),
          ),
        ],
      };
    }
    const ok =
      Array.isArray(data) &&
      data.every(
        (r) =>
          r &&
          typeof r === 'object' &&
          !Array.isArray(r) &&
          Object.values(r).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)),
      );
    if (!ok) {
      return {
        value: { rows: [], ranges: [] },
        diags: [
          error(
            TEST_CODES.dataFile,
            `${rel} must hold an array of flat objects`,
            'Write [{"col": value, ...}, ...] with text, numbers, true/false or null as values.',
            lineRange(1),
          ),
        ],
      };
    }
    const rows = data as TestRow[];
    return { value: { rows, ranges: rows.map(() => lineRange(1)) }, diags: [] };
  }
  return parseCsv(text, rel);
}

/** RFC 4180 CSV with a header line; an empty field is NULL, everything else text. */
export function parseCsv(text: string, file: string): { value: LoadedRows; diags: Diagnostic[] } {
  const records: { fields: string[]; quoted: boolean[]; line: number }[] = [];
  let fields: string[] = [];
  let quoted: boolean[] = [];
  let cur = '';
  let isQuoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  const diags: Diagnostic[] = [];
  const endField = () => {
    fields.push(cur);
    quoted.push(isQuoted);
    cur = '';
    isQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '' && !quoted[0]))
      records.push({ fields, quoted, line: recordLine });
    fields = [];
    quoted = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else {
        if (c === '\n') line++;
        cur += c;
      }
    } else if (c === '"' && cur === '') {
      inQuotes = true;
      isQuoted = true;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cur += c;
  }
  if (inQuotes)
    diags.push(
      error(
        TEST_CODES.dataFile,
        'Unterminated quoted field',
        'Close the field with a double quote (a quote inside is written "").',
        { file, start: { line: recordLine, column: 1 }, end: { line, column: 1 } },
      ),
    );
  if (cur !== '' || fields.length > 0) endRecord();
  const [header, ...body] = records;
  if (!header) return { value: { rows: [], ranges: [] }, diags };
  const rows: TestRow[] = [];
  const ranges: SourceRange[] = [];
  for (const r of body) {
    const range = { file, start: { line: r.line, column: 1 }, end: { line: r.line, column: 1 } };
    if (r.fields.length !== header.fields.length) {
      diags.push(
        error(
          TEST_CODES.dataFile,
          `The row has ${r.fields.length} fields, the header ${header.fields.length}`,
          'Give every row one field per header column (an empty field is NULL; quote fields holding commas).',
          range,
        ),
      );
      continue;
    }
    const row: TestRow = {};
    header.fields.forEach((h, i) => {
      const v = r.fields[i]!;
      row[h.trim()] = (v === '' && !r.quoted[i] ? null : v) as TestValue;
    });
    rows.push(row);
    ranges.push(range);
  }
  return { value: { rows, ranges }, diags };
}
