import {
  ALERT_CODES,
  fetchPostJson,
  runAlerts
} from "./chunk-ZBSMYVVK.mjs";
import "./chunk-W6KDNQR7.mjs";
import "./chunk-EMY3U6UH.mjs";
import "./chunk-ZBU7WH5P.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-HMNNWFXX.mjs";
import "./chunk-MHE3XHPS.mjs";
import "./chunk-OJWT7XAX.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-FYVUM4PK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-YFKP24ME.mjs";
import "./chunk-TRBKR6JO.mjs";
export {
  ALERT_CODES,
  fetchPostJson,
  runAlerts
};
