import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-IOQTFS3R.mjs";
import "./chunk-TZLBV6W5.mjs";
import "./chunk-S3U7MQPT.mjs";
import "./chunk-X5XQLXBX.mjs";
import "./chunk-DTTJJAQH.mjs";
import "./chunk-C4Y3WA3Z.mjs";
import "./chunk-KVA4AVFU.mjs";
import "./chunk-IDSRN6QZ.mjs";
import "./chunk-YJU4K5EC.mjs";
import "./chunk-HT3UESTW.mjs";
import "./chunk-Y5UKQNTE.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-XROHTD7X.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-H3APRYNV.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-3APHZZ34.mjs";
import "./chunk-MM2FHQ4K.mjs";
import "./chunk-YXAEKLUP.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-2T57LXUZ.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
