import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../compile';
import type { StateDoc } from '../state/model';
import { keepDeployedHashes } from './kept-hashes';

// A Flink 1.20 repository and the state store flinkops 9a53e925 wrote for it: it deployed
// `prefixed` (calls the project's UDF startswith) as spec d6de3bb4cfbfd174 and `plain` as
// 14359c327fa45a8b (its `plan --offline --json` gives these hashes for this repository).
const dir = join(__dirname, '../../test/fixtures/repos/old_store_startswith');
const oldStore = (): StateDoc =>
  JSON.parse(readFileSync(join(dir, 'local.state.json'), 'utf8')).state as StateDoc;
const desired = () => compileProject(dir, { env: 'local', envVars: {} }).value!;

describe('keepDeployedHashes', () => {
  it('keeps the hash an older flinkops deployed an unchanged job under, and says so', () => {
    const d = desired();
    const prefixed = d.jobs.find((j) => j.name === 'prefixed')!;
    // The same script, hashed by this flinkops: `startswith(` is upper-cased as STARTSWITH's name.
    expect(prefixed.script).toBe(oldStore().jobs.prefixed!.current!.script);
    expect(prefixed.restartHash).not.toBe('d6de3bb4cfbfd174');
    const diags = keepDeployedHashes(d, oldStore());
    expect(prefixed.restartHash).toBe('d6de3bb4cfbfd174');
    expect(d.jobs.find((j) => j.name === 'plain')!.restartHash).toBe('14359c327fa45a8b');
    expect(diags.map((x) => [x.code, x.severity, x.summary])).toEqual([
      ['FO664', 'info', 'Job prefixed keeps spec hash d6de3bb4cfbf: nothing in it changed'],
    ]);
  });

  it('keeps nothing when the job changed: another script or another jar', () => {
    const edited = desired();
    const job = edited.jobs.find((j) => j.name === 'prefixed')!;
    job.script = job.script.replace("'prefixed'", "'prefix-v2'");
    const hash = job.restartHash;
    expect(keepDeployedHashes(edited, oldStore())).toEqual([]);
    expect(job.restartHash).toBe(hash);

    const rebuilt = desired();
    rebuilt.udfs[0]!.sha256 = 'b'.repeat(64);
    expect(keepDeployedHashes(rebuilt, oldStore())).toEqual([]);
  });

  it('leaves a job the store does not know, or knows under the current hash', () => {
    const d = desired();
    const store = oldStore();
    delete store.jobs.prefixed;
    expect(keepDeployedHashes(d, store)).toEqual([]);
  });
});
