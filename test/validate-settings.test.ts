/**
 * Values Flink would reject only at submission are found by validate, located in the user's
 * file: a parallelism above maxParallelism, an option of duration type that does not parse.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';
import { isFlinkDuration } from '../src/validate/settings-rules';
import { cli } from './support/cli';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-settings-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('parallelism and maxParallelism', () => {
  it('parallelism 300 over maxParallelism 256 fails validate and compile, located at parallelism', async () => {
    writeFileSync(join(repo, 'jobs/totals.yaml'), 'parallelism: 300\nmaxParallelism: 256\n');
    const v = await cli(['validate', '--dir', repo]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(
      'jobs/totals.yaml:1:14: error FO258: Job totals has parallelism 300, above its maxParallelism 256',
    );
    const c = await cli(['compile', '--dir', repo, '--env', 'dev']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('FO258');
  });

  it('an environment override that raises parallelism above the job maxParallelism points at the override', async () => {
    writeFileSync(join(repo, 'jobs/totals.yaml'), 'parallelism: 2\nmaxParallelism: 128\n');
    appendFileSync(join(repo, 'flinkops.yaml'), '    jobs:\n      totals:\n        parallelism: 200\n');
    const v = await cli(['validate', '--dir', repo]);
    expect(v.stderr).toMatch(
      /flinkops\.yaml:\d+:22: error FO258: Job totals has parallelism 200, above its maxParallelism 128/,
    );
  });

  it('equal values are fine', async () => {
    writeFileSync(join(repo, 'jobs/totals.yaml'), 'parallelism: 128\nmaxParallelism: 128\n');
    expect((await cli(['validate', '--dir', repo])).code).toBe(0);
  });
});

describe('flinkVersion written as a number', () => {
  it.each([
    ['1.20', 'read as the number 1.2: quote it', ', dropping the trailing zero'],
    ['1.18', 'read as the number 1.18: quote it', ''],
  ])('flinkVersion: %s says to quote it', async (v, summary, dropped) => {
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      `project: shop\nflinkVersion: ${v}\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n`,
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.stderr).toContain(`flinkops.yaml:2:15: error FO203: flinkVersion ${v} is ${summary}`);
    expect(r.stderr).toContain(`as a number${dropped}; versions are text. Write flinkVersion: "${v}".`);
  });
});

describe('duration options', () => {
  it('"thirty seconds" for the checkpoint interval is a located error', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.yaml'),
      'parallelism: 2\nconfig:\n  execution.checkpointing.interval: thirty seconds\n',
    );
    const v = await cli(['validate', '--dir', repo]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(
      'jobs/totals.yaml:3:37: error FO264: "thirty seconds" is not a duration (option execution.checkpointing.interval)',
    );
  });

  it.each([
    ['30 s', true],
    ['30s', true],
    ['500', true],
    ['5 min', true],
    ['1h', true],
    ['7 d', true],
    ['thirty seconds', false],
    ['30 sec 5', false],
    ['1.5 h', false],
    ['5 weeks', false],
  ])('%s → %s', (text, ok) => {
    expect(isFlinkDuration(text)).toBe(ok);
  });
});

describe('boolean options', () => {
  it('yes for mini-batch (text in YAML 1.2, refused by Flink) is a located error that says true', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.yaml'),
      'parallelism: 2\nconfig:\n  table.exec.mini-batch.enabled: yes\n  pipeline.object-reuse: "TRUE"\n',
    );
    const v = await cli(['validate', '--dir', repo]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(
      'jobs/totals.yaml:3:34: error FO264: "yes" is not true or false (option table.exec.mini-batch.enabled)',
    );
    expect(v.stderr).toContain('write true (YAML reads an unquoted yes, on or off as text)');
    expect(v.stderr).not.toContain('pipeline.object-reuse');
  });

  it("SET 'pipeline.object-reuse' = 'on' in a job script is refused too", async () => {
    writeFileSync(
      join(repo, 'jobs/totals.sql'),
      `SET 'pipeline.object-reuse' = 'on';\n${readFileSync(join(ROOT, 'test/fixtures/repos/valid/jobs/totals.sql'), 'utf8')}`,
    );
    const v = await cli(['validate', '--dir', repo]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(
      'jobs/totals.sql:1:1: error FO264: "on" is not true or false (option pipeline.object-reuse)',
    );
  });
});

describe('state backend and other named-value options', () => {
  it('a misspelt state backend or enum value is a located error naming the values (real 1.20.3: ClassNotFoundException: rocksdbb at apply)', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.yaml'),
      [
        'parallelism: 2',
        'config:',
        '  state.backend.type: rocksdbb',
        '  execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCEL',
        '  execution.checkpointing.mode: EXACTLY-ONCE',
        '  state.backend.rocksdb.predefined-options: SPINNING_DISK',
        '  execution.checkpointing.num-retained: two',
        '',
      ].join('\n'),
    );
    const v = await cli(['validate', '--dir', repo]);
    expect(v.code).toBe(1);
    expect(v.stderr).toContain(
      'jobs/totals.yaml:3:23: error FO264: "rocksdbb" is not a state backend (option state.backend.type)',
    );
    expect(v.stderr).toContain('did you mean rocksdb?');
    expect(v.stderr).toContain(
      'error FO264: "RETAIN_ON_CANCEL" is not a value of option execution.checkpointing.externalized-checkpoint-retention',
    );
    expect(v.stderr).toContain(
      'it takes RETAIN_ON_CANCELLATION, DELETE_ON_CANCELLATION, NO_EXTERNALIZED_CHECKPOINTS',
    );
    expect(v.stderr).toContain('did you mean EXACTLY_ONCE?');
    expect(v.stderr).toContain(
      '"SPINNING_DISK" is not a value of option state.backend.rocksdb.predefined-options',
    );
    expect(v.stderr).toContain('"two" is not a whole number (option execution.checkpointing.num-retained)');
  });

  it('names Flink reads without case, legacy names and factory class names pass', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.yaml'),
      [
        'parallelism: 2',
        'config:',
        '  state.backend.type: RocksDB',
        '  state.backend: org.example.MyStateBackendFactory',
        '  execution.checkpointing.mode: exactly_once',
        '  execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION',
        '  state.backend.rocksdb.timer-service.factory: heap',
        '',
      ].join('\n'),
    );
    const v = await cli(['validate', '--dir', repo]);
    expect(v.stderr).not.toContain('FO264');
    expect(v.code).toBe(0);
  });
});

describe('schema rules in plain words', () => {
  it('says what a value must be, not how the schema checks it, and names list items as a path does', async () => {
    writeFileSync(
      join(repo, 'tables/order_totals.yaml'),
      'kind: sink\nconnector: print\ncolumns:\n  - name: customer_id\n    type: ""\n',
    );
    writeFileSync(
      join(repo, 'flinkops.yaml'),
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: ftp://jm:8081\n    sqlGatewayUrl: http://b\n',
    );
    const r = await cli(['validate', '--dir', repo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'tables/order_totals.yaml:5:11: error FO203: columns[0].type must not be empty\n',
    );
    expect(r.stderr).toContain('Write the value, or remove the key where it is optional.');
    expect(r.stderr).toContain(
      'flinkops.yaml:5:20: error FO203: environments.dev.jobmanagerUrl is not a usable URL: it does not start with http:// or https://',
    );
    expect(r.stderr).toContain('e.g. http://flink-jobmanager:8081');
    expect(r.stderr).not.toMatch(/must NOT|must match pattern|\.\[\d/);
  });
});

describe('an environment name in another case', () => {
  it('says the lower-case name to use, and that it is taken when another environment has it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-env-case-'));
    try {
      cpSync(join(import.meta.dirname, 'fixtures/repos/valid'), dir, { recursive: true });
      const env = (name: string) => `  ${name}:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n`;
      writeFileSync(
        join(dir, 'flinkops.yaml'),
        `project: shop\nflinkVersion: "1.20"\nenvironments:\n${env('dev')}${env('Dev')}${env('Prod')}`,
      );
      const diags = loadAndValidate(dir, { envVars: {} }).diags;
      expect(diags.map((d) => `${d.code} ${formatLocation(d.range)} ${d.summary}`)).toEqual([
        'FO203 flinkops.yaml:7:3 Invalid key "Dev" in environments',
        'FO203 flinkops.yaml:10:3 Invalid key "Prod" in environments',
      ]);
      expect(diags[0]!.detail).toContain(
        'Rename it to dev, which environments has already: merge the two into dev',
      );
      expect(diags[1]!.detail).toMatch(/Rename it to prod\.$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Real 2.2.0: a job with state.changelog.enabled: true ran on a changelog storage of 'memory'
// (`"changelog_storage": "memory"`), also when its own config set filesystem and a base path:
// Flink reads the storage from the TaskManagers' configuration only. Nothing said so.
describe('the changelog state backend and its storage (FO686)', () => {
  const yaml = (more: string[]) =>
    writeFileSync(
      join(repo, 'jobs/totals.yaml'),
      ['parallelism: 2', 'config:', '  state.changelog.enabled: true', ...more, ''].join('\n'),
    );

  it('warns at state.changelog.enabled that the storage is memory unless the cluster sets filesystem', async () => {
    yaml([]);
    const v = await cli(['validate', '--dir', repo]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stderr).toContain(
      "jobs/totals.yaml:3:28: warning FO686: Job totals enables the changelog state backend: its changes are kept in memory unless the TaskManagers' configuration sets state.changelog.storage: filesystem",
    );
    expect(v.stderr).toContain(
      'Set state.changelog.storage: filesystem and state.changelog.dstl.dfs.base-path: <a durable folder, e.g. s3://bucket/changelog> in the cluster',
    );
    // Real 2.2.0: restored in NO_CLAIM mode, such a job failed every checkpoint; flinkops restores it in LEGACY.
    expect(v.stderr).toContain(
      'An upgrade, resume or rollback restores such a job in LEGACY claim mode, not NO_CLAIM',
    );
  });

  it("says the storage set in the job's config is ignored", async () => {
    yaml([
      '  state.changelog.storage: filesystem',
      '  state.changelog.dstl.dfs.base-path: s3://bucket/changelog',
    ]);
    expect((await cli(['validate', '--dir', repo])).stderr).toContain(
      "warning FO686: Job totals enables the changelog state backend with state.changelog.storage and state.changelog.dstl.dfs.base-path in the job's config, which Flink ignores",
    );
  });

  it('says nothing of a job without the changelog', async () => {
    writeFileSync(
      join(repo, 'jobs/totals.yaml'),
      'parallelism: 2\nconfig:\n  state.changelog.enabled: false\n',
    );
    expect((await cli(['validate', '--dir', repo])).stderr).not.toContain('FO686');
  });
});
