/**
 * Contract validator: loads Flink's generated OpenAPI 3.0.1 files from
 * `test/fixtures/flink-rest`, turns their schemas into JSON Schema that ajv compiles,
 * and validates request and response bodies against one release's file.
 *
 * Strict by default: an object schema that lists properties gets
 * `additionalProperties: false`, so a field the emulated version does not have
 * (e.g. `pending-operators` on 1.20) fails the contract. Where Flink's files are
 * known to be wrong about the wire, the tables below (`WIRE_OVERRIDES` for whole
 * response bodies, `COMPONENT_PATCHES` for shared components) correct the documented
 * schema, each entry with its reason. There are no other corrections.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

export type FlinkVersion = '1.16' | '1.17' | '1.18' | '1.19' | '1.20' | '2.0' | '2.1' | '2.2' | '2.3';
export type ApiName = 'dispatcher' | 'gateway-v1' | 'gateway-v2' | 'gateway-v3' | 'gateway-v4';
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export const FLINK_VERSIONS: FlinkVersion[] = [
  '1.16',
  '1.17',
  '1.18',
  '1.19',
  '1.20',
  '2.0',
  '2.1',
  '2.2',
  '2.3',
];

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

type Json = Record<string, unknown>;

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'flink-rest');

const rank = (v: FlinkVersion) => FLINK_VERSIONS.indexOf(v);
const atLeast = (v: FlinkVersion, min: FlinkVersion) => rank(v) >= rank(min);

/** Body of every non-2xx answer (`ErrorResponseBody`); not part of the generated files. */
const ERROR_BODY: Json = {
  type: 'object',
  required: ['errors'],
  additionalProperties: false,
  properties: { errors: { type: 'array', items: { type: 'string' } } },
};

const int = { type: 'integer' };
const str = { type: 'string' };
const bool = { type: 'boolean' };
const strMap = { type: 'object', additionalProperties: { type: 'string' } };
const intMap = { type: 'object', additionalProperties: { type: 'integer' } };
const JOB_STATUS = {
  enum: [
    'INITIALIZING',
    'CREATED',
    'RUNNING',
    'FAILING',
    'FAILED',
    'CANCELLING',
    'CANCELED',
    'FINISHED',
    'RESTARTING',
    'SUSPENDED',
    'RECONCILING',
  ],
};

/** `SerializedThrowableSerializer` writes the class and stack trace beside the serialized bytes. */
const FAILURE_CAUSE = {
  type: 'object',
  additionalProperties: false,
  properties: { class: str, 'stack-trace': str, 'serialized-throwable': str },
};

/** `AsynchronousOperationResult`: operation is null while IN_PROGRESS. */
const ASYNC_RESULT = {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    status: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: { id: { enum: ['IN_PROGRESS', 'COMPLETED'] } },
    },
    operation: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          properties: { location: str, 'failure-cause': FAILURE_CAUSE },
        },
        {
          type: 'object',
          additionalProperties: false,
          properties: { checkpointId: int, failureCause: FAILURE_CAUSE },
        },
      ],
    },
  },
};

function jobConfigWire(v: FlinkVersion): Json {
  const exec: Json = {
    'restart-strategy': str,
    'job-parallelism': int,
    'object-reuse-mode': bool,
    'user-config': strMap,
  };
  if (!atLeast(v, '2.0')) exec['execution-mode'] = str;
  return {
    type: 'object',
    required: ['jid', 'name'],
    additionalProperties: false,
    properties: {
      jid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      name: str,
      'execution-config': { type: 'object', additionalProperties: false, properties: exec },
    },
  };
}

const OVERVIEW_1_16_WIRE: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    jobs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['jid', 'name', 'state'],
        additionalProperties: false,
        properties: {
          jid: { type: 'string', pattern: '^[0-9a-f]{32}$' },
          name: str,
          state: JOB_STATUS,
          'start-time': int,
          'end-time': int,
          duration: int,
          'last-modification': int,
          tasks: intMap,
        },
      },
    },
  },
};

