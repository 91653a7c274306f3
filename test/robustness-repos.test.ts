/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
/**
 * Broken repositories we have not seen: a seeded, deterministic mutation test. Starting from
 * example-repo and a small fixture repository, each case applies one or two mutations (YAML
 * structure, YAML syntax, odd files, SQL, `${env.X}` references) and runs validate, compile,
 * plan and graph through the CLI. Whatever the input, the contract holds: no exception, exit
 * code 0 or 1, no "internal error" or stack frame, and every error diagnostic has a code, a
 * one-line summary, a detail and, where it has a range, a file that exists (or the named missing
 * flinkops.yaml) and a 1-based line/column inside that file.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics';
import { cli } from './support/cli';
import { type Files, MUTATIONS, Picker, type Tree } from './support/repo-mutations';
import { rng } from './support/rng';

// Fixed so CI is deterministic; FLINKOPS_ROBUST_SEED / FLINKOPS_ROBUST_SCALE explore further locally.
const SEED = Number(process.env.FLINKOPS_ROBUST_SEED ?? 20_240_611);
const SCALE = Number(process.env.FLINKOPS_ROBUST_SCALE ?? 1);
const CASES_PER_BASE = { example: Math.round(320 * SCALE), fixture: Math.round(260 * SCALE) };

function readTree(dir: string, base = dir, out: Files = new Map()): Files {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === '.github' || e.name === '.flinkops') continue;
      readTree(abs, base, out);
    } else out.set(relative(base, abs).split('\\').join('/'), readFileSync(abs, 'utf8'));
  }
  return out;
}

interface Base {
  name: keyof typeof CASES_PER_BASE;
  files: Files;
  env: string;
}

const BASES: Base[] = [
  { name: 'example', files: readTree(join(import.meta.dirname, '../example-repo')), env: 'staging' },
  { name: 'fixture', files: readTree(join(import.meta.dirname, 'fixtures/repos/valid')), env: 'dev' },
];

interface Problem {
  where: string;
  what: string;
}

function lineBounds(text: string): number[] {
  // Lengths of the lines, split the way LineIndex splits them (\r\n, \r, \n).
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Codes about a directory rather than a file: the project directory, a folder, a subfolder. */
const UNLOCATED = new Set(['FO100', 'FO101', 'FO109']);

/** Whether a path exists, a broken symbolic link included (it is what the diagnostic names). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Checks one diagnostic against the contract; returns what is wrong with it. */
function checkDiagnostic(d: Diagnostic, dir: string): string | undefined {
  if (d.severity !== 'error' && d.severity !== 'warning' && d.severity !== 'info') return 'bad severity';
  if (!/^FO\d{3}$/.test(d.code ?? '')) return `bad code ${d.code}`;
  if (!d.summary || d.summary.includes('\n')) return `bad summary ${JSON.stringify(d.summary)}`;
  if (!d.detail || d.detail.trim().length < 5) return `no detail for ${d.code}`;
  if (/internal error|\n\s+at /.test(`${d.summary}\n${d.detail}`)) return `internal error in ${d.code}`;
  if (!d.range) {
    // Only problems of the project as a whole (or of a folder) may lack a position in a file.
    if (d.severity === 'error' && /^FO[123]/.test(d.code) && !UNLOCATED.has(d.code))
      return `${d.code} has no range: ${d.summary}`;
    return undefined;
  }
  const { file, start, end } = d.range;
  if (!file || file.startsWith('/') || file.includes('\\')) return `${d.code}: bad file ${file}`;
  const abs = join(dir, file);
  if (!exists(abs)) {
    if (file === 'flinkops.yaml' && d.code === 'FO100') return undefined;
    return `${d.code}: range in missing file ${file}`;
  }
  let text: string;
  try {
    if (!existsSync(abs) || !statSync(abs).isFile()) return undefined;
    text = readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
  if (text.length > 1024 * 1024) return undefined;
  const lens = lineBounds(text);
  for (const [label, p] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.column) || p.line < 1 || p.column < 1)
      return `${d.code} ${file}: ${label} ${p.line}:${p.column} is not 1-based`;
    if (p.line > lens.length) return `${d.code} ${file}: ${label} line ${p.line} > ${lens.length} lines`;
    if (p.column > lens[p.line - 1]! + 1)
      return `${d.code} ${file}: ${label} ${p.line}:${p.column} beyond the line (${lens[p.line - 1]} chars)`;
  }
  if (end.line < start.line || (end.line === start.line && end.column < start.column))
    return `${d.code} ${file}: range ends before it starts`;
  return undefined;
}

function diagnosticsOf(stdout: string): Diagnostic[] | undefined {
  try {
    const j = JSON.parse(stdout) as { diagnostics?: Diagnostic[] };
    return j.diagnostics ?? [];
  } catch {
    return undefined;
  }
}

