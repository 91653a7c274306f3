/**
 * What a submission sends to the SQL gateway, in order — the places where real Flink differs
 * from a naive client: statement-set forms, claim mode, the job's own parameters, SET lines.
 */
import { describe, expect, it } from 'vitest';
import { systemClock } from '../core/clock';
import type { FlinkClient } from '../flink/client';
import { ok } from '../flink/errors';
import { type Capabilities, capabilitiesOf, parseFlinkVersion } from '../flink/version';

function capabilitiesFor(release: string, apis: string[]): Capabilities {
  const v = parseFlinkVersion(release);
  return capabilitiesOf({ ...(v ? { flinkVersion: v } : {}), gatewayApiVersions: apis });
}

import type { RunContext } from './context';
import { parseMapOption, type SubmitRequest, submitJob } from './submit';

interface Sent {
  how: 'configure' | 'run';
  text: string;
  executionConfig?: Record<string, string>;
}

function recordingClient(caps: Capabilities): { client: FlinkClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const client = {
    capabilities: async () => caps,
    openSession: async () => ok('s1'),
    closeSession: async () => ok(undefined),
    listJobs: async () => ok([]),
    configureSession: async (_sh: string, text: string) => {
      sent.push({ how: 'configure', text });
      return ok(undefined);
    },
    runStatement: async (_sh: string, text: string, opts?: { executionConfig?: Record<string, string> }) => {
      sent.push({
        how: 'run',
        text,
        ...(opts?.executionConfig ? { executionConfig: opts.executionConfig } : {}),
      });
      return ok({ jobId: /INSERT|STATEMENT SET/.test(text) ? 'j1' : undefined, columns: [], rows: [] });
    },
  } as unknown as FlinkClient;
  return { client, sent };
}

function context(client: FlinkClient): RunContext {
  return {
    client,
    clock: systemClock,
    signal: new AbortController().signal,
    secrets: {},
    commit: 'c0ffee',
    secretValues: new Set(),
    timing: { submitTimeoutMs: 10_000 },
    desired: { project: 'shop', env: 'prod', environment: {} },
    emit: () => {},
  } as unknown as RunContext;
}

function request(script: string, extra: Partial<SubmitRequest> = {}): SubmitRequest {
  return {
    job: 'orders',
    pipelineName: 'shop.prod.orders',
    script,
    specHash: 'abc',
    commit: 'c0ffee',
    parallelism: 2,
    allowNonRestoredState: false,
    ...extra,
  };
}

const DDL = "CREATE TEMPORARY TABLE a (x INT) WITH ('connector' = 'datagen');\n";

