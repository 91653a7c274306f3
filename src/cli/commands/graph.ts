import { compile, graphToMermaid } from '../../compile';
import { type Diagnostic, hasErrors } from '../../core/diagnostics';
import { loadAndValidate } from '../../validate';
import { boolOpt, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { chooseEnv, givenEnv, projectDir, reportDiagnostics } from '../context';
import { EXIT } from '../io';

export const graphCommand: Command = {
  help: [
    'Usage: flinkops graph [--dir DIR] [--env NAME] [--json]',
    '',
    'A Mermaid flowchart of which job reads and writes which table and view (views through views)',
    'and calls which UDF; a dotted LIKE arrow from a table another one (or a job) copies with',
    'CREATE TABLE ... LIKE (its definition, not its rows). A table of another catalog that a job',
    'names in full (pg.db.t, after CREATE CATALOG pg) is a dashed node of kind catalog_table.',
    "A table a job's own script creates (CREATE TABLE, CREATE TABLE ... AS SELECT) is a dotted",
    "node of kind local_table named after its job: that job's alone, whatever its name; a view it",
    'creates (CREATE [TEMPORARY] VIEW) is a dotted node of kind local_view, between the job and',
    'what the view reads.',
    'A dotted arrow named after a Kafka topic goes from the table a job writes it through to each',
    'other table jobs read it through (kafka or upsert-kafka, same topic and brokers), a',
    "repository table or a job's own.",
    '  --env NAME   the environment (required when flinkops.yaml defines several)',
    '  --json       the graph as {"nodes":[...],"edges":[...]} (edge kinds reads, writes, uses,',
    '               copies, topic); jobs and YAML tables carry their description, local tables and',
    '               views their job; schemas/graph.schema.json describes it',
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    const dir = projectDir(args, io);
    const json = boolOpt(args, 'json');
    // With --json, a repository with errors answers JSON too, as validate, compile and plan do.
    const failed = (diags: Diagnostic[]): boolean => {
      if (!json || !hasErrors(diags)) return reportDiagnostics(io, dir, diags);
      io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}\n`);
      return true;
    };
    // Validated for the environment asked for: an unknown one is FO240, with its did-you-mean.
    const given = givenEnv(args, io);
    const validated = loadAndValidate(dir, { ...(given ? { env: given } : {}), envVars: io.env });
    if (failed(validated.diags)) return EXIT.error;
    const env = chooseEnv(args, io, Object.keys(validated.value.config?.environments ?? {}));
    const compiled = compile(validated.value, { env, envVars: io.env });
    if (failed(compiled.diags) || !compiled.value) return EXIT.error;
    const graph = compiled.value.graph;
    io.stdout(json ? `${JSON.stringify(graph, null, 2)}\n` : `${graphToMermaid(graph)}\n`);
    return EXIT.ok;
  },
};
