import {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-7PSK6HMI.mjs";
import "./chunk-A2GMG7YA.mjs";
import "./chunk-EQKAF7MN.mjs";
import "./chunk-KW7OUOUJ.mjs";
import "./chunk-HJIINVNG.mjs";
import "./chunk-QY23VNDI.mjs";
import "./chunk-G5S5IR6G.mjs";
import "./chunk-WDEMHAR4.mjs";
import "./chunk-HX2BZUUT.mjs";
import "./chunk-CDL6TPNC.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-VBEX2MK3.mjs";
import "./chunk-PJKYUXIC.mjs";
import "./chunk-SWLVPJVJ.mjs";
import "./chunk-LU7TSWSD.mjs";
import "./chunk-6GUUJRJ5.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import "./chunk-CEW62FXH.mjs";
import "./chunk-BBSIIXYA.mjs";
import "./chunk-XCIWOARF.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-YO3G7YGE.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-5YLD7RU7.mjs";
import "./chunk-U6KU3IYP.mjs";
import "./chunk-IW2CHALL.mjs";
import "./chunk-RAD5NZTG.mjs";
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
