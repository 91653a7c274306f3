import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  GitStateStore
} from "./chunk-QGCSY35O.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-EY75WBNW.js";
import "./chunk-FM6JPEP6.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  GitStateStore
};
