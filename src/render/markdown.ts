/**
 * The plan as GitHub Markdown, for the sticky pull-request comment and the job
 * summary. The first line is an HTML marker the Action finds its comment by.
 * GitHub rejects comments over 65,536 characters, so the document is built from
 * parts that can each be folded, and it is shrunk in whole parts, never cut.
 */
import { type Diagnostic, hasErrors } from '../core/diagnostics';
import type { Plan } from '../plan/model';
import { clusterLine, compareText, refusedLine, summaryLine, visibleChanges } from './actions';
import { versionUpgradeSummaryLines } from './compiled-plan';
import { mergeDiagnostics } from './diagnostic-list';
import { summarizeDiagnostics } from './diagnostics';
import { changedSubgraph, lineageToMermaid } from './lineage';
import { code, escapeMd, fenced, htmlComment, table } from './markdown-escape';
import { diagnosticItem, type JobSection, jobSection, tableRow } from './markdown-job';

export interface MarkdownOptions {
  /** The marker line, either a whole `<!-- … -->` comment or the text inside one; default `flinkops-plan:<project>:<env>`. */
  marker?: string;
  /** Heading text (plain text, escaped); default "flinkops plan: <project> / <env>". */
  title?: string;
  /** Upper bound on the length of the result; GitHub's comment limit by default. */
  maxLength?: number;
  /** Markdown appended as is (trusted, written by the caller: a run link, a commit). */
  footer?: string;
}

export const GITHUB_COMMENT_LIMIT = 65_536;

/** The marker of a project/environment's sticky comment. */
export function planMarker(project: string, env: string): string {
  return htmlComment(`flinkops-plan:${project}:${env}`);
}

export function renderPlanMarkdown(
  plan: Plan,
  diagnostics: readonly Diagnostic[] = [],
  opts: MarkdownOptions = {},
): string {
  const parts = buildParts(plan, diagnostics, opts);
  return fitToLength(parts, opts.maxLength ?? GITHUB_COMMENT_LIMIT);
}

/**
 * Diagnostics alone, for a pull request whose repository did not get as far as a plan. Within
 * `maxLength`, whole items are kept in order and the last line says how many more there are.
 */
export function renderDiagnosticsMarkdown(
  diagnostics: readonly Diagnostic[],
  maxLength = Number.POSITIVE_INFINITY,
): string {
  const merged = mergeDiagnostics(diagnostics);
  const items = merged.map(diagnosticItem);
  const all = items.join('\n');
  if (all.length <= maxLength) return all;
  const more = (kept: number) =>
    `- … and ${summarizeDiagnostics(merged.slice(kept)).replace(/^0 errors, |, 0 warnings$/g, '')} more, not shown here: the workflow run's log lists every one.`;
  let kept = 0;
  let length = 0;
  while (kept < items.length && length + items[kept]!.length + 1 + more(kept + 1).length <= maxLength)
    length += items[kept++]!.length + 1;
  return [...items.slice(0, kept), more(kept)].join('\n');
}

interface Parts {
  head: string[];
  rows: string[][];
  unchangedCount: number;
  affected: string[];
  jobs: JobSection[];
  lineage?: { full: string; folded: string };
  diagnostics: string[];
  /** "2 errors, 1 warning" */
  diagnosticCounts: string;
  footer?: string;
}

function markerLine(plan: Plan, marker: string | undefined): string {
  if (marker === undefined) return planMarker(plan.project, plan.env);
  const inner = marker.startsWith('<!--') && marker.endsWith('-->') ? marker.slice(4, -3).trim() : marker;
  return htmlComment(inner);
}

