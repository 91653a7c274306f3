/**
 * Flink ignores a configuration key it does not know: a misspelt checkpoint interval leaves the
 * job without checkpoints and nobody is told. Validate warns at the key, wherever it is set.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-option-typos-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('misspelt Flink options', () => {
  it('warns at the key in a job config, defaults, an environment and a SET line', async () => {
    writeFileSync(join(repo, 'jobs/totals.yaml'), 'config:\n  execution.checkpointing.intervall: 10 s\n');
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      'project: shop\nflinkVersion: "1.20"\ndefaults:\n  config: { table.exec.mini-batch.enable: true }\nenvironments:\n  dev:\n    jobmanagerUrl: http://localhost:8081\n    sqlGatewayUrl: http://localhost:8083\n    config:\n      state.backend.typ: rocksdb\n',
    );
    writeFileSync(
      join(repo, 'jobs/totals.sql'),
      "SET 'table.exec.state.tll' = '1 d';\nINSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY customer_id;\n",
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'jobs/totals.yaml:2:3: warning FO271: Unknown Flink option "execution.checkpointing.intervall": did you mean "execution.checkpointing.interval"?',
    );
    expect(r.stderr).toContain('Flink ignores an option it does not know, so this one has no effect.');
    expect(r.stderr).toContain(
      'flinkops.yaml:4:13: warning FO271: Unknown Flink option "table.exec.mini-batch.enable": did you mean "table.exec.mini-batch.enabled"?',
    );
    expect(r.stderr).toContain(
      'flinkops.yaml:10:7: warning FO271: Unknown Flink option "state.backend.typ": did you mean "state.backend.type"?',
    );
    expect(r.stderr).toContain(
      'jobs/totals.sql:1:1: warning FO271: Unknown Flink option "table.exec.state.tll": did you mean "table.exec.state.ttl"?',
    );
  });

  it('passes well-known and unknown options alike when no known one is one or two letters away', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.yaml'),
      'config:\n  execution.checkpointing.interval: 10 s\n  execution.checkpointing.unaligned.enabled: true\n  state.backend.type: rocksdb\n  state.backend: rocksdb\n  restart-strategy.type: fixed-delay\n  restart-strategy: fixed-delay\n  table.exec.mini-batch.enabled: true\n  my.plugin.setting: x\n  taskmanager.numberOfTaskSlots: "2"\n',
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('FO271');
  });
});
