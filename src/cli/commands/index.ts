import type { Command } from '../command';
import { applyCommand } from './apply';
import { compileCommand } from './compile';
import { diffEnvCommand } from './diff-env';
import { graphCommand } from './graph';
import { historyCommand } from './history';
import { inspectCommand } from './inspect';
import { planCommand } from './plan';
import { previewCommand } from './preview';
import { savepointCommand } from './savepoint';
import { savepointsCommand } from './savepoints';
import { simCommand } from './sim';
import { statusCommand } from './status';
import { testCommand } from './test';
import { validateCommand } from './validate';

export type { Command } from '../command';

export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  compile: compileCommand,
  graph: graphCommand,
  plan: planCommand,
  apply: applyCommand,
  'diff-env': diffEnvCommand,
  status: statusCommand,
  history: historyCommand,
  savepoint: savepointCommand,
  savepoints: savepointsCommand,
  inspect: inspectCommand,
  test: testCommand,
  preview: previewCommand,
  sim: simCommand,
};
