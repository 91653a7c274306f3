/**
 * Why an apply failed, for people: the root cause of each failed or rolled-back change (the
 * report carries it, secrets already masked) and the last lines of the JobManager log (the
 * caller masks them). Pure; the CLI prints the text form, the Action puts the markdown form
 * in its result comment.
 */
import type { ApplyReport } from '../apply/report';
import { replaceControls } from './controls';
import { code, escapeMd, fenced } from './markdown-escape';
import { makeStyle } from './style';

export interface FailureDetailsOptions {
  /** `text` (default) for a terminal, `markdown` for a comment or job summary. */
  format?: 'text' | 'markdown';
  /** ANSI colours (text only). */
  color?: boolean;
  /** Why the log is missing, shown instead of its lines. */
  logUnavailable?: string;
}

/** Empty when nothing failed. */
export function renderFailureDetails(
  report: ApplyReport,
  logLines: readonly string[],
  opts: FailureDetailsOptions = {},
): string {
  const failed = report.changes.filter((c) => c.outcome === 'failed' || c.outcome === 'rolled-back');
  if (failed.length === 0) return '';
  const clean = (s: string) => replaceControls(s, () => '\uFFFD');
  if (opts.format === 'markdown') {
    const out = ['### Why it failed', ''];
    for (const c of failed) {
      out.push(
        `- **${escapeMd(c.job)}** (${escapeMd(c.action)}, ${c.outcome})${c.error ? `: ${code(c.error)}` : ''}`,
      );
    }
    out.push('');
    if (logLines.length) {
      out.push(
        '<details><summary>Last lines of the JobManager log</summary>',
        '',
        fenced('text', logLines.map(clean).join('\n')),
        '',
        '</details>',
      );
    } else if (opts.logUnavailable) out.push(`JobManager log unavailable: ${escapeMd(opts.logUnavailable)}`);
    return `${out.join('\n')}\n`;
  }
  const s = makeStyle(opts.color ?? false);
  const out = ['', s.bold('Why it failed:')];
  for (const c of failed) {
    out.push(`  ${s.red('✗')} ${c.job} (${c.action}, ${c.outcome})`);
    if (c.error) out.push(`      root cause: ${clean(c.error)}`);
  }
  if (logLines.length) {
    out.push('', s.bold(`Last ${logLines.length} lines of the JobManager log:`));
    for (const l of logLines) out.push(s.dim(`  ${clean(l)}`));
  } else if (opts.logUnavailable)
    out.push('', s.dim(`JobManager log unavailable: ${clean(opts.logUnavailable)}`));
  return `${out.join('\n')}\n`;
}
