/**
 * The plan for a terminal, shaped like `terraform plan`: a legend, one block per
 * changed job, diagnostics, and the summary line last where the eye lands.
 */

import type { Diagnostic } from '../core/diagnostics';
import type { Cause, Compatibility, JobChange, Plan } from '../plan/model';
import { changeMode } from '../plan/model';
import {
  actionLook,
  actionsPresent,
  causeIsNote,
  clusterLine,
  compareText,
  refusedLine,
  summaryLine,
  visibleChanges,
} from './actions';
import {
  compiledPlanLines,
  moveLine,
  versionUpgradeLines,
  versionUpgradeSummaryLines,
} from './compiled-plan';
import { hexControl, replaceControls } from './controls';
import { mergeDiagnostics } from './diagnostic-list';
import { renderDiagnostics, summarizeDiagnostics } from './diagnostics';
import { isStateless, verdictSource } from './markdown-job';
import { colorDiffLines, diffStat } from './sql-diff';
import { makeStyle, type Style } from './style';

export interface TerminalOptions {
  color: boolean;
  /** Show SQL diffs in full, spec hashes and the unchanged jobs. */
  verbose?: boolean;
  /** Diagnostics of earlier stages (load, validate, compile), shown with the plan's own. */
  diagnostics?: readonly Diagnostic[];
  /** File text by path, for code frames under located diagnostics. */
  sources?: ReadonlyMap<string, string>;
}

const LABEL_WIDTH = 13;
const BODY_INDENT = '      ';

/** A targeted plan says so first, and what it leaves out, as Terraform's `-target` does. */
function targetNote(t: NonNullable<Plan['target']>, s: Style): string[] {
  const parts = [
    ...(t.jobs ? [`jobs ${t.jobs.map((j) => clean(j)).join(', ')}`] : []),
    ...(t.causes ? [`changes caused by ${t.causes.join(', ')}`] : []),
  ];
  const lines = [s.yellow(`Targeted plan: only ${parts.join(' and ')}.`)];
  if (t.omitted.length > 0)
    lines.push(
      s.yellow(
        `Left out: ${t.omitted.map((o) => `${clean(o.job)} (${o.action})`).join(', ')}. Plan without a target to see everything.`,
      ),
    );
  return lines;
}

