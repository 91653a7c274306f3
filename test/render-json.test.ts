import { describe, expect, it } from 'vitest';
import type { Plan } from '../src/plan/model';
import { PLAN_FILE_CODES, parsePlanJson } from '../src/plan/plan-file';
import { renderPlanJson } from '../src/render';
import { planWithEveryAction } from './render-fixtures';

/** The same data with every object's keys reversed and the arrays reversed. */
function scrambled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrambled).reverse();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, scrambled(v)]),
    );
  }
  return value;
}

describe('renderPlanJson', () => {
  it('is the same bytes whatever order the plan was built in', () => {
    const plan = planWithEveryAction();
    const again = scrambled(plan) as Plan;
    // Causes, findings and advice keep their order: they are read top to bottom.
    again.changes.forEach((c, i) => {
      const original = plan.changes.find((o) => o.job === c.job)!;
      again.changes[i] = { ...c, causes: original.causes, compatibility: original.compatibility };
    });
    again.diagnostics = plan.diagnostics;
    expect(renderPlanJson(again)).toBe(renderPlanJson(plan));
  });

  it('puts formatVersion first, sorts changes by job, indents by 2 and ends with a newline', () => {
    const text = renderPlanJson(planWithEveryAction());
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "project": "rides",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const jobs = (JSON.parse(text) as Plan).changes.map((c) => c.job);
    expect(jobs).toEqual([...jobs].sort());
  });

  it('reads back what it wrote', () => {
    const plan = planWithEveryAction();
    const text = renderPlanJson(plan);
    const { value, diags } = parsePlanJson(text);
    expect(diags).toEqual([]);
    expect(value!.changes).toEqual(plan.changes);
    expect(renderPlanJson(value!)).toBe(text);
  });
});

describe('parsePlanJson', () => {
  const withVersion = (v: unknown) => renderPlanJson({ ...planWithEveryAction(), formatVersion: v as 1 });

  it('refuses a plan from a newer flinkops and says to upgrade', () => {
    const { value, diags } = parsePlanJson(withVersion(2), 'out/plan.json');
    expect(value).toBeUndefined();
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ code: PLAN_FILE_CODES.version, severity: 'error' });
    expect(diags[0]!.summary).toBe('out/plan.json has plan format version 2; this flinkops reads version 1');
    expect(diags[0]!.detail).toContain('Upgrade flinkops');
    expect(diags[0]!.range?.file).toBe('out/plan.json');
  });

  it.each([[0], ['1'], [null]])('refuses format version %j', (v) => {
    const { value, diags } = parsePlanJson(withVersion(v));
    expect(value).toBeUndefined();
    expect(diags[0]!.code).toBe(PLAN_FILE_CODES.version);
    expect(diags[0]!.detail).toContain('Plan again');
  });

  it('says when the file is not JSON or not a plan', () => {
    expect(parsePlanJson('{ nope').diags[0]!.summary).toMatch(/^plan\.json is not valid JSON/);
    expect(parsePlanJson('[]').diags[0]!.summary).toBe(
      'plan.json is not a flinkops plan: it has no formatVersion',
    );
    expect(parsePlanJson('{"project":"x"}').diags[0]!.code).toBe(PLAN_FILE_CODES.invalid);
  });

  it('names what is wrong in a damaged plan', () => {
    const doc = JSON.parse(renderPlanJson(planWithEveryAction())) as Record<string, unknown>;
    (doc.changes as Record<string, unknown>[])[1]!.action = 'explode';
    delete doc.stateVersion;
    const { value, diags } = parsePlanJson(JSON.stringify(doc));
    expect(value).toBeUndefined();
    expect(diags[0]!.summary).toContain('stateVersion must be an integer');
    expect(diags[0]!.summary).toContain('changes[1].action must be one of create, upgrade');
  });
});

