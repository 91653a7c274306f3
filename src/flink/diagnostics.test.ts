/**
 * What a failed call tells the user to do, for the answers a proxy in front of Flink gives: the
 * advice named a `tls.ca` setting flinkops does not have, and sent a proxy's 413 (a body size
 * limit) or 502 (a gateway restarting) to "see its log for the full trace" of a gateway that
 * never saw the request.
 */
import { describe, expect, it } from 'vitest';
import { flinkDiagnostic } from './diagnostics';
import type { FlinkError } from './errors';

const error = (e: Partial<FlinkError>): FlinkError => ({
  kind: 'http',
  service: 'gateway',
  call: 'POST /v3/sessions/{session_handle}/statements',
  message: 'HTTP 413: 413 Request Entity Too Large nginx',
  causes: [],
  ...e,
});

describe('advice for a proxy in front of Flink', () => {
  it('an untrusted certificate names the options that give the CA', () => {
    const d = flinkDiagnostic(
      error({ kind: 'tls', message: 'TLS handshake failed: self-signed certificate' }),
    );
    expect(d.detail).toContain('--ca-file PEM or FLINKOPS_CA_FILE');
    expect(d.detail).not.toContain('tls.ca');
  });

  it('413 says which limit to raise', () => {
    const d = flinkDiagnostic(error({ status: 413 }));
    expect(d.detail).toContain(
      'The request is larger than the SQL gateway, or a proxy in front of it, accepts',
    );
    expect(d.detail).toContain('client_max_body_size');
    expect(d.detail).not.toContain('see its log');
  });

  for (const status of [502, 503, 504]) {
    it(`${status} says a proxy answered for the service`, () => {
      const d = flinkDiagnostic(
        error({ service: 'jobmanager', status, message: `HTTP ${status}: Bad Gateway` }),
      );
      expect(d.detail).toContain(`A proxy in front of the JobManager answered for it (HTTP ${status})`);
    });
  }

  it("a 500 of Flink's own still points at its log", () => {
    const d = flinkDiagnostic(error({ status: 500, message: 'NullPointerException' }));
    expect(d.detail).toBe('The SQL gateway reported an error; see its log for the full trace.');
  });
});
