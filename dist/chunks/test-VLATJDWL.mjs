import {
  compiledFor,
  testCommand
} from "./chunk-U6PBFCPM.mjs";
import "./chunk-JY6JO7TA.mjs";
import "./chunk-FEFNBILS.mjs";
import "./chunk-5MMIV6PV.mjs";
import "./chunk-KI5VMMSD.mjs";
import "./chunk-G5S5IR6G.mjs";
import "./chunk-WDEMHAR4.mjs";
import "./chunk-HX2BZUUT.mjs";
import "./chunk-VBEX2MK3.mjs";
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
import "./chunk-SI3NFLOA.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-TXO4STT5.mjs";
import "./chunk-U6KU3IYP.mjs";
import "./chunk-O5GYNR46.mjs";
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
  compiledFor,
  testCommand
};
