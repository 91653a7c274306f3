import { describe, expect, it } from 'vitest';
import { ddlCauses } from '../src/plan/causes';
import type { ActionKind, Plan } from '../src/plan/model';
import { renderPlanMarkdown, renderPlanTerminal, summaryLine } from '../src/render';
import {
  change,
  makePlan,
  offlinePlan,
  planWithDiagnostics,
  planWithEveryAction,
  planWithNoChanges,
  VALIDATION_DIAGNOSTICS,
} from './render-fixtures';

const ESC = '\u001b';

function planOf(actions: ActionKind[]): Plan {
  return makePlan(actions.map((a, i) => change(`job_${i}`, a)));
}

describe('summary line', () => {
  it.each([
    [
      ['create', 'upgrade', 'upgrade', 'rescale'],
      'Plan: 1 to create, 2 to upgrade, 1 to rescale, 0 to delete.',
    ],
    [
      ['create', 'upgrade', 'suspend'],
      'Plan: 1 to create, 1 to upgrade, 0 to rescale, 1 to suspend, 0 to delete.',
    ],
    [['delete', 'delete', 'none'], 'Plan: 0 to create, 0 to upgrade, 0 to rescale, 2 to delete.'],
    [
      ['resume', 'recover', 'adopt'],
      'Plan: 0 to create, 0 to upgrade, 0 to rescale, 1 to resume, 1 to recover, 1 to adopt, 0 to delete.',
    ],
    [['rescale', 'none', 'none'], 'Plan: 0 to create, 0 to upgrade, 1 to rescale, 0 to delete.'],
    [['none', 'none'], 'No changes. The cluster matches the repository.'],
    [[], 'No changes. The cluster matches the repository.'],
  ] as [ActionKind[], string][])('%j → %s', (actions, line) => {
    expect(summaryLine(planOf(actions))).toBe(line);
  });

  it('says "it" of one job to record in the state store and "them" of several', () => {
    const syncs = (n: number) =>
      makePlan(
        Array.from({ length: n }, (_, i) => change(`job_${i}`, 'none', { syncs: { jobId: `j${i}` } })),
      );
    expect(summaryLine(syncs(1))).toBe(
      'No changes to the cluster: 1 job to record in the state store (FO612); apply records it.',
    );
    expect(summaryLine(syncs(3))).toBe(
      'No changes to the cluster: 3 jobs to record in the state store (FO612); apply records them.',
    );
  });

  it('does not count a refused change as work, and says it is refused', () => {
    const plan = makePlan([
      change('old_job', 'delete', {
        refused: { code: 'FO611', summary: 'no', detail: 'Pass --allow-delete.' },
      }),
    ]);
    const text = renderPlanTerminal(plan, { color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('Plan: 0 to create, 0 to upgrade, 0 to rescale, 0 to delete.');
    expect(lines.at(-1)).toBe('1 change refused and will be skipped: old_job.');
    expect(text).toContain('Pass --allow-delete.');
  });

  it('does not say the cluster matches the repository when the plan has errors (a job running twice)', () => {
    // Found on Flink 2.2: a job submitted by hand under a managed job's name (FO610).
    const plan = makePlan([change('orders', 'none')]);
    plan.diagnostics = [
      {
        code: 'FO610',
        severity: 'error',
        summary: 'Job orders runs 2 times on the cluster',
        detail: 'Stop all but one.',
      },
    ];
    const lines = renderPlanTerminal(plan, { color: false }).trimEnd().split('\n');
    expect(lines.at(-2)).toBe('No changes planned.');
    expect(lines.at(-1)).toBe('The plan has errors: apply changes nothing until they are fixed.');
  });

  it('is the last line of the terminal plan', () => {
    const lines = renderPlanTerminal(planOf(['create', 'upgrade', 'suspend']), { color: false })
      .trimEnd()
      .split('\n');
    expect(lines.at(-1)).toBe('Plan: 1 to create, 1 to upgrade, 0 to rescale, 1 to suspend, 0 to delete.');
  });
});

describe('colours', () => {
  const plans = [planWithEveryAction(), planWithNoChanges(), offlinePlan(), planWithDiagnostics()];

  it('writes no escape code at all when colours are off (NO_COLOR, no TTY)', () => {
    for (const plan of plans) {
      for (const verbose of [false, true]) {
        const text = renderPlanTerminal(plan, { color: false, verbose, diagnostics: VALIDATION_DIAGNOSTICS });
        expect(text).not.toContain(ESC);
      }
    }
  });

  it('colours each action symbol and the SQL diff when colours are on', () => {
    const text = renderPlanTerminal(planWithEveryAction(), { color: true, verbose: true });
    expect(text).toContain(`${ESC}[32m+${ESC}[39m ${ESC}[1mride_enrichment`);
    expect(text).toContain(`${ESC}[33m~${ESC}[39m ${ESC}[1mfare_aggregates`);
    expect(text).toContain(`${ESC}[31m-${ESC}[39m ${ESC}[1mold_alerts`);
    expect(text).toContain(`${ESC}[35m⇐${ESC}[39m ${ESC}[1mclickstream`);
    expect(text).toContain(`${ESC}[32m+  city,${ESC}[39m`);
    expect(text).toContain(`${ESC}[31m-  SUM(fare) AS total${ESC}[39m`);
  });

  it('keeps escape sequences in user text from reaching the terminal', () => {
    const plan = makePlan([
      change('evil', 'create', {
        reason: `new ${ESC}[2J${ESC}]0;pwned\u0007 job`,
        sqlDiff: `+-- ${ESC}[31mred\n`,
      }),
    ]);
    for (const color of [false, true]) {
      const text = renderPlanTerminal(plan, { color, verbose: true });
      expect(text).not.toContain(`${ESC}[2J`);
      expect(text).not.toContain('\u0007');
      expect(text).toContain('new \\x1b[2J\\x1b]0;pwned\\x07 job');
    }
  });
});

describe('job blocks', () => {
  it('shows a short diff stat by default and the whole diff with verbose', () => {
    const short = renderPlanTerminal(planWithEveryAction(), { color: false });
    expect(short).toContain('sql diff     +3 -2 lines (--verbose shows the diff)');
    expect(short).not.toContain('SUM(fare + tip)');
    const long = renderPlanTerminal(planWithEveryAction(), { color: false, verbose: true });
    expect(long).toContain('+  SUM(fare + tip) AS total');
    expect(long).toContain('Unchanged: geo_index');
  });

  it('shows strategy, rescale mode, restore path and the compatibility verdict with findings and advice', () => {
    const text = renderPlanTerminal(planWithEveryAction(), { color: false });
    expect(text).toContain('~ fare_aggregates will be upgraded (savepoint)');
    expect(text).toContain('↕ driver_stats will be rescaled (in-place)');
    expect(text).toContain('restore      s3://flink/savepoints/promo_tracker/savepoint-5e1a9c');
    expect(text).toContain("drops state (from Flink's stream graphs)");
    expect(text).toContain('• GroupAggregate (driver_id): its state is dropped');
    expect(text).toContain('→ set allowNonRestoredState: true in jobs/fare_aggregates.yaml');
  });

  it('lists every diagnostic with its location, the plan’s and the earlier stages’', () => {
    const text = renderPlanTerminal(planWithDiagnostics(), {
      color: false,
      diagnostics: VALIDATION_DIAGNOSTICS,
    });
    expect(text).toContain('Diagnostics (2 errors, 1 warning):');
    expect(text).toContain("tables/rides.yaml:4:3: error FO201: unknown key 'colums'");
    expect(text).toContain("error FO610: job 'fare_aggregates' runs twice on the cluster");
  });
});

describe('causes', () => {
  it('shows what happened to a view, a table or a job file, not "(none) →" as if it were new', () => {
    const before = 'CREATE TEMPORARY VIEW v AS SELECT a FROM t WHERE a > 1;\nINSERT INTO s SELECT a FROM v;';
    const after = 'CREATE TEMPORARY VIEW v AS SELECT a FROM t WHERE a > 2;\nINSERT INTO s SELECT a FROM v;';
    const plan = makePlan([
      change('stats', 'upgrade', {
        causes: [{ kind: 'script', path: 'jobs/stats.sql' }, ...ddlCauses(before, after)],
      }),
      change('fresh', 'create', { causes: [{ kind: 'repo', path: 'jobs/fresh.sql', to: 'added' }] }),
      change('tuned', 'upgrade', {
        causes: [{ kind: 'setting', path: 'config.table.exec.state.ttl', to: '1 h' }],
      }),
    ]);
    const text = renderPlanTerminal(plan, { color: false });
    expect(text).toContain('table v: view query changed');
    expect(text).toContain('repo jobs/fresh.sql: added');
    expect(text).not.toContain('(none) → view query changed');
    expect(text).not.toContain('(none) → added');
    // A setting that had no value before still reads as one set where there was none.
    expect(text).toContain('setting config.table.exec.state.ttl: (none) → 1 h');
    const md = renderPlanMarkdown(plan);
    expect(md).toContain('table <code>v</code>: <code>view query changed</code>');
    expect(md).not.toContain('<code>(none)</code> → <code>view query changed</code>');
    expect(md).toContain('<code>(none)</code> → <code>1 h</code>');
  });
});

describe('a stateless upgrade', () => {
  it('says the job starts without state, not that its state is compatible', () => {
    const plan = makePlan([
      change('sessions', 'upgrade', {
        strategy: 'stateless',
        compatibility: {
          verdict: 'compatible',
          source: 'estimate',
          findings: ['upgradeMode: stateless: the new job starts without state, nothing is restored'],
          advice: [],
        },
      }),
    ]);
    const text = renderPlanTerminal(plan, { color: false });
    expect(text).toMatch(/state {8}starts without state \(upgradeMode: stateless\)/);
    expect(text).not.toMatch(/state {8}compatible/);
    const md = renderPlanMarkdown(plan);
    expect(md).toContain('🧹 starts without state (stateless)');
    expect(md).not.toContain('state compatible');
  });
});
