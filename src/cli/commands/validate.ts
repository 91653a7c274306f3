import { substitutionProblems } from '../../compile';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../../core/diagnostics';
import { takeSignals } from '../../core/interrupt';
import { summarizeDiagnostics } from '../../render/diagnostics';
import { loadAndValidate, type Project } from '../../validate';
import { boolOpt, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { givenEnv, projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';

export const validateCommand: Command = {
  help: [
    'Usage: flinkops validate [--dir DIR] [--env NAME] [--json]',
    '',
    'Reports every problem at once, each with file:line:column and how to fix it. Exit 1 on errors.',
    'A test file (jobs/<job>.test.yaml) of a job the repository does not have is an error;',
    '`flinkops test` checks the rest of it. The SQL is judged by the Flink release of each',
    "environment validated: its own environments.<env>.flinkVersion, else the project's.",
    '  --env NAME   validate for one environment (default: every environment of flinkops.yaml)',
    '  --json       {"valid": bool, "diagnostics": [...]}',
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const env = givenEnv(args, io);
    const validated = loadAndValidate(dir, { ...(env ? { env } : {}), envVars: io.env });
    const result = hasErrors(validated.diags)
      ? validated
      : {
          ...validated,
          diags: sortDiagnostics([...validated.diags, ...substituted(validated.value, env, io.env)]),
        };
    await takeSignals();
    const failed = hasErrors(result.diags);
    if (boolOpt(args, 'json')) {
      io.stdout(`${JSON.stringify({ valid: !failed, diagnostics: result.diags }, null, 2)}\n`);
      return failed ? EXIT.error : EXIT.ok;
    }
    reportDiagnostics(io, dir, result.diags);
    const p = result.value;
    const counts = [
      plural(p.jobs.length, 'job'),
      plural(p.tables.length, 'table'),
      plural(p.udfs.length, 'UDF artifact'),
    ].join(', ');
    if (failed) io.stderr(`✗ ${counts}: ${summarizeDiagnostics(result.diags)}\n`);
    else
      io.stdout(
        `✓ ${counts} valid${result.diags.length ? ` (${summarizeDiagnostics(result.diags)})` : ''}\n`,
      );
    return failed ? EXIT.error : EXIT.ok;
  },
};

/**
 * What only an environment's values break (FO402, FO403: a substituted `${env.X}` that no longer
 * parses): compile checks it, and validate would otherwise pass a repository whose plan then fails.
 * The same checks, without a compile of every environment.
 */
function substituted(
  project: Project,
  env: string | undefined,
  envVars: Record<string, string | undefined>,
): Diagnostic[] {
  const envs = env ? [env] : Object.keys(project.config?.environments ?? {});
  return envs.flatMap((e) => substitutionProblems(project, e, envVars));
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
