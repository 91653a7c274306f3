import { describe, expect, it } from 'vitest';
import { parseInputs } from '../action/inputs';
import { parseDurationMs } from '../src/core/duration';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  it('defaults', () => {
    const { options, errors } = parseInputs(reader({}));
    expect(errors).toEqual([]);
    expect(options).toMatchObject({
      command: 'auto',
      workingDirectory: '.',
      environments: [],
      allowDelete: false,
      stateBackend: 'git',
      stateBranch: 'flinkops-state',
      parallelism: 4,
      comment: true,
      healthGraceMs: 30_000,
      flinkHeaders: {},
      alerts: true,
    });
    expect(options?.now).toBeUndefined();
    expect(options?.alertWebhook).toBeUndefined();
  });

  it('parses every input', () => {
    const { options } = parseInputs(
      reader({
        command: 'Apply',
        'working-directory': './platform/flink/',
        environment: 'prod',
        'jobmanager-url': 'https://jm:8081',
        'sql-gateway-url': 'https://gw:8083',
        'flink-token': 'tok',
        'flink-headers': 'X-Tenant: rides\nX-Api-Key: abc:def',
        'github-token': 'ghs_x',
        'allow-delete': 'true',
        'state-backend': 'file',
        'state-branch': 'ops/state',
        parallelism: '8',
        comment: 'off',
        'health-grace': '2min',
      }),
    );
    expect(options).toMatchObject({
      command: 'apply',
      workingDirectory: 'platform/flink',
      environments: ['prod'],
      jobmanagerUrl: 'https://jm:8081',
      flinkToken: 'tok',
      flinkHeaders: { 'X-Tenant': 'rides', 'X-Api-Key': 'abc:def' },
      allowDelete: true,
      stateBackend: 'file',
      stateBranch: 'ops/state',
      parallelism: 8,
      comment: false,
      healthGraceMs: 120_000,
    });
    expect(parseInputs(reader({ 'flink-headers': '{"X-A":"1"}' })).options?.flinkHeaders).toEqual({
      'X-A': '1',
    });
    expect(parseInputs(reader({ environment: 'staging, prod' })).options?.environments).toEqual([
      'staging',
      'prod',
    ]);
  });

  it('reports every bad value at once, naming the input, never echoing a header line', () => {
    const { options, errors } = parseInputs(
      reader({
        command: 'destroy',
        'working-directory': '../elsewhere',
        environment: 'Prod',
        'jobmanager-url': 'flink:8081',
        'flink-headers': 'Authorization Bearer sekrit-value',
        'allow-delete': 'maybe',
        'state-backend': 's3',
        parallelism: '0',
        'health-grace': 'soon',
        now: '2026-01-05 19:00',
        alerts: 'sometimes',
        'alert-webhook': 'hooks.example.com/T0/s3cr3t-hook',
      }),
    );
    expect(options).toBeUndefined();
    const text = errors.join('\n');
    for (const name of [
      'command',
      'working-directory',
      'environment',
      'jobmanager-url',
      'flink-headers',
      'allow-delete',
      'state-backend',
      'parallelism',
      'health-grace',
      'now',
      'alerts',
      'alert-webhook',
    ])
      expect(text).toContain(`'${name}'`);
    expect(text).not.toContain('sekrit-value');
    expect(text).not.toContain('s3cr3t-hook');
  });

  it('operate: the command, the instant, alerts and the webhook', () => {
    const { options, errors } = parseInputs(
      reader({
        command: 'operate',
        now: '2026-01-05T20:30:00+01:00',
        alerts: 'off',
        'alert-webhook': 'https://hooks.example.com/services/T0/B0/xyz',
      }),
    );
    expect(errors).toEqual([]);
    expect(options).toMatchObject({
      command: 'operate',
      now: '2026-01-05T19:30:00.000Z',
      alerts: false,
      alertWebhook: 'https://hooks.example.com/services/T0/B0/xyz',
    });
  });

  it('needs exactly one environment to override endpoints', () => {
    const several = { 'jobmanager-url': 'http://jm:8081', environment: 'staging prod' };
    expect(parseInputs(reader(several)).errors[0]).toContain('exactly one');
    // None named: the run checks that flinkops.yaml has only one (test/action-url-inputs.test.ts).
    expect(parseInputs(reader({ 'jobmanager-url': 'http://jm:8081' })).errors).toEqual([]);
  });

  it('durations', () => {
    expect(parseDurationMs('500ms')).toBe(500);
    expect(parseDurationMs('30', 's')).toBe(30_000);
    expect(parseDurationMs('1h')).toBe(3_600_000);
    expect(parseDurationMs('x')).toBeUndefined();
  });
});
