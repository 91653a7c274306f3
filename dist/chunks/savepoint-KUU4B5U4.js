import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  openCluster,
  reportMasked,
  savepointProgress
} from "./chunk-PZG7CCPO.js";
import {
  savepointsFailed,
  takeManualSavepoint
} from "./chunk-S322WOXT.js";
import "./chunk-RKOFBALU.js";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-BKH5SDYJ.js";
import "./chunk-F4UA4YE2.js";
import "./chunk-GCBP7RSO.js";
import "./chunk-SGCDPUKC.js";
import "./chunk-TXUAEUJH.js";
import {
  clusterHelp,
  clusterOptions,
  owner
} from "./chunk-YZYVAYNL.js";
import "./chunk-KYPIMEOC.js";
import "./chunk-XTGP2MES.js";
import "./chunk-MWFZJW4H.js";
import "./chunk-TXSZMOEQ.js";
import "./chunk-6YZ3GHKF.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-VKRSDP7N.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-ABA4YHWQ.js";
import {
  hostname
} from "./chunk-UGDMEBGU.js";
import {
  systemClock
} from "./chunk-GSLRF5EB.js";
import {
  mask
} from "./chunk-Y7Y6GFWW.js";
import {
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-HCMWQEZP.js";
import "./chunk-Z6TUHI2E.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import {
  EXIT
} from "./chunk-EK7H2GBB.js";
import "./chunk-XYL5USJW.js";
import "./chunk-GPMP5FU6.js";
import "./chunk-PBUZME32.js";
import "./chunk-DUSBZ4FD.js";
import "./chunk-PFDZN5OK.js";
import "./chunk-KCQHC5KU.js";
import "./chunk-DNPTB4TK.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-HPETYRNU.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
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