export function renderPlanTerminal(plan: Plan, opts: TerminalOptions): string {
  const s = makeStyle(opts.color);
  const out: string[] = [];
  const commit = plan.commit ? `, commit ${clean(plan.commit)}` : '';
  out.push(s.bold(`flinkops plan: project ${clean(plan.project)}, environment ${clean(plan.env)}${commit}`));
  const cluster = clusterLine(plan, clean);
  if (cluster) out.push(s.yellow(cluster));
  out.push('');
  if (plan.offline) {
    out.push(
      s.yellow(
        'Planned offline: the cluster was not consulted, so live state, drift and failed jobs are not shown.',
      ),
    );
    out.push('');
  }
  if (plan.target) out.push(...targetNote(plan.target, s), '');

  const changes = visibleChanges(plan);
  if (changes.length > 0) {
    out.push('Actions are shown with these symbols:');
    for (const kind of actionsPresent(plan)) {
      const look = actionLook(kind);
      out.push(`  ${s[look.color](look.symbol)} ${kind}`);
    }
    out.push('');
    out.push('flinkops will perform the following actions:');
    out.push('');
    for (const change of changes) {
      out.push(...jobBlock(change, s, opts.verbose ?? false));
      out.push('');
    }
  }

  // A job the plan leaves alone for a reason (outside its schedule: not deployed) is worth a line,
  // or it silently vanishes from the plan.
  const heldBack = plan.changes
    .filter((c) => c.action === 'none' && c.causes.length > 0)
    .sort((a, b) => compareText(a.job, b.job));
  if (heldBack.length > 0) {
    out.push('No action:');
    for (const c of heldBack) out.push(`  ${s.bold(clean(c.job))}: ${clean(c.reason)}`);
    out.push('');
  }

  if (opts.verbose) {
    const unchanged = plan.changes.filter((c) => c.action === 'none').map((c) => clean(c.job));
    if (unchanged.length > 0) {
      out.push(s.dim(`Unchanged: ${unchanged.sort(compareText).join(', ')}`));
      out.push('');
    }
  }

  const affected = plan.affected.filter((a) => a.jobs.length > 0);
  if (affected.length > 0) {
    out.push('Changed tables and UDFs:');
    for (const a of affected) {
      out.push(`  ${a.kind} ${s.bold(clean(a.name))} → ${a.jobs.map((j) => clean(j)).join(', ')}`);
    }
    out.push('');
  }

  // A refusal is shown in full in its job's block: not a second time, unlocated, below.
  const shownInBlocks = new Set(
    changes.flatMap((c) => (c.refused ? [`${c.refused.code}\u0000${c.refused.summary}`] : [])),
  );
  const all = mergeDiagnostics(plan.diagnostics, opts.diagnostics ?? []);
  const diags = all.filter((d) => d.range || !shownInBlocks.has(`${d.code}\u0000${d.summary}`));
  if (diags.length > 0) {
    // Counted with the refusals shown in their jobs' blocks: an error there fails the plan too.
    const inBlocks = all.length - diags.length;
    out.push(
      `Diagnostics (${summarizeDiagnostics(all)}${inBlocks > 0 ? `; ${inBlocks} shown at ${inBlocks === 1 ? 'its job' : 'their jobs'} above` : ''}):`,
    );
    out.push(
      renderDiagnostics(diags.map(cleanDiagnostic), {
        color: opts.color,
        sources: opts.sources,
        consolidate: !opts.verbose,
      }).trimEnd(),
    );
    out.push('');
  }

  for (const line of versionUpgradeSummaryLines(plan, (j) => clean(j))) out.push(s.bold(line));
  out.push(s.bold(summaryLine(plan)));
  const refused = refusedLine(plan, (j) => clean(j));
  if (refused) out.push(s.red(refused));
  return `${out.join('\n')}\n`;
}

function jobBlock(c: JobChange, s: Style, verbose: boolean): string[] {
  const look = actionLook(c.action);
  const paint = s[look.color];
  const how = changeMode(c);
  const mode = how ? ` (${how})` : '';
  const refusedTag = c.refused ? ` ${s.red('[refused]')}` : '';
  // A refused rename (FO734) renames nothing, yet is the change `--target OLD` asked for.
  const renamed = c.renamedFrom
    ? ` (renamed from ${clean(c.renamedFrom.job)})`
    : c.refused?.renamedFrom !== undefined
      ? ` (movedFrom: ${clean(c.refused.renamedFrom)})`
      : '';
  const lines = [
    `  ${paint(look.symbol)} ${s.bold(clean(c.job))}${renamed} ${look.future}${mode}${refusedTag}`,
  ];
  const field = (label: string, values: string[]) => {
    values.forEach((v, i) => {
      lines.push(`${BODY_INDENT}${(i === 0 ? label : '').padEnd(LABEL_WIDTH)}${v}`);
    });
  };

  field('reason', [clean(c.reason)]);
  if (c.causes.length > 0) field('causes', c.causes.map(formatCause));
  const par = parallelism(c);
  if (par) field('parallelism', [par]);
  if (verbose && (c.from?.specHash || c.to?.specHash)) {
    const from = c.from?.specHash;
    const to = c.to?.specHash;
    field('spec hash', [
      from === to
        ? `${clean(to ?? '')} (unchanged)`
        : `${clean(from ?? '(none)')} → ${clean(to ?? '(none)')}`,
    ]);
  }
  if (c.liveJobId || c.liveState) {
    field('live job', [
      [c.liveJobId, c.liveState && `(${c.liveState})`]
        .filter(Boolean)
        .map((x) => clean(String(x)))
        .join(' '),
    ]);
  }
  if (c.restoreFrom) field('restore', [clean(c.restoreFrom)]);
  if (c.renamedFrom)
    field('renamed', [
      `from ${clean(c.renamedFrom.job)} (${clean(c.renamedFrom.pipelineName)}): its state store record and savepoints move to ${clean(c.job)}; once every environment has applied it, movedFrom can be removed`,
    ]);
  const moved = moveLine(c);
  if (moved) field('moves from', [clean(moved)]);
  if (c.compatibility)
    field('state', compatLines(c.compatibility, s, isStateless(c), c.compiledPlan !== undefined));
  const version = versionUpgradeLines(c);
  if (version) {
    const v = c.versionUpgrade!.verdict;
    const paint = v === 'compatible' ? s.green : v === 'unknown' ? s.yellow : s.red;
    field('version', [
      paint(clean(version.head)),
      ...version.findings.map((f) => `  • ${clean(f)}`),
      ...version.advice.map((a) => `  ${s.cyan('→')} ${clean(a)}`),
    ]);
  }
  const planLines = compiledPlanLines(c);
  if (planLines.length > 0)
    field(
      'plan',
      planLines.map((l) => clean(l)),
    );
  if (c.sqlDiff) {
    if (verbose) {
      lines.push(`${BODY_INDENT}sql diff`);
      for (const l of colorDiffLines(clean(c.sqlDiff, true), s)) lines.push(`${BODY_INDENT}  ${l}`);
    } else {
      const stat = diffStat(c.sqlDiff);
      field('sql diff', [
        `${s.green(`+${stat.added}`)} ${s.red(`-${stat.removed}`)} lines (--verbose shows the diff)`,
      ]);
    }
  }
  if (c.refused) {
    const detail = clean(c.refused.detail, true)
      .split('\n')
      .filter((l) => l.trim());
    field('refused', [`${s.red(clean(c.refused.code))} ${clean(c.refused.summary)}`, ...detail]);
  }
  return lines;
}

