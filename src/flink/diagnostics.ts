/**
 * FlinkError → Diagnostic (FO5xx). The summary says what the cluster said; the
 * detail says what to do. Codes are stable:
 *
 * FO501 cluster unreachable · FO502 TLS failure · FO503 no answer in time ·
 * FO504 the cluster refused the call (HTTP error) · FO505 unexpected response ·
 * FO506 not supported by this Flink version · FO507 SQL statement failed ·
 * FO508 asynchronous operation failed · FO509 asynchronous operation timed out ·
 * FO510 aborted.
 */
import { type Diagnostic, error } from '../core/diagnostics';
import type { FlinkError } from './errors';

export const FLINK_CODES = {
  unreachable: 'FO501',
  tls: 'FO502',
  timeout: 'FO503',
  http: 'FO504',
  protocol: 'FO505',
  unsupported: 'FO506',
  statement: 'FO507',
  operationFailed: 'FO508',
  operationTimeout: 'FO509',
  aborted: 'FO510',
} as const;

const WHERE = { jobmanager: 'JobManager', gateway: 'SQL gateway' } as const;

/** How to have a cluster's certificate trusted, for every message about an untrusted one. */
export const TRUST_ADVICE =
  "give the CA that signed it with --ca-file PEM or FLINKOPS_CA_FILE (NODE_EXTRA_CA_CERTS=PEM in the env of the Action's step), and check that the URL's host is one the certificate names";

function advice(e: FlinkError): string {
  switch (e.kind) {
    case 'network':
      return `Check the ${WHERE[e.service]} URL of this environment and that the cluster is up and reachable from here.`;
    case 'tls':
      return `The cluster's TLS certificate is not trusted: ${TRUST_ADVICE}.`;
    case 'timeout':
      return `The ${WHERE[e.service]} did not answer in time; it may be overloaded. Retry, or raise the timeout.`;
    case 'http':
      if (e.status === 401 || e.status === 403)
        return 'Check the credentials configured for this environment.';
      if (e.status === 404)
        return 'The cluster does not know this job or resource; it may have ended or expired.';
      if (e.status === 400) return 'The cluster rejected the request; check the values it names.';
      if (e.status === 413)
        return `The request is larger than the ${WHERE[e.service]}, or a proxy in front of it, accepts: raise that limit (Flink's rest.server.max-content-length; a proxy's body size limit, e.g. nginx's client_max_body_size).`;
      if (e.status === 502 || e.status === 503 || e.status === 504)
        return `A proxy in front of the ${WHERE[e.service]} answered for it (HTTP ${e.status}): the ${WHERE[e.service]} is down or restarting, or the proxy cannot reach it. Apply again once it answers.`;
      return `The ${WHERE[e.service]} reported an error; see its log for the full trace.`;
    case 'protocol':
      return 'The answer does not match the Flink REST API; check that the URL points at Flink and not at a proxy page.';
    case 'unsupported':
      return 'Upgrade the cluster, or use the alternative the message names.';
    case 'statement':
      return 'Fix the SQL the gateway names; the full trace is in the gateway log.';
    case 'aborted':
      return 'The run was interrupted.';
  }
}

export function flinkDiagnostic(e: FlinkError, context?: string): Diagnostic {
  const code =
    e.kind === 'network'
      ? FLINK_CODES.unreachable
      : e.kind === 'aborted'
        ? FLINK_CODES.aborted
        : FLINK_CODES[e.kind];
  const what = context ?? `${WHERE[e.service]} ${e.call}`;
  const status = e.status !== undefined ? ` (HTTP ${e.status})` : '';
  const lines = [advice(e)];
  if (e.causes.length > 1) lines.push(`Cause chain: ${e.causes.join(' <- ')}`);
  if (e.mayHaveReachedServer) {
    lines.push('The request may have reached the cluster: check what it did before running it again.');
  }
  return error(code, `${what}${status}: ${e.message}`, lines.join('\n'));
}
