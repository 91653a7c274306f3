/**
 * Why a job changes, for people: which restart-needing settings changed, whether
 * the compiled script changed, and which tables, views and UDFs in it changed.
 * Found by comparing the store's current version (script and settings as deployed)
 * with the desired job. Never used for a decision: the spec hash decides.
 */

import { type Effect, SETTING_EFFECTS } from '../compile/effects';
import type { DesiredJob } from '../compile/model';
import { canonicalJson } from '../core/hash';
import type { DeployedVersion } from '../state/model';
import type { Cause } from './model';
import { scriptShape } from './script-shape';

/** The effect of a setting change, from compile's one table; an unknown key restarts (the safe side). */
export function settingEffect(key: string): Effect {
  return (SETTING_EFFECTS as Record<string, Effect>)[key] ?? 'upgrade';
}

function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const s = typeof v === 'string' ? v : canonicalJson(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Settings whose absence is a value: `planMode: script` is left out of resolved settings (it is
 * the default), so a switch shows `script → compiled` rather than `(none) → compiled`.
 */
const SHOWN_DEFAULTS: Readonly<Record<string, unknown>> = { planMode: 'script' };

/** Restart-needing settings that differ between the deployed version and the desired job. */
export function settingCauses(deployed: DeployedVersion | undefined, job: DesiredJob): Cause[] {
  const before = deployed?.settings;
  if (!before) return [];
  const after = job.settings as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: Cause[] = [];
  for (const key of keys) {
    const effect = settingEffect(key);
    if (effect !== 'upgrade' && effect !== 'redeploy') continue;
    out.push(...valueCauses(key, before[key] ?? SHOWN_DEFAULTS[key], after[key] ?? SHOWN_DEFAULTS[key]));
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One cause per changed leaf: `config.table.exec.state.ttl` rather than the whole map. */
function valueCauses(path: string, a: unknown, b: unknown): Cause[] {
  if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) return [];
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
    return keys.flatMap((k) => valueCauses(`${path}.${k}`, x[k], y[k]));
  }
  const from = show(a);
  const to = show(b);
  return [
    { kind: 'setting', path, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) },
  ];
}

/** A table's schema text without its `COMMENT '…'` clauses (of the table and of its columns). */
function withoutComments(schema: string): string {
  return schema.replace(/\bCOMMENT\s+'(?:[^']|'')*'/gi, '');
}

/** Tables, views and UDFs whose DDL differs between two scripts. */
export function ddlCauses(oldScript: string, newScript: string): Cause[] {
  const a = scriptShape(oldScript);
  const b = scriptShape(newScript);
  const out: Cause[] = [];
  const tables = new Set([...a.tables.keys(), ...b.tables.keys()]);
  for (const name of [...tables].sort()) {
    const x = a.tables.get(name);
    const y = b.tables.get(name);
    // A table that only appears on one side follows a query change, which the script cause names.
    if (!x || !y) continue;
    if (x.schema !== y.schema || x.options !== y.options) {
      out.push({
        kind: 'table',
        path: name,
        to:
          x.schema === y.schema
            ? 'options changed'
            : withoutComments(x.schema) === withoutComments(y.schema)
              ? 'comment changed'
              : 'schema changed',
      });
    }
  }
  for (const name of [...new Set([...a.views.keys(), ...b.views.keys()])].sort()) {
    const x = a.views.get(name);
    const y = b.views.get(name);
    if (x && y && x.text !== y.text) out.push({ kind: 'table', path: name, to: 'view query changed' });
  }
  for (const name of [...new Set([...a.functions.keys(), ...b.functions.keys()])].sort()) {
    const x = a.functions.get(name);
    const y = b.functions.get(name);
    if (x !== undefined && y !== undefined && x !== y)
      out.push({ kind: 'udf', path: name, to: 'definition changed' });
  }
  return out;
}

/**
 * Whether two scripts differ beyond the DDL of the objects both declare: SET lines, INSERT
 * queries, other statements, or which tables, views and functions they declare at all.
 */
function ownPartsDiffer(oldScript: string, newScript: string): boolean {
  const a = scriptShape(oldScript);
  const b = scriptShape(newScript);
  if (a.broken || b.broken) return true;
  const same = <V>(x: Map<string, V>, y: Map<string, V>, key: (v: V) => string) =>
    x.size === y.size && [...x].every(([k, v]) => y.has(k) && key(y.get(k)!) === key(v));
  const names = (x: Map<string, unknown>) => [...x.keys()].sort().join('\u0001');
  return !(
    same(a.sets, b.sets, (v) => v) &&
    same(a.queries, b.queries, (q) => q.text) &&
    a.other.join('\u0001') === b.other.join('\u0001') &&
    names(a.tables) === names(b.tables) &&
    names(a.views) === names(b.views) &&
    names(a.functions) === names(b.functions)
  );
}

