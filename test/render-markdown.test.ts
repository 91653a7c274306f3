import { describe, expect, it } from 'vitest';
import type { JobChange, Plan } from '../src/plan/model';
import { lineageToMermaid, planMarker, renderPlanMarkdown } from '../src/render';
import { smallest } from '../src/render/markdown';
import { change, makePlan, planWithEveryAction } from './render-fixtures';

/** Opening and closing fences pair up, and every <details> is closed: nothing was cut mid-markup. */
function outsideFences(md: string): string {
  const kept: string[] = [];
  let open: string | undefined;
  for (const line of md.split('\n')) {
    const fence = /^(`{3,})/.exec(line)?.[1];
    if (open === undefined && fence) open = fence;
    else if (open !== undefined && line === open) open = undefined;
    else if (open === undefined) kept.push(line);
  }
  expect(open, 'an unclosed code fence').toBeUndefined();
  return kept.join('\n');
}

function expectWellFormed(md: string): void {
  const text = outsideFences(md);
  const opened = text.split('<details>').length - 1;
  const closed = text.split('</details>').length - 1;
  expect(closed).toBe(opened);
  expect(md.endsWith('\n')).toBe(true);
}

describe('marker and heading', () => {
  it('starts with the sticky-comment marker of the project and environment', () => {
    const md = renderPlanMarkdown(planWithEveryAction(), []);
    expect(md.split('\n')[0]).toBe('<!-- flinkops-plan:rides:prod -->');
    expect(planMarker('rides', 'prod')).toBe('<!-- flinkops-plan:rides:prod -->');
    expect(md).toContain(
      '**Plan: 1 to create, 1 to upgrade, 1 to rescale, 1 to suspend, 1 to resume, 1 to recover, 1 to adopt, 1 to delete.**',
    );
  });

  it('takes a marker from the caller, bare or as a comment, and never lets it end the comment early', () => {
    const plan = planWithEveryAction();
    expect(renderPlanMarkdown(plan, [], { marker: 'my-marker' }).split('\n')[0]).toBe('<!-- my-marker -->');
    expect(renderPlanMarkdown(plan, [], { marker: '<!-- my-marker -->' }).split('\n')[0]).toBe(
      '<!-- my-marker -->',
    );
    const evil = renderPlanMarkdown(plan, [], { marker: 'x --> <img src=x onerror=alert(1)>' }).split(
      '\n',
    )[0]!;
    expect(evil.indexOf('-->')).toBe(evil.length - 3);
    expect(evil).not.toContain('<img');
  });

  it('escapes a title and appends a footer as is', () => {
    const md = renderPlanMarkdown(planWithEveryAction(), [], {
      title: 'Plan <b>prod</b>',
      footer: '[run 12](https://example.com)',
    });
    expect(md).toContain('### Plan &#60;b&#62;prod&#60;/b&#62;');
    expect(md.trimEnd().endsWith('---\n[run 12](https://example.com)')).toBe(true);
  });
});

describe('escaping user-derived text', () => {
  const hostile = makePlan([
    change('x_job', 'upgrade', {
      reason:
        '<script>alert(1)</script> | **bold** [link](javascript:alert(1)) `code`\n\n</details># heading',
      causes: [{ kind: 'setting', path: 'a|b</code><script>', from: '`1`', to: '<2>' }],
      compatibility: {
        verdict: 'unknown',
        findings: ['<img src=x onerror=alert(1)>'],
        advice: ['- [ ] task'],
      },
      sqlDiff: "@@ -1 +1,4 @@\n-SELECT 1;\n+SELECT '```';\n+```\n+</details>\n+````sql\n",
      refused: { code: 'FO999', summary: '<b>no</b>', detail: 'use --force\n\n<script>' },
    }),
  ]);
  const md = renderPlanMarkdown(hostile, [
    {
      code: 'FO201',
      severity: 'error',
      summary: '<script>x</script>',
      detail: '| a | b |',
      range: { file: 'jobs/a<b>.sql', start: { line: 2, column: 3 }, end: { line: 2, column: 4 } },
    },
  ]);

  it('never lets a tag through', () => {
    expect(md).not.toMatch(/<script|<img|<b>|<\/code><script/);
    expect(md).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(md).toContain('<code>jobs/a&#60;b&#62;.sql:2:3</code>');
  });

  it('keeps a table row at three cells whatever the reason holds', () => {
    const row = md.split('\n').find((l) => l.startsWith('| <code>x_job</code>'))!;
    expect(row.replace(/&#124;/g, '').split('|').length - 1).toBe(4);
    expect(row).not.toContain('**bold**');
  });

  it('keeps a newline in a reason from ending the <details> block', () => {
    const summary = md.split('\n').find((l) => l.startsWith('<summary>'))!;
    expect(summary).toMatch(/<\/summary>$/);
    expect(outsideFences(md).split('</details>').length - 1).toBe(1);
  });

  it('fences a SQL diff containing ``` with a longer fence', () => {
    expect(md).toContain(
      "`````diff\n@@ -1 +1,4 @@\n-SELECT 1;\n+SELECT '```';\n+```\n+</details>\n+````sql\n`````",
    );
    expectWellFormed(md);
  });
});

