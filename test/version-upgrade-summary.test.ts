/**
 * What a user sees of a Flink version upgrade as a whole, on two simulators (1.20 and 2.2): the
 * plan warns when flinkops.yaml's flinkVersion is not the release the environment's cluster
 * reports (FO649, at flinkVersion; during a move, against the new cluster), and a move's plan
 * sums up in one line per rendering which jobs move, compiled or in script mode, with their
 * verdicts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRun } from '../src/engine/plan-run';
import { diff, type Plan } from '../src/plan';
import { parsePlanJson } from '../src/plan/plan-file';
import { renderPlanJson, renderPlanMarkdown, renderPlanTerminal } from '../src/render';
import type { Simulator } from '../src/sim';
import { desiredJob, desiredState, liveState, stateDoc } from './plan-fixtures';
import { type MoveBed, moveBed, planDirProject } from './support/sim-plan';

const schema = JSON.parse(readFileSync(new URL('../schemas/plan.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

let old: Simulator;
let next: Simulator;
let dir: string;
let bed: MoveBed;

function write(version: string, env = '') {
  writeFileSync(join(dir, 'flinkops.yaml'), planDirProject('up', env, version));
}

beforeAll(async () => {
  ({ old, next, dir } = bed = await moveBed('flinkops-version-summary-'));
  write('1.20');
});
afterAll(() => bed.close());

const plan = (
  sim: Simulator,
  opts: { offline?: boolean; allowVersionUpgrade?: boolean; keepPrevious?: boolean } = {},
) => bed.plan(sim, opts);

async function planned(sim: Simulator, opts: { offline?: boolean; allowVersionUpgrade?: boolean } = {}) {
  const run = await plan(sim, opts);
  await closeRun(run);
  expect(run.plan, JSON.stringify(run.diags)).toBeDefined();
  return run.plan!;
}

const fo649 = (p: Plan) => p.diagnostics.filter((d) => d.code === 'FO649');

describe('flinkVersion in flinkops.yaml against the cluster (FO649)', () => {
  it('is quiet when the cluster runs the declared release, and the jobs start there', async () => {
    const p = await planned(old);
    expect(fo649(p)).toEqual([]);
    const { report } = await bed.apply(old);
    expect(report.changes.map((c) => c.outcome)).toEqual(['applied', 'applied']);
  });

  it('an environment repointed at a 2.2 cluster with flinkVersion left at 1.20 is warned at flinkVersion', async () => {
    const p = await planned(next);
    const [d, ...more] = fo649(p);
    expect(more).toEqual([]);
    expect(d).toMatchObject({
      severity: 'warning',
      summary:
        'flinkops.yaml declares flinkVersion 1.20, but the cluster of environment prod runs Flink 2.2.0',
      range: { file: 'flinkops.yaml', start: { line: 2, column: 15 } },
    });
    expect(d!.detail).toContain("judge the SQL by Flink 1.20's rules");
    expect(d!.detail).toContain(
      'If environment prod now runs on Flink 2.2, set flinkVersion: "2.2" in flinkops.yaml.',
    );
    // Shown with the rest of the plan, located in the file.
    expect(renderPlanTerminal(p, { color: false })).toContain('flinkops.yaml:2:15');
  });

  it('flinkVersion raised while the environment still points at the old cluster is warned the other way', async () => {
    write('2.2');
    try {
      const [d] = fo649(await planned(old));
      expect(d!.summary).toMatch(
        /^flinkops\.yaml declares flinkVersion 2\.2, but the cluster of environment prod runs Flink 1\.20\.\d+$/,
      );
      expect(d!.detail).toContain(
        'If it should run on Flink 2.2, point its jobmanagerUrl and sqlGatewayUrl at that cluster.',
      );
    } finally {
      write('1.20');
    }
  });

  it('an offline plan does not look at the cluster, so it does not warn', async () => {
    expect(fo649(await planned(next, { offline: true }))).toEqual([]);
  });

  it('a cluster that reports no version is not compared', () => {
    const job = desiredJob('orders');
    const p = diff(
      desiredState([job], '1.20'),
      liveState([], { flinkVersion: undefined }),
      { doc: stateDoc(), version: 0 },
      { allowDelete: false },
    );
    expect(fo649(p)).toEqual([]);
    const mismatch = diff(
      desiredState([job], '1.20'),
      liveState([], { flinkVersion: '2.2.0' }),
      { doc: stateDoc(), version: 0 },
      { allowDelete: false },
    );
    expect(fo649(mismatch)).toHaveLength(1);
  });
});

describe('a move to Flink 2.2 (moveFrom)', () => {
  it('compares flinkVersion with the new cluster, and says it still names the one being left', async () => {
    write('1.20', `    moveFrom: { jobmanagerUrl: ${'OLD'} }\n`.replace('OLD', old.jobmanagerUrl));
    const [d] = fo649(await planned(next));
    expect(d!.summary).toBe(
      'flinkops.yaml declares flinkVersion 1.20, but the cluster of environment prod runs Flink 2.2.0',
    );
    expect(d!.detail).toContain(
      'flinkVersion still names the release of the cluster being left (moveFrom, Flink 1.20); during a move it names the release the jobs move to: set flinkVersion: "2.2" in flinkops.yaml.',
    );
    write('2.2', `    moveFrom: { jobmanagerUrl: ${old.jobmanagerUrl} }\n`);
    expect(fo649(await planned(next))).toEqual([]);
  });

  it('sums the upgrade up in one line: how many jobs move, the compiled ones and the script ones with their verdicts', async () => {
    write('2.2', `    moveFrom: { jobmanagerUrl: ${old.jobmanagerUrl} }\n`);
    const p = await planned(next);
    expect(p.versionUpgrades).toEqual([
      {
        from: '1.20',
        to: '2.2',
        move: true,
        compiled: [{ job: 'compiled_counts', verdict: 'compatible' }],
        script: [{ job: 'script_counts', verdict: 'unknown', refused: 'FO641' }],
      },
    ]);
    const line =
      'Version upgrade Flink 1.20 → 2.2: 2 jobs move; compiled: compiled_counts (compatible); ' +
      'script mode: script_counts (unknown, refused: needs allowNonRestoredState or --allow-version-upgrade).';
    const terminal = renderPlanTerminal(p, { color: false }).split('\n');
    // Beside the summary line, where the eye lands.
    const at = terminal.indexOf(line);
    expect(at).toBeGreaterThan(0);
    expect(terminal[at + 1]).toMatch(/^Plan: /);
    const markdown = renderPlanMarkdown(p);
    expect(markdown).toContain(
      'Version upgrade Flink 1.20 → 2.2: 2 jobs move; compiled: <code>compiled_counts</code> (compatible); ' +
        'script mode: <code>script_counts</code> (unknown, refused: needs allowNonRestoredState or --allow-version-upgrade).',
    );
    // In the head of the comment, which is never shortened.
    expect(markdown.indexOf('Version upgrade')).toBeLessThan(markdown.indexOf('| Job |'));
    const json = renderPlanJson(p);
    const doc = JSON.parse(json);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(doc).slice(0, 9)).toContain('versionUpgrades');
    expect(doc.versionUpgrades).toEqual(p.versionUpgrades);
    // The script job moved as it runs carries a state verdict too: its scripts alone say nothing
    // across releases. So the saved plan, summary included, is one apply reads.
    expect(p.changes.find((c) => c.job === 'script_counts')!.compatibility).toMatchObject({
      verdict: 'unknown',
      source: 'estimate',
    });
    expect(parsePlanJson(json).value?.versionUpgrades).toEqual(p.versionUpgrades);
  });

  it('confirmed with --allow-version-upgrade, the script job is listed as accepted', async () => {
    const p = await planned(next, { allowVersionUpgrade: true });
    expect(p.versionUpgrades?.[0]?.script).toEqual([{ job: 'script_counts', verdict: 'unknown' }]);
    expect(renderPlanTerminal(p, { color: false })).toContain(
      'script mode: script_counts (unknown, accepted with --allow-version-upgrade).',
    );
  });

  it('a plan that changes no job’s version carries no summary', async () => {
    write('1.20');
    const p = await planned(old);
    expect(p.versionUpgrades).toBeUndefined();
    expect(renderPlanTerminal(p, { color: false })).not.toContain('Version upgrade');
    expect(JSON.parse(renderPlanJson(p))).not.toHaveProperty('versionUpgrades');
  });
});
