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
} from "./chunk-76FLT334.mjs";
import "./chunk-LIFRFQ4K.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-ANF42CJ6.mjs";
import "./chunk-NPWGTXPO.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-XDLS5BA7.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-BBGNC7QM.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";
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
