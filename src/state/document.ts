/**
 * The state file on disk: parsing, schema validation and serialisation. A corrupted or
 * hand-edited file yields diagnostics located in that file, so a user can fix it by hand;
 * it is never silently replaced.
 */

import { stateFileValidator } from 'virtual:flinkops-state-validator';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node } from 'yaml';
import { type Diagnostic, error, type SourceRange } from '../core/diagnostics';
import { jsonErrorOffset, jsonErrorSummary } from '../core/json-error';
import { LineIndex } from '../core/text';
import { isMap, isSeq, parseDocument } from '../core/yaml-lib';
import { STATE_FORMAT_VERSION, type StateDoc } from './model';
import { assertNoSecretValues } from './secrets';
import { STATE_CODES, StateStoreError, type WriteMeta } from './store';

/** The JSON written to a state file: the document plus what the store needs for compare-and-swap. */
export interface StateFile {
  version: number;
  updatedAt?: string;
  message?: string;
  state: StateDoc;
}

export type ParsedStateFile =
  | {
      ok: true;
      file: StateFile;
      /** The file's format version, when older than this flinkops writes (its document says the current one). */
      olderFormat?: number;
    }
  | { ok: false; diags: Diagnostic[] };

/** schemas/state.schema.json as ajv standalone code generated at build time (scripts/schema-validators.mjs). */
function validate(): ValidateFunction {
  return stateFileValidator();
}

export function serializeStateFile(file: StateFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Parses and validates a state file. `file` is the path shown in diagnostics (relative to the
 * project); `expect` is the project and environment the store belongs to.
 */
export function parseStateFile(
  text: string,
  file: string,
  expect: { project: string; env: string },
): ParsedStateFile {
  // Only a file with a problem needs its line index (a state file of thousands of jobs has
  // hundreds of thousands of lines).
  let lines: LineIndex | undefined;
  const index = () => (lines ??= new LineIndex(text));
  if (text.trim() === '') {
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.notJson,
          `the state store ${file} is empty`,
          'It was truncated (a full disk, an interrupted copy) or emptied by hand, and the savepoints and history it recorded are not in it. Restore it from a backup (the git history of the state branch, for the git backend). flinkops will not overwrite it; delete it only to start over with no recorded state.',
          index().range(file, 0, 0),
        ),
      ],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(e, text, index());
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.notJson,
          `the state store ${file} is not valid JSON: ${jsonErrorSummary(e)}`,
          'The file was damaged or edited by hand. Fix it at the position shown, or restore it from a backup (the git history of the state branch, for the git backend). flinkops will not overwrite it while it is unreadable. ' +
            'As a last resort, move it aside: the running jobs are found again by their labels (FO626) and none restarts, but the savepoints and history it recorded are lost: a suspended job has no savepoint to resume from (pin one with restoreFrom).',
          index().range(file, offset, Math.min(offset + 1, text.length)),
        ),
      ],
    };
  }

  const fv = (data as { state?: { formatVersion?: unknown } } | null)?.state?.formatVersion;
  if (typeof fv === 'number' && fv > STATE_FORMAT_VERSION) {
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.tooNew,
          `the state store ${file} has format version ${fv}; this flinkops reads version ${STATE_FORMAT_VERSION} and older`,
          'It was written by a newer flinkops. Upgrade flinkops; an older one must not write it.',
          locate(text, index(), file, ['state', 'formatVersion']),
        ),
      ],
    };
  }

  const check = validate();
  if (!check(data)) {
    return { ok: false, diags: schemaDiagnostics(check.errors ?? [], text, index(), file) };
  }
  const parsed = data as StateFile;
  const { project, env } = parsed.state;
  if (project !== expect.project || env !== expect.env) {
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.mismatch,
          `the state store ${file} belongs to ${project}/${env}, not ${expect.project}/${expect.env}`,
          mismatchDetail(project, env, expect),
          locate(text, index(), file, ['state', project !== expect.project ? 'project' : 'env']),
        ),
      ],
    };
  }
  // An older version holds the same document: read as the current one, and so written back.
  const from = parsed.state.formatVersion as number;
  if (from === STATE_FORMAT_VERSION) return { ok: true, file: parsed };
  parsed.state.formatVersion = STATE_FORMAT_VERSION;
  return { ok: true, file: parsed, olderFormat: from };
}

/** Problems with a document about to be written (a bug in the caller, reported as text). */
export function stateDocProblems(doc: StateDoc): string[] {
  const check = validate();
  if (check({ version: 1, state: doc })) return [];
  return (check.errors ?? []).map(
    (e) => `${displayPath(pointerSegments(e.instancePath).slice(1))}: ${message(e)}`,
  );
}

