import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  readProjectInfo
} from "./chunk-HPS3BLTE.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-TRBKR6JO.js";
export {
  readProjectInfo
};
