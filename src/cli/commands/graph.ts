import { compile, graphToMermaid } from '../../compile';
import { loadAndValidate } from '../../validate';
import { boolOpt, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { chooseEnv, projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';

export const graphCommand: Command = {
  help: [
    'Usage: flinkops graph [--dir DIR] [--env NAME] [--json]',
    '',
    'A Mermaid flowchart of which job reads and writes which table and calls which UDF.',
    '  --env NAME   the environment (required when flinkops.yaml defines several)',
    '  --json       the graph as {"nodes":[...],"edges":[...]}',
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const validated = loadAndValidate(dir, { envVars: io.env });
    if (reportDiagnostics(io, dir, validated.diags)) return EXIT.error;
    const env = chooseEnv(args, io, Object.keys(validated.value.config?.environments ?? {}));
    const compiled = compile(validated.value, { env, envVars: io.env });
    if (reportDiagnostics(io, dir, compiled.diags) || !compiled.value) return EXIT.error;
    const graph = compiled.value.graph;
    io.stdout(boolOpt(args, 'json') ? `${JSON.stringify(graph, null, 2)}\n` : `${graphToMermaid(graph)}\n`);
    return EXIT.ok;
  },
};
