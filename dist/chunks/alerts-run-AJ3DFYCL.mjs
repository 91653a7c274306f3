import {
  ALERT_CODES,
  fetchPostJson,
  runAlerts
} from "./chunk-S7MLV4LV.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-NZ2UWQMY.mjs";
import "./chunk-H3NBYONO.mjs";
import "./chunk-WH76KEMX.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-FPH7ACOU.mjs";
import "./chunk-HN4ZKJQA.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-OZ4GHFPU.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  ALERT_CODES,
  fetchPostJson,
  runAlerts
};