function schemaDiagnostics(
  errors: ErrorObject[],
  text: string,
  index: LineIndex,
  file: string,
): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    const segments = pointerSegments(e.instancePath);
    const key = `${e.instancePath} ${message(e)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inDoc = segments[0] === 'state' ? segments.slice(1) : segments;
    const where = inDoc.length > 0 ? displayPath(inDoc) : segments.length > 0 ? 'state' : 'the top level';
    const extra =
      e.keyword === 'additionalProperties'
        ? (e.params as { additionalProperty: string }).additionalProperty
        : undefined;
    out.push(
      error(
        STATE_CODES.invalid,
        `the state store ${file} is not a valid state document: ${where} ${message(e)}`,
        'The file was edited by hand or written by an incompatible tool. Fix the value shown (schemas/state.schema.json describes the format), or restore the file from a backup. flinkops will not overwrite it while it is invalid.',
        locate(text, index, file, segments, extra),
      ),
    );
  }
  return out;
}

function message(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `has an unknown property '${(e.params as { additionalProperty: string }).additionalProperty}'`;
    case 'enum':
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'propertyNames':
      return 'has a job name that is not an identifier ([a-z][a-z0-9_]*)';
    default:
      return e.message ?? e.keyword;
  }
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function displayPath(segments: readonly string[]): string {
  let out = '';
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/**
 * The range of the value at `segments` in the JSON text (JSON is YAML, whose parser keeps source
 * ranges), or of the key `property` inside it; the nearest existing ancestor when the path is missing.
 */
function locate(
  text: string,
  index: LineIndex,
  file: string,
  segments: string[],
  property?: string,
): SourceRange {
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  let node: Node | null | undefined = doc.contents;
  for (const s of segments) {
    const next = child(node, s);
    if (!next) break;
    node = next;
  }
  if (property !== undefined && isMap(node)) {
    const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === property);
    const keyRange = (pair?.key as Node | undefined)?.range;
    if (keyRange) return index.range(file, keyRange[0], keyRange[1]);
  }
  const r = node?.range;
  if (!r) return index.range(file, 0, 0);
  // A collection's range ends after its closing bracket; point at its first line only.
  const end = isMap(node) || isSeq(node) ? r[0] + 1 : r[1];
  return index.range(file, r[0], end);
}

function child(node: Node | null | undefined, segment: string): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === segment);
    return (pair?.value as Node | null | undefined) ?? undefined;
  }
  if (isSeq(node) && /^\d+$/.test(segment))
    return (node.items[Number(segment)] as Node | undefined) ?? undefined;
  return undefined;
}

/** Refuses documents that would corrupt the store: a bug in the caller, or a secret. */
export function checkWritable(
  doc: StateDoc,
  expect: { project: string; env: string },
  meta: WriteMeta,
): void {
  const problems = stateDocProblems(doc);
  if (doc.project !== expect.project || doc.env !== expect.env) {
    problems.push(`document is for ${doc.project}/${doc.env}, store for ${expect.project}/${expect.env}`);
  }
  if (problems.length > 0) {
    throw new StateStoreError({
      code: STATE_CODES.invalid,
      severity: 'error',
      summary: `refusing to write an invalid state document: ${problems[0]}`,
      detail: `Nothing was written. This is a bug in flinkops; please report it. All problems: ${problems.join('; ')}`,
    });
  }
  if (meta.secretValues) assertNoSecretValues(doc, meta.secretValues);
}

/**
 * Why a store names another project or environment, and what to do. A store at its own path
 * that names another project (or environment) is most often a rename in flinkops.yaml: the jobs
 * of that store still run under their old names, which no plan looks for any more.
 */
function mismatchDetail(project: string, env: string, expect: { project: string; env: string }): string {
  if (project === expect.project)
    return (
      `The file is the store of environment ${env}, and each environment has its own: point --state-file (or FLINKOPS_STATE_FILE) at the one of ${expect.env}, or leave it out for the default. ` +
      'If the file was copied here, move it back.'
    );
  return (
    'Either the file was copied from another project: move it back, or point the state store of this environment at its own file (--state-file). ' +
    `Or the project was renamed from ${project} to ${expect.project} in flinkops.yaml: its jobs still run as ${project}.${env}.<job>, a name flinkops no longer looks for, and this file holds their savepoints. ` +
    `A rename is not done in place: put project: ${project} back, set state: suspended on environment ${env} and apply it (each job stops with a savepoint, listed by flinkops savepoints list JOB); ` +
    `then rename, move this file aside, and pin restoreFrom: <that savepoint> for each job in environments.${expect.env}.jobs before the first apply.`
  );
}
