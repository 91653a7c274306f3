/**
 * A saved plan read back (`flinkops apply PLAN.json`). The whole file is checked against
 * schemas/plan.schema.json before apply looks at it: a hand-edited or truncated plan is refused
 * with what is wrong and where, never half-understood.
 */

import { planFileValidator } from 'virtual:flinkops-plan-validator';
import type { ErrorObject } from 'ajv';
import { type Diagnostic, error, type Result, type SourceRange } from '../core/diagnostics';
import { jsonErrorOffset, jsonErrorSummary } from '../core/json-error';
import { LineIndex } from '../core/text';
import { parseWithLibrary } from '../load/yaml-source';
import { changeMode, type JobChange, PLAN_FORMAT_VERSION, type Plan } from './model';

/** Codes of the plan-file diagnostics (plan range FO6xx). */
export const PLAN_FILE_CODES = { invalid: 'FO690', version: 'FO691' } as const;

/** Problems named in the summary; the detail lists them all with their place. */
const SUMMARY_PROBLEMS = 3;

type Path = (string | number)[];

interface Problem {
  text: string;
  path: Path;
  what: 'key' | 'value';
}

const START: SourceRange['start'] = { line: 1, column: 1 };

function pointerToPath(pointer: string, data: unknown): Path {
  const out: Path = [];
  let cur: unknown = data;
  for (const raw of pointer ? pointer.slice(1).split('/') : []) {
    const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const key = Array.isArray(cur) ? Number(seg) : seg;
    out.push(key);
    cur = cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

/** `changes[1].action`, as the file's reader would write it. */
function where(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function typeWords(t: unknown): string | undefined {
  const words: Record<string, string> = {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean',
    null: 'null',
  };
  const list = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
  if (list.length === 0) return undefined;
  return list.map((x) => words[x] ?? x).join(' or ');
}

/** One ajv error (verbose) as a short sentence about the plan, or undefined when another error says it. */
function problemOf(e: ErrorObject, data: unknown): Problem | undefined {
  const path = pointerToPath(e.instancePath, data);
  const at = path.length ? where(path) : 'the plan';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      const prop = (e.parentSchema?.properties as Record<string, { type?: unknown }> | undefined)?.[key];
      const words = typeWords(prop?.type);
      const name = where([...path, key]);
      return { text: words ? `${name} must be ${words}` : `${name} is missing`, path, what: 'value' };
    }
    case 'type':
      return { text: `${at} must be ${typeWords(p.type) ?? String(p.type)}`, path, what: 'value' };
    case 'enum':
      return {
        text: `${at} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
        path,
        what: 'value',
      };
    case 'const':
      return { text: `${at} must be ${JSON.stringify(p.allowedValue)}`, path, what: 'value' };
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return { text: `${at} has an unknown key "${key}"`, path: [...path, key], what: 'key' };
    }
    case 'if':
      return undefined; // the failing `then` reports what is missing
    default:
      return { text: `${at} ${e.message ?? 'is invalid'}`, path, what: 'value' };
  }
}

/**
 * Reads a plan.json back. A file from another flinkops version is refused with a diagnostic
 * that says which way to go; a damaged one with each problem and its line and column.
 */
export function parsePlanJson(text: string, file = 'plan.json'): Result<Plan | undefined> {
  const fail = (
    code: string,
    summary: string,
    detail: string,
    range: SourceRange = { file, start: START, end: START },
  ): Result<undefined> => ({ value: undefined, diags: [error(code, summary, detail, range)] });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = jsonErrorSummary(e);
    const lines = new LineIndex(text);
    const at = lines.pos(jsonErrorOffset(e, text, lines));
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not valid JSON: ${message}`,
      'Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand.',
      { file, start: at, end: at },
    );
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !('formatVersion' in doc)) {
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not a flinkops plan: it has no formatVersion`,
      'Pass the file written by `flinkops plan --out plan.json` (or `flinkops plan --json`).',
    );
  }
  const version = (doc as Record<string, unknown>).formatVersion;
  if (version !== PLAN_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > PLAN_FORMAT_VERSION;
    return fail(
      PLAN_FILE_CODES.version,
      `${file} has plan format version ${JSON.stringify(version)}; this flinkops reads version ${PLAN_FORMAT_VERSION}`,
      newer
        ? 'The plan was written by a newer flinkops. Upgrade flinkops, or plan again with this version.'
        : 'The plan was written by another flinkops version. Plan again with this version.',
    );
  }
  const validate = planFileValidator();
  if (validate(doc)) return { value: doc as Plan, diags: [] };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const p = problemOf(e, doc);
    if (!p || seen.has(p.text)) continue;
    seen.add(p.text);
    problems.push(p);
  }
  // Positions only for a broken file: JSON is YAML, and the YAML reader keeps them.
  const source = parseWithLibrary(file, text).value;
  const located = problems
    .map((p) => ({ ...p, range: source?.locate(p.path, p.what) ?? { file, start: START, end: START } }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  const place = (r: SourceRange) => `${r.file}:${r.start.line}:${r.start.column}`;
  const shown = located.slice(0, SUMMARY_PROBLEMS).map((p) => p.text);
  const more = problems.length > SUMMARY_PROBLEMS ? ` (and ${problems.length - SUMMARY_PROBLEMS} more)` : '';
  return fail(
    PLAN_FILE_CODES.invalid,
    `${file} is not a valid flinkops plan: ${shown.join('; ')}${more}`,
    [
      ...located.map((p) => `${place(p.range)}: ${p.text}.`),
      'Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand.',
    ].join('\n'),
    located[0]?.range,
  );
}

/** What a change makes apply do, as it reads it: its action, how state is carried, from where, to which job. */
function howApplied(c: JobChange): string {
  const mode = changeMode(c);
  return [c.action, mode ? ` (${mode})` : '', c.restoreFrom ? ` from ${c.restoreFrom}` : ''].join('');
}

/**
 * A saved plan made against the cluster and the store that are there now, from the repository
 * there is now, holds the changes flinkops plans now: how each job is changed (its action, the
 * strategy or rescale mode, the savepoint it restores, the live job it acts on) is computed, never
 * read from the file. A change that differs was edited in the file (a `savepoint` upgrade made
 * `stateless` would throw the job's state away), and the plan is refused. Changes asked for on the
 * command line (`--replace`) have no counterpart in a plan made without it, and a schedule's
 * (suspend, resume) depends on the time it was planned at; a plan made against
 * another cluster or store state is left to the stale-plan check (FO701).
 */
export function planMatchesFreshPlan(saved: Plan, fresh: Plan, file: string): Diagnostic[] {
  if (saved.liveFingerprint !== fresh.liveFingerprint || saved.stateVersion !== fresh.stateVersion) return [];
  const now = new Map(fresh.changes.map((c) => [c.job, c]));
  const diags: Diagnostic[] = [];
  for (const c of saved.changes) {
    // `--replace` is not in a plan made without it; a schedule's window may have opened or closed since.
    if (c.action === 'none' || c.causes.some((k) => k.kind === 'request' || k.kind === 'schedule')) continue;
    const f = now.get(c.job);
    if (f?.causes.some((k) => k.kind === 'schedule')) continue;
    // A change flinkops refuses (a deletion without --allow-delete, a policy, FO684) that the file
    // would carry out: its `refused` entry was taken out.
    if (!c.refused && f?.refused && f.action === c.action) {
      diags.push(
        error(
          PLAN_FILE_CODES.invalid,
          `${file} would ${howApplied(c)} job ${c.job}, which flinkops refuses: ${f.refused.summary}`,
          `${f.refused.code}: ${f.refused.detail} The plan file says otherwise: it was edited, or made with a flag this apply was not given (e.g. --allow-delete, --allow-older-checkout). Give the same flags, or write the plan again with \`flinkops plan --out plan.json\`.`,
        ),
      );
      continue;
    }
    const same =
      f !== undefined &&
      f.action === c.action &&
      changeMode(f) === changeMode(c) &&
      f.restoreFrom === c.restoreFrom &&
      f.liveJobId === c.liveJobId;
    if (same) continue;
    // The same action on another live job: say which, or the two sides read alike.
    const of = (x: JobChange) =>
      f !== undefined && f.liveJobId !== c.liveJobId ? ` (live job ${x.liveJobId ?? 'none'})` : '';
    diags.push(
      error(
        PLAN_FILE_CODES.invalid,
        `${file} was edited: it would ${howApplied(c)} job ${c.job}${of(c)}, where flinkops plans to ${f ? `${howApplied(f)}${of(f)}` : 'leave it alone'}`,
        'The repository, the cluster and the state store are as they were when the plan was saved, so its changes must be the ones flinkops plans from them. ' +
          "Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand (change the repository instead: upgradeMode, restoreFrom, parallelism in the job's settings).",
      ),
    );
  }
  // One entry per job: a job whose change was taken out of the file would be left alone in silence.
  // A job the repository gained since is created (or adopted) by the next plan, and a targeted
  // plan names what it left out.
  const kept = new Set(saved.changes.map((c) => c.job));
  const omitted = new Set(saved.target?.omitted.map((o) => o.job) ?? []);
  for (const f of fresh.changes) {
    if (kept.has(f.job) || f.action === 'none' || f.action === 'create' || f.action === 'adopt') continue;
    if (f.refused || omitted.has(f.job) || f.causes.some((k) => k.kind === 'schedule')) continue;
    diags.push(
      error(
        PLAN_FILE_CODES.invalid,
        `${file} was edited: it leaves out job ${f.job}, which flinkops plans to ${howApplied(f)}`,
        'The repository, the cluster and the state store are as they were when the plan was saved, so it must hold every job flinkops plans from them. ' +
          'Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand (to apply one job only, plan with --target JOB).',
      ),
    );
  }
  return diags;
}