function fetchResultsWire(v: FlinkVersion): Json {
  const column = {
    type: 'object',
    required: ['name', 'logicalType'],
    additionalProperties: false,
    properties: {
      name: str,
      logicalType: { type: 'object', required: ['type', 'nullable'] },
      comment: { type: ['string', 'null'] },
    },
  };
  const results: Json = {
    type: 'object',
    required: ['columns', 'data'],
    additionalProperties: false,
    properties: {
      columns: { type: 'array', items: column },
      data: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'fields'],
          additionalProperties: false,
          properties: {
            kind: { enum: ['INSERT', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'DELETE'] },
            fields: { type: 'array' },
          },
        },
      },
    },
  };
  const props: Json = {
    resultType: { enum: ['NOT_READY', 'PAYLOAD', 'EOS'] },
    results,
    nextResultUri: str,
  };
  if (atLeast(v, '1.17')) {
    (results.properties as Json).rowFormat = { enum: ['JSON', 'PLAIN_TEXT'] };
    props.isQueryResult = bool;
    props.jobID = { type: 'string', pattern: '^[0-9a-f]{32}$' };
    props.resultKind = { enum: ['SUCCESS', 'SUCCESS_WITH_CONTENT'] };
  }
  return { type: 'object', required: ['resultType'], additionalProperties: false, properties: props };
}

interface WireOverride {
  api: 'dispatcher' | 'gateway';
  method: HttpMethod;
  path: string;
  versions: (v: FlinkVersion) => boolean;
  status: string;
  schema: (v: FlinkVersion) => Json;
  reason: string;
}

/**
 * THE place where the OpenAPI files are corrected to the wire (README §1 and §3).
 * Each entry replaces the documented response schema of one call.
 */
export const WIRE_OVERRIDES: WireOverride[] = [
  {
    api: 'dispatcher',
    method: 'get',
    path: '/jobs/{jobid}/config',
    versions: () => true,
    status: '200',
    schema: jobConfigWire,
    reason:
      'README §1: JobConfigInfo has a hand-written serializer; spec says jobId/jobName/executionConfigInfo, wire is jid/name/execution-config (execution-mode gone in 2.0).',
  },
  {
    api: 'dispatcher',
    method: 'get',
    path: '/jobs/overview',
    versions: (v) => v === '1.16',
    status: '200',
    schema: () => OVERVIEW_1_16_WIRE,
    reason:
      'README §1: dispatcher-1.16.yml documents JobDetails Java fields (jobId/jobName/status); the wire was always jid/name/state/... (fixed in the 1.17 file).',
  },
  {
    api: 'gateway',
    method: 'get',
    path: '/sessions/{session_handle}/operations/{operation_handle}/result/{token}',
    versions: () => true,
    status: '200',
    schema: fetchResultsWire,
    reason:
      'README §1/§4: FetchResultsResponseBodySerializer/ResultInfoSerializer write isQueryResult and results.{columns,rowFormat,data:[{kind,fields}]}; 1.16 has no jobID/isQueryResult/resultKind/rowFormat.',
  },
  ...[
    '/jobs/{jobid}/savepoints/{triggerid}',
    '/savepoint-disposal/{triggerid}',
    '/jobs/{jobid}/checkpoints/{triggerid}',
  ].map(
    (path): WireOverride => ({
      api: 'dispatcher',
      method: 'get',
      path,
      versions: () => true,
      status: '200',
      schema: () => ASYNC_RESULT,
      reason:
        'README §3: operation is null while IN_PROGRESS (spec not nullable); failure-cause carries class/stack-trace/serialized-throwable (SerializedThrowableSerializer); the spec oneOf members overlap.',
    }),
  ),
];

interface ComponentPatch {
  component: string;
  versions?: (v: FlinkVersion) => boolean;
  /** Properties the wire writes as `null` (Jackson without NON_NULL) although the spec says object. */
  nullable?: string[];
  /** Property schemas replaced outright. */
  properties?: Record<string, Json>;
  /** Discriminator mapping the generator left out (value → component). */
  mapping?: Record<string, string>;
  reason: string;
}