function buildParts(plan: Plan, diagnostics: readonly Diagnostic[], opts: MarkdownOptions): Parts {
  const title = opts.title
    ? escapeMd(opts.title)
    : `flinkops plan: ${code(plan.project)} / ${code(plan.env)}`;
  const head = [markerLine(plan, opts.marker), `### ${title}`];
  const facts = [`**${summaryLine(plan)}**`];
  const refused = refusedLine(plan, code);
  if (refused) facts.push(`⛔ ${refused}`);
  for (const line of versionUpgradeSummaryLines(plan, code)) facts.push(line);
  if (plan.commit) facts.push(`Commit ${code(plan.commit)}.`);
  const cluster = clusterLine(plan, code);
  if (cluster) facts.push(`ℹ️ ${cluster}`);
  const diags = mergeDiagnostics(plan.diagnostics, diagnostics);
  if (hasErrors(diags)) facts.push(`❌ ${summarizeDiagnostics(diags)}: see the diagnostics below.`);
  head.push(facts.join('<br>\n'));
  if (plan.offline) {
    head.push(
      '> [!NOTE]\n> Planned offline: the cluster was not consulted, so live state, drift and failed jobs are not shown.',
    );
  }
  const changes = visibleChanges(plan);
  const lineage = changedSubgraph(plan.lineage);
  const mermaid = lineageToMermaid(lineage);
  return {
    head,
    rows: changes.map(tableRow),
    unchangedCount: plan.changes.filter((c) => c.action === 'none').length,
    affected: [...plan.affected]
      .filter((a) => a.jobs.length > 0)
      .sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name))
      .map((a) => `- ${a.kind} ${code(a.name)} → ${a.jobs.map(code).join(', ')}`),
    jobs: changes.map(jobSection),
    lineage: mermaid
      ? {
          full: `#### Lineage\n\n${fenced('mermaid', mermaid)}`,
          folded: `#### Lineage\n\n_lineage graph omitted (${lineage.nodes.length} nodes) — see the job summary / plan.json_`,
        }
      : undefined,
    diagnostics: diags.map(diagnosticItem),
    diagnosticCounts: summarizeDiagnostics(diags),
    footer: opts.footer,
  };
}

/** How far the document has been shrunk. */
interface Folding {
  /** Jobs (by index) whose diff is folded. */
  foldedDiffs: Set<number>;
  lineageFolded: boolean;
  /** Jobs (by index) whose section is left out. */
  droppedJobs: Set<number>;
  /** Items kept per list (table rows, affected, diagnostics); Infinity for all. */
  keep: number;
  /** Last resort: only the head, the note and the footer. */
  minimal: boolean;
}

function assemble(p: Parts, f: Folding, limit: number): string {
  const out = [...p.head];
  const note = foldingNote(p, f, limit);
  if (note) out.push(note);
  if (!f.minimal) {
    if (p.rows.length > 0) {
      const rows = truncated(p.rows, f.keep, (n) => [
        '…',
        '',
        `${n} more changes — see the job summary / plan.json`,
      ]);
      let t = table(['Job', 'Action', 'Details'], rows);
      if (p.unchangedCount > 0)
        t += `\n\n_${p.unchangedCount} unchanged job${p.unchangedCount === 1 ? '' : 's'}._`;
      out.push(t);
    }
    if (p.affected.length > 0) {
      const items = truncated(p.affected, f.keep, (n) => `- … and ${n} more`);
      out.push(`#### Changed tables and UDFs\n\n${items.join('\n')}`);
    }
    const jobs = p.jobs.filter((_, i) => !f.droppedJobs.has(i));
    if (jobs.length > 0) {
      const sections = p.jobs.flatMap((j, i) =>
        f.droppedJobs.has(i) ? [] : [f.foldedDiffs.has(i) && j.folded ? j.folded : j.full],
      );
      out.push(`#### Jobs\n\n${sections.join('\n\n')}`);
    }
    if (p.lineage) out.push(f.lineageFolded ? p.lineage.folded : p.lineage.full);
    if (p.diagnostics.length > 0) {
      const items = truncated(p.diagnostics, f.keep, (n) => `- … and ${n} more diagnostics`);
      out.push(`#### Diagnostics (${p.diagnosticCounts})\n\n${items.join('\n')}`);
    }
  }
  if (p.footer) out.push(`---\n${p.footer}`);
  return `${out.join('\n\n')}\n`;
}

function truncated<T>(items: T[], keep: number, more: (n: number) => T): T[] {
  return items.length <= keep ? items : [...items.slice(0, keep), more(items.length - keep)];
}

