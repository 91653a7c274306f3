/**
 * Reading the unified diffs the plan carries: line counts for the short stat,
 * colour for the terminal, and a fence long enough that no SQL can close it.
 */
import type { Style } from './style';

export interface DiffStat {
  added: number;
  removed: number;
  /** All lines of the diff text, headers included (what folding a diff hides). */
  lines: number;
}

/** Splits on any newline and drops the one empty line a trailing newline leaves. */
export function diffLines(diff: string): string[] {
  const lines = diff.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function isHeader(line: string): boolean {
  return line.startsWith('+++ ') || line.startsWith('--- ') || line === '+++' || line === '---';
}

export function diffStat(diff: string): DiffStat {
  let added = 0;
  let removed = 0;
  const lines = diffLines(diff);
  for (const line of lines) {
    if (isHeader(line)) continue;
    if (line.startsWith('+')) added++;
    else if (line.startsWith('-')) removed++;
  }
  return { added, removed, lines: lines.length };
}

/** "+3 -1" */
export function formatStat(stat: DiffStat): string {
  return `+${stat.added} -${stat.removed}`;
}

/** Each line coloured: additions green, removals red, hunk headers cyan, file headers bold. */
export function colorDiffLines(diff: string, s: Style): string[] {
  return diffLines(diff).map((line) => {
    if (isHeader(line)) return s.bold(line);
    if (line.startsWith('@@')) return s.cyan(line);
    if (line.startsWith('+')) return s.green(line);
    if (line.startsWith('-')) return s.red(line);
    return line;
  });
}

/** A backtick fence one longer than the longest backtick run in `text` (at least 3). */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(3, longest + 1));
}
