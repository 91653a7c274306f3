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
} from "./chunk-F3M5LKYT.mjs";
import "./chunk-TL73PZ6O.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-O3M3E6JS.mjs";
import "./chunk-YV5TULC2.mjs";
import "./chunk-P6MOXH47.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-FTM5PSLT.mjs";
import "./chunk-DGUVDUKI.mjs";
import "./chunk-JTEL4L5V.mjs";
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
