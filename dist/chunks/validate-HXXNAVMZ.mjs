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
} from "./chunk-LOOBGKHB.mjs";
import "./chunk-CBRPLCJ2.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-BQ6Y4VUF.mjs";
import "./chunk-H3NBYONO.mjs";
import "./chunk-WH76KEMX.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-OZ4GHFPU.mjs";
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
