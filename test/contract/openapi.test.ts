/** The validator itself: strict where the spec is right, corrected where README §1 says it is wrong. */
import { describe, expect, it } from 'vitest';
import { matchPath, validateRequest, validateResponse, WIRE_OVERRIDES } from './openapi';

const JID = '0123456789abcdef0123456789abcdef';
const entry = {
  jid: JID,
  name: 'j',
  state: 'RUNNING',
  'start-time': 1,
  'end-time': -1,
  duration: 1,
  'last-modification': 1,
  tasks: { total: 1 },
};

describe('openapi validator', () => {
  it('rejects fields a release does not have', () => {
    const withPending = { jobs: [{ ...entry, 'pending-operators': 0 }] };
    expect(validateResponse('1.20', 'dispatcher', 'get', '/jobs/overview', 200, withPending).ok).toBe(false);
    expect(validateResponse('2.0', 'dispatcher', 'get', '/jobs/overview', 200, withPending).ok).toBe(true);
  });

  it('applies the README wire corrections', () => {
    expect(validateResponse('1.16', 'dispatcher', 'get', '/jobs/overview', 200, { jobs: [entry] }).ok).toBe(
      true,
    );
    const specShape = { jobId: JID, jobName: 'j', executionConfigInfo: {} };
    expect(validateResponse('1.18', 'dispatcher', 'get', '/jobs/:jobid/config', 200, specShape).ok).toBe(
      false,
    );
    const wire = {
      jid: JID,
      name: 'j',
      'execution-config': { 'execution-mode': 'PIPELINED', 'user-config': {} },
    };
    expect(validateResponse('1.18', 'dispatcher', 'get', '/jobs/{jobid}/config', 200, wire).ok).toBe(true);
    expect(validateResponse('2.0', 'dispatcher', 'get', '/jobs/{jobid}/config', 200, wire).ok).toBe(false);
    expect(WIRE_OVERRIDES.every((o) => o.reason.length > 20)).toBe(true);
  });

  it('checks fetch results per release', () => {
    const path = '/sessions/{session_handle}/operations/{operation_handle}/result/{token}';
    const rich = {
      resultType: 'EOS',
      isQueryResult: false,
      resultKind: 'SUCCESS',
      results: { columns: [], rowFormat: 'JSON', data: [] },
    };
    expect(validateResponse('1.17', 'gateway-v2', 'get', path, 200, rich).ok).toBe(true);
    expect(validateResponse('1.16', 'gateway-v1', 'get', path, 200, rich).ok).toBe(false);
  });

  it('matches concrete paths, literals before parameters', () => {
    expect(matchPath('1.18', 'dispatcher', 'get', '/v1/jobs/overview')).toBe('/jobs/overview');
    expect(matchPath('1.18', 'dispatcher', 'get', `/jobs/${JID}`)).toBe('/jobs/{jobid}');
    expect(matchPath('1.17', 'dispatcher', 'put', `/jobs/${JID}/resource-requirements`)).toBeUndefined();
  });

  it('validates request bodies strictly', () => {
    expect(validateRequest('1.19', 'dispatcher', 'post', '/jobs/{jobid}/stop', { drain: true }).ok).toBe(
      true,
    );
    expect(validateRequest('1.19', 'dispatcher', 'post', '/jobs/{jobid}/stop', { drained: true }).ok).toBe(
      false,
    );
  });

  it('requires the error shape on non-2xx', () => {
    expect(validateResponse('2.3', 'dispatcher', 'get', '/jobs/{jobid}', 404, { errors: ['x'] }).ok).toBe(
      true,
    );
    expect(validateResponse('2.3', 'dispatcher', 'get', '/jobs/{jobid}', 404, { error: 'x' }).ok).toBe(false);
  });
});