describe('submission on the wire', () => {
  it("gathers the SQL client's BEGIN STATEMENT SET form into one EXECUTE STATEMENT SET", async () => {
    const { client, sent } = recordingClient(capabilitiesFor('1.16.3', ['V1']));
    const script = `${DDL}BEGIN STATEMENT SET;\nINSERT INTO b SELECT x FROM a;\nINSERT INTO c SELECT x FROM a;\nEND;\n`;
    const r = await submitJob(context(client), request(script));
    expect(r).toEqual({ ok: true, jobId: 'j1', adoptedExisting: false });
    const submitted = sent.filter((s) => s.executionConfig);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.text).toMatch(
      /^EXECUTE STATEMENT SET\nBEGIN\n {2}INSERT INTO b SELECT x FROM a;\n {2}INSERT INTO c SELECT x FROM a;\nEND$/,
    );
    expect(sent.some((s) => /^(BEGIN STATEMENT SET|END)$/.test(s.text))).toBe(false);
  });

  it('restores with NO_CLAIM under both key names, whatever the script says', async () => {
    const { client, sent } = recordingClient(capabilitiesFor('1.20.3', ['V1', 'V2', 'V3']));
    const script = `SET 'execution.savepoint-restore-mode' = 'CLAIM';\n${DDL}INSERT INTO b SELECT x FROM a;\n`;
    await submitJob(context(client), request(script, { restorePath: 'file:/sp/1' }));
    const cfg = sent.find((s) => s.executionConfig)!.executionConfig!;
    expect(cfg['execution.savepoint.path']).toBe('file:/sp/1');
    expect(cfg['execution.savepoint-restore-mode']).toBe('NO_CLAIM');
    expect(cfg['execution.state-recovery.claim-mode']).toBe('NO_CLAIM');
    expect(sent.some((s) => s.text.includes('CLAIM'))).toBe(false);
  });

  it('restores a changelog job in LEGACY mode: Flink refuses its full first checkpoint under NO_CLAIM', async () => {
    // Real 2.2.0 and 1.20.3: NO_CLAIM failed every checkpoint of the restored job ("does not
    // support enforcing a full snapshot"); CLAIM would let Flink delete the rollback savepoint.
    const { client, sent } = recordingClient(capabilitiesFor('1.20.3', ['V1', 'V2', 'V3']));
    const script = `SET 'state.changelog.enabled' = 'true';\n${DDL}INSERT INTO b SELECT x FROM a;\n`;
    await submitJob(context(client), request(script, { restorePath: 'file:/sp/1' }));
    const cfg = sent.find((s) => s.executionConfig)!.executionConfig!;
    expect(cfg['execution.savepoint-restore-mode']).toBe('LEGACY');
    expect(cfg['execution.state-recovery.claim-mode']).toBe('LEGACY');
    // Switched off again, or no restore: as any other job.
    const off = recordingClient(capabilitiesFor('1.20.3', ['V1', 'V2', 'V3']));
    const again = `SET 'state.changelog.enabled' = 'true';\nSET 'state.changelog.enabled' = 'false';\n${DDL}INSERT INTO b SELECT x FROM a;\n`;
    await submitJob(context(off.client), request(again, { restorePath: 'file:/sp/1' }));
    expect(
      off.sent.find((s) => s.executionConfig)!.executionConfig!['execution.state-recovery.claim-mode'],
    ).toBe('NO_CLAIM');
  });

  it('keeps the restore keys on Flink 1.16 although the script RESETs the session', async () => {
    const { client, sent } = recordingClient(capabilitiesFor('1.16.3', ['V1']));
    const script = `RESET;\n${DDL}INSERT INTO b SELECT x FROM a;\n`;
    await submitJob(context(client), request(script, { restorePath: 'file:/sp/1' }));
    // The session as Flink 1.16 keeps it: SET adds a key, a bare RESET clears them all.
    const session = new Map<string, string>();
    for (const s of sent) {
      if (s.executionConfig) break;
      const set = /^SET '([^']+)' = '([^']*)'$/.exec(s.text);
      if (set) session.set(set[1]!, set[2]!);
      else if (/^RESET\s*$/i.test(s.text)) session.clear();
    }
    expect(session.get('execution.savepoint.path')).toBe('file:/sp/1');
    expect(session.get('execution.savepoint-restore-mode')).toBe('NO_CLAIM');
  });

  it("keeps the job's own global job parameters beside the labels", async () => {
    const { client, sent } = recordingClient(capabilitiesFor('1.20.3', ['V1', 'V2', 'V3']));
    const script = `SET 'pipeline.global-job-parameters' = 'team:rides,flinkops.job:forged';\n${DDL}INSERT INTO b SELECT x FROM a;\n`;
    await submitJob(context(client), request(script));
    const labels = parseMapOption(
      sent.find((s) => s.executionConfig)!.executionConfig!['pipeline.global-job-parameters']!,
    );
    expect(labels).toMatchObject({ team: 'rides', 'flinkops.job': 'orders', 'flinkops.project': 'shop' });
  });

  it('runs SET lines in the session before the DDL that needs them', async () => {
    const { client, sent } = recordingClient(capabilitiesFor('1.20.3', ['V1', 'V2', 'V3']));
    const script = `SET 'table.sql-dialect' = 'default';\n${DDL}INSERT INTO b SELECT x FROM a;\n`;
    await submitJob(context(client), request(script));
    expect(sent.map((s) => s.text.split(' ')[0])).toEqual(['SET', 'CREATE', 'INSERT']);
    expect(sent[0]).toMatchObject({ how: 'configure' });
  });
});

describe('map options as Flink reads them', () => {
  it('splits entries and key/value, honours quotes and YAML flow maps', () => {
    expect(parseMapOption('a:1,b:2')).toEqual({ a: '1', b: '2' });
    expect(parseMapOption("'k:1':'v,2', c : d ")).toEqual({ 'k:1': 'v,2', c: 'd' });
    expect(parseMapOption("'it''s':x")).toEqual({ "it's": 'x' });
    expect(parseMapOption('{team: rides, tier: gold}')).toEqual({ team: 'rides', tier: 'gold' });
  });
});
