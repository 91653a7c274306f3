/**
 * Flink 2.3 refuses an INSERT into an upsert sink whose primary key is not the query's upsert key
 * unless the INSERT says ON CONFLICT (`table.exec.sink.require-on-conflict`, on by default).
 * example-repo's city_ride_stats is such a job: a TUMBLE window aggregate (insert-only, no upsert
 * key) into upsert-kafka keyed by (city_id, window_start, window_end). Real 2.3 answered its
 * EXPLAIN with the ValidationException below; the simulator of 2.3 must too, and 2.2 must not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPlan } from '../src/engine/plan-run';
import { createFlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import { MemoryStateStore } from '../src/state/memory-store';
import { projectCopy, ROOT } from './ops-cli';

const EXAMPLE = join(ROOT, 'example-repo');
const JOB = 'jobs/city_ride_stats.sql';
const jobText = readFileSync(join(EXAMPLE, JOB), 'utf8');
const yamlText = readFileSync(join(EXAMPLE, 'flinkops.yaml'), 'utf8');

const sims: Simulator[] = [];
afterAll(async () => {
  for (const s of sims) await s.close();
});

/** example-repo declaring `version`, with the given files replaced; planned with EXPLAIN against a simulator of it. */
async function plan(version: '2.2' | '2.3', files: Record<string, string> = {}) {
  const sim = await startSimulator({ flinkVersion: version });
  sims.push(sim);
  const dir = projectCopy(EXAMPLE, {
    'flinkops.yaml': yamlText.replace(/flinkVersion: "[^"]+"/, `flinkVersion: "${version}"`),
    ...files,
  });
  const run = await runPlan({
    dir,
    env: 'staging',
    envVars: {},
    secrets: {},
    offline: false,
    allowDelete: false,
    explain: true,
    now: '2026-01-05T09:00:00Z',
    endpoints: { jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl },
    store: (project, env) => new MemoryStateStore({ project, env }),
    client: (e) => createFlinkClient({ jobmanagerUrl: e.jobmanagerUrl, sqlGatewayUrl: e.sqlGatewayUrl }),
  });
  await run.client?.close();
  return run.diags.filter((d) => d.severity === 'error');
}

describe('an INSERT into an upsert sink keyed otherwise than the query (Flink 2.3: ON CONFLICT required)', () => {
  it('2.3 rejects the window aggregate into upsert-kafka at the INSERT, naming the sink, its key and ON CONFLICT', async () => {
    const errors = await plan('2.3');
    expect(errors).toHaveLength(1);
    const insertLine = jobText.split('\n').findIndex((l) => l.startsWith('INSERT INTO')) + 1;
    expect(errors[0]).toMatchObject({
      code: 'FO630',
      range: { file: JOB, start: { line: insertLine, column: 1 } },
    });
    expect(errors[0]!.summary).toContain(
      "Flink's planner rejects job city_ride_stats: The query has an upsert key that differs from the primary key of the sink table 'default_catalog.default_database.city_ride_stats'. Primary key: [city_id, window_start, window_end], upsert key: .",
    );
    expect(errors[0]!.summary).toContain('Please specify an ON CONFLICT clause');
    // How to fix it, in flinkops' terms: the clause (and the flinkVersion that parses it), or the switch.
    expect(errors[0]!.detail).toContain('ON CONFLICT DO DEDUPLICATE');
    expect(errors[0]!.detail).toContain('flinkVersion "2.3"');
    expect(errors[0]!.detail).toContain("table.exec.sink.require-on-conflict: 'false'");
    expect(errors[0]!.detail).not.toContain('Fix the statement before applying.');
  });

  it('2.3 takes it with ON CONFLICT DO DEDUPLICATE', async () => {
    const withClause = jobText.replace(
      /GROUP BY city_id, window_start, window_end;/,
      'GROUP BY city_id, window_start, window_end\nON CONFLICT DO DEDUPLICATE;',
    );
    expect(withClause).not.toBe(jobText);
    expect(await plan('2.3', { [JOB]: withClause })).toEqual([]);
  });

  it('2.3 takes it with table.exec.sink.require-on-conflict: false', async () => {
    const yaml = readFileSync(join(EXAMPLE, 'jobs/city_ride_stats.yaml'), 'utf8');
    const off = yaml.includes('config:')
      ? yaml.replace(/config:\n/, "config:\n  table.exec.sink.require-on-conflict: 'false'\n")
      : `${yaml}config:\n  table.exec.sink.require-on-conflict: 'false'\n`;
    expect(await plan('2.3', { 'jobs/city_ride_stats.yaml': off })).toEqual([]);
  });

  it("the README's walkthrough on a real Flink names the edits 2.3 needs, and with them 2.3 plans example-repo", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('<!-- real-stack -->'),
      readme.indexOf('<!-- /real-stack -->'),
    );
    expect(section).toContain('flinkVersion: "2.3"');
    const line = /`(table\.exec\.sink\.require-on-conflict: '[^']+')`/.exec(section)?.[1];
    expect(line).toBeDefined();
    const yaml = readFileSync(join(EXAMPLE, 'jobs/city_ride_stats.yaml'), 'utf8');
    expect(
      await plan('2.3', { 'jobs/city_ride_stats.yaml': yaml.replace('config:\n', `config:\n  ${line}\n`) }),
    ).toEqual([]);
  });

  it('2.2 takes it as it is', async () => {
    expect(await plan('2.2')).toEqual([]);
  });
});
