/**
 * Escaping for GitHub-flavoured Markdown. Job reasons, causes, findings and
 * diagnostics come from users' files and from the cluster; none of them may open
 * a tag, a link, emphasis, a table cell or a code fence in a PR comment.
 */
import { replaceControls } from './controls';
import { fenceFor } from './sql-diff';

/**
 * Characters that mean something to Markdown or HTML become numeric character
 * references (quotes need none: no user text goes into an attribute). References are decoded in Markdown text, inside inline HTML
 * (`<summary>`, `<code>`) and in table cells alike, so one escape is safe in all
 * three, and a `|` written as `&#124;` never splits a table cell. `#`, `+`, `-`,
 * `=` and `1.` matter only at the start of a line, so only a leading one is
 * escaped. Newlines become spaces: a blank line would end the surrounding HTML block.
 */
export function escapeMd(text: string): string {
  const ref = (ch: string) => `&#${ch.charCodeAt(0)};`;
  return (
    replaceControls(text.replace(/\r\n|\r|\n/g, ' '), () => '\uFFFD')
      .replace(/[&<>`*~[\]\\|$]/g, ref)
      // `_` between letters (snake_case names) cannot start or end emphasis; elsewhere it can.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, ref)
      .replace(/^(\s*)([#+=-])/, (_, space: string, ch: string) => `${space}${ref(ch)}`)
      .replace(/^(\s*\d+)([.)])/, (_, num: string, ch: string) => `${num}${ref(ch)}`)
  );
}

/** Inline code that survives any content (HTML `<code>`, so backticks in the text cannot close it). */
export function code(text: string): string {
  return `<code>${escapeMd(text)}</code>`;
}

/** A fenced code block whose fence no line of `body` can close. */
export function fenced(lang: string, body: string): string {
  const text = body.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const fence = fenceFor(text);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** A GFM table; cells must already be escaped. */
export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** An HTML comment carrying only safe characters, so `-->` in a name cannot end it early. */
export function htmlComment(text: string): string {
  return `<!-- ${text.replace(/[^A-Za-z0-9_.:/@ +=,-]/g, '_').replace(/--+/g, '-')} -->`;
}
