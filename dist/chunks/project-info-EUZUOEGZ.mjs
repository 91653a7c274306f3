import {
  readProjectInfo
} from "./chunk-TZLBV6W5.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-2T57LXUZ.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  readProjectInfo
};
