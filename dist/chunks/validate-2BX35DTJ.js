import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  RESERVED_OPTIONS,
  SCHEDULE_CODES,
  SCHEMAS,
  checkSchema,
  cronOf,
  envValue,
  fragmentProblem,
  isTimeZone,
  loadAndValidate,
  lookupOptionKeys,
  validateProject
} from "./chunk-3HCZXITG.js";
import "./chunk-G56AZH45.js";
import "./chunk-KYWOACPM.js";
import "./chunk-7OAUW6Z3.js";
import "./chunk-6TIBAZNU.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  RESERVED_OPTIONS,
  SCHEDULE_CODES,
  SCHEMAS,
  checkSchema,
  cronOf,
  envValue,
  fragmentProblem,
  isTimeZone,
  loadAndValidate,
  lookupOptionKeys,
  validateProject
};
