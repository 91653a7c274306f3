/**
 * Every command by name, each loaded only when it runs: `validate` does not pay at start for the
 * HTTP client, the simulator or the apply engine (the usage text loads them all, for the summaries).
 */
import type { Command } from '../command';

export type { Command } from '../command';

export const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate')).validateCommand,
  compile: async () => (await import('./compile')).compileCommand,
  graph: async () => (await import('./graph')).graphCommand,
  plan: async () => (await import('./plan')).planCommand,
  apply: async () => (await import('./apply')).applyCommand,
  'diff-env': async () => (await import('./diff-env')).diffEnvCommand,
  status: async () => (await import('./status')).statusCommand,
  history: async () => (await import('./history')).historyCommand,
  savepoint: async () => (await import('./savepoint')).savepointCommand,
  savepoints: async () => (await import('./savepoints')).savepointsCommand,
  inspect: async () => (await import('./inspect')).inspectCommand,
  test: async () => (await import('./test')).testCommand,
  preview: async () => (await import('./preview')).previewCommand,
  sim: async () => (await import('./sim')).simCommand,
};

/** Every command, loaded, in the order of the usage text. */
export async function loadCommands(): Promise<[string, Command][]> {
  return Promise.all(
    Object.entries(COMMANDS).map(async ([name, load]) => [name, await load()] as [string, Command]),
  );
}