/** `JobDetailsInfo.JobVertexDetailsInfo` as serialized (the 1.18+ files call it JobDetailsVertexInfo). */
const JOB_DETAILS_VERTEX: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    name: str,
    maxParallelism: int,
    parallelism: int,
    status: {
      enum: [
        'CREATED',
        'SCHEDULED',
        'DEPLOYING',
        'RUNNING',
        'FINISHED',
        'CANCELING',
        'CANCELED',
        'FAILED',
        'RECONCILING',
        'INITIALIZING',
      ],
    },
    'start-time': int,
    'end-time': int,
    duration: int,
    tasks: intMap,
    metrics: { type: 'object' },
  },
};

/** Corrections to shared components, applied wherever the component is used. Same rules as above. */
export const COMPONENT_PATCHES: ComponentPatch[] = [
  {
    component: 'LatestCheckpoints',
    nullable: ['completed', 'savepoint', 'failed', 'restored'],
    reason:
      'CheckpointingStatistics.LatestCheckpoints fields are @Nullable and serialized as null when there is no such checkpoint yet (README §3: latest.*).',
  },
  {
    component: 'CheckpointStatistics',
    mapping: {
      completed: 'CompletedCheckpointStatistics',
      failed: 'FailedCheckpointStatistics',
      in_progress: 'PendingCheckpointStatistics',
    },
    reason:
      'Files before 1.19 omit the @JsonSubTypes mapping of className; history entries are the subtypes (completed ones carry external_path/discarded).',
  },
  {
    component: 'JobDetailsInfo',
    versions: (v) => v === '1.16' || v === '1.17',
    properties: {
      vertices: { type: 'array', items: JOB_DETAILS_VERTEX },
      plan: { type: 'object' },
    },
    reason:
      'The 1.16/1.17 generator confused JobDetailsInfo.JobVertexDetailsInfo with the top-level JobVertexDetailsInfo and typed the raw-JSON plan as string; fixed in the 1.18 file (JobDetailsVertexInfo, RawJson).',
  },
];

// ---------------------------------------------------------------------------------------------
// OpenAPI 3.0 schema → JSON Schema

interface LoadedSpec {
  doc: Json;
  ajv: Ajv;
  defs: Record<string, Json>;
  cache: Map<string, ValidateFunction>;
  /** path templates as regexes, for matching concrete request paths. */
  routes: { template: string; re: RegExp; methods: Set<string> }[];
}

const specs = new Map<string, LoadedSpec>();

export function specFile(version: FlinkVersion, api: ApiName): string {
  if (api === 'dispatcher') return join(FIXTURES, `dispatcher-${version}.yml`);
  return join(FIXTURES, `sql-gateway-${api.slice('gateway-'.length)}-${version}.yml`);
}

/** Gateway API versions a release serves (README §4). */
export function gatewayVersions(version: FlinkVersion): ApiName[] {
  const out: ApiName[] = ['gateway-v1'];
  if (atLeast(version, '1.17')) out.push('gateway-v2');
  if (atLeast(version, '1.20')) out.push('gateway-v3');
  if (atLeast(version, '2.0')) out.push('gateway-v4');
  return out;
}

