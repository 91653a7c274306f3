import { hostname } from 'node:os';
import { systemClock } from '../../core/clock';
import { runGraceful } from '../../core/interrupt';
import { savepointsFailed, takeManualSavepoint } from '../../engine/savepoints-run';
import { boolOpt, parseCommandArgs, UsageError } from '../args';
import { clusterHelp, clusterOptions, owner } from '../cluster-options';
import type { CliPorts, Command } from '../command';
import { mask } from '../context';
import { forceUnlock, forceUnlockHelp, forceUnlockOption } from '../force-unlock';
import { EXIT } from '../io';
import {
  lockTimeoutHelp,
  openCluster,
  reportMasked,
  reportStopped,
  savepointProgress,
  savepointTimeoutHelp,
  savepointTiming,
} from './savepoints';

const STOP_NOTICE =
  'finishing the savepoint under way: it is recorded the moment it completes, then the lock is released.';

/** `flinkops savepoint JOB`: a savepoint of a running job now, recorded as `manual`. */
export function savepointCommandWith(ports: CliPorts): Command {
  return {
    help: [
      'Usage: flinkops savepoint JOB [--env NAME] [--dir DIR] [--json]',
      '',
      'Triggers a savepoint of the running job (it keeps running), records its path in the state',
      'store the moment it completes, and prints the path. Retention never disposes of the newest',
      'savepoint, so this one stays restorable at least until the next. Exit 1 when it fails.',
      'Ctrl-C (SIGINT) or SIGTERM: the savepoint under way is awaited and recorded, the lock is',
      'released; exit 130/143. A second signal stops at once (the next run finds the savepoint).',
      '  --json                 {"job","jobId","savepoint"} or the diagnostics',
      savepointTimeoutHelp,
      forceUnlockHelp,
      lockTimeoutHelp,
      ...clusterHelp,
    ].join('\n'),
    async run(argv, io) {
      const args = parseCommandArgs(
        argv,
        {
          ...clusterOptions,
          ...forceUnlockOption,
          'savepoint-timeout': { type: 'string' },
          'lock-timeout': { type: 'string' },
        },
        Number.POSITIVE_INFINITY,
      );
      const [job, ...rest] = args.positionals;
      if (!job || rest.length) throw new UsageError('savepoint takes one job name');
      const json = boolOpt(args, 'json');
      const timing = savepointTiming(args);
      const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY);
      if (!run.desired || !run.client || !run.store || !run.live) {
        await run.client?.close();
        reportStopped(io, dir, run.diags, secretValues, json, { job });
        return EXIT.error;
      }
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) {
        await run.client.close();
        reportStopped(io, dir, unlocked, secretValues, json, { job });
        return EXIT.error;
      }
      const { desired, client, store } = run;
      // Ctrl-C: the savepoint under way is awaited and recorded, and the lock released.
      const report = await runGraceful(io.interrupt, STOP_NOTICE, (stop) =>
        takeManualSavepoint({
          stop,
          job,
          desired,
          client,
          store,
          clock: ports.clock,
          owner: { who: owner(io), command: 'flinkops savepoint', host: hostname() },
          secretValues,
          ...timing,
          hooks: { onEvent: savepointProgress(io, json) },
        }),
      );
      await run.client.close();
      const r = report.jobs[0];
      const failed = savepointsFailed(report) || !r?.savepoint;
      if (json) {
        const out = failed
          ? { job, ...(r?.jobId ? { jobId: r.jobId } : {}), diagnostics: report.diags }
          : { job, jobId: r!.jobId, savepoint: r!.savepoint };
        io.stdout(`${mask(JSON.stringify(out, null, 2), secretValues)}\n`);
      } else {
        if (!failed) {
          io.stderr(`Savepoint of ${job} (job ${r!.jobId}) completed and recorded.\n`);
          io.stdout(`${mask(r!.savepoint!, secretValues)}\n`);
        }
        reportMasked(io, dir, report.diags, secretValues);
      }
      return failed ? EXIT.error : EXIT.ok;
    },
  };
}

export const savepointCommand = savepointCommandWith({ clock: systemClock });
