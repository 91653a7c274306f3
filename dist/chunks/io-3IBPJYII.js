import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  EXIT,
  processIo
} from "./chunk-VDADKGUQ.js";
import "./chunk-TRBKR6JO.js";
export {
  EXIT,
  processIo
};