function load(version: FlinkVersion, api: ApiName): LoadedSpec {
  const key = `${version}/${api}`;
  const hit = specs.get(key);
  if (hit) return hit;
  const doc = parse(readFileSync(specFile(version, api), 'utf8')) as Json;
  const raw = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const defs: Record<string, Json> = {};
  for (const patch of COMPONENT_PATCHES) {
    const target = raw[patch.component];
    if (!target || (patch.versions && !patch.versions(version)) || !patch.mapping) continue;
    const disc = target.discriminator as Json | undefined;
    if (disc && !disc.mapping) {
      disc.mapping = Object.fromEntries(
        Object.entries(patch.mapping).map(([k, c]) => [k, `#/components/schemas/${c}`]),
      );
    }
  }
  for (const [name, s] of Object.entries(raw)) defs[name] = convertTop(s, raw);
  for (const patch of COMPONENT_PATCHES) {
    if (patch.versions && !patch.versions(version)) continue;
    const props = defs[patch.component]?.properties as Json | undefined;
    if (!props) continue;
    for (const name of patch.nullable ?? [])
      if (props[name]) props[name] = { anyOf: [{ type: 'null' }, props[name]] };
    Object.assign(props, patch.properties ?? {});
  }
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'spec', definitions: defs });
  const routes = Object.entries(doc.paths as Record<string, Json>).map(([template, item]) => ({
    template,
    re: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    methods: new Set(Object.keys(item)),
  }));
  const loaded: LoadedSpec = { doc, ajv, defs, cache: new Map(), routes };
  specs.set(key, loaded);
  return loaded;
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A top-level component: a discriminator with a mapping dispatches on the property value. */
function convertTop(s: Json, raw: Record<string, Json>): Json {
  const disc = s.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
  if (disc?.mapping) {
    return {
      type: 'object',
      required: [disc.propertyName],
      properties: { [disc.propertyName]: { enum: Object.keys(disc.mapping) } },
      allOf: Object.entries(disc.mapping).map(([value, ref]) => ({
        if: { properties: { [disc.propertyName]: { const: value } } },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema keyword
        then: { $ref: `spec#/definitions/${refName(ref)}` },
      })),
    };
  }
  return convert(s, raw);
}

/** Properties and required of a schema with its allOf members folded in (members by $ref too). */
function flatten(s: Json, raw: Record<string, Json>): { properties: Json; required: string[] } {
  const properties: Json = {};
  const required: string[] = [];
  const visit = (x: Json) => {
    if (typeof x.$ref === 'string') return visit(raw[refName(x.$ref)] ?? {});
    Object.assign(properties, x.properties ?? {});
    required.push(...((x.required as string[] | undefined) ?? []));
    for (const m of (x.allOf as Json[] | undefined) ?? []) visit(m);
  };
  visit(s);
  return { properties, required };
}

function convert(s: Json, raw: Record<string, Json>): Json {
  if (typeof s.$ref === 'string') return { $ref: `spec#/definitions/${refName(s.$ref)}` };
  const out: Json = {};
  let props = s.properties as Json | undefined;
  let required = s.required as string[] | undefined;
  if (Array.isArray(s.allOf)) {
    const f = flatten(s, raw);
    props = f.properties;
    required = f.required;
    out.type = 'object';
  }
  for (const [k, v] of Object.entries(s)) {
    switch (k) {
      case 'properties':
      case 'required':
      case 'allOf':
      case 'discriminator':
      case 'format': // lenient: int32/int64/binary/uuid are not checked
      case 'nullable':
      case 'description':
      case 'example':
        break;
      case 'oneOf':
      case 'anyOf':
        // Jackson subtypes overlap (no required fields), so oneOf would reject valid bodies.
        out.anyOf = (v as Json[]).map((m) => convert(m, raw));
        break;
      case 'items':
        out.items = convert(v as Json, raw);
        break;
      case 'additionalProperties':
        out.additionalProperties = typeof v === 'object' && v ? convert(v as Json, raw) : v;
        break;
      default:
        out[k] = v;
    }
  }
  if (typeof out.pattern === 'string' && !out.pattern.startsWith('^')) out.pattern = `^${out.pattern}$`;
  if (props) {
    const p: Json = {};
    for (const [name, ps] of Object.entries(props)) p[name] = convert(ps as Json, raw);
    out.properties = p;
    if (out.additionalProperties === undefined) out.additionalProperties = false;
  }
  if (required?.length) out.required = required;
  if (s.nullable === true) return { anyOf: [{ type: 'null' }, out] };
  return out;
}

// ---------------------------------------------------------------------------------------------
// Public API

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

function rawSchemas(spec: LoadedSpec): Record<string, Json> {
  return ((spec.doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
}
