/** `history` reads as a table: aligned columns whatever the action, the action names the README lists. */
import { describe, expect, it } from 'vitest';
import { renderHistory } from '../src/cli/commands/history';
import type { HistoryAction } from '../src/state';

const row = (job: string, time: string, action: string, extra = {}) => ({
  job,
  time,
  action: action as HistoryAction,
  ...extra,
});

describe('history columns', () => {
  it('aligns every column to its widest value', () => {
    const out = renderHistory(
      [
        row('orders', '2026-01-01T10:00:00.000Z', 'create', {
          commit: 'abc123def4567890',
          jobId: 'a'.repeat(32),
        }),
        row('orders', '2026-01-01T11:00:00.000Z', 'savepoint-recovered', { savepoint: 's3://sp/1' }),
        row('daily_revenue_by_city', '2026-01-01T12:00:00.000Z', 'stable'),
      ],
      { showJob: true },
    );
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TIME {22}JOB {20}ACTION {15}DETAILS$/);
    // The action column starts at the same place on every line, and so does what follows it.
    const actionAt = lines[0]!.indexOf('ACTION');
    const detailsAt = lines[0]!.indexOf('DETAILS');
    expect(lines[1]!.slice(actionAt)).toMatch(/^create {15}commit abc123def456 · job a{32}$/);
    expect(lines[2]!.slice(actionAt, detailsAt)).toBe('savepoint-recovered  ');
    expect(lines[3]!.slice(actionAt)).toBe('stable');
  });

  it('shows what older stores wrote as "suspended" and "deleted" as the actions suspend and delete', () => {
    const out = renderHistory(
      [row('a', '2026-01-01T10:00:00.000Z', 'suspended'), row('a', '2026-01-02T10:00:00.000Z', 'deleted')],
      { showJob: false },
    );
    expect(out.split('\n').slice(1, 3)).toEqual([
      '2026-01-01T10:00:00.000Z  suspend',
      '2026-01-02T10:00:00.000Z  delete',
    ]);
  });
});
