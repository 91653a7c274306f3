/** Golden wire files: one JSON file per recorded call, under test/golden/flink-wire/<version>/. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exchange, WireVersion } from './exchange';
import { errorSample, failureSample, type Shape, shapeOf } from './shape';

export interface Golden {
  call: string;
  method: string;
  route: string;
  status: number;
  /** Shape of the request body flinkops sent (documentation; the client builds it the same way everywhere). */
  request?: Shape;
  response: Shape;
  /** The error message Flink gave, ids and paths taken out (documentation, not compared). */
  error?: string;
  /** The same for an asynchronous operation that failed. */
  failure?: string;
}

export const WIRE_VERSIONS: readonly WireVersion[] = ['1.19', '1.20', '2.2', '2.3'];

export function goldenDir(root: string, version: WireVersion): string {
  return join(root, 'test', 'golden', 'flink-wire', version);
}

export function toGolden(x: Exchange): Golden {
  const g: Golden = {
    call: x.call,
    method: x.method,
    route: x.route,
    status: x.status,
    response: shapeOf(x.body),
  };
  if (x.request !== undefined) g.request = shapeOf(x.request);
  const error = errorSample(x.body);
  if (error !== undefined) g.error = error;
  const failure = failureSample(x.body);
  if (failure !== undefined) g.failure = failure;
  return g;
}

/** Replaces the version's folder with one file per exchange. */
export function writeGoldens(root: string, version: WireVersion, exchanges: Exchange[]): string[] {
  const dir = goldenDir(root, version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return exchanges.map((x) => {
    const file = join(dir, `${x.call}.json`);
    writeFileSync(file, `${JSON.stringify(toGolden(x), null, 2)}\n`);
    return file;
  });
}

export function readGoldens(root: string, version: WireVersion): Golden[] {
  const dir = goldenDir(root, version);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Golden);
}
