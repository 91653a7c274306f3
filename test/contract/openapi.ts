/**
 * Contract validator: loads Flink's generated OpenAPI 3.0.1 files from
 * `test/fixtures/flink-rest`, turns their schemas into JSON Schema that ajv compiles,
 * and validates request and response bodies against one release's file.
 *
 * Strict by default: an object schema that lists properties gets
 * `additionalProperties: false`, so a field the emulated version does not have
 * (e.g. `pending-operators` on 1.20) fails the contract. Where Flink's files are
 * known to be wrong about the wire, the tables in `wire-corrections.ts`
 * (`WIRE_OVERRIDES` for whole response bodies, `COMPONENT_PATCHES` for shared
 * components) correct the documented schema, each entry with its reason. There are
 * no other corrections. This module is the one tests import: loading is in
 * `openapi-load.ts`, OpenAPI → JSON Schema in `openapi-schema.ts`, validation in
 * `openapi-validate.ts`.
 */
export { gatewayVersions, specFile } from './openapi-load';
export {
  type ApiName,
  FLINK_VERSIONS,
  type FlinkVersion,
  type HttpMethod,
  type ValidationResult,
} from './openapi-types';
export { matchPath, normaliseTemplate, validateRequest, validateResponse } from './openapi-validate';
export { COMPONENT_PATCHES, WIRE_OVERRIDES } from './wire-corrections';
