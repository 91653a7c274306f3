/**
 * plan runs each job it would start in a throwaway gateway session, opened with the script's
 * leading SETs as its properties. Flink checks a SET's value when the SET runs but takes any
 * property when a session opens: a value it cannot parse must still be reported as the setting,
 * in Flink's own words, not as the table DDL that happens to run next.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BLACKHOLE_SINK, EVENTS_SOURCE, jobYaml } from './fixtures';
import { flinkops, jobsOf, makeRepo } from './support';

const repo = makeRepo('explain', {
  'tables/events.yaml': EVENTS_SOURCE,
  'tables/sink.yaml': BLACKHOLE_SINK('  - { name: k, type: INT }'),
  'jobs/copy_keys.sql': 'INSERT INTO sink\nSELECT k FROM events;\n',
  'jobs/copy_keys.yaml': jobYaml([
    'parallelism: 1',
    'config:',
    '  execution.checkpointing.mode: EXACTLY_TWICE',
    '  table.exec.state.ttl: 1 h',
  ]),
});
afterAll(() => repo.cleanup());

describe("plan checks a job's settings with Flink's planner", () => {
  it('reports a setting Flink cannot parse at the job, with the reason Flink gives', async () => {
    const r = await flinkops(repo, ['plan', '--env', 'local']);
    expect(r.code, r.out).toBe(1);
    const line = r.out.split('\n').find((l) => l.includes('FO630'));
    expect(line, r.out).toBeDefined();
    // Flink's answer names the option's type and the values it takes; plan names the setting.
    expect(line).toContain('Failed to set key execution.checkpointing.mode with value EXACTLY_TWICE');
    expect(r.out).toMatch(/CheckpointingMode/);
    expect(r.out).toMatch(/EXACTLY_ONCE/);
    // The job's file, not the table whose DDL ran after the bad setting.
    expect(line).toMatch(/^jobs\/copy_keys\.sql:/);
    expect(r.out).not.toMatch(/rejects the DDL of/);
  });

  it('with the setting fixed, the planner accepts the job and nothing is submitted', async () => {
    repo.write({
      'jobs/copy_keys.yaml': jobYaml([
        'parallelism: 1',
        'config:',
        '  execution.checkpointing.mode: AT_LEAST_ONCE',
        '  table.exec.state.ttl: 1 h',
      ]),
    });
    const r = await flinkops(repo, ['plan', '--env', 'local', '--detailed-exitcode']);
    expect(r.code, r.out).toBe(2);
    expect(r.out).not.toMatch(/FO63[01]/);
    expect(await jobsOf(repo, 'copy_keys')).toEqual([]);
  });
});
