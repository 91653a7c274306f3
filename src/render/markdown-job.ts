/** The Markdown of one job change: its row in the summary table and its `<details>` section. */

import { type Diagnostic, formatLocation } from '../core/diagnostics';
import { judgedWithoutOldScript } from '../plan/compat';
import type { Cause, Compatibility, CompatibilityVerdict, JobChange } from '../plan/model';
import { actionLook, causeIsNote } from './actions';
import { compiledPlanLines, moveLine, versionUpgradeLines } from './compiled-plan';
import { code, escapeMd, fenced } from './markdown-escape';
import { diffLines, diffStat, formatStat } from './sql-diff';

export function compatBadge(verdict: CompatibilityVerdict, stateless = false): string {
  // Nothing is restored, so there is no compatibility to judge: say the state goes.
  if (stateless) return '🧹 starts without state (stateless)';
  switch (verdict) {
    case 'compatible':
      return '✅ state compatible';
    case 'drops-state':
      return '⚠️ drops state';
    case 'incompatible':
      return '⛔ state incompatible';
    case 'unknown':
      return '❔ state compatibility unknown';
    default: {
      const never: never = verdict;
      throw new Error(`unknown verdict ${String(never)}`);
    }
  }
}

function actionLabel(c: JobChange): string {
  const look = actionLook(c.action);
  return `${look.emoji} ${c.action}`;
}

function parallelism(c: JobChange): string | undefined {
  const from = c.from?.parallelism;
  const to = c.to?.parallelism;
  if (from !== undefined && to !== undefined && from !== to) return `parallelism ${from} → ${to}`;
  const p = to ?? from;
  return p === undefined ? undefined : `parallelism ${p}`;
}

/** One row of the summary table: job | action | details. */
export function tableRow(c: JobChange): string[] {
  // Strategy, mode and parallelism are in the reason and the job's section; the row stays short.
  const details = [
    escapeMd(c.reason),
    c.compatibility && compatBadge(c.compatibility.verdict, isStateless(c)),
    c.sqlDiff && `<code>${formatStat(diffStat(c.sqlDiff))}</code>`,
    c.refused && `⛔ refused (${code(c.refused.code)})`,
  ].filter((x): x is string => Boolean(x));
  return [code(c.job), actionLabel(c), details.join(' · ')];
}

function formatCause(c: Cause): string {
  const change = causeIsNote(c)
    ? `: ${code(c.to!)}`
    : c.from !== undefined || c.to !== undefined
      ? `: ${code(c.from ?? '(none)')} → ${code(c.to ?? '(none)')}`
      : '';
  return `${escapeMd(c.kind)} ${code(c.path)}${change}`;
}

/**
 * Where a verdict comes from, after the badge. A job that starts from a compiled plan is judged
 * by the ExecNodes of the plans (their uids), not by stream graphs.
 */
export function verdictSource(compat: Compatibility, fromPlans = false): string {
  return compat.source === 'flink'
    ? fromPlans
      ? ' (from the compiled plans)'
      : " (from Flink's stream graphs)"
    : compat.source === 'estimate' && compat.verdict !== 'compatible'
      ? judgedWithoutOldScript(compat)
        ? ' (estimate: the running job’s script is not known, so Flink cannot compare it)'
        : ' (estimate: no stream graphs from Flink)'
      : '';
}

/** An upgrade with upgradeMode: stateless: the new job restores nothing, its state is dropped. */
export function isStateless(c: JobChange): boolean {
  return c.action === 'upgrade' && c.strategy === 'stateless';
}

function compatLines(compat: Compatibility, stateless: boolean, fromPlans: boolean): string[] {
  return [
    `**State compatibility:** ${compatBadge(compat.verdict, stateless)}${verdictSource(compat, fromPlans)}`,
    '',
    ...compat.findings.map((f) => `- ${escapeMd(f)}`),
    ...compat.advice.map((a) => `- 💡 ${escapeMd(a)}`),
  ];
}

export interface JobSection {
  job: string;
  /** The whole `<details>` block. */
  full: string;
  /** The same with the SQL diff replaced by a one-line pointer; undefined when there is no diff. */
  folded?: string;
}

