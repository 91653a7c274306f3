/** What a command is, and what a cluster command takes from outside: the contract of ./commands. */
import type { Clock } from '../core/clock';
import type { Endpoints } from '../engine/cluster';
import type { FlinkClient } from '../flink';
import type { Io } from './io';

export interface Command {
  help: string;
  run(argv: string[], io: Io): Promise<number>;
}

/** What a cluster command needs from outside: the clock, and (tests) a client for the endpoints. */
export interface CliPorts {
  clock: Clock;
  client?: (endpoints: Endpoints) => FlinkClient;
}