function compatLines(compat: Compatibility, s: Style, stateless: boolean, fromPlans: boolean): string[] {
  const verdict = stateless
    ? s.yellow('starts without state (upgradeMode: stateless)')
    : compat.verdict === 'compatible'
      ? s.green('compatible')
      : compat.verdict === 'incompatible'
        ? s.red(`incompatible: ${restoreOutcome(compat)}`)
        : compat.verdict === 'drops-state'
          ? s.red('drops state')
          : s.yellow('compatibility unknown');
  return [
    `${verdict}${verdictSource(compat, fromPlans)}`,
    ...compat.findings.map((f) => `  • ${clean(f)}`),
    ...compat.advice.map((a) => `  ${s.cyan('→')} ${clean(a)}`),
  ];
}

/** What Flink does with the savepoint of an `incompatible` upgrade. */
export function restoreOutcome(compat: Compatibility): string {
  return compat.restore === 'read-wrong'
    ? 'Flink restores the state and reads it wrong'
    : compat.restore === 'fails-or-read-wrong'
      ? 'the restore will fail, or read the state wrong'
      : 'the restore will fail';
}

function parallelism(c: JobChange): string | undefined {
  const from = c.from?.parallelism;
  const to = c.to?.parallelism;
  if (from !== undefined && to !== undefined) return from === to ? String(to) : `${from} → ${to}`;
  if (to !== undefined) return String(to);
  if (from !== undefined) return String(from);
  return undefined;
}

export function formatCause(c: Cause): string {
  const change = causeIsNote(c)
    ? `: ${clean(c.to!)}`
    : c.from !== undefined || c.to !== undefined
      ? `: ${clean(c.from ?? '(none)')} → ${clean(c.to ?? '(none)')}`
      : '';
  return `${c.kind} ${clean(c.path)}${change}`;
}

/**
 * User-derived text must not drive the terminal: control characters (escape
 * sequences in a job reason or a SQL comment) are shown as `\xNN`. Newlines are
 * kept only where the caller expects several lines.
 */
export function clean(text: string, multiline = false): string {
  const t = multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\r\n|\r|\n/g, ' ');
  return replaceControls(t, hexControl);
}

function cleanDiagnostic(d: Diagnostic): Diagnostic {
  return { ...d, summary: clean(d.summary), detail: clean(d.detail, true) };
}
