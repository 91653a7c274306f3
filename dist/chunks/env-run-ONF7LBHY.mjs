import {
  ACTION_CODES,
  failedPlanHeadline,
  maskEnvValues,
  planOptions,
  runEnvironment,
  writePlanFile
} from "./chunk-UC6LVKAG.mjs";
import "./chunk-KPSQQGCQ.mjs";
import "./chunk-WUPP6CD6.mjs";
import "./chunk-4K6ZDURW.mjs";
import "./chunk-DMLND2DX.mjs";
import "./chunk-XV7ENLEX.mjs";
import "./chunk-EN6OAFXH.mjs";
import "./chunk-KABKL5ND.mjs";
import "./chunk-SCHT5U7Z.mjs";
import "./chunk-D6EVP6YG.mjs";
import "./chunk-FNXL4JKA.mjs";
import "./chunk-DA7RPK35.mjs";
import "./chunk-WV5FZYOG.mjs";
import "./chunk-4M73AM2N.mjs";
import "./chunk-DK6DS354.mjs";
import "./chunk-VBEX2MK3.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-KGS45ROL.mjs";
import "./chunk-L3KA3XDI.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-MPQKGDT5.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-UKEQNMYF.mjs";
import "./chunk-TL2U24VT.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-W5ZXIHZ3.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
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
