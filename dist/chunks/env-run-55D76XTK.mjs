import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-LK3ZLNE4.mjs";
import "./chunk-UXBCVIQV.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-JBMMKE2B.mjs";
import "./chunk-EQNBULWF.mjs";
import "./chunk-DY2WFABJ.mjs";
import "./chunk-73M6HBFV.mjs";
import "./chunk-X73I642C.mjs";
import "./chunk-YJU4K5EC.mjs";
import "./chunk-3R2P3XL4.mjs";
import "./chunk-RXVL3WBZ.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-XROHTD7X.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-YBCL3YHP.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-FIFQVVHD.mjs";
import "./chunk-FK53UGLW.mjs";
import "./chunk-YXAEKLUP.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-PP53SDKV.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
