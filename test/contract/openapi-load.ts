/** Loads one release's OpenAPI file, applies the component patches, and caches it with its ajv. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { convertTop } from './openapi-schema';
import { type ApiName, atLeast, type FlinkVersion, type Json } from './openapi-types';
import { COMPONENT_PATCHES } from './wire-corrections';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'flink-rest');

export interface LoadedSpec {
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

export function load(version: FlinkVersion, api: ApiName): LoadedSpec {
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

export function rawSchemas(spec: LoadedSpec): Record<string, Json> {
  return ((spec.doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
}
