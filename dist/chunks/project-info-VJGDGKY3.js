import {
  readProjectInfo
} from "./chunk-6DE4DER2.js";
import "./chunk-SIW47MSI.js";
import "./chunk-CDXWCXEZ.js";
import "./chunk-KBTCQ2CM.js";
import "./chunk-2W6PPHYK.js";
import "./chunk-LL44EPY3.js";
import "./chunk-TRBKR6JO.js";
export {
  readProjectInfo
};