/** The `<details>` block of a change; the diff may be folded to keep a comment under GitHub's limit. */
export function jobSection(c: JobChange): JobSection {
  const head = [
    '<details>',
    `<summary>${actionLabel(c)} ${code(c.job)}${c.renamedFrom ? ` (renamed from ${code(c.renamedFrom.job)})` : c.refused?.renamedFrom !== undefined ? ` (movedFrom: ${code(c.refused.renamedFrom)})` : ''}${c.refused ? ' ⛔ refused' : ''} — ${escapeMd(c.reason)}</summary>`,
    '',
  ];
  const facts = [
    `- **Pipeline:** ${code(c.pipelineName)}`,
    `- **Reason:** ${escapeMd(c.reason)}`,
    c.action === 'upgrade' && c.strategy && `- **Upgrade strategy:** ${escapeMd(c.strategy)}`,
    c.action === 'rescale' && c.rescaleMode && `- **Rescale:** ${escapeMd(c.rescaleMode)}`,
    parallelism(c) && `- **Parallelism:** ${parallelism(c)!.replace('parallelism ', '')}`,
    (c.liveJobId || c.liveState) &&
      `- **Live job:** ${[c.liveJobId && code(c.liveJobId), c.liveState && `(${escapeMd(c.liveState)})`].filter(Boolean).join(' ')}`,
    c.restoreFrom && `- **Restores from:** ${code(c.restoreFrom)}`,
    c.renamedFrom &&
      `- **Renamed from:** ${code(c.renamedFrom.job)} (${code(c.renamedFrom.pipelineName)}); its state store record and savepoints move to ${code(c.job)}; once every environment has applied it, ${code('movedFrom')} can be removed`,
    c.move && `- **Moves from:** ${escapeMd(moveLine(c) ?? '')}`,
  ].filter((x): x is string => Boolean(x));
  const body = [...head, ...facts, ''];
  if (c.causes.length > 0) body.push('**Causes**', '', ...c.causes.map((x) => `- ${formatCause(x)}`), '');
  if (c.refused) {
    body.push(
      `> [!WARNING]`,
      `> **Refused** (${code(c.refused.code)}): ${escapeMd(c.refused.summary)}<br>${escapeMd(c.refused.detail)}`,
      '',
    );
  }
  if (c.compatibility)
    body.push(...compatLines(c.compatibility, isStateless(c), c.compiledPlan !== undefined), '');
  const version = versionUpgradeLines(c);
  if (version) {
    body.push(
      `**Version upgrade:** ${escapeMd(version.head)}`,
      '',
      ...version.findings.map((f) => `- ${escapeMd(f)}`),
      ...version.advice.map((a) => `- → ${escapeMd(a)}`),
      '',
    );
  }
  const planLines = compiledPlanLines(c);
  if (planLines.length > 0) {
    body.push(
      `**Compiled plan:** ${code(planLines[0]!)}`,
      '',
      ...planLines.slice(1).map((l) => `- ${escapeMd(l)}`),
      '',
    );
  }
  const tail = ['</details>'];
  const lines = (parts: string[]) => [...parts, ...tail].join('\n');
  if (!c.sqlDiff) return { job: c.job, full: lines(body) };
  const stat = diffStat(c.sqlDiff);
  const title = `**SQL diff** (<code>${formatStat(stat)}</code>)`;
  return {
    job: c.job,
    full: lines([...body, title, '', fenced('diff', c.sqlDiff), '']),
    folded: lines([...body, title, '', `_${foldedDiffText(diffLines(c.sqlDiff).length)}_`, '']),
  };
}

export function foldedDiffText(lines: number): string {
  return `diff omitted (${lines} line${lines === 1 ? '' : 's'}) — see the job summary / plan.json`;
}

const SEVERITY_BADGE: Record<Diagnostic['severity'], string> = {
  error: '❌ **error**',
  warning: '⚠️ **warning**',
  info: 'ℹ️ **info**',
};

/** One list item: severity, code, `file:line:column`, summary, and the detail saying what to do. */
export function diagnosticItem(d: Diagnostic): string {
  const loc = formatLocation(d.range);
  const detail = d.detail.trim() ? `<br>${escapeMd(d.detail.trim())}` : '';
  return `- ${SEVERITY_BADGE[d.severity]} ${code(d.code)}${loc ? ` ${code(loc)}` : ''}: ${escapeMd(d.summary)}${detail}`;
}
