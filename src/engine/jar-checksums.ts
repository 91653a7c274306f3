/**
 * The `sha256` of a UDF artifact, checked against its jar where flinkops can read the jar: a
 * `file:` URI on this machine (a local cluster, a runner that stages the jars). Flink loads a jar
 * without a checksum, so a stale or wrong one would otherwise restart every job calling the
 * artifact's functions with other bytes than the repository names. A jar this machine does not
 * have (another host's disk, s3://, hdfs://) is left to the cluster: the planner probe reads it.
 */

import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DesiredUdf } from '../compile';
import { type Diagnostic, error } from '../core/diagnostics';
import { nodeCrypto } from '../core/hash';

/** The sha256 of a local file, or undefined when it cannot be read here. */
function fileSha256(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // Loaded only for a jar to check: a plan without one starts without node:crypto.
    const hash = nodeCrypto().createHash('sha256');
    createReadStream(path)
      .on('error', () => resolve(undefined))
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

function localPath(jar: string): string | undefined {
  if (!/^file:/i.test(jar)) return undefined;
  try {
    return fileURLToPath(jar);
  } catch {
    return undefined;
  }
}

/** FO404 for each checksummed jar on this machine whose bytes have another sha256. */
export async function jarChecksumProblems(udfs: readonly DesiredUdf[]): Promise<Diagnostic[]> {
  const sums = new Map<string, Promise<string | undefined>>();
  const out: Diagnostic[] = [];
  for (const u of udfs) {
    const path = u.sha256 && u.jar ? localPath(u.jar) : undefined;
    if (!path) continue;
    if (!sums.has(path)) sums.set(path, fileSha256(path));
    const actual = await sums.get(path)!;
    if (actual === undefined || actual === u.sha256) continue;
    out.push(
      error(
        'FO404',
        `The jar of UDF artifact ${u.name} does not have the sha256 the repository names: ${u.jar} has ${actual}, not ${u.sha256}`,
        'Flink loads a jar without checking it: the jobs calling its functions would restart on other bytes than the ones reviewed. Publish the jar the checksum is of, or write its checksum (sha256sum of the jar).',
        u.sha256At ?? { file: u.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      ),
    );
  }
  return out;
}
