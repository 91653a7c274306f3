/**
 * OpenAPI 3.0 schema → JSON Schema that ajv compiles: `$ref`s point into the
 * `spec#/definitions` ajv holds, allOf members (by `$ref` too) are folded in,
 * discriminators with a mapping dispatch on the property value, and listed
 * properties are strict (`additionalProperties: false`).
 */
import type { Json } from './openapi-types';

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A top-level component: a discriminator with a mapping dispatches on the property value. */
export function convertTop(s: Json, raw: Record<string, Json>): Json {
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

export function convert(s: Json, raw: Record<string, Json>): Json {
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
