/**
 * Every command by name, each loaded only when it runs: `validate` does not pay at start for the
 * HTTP client, the simulator or the apply engine; the usage text loads none.
 */
import type { Command } from '../command';

export type { Command } from '../command';

/** A command's one-line summary (for the usage text, which so loads no command) and its module. */
export interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    summary: 'Check the repository: YAML schemas, SQL, references between jobs, tables and UDFs',
    load: async () => (await import('./validate')).validateCommand,
  },
  compile: {
    summary: 'Compile every job into the Flink SQL script it will be submitted as',
    load: async () => (await import('./compile')).compileCommand,
  },
  graph: {
    summary: 'Print the dependency graph (jobs → tables/views → UDFs) as Mermaid',
    load: async () => (await import('./graph')).graphCommand,
  },
  plan: {
    summary: 'Diff the repository against the live cluster and the state store; show what apply would do',
    load: async () => (await import('./plan')).planCommand,
  },
  apply: {
    summary: 'Carry out a plan: submit, upgrade through savepoints, rescale, suspend, resume, delete',
    load: async () => (await import('./apply')).applyCommand,
  },
  'diff-env': {
    summary: "Show what differs between two environments' compiled jobs (scripts and settings)",
    load: async () => (await import('./diff-env')).diffEnvCommand,
  },
  status: {
    summary: 'List the managed jobs: state, uptime, parallelism, last savepoint and its age',
    load: async () => (await import('./status')).statusCommand,
  },
  history: {
    summary: 'Show the recorded history of a job (or all jobs) from the state store',
    load: async () => (await import('./history')).historyCommand,
  },
  savepoint: {
    summary: 'Take a savepoint of a running job now (recorded as manual) and print its path',
    load: async () => (await import('./savepoint')).savepointCommand,
  },
  savepoints: {
    summary: 'Periodic savepoints and retention (run), and a job savepoint history (list)',
    load: async () => (await import('./savepoints')).savepointsCommand,
  },
  inspect: {
    summary: 'Analyse any Flink SQL script: statements, what each reads, writes and calls',
    load: async () => (await import('./inspect')).inspectCommand,
  },
  test: {
    summary: "Run the jobs' SQL unit tests (jobs/<job>.test.yaml) on a real Flink",
    load: async () => (await import('./test')).testCommand,
  },
  preview: {
    summary: "Show the first rows of a job's query on its real sources (nothing is written)",
    load: async () => (await import('./preview')).previewCommand,
  },
  sim: {
    summary: 'Run the built-in Flink simulator (JobManager REST + SQL Gateway REST) on 127.0.0.1',
    load: async () => (await import('./sim')).simCommand,
  },
};
