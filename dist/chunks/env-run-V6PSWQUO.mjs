import {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-L62DYTDL.mjs";
import "./chunk-7LK54INF.mjs";
import "./chunk-XS4DMJML.mjs";
import "./chunk-X4R5CPDK.mjs";
import "./chunk-6BZDQKSF.mjs";
import "./chunk-IR7LVUQ7.mjs";
import "./chunk-NHICNSQS.mjs";
import "./chunk-G4WHMS3W.mjs";
import "./chunk-OUOAC5BG.mjs";
import "./chunk-R6NVFT4Q.mjs";
import "./chunk-SEDLPOLE.mjs";
import "./chunk-4ZRSBUTV.mjs";
import "./chunk-Z7ANPEDW.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-PDNKKFCL.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-WPGUDO7R.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-42NEEXYF.mjs";
import "./chunk-DMCKBUQO.mjs";
import "./chunk-OKTLVVMP.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-GL5AKML7.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
};
