/**
 * Helpers of the ops-savepoints and ops-logs tests: the CLI commands in-process with an
 * injected fake clock shared by the simulator, the Flink client and the commands (virtual
 * time, no sleeps), and a two-job project the simulator can run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../src/cli/args';
import { applyCommandWith } from '../src/cli/commands/apply';
import type { Command } from '../src/cli/commands/index';
import { savepointCommandWith } from '../src/cli/commands/savepoint';
import { type CliPorts, savepointsCommandWith } from '../src/cli/commands/savepoints';
import type { Io } from '../src/cli/io';
import { FakeClock } from '../src/core/clock';
import { createFlinkClient, type FlinkClient } from '../src/flink';
import { type Simulator, startSimulator } from '../src/sim';
import type { StateDoc } from '../src/state';
import { type CliResult, projectCopy, ROOT } from './ops-cli';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const HOUR = 3_600_000;

export function project(totalsYaml: string, extra: Record<string, string> = {}): string {
  return projectCopy(join(ROOT, 'test/fixtures/repos/valid'), {
    'flinkops.yaml': [
      'project: shop',
      'flinkVersion: "1.20"',
      'defaults:',
      '  config:',
      '    execution.checkpointing.interval: 10 s',
      'environments:',
      '  dev:',
      '    jobmanagerUrl: http://localhost:8081',
      '    sqlGatewayUrl: http://localhost:8083',
      '',
    ].join('\n'),
    'jobs/totals.yaml': totalsYaml,
    'jobs/counts.sql':
      'INSERT INTO order_counts\nSELECT customer_id, COUNT(*) AS n\nFROM orders\nGROUP BY customer_id;\n',
    'jobs/counts.yaml': 'parallelism: 1\nsavepoints: { every: 6h, keep: 2 }\n',
    'tables/order_counts.yaml': [
      'kind: sink',
      'connector: print',
      'columns:',
      '  - { name: customer_id, type: BIGINT }',
      '  - { name: n, type: BIGINT }',
      '',
    ].join('\n'),
    ...extra,
  });
}

export interface Ops {
  sim: Simulator;
  clock: FakeClock;
  dir: string;
  ports: CliPorts;
  run(
    command: 'apply' | 'savepoint' | 'savepoints',
    argv: string[],
    env?: Record<string, string>,
  ): Promise<CliResult>;
  /** Lets the cluster live through `ms` of virtual time. */
  advance(ms: number): void;
  state(): StateDoc;
  /** The state file as written (document and store version). */
  stateFile(): string;
  close(): Promise<void>;
}

export async function ops(dir: string, wrap?: (c: FlinkClient) => FlinkClient): Promise<Ops> {
  const clock = new FakeClock(T0);
  const sim = await startSimulator({
    flinkVersion: '1.20',
    clock,
    timing: { savepointMs: 400, startMs: 300 },
  });
  const clients: FlinkClient[] = [];
  const ports: CliPorts = {
    clock,
    client: (e) => {
      const c = createFlinkClient({
        jobmanagerUrl: e.jobmanagerUrl,
        sqlGatewayUrl: e.sqlGatewayUrl,
        clock,
        retries: 6,
        timeoutMs: 5_000,
      });
      clients.push(c);
      return wrap ? wrap(c) : c;
    },
  };
  const commands: Record<string, Command> = {
    apply: applyCommandWith(ports),
    savepoint: savepointCommandWith(ports),
    savepoints: savepointsCommandWith(ports),
  };
  const stateFile = join(dir, 'state.json');
  return {
    sim,
    clock,
    dir,
    ports,
    async run(command, argv, env = {}) {
      let stdout = '';
      let stderr = '';
      const io: Io = {
        stdout: (t) => {
          stdout += t;
        },
        stderr: (t) => {
          stderr += t;
        },
        isTTY: false,
        color: false,
        env,
        cwd: dir,
      };
      const common = [
        '--dir',
        dir,
        '--jobmanager-url',
        sim.jobmanagerUrl,
        '--sql-gateway-url',
        sim.gatewayUrl,
        '--state-file',
        stateFile,
      ];
      let code: number;
      try {
        code = await commands[command]!.run([...argv, ...common], io);
      } catch (e) {
        // As runCli does: a usage mistake is a message and exit 1.
        if (!(e instanceof UsageError)) throw e;
        stderr += `flinkops ${command}: ${e.message}\n`;
        code = 1;
      }
      return { code, stdout, stderr };
    },
    advance(ms) {
      clock.advance(ms);
      sim.control.tick();
    },
    state: () => (JSON.parse(readFileSync(stateFile, 'utf8')) as { state: StateDoc }).state,
    stateFile: () => readFileSync(stateFile, 'utf8'),
    async close() {
      await Promise.all(clients.map((c) => c.close().catch(() => {})));
      await sim.close();
    },
  };
}

/** `apply --auto-approve` with a short health check (virtual time still passes through it). */
export const APPLY = ['--auto-approve', '--health-grace', '5s', '--checkpoint-wait', '1min'];

export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}