describe('parsePlanJson: the whole file is held to schemas/plan.schema.json', () => {
  it('locates a hand-edited change at its line and column, with every problem in the detail', () => {
    const text = renderPlanJson(planWithEveryAction());
    const doc = JSON.parse(text) as { changes: Record<string, unknown>[] };
    const i = doc.changes.findIndex((c) => c.action === 'upgrade');
    delete doc.changes[i]!.to;
    doc.changes[i]!.strategy = 'fast';
    const edited = `${JSON.stringify(doc, null, 2)}\n`;
    const { value, diags } = parsePlanJson(edited, 'out/plan.json');
    expect(value).toBeUndefined();
    expect(diags).toHaveLength(1);
    const d = diags[0]!;
    expect(d.code).toBe(PLAN_FILE_CODES.invalid);
    expect(d.summary).toContain(`changes[${i}].strategy must be one of savepoint, last-state, stateless`);
    expect(d.summary).toContain(`changes[${i}].to is missing`);
    // The first problem in the file is the change that lost its `to`: at its opening brace.
    const lines = edited.split('\n');
    const jobLine = lines.findIndex((l) => l.includes(`"job": "${String(doc.changes[i]!.job)}"`)) + 1;
    expect(d.range).toMatchObject({ file: 'out/plan.json', start: { line: jobLine - 1 } });
    expect(lines[jobLine - 2]!.slice(d.range!.start.column - 1)).toBe('{');
    // The strategy's value, in the detail.
    const line = lines.findIndex((l) => l.includes('"strategy": "fast"')) + 1;
    const column = lines[line - 1]!.indexOf('"fast"') + 1;
    expect(d.detail).toContain(`out/plan.json:${line}:${column}: changes[${i}].strategy must be one of`);
    expect(d.detail).toContain(`out/plan.json:${jobLine - 1}:`);
    expect(d.detail).toContain('flinkops plan --out plan.json');
  });

  it('takes an incompatible verdict with what Flink does with the savepoint (restore)', () => {
    const plan = planWithEveryAction();
    const upgrade = plan.changes.find((c) => c.action === 'upgrade')!;
    upgrade.compatibility = {
      verdict: 'incompatible',
      source: 'flink',
      restore: 'read-wrong',
      findings: ['GroupAggregate (k): its key is another column now (k → v)'],
      advice: [],
    };
    const { value, diags } = parsePlanJson(renderPlanJson(plan), 'out/plan.json');
    expect(diags).toEqual([]);
    expect(value!.changes.find((c) => c.job === upgrade.job)!.compatibility!.restore).toBe('read-wrong');
  });

  it('refuses a truncated plan with a located error', () => {
    const text = renderPlanJson(planWithEveryAction());
    const doc = JSON.parse(text) as Record<string, unknown>;
    delete doc.changes;
    delete doc.lineage;
    const { value, diags } = parsePlanJson(JSON.stringify(doc));
    expect(value).toBeUndefined();
    expect(diags[0]!.summary).toContain('changes must be an array');
    expect(diags[0]!.summary).toContain('lineage must be an object');
    expect(diags[0]!.range).toMatchObject({ file: 'plan.json', start: { line: 1, column: 1 } });
  });

  it('locates where a plan cut off mid-file stops being JSON', () => {
    const text = renderPlanJson(planWithEveryAction());
    const lines = text.split('\n');
    // Cut inside a value: the reader stops at the end of what is left.
    const cut = text.slice(0, text.indexOf('"reason"') + 12);
    const cutLines = cut.split('\n');
    const { value, diags } = parsePlanJson(cut, 'out/plan.json');
    expect(value).toBeUndefined();
    expect(diags[0]!.code).toBe(PLAN_FILE_CODES.invalid);
    expect(diags[0]!.range).toMatchObject({
      file: 'out/plan.json',
      start: { line: cutLines.length, column: cutLines.at(-1)!.length + 1 },
    });
    // Cut between two lines: the file ends too early.
    const whole = lines.slice(0, 10).join('\n');
    const early = parsePlanJson(`${whole}\n`, 'out/plan.json').diags[0]!;
    expect(early.summary).toMatch(/^out\/plan\.json is not valid JSON/);
    expect(early.range!.start).toEqual({ line: 11, column: 1 });
  });
});
