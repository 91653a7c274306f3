/**
 * A process table function in the simulator (Flink 2.1+), held to real 2.2.0: a per-key counter
 * PTF (`uid => 'cnt1'`, set semantics) ran there as vertex e016e0a2… (murmur3 of its uid) after the
 * source's bc764cd8…, and an upgrade to `uid => 'cnt2'` failed its restore ("Cannot map
 * checkpoint/savepoint state for operator … to the new program").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../src/sim/index';
import { hex, SimDriver } from './contract/sim-driver';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const counting = (uid: string) =>
  `INSERT INTO counted SELECT k, seen FROM counter(input => TABLE events PARTITION BY k, uid => '${uid}')`;

async function start() {
  sim = await startSimulator({ flinkVersion: '2.2', timing: { startMs: 1000, savepointMs: 500 } });
  const d = new SimDriver(sim, '/v2');
  for (const ddl of [
    "CREATE TEMPORARY FUNCTION counter AS 'e2e.ptf.Counter' USING JAR 'file:///tmp/udfs.jar'",
    "CREATE TABLE events (id BIGINT, k INT, v INT) WITH ('connector' = 'datagen')",
    "CREATE TABLE counted (k INT, seen BIGINT) WITH ('connector' = 'blackhole')",
  ])
    await d.sql(ddl);
  return d;
}

describe('a process table function in the simulator', () => {
  it('runs with the vertex ids real 2.2.0 gave it: the PTF is keyed, and named by its uid', async () => {
    const d = await start();
    const r = await d.sql(counting('cnt1'), { 'parallelism.default': '1' });
    sim!.control.advance(1500);
    const vertices = (await d.jm('GET', `/jobs/${r.jobId}`)).body.vertices;
    expect(vertices.map((v: { id: string }) => v.id)).toEqual([
      'bc764cd8ddf7a0cff126f51c16239658',
      'e016e0a21bc3e6c7c9730d8efc624280',
    ]);
  });

  it('fails the restore when the uid changes, as real 2.2.0 did, and restores under the same uid', async () => {
    const d = await start();
    const old = await d.sql(counting('cnt1'), { 'parallelism.default': '1' });
    sim!.control.advance(1500);
    await d.jm('POST', `/jobs/${old.jobId}/stop`, { triggerId: hex('7') });
    sim!.control.advance(600);
    const savepoint = (await d.jm('GET', `/jobs/${old.jobId}/savepoints/${hex('7')}`)).body.operation
      .location;
    const from = { 'parallelism.default': '1', 'execution.savepoint.path': savepoint };
    const renamed = await d.sql(counting('cnt2'), from);
    sim!.control.advance(2500);
    const jid = renamed.status === 'ERROR' ? (await d.refused(renamed)).jobId : renamed.jobId!;
    expect((await d.jm('GET', `/jobs/${jid}`)).body.state).toBe('FAILED');
    const exceptions = (await d.jm('GET', `/jobs/${jid}/exceptions`)).body;
    const traces = [
      String(exceptions['root-exception'] ?? ''),
      ...exceptions.exceptionHistory.entries.map((e: { stacktrace: string }) => e.stacktrace),
    ].join('\n');
    expect(traces).toContain('Cannot map checkpoint/savepoint state for operator');
    const same = await d.sql(counting('cnt1'), from);
    sim!.control.advance(2500);
    expect((await d.jm('GET', `/jobs/${same.jobId}`)).body.state).toBe('RUNNING');
  });
});
