/**
 * An HTTP client for contract tests: every response is checked against the
 * emulated release's OpenAPI file (or must be a 404 when the route is not in it).
 */
import {
  type ApiName,
  type FlinkVersion,
  gatewayVersions,
  type HttpMethod,
  matchPath,
  validateRequest,
  validateResponse,
} from './openapi';

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience, bodies are checked by schema
  body: any;
}

const DEFAULT_GATEWAY_API: Record<FlinkVersion, ApiName> = {
  '1.16': 'gateway-v1',
  '1.17': 'gateway-v2',
  '1.18': 'gateway-v2',
  '1.19': 'gateway-v2',
  '1.20': 'gateway-v3',
  '2.0': 'gateway-v4',
  '2.1': 'gateway-v4',
  '2.2': 'gateway-v4',
  '2.3': 'gateway-v4',
};

export class Probe {
  readonly violations: string[] = [];
  /** `api METHOD template status` of every validated answer. */
  readonly covered = new Set<string>();

  constructor(
    readonly version: FlinkVersion,
    readonly jobmanagerUrl: string,
    readonly gatewayUrl: string,
  ) {}

  /** `invalid`: the request body is deliberately wrong (it is not checked against the spec). */
  jm(method: string, path: string, body?: unknown, invalid = false): Promise<Answer> {
    return this.call('dispatcher', this.jobmanagerUrl, method, path, body, invalid);
  }

  gw(method: string, path: string, body?: unknown): Promise<Answer> {
    const m = /^\/v(\d)\//.exec(path);
    const api = m ? (`gateway-v${m[1]}` as ApiName) : DEFAULT_GATEWAY_API[this.version];
    return this.call(api, this.gatewayUrl, method, path, body);
  }

  private async call(
    api: ApiName,
    base: string,
    method: string,
    path: string,
    body?: unknown,
    invalid = false,
  ): Promise<Answer> {
    const res = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = text === '' ? undefined : JSON.parse(text);
    const m = method.toLowerCase() as HttpMethod;
    const where = `${this.version} ${api} ${method} ${path} → ${res.status}`;
    const served = api === 'dispatcher' || gatewayVersions(this.version).includes(api);
    const template = served ? matchPath(this.version, api, m, path) : undefined;
    if (!template) {
      // Not in this release's file: the simulator must not serve it.
      if (res.status !== 404) this.violations.push(`${where}: route not in the spec but answered`);
      const v = validateResponse(this.version, 'dispatcher', 'get', '/config', 404, parsed);
      if (!v.ok || !String(parsed?.errors?.[0]).startsWith('Not found')) {
        this.violations.push(`${where}: expected {"errors":["Not found: ..."]}, got ${text}`);
      }
      this.covered.add(`${api} ${method} <absent> 404`);
      return { status: res.status, body: parsed };
    }
    if (body !== undefined && !invalid) {
      const rv = validateRequest(this.version, api, m, template, body);
      if (!rv.ok) this.violations.push(`${where}: request body: ${rv.errors.join('; ')}`);
    }
    const v = validateResponse(this.version, api, m, template, res.status, parsed);
    if (!v.ok) this.violations.push(`${where}: ${v.errors.join('; ')} body=${text.slice(0, 400)}`);
    this.covered.add(`${api} ${method} ${template} ${res.status}`);
    return { status: res.status, body: parsed };
  }
}