function foldingNote(p: Parts, f: Folding, limit: number): string {
  const omitted: string[] = [];
  if (f.minimal) omitted.push('the table, the job details, the lineage graph and the diagnostics');
  else {
    const diffs = [...f.foldedDiffs].filter((i) => !f.droppedJobs.has(i)).length;
    if (diffs > 0) omitted.push(`the SQL diffs of ${diffs} job${diffs === 1 ? '' : 's'}`);
    if (f.droppedJobs.size > 0)
      omitted.push(`the details of ${f.droppedJobs.size} job${f.droppedJobs.size === 1 ? '' : 's'}`);
    if (f.lineageFolded) omitted.push('the lineage graph');
    const longest = Math.max(p.rows.length, p.affected.length, p.diagnostics.length);
    if (longest > f.keep) omitted.push(`list entries beyond the first ${f.keep}`);
  }
  if (omitted.length === 0) return '';
  return `> [!NOTE]\n> This comment was shortened to stay under ${limit.toLocaleString('en-US')} characters; omitted: ${omitted.join(', ')}. The full plan is in the job summary and in plan.json.`;
}

/**
 * Smallest k in [0, n] for which `fits(k)` holds, assuming more folding never makes the text longer; n
 * when none does. A binary search: each `fits` renders the whole comment, so a big plan is rendered
 * O(log n) times per stage, never once per job.
 */
export function smallest(n: number, fits: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Shrinks in order of what a reviewer misses least: SQL diffs and the lineage
 * graph (largest first), then whole job sections (largest first), then the tails
 * of the lists, and last everything but the head.
 */
function fitToLength(p: Parts, limit: number): string {
  const f: Folding = {
    foldedDiffs: new Set(),
    lineageFolded: false,
    droppedJobs: new Set(),
    keep: Number.POSITIVE_INFINITY,
    minimal: false,
  };
  const render = () => assemble(p, f, limit);
  const fits = () => render().length <= limit;
  if (fits()) return render();
  /** Applies the least folding k in [0, n] that fits, or all n. */
  const shrink = (n: number, set: (k: number) => void) => {
    set(
      smallest(n, (k) => {
        set(k);
        return fits();
      }),
    );
  };

  // Stage 1: diffs and lineage, biggest saving first.
  type Fold = { saving: number; apply: (on: boolean) => void };
  const folds: Fold[] = p.jobs.flatMap((j, i): Fold[] =>
    j.folded
      ? [
          {
            saving: j.full.length - j.folded.length,
            apply: (on) => (on ? f.foldedDiffs.add(i) : f.foldedDiffs.delete(i)),
          },
        ]
      : [],
  );
  if (p.lineage) {
    const l = p.lineage;
    folds.push({ saving: l.full.length - l.folded.length, apply: (on) => (f.lineageFolded = on) });
  }
  folds.sort((a, b) => b.saving - a.saving);
  const setFolds = (k: number) => {
    for (const [i, x] of folds.entries()) x.apply(i < k);
  };
  shrink(folds.length, setFolds);
  if (fits()) return render();

  // Stage 2: whole job sections, biggest first (later jobs first among equals).
  const bySize = p.jobs
    .map((j, i) => ({ i, size: (f.foldedDiffs.has(i) && j.folded ? j.folded : j.full).length }))
    .sort((a, b) => b.size - a.size || b.i - a.i);
  const setDropped = (k: number) => {
    f.droppedJobs = new Set(bySize.slice(0, k).map((x) => x.i));
  };
  shrink(bySize.length, setDropped);
  if (fits()) return render();

  // Stage 3: the tails of the table, the affected list and the diagnostics.
  const longest = Math.max(p.rows.length, p.affected.length, p.diagnostics.length);
  const setKeep = (k: number) => {
    f.keep = longest - k;
  };
  shrink(longest, setKeep);
  if (fits()) return render();

  // Stage 4: the head, the note and the footer; then without the footer.
  f.minimal = true;
  if (fits()) return render();
  return assemble({ ...p, footer: undefined }, f, limit);
}
