import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  SIGNAL_EXIT,
  createInterrupt,
  runGraceful
} from "./chunk-XYL5USJW.js";
import "./chunk-TRBKR6JO.js";
export {
  SIGNAL_EXIT,
  createInterrupt,
  runGraceful
};
