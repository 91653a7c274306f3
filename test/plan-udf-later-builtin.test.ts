/**
 * FO668: a team's UDF named like a built-in a later Flink release added (`split`, SPLIT since
 * 1.20). On Flink 1.19 the job calls the UDF; moved to 1.20 (or with flinkVersion raised in place)
 * the same SQL calls Flink's SPLIT. Real Flink 1.20.3 ran a job moved from 1.19.1 with the
 * built-in — the UDF's trimmed ["360","x","y"] became ["348"," x ","","y"] — and the plan called
 * the move compatible without a word; a one-argument call made 1.20's planner refuse the job. The
 * plan now says so at each call, before anything stops.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import type { DesiredState } from '../src/compile/model';
import { diff } from '../src/plan';
import { deployed, liveOf, liveState, NOW, record, stateDoc } from './plan-fixtures';

const OLD = 'http://flink-1-19:8081';

function repo(flinkVersion: string, files: Record<string, string> = {}): DesiredState {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-later-builtin-'));
  const all: Record<string, string> = {
    'flinkops.yaml': `project: shop\nflinkVersion: "${flinkVersion}"\nenvironments:\n  prod:\n    jobmanagerUrl: http://127.0.0.1:8081\n    sqlGatewayUrl: http://127.0.0.1:8083\n`,
    'tables/src.sql': "CREATE TABLE src (id BIGINT, s STRING) WITH ('connector' = 'datagen');",
    'tables/dst.sql': "CREATE TABLE dst (id BIGINT, parts ARRAY<STRING>) WITH ('connector' = 'blackhole');",
    'udfs/team.yaml': `jar: s3://b/team.jar\nsha256: ${'a'.repeat(64)}\nfunctions:\n  - { name: split, class: com.acme.Split, language: java }\n  - { name: url_decode, class: com.acme.UrlDecode, language: java }\n`,
    'jobs/parts.sql':
      "-- the team's split\nINSERT INTO dst\nSELECT id, split(url_decode(s), ',') FROM src;\n",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = compileProject(dir, { env: 'prod', envVars: {} });
  if (!r.value) throw new Error(r.diags.map((d) => d.summary).join('\n'));
  return r.value;
}

/** The plan of `now`, for a job deployed as `before` compiled it, on `deployedOn` (undefined: not recorded). */
function plan(
  before: DesiredState,
  now: DesiredState,
  o: { cluster: string; previous?: string; deployedOn?: string; recorded?: boolean },
) {
  const old = before.jobs[0]!;
  const live = liveOf(old, o.previous ? { previousCluster: true } : {});
  const current = deployed(old, o.deployedOn ? { flinkVersion: o.deployedOn } : {});
  return diff(
    now,
    liveState([live], {
      flinkVersion: o.cluster,
      ...(o.previous ? { previous: { jobmanagerUrl: OLD, flinkVersion: o.previous } } : {}),
    }),
    { doc: stateDoc(o.recorded === false ? {} : { parts: record(old, { current }) }), version: 3 },
    { allowDelete: false, now: NOW },
  );
}

const fo668 = (p: ReturnType<typeof diff>) => p.diagnostics.filter((d) => d.code === 'FO668');

describe('FO668: a UDF whose name a later release made a built-in', () => {
  it('compile finds the calls of such UDFs, at the call, whatever flinkVersion says', () => {
    for (const v of ['1.19', '1.20']) {
      const calls = repo(v).jobs[0]!.laterBuiltinCalls;
      expect(calls?.map((c) => [c.name, c.since, c.udfFile, c.range.file, c.range.start])).toEqual([
        ['split', '1.20', 'udfs/team.yaml', 'jobs/parts.sql', { line: 3, column: 12 }],
        ['url_decode', '2.0', 'udfs/team.yaml', 'jobs/parts.sql', { line: 3, column: 18 }],
      ]);
    }
  });

  it('a move from Flink 1.19 to 1.20 warns at the split call, not at url_decode (a built-in from 2.0 only)', () => {
    const p = plan(repo('1.19'), repo('1.20'), { cluster: '1.20.3', previous: '1.19.1', deployedOn: '1.19' });
    expect(p.changes[0]).toMatchObject({ job: 'parts', action: 'upgrade', move: { from: OLD } });
    const [d, ...more] = fo668(p);
    expect(more).toEqual([]);
    expect(d).toMatchObject({
      severity: 'warning',
      summary:
        "job parts: split(...) called the UDF com.acme.Split on Flink 1.19, where it last ran; Flink 1.20 added a built-in SPLIT, so on Flink 1.20 the call runs Flink's SPLIT, never the UDF",
      range: { file: 'jobs/parts.sql', start: { line: 3, column: 12 }, end: { line: 3, column: 17 } },
    });
    expect(d!.detail).toContain('rename it in udfs/team.yaml (e.g. team_split)');
  });

  it('a move to 2.0 warns at both calls', () => {
    const p = plan(repo('1.19'), repo('2.0'), { cluster: '2.0.2', previous: '1.19.1', deployedOn: '1.19' });
    expect(fo668(p).map((d) => d.summary.match(/built-in (\w+)/)![1])).toEqual(['SPLIT', 'URL_DECODE']);
  });

  it('flinkVersion raised in place, the cluster still on 1.19: warned (its planner will not find split)', () => {
    const p = plan(repo('1.19'), repo('1.20'), { cluster: '1.19.1', deployedOn: '1.19' });
    expect(fo668(p)).toHaveLength(1);
    expect(fo668(p)[0]!.detail).toContain('Flink 1.19, which this cluster runs, has no SPLIT');
  });

  it('flinkVersion left at 1.19 on a cluster that runs 1.20: warned (the script creates split, 1.20 runs SPLIT)', () => {
    const p = plan(repo('1.19'), repo('1.19'), { cluster: '1.20.3', deployedOn: '1.19' });
    expect(fo668(p)).toHaveLength(1);
  });

  it('a store that did not record the release: the deployed script created split', () => {
    const p = plan(repo('1.19'), repo('1.20'), { cluster: '1.20.3', previous: '1.19.1' });
    expect(fo668(p)).toHaveLength(1);
  });

  it('nothing to say: a job already on 1.20, a new job, a project staying on 1.19', () => {
    expect(fo668(plan(repo('1.20'), repo('1.20'), { cluster: '1.20.3', deployedOn: '1.20' }))).toEqual([]);
    expect(fo668(plan(repo('1.20'), repo('1.20'), { cluster: '1.20.3', recorded: false }))).toEqual([]);
    expect(fo668(plan(repo('1.19'), repo('1.19'), { cluster: '1.19.1', deployedOn: '1.19' }))).toEqual([]);
  });

  it('a call in a view the job reads is located in the view', () => {
    const files = {
      'tables/parts_v.sql': "CREATE VIEW parts_v AS\nSELECT id, split(s, ',') AS parts FROM src;",
      'jobs/parts.sql': 'INSERT INTO dst SELECT id, parts FROM parts_v;',
    };
    const p = plan(repo('1.19', files), repo('1.20', files), {
      cluster: '1.20.3',
      previous: '1.19.1',
      deployedOn: '1.19',
    });
    expect(fo668(p).map((d) => [d.range?.file, d.range?.start])).toEqual([
      ['tables/parts_v.sql', { line: 2, column: 12 }],
    ]);
  });
});
