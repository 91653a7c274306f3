import {
  readProjectInfo
} from "./chunk-NLXOKZHE.mjs";
import "./chunk-P6MOXH47.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-FTM5PSLT.mjs";
import "./chunk-DGUVDUKI.mjs";
import "./chunk-JTEL4L5V.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  readProjectInfo
};
