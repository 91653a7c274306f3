import { isAbsolute, relative, resolve } from 'node:path';
import { compile, type DesiredState } from '../../compile';
import { type Diagnostic, hasErrors } from '../../core/diagnostics';
import { takeSignals } from '../../core/interrupt';
import { loadAndValidate } from '../../validate';
import { boolOpt, parseCommandArgs, stringOpt } from '../args';
import type { Command } from '../command';
import { writeCompiledScripts } from '../compile-out';
import { givenEnv, projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';

export const compileCommand: Command = {
  help: [
    'Usage: flinkops compile [--dir DIR] [--env NAME] [--out DIR] [--json]',
    '',
    'One deterministic script per job and environment: SET lines, the UDFs, tables and views it',
    'uses, then its own statements. Secrets stay ${secret.NAME} placeholders, and an escaped',
    '$${ stays $${ (Flink receives ${): a script is what apply submits, before secrets.',
    'apply also names the job (pipeline.name <project>.<env>.<job>), sets its parallelism',
    '(parallelism.default) and adds the flinkops.* labels, none of which the script sets (--json',
    "gives pipelineName and parallelism). To run a script with Flink's SQL client (sql-client.sh",
    "-f), give the secrets' values, write ${ for each $${, and SET those two options first.",
    '  --env NAME   one environment (default: all)',
    '  --out DIR    write <DIR>/<env>/<job>.sql instead of printing; scripts it wrote there',
    '               for jobs no longer in the repository are removed (without --env, those',
    '               of environments no longer in flinkops.yaml too); scripts already as they',
    '               would be written are left untouched (time stamps too)',
    '  --json       jobs with their scripts and fingerprints',
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, { out: { type: 'string', short: 'o' } });
    const dir = projectDir(args, io);
    const only = givenEnv(args, io);
    const validated = loadAndValidate(dir, { ...(only ? { env: only } : {}), envVars: io.env });
    const diags: Diagnostic[] = [...validated.diags];
    const states: DesiredState[] = [];
    if (!hasErrors(diags)) {
      const envs = only ? [only] : Object.keys(validated.value.config?.environments ?? {});
      for (const env of envs) {
        const compiled = compile(validated.value, { env, envVars: io.env });
        diags.push(...compiled.diags);
        if (compiled.value) states.push(compiled.value);
      }
    }
    // Ctrl-C during the compile stops the run here, before anything is printed or written.
    await takeSignals();
    const failed = hasErrors(diags);
    if (boolOpt(args, 'json')) {
      const out = states.map((s) => ({
        project: s.project,
        env: s.env,
        jobs: s.jobs.map((j) => ({
          name: j.name,
          pipelineName: j.pipelineName,
          parallelism: j.settings.parallelism,
          restartHash: j.restartHash,
          metadataHash: j.metadataHash,
          tables: j.tables,
          udfs: j.udfs,
          secrets: j.secrets,
          script: j.script,
        })),
      }));
      io.stdout(`${JSON.stringify({ environments: out, diagnostics: diags }, null, 2)}\n`);
      return failed ? EXIT.error : EXIT.ok;
    }
    reportDiagnostics(io, dir, diags);
    if (failed) return EXIT.error;
    const outOpt = stringOpt(args, 'out');
    if (outOpt) {
      const outDir = isAbsolute(outOpt) ? outOpt : resolve(io.cwd, outOpt);
      const { written, unchanged, removed } = writeCompiledScripts(states, outDir, outOpt, !only);
      const where = relative(io.cwd, outDir) || '.';
      io.stdout(
        `Wrote ${written} script${written === 1 ? '' : 's'} to ${where}${unchanged > 0 ? ` (${unchanged} unchanged, left as they were)` : ''}\n`,
      );
      if (removed.length > 0)
        io.stdout(
          `Removed ${removed.length} script${removed.length === 1 ? '' : 's'} of jobs no longer in the repository: ${removed.join(', ')}\n`,
        );
      return EXIT.ok;
    }
    // Written in pieces of about 1 MB, not one per job: to a pipe, each write is a system call
    // (and one piece for everything would hold the whole output twice in memory).
    let out: string[] = [];
    let size = 0;
    for (const s of states)
      for (const j of s.jobs) {
        const text = `-- ===== ${s.env}/${j.name} (${j.pipelineName}) =====\n${j.script}\n`;
        out.push(text);
        size += text.length;
        if (size >= 1 << 20) {
          io.stdout(out.join(''));
          out = [];
          size = 0;
        }
      }
    if (out.length > 0) io.stdout(out.join(''));
    return EXIT.ok;
  },
};
