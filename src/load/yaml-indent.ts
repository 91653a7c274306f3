/**
 * The YAML parser's indentation errors in the file's words. The parser reports where its reading
 * broke ("Nested mappings are not allowed in compact mappings" at the value of the line above,
 * "All mapping items must start at the same column"); the user needs the line whose indentation
 * is wrong, the line it should line up with, and the column to move it to.
 */
import type { SourceRange } from '../core/diagnostics';
import type { LineIndex } from '../core/text';

export interface IndentMistake {
  summary: string;
  detail: string;
  at: SourceRange;
}

/** One line of the file as indentation sees it: columns are 1-based. */
interface Shape {
  line: number;
  /** Offset of the line's first non-space character. */
  offset: number;
  /** Column of its first non-space character. */
  column: number;
  /** Column of the list item's `-` the line starts with, if it does. */
  dash?: number;
  /** Column of the key after any `- `, and the key as written, if the line holds a `key:`. */
  keyColumn?: number;
  key?: string;
  /** What follows `key:` on the line (a scalar), trimmed; '' when the value starts below. */
  value?: string;
}

const KEY = /^("[^"\n]*"|'[^'\n]*'|[^\s:#{}[\],'"][^:#\n]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*(?:[ \t]#.*)?$/;

function shapeOf(text: string, lines: LineIndex, line: number): Shape | undefined {
  const start = lines.offset({ line, column: 1 });
  if (start >= text.length) return undefined;
  const nl = text.indexOf('\n', start);
  const raw = text.slice(start, nl < 0 ? undefined : nl).replace(/\r$/, '');
  const lead = raw.length - raw.trimStart().length;
  const rest = raw.slice(lead);
  if (rest === '' || rest.startsWith('#')) return undefined;
  const shape: Shape = { line, offset: start + lead, column: lead + 1 };
  let body = rest;
  let at = lead;
  const dash = /^-([ \t]+|$)/.exec(body);
  if (dash) {
    shape.dash = at + 1;
    at += dash[0].length;
    body = body.slice(dash[0].length);
  }
  const m = KEY.exec(body);
  if (m) {
    shape.keyColumn = at + 1;
    shape.key = m[1]!;
    shape.value = (m[2] ?? '').trim();
  }
  return shape;
}

/** The nearest line before `line` that holds something (not blank, not only a comment). */
function contentBefore(text: string, lines: LineIndex, line: number): Shape | undefined {
  for (let l = line - 1; l >= 1; l--) {
    const s = shapeOf(text, lines, l);
    if (s) return s;
  }
  return undefined;
}

function contentAfter(text: string, lines: LineIndex, line: number): Shape | undefined {
  for (let l = line + 1; lines.offset({ line: l, column: 1 }) < text.length; l++) {
    const s = shapeOf(text, lines, l);
    if (s) return s;
  }
  return undefined;
}

const quoted = (key: string) => (key.startsWith('"') || key.startsWith("'") ? key : `\`${key}\``);

/**
 * The parser's first error, when it is one of indentation this can explain: worded at the line
 * to move. Undefined when the lines around it do not have the shape the wording assumes.
 */
export function indentMistake(
  code: string,
  message: string,
  offset: number,
  file: string,
  text: string,
  lines: LineIndex,
): IndentMistake | undefined {
  const here = lines.pos(offset).line;
  const at = (s: Shape) => lines.range(file, s.offset, s.offset + (s.key?.length ?? 1));

  // `key: value` followed by a deeper line: the parser breaks at the value above.
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && message.startsWith('Nested mappings')) {
    const above = shapeOf(text, lines, here);
    const deeper = contentAfter(text, lines, here);
    if (!above?.key || !above.value || !deeper?.key || above.keyColumn === undefined) return undefined;
    if (deeper.column <= above.keyColumn) return undefined;
    return {
      summary: `YAML indentation: ${quoted(deeper.key)} is indented more than ${quoted(above.key)} on the line above`,
      detail:
        `A line indented deeper than \`${above.key}: ${above.value}\` reads as part of that value, and a value cannot hold a key. ` +
        `Start ${quoted(deeper.key)} at column ${above.keyColumn}, as ${quoted(above.key)} (line ${above.line}); ` +
        `if it belongs under ${quoted(above.key)}, remove the value after \`${above.key}:\` instead.`,
      at: at(deeper),
    };
  }

  const line = shapeOf(text, lines, here);
  const before = contentBefore(text, lines, here);
  if (!line || !before) return undefined;

  // A key further left or right than the key before it in its mapping.
  if (code === 'BAD_INDENT' && message.startsWith('All mapping items') && line.key && before.keyColumn) {
    if (line.dash !== undefined) return undefined;
    return {
      summary: `YAML indentation: ${quoted(line.key)} starts at column ${line.column}, the key above it (${quoted(before.key!)}, line ${before.line}) at column ${before.keyColumn}`,
      detail:
        'The keys of one mapping start at the same column. ' +
        `Start ${quoted(line.key)} at column ${before.keyColumn} to keep it beside ${quoted(before.key!)}, or at the column of the mapping it belongs to.`,
      at: at(line),
    };
  }

  // A list item's `-` further left or right than the item before it.
  if (code === 'BAD_INDENT' && message.startsWith('All sequence items') && line.dash !== undefined) {
    let item: Shape | undefined;
    for (let l = here - 1; l >= 1 && !item; l--) {
      const s = shapeOf(text, lines, l);
      if (s?.dash !== undefined && s.dash !== line.dash) item = s;
    }
    if (!item) return undefined;
    return {
      summary: `YAML indentation: this list item's \`-\` is at column ${line.dash}, the item before it (line ${item.line}) at column ${item.dash}`,
      detail: `The items of one list start at the same column: move this \`-\` to column ${item.dash}, and the item's other lines with it.`,
      at: lines.range(file, line.offset, line.offset + 1),
    };
  }

  // A line between a list item's `-` and the keys of that item.
  if (code === 'MISSING_CHAR' && message.startsWith('Sequence item without') && line.key) {
    let item: Shape | undefined;
    for (let l = here - 1; l >= 1 && !item; l--) {
      const s = shapeOf(text, lines, l);
      if (s?.dash !== undefined && s.dash < line.column) item = s;
      else if (s && s.column < line.column) break;
    }
    if (!item?.keyColumn || line.column >= item.keyColumn) return undefined;
    return {
      summary: `YAML indentation: ${quoted(line.key)} is indented less than the keys of its list item (column ${item.keyColumn})`,
      detail:
        `It starts at column ${line.column}, between the item's \`-\` (column ${item.dash}) and its keys. ` +
        `Start it at column ${item.keyColumn}, as ${quoted(item.key!)} (line ${item.line}), to keep it in the item, or write \`- \` before it to start a new item.`,
      at: at(line),
    };
  }
  return undefined;
}