async function checkRepo(dir: string, env: string, where: string, problems: Problem[]): Promise<void> {
  const runs: [string, string[], boolean][] = [
    ['validate', ['validate', '--dir', dir], false],
    ['validate --json', ['validate', '--dir', dir, '--json'], true],
    ['compile --json', ['compile', '--dir', dir, '--json'], true],
    // At a fixed instant: both repositories schedule a job, and a plan is the same at any hour.
    [
      'plan',
      [
        'plan',
        '--offline',
        '--dir',
        dir,
        '--env',
        env,
        '--json',
        '--commit',
        'abc123',
        '--now',
        '2026-01-05T10:00:00Z',
      ],
      true,
    ],
    ['graph', ['graph', '--dir', dir, '--env', env], false],
  ];
  for (const [label, argv, json] of runs) {
    let run: Awaited<ReturnType<typeof cli>>;
    try {
      run = await cli(argv, { env: {} });
    } catch (e) {
      problems.push({ where: `${where} ${label}`, what: `threw ${(e as Error).stack ?? e}` });
      continue;
    }
    const out = `${run.stdout}\n${run.stderr}`;
    if (run.code !== 0 && run.code !== 1)
      problems.push({ where: `${where} ${label}`, what: `exit ${run.code}` });
    if (/internal error/i.test(out) || /^\s{4}at /m.test(out))
      problems.push({ where: `${where} ${label}`, what: out.slice(0, 600) });
    if (run.code === 1 && !run.stderr.trim() && !json)
      problems.push({ where: `${where} ${label}`, what: 'failed without saying why' });
    if (!json) continue;
    const diags = diagnosticsOf(run.stdout);
    if (!diags) {
      if (run.stdout.trim())
        problems.push({ where: `${where} ${label}`, what: `not JSON: ${run.stdout.slice(0, 200)}` });
      else if (run.code !== 0 && !run.stderr.trim())
        problems.push({ where: `${where} ${label}`, what: 'failed without output' });
      continue;
    }
    if (run.code === 1 && !diags.some((d) => d.severity === 'error') && !run.stderr.trim())
      problems.push({ where: `${where} ${label}`, what: 'exit 1 without an error diagnostic' });
    for (const d of diags) {
      const bad = checkDiagnostic(d, dir);
      if (bad) problems.push({ where: `${where} ${label}`, what: bad });
    }
  }
}

function writeTree(dir: string, t: Tree): void {
  for (const [file, text] of t.files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  for (const op of t.fsOps) {
    try {
      op(dir);
    } catch {
      // e.g. a folder the mutation removed: the case just has one mutation fewer
    }
  }
}

describe('broken repositories never crash flinkops', () => {
  const root = mkdtempSync(join(tmpdir(), 'flinkops-robust-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const base of BASES) {
    it(`${CASES_PER_BASE[base.name]} seeded mutations of the ${base.name} repository`, {
      timeout: 60_000 * SCALE,
    }, async () => {
      const r = new Picker(rng(SEED + base.name.length));
      const problems: Problem[] = [];
      for (let n = 0; n < CASES_PER_BASE[base.name]; n++) {
        const tree: Tree = { files: new Map(base.files), fsOps: [] };
        const applied: string[] = [];
        const count = r.int(3) === 0 ? 2 : 1;
        for (let k = 0; k < count; k++) {
          // Round-robin over the classes first so every class runs, then at random.
          const m = n < MUTATIONS.length && k === 0 ? MUTATIONS[n]! : r.pick(MUTATIONS);
          let what: string | undefined;
          try {
            what = m.apply(tree, r);
          } catch {
            // The mutator's own YAML round trip refused the file (e.g. an alias it cannot print).
          }
          if (what) applied.push(`${m.name}: ${what}`);
        }
        const dir = join(root, `${base.name}-${n}`);
        mkdirSync(dir);
        writeTree(dir, tree);
        const before = problems.length;
        // A hang fails the test by its timeout; speed is the benchmarks' to measure (bench/), not a test's.
        await checkRepo(dir, base.env, `#${n} [${applied.join(' + ')}]`, problems);
        // A failing case's directory stays until the end of the run, for a look.
        if (problems.length === before) rmSync(dir, { recursive: true, force: true });
      }
      // One line per distinct problem (with the first case that showed it), then the total.
      const distinct = new Map<string, string>();
      for (const p of problems) {
        const key =
          p.what
            .replace(/\d+/g, 'N')
            .split('\n')
            .find((l) => l.trim()) ?? p.what;
        if (!distinct.has(key)) distinct.set(key, `${p.where}\n    ${p.what.trim().slice(0, 400)}`);
      }
      expect([...distinct.values()], `${problems.length} problems`).toEqual([]);
    });
  }
});
