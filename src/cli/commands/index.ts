import type { Io } from '../io';
import { compileCommand } from './compile';
import { graphCommand } from './graph';
import { inspectCommand } from './inspect';
import { planCommand } from './plan';
import { simCommand } from './sim';
import { statusCommand } from './status';
import { validateCommand } from './validate';

export interface Command {
  summary: string;
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  compile: compileCommand,
  graph: graphCommand,
  plan: planCommand,
  status: statusCommand,
  inspect: inspectCommand,
  sim: simCommand,
};
