/**
 * The state verdict when a Python file the job ships (`python.files` in its settings) is edited and
 * the job's own script creates the Python function from it (`CREATE TEMPORARY FUNCTION … LANGUAGE
 * PYTHON`, no udfs/ artifact): the script is the same, so the stream graphs are too, yet a Python
 * aggregate's accumulator is a type of that file. The aggregate calling it is judged as one calling
 * a function from a rebuilt jar the script loads: unknown, naming the file. Graphs real 1.20.3
 * printed (test/fixtures/explain/1.20/python-udaf-window.json: PythonGroupWindowAggregate calling count_len).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileProject } from '../src/compile';
import type { DesiredJob } from '../src/compile/model';
import { scriptPythonFunctions } from '../src/compile/python-files';
import { diff } from '../src/plan';
import { rebuiltFunctions, specCauses } from '../src/plan/causes';
import { explainedSide, FIXTURE_TABLES } from './explain-fixtures';
import { deployed, liveOf, liveState, record, stateDoc } from './plan-fixtures';

const ROOT = join(import.meta.dirname, '..');
let repo: string;
let py: string;
beforeEach(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'flinkops-script-python-verdict-')), 'repo');
  cpSync(join(ROOT, 'test/fixtures/repos/valid'), repo, { recursive: true });
  writeFileSync(
    join(repo, 'flinkops.yaml'),
    'project: shop\nflinkVersion: "1.20"\nenvironments:\n  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n',
  );
  mkdirSync(join(repo, 'py'));
  py = join(repo, 'py/lens_udfs.py');
  writeFileSync(py, 'def count_len(): return 1\n');
  writeFileSync(join(repo, 'jobs/totals.yaml'), `parallelism: 2\nconfig:\n  python.files: ${py}\n`);
});
afterEach(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

const QUERY =
  'INSERT INTO order_totals\nSELECT customer_id, count_len(amount) AS total\nFROM orders\nGROUP BY customer_id;\n';

function compiled(sql: string): DesiredJob {
  writeFileSync(join(repo, 'jobs/totals.sql'), sql);
  const r = compileProject(repo, { env: 'prod', envVars: {} });
  expect(r.diags.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!.jobs[0]!;
}

/** The compatibility of the upgrade from `v1` (running) to `v2`, Flink's graphs the same on both sides. */
function verdict(v1: DesiredJob, v2: DesiredJob) {
  const tables = new Map([
    ...FIXTURE_TABLES,
    ['lens', { options: { connector: 'filesystem' }, columns: new Map() }],
  ]);
  const side = () => explainedSide('1.20', 'python-udaf-window', tables);
  const plan = diff(
    { ...compileProject(repo, { env: 'prod', envVars: {} }).value!, jobs: [v2] },
    liveState([liveOf(v1)]),
    { doc: stateDoc({ totals: record(v1, { current: deployed(v1) }) }), version: 1 },
    { allowDelete: false, explained: new Map([['totals', { old: side(), next: side() }]]) },
  );
  const change = plan.changes[0]!;
  expect(change.action).toBe('upgrade');
  return change.compatibility!;
}

/** The running job and the one the repository compiles to after an edit of the Python file. */
function edited(sql: string): [DesiredJob, DesiredJob] {
  const v1 = compiled(sql);
  writeFileSync(py, 'def count_len(): return 2\n');
  const v2 = compiled(sql);
  expect(v2.script).toBe(v1.script);
  expect(v2.restartHash).not.toBe(v1.restartHash);
  return [v1, v2];
}

describe("a Python file the job ships, edited, whose function the job's script creates itself", () => {
  const sql = `CREATE TEMPORARY FUNCTION count_len AS 'lens_udfs.count_len' LANGUAGE PYTHON;\n${QUERY}`;

  it('makes a Python aggregate calling it unknown, naming the file', () => {
    const c = verdict(...edited(sql));
    expect(c.verdict).toBe('unknown');
    const agg = c.operators?.find((o) => o.name.startsWith('PythonGroupWindowAggregate'));
    expect(agg?.state).toBe('unknown');
    expect(c.findings.join('\n')).toContain(
      `PythonGroupWindowAggregate (k): the accumulator of count_len is a type of its Python file (${py}), which changed`,
    );
    expect(c.findings.join('\n')).not.toMatch(/PythonGroupWindowAggregate \(k\) keeps its state/);
  });

  it('follows from specCauses: the Python file is the cause, the function is rebuilt', () => {
    const [v1, v2] = edited(sql);
    expect(v2.scriptPythonFunctions).toEqual({ count_len: [py] });
    expect(rebuiltFunctions(specCauses(deployed(v1), v2), v2)).toEqual(['count_len']);
  });
});

describe('scriptPythonFunctions', () => {
  const fn = (name: string, language: 'JAVA' | 'PYTHON') => ({
    name: { parts: [name], name, start: 0, end: 0 },
    temporary: true,
    system: false,
    ifNotExists: false,
    className: 'm.f',
    language,
    jars: [],
  });
  const statements = [
    {
      kind: 'create_function',
      text: "CREATE FUNCTION P1 AS 'm.f' LANGUAGE PYTHON",
      function: fn('P1', 'PYTHON'),
    },
    { kind: 'create_function', text: "CREATE FUNCTION j1 AS 'a.F'", function: fn('j1', 'JAVA') },
    { kind: 'set', text: "SET 'a' = 'b'" },
  ];

  it('maps each Python function the script creates to the counted files the job ships, Java ones not', () => {
    expect(scriptPythonFunctions(statements, { '/a.py': 'x', '/r.txt': 'y' })).toEqual({
      p1: ['/a.py', '/r.txt'],
    });
  });

  it('maps none when the job ships no file flinkops can read', () => {
    expect(scriptPythonFunctions(statements, {})).toEqual({});
  });
});
