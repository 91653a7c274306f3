/** Matching request paths to the spec's templates, and validating request and response bodies. */
import { type LoadedSpec, load, rawSchemas } from './openapi-load';
import { convert } from './openapi-schema';
import type { ApiName, FlinkVersion, HttpMethod, Json, ValidationResult } from './openapi-types';
import { WIRE_OVERRIDES } from './wire-corrections';
import { ERROR_BODY } from './wire-schemas';

/** `/v1/jobs/:jobid` or `/jobs/{jobid}` → `/jobs/{jobid}` (version prefix dropped). */
export function normaliseTemplate(path: string): string {
  return path.replace(/^\/v\d+(?=\/)/, '').replace(/:([A-Za-z_]+)/g, '{$1}');
}

/** The spec's path template for a concrete request path, or undefined when the route is absent. */
export function matchPath(
  version: FlinkVersion,
  api: ApiName,
  method: HttpMethod,
  concretePath: string,
): string | undefined {
  const spec = load(version, api);
  const path = normaliseTemplate(concretePath.split('?')[0]!);
  // Literal segments beat parameters (`/jobs/overview` vs `/jobs/{jobid}`).
  const hits = spec.routes.filter((r) => r.re.test(path) && r.methods.has(method));
  hits.sort((a, b) => a.template.split('{').length - b.template.split('{').length);
  return hits[0]?.template;
}

function operation(spec: LoadedSpec, method: HttpMethod, template: string): Json | undefined {
  const item = (spec.doc.paths as Record<string, Json>)[template];
  return item?.[method] as Json | undefined;
}

function run(spec: LoadedSpec, key: string, schema: Json, body: unknown): ValidationResult {
  let fn = spec.cache.get(key);
  if (!fn) {
    fn = spec.ajv.compile(schema);
    spec.cache.set(key, fn);
  }
  const ok = fn(body) as boolean;
  return {
    ok,
    errors: ok
      ? []
      : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`),
  };
}

function fail(msg: string): ValidationResult {
  return { ok: false, errors: [msg] };
}

/**
 * Validates a response body (parsed JSON, or undefined for an empty body) against
 * the release's file. Non-2xx must be `{"errors":[...]}`; a documented response
 * without content must be empty or `{}` (Flink's EmptyResponseBody).
 */
export function validateResponse(
  version: FlinkVersion,
  api: ApiName,
  method: HttpMethod,
  pathTemplate: string,
  status: number,
  body: unknown,
): ValidationResult {
  const spec = load(version, api);
  const template = normaliseTemplate(pathTemplate);
  if (status >= 400) return run(spec, '#error', ERROR_BODY, body);
  const op = operation(spec, method, template);
  if (!op) return fail(`${method.toUpperCase()} ${template} is not in ${api} ${version}`);
  const family = api === 'dispatcher' ? 'dispatcher' : 'gateway';
  const override = WIRE_OVERRIDES.find(
    (o) => o.api === family && o.method === method && o.path === template && o.versions(version),
  );
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const documented = responses[String(status)];
  if (!documented) return fail(`status ${status} not documented for ${method.toUpperCase()} ${template}`);
  if (override && override.status === String(status)) {
    return run(spec, `${method} ${template} ${status} override`, override.schema(version), body);
  }
  const schema = (documented.content as Json | undefined)?.['application/json'] as Json | undefined;
  if (!schema?.schema) {
    const empty =
      body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
    return empty ? { ok: true, errors: [] } : fail(`expected an empty body, got ${JSON.stringify(body)}`);
  }
  return run(spec, `${method} ${template} ${status}`, convert(schema.schema as Json, rawSchemas(spec)), body);
}

/** Validates a JSON request body against the documented requestBody schema. */
export function validateRequest(
  version: FlinkVersion,
  api: ApiName,
  method: HttpMethod,
  pathTemplate: string,
  body: unknown,
): ValidationResult {
  const spec = load(version, api);
  const template = normaliseTemplate(pathTemplate);
  const op = operation(spec, method, template);
  if (!op) return fail(`${method.toUpperCase()} ${template} is not in ${api} ${version}`);
  const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
  const schema = content['application/json']?.schema as Json | undefined;
  if (!schema) return body === undefined ? { ok: true, errors: [] } : fail(`${template} takes no JSON body`);
  return run(spec, `req ${method} ${template}`, convert(schema, rawSchemas(spec)), body);
}
