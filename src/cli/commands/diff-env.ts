import { compile, type DesiredJob, type DesiredState } from '../../compile';
import { type Diagnostic, hasErrors, warning } from '../../core/diagnostics';
import { canonicalJson } from '../../core/hash';
import { meantSuffix } from '../../core/names';
import { unifiedDiff } from '../../plan';
import { makeStyle } from '../../render';
import { loadAndValidate, type Project, readsReference } from '../../validate';
import { boolOpt, parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';

export interface SettingDifference {
  /** Setting path, e.g. `parallelism` or `config.execution.checkpointing.interval`. */
  path: string;
  a?: string;
  b?: string;
}

export interface JobDifference {
  job: string;
  status: 'same' | 'different' | 'only-a' | 'only-b';
  settings: SettingDifference[];
  /** Unified diff of the compiled scripts (secret placeholders only); empty when equal. */
  sqlDiff: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One entry per differing leaf: `config.x.y` rather than the whole map. */
function settingDifferences(path: string, a: unknown, b: unknown, out: SettingDifference[]): void {
  if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) return;
  if (isObject(a) || isObject(b)) {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    for (const k of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort())
      settingDifferences(path ? `${path}.${k}` : k, x[k], y[k], out);
    return;
  }
  const show = (v: unknown) => (v === undefined ? undefined : typeof v === 'string' ? v : canonicalJson(v));
  const sa = show(a);
  const sb = show(b);
  out.push({ path, ...(sa !== undefined ? { a: sa } : {}), ...(sb !== undefined ? { b: sb } : {}) });
}

/** The compiled script without its header line, which names the environment and so always differs. */
const body = (script: string) => script.replace(/^-- flinkops compiled script: [^\n]*\n/, '');

/**
 * What differs between the environments' own settings: the Flink release they run (`flinkVersion`)
 * and where their jobs' state goes (`savepointDir`, `planDir`): no job's settings show them. Pure.
 */
export function environmentDifferences(a: DesiredState, b: DesiredState): SettingDifference[] {
  const out: SettingDifference[] = [];
  settingDifferences('flinkVersion', a.flinkVersion, b.flinkVersion, out);
  for (const key of ['savepointDir', 'planDir'] as const)
    settingDifferences(key, a.environment[key], b.environment[key], out);
  return out;
}

/** What differs between two environments' compiled jobs, by job name. Pure. */
export function diffEnvironments(a: DesiredState, b: DesiredState): JobDifference[] {
  const byName = (s: DesiredState) => new Map(s.jobs.map((j) => [j.name, j]));
  const ja = byName(a);
  const jb = byName(b);
  const names = [...new Set([...ja.keys(), ...jb.keys()])].sort();
  return names.map((job): JobDifference => {
    const x: DesiredJob | undefined = ja.get(job);
    const y: DesiredJob | undefined = jb.get(job);
    if (!x || !y) return { job, status: x ? 'only-a' : 'only-b', settings: [], sqlDiff: '' };
    const settings: SettingDifference[] = [];
    settingDifferences('', x.settings, y.settings, settings);
    const sqlDiff = unifiedDiff(body(x.script), body(y.script), {
      oldName: `${a.env}/${job}.sql`,
      newName: `${b.env}/${job}.sql`,
    });
    return { job, status: settings.length || sqlDiff ? 'different' : 'same', settings, sqlDiff };
  });
}

export const diffEnvCommand: Command = {
  help: [
    'Usage: flinkops diff-env ENV_A ENV_B [--dir DIR] [--json]',
    '',
    'Compiles the repository for both environments and compares each job: its resolved settings',
    '(parallelism, config, state, schedule, ...) and its compiled script as a unified diff.',
    'A job kept off in one environment (state: suspended) shows as a state difference.',
    'Secrets stay ${secret.NAME} placeholders.',
    "The environments' Flink release (flinkVersion), savepointDir and planDir are shown where they",
    'differ (the release changes a script only where its rules do).',
    'Exit 0 when the environments compile to the same jobs, 2 when they differ, 1 on error.',
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {}, Number.POSITIVE_INFINITY);
    const [envA, envB, ...rest] = args.positionals;
    if (!envA || !envB || rest.length)
      throw new UsageError('give two environments, e.g. flinkops diff-env staging prod');
    const dir = projectDir(args, io);
    const validated = loadAndValidate(dir, { envVars: io.env });
    const diags: Diagnostic[] = [...validated.diags];
    const known = Object.keys(validated.value.config?.environments ?? {});
    for (const env of [envA, envB]) {
      if (validated.value.config && !known.includes(env)) {
        throw new UsageError(
          `unknown environment '${env}'${meantSuffix(env, known)} (flinkops.yaml defines ${known.join(', ')})`,
        );
      }
    }
    const states: DesiredState[] = [];
    diags.push(...shellOverrides(validated.value, [envA, envB], io.env));
    if (!hasErrors(diags)) {
      for (const env of [envA, envB]) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    if (hasErrors(diags) || states.length !== 2) {
      if (boolOpt(args, 'json')) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}\n`);
      else reportDiagnostics(io, dir, diags);
      return EXIT.error;
    }
    const [a, b] = states as [DesiredState, DesiredState];
    const jobs = diffEnvironments(a, b);
    const environment = environmentDifferences(a, b);
    const same = jobs.every((j) => j.status === 'same');
    if (boolOpt(args, 'json')) {
      io.stdout(
        `${JSON.stringify({ project: a.project, a: envA, b: envB, same, environment, jobs }, null, 2)}\n`,
      );
      return same ? EXIT.ok : EXIT.changes;
    }
    const s = makeStyle(io.color);
    const out: string[] = [s.bold(`${a.project}: ${envA} → ${envB}`), ''];
    if (environment.length > 0) {
      out.push(s.yellow('~ environment'));
      for (const d of environment) out.push(`    ${d.path}: ${d.a ?? '(unset)'} → ${d.b ?? '(unset)'}`);
    }
    for (const j of jobs) {
      if (j.status === 'same') out.push(s.dim(`  ${j.job}: same`));
      else if (j.status === 'only-a') out.push(s.red(`- ${j.job}: only in ${envA}`));
      else if (j.status === 'only-b') out.push(s.green(`+ ${j.job}: only in ${envB}`));
      else {
        out.push(s.yellow(`~ ${j.job}`));
        for (const d of j.settings) out.push(`    ${d.path}: ${d.a ?? '(unset)'} → ${d.b ?? '(unset)'}`);
        if (j.sqlDiff) {
          for (const line of j.sqlDiff.replace(/\n$/, '').split('\n')) {
            const colour = line.startsWith('+')
              ? s.green
              : line.startsWith('-')
                ? s.red
                : line.startsWith('@@')
                  ? s.cyan
                  : s.dim;
            out.push(`    ${colour(line)}`);
          }
        }
      }
    }
    const differing = jobs.filter((j) => j.status !== 'same').length;
    out.push(
      '',
      same ? 'The environments compile to the same jobs.' : `${differing} of ${jobs.length} jobs differ.`,
    );
    io.stdout(`${out.join('\n')}\n`);
    reportDiagnostics(io, dir, diags);
    return same ? EXIT.ok : EXIT.changes;
  },
};

/**
 * FO276: a `${env.X}` this shell sets, which overrides an environment's own `variables.X`: both
 * environments compile with the shell's value, so a difference their own runs have is not shown.
 * Only a name both environments read hides a difference: one read under `environments.<env>` of
 * one of them alone (its endpoint, its own table override) is compiled for that one only.
 */
function shellOverrides(
  project: Project,
  envs: readonly string[],
  shell: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const environments = project.config?.environments ?? {};
  const refs = project.loaded.references.filter((r) => r.kind === 'env');
  const names = new Set(refs.map((r) => r.name));
  const diags: Diagnostic[] = [];
  for (const name of [...names].sort()) {
    const value = shell[name];
    if (value === undefined) continue;
    const readBy = (env: string) => refs.some((r) => r.name === name && readsReference(environments, env, r));
    if (!envs.every(readBy)) continue;
    for (const env of envs) {
      const own = project.config?.environments[env]?.variables?.[name];
      if (own === undefined || String(own) === value) continue;
      diags.push(
        warning(
          'FO276',
          `${name} is set in this shell, which overrides environments.${env}.variables.${name}`,
          `The process environment wins over an environment's variables, so ${envs.join(' and ')} both compile with this shell's ${name} here, and a difference their own runs have is not shown. Unset ${name} (env -u ${name} flinkops diff-env ...) to compare what each environment defines.`,
          project.loaded.config?.locate(['environments', env, 'variables', name], 'key'),
        ),
      );
    }
  }
  return diags;
}
