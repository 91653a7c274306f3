import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  EXIT,
  processIo
} from "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-TRBKR6JO.js";
export {
  EXIT,
  processIo
};
