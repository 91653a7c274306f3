/**
 * Golden files for every renderer. `UPDATE_GOLDEN=1 npx vitest run test/render-golden`
 * rewrites them; otherwise a difference fails with a line diff (escape codes shown as ␛).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics';
import type { Plan } from '../src/plan/model';
import { renderPlanJson, renderPlanMarkdown, renderPlanTerminal } from '../src/render';
import { planWithEveryAction as enginePlanWithEveryAction } from './plan-every-action';
import {
  offlinePlan,
  planWithDiagnostics,
  planWithEveryAction,
  planWithNoChanges,
  VALIDATION_DIAGNOSTICS,
} from './render-fixtures';

const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function visible(text: string): string {
  return text.split('\u001b').join('␛');
}

function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `missing golden file test/golden/${file}; run UPDATE_GOLDEN=1 npx vitest run test/render-golden`,
    );
  }
  const expected = readFileSync(path, 'utf8');
  expect(
    visible(actual),
    `test/golden/${file} differs from the rendering; if the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/render-golden`,
  ).toBe(visible(expected));
}

const cases: { name: string; plan: () => Plan; diagnostics: Diagnostic[] }[] = [
  { name: 'plan-every-action', plan: planWithEveryAction, diagnostics: [] },
  // The same, produced by the real diff engine (its fixture, test/plan-fixtures.ts).
  { name: 'plan-every-action-engine', plan: enginePlanWithEveryAction, diagnostics: [] },
  { name: 'plan-no-changes', plan: planWithNoChanges, diagnostics: [] },
  { name: 'plan-offline', plan: offlinePlan, diagnostics: [] },
  { name: 'plan-diagnostics', plan: planWithDiagnostics, diagnostics: VALIDATION_DIAGNOSTICS },
];

describe.each(cases)('$name', ({ name, plan, diagnostics }) => {
  it('terminal, colours off', () => {
    expectGolden(`${name}.terminal.txt`, renderPlanTerminal(plan(), { color: false, diagnostics }));
  });

  it('terminal, colours on', () => {
    expectGolden(`${name}.ansi.txt`, renderPlanTerminal(plan(), { color: true, diagnostics }));
  });

  it('markdown', () => {
    expectGolden(`${name}.md`, renderPlanMarkdown(plan(), diagnostics));
  });

  it('json', () => {
    expectGolden(`${name}.json`, renderPlanJson(plan()));
  });
});

describe('plan-every-action, verbose', () => {
  it('terminal shows the SQL diffs and unchanged jobs', () => {
    expectGolden(
      'plan-every-action.verbose.terminal.txt',
      renderPlanTerminal(planWithEveryAction(), { color: false, verbose: true }),
    );
  });

  it('terminal colours the SQL diffs', () => {
    expectGolden(
      'plan-every-action.verbose.ansi.txt',
      renderPlanTerminal(planWithEveryAction(), { color: true, verbose: true }),
    );
  });
});
