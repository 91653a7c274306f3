import {
  failedPlanHeadline,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-JNSZ3XVZ.mjs";
import "./chunk-7LK54INF.mjs";
import "./chunk-XS4DMJML.mjs";
import "./chunk-TUJGPRGU.mjs";
import "./chunk-UBXTMVH4.mjs";
import "./chunk-FON4Q7CD.mjs";
import "./chunk-U4RMNKBT.mjs";
import "./chunk-7PUIE4PV.mjs";
import "./chunk-U5JIK6WT.mjs";
import "./chunk-R6NVFT4Q.mjs";
import "./chunk-47STIBXI.mjs";
import "./chunk-4ZRSBUTV.mjs";
import "./chunk-VTGO4RAQ.mjs";
import "./chunk-PYHR5ZBO.mjs";
import "./chunk-PDNKKFCL.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-APBTLWMT.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-RBLKXIE6.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-BD6ZRVQT.mjs";
import "./chunk-6HBNRHRD.mjs";
import "./chunk-W3ZXCQCG.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
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
