import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  openCluster,
  reportMasked,
  savepointProgress
} from "./chunk-64VSEU2Y.js";
import {
  savepointsFailed,
  takeManualSavepoint
} from "./chunk-NDEJZ5QG.js";
import "./chunk-5FKA3ARB.js";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-3RR5NLLO.js";
import "./chunk-UW2UXG7J.js";
import "./chunk-R4HK6ATL.js";
import "./chunk-HRQXDGB5.js";
import "./chunk-5I7EVRLX.js";
import "./chunk-LHWFSLYB.js";
import {
  clusterHelp,
  clusterOptions,
  owner
} from "./chunk-UFUDVUFI.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-LECQYKAQ.js";
import "./chunk-4IVEE6PM.js";
import "./chunk-NX5G5NT4.js";
import "./chunk-3ZS6US7Y.js";
import "./chunk-H2EDNPSF.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-FFZOK2YK.js";
import "./chunk-C2HVQKQ6.js";
import {
  systemClock
} from "./chunk-GSLRF5EB.js";
import "./chunk-TSXH4IFU.js";
import "./chunk-243ZFPEF.js";
import {
  mask
} from "./chunk-O6IGNINT.js";
import {
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-WFC65L2V.js";
import "./chunk-H5WAOW7W.js";
import {
  EXIT
} from "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-UQ265FO7.js";
import "./chunk-63NUMSHS.js";
import "./chunk-UASY5ZQU.js";
import "./chunk-MSNMIDJO.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";

// src/cli/commands/savepoint.ts
import { hostname } from "node:os";
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
