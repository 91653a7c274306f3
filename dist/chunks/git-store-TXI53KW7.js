import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  GitStateStore
} from "./chunk-UJXCYKVV.js";
import "./chunk-R2SNWQMB.js";
import "./chunk-47USSM6H.js";
import "./chunk-KYWOACPM.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  GitStateStore
};
