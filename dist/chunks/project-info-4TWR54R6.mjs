import {
  readProjectInfo
} from "./chunk-KPSQQGCQ.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  readProjectInfo
};
