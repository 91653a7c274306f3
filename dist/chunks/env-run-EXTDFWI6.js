import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-2IXEXILH.js";
import "./chunk-HPS3BLTE.js";
import "./chunk-WD3JREXH.js";
import "./chunk-K35YXDVK.js";
import "./chunk-HVLBXD5I.js";
import "./chunk-RNRP26F7.js";
import "./chunk-V4YPAI2R.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-RFUSMIUB.js";
import "./chunk-WRBU6KW2.js";
import "./chunk-NX5G5NT4.js";
import "./chunk-OZTSXCMW.js";
import "./chunk-H2EDNPSF.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-KWEUG75H.js";
import "./chunk-C2HVQKQ6.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-DGQPGQI7.js";
import "./chunk-243ZFPEF.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-WFC65L2V.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-ZF7DGJBN.js";
import "./chunk-4L7VK7KT.js";
import "./chunk-UASY5ZQU.js";
import "./chunk-D6SFHGHI.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  planOptions,
  runEnvironment,
  writePlanFile
};
