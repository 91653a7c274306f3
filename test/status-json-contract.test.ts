/**
 * `status --check --json`, the form a cron job or CI step parses. On real Flink 2.2 an alert that
 * did not reach its channel (FO661) showed in the text output but vanished from the JSON (only
 * errors were carried), so a JSON consumer never learnt its page was lost; and the README named
 * only a few of the fields. Every field printed is documented, and warnings are carried.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simRepo } from './support/sim-repo';

const t = simRepo({ startMs: 50, savepointMs: 20, checkpointMs: 50, restartLoopMs: 100 });
const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** Every key of a JSON value, at any depth. */
function keys(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keys(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      keys(x, out);
    }
  return out;
}

describe('status --check --json', () => {
  it('carries warnings (an alert not delivered) and documents every field', async () => {
    const state = join(t.base, 'state.json');
    appendFileSync(
      join(t.repo, 'flinkops.yaml'),
      [
        '    alerts:',
        '      - { type: webhook, url: "http://127.0.0.1:9/hook" }',
        'defaults:',
        '  health:',
        '    maxRestarts: 0',
        '',
      ].join('\n'),
    );
    expect((await t.apply(state, '--health-grace', '0s', '--checkpoint-wait', '0')).code).toBe(0);
    await new Promise((res) => setTimeout(res, 300));
    const healthy = await t.run(['status', '--check', '--json'], state);
    t.sim.control.faults.jobRestartLoop = true;
    await new Promise((res) => setTimeout(res, 300));

    const r = await t.run(['status', '--check', '--json', '--alert'], state);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.health.healthy).toBe(false);
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toContain('FO661');
    expect(r.stdout).not.toContain('127.0.0.1:9');

    const missing = [...keys(JSON.parse(healthy.stdout)), ...keys(out)].filter(
      (k) => !README.includes(`\`${k}\``),
    );
    expect([...new Set(missing)]).toEqual([]);
  }, 30_000);
});
