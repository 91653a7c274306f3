import {
  openCluster,
  reportMasked,
  savepointProgress
} from "./chunk-FIDD7OA3.mjs";
import {
  savepointsFailed,
  takeManualSavepoint
} from "./chunk-675R6XB3.mjs";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-JE5XNAAC.mjs";
import "./chunk-RRZWH77J.mjs";
import "./chunk-ULCBCSRT.mjs";
import "./chunk-NYINVQJU.mjs";
import "./chunk-AR35OWNX.mjs";
import "./chunk-XL7GATAW.mjs";
import {
  clusterHelp,
  clusterOptions,
  owner
} from "./chunk-PKB6CGPH.mjs";
import "./chunk-LAGNRTNX.mjs";
import "./chunk-BB5U23S3.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-VVEIRKYJ.mjs";
import "./chunk-QR2H2Z3D.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  hostname
} from "./chunk-HDJSO2UV.mjs";
import "./chunk-QWFMVJBJ.mjs";
import {
  mask
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-WRKTZGKJ.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-VHWKSFST.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-OGGPNS23.mjs";
import "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KJ77VBUN.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/savepoint.ts
var savepointCommandWith = (function savepointCommandWith(ports) {
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
      const args = parseCommandArgs(
        argv,
        { ...clusterOptions, ...forceUnlockOption },
        Number.POSITIVE_INFINITY
      );
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
});
var savepointCommand = savepointCommandWith({ clock: systemClock });
export {
  savepointCommand,
  savepointCommandWith
};