describe('lineage', () => {
  it('draws the changed jobs with their tables and UDFs', () => {
    const md = renderPlanMarkdown(planWithEveryAction(), []);
    expect(md).toContain('```mermaid\nflowchart LR\n');
    expect(md).toContain('table_rides --> job_fare_aggregates');
    expect(md).toContain('class job_fare_aggregates,job_ride_enrichment,table_rides changed');
    expect(md).not.toContain('geo_index'.concat('(['));
  });

  it('sanitises ids and escapes labels with odd characters', () => {
    const text = lineageToMermaid({
      nodes: [
        { id: 'table:end', kind: 'table', label: 'end', changed: false },
        { id: 'table:a-b', kind: 'table', label: 'we"ird]`name`;<b>#', changed: true },
        { id: 'table:a.b', kind: 'table', label: 'a.b', changed: false },
        { id: 'udf:fn', kind: 'udf', label: 'fn()', changed: false },
      ],
      edges: [
        { from: 'table:a-b', to: 'table:end' },
        { from: 'table:a-b', to: 'table:end' },
        { from: 'udf:fn', to: 'table:missing' },
      ],
    });
    const ids = [...text.matchAll(/^ {2}(\w+)[([{]/gm)].map((m) => m[1]);
    expect(ids).toEqual(['table_a_b', 'table_a_b_2', 'table_end', 'udf_fn']);
    expect(text).toContain('table_a_b[("we#34;ird#93;#96;name#96;#59;#60;b#62;#35;")]');
    expect(text).toContain('udf_fn{{"fn#40;#41;"}}');
    expect(text.match(/-->/g)).toHaveLength(1);
  });
});

function bigPlan(jobs: number, diffLines: number): Plan {
  const changes: JobChange[] = [];
  for (let i = 0; i < jobs; i++) {
    const job = `job_${String(i).padStart(3, '0')}`;
    const body = Array.from(
      { length: diffLines },
      (_, l) => `${l % 2 ? '+' : '-'}  column_${l} BIGINT, -- ${'x'.repeat(40)}`,
    );
    changes.push(
      change(job, 'upgrade', {
        reason: 'compiled script changed',
        strategy: 'savepoint',
        causes: [{ kind: 'script', path: `jobs/${job}.sql` }],
        compatibility: {
          verdict: 'drops-state',
          findings: ['a stateful operator was added'],
          advice: ['use a stateless upgrade'],
        },
        sqlDiff: `--- a/jobs/${job}.sql\n+++ b/jobs/${job}.sql\n@@ -1,${diffLines} +1,${diffLines} @@\n${body.join('\n')}\n`,
      }),
    );
  }
  return makePlan(changes, {
    lineage: {
      nodes: changes.map((c) => ({ id: `job:${c.job}`, kind: 'job' as const, label: c.job, changed: true })),
      edges: [],
    },
  });
}

describe('GitHub comment size limit', () => {
  it('keeps a plan of 300 jobs with big diffs under 65,536 characters, whole', () => {
    const plan = bigPlan(300, 400);
    const md = renderPlanMarkdown(plan, [], { footer: '_footer_' });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expectWellFormed(md);
    expect(md.split('\n')[0]).toBe('<!-- flinkops-plan:rides:prod -->');
    expect(md).toContain('**Plan: 0 to create, 300 to upgrade, 0 to rescale, 0 to delete.**');
    expect(md).toContain('This comment was shortened to stay under 65,536 characters');
    expect(md).toContain('The full plan is in the job summary and in plan.json.');
    expect(md.trimEnd().endsWith('_footer_')).toBe(true);
    // Every job still has its row in the table.
    for (const c of plan.changes) expect(md).toContain(`| <code>${c.job.replace('_', '_')}</code> |`);
  });

  it('folds the largest diffs first and says so', () => {
    const plan = bigPlan(5, 4);
    plan.changes[2]!.sqlDiff = `@@ -1,3000 +1,3000 @@\n${'+SELECT 1;\n'.repeat(3000)}`;
    const full = renderPlanMarkdown(plan, [], { maxLength: 1_000_000 });
    expect(full).not.toContain('shortened');
    const md = renderPlanMarkdown(plan, [], { maxLength: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toContain('_diff omitted (3001 lines) — see the job summary / plan.json_');
    expect(md.match(/diff omitted/g)).toHaveLength(1);
    expect(md.match(/```diff/g)).toHaveLength(4);
    expect(md).toContain('omitted: the SQL diffs of 1 job.');
    expectWellFormed(md);
  });

  it('stays whole and under the limit when the limit is very small', () => {
    for (const limit of [1_500, 4_000, 10_000]) {
      const md = renderPlanMarkdown(bigPlan(50, 20), [], { maxLength: limit });
      expect(md.length).toBeLessThanOrEqual(limit);
      expectWellFormed(md);
      expect(md).toContain('**Plan: 0 to create, 50 to upgrade, 0 to rescale, 0 to delete.**');
    }
  });

  // Work is counted, not timed: a big plan is read a bounded number of times per change, and the
  // folding renders the comment O(log n) times per stage, never once per job.
  it('renders a large plan reading each change a bounded number of times', () => {
    const reads = (jobs: number) => {
      const plan = bigPlan(jobs, 200);
      const n = { reads: 0 };
      const counted = plan.changes.map(
        (c) =>
          new Proxy(c, {
            get(t, k, r) {
              n.reads++;
              return Reflect.get(t, k, r);
            },
          }),
      );
      const md = renderPlanMarkdown({ ...plan, changes: counted }, []);
      expect(md.length).toBeLessThanOrEqual(65_536);
      expect(md).toContain(`**Plan: 0 to create, ${jobs} to upgrade, 0 to rescale, 0 to delete.**`);
      return n.reads;
    };
    const small = reads(250);
    // Four times the jobs, about four times the reads; re-reading the plan per fold would be 16.
    expect(reads(1000)).toBeLessThanOrEqual(5 * small);
  });

  it('finds how much to fold with a binary search: log2(n) renders, not n', () => {
    for (const [n, want] of [
      [1000, 0],
      [1000, 1],
      [1000, 637],
      [1000, 1000],
      [5000, 4999],
    ] as const) {
      let renders = 0;
      const k = smallest(n, (x) => {
        renders++;
        return x >= want;
      });
      expect(k).toBe(want);
      expect(renders).toBeLessThanOrEqual(Math.ceil(Math.log2(n + 1)));
    }
  });
});