/**
 * The note of a UDF cause for a job an older flinkops deployed before scripts loaded UDF jars with
 * `ADD JAR` (2 Dec 2026): the repository did not change, the script flinkops writes for it did.
 */
export const ADD_JAR_NOTE =
  'its jar is now added to the session with ADD JAR, which the flinkops that deployed the job did not write (an older flinkops; the repository did not change)';

/** Whether `newScript` is `oldScript` with only `ADD JAR` lines added (written since 2 Dec 2026). */
function onlyAddJarAdded(oldScript: string, newScript: string): boolean {
  const isAddJar = (l: string) => /^ADD JAR /i.test(l.trim());
  const before = oldScript.split('\n');
  const after = newScript.split('\n');
  if (before.some(isAddJar) || !after.some(isAddJar)) return false;
  return after.filter((l) => !isAddJar(l)).join('\n') === oldScript;
}

/** What a cause says of a new build of a job's jars under the same URI (one artifact, several). */
const JAR_REBUILT = ['jar sha256 changed', 'the sha256 of one of their jars changed'] as const;

/**
 * What a cause says of a new build of a jar the job's own script loads (ADD JAR, USING JAR), by
 * what else may be why: nothing, a UDF artifact's jar (+1), a Python file the job ships (+2).
 */
const SCRIPT_JAR_CHANGED = [
  'jar changed',
  'a jar of the script or of a UDF artifact changed',
  'a jar of the script or a Python file changed',
  'a jar of the script or of a UDF artifact, or a Python file changed',
] as const;

/**
 * What a cause says of an edit of a Python file the job ships, by what else may be why: nothing,
 * a UDF artifact's jar (+1), a jar the script loads itself (+2).
 */
const PYTHON_CHANGED = [
  'Python file changed',
  'a Python file or a UDF jar changed',
  'a Python file or a jar of the script changed',
  'a Python file, a jar of the script or a UDF jar changed',
] as const;

/**
 * The functions whose code may be another build: the job's own when its causes say a jar's sha256
 * or a Python file it ships changed (the script, and so each CREATE FUNCTION, is the same). The
 * store keeps no jar's sha256, so a cause names every jar that may have changed, and each
 * function that may load from one is taken: the repository's UDFs, and the functions the script
 * creates from a jar it loads itself (`scriptJarFunctions`) or in Python (`scriptPythonFunctions`,
 * on an edit of a Python file); one from another jar (an `s3://` one, which the hash does not count)
 * is not.
 */
export function rebuiltFunctions(causes: readonly Cause[], job: DesiredJob): string[] {
  const scriptJar = scriptJarChanged(causes);
  const repository =
    jarRebuilt(causes) || pythonFileChanged(causes) || (scriptJar && job.udfs.length > 0)
      ? job.functions.map((f) => f.toLowerCase())
      : [];
  // Either cause may be why the functions the script creates from its own jars are another build;
  // an edit of a Python file the job ships, why the Python functions it creates itself are.
  const python = pythonFileChanged(causes);
  const own = scriptJar || python ? Object.keys(job.scriptJarFunctions ?? {}) : [];
  const ownPython = python ? Object.keys(job.scriptPythonFunctions ?? {}) : [];
  return [...new Set([...repository, ...own, ...ownPython])];
}

/** Whether `causes` say a new build of a jar the script loads itself (its script and settings the same) changed the job. */
function scriptJarChanged(causes: readonly Cause[]): boolean {
  return causes.some(
    (c) => c.kind === 'udf' && (SCRIPT_JAR_CHANGED as readonly string[]).includes(c.to ?? ''),
  );
}

/** Whether `causes` say an edit of a Python file the job ships (its script and settings the same) changed the job. */
export function pythonFileChanged(causes: readonly Cause[]): boolean {
  return causes.some((c) => c.kind === 'udf' && (PYTHON_CHANGED as readonly string[]).includes(c.to ?? ''));
}

/** Whether `causes` say a new build of a UDF jar under the same URI changed the job. */
export function jarRebuilt(causes: readonly Cause[]): boolean {
  return causes.some((c) => c.kind === 'udf' && (JAR_REBUILT as readonly string[]).includes(c.to ?? ''));
}

