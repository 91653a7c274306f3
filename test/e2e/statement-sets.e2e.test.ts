/**
 * Both statement-set forms (EXECUTE STATEMENT SET BEGIN … END; and the SQL client's
 * BEGIN STATEMENT SET; … END;) each run as one Flink job writing to both sinks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BLACKHOLE_SINK, SLOW_EVENTS } from './fixtures';
import { apply, flinkops, jobsOf, makeRepo, rest } from './support';

const SINK = BLACKHOLE_SINK(['  - { name: id, type: BIGINT }', '  - { name: x, type: INT }'].join('\n'));

const repo = makeRepo('stmtsets', {
  'tables/events.yaml': SLOW_EVENTS,
  'tables/keys_out.yaml': SINK,
  'tables/values_out.yaml': SINK,
  'jobs/execute_form.sql': [
    'EXECUTE STATEMENT SET BEGIN',
    'INSERT INTO keys_out SELECT id, k FROM events;',
    'INSERT INTO values_out SELECT id, v FROM events;',
    'END;',
    '',
  ].join('\n'),
  'jobs/client_form.sql': [
    'BEGIN STATEMENT SET;',
    'INSERT INTO keys_out SELECT id, k FROM events;',
    'INSERT INTO values_out SELECT id, v FROM events;',
    'END;',
    '',
  ].join('\n'),
});
afterAll(() => repo.cleanup());

describe('statement sets', () => {
  it('runs each form as one job with both sinks, and then plans no changes', async () => {
    const r = await apply(repo);
    expect(r.code, r.out).toBe(0);
    for (const job of ['execute_form', 'client_form']) {
      const jobs = await jobsOf(repo, job);
      expect(jobs.map((j) => j.state)).toEqual(['RUNNING']);
      const d = await rest<{ vertices: { name: string }[] }>(repo.cluster, `/jobs/${jobs[0]!.jid}`);
      const names = d.vertices.map((v) => v.name).join(' | ');
      expect(names).toMatch(/keys_out/);
      expect(names).toMatch(/values_out/);
    }
    const plan = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out).toBe(0);
    expect(plan.stdout).toContain('No changes');
  });
});
