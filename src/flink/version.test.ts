import { describe, expect, it } from 'vitest';
import { flinkDiagnostic } from './diagnostics';
import { capabilitiesOf, parseFlinkVersion, pickGatewayApiVersion } from './version';

const caps = (jm: string, gw: string[]) =>
  capabilitiesOf({
    flinkVersion: parseFlinkVersion(jm)!,
    gatewayFlinkVersion: parseFlinkVersion(jm)!,
    gatewayApiVersions: gw,
  });

describe('capabilities', () => {
  it.each([
    [
      '1.16.3',
      ['V1'],
      {
        gatewayApiVersion: 'v1',
        supportsResourceRequirements: false,
        supportsStopJobSql: false,
        executionConfigRestores: false,
        fetchReturnsJobId: false,
        supportsConfigureSession: false,
      },
    ],
    [
      '1.17.2',
      ['V1', 'V2'],
      {
        gatewayApiVersion: 'v2',
        supportsResourceRequirements: false,
        supportsStopJobSql: true,
        executionConfigRestores: true,
        fetchReturnsJobId: true,
        supportsConfigureSession: true,
      },
    ],
    [
      '1.18.1',
      ['V1', 'V2'],
      { gatewayApiVersion: 'v2', supportsResourceRequirements: true, ignoresUnknownRequestFields: false },
    ],
    [
      '1.20.2',
      ['V1', 'V2', 'V3'],
      {
        gatewayApiVersion: 'v3',
        supportsDescribeJobSql: true,
        ignoresUnknownRequestFields: true,
        exceptionsHistoryOnly: false,
      },
    ],
    [
      '2.3.0',
      ['V1', 'V2', 'V3', 'V4'],
      { gatewayApiVersion: 'v4', exceptionsHistoryOnly: true, supportsStateRecoveryKeys: true },
    ],
  ])('Flink %s with gateway %j', (v, apis, expected) => {
    expect(caps(v, apis)).toMatchObject(expected);
  });

  it('routes through the highest API version it knows, ignoring newer ones', () => {
    expect(pickGatewayApiVersion(['V1', 'V2', 'V5'])).toBe('v2');
    expect(pickGatewayApiVersion([])).toBe('v1');
  });

  it('treats an unknown cluster version as the oldest supported', () => {
    expect(capabilitiesOf({})).toMatchObject({
      supportsResourceRequirements: false,
      executionConfigRestores: false,
    });
    expect(parseFlinkVersion('2.0-SNAPSHOT')).toEqual({ major: 2, minor: 0, patch: 0, raw: '2.0-SNAPSHOT' });
    expect(parseFlinkVersion('<unknown>')).toBeUndefined();
  });
});

describe('flinkDiagnostic', () => {
  it('says what the cluster said and what to do', () => {
    const d = flinkDiagnostic(
      {
        kind: 'statement',
        service: 'gateway',
        call: 'POST /sessions/{session_handle}/statements',
        status: 500,
        message: "ValidationException: Unknown column 'x'",
        causes: [
          'SqlExecutionException: Failed to execute the operation 1.',
          "ValidationException: Unknown column 'x'",
        ],
      },
      'job orders',
    );
    expect(d.code).toBe('FO507');
    expect(d.summary).toBe("job orders (HTTP 500): ValidationException: Unknown column 'x'");
    expect(d.detail).toContain('Cause chain: SqlExecutionException');
  });

  it('warns when a submission may have reached the cluster', () => {
    const d = flinkDiagnostic({
      kind: 'network',
      service: 'gateway',
      call: 'POST /v2/sessions/{session_handle}/statements',
      message: 'other side closed (UND_ERR_SOCKET)',
      causes: [],
      mayHaveReachedServer: true,
    });
    expect(d.code).toBe('FO501');
    expect(d.detail).toContain('may have reached the cluster');
  });
});
