import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-CPGZ67GN.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-M4I44UZD.mjs";
import "./chunk-JDVMQKKT.mjs";
import "./chunk-O4LI73Q7.mjs";
import "./chunk-EN6OAFXH.mjs";
import "./chunk-627ISJLY.mjs";
import "./chunk-HHSNGD5P.mjs";
import "./chunk-HBTYX5UR.mjs";
import "./chunk-XJGDPJEU.mjs";
import "./chunk-QXKSC7SJ.mjs";
import "./chunk-XNMFIDJQ.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-7R6RKUXP.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-AQ3QMRYP.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-M7R7EN63.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-Y6GUYKLQ.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-B6AOIRW4.mjs";
import "./chunk-H3NBYONO.mjs";
import "./chunk-WH76KEMX.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KDRME2BJ.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
};
