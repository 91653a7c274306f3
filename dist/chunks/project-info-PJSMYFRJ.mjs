import {
  readProjectInfo
} from "./chunk-FEZ36XF6.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  readProjectInfo
};