/** Everything that explains a spec change from `deployed` to `job`. */
export function specCauses(deployed: DeployedVersion | undefined, job: DesiredJob): Cause[] {
  const out: Cause[] = [];
  const old = deployed?.script;
  if (old !== undefined && old !== job.script && job.udfs.length > 0 && onlyAddJarAdded(old, job.script)) {
    out.push({ kind: 'udf', path: job.udfs.join(', '), to: ADD_JAR_NOTE });
  } else if (old !== undefined && old !== job.script) {
    // The repository's tables, views and UDFs the job uses; one its own script declares (a
    // CREATE TEMPORARY TABLE, the table of a CREATE TABLE ... AS, a CREATE FUNCTION) is an edit
    // of the job's file.
    const shared = new Set([...job.tables, ...job.views]);
    const functions = new Set(job.functions.map((f) => f.toLowerCase()));
    const all = ddlCauses(old, job.script);
    const ddl = all.filter((c) =>
      c.kind === 'udf' ? functions.has(c.path.toLowerCase()) : shared.has(c.path),
    );
    // The job's own file is named only when more than the tables, views and UDFs it uses changed:
    // a shared view's edit is that view's cause, not an edit of every job reading it.
    if (ddl.length === 0 || ddl.length < all.length || ownPartsDiffer(old, job.script))
      out.push({ kind: 'script', path: job.sqlFile });
    out.push(...ddl);
  }
  out.push(...settingCauses(deployed, job));
  if (out.length === 0 && old === job.script && deployed?.settings && !deployed.plan) {
    // Same script, same settings: what else the hash counts, none of which the store keeps the
    // sha256 of, so a cause names them all — the Python files the job ships (a UDF's code changes
    // only them) and the jars its script loads itself, each saying the other may be why; else its
    // UDFs' jars (a new build under the same path or URI changes only that).
    const pythonFiles = Object.keys(job.pythonFiles ?? {});
    const scriptJars = Object.keys(job.scriptJars ?? {});
    const withUdfs = job.udfs.length > 0 ? 1 : 0;
    if (pythonFiles.length > 0)
      out.push({
        kind: 'udf',
        path: pythonFiles.join(', '),
        to: PYTHON_CHANGED[withUdfs + (scriptJars.length > 0 ? 2 : 0)],
      });
    if (scriptJars.length > 0)
      out.push({
        kind: 'udf',
        path: scriptJars.join(', '),
        to: SCRIPT_JAR_CHANGED[withUdfs + (pythonFiles.length > 0 ? 2 : 0)],
      });
    if (out.length === 0 && job.udfs.length > 0)
      out.push(
        job.udfs.length === 1
          ? { kind: 'udf', path: job.udfs[0]!, to: JAR_REBUILT[0] }
          : { kind: 'udf', path: job.udfs.join(', '), to: JAR_REBUILT[1] },
      );
  }
  if (out.length === 0) {
    // The hash moved but the store cannot say why (no script recorded, or a setting it does not keep).
    out.push({
      kind: 'script',
      path: job.sqlFile,
      ...(deployed?.specHash ? { from: deployed.specHash } : {}),
      to: job.restartHash,
    });
  }
  return out;
}

/** One short phrase per cause kind, for the change's reason line. */
export function describeCauses(causes: readonly Cause[]): string {
  const parts: string[] = [];
  const names = (kind: Cause['kind']) => causes.filter((c) => c.kind === kind).map((c) => c.path);
  if (causes.some((c) => c.kind === 'script')) parts.push('compiled script changed');
  // A view is a `table` cause whose query changed: named as a view, as the repository has it.
  const isView = (c: Cause) => c.kind === 'table' && c.to === 'view query changed';
  const tables = causes.filter((c) => c.kind === 'table' && !isView(c)).map((c) => c.path);
  if (tables.length) parts.push(`${tables.length === 1 ? 'table' : 'tables'} ${tables.join(', ')} changed`);
  const views = causes.filter(isView).map((c) => c.path);
  if (views.length) parts.push(`${views.length === 1 ? 'view' : 'views'} ${views.join(', ')} changed`);
  const loaded = causes.filter((c) => c.kind === 'udf' && c.to === ADD_JAR_NOTE).map((c) => c.path);
  if (loaded.length)
    parts.push(`UDF jars of ${loaded.join(', ')} now loaded with ADD JAR (a newer flinkops)`);
  const changed = causes.filter((c) => c.kind === 'udf' && c.to !== ADD_JAR_NOTE).map((c) => c.path);
  if (changed.length) parts.push(`${changed.length === 1 ? 'UDF' : 'UDFs'} ${changed.join(', ')} changed`);
  const settings = names('setting');
  if (settings.length)
    parts.push(`${settings.length === 1 ? 'setting' : 'settings'} ${settings.join(', ')} changed`);
  return parts.join('; ');
}
