import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  readProjectInfo
} from "./chunk-UPUVO7BP.js";
import "./chunk-6WR7IBAG.js";
import "./chunk-TRBKR6JO.js";
export {
  readProjectInfo
};
