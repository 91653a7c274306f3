import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-ON6PZBUR.js";
import "./chunk-TRBKR6JO.js";
export default require_undici();
