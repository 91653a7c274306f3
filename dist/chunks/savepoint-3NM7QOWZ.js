import {
  openCluster,
  reportMasked,
  savepointProgress
} from "./chunk-WIR4YKNR.js";
import {
  savepointsFailed,
  takeManualSavepoint
} from "./chunk-MW7FVZCY.js";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-YS62FB4S.js";
import "./chunk-F3OYJCMB.js";
import "./chunk-TTRNJCNP.js";
import "./chunk-DCXNA7Q6.js";
import "./chunk-2LV4YUP7.js";
import "./chunk-5K7LREO4.js";
import {
  clusterHelp,
  clusterOptions,
  owner
} from "./chunk-35Z2D5YT.js";
import "./chunk-Y4DM4IL4.js";
import "./chunk-G5S5IR6G.js";
import "./chunk-WDEMHAR4.js";
import "./chunk-6CWY7563.js";
import "./chunk-JVCCBGV7.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-VYXBTD7X.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-6GUUJRJ5.js";
import {
  systemClock
} from "./chunk-GSLRF5EB.js";
import {
  hostname
} from "./chunk-HDJSO2UV.js";
import {
  mask
} from "./chunk-CEW62FXH.js";
import {
  EXIT,
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-BBSIIXYA.js";
import "./chunk-XCIWOARF.js";
import "./chunk-VT7LOJPP.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-PXDS5NRJ.js";
import "./chunk-6U55VNBY.js";
import "./chunk-JBYA6EZ5.js";
import "./chunk-HHRMNLN4.js";
import "./chunk-U6KU3IYP.js";
import "./chunk-UQ6JBO7W.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-SIW47MSI.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-CDXWCXEZ.js";
import "./chunk-KBTCQ2CM.js";
import "./chunk-2W6PPHYK.js";
import "./chunk-LL44EPY3.js";
import "./chunk-TRBKR6JO.js";

// src/cli/commands/savepoint.ts
function savepointCommandWith(ports) {
  return {
    summary: "Take a savepoint of a running job now (recorded as manual) and print its path",
    help: [
      "Usage: flinkops savepoint JOB [--env NAME] [--dir DIR] [--json]",
      "",
      "Triggers a savepoint of the running job (it keeps running), records its path in the state",
      "store the moment it completes, and prints the path. Retention never disposes of the newest",
      "savepoint, so this one stays restorable at least until the next. Exit 1 when it fails.",
      '  --json                 {"job","jobId","savepoint"} or the diagnostics',
      forceUnlockHelp,
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const args = parseCommandArgs(argv, { ...clusterOptions, ...forceUnlockOption });
      const [job, ...rest] = args.positionals;
      if (!job || rest.length) throw new UsageError("savepoint takes one job name");
      const json = boolOpt(args, "json");
      const { dir, run, secretValues } = await openCluster(args, io, ports, json || !io.isTTY);
      if (!run.desired || !run.client || !run.store || !run.live) {
        await run.client?.close();
        reportMasked(io, dir, run.diags, secretValues);
        return EXIT.error;
      }
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) {
        await run.client.close();
        reportMasked(io, dir, unlocked, secretValues);
        return EXIT.error;
      }
      const report = await takeManualSavepoint({
        job,
        desired: run.desired,
        client: run.client,
        store: run.store,
        clock: ports.clock,
        owner: { who: owner(io), command: "flinkops savepoint", host: hostname() },
        secretValues,
        hooks: { onEvent: savepointProgress(io, json) }
      });
      await run.client.close();
      const r = report.jobs[0];
      const failed = savepointsFailed(report) || !r?.savepoint;
      if (json) {
        const out = failed ? { job, ...r?.jobId ? { jobId: r.jobId } : {}, diagnostics: report.diags } : { job, jobId: r.jobId, savepoint: r.savepoint };
        io.stdout(`${mask(JSON.stringify(out, null, 2), secretValues)}
`);
      } else {
        if (!failed) {
          io.stderr(`Savepoint of ${job} (job ${r.jobId}) completed and recorded.
`);
          io.stdout(`${mask(r.savepoint, secretValues)}
`);
        }
        reportMasked(io, dir, report.diags, secretValues);
      }
      return failed ? EXIT.error : EXIT.ok;
    }
  };
}
var savepointCommand = savepointCommandWith({ clock: systemClock });
export {
  savepointCommand,
  savepointCommandWith
};
