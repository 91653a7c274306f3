/**
 * A one-table repository (project `held`, environment `dev`: a datagen source `src`, a blackhole
 * sink `counts`) and a simulator with fast starts and savepoints: what the tests of held
 * (rolled-back) changes start from; each writes its own jobs.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Simulator, startSimulator } from '../../src/sim';

export async function heldRepo(prefix: string): Promise<{ sim: Simulator; dir: string }> {
  const sim = await startSimulator({
    flinkVersion: '1.20',
    clock: 'real',
    timing: { startMs: 10, savepointMs: 10 },
  });
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'jobs'));
  mkdirSync(join(dir, 'tables'));
  writeFileSync(
    join(dir, 'flinkops.yaml'),
    'project: held\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://127.0.0.1:1\n    sqlGatewayUrl: http://127.0.0.1:2\n',
  );
  writeFileSync(
    join(dir, 'tables/src.yaml'),
    'kind: source\nconnector: datagen\ncolumns:\n  - { name: city, type: STRING }\nwith:\n  rows-per-second: "1"\n',
  );
  writeFileSync(
    join(dir, 'tables/counts.yaml'),
    'kind: sink\nconnector: blackhole\ncolumns:\n  - { name: city, type: STRING }\n  - { name: c, type: BIGINT }\n',
  );
  return { sim, dir };
}
