/** A job's operator graph: vertex ids are the operator signature a savepoint is matched against. */
import { sha256 } from '../core/hash';
import type { JobSpec, SimVertex } from './model';

function vertexId(kind: string, key: string): string {
  return sha256(`${kind}:${key}`).slice(0, 32);
}

function shortName(table: string): string {
  return table.split('.').pop() ?? table;
}

/** Operator vertices of a job; their ids are the operator signature a savepoint is matched against. */
export function buildVertices(spec: JobSpec, parallelism: number, maxParallelism: number): SimVertex[] {
  const queryHash = sha256(spec.query).slice(0, 12);
  const sinkKey = [...spec.sinks].sort().join(',');
  const out: SimVertex[] = [];
  let n = 1;
  for (const src of spec.sources) {
    out.push({
      id: vertexId('source', src),
      name: `Source: ${shortName(src)}[${n++}]`,
      parallelism,
      maxParallelism,
    });
  }
  out.push({
    id: vertexId('operator', `${queryHash}|${sinkKey}`),
    name: `Calc[${n++}]`,
    parallelism,
    maxParallelism,
  });
  for (const sink of spec.sinks) {
    out.push({
      id: vertexId('sink', sink),
      name: `Sink: ${shortName(sink)}[${n++}]`,
      parallelism,
      maxParallelism,
    });
  }
  return out;
}
