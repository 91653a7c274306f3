/**
 * `npm run flink:kafka -- topics|produce|count`: the local stack's broker creates no topic on
 * first use (auto.create.topics.enable=false) and flink:up creates example-repo's topics only, so
 * a repository of one's own needs its topics created, and records to read, before its jobs run.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './ops-cli';

function kafka(args: string[], env: Record<string, string | undefined>) {
  try {
    const stdout = execFileSync(process.execPath, [join(ROOT, 'scripts/flink/kafka-cli.mjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, FLINKOPS_KAFKA_BROKERS: undefined, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, stdout: x.stdout, stderr: x.stderr };
  }
}

it('--help prints the commands and exits 0', () => {
  const r = kafka(['--help'], {});
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('topics NAME[:PARTITIONS]...');
  expect(r.stdout).toContain('produce TOPIC');
  expect(r.stdout).toContain('count TOPIC');
});

it('says where the broker comes from when none is given, before starting any JVM', () => {
  const r = kafka(['topics', 'orders:2'], {});
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('flink:kafka: no broker: pass --brokers HOST:PORT');
  expect(r.stderr).toContain('FLINKOPS_KAFKA_BROKERS');
});

it('refuses an unknown command and a produce without its topic, with the usage', () => {
  for (const args of [['frob'], ['produce'], ['count', 'a', 'b']]) {
    const r = kafka(args, { FLINKOPS_KAFKA_BROKERS: '127.0.0.1:1' });
    expect(r.code, args.join(' ')).toBe(1);
    expect(r.stderr, args.join(' ')).toContain('usage: npm run -s flink:kafka -- COMMAND');
  }
});
