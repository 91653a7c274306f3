import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-FZVHOF7O.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-OLCCMB7R.mjs";
import "./chunk-AG3EUWND.mjs";
import "./chunk-KCHK2EH2.mjs";
import "./chunk-YHK327VI.mjs";
import "./chunk-EVPGJI3J.mjs";
import "./chunk-CVGSW57N.mjs";
import "./chunk-BNE5NJMC.mjs";
import "./chunk-NYDJHGDO.mjs";
import "./chunk-WIHIQPCZ.mjs";
import "./chunk-ZT75MMZQ.mjs";
import "./chunk-TKT2SQCQ.mjs";
import "./chunk-UIPQTWEF.mjs";
import "./chunk-E2AT4OEI.mjs";
import "./chunk-2QYMJEXR.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-P2GXLGWO.mjs";
import "./chunk-QLMKHXW3.mjs";
import "./chunk-TZX7VYXF.mjs";
import "./chunk-WGBBNQKZ.mjs";
import "./chunk-XVXUOPCJ.mjs";
import "./chunk-W6KDNQR7.mjs";
import "./chunk-OSWPPRBN.mjs";
import "./chunk-EMY3U6UH.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-OJWT7XAX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
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
