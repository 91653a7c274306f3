import {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-BZXUMXEI.mjs";
import "./chunk-OWXAMWRA.mjs";
import "./chunk-CRG5A7NA.mjs";
import "./chunk-C7DEVX2F.mjs";
import "./chunk-IYU3DWG4.mjs";
import "./chunk-WI4LONV4.mjs";
import "./chunk-YA3XCKHG.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-Z46SECJ4.mjs";
import "./chunk-GXSWIJXW.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-SWLVPJVJ.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-AT2HCTHT.mjs";
import "./chunk-NV5BC6HH.mjs";
import "./chunk-GA4W5OP2.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-MMXSEZC3.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-N6AM4TO5.mjs";
import "./chunk-CIIHQJJB.mjs";
import "./chunk-KH5D7MUH.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-Z6FPE7X5.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-CDXWCXEZ.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
};
