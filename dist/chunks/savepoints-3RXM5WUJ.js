import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
} from "./chunk-JI7NURTI.js";
import "./chunk-MCYGUUHS.js";
import "./chunk-ZNUZQRZN.js";
import "./chunk-NIOXDOAP.js";
import "./chunk-LU6XJ6ZB.js";
import "./chunk-BBFOWEOD.js";
import "./chunk-6ZEZMZBJ.js";
import "./chunk-AVLGJOG3.js";
import "./chunk-PE7FBG3F.js";
import "./chunk-L3B2VTOE.js";
import "./chunk-QOFYTUMC.js";
import "./chunk-OZQW4XXE.js";
import "./chunk-R7AGCTGX.js";
import "./chunk-GOO6H3VF.js";
import "./chunk-ERPRARB7.js";
import "./chunk-VBEX2MK3.js";
import "./chunk-AUBHELVQ.js";
import "./chunk-SWLVPJVJ.js";
import "./chunk-LU7TSWSD.js";
import "./chunk-PSJE7RPX.js";
import "./chunk-GSLRF5EB.js";
import "./chunk-UW25PH4O.js";
import "./chunk-7ZACQOBZ.js";
import "./chunk-HO5S2GDJ.js";
import "./chunk-H5WAOW7W.js";
import "./chunk-WFC65L2V.js";
import "./chunk-PFR72FKU.js";
import "./chunk-XYL5USJW.js";
import "./chunk-IS4IX6HL.js";
import "./chunk-243ZFPEF.js";
import "./chunk-SREG7IJK.js";
import "./chunk-Z2RFQYTR.js";
import "./chunk-O5WUVT4U.js";
import "./chunk-NWGEJCF7.js";
import "./chunk-Z6FPE7X5.js";
import "./chunk-6WR7IBAG.js";
import "./chunk-OZ4GHFPU.js";
import "./chunk-TRBKR6JO.js";
export {
  openCluster,
  renderSavepointsReport,
  reportMasked,
  savepointProgress,
  savepointsCommand,
  savepointsCommandWith,
  savepointsOptions
};
