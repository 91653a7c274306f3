/**
 * `scripts/flink/distribution.mjs`: the Flink lines `npm run flink:up -- --flink-version X` can
 * install. 1.20 stays the default; 2.3 installs 2.3.0 with its own SQL Gateway; an unknown line
 * gets one sentence naming the lines it knows.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { DEFAULT_VERSION, RELEASES, resolveRelease, UserError } from '../scripts/flink/distribution.mjs';

describe('flink:up releases', () => {
  it('keeps 1.20 the default line', () => {
    expect(DEFAULT_VERSION).toBe('1.20');
    expect(resolveRelease(DEFAULT_VERSION).release).toBe('1.20.3');
  });

  it('installs Flink 2.3.0 for --flink-version 2.3 (or 2.3.0), with the 2.3.0 SQL Gateway', () => {
    for (const asked of ['2.3', '2.3.0']) {
      const rel = resolveRelease(asked);
      expect(rel).toMatchObject({ line: '2.3', release: '2.3.0', gateway: '2.3.0' });
      // The connectors example-repo needs: Kafka, JDBC with its PostgreSQL dialect and driver, Derby.
      expect(rel.connectors.map((c: string) => c.split(':')[1])).toEqual([
        'flink-sql-connector-kafka',
        'flink-connector-jdbc-core',
        'flink-connector-jdbc-postgres',
        'postgresql',
        'derby',
      ]);
    }
  });

  it('installs 1.19.1 and 1.18.1: the newest of their lines whose SQL Gateway Maven Central serves', () => {
    expect(resolveRelease('1.19')).toMatchObject({ line: '1.19', release: '1.19.1', gateway: '1.19.1' });
    expect(resolveRelease('1.18.1')).toMatchObject({ line: '1.18', release: '1.18.1', gateway: '1.18.1' });
    // Connectors built for the line itself (a 1.20 build does not load on 1.19).
    for (const line of ['1.18', '1.19']) {
      const flinkJars = resolveRelease(line).connectors.filter((c: string) => c.includes('flink-connector'));
      expect(flinkJars.map((c: string) => c.split(':')[1])).toEqual([
        'flink-connector-kafka',
        'flink-connector-jdbc',
      ]);
      for (const c of flinkJars) expect(c.endsWith(`-${line}`)).toBe(true);
    }
  });

  it('names the lines it knows when asked for another', () => {
    expect(Object.keys(RELEASES)).toEqual(['1.18', '1.19', '1.20', '2.2', '2.3']);
    expect(() => resolveRelease('2.4')).toThrow(UserError);
    expect(() => resolveRelease('2.4')).toThrow(
      'Flink 2.4 is not one flink:up can install; known: 1.18, 1.19, 1.20, 2.2, 2.3.',
    );
  });
});
