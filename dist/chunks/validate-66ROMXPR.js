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
} from "./chunk-SREG7IJK.js";
import "./chunk-Z2RFQYTR.js";
import "./chunk-O5WUVT4U.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-6WR7IBAG.js";
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
