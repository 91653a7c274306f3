import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  openCluster,
  reportMasked,
  savepointProgress
} from "./chunk-JI7NURTI.js";
import {
  savepointsFailed,
  takeManualSavepoint
} from "./chunk-MCYGUUHS.js";
import "./chunk-ZNUZQRZN.js";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-NIOXDOAP.js";
import "./chunk-LU6XJ6ZB.js";
import "./chunk-BBFOWEOD.js";
import "./chunk-6ZEZMZBJ.js";
import "./chunk-AVLGJOG3.js";
import {
  clusterHelp,
  clusterOptions,
  owner
} from "./chunk-PE7FBG3F.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-QOFYTUMC.js";
import "./chunk-OZQW4XXE.js";
import "./chunk-R7AGCTGX.js";
import "./chunk-GOO6H3VF.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-AUBHELVQ.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-PSJE7RPX.js";
import {
  systemClock
} from "./chunk-GSLRF5EB.js";
import {
  mask
} from "./chunk-UW25PH4O.js";
import {
  UsageError,
  boolOpt,
  parseCommandArgs
} from "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import {
  EXIT
} from "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-IS4IX6HL.js";
import "./chunk-243ZFPEF.js";
import "./chunk-SREG7IJK.js";
import "./chunk-Z2RFQYTR.js";
import "./chunk-O5WUVT4U.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-6WR7IBAG.js";
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
