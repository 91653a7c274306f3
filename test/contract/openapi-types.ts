/** The releases and APIs the contract files cover, and what a validation answers. */

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

export type Json = Record<string, unknown>;

const rank = (v: FlinkVersion) => FLINK_VERSIONS.indexOf(v);
export const atLeast = (v: FlinkVersion, min: FlinkVersion) => rank(v) >= rank(min);
