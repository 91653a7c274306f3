import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  EXIT,
  processIo
} from "./chunk-EK7H2GBB.js";
import "./chunk-XYL5USJW.js";
import "./chunk-TRBKR6JO.js";
export {
  EXIT,
  processIo
};
