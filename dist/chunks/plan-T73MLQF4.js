import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-VCMZSXPF.js";
import "./chunk-AF3DN6BH.js";
import "./chunk-3V2UC4ZG.js";
import "./chunk-DN6TX5N6.js";
import "./chunk-WZLIWVW3.js";
import "./chunk-5FR7Q74Y.js";
import "./chunk-HZB3OFJJ.js";
import "./chunk-XTWHROF4.js";
import "./chunk-TXSZMOEQ.js";
import "./chunk-B32YRPHM.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-SGMLHGPH.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-ABA4YHWQ.js";
import "./chunk-UGDMEBGU.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-LMWKGKHN.js";
import "./chunk-HCMWQEZP.js";
import "./chunk-Z6TUHI2E.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-EK7H2GBB.js";
import "./chunk-XYL5USJW.js";
import "./chunk-OZ33AJ7D.js";
import "./chunk-PBUZME32.js";
import "./chunk-DUSBZ4FD.js";
import "./chunk-LQELG6G6.js";
import "./chunk-ZBPOUY6R.js";
import "./chunk-O5WUVT4U.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-7ZRKAVCA.js";
import "./chunk-HPETYRNU.js";
import "./chunk-BV2DHIL2.js";
import "./chunk-7GT5NCZI.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-2YDHPQPS.js";
import "./chunk-TRBKR6JO.js";
export {
  applyCommandLine,
  checkTargets,
  planCommand,
  planInstant,
  planOptions,
  targetOpt
};
