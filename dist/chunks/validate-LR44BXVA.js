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
} from "./chunk-PFDZN5OK.js";
import "./chunk-KCQHC5KU.js";
import "./chunk-DNPTB4TK.js";
import "./chunk-RAD5NZTG.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-HPETYRNU.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
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
