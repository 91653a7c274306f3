import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-TRBKR6JO.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// flinkops-generated:virtual:flinkops-schema-validators
var import_formats = __toESM(require_formats());
function ucs2length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function require2(id) {
  if (id === "ajv/dist/runtime/ucs2length") return { default: ucs2length };
  if (id === "ajv-formats/dist/formats") return { fullFormats: import_formats.fullFormats };
  throw new Error(`bug: schema validators need ${id}`);
}
function repoValidators(exports) {
  "use strict";
  exports.project = validate20;
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops project (flinkops.yaml)", "description": "The project: its name, Flink version, job defaults and the environments it is deployed to.", "type": "object", "additionalProperties": false, "required": ["project", "flinkVersion", "environments"], "properties": { "project": { "description": "Project name ([a-z][a-z0-9_]*); jobs run as <project>.<env>.<job>.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "flinkVersion": { "description": "Flink version of the clusters, 1.16 to 2.3.", "enum": ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"] }, "defaults": { "title": "Job defaults (every job, every environment)", "description": "Job settings every job starts from; a job's own YAML and the environment's overrides win.", "$ref": "job.schema.json" }, "policy": { "description": "Guards every plan checks; a change that breaks one is refused (not applied) and reported with what to do.", "type": "object", "additionalProperties": false, "properties": { "protectedJobs": { "description": "Jobs that are never deleted and never upgraded stateless, in any environment. Keep a name here after removing its file to guard it.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$" } }, "requireAllowDelete": { "description": "Environments in which a deletion needs --allow-delete (Action input allow-delete) even when the job says deletionPolicy: delete.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "maxParallelism": { "description": "Highest job parallelism allowed per environment, e.g. {prod: 16}; a job above it is refused.", "type": "object", "additionalProperties": { "type": "integer", "minimum": 1 } }, "refuseIncompatibleUpgrades": { "description": "Environments in which an upgrade is refused when its state verdict is incompatible, or drops-state unless the job sets allowNonRestoredState: true.", "type": "array", "uniqueItems": true, "items": { "type": "string" } } } }, "environments": { "description": "Environments (clusters) the project is deployed to, by name, e.g. staging and prod.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["jobmanagerUrl", "sqlGatewayUrl"], "properties": { "jobmanagerUrl": { "description": "JobManager REST endpoint, e.g. http://flink-jobmanager:8081.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "sqlGatewayUrl": { "description": "SQL Gateway REST endpoint, e.g. http://flink-sql-gateway:8083.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "auth": { "description": "How to authenticate to both endpoints: a bearer token, basic auth, or extra headers. Use ${secret.NAME} for credentials.", "type": "object", "additionalProperties": false, "properties": { "token": { "description": "Bearer token, e.g. ${secret.FLINK_TOKEN}.", "type": "string" }, "username": { "description": "Basic-auth user name (with password).", "type": "string" }, "password": { "description": "Basic-auth password (with username), e.g. ${secret.FLINK_PASSWORD}.", "type": "string" }, "headers": { "description": "Extra HTTP headers sent with every request.", "type": "object", "additionalProperties": { "type": "string" } } }, "dependentRequired": { "username": ["password"], "password": ["username"] } }, "alerts": { "description": "Where health alerts of this environment go (status --check --alert, and the Action's scheduled runs): one message when a job starts breaching a rule, one when it passes again.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["type", "url"], "properties": { "type": { "description": "The payload format: slack (incoming webhook), dingtalk, feishu (Feishu/Lark), wecom (custom robots), webhook (flinkops' own JSON) or email (a plain-text mail through an SMTP server).", "enum": ["slack", "dingtalk", "feishu", "wecom", "webhook", "email"] }, "url": { "description": "The robot's webhook URL, which is a credential: use ${secret.NAME}. For email, the SMTP server as smtps://USER:PASSWORD@HOST:465 (TLS from the start) or smtp://USER:PASSWORD@HOST:587 (STARTTLS when the server offers it), e.g. ${secret.SMTP_URL}.", "type": "string", "minLength": 1 }, "secret": { "description": "Signing secret of a DingTalk or Feishu robot with signature verification on, e.g. ${secret.DINGTALK_SECRET}.", "type": "string", "minLength": 1 }, "from": { "description": 'email: the sender, e.g. flinkops@example.com or "Flink alerts <flinkops@example.com>".', "type": "string", "minLength": 1 }, "to": { "description": "email: the recipient, or a list of them.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] } }, "if": { "properties": { "type": { "const": "email" } } }, "then": { "required": ["from", "to"], "properties": { "url": { "description": "An e-mail channel's SMTP server URL.", "type": "string", "pattern": "^(smtps?://|\\$\\{)" }, "from": { "description": "An e-mail channel's sender.", "type": "string" }, "to": { "description": "An e-mail channel's recipients." } } } } }, "savepointDir": { "description": "Directory savepoints are written to, e.g. s3://bucket/savepoints/prod.", "type": "string", "minLength": 1 }, "state": { "description": "suspended: every job of the environment is stopped with a savepoint and stays stopped, whatever its own state says (e.g. before its jobs move to a cluster of a new Flink version); running (default): each job's own state applies.", "enum": ["running", "suspended"] }, "moveFrom": { "description": "The cluster this environment's jobs run on now, while they move to jobmanagerUrl/sqlGatewayUrl (a new cluster, e.g. of a newer Flink version). One plan shows every move with its state verdict, checked against the new cluster before anything stops; apply stops each job with a savepoint here and starts it on the new cluster from that savepoint (README: Flink version upgrades). Remove it once nothing runs here any more.", "type": "object", "additionalProperties": false, "required": ["jobmanagerUrl"], "properties": { "jobmanagerUrl": { "description": "JobManager REST endpoint of the cluster being left, e.g. http://flink-old-jobmanager:8081.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "sqlGatewayUrl": { "description": "SQL Gateway of the cluster being left. With it, the state verdict of a planMode: script job's move compares the stream graph the old release's planner builds for the running script with the one the new release builds: the verdict Flink's restore will give, instead of unknown.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "auth": { "description": "How to authenticate to that cluster, if not as to the new one (the environment's auth is used otherwise).", "$ref": "#/properties/environments/additionalProperties/properties/auth" } } }, "planDir": { "description": "Directory (a Flink file system URI: s3://, hdfs://, file:// on a shared mount) where the SQL Gateway writes the compiled plans of jobs with planMode: compiled and reads them back for EXECUTE PLAN. Every SQL Gateway the environment uses, including the one of a cluster it moves to, must reach it, like savepointDir.", "type": "string", "minLength": 1 }, "variables": { "description": "Defaults for ${env.NAME} references, used when the process environment does not set NAME. Values may use ${secret.NAME}.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "jobs": { "description": "Per-job setting overrides in this environment (parallelism, state, config, ...), by job name.", "type": "object", "additionalProperties": { "title": "Job settings in this environment", "description": "Settings of this job in this environment; they win over the job's own YAML and the defaults.", "$ref": "job.schema.json" } }, "tables": { "description": "Per-table connector option overrides in this environment, by table name.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["with"], "properties": { "with": { "description": "Connector options merged over the table's own; null removes an option.", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "null" }] } } } } }, "udfs": { "description": "Per-artifact overrides in this environment, by udfs/<name>.yaml name: another build of the same functions, e.g. a jar on the local disk for a test cluster. The override's jar and sha256 replace both of the artifact's own.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["jar"], "properties": { "jar": { "description": "URI of the jar in this environment (s3://, hdfs://, https://, file://, or a path the cluster can read), ending in .jar. May use ${env.NAME}.", "type": "string", "pattern": "\\.jar$" }, "sha256": { "description": "Hex sha256 checksum of this jar; without it the environment's jar has none.", "type": "string", "pattern": "^[a-fA-F0-9]{64}$" } } } }, "config": { "description": "Flink configuration options for every job in this environment (SET lines); a job's own config wins.", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } } } } } } };
  const schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops job settings (jobs/<name>.yaml)", "description": "Settings of one streaming job. The job's SQL lives beside this file in jobs/<name>.sql.", "type": "object", "additionalProperties": false, "properties": { "description": { "description": "What the job does, for people. Changing it never restarts the job.", "type": "string" }, "parallelism": { "description": "Parallelism of the job. A change alone rescales the job instead of upgrading it. Default 1.", "type": "integer", "minimum": 1, "maximum": 32768 }, "maxParallelism": { "description": "Maximum parallelism (number of key groups). Changing it makes keyed state incompatible with old savepoints.", "type": "integer", "minimum": 1, "maximum": 32768 }, "upgradeMode": { "description": "How a changed job is upgraded: through a savepoint (default), from the last checkpoint (last-state) or without state (stateless).", "enum": ["savepoint", "last-state", "stateless"] }, "state": { "description": "Desired state on the cluster: running (default) or suspended (stopped with a savepoint, resumable).", "enum": ["running", "suspended"] }, "planMode": { "description": "How the job is started. script (default): its SQL is planned by the cluster at every start. compiled: flinkops compiles it once with COMPILE PLAN (into the environment's planDir), keeps that JSON plan with what it deployed, and starts the job with EXECUTE PLAN, so the operators and their state survive a Flink version upgrade (README: Compiled plans and Flink version upgrades).", "enum": ["script", "compiled"] }, "allowNonRestoredState": { "description": "Allow restoring from a savepoint that holds state no operator of the new job claims (Flink's --allowNonRestoredState).", "type": "boolean" }, "deletionPolicy": { "description": "What happens when the job is removed from the repository: retain (default) refuses to delete unless deletions are allowed explicitly; delete lets the job be stopped with a final savepoint and removed.", "enum": ["retain", "delete"] }, "config": { "description": "Flink configuration options of the job, compiled into SET lines (e.g. execution.checkpointing.interval: 30 s). Numbers and booleans are written as strings.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "savepoints": { "description": "Periodic savepoints taken by the scheduled workflow.", "type": "object", "additionalProperties": false, "properties": { "every": { "description": "Interval between savepoints, e.g. 6h, 30min, 1d.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "keep": { "description": "How many savepoints to keep in the state store (older ones are disposed).", "type": "integer", "minimum": 1 } } }, "restoreFrom": { "description": "Savepoint or checkpoint path to start the job from. Changing it redeploys the job from that path.", "type": "string", "minLength": 1 }, "schedule": { "description": "Time windows in which the job runs; outside them it is suspended with a savepoint. The job runs while the latest start of any window is later than that window's latest stop. Evaluated at the time of each plan (the Action's schedule run, or plan --now).", "type": "object", "additionalProperties": false, "required": ["windows"], "properties": { "timezone": { "description": "IANA time zone of the cron expressions, e.g. Europe/Berlin (daylight saving time is followed). Default UTC.", "type": "string", "minLength": 1 }, "windows": { "description": "Windows in which the job runs.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["start", "stop"], "properties": { "start": { "description": "Cron expression (5 fields: minute hour day-of-month month day-of-week) at which the job is resumed, e.g. '0 6 * * 1-5'.", "type": "string", "pattern": "^\\S+( \\S+){4}$" }, "stop": { "description": "Cron expression (5 fields: minute hour day-of-month month day-of-week) at which the job is suspended, e.g. '0 22 * * 1-5'.", "type": "string", "pattern": "^\\S+( \\S+){4}$" } } } } } }, "activeFrom": { "description": "Date-time (RFC 3339) before which the job is not started.", "type": "string", "format": "date-time" }, "activeUntil": { "description": "Date-time (RFC 3339) after which the job is suspended.", "type": "string", "format": "date-time" }, "health": { "description": "Health thresholds checked after a deployment and by the scheduled workflow.", "type": "object", "additionalProperties": false, "properties": { "maxRestarts": { "description": "Most restarts tolerated within the window before the job counts as unhealthy.", "type": "integer", "minimum": 0 }, "window": { "description": "Window over which restarts are counted, e.g. 10min. Default 10min.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "maxCheckpointAge": { "description": "Oldest acceptable age of the last completed checkpoint, e.g. 15min. A running job that never completed one counts from its start.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "notRunning": { "description": "Breach when the job is not RUNNING on the cluster while the repository (state and schedule) wants it running. Default true.", "type": "boolean" }, "maxBackPressure": { "description": "Highest back-pressure tolerated on any vertex: a level as Flink's back-pressure sampling reports it (ok, low), or a share of time from 0 to 1 compared with the worst subtask's backPressuredTimeMsPerSecond / 1000 (e.g. 0.5). Above it is a breach. Not checked when absent.", "oneOf": [{ "enum": ["ok", "low"] }, { "type": "number", "minimum": 0, "maximum": 1 }] }, "maxBackpressure": { "description": "Deprecated: the former spelling of maxBackPressure, still read with a warning (FO265). Rename the key to maxBackPressure.", "deprecated": true, "oneOf": [{ "enum": ["ok", "low"] }, { "type": "number", "minimum": 0, "maximum": 1 }] }, "maxBusy": { "description": "Highest share of time (0 to 1) any subtask may be busy (busyTimeMsPerSecond / 1000), e.g. 0.9: a vertex busy all the time is the bottleneck. Not checked when absent.", "type": "number", "minimum": 0, "maximum": 1 }, "maxWatermarkLag": { "description": "Oldest acceptable event time: now minus the lowest currentInputWatermark of any vertex, e.g. 5min. Jobs without event time (no watermark) pass. Not checked when absent.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "maxConsumerLag": { "description": "Most records the Kafka sources may be behind their topics (the connector's pendingRecords, or records-lag-max of the legacy consumer, summed over subtasks). Jobs without a Kafka source pass. Not checked when absent.", "type": "integer", "minimum": 0 }, "minRecordsInPerSecond": { "description": "Fewest records per second the sources must read (numRecordsOutPerSecond of the source operators, a one-minute average), checked once the job has run for the window (default 10min). Not checked when absent.", "type": "number", "minimum": 0 }, "maxCheckpointDuration": { "description": "Longest acceptable duration of the last completed checkpoint (trigger to last acknowledgement), e.g. 2min. Not checked when absent.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" } } } } };
  const schema33 = { "description": "How to authenticate to both endpoints: a bearer token, basic auth, or extra headers. Use ${secret.NAME} for credentials.", "type": "object", "additionalProperties": false, "properties": { "token": { "description": "Bearer token, e.g. ${secret.FLINK_TOKEN}.", "type": "string" }, "username": { "description": "Basic-auth user name (with password).", "type": "string" }, "password": { "description": "Basic-auth password (with username), e.g. ${secret.FLINK_PASSWORD}.", "type": "string" }, "headers": { "description": "Extra HTTP headers sent with every request.", "type": "object", "additionalProperties": { "type": "string" } } }, "dependentRequired": { "username": ["password"], "password": ["username"] } };
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.\\-]*$", "u");
  const pattern6 = new RegExp("^[0-9]+ ?(s|min|m|h|d)$", "u");
  const pattern7 = new RegExp("^\\S+( \\S+){4}$", "u");
  const pattern15 = new RegExp("^(https?://|\\$\\{)", "u");
  const pattern17 = new RegExp("^(smtps?://|\\$\\{)", "u");
  const pattern20 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
  const pattern29 = new RegExp("\\.jar$", "u");
  const pattern30 = new RegExp("^[a-fA-F0-9]{64}$", "u");
  const func1 = Object.prototype.hasOwnProperty;
  const func2 = require2("ajv/dist/runtime/ucs2length").default;
  const formats0 = require2("ajv-formats/dist/formats").fullFormats["date-time"];
  function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.project === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.flinkVersion === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flinkVersion" }, message: "must have required property 'flinkVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.environments === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "project" || key0 === "flinkVersion" || key0 === "defaults" || key0 === "policy" || key0 === "environments")) {
          const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.project !== void 0) {
        let data0 = data.project;
        if (typeof data0 === "string") {
          if (!pattern4.test(data0)) {
            const err4 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema31.properties.project, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.project.type, parentSchema: schema31.properties.project, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.flinkVersion !== void 0) {
        let data1 = data.flinkVersion;
        if (!(data1 === "1.16" || data1 === "1.17" || data1 === "1.18" || data1 === "1.19" || data1 === "1.20" || data1 === "2.0" || data1 === "2.1" || data1 === "2.2" || data1 === "2.3")) {
          const err6 = { instancePath: instancePath + "/flinkVersion", schemaPath: "#/properties/flinkVersion/enum", keyword: "enum", params: { allowedValues: schema31.properties.flinkVersion.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.flinkVersion.enum, parentSchema: schema31.properties.flinkVersion, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.defaults !== void 0) {
        let data2 = data.defaults;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          for (const key1 in data2) {
            if (!func1.call(schema32.properties, key1)) {
              const err7 = { instancePath: instancePath + "/defaults", schemaPath: "job.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data2.description !== void 0) {
            let data3 = data2.description;
            if (typeof data3 !== "string") {
              const err8 = { instancePath: instancePath + "/defaults/description", schemaPath: "job.schema.json/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          if (data2.parallelism !== void 0) {
            let data4 = data2.parallelism;
            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
              const err9 = { instancePath: instancePath + "/defaults/parallelism", schemaPath: "job.schema.json/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.parallelism.type, parentSchema: schema32.properties.parallelism, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (typeof data4 == "number" && isFinite(data4)) {
              if (data4 > 32768 || isNaN(data4)) {
                const err10 = { instancePath: instancePath + "/defaults/parallelism", schemaPath: "job.schema.json/properties/parallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.parallelism, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (data4 < 1 || isNaN(data4)) {
                const err11 = { instancePath: instancePath + "/defaults/parallelism", schemaPath: "job.schema.json/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.parallelism, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
          if (data2.maxParallelism !== void 0) {
            let data5 = data2.maxParallelism;
            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
              const err12 = { instancePath: instancePath + "/defaults/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.maxParallelism.type, parentSchema: schema32.properties.maxParallelism, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (typeof data5 == "number" && isFinite(data5)) {
              if (data5 > 32768 || isNaN(data5)) {
                const err13 = { instancePath: instancePath + "/defaults/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.maxParallelism, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (data5 < 1 || isNaN(data5)) {
                const err14 = { instancePath: instancePath + "/defaults/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.maxParallelism, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          }
          if (data2.upgradeMode !== void 0) {
            let data6 = data2.upgradeMode;
            if (!(data6 === "savepoint" || data6 === "last-state" || data6 === "stateless")) {
              const err15 = { instancePath: instancePath + "/defaults/upgradeMode", schemaPath: "job.schema.json/properties/upgradeMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.upgradeMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.upgradeMode.enum, parentSchema: schema32.properties.upgradeMode, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data2.state !== void 0) {
            let data7 = data2.state;
            if (!(data7 === "running" || data7 === "suspended")) {
              const err16 = { instancePath: instancePath + "/defaults/state", schemaPath: "job.schema.json/properties/state/enum", keyword: "enum", params: { allowedValues: schema32.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.state.enum, parentSchema: schema32.properties.state, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data2.planMode !== void 0) {
            let data8 = data2.planMode;
            if (!(data8 === "script" || data8 === "compiled")) {
              const err17 = { instancePath: instancePath + "/defaults/planMode", schemaPath: "job.schema.json/properties/planMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.planMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.planMode.enum, parentSchema: schema32.properties.planMode, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data2.allowNonRestoredState !== void 0) {
            let data9 = data2.allowNonRestoredState;
            if (typeof data9 !== "boolean") {
              const err18 = { instancePath: instancePath + "/defaults/allowNonRestoredState", schemaPath: "job.schema.json/properties/allowNonRestoredState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.allowNonRestoredState.type, parentSchema: schema32.properties.allowNonRestoredState, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data2.deletionPolicy !== void 0) {
            let data10 = data2.deletionPolicy;
            if (!(data10 === "retain" || data10 === "delete")) {
              const err19 = { instancePath: instancePath + "/defaults/deletionPolicy", schemaPath: "job.schema.json/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema32.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.deletionPolicy.enum, parentSchema: schema32.properties.deletionPolicy, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data2.config !== void 0) {
            let data11 = data2.config;
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              for (const key2 in data11) {
                const _errs23 = errors;
                if (typeof key2 === "string") {
                  if (!pattern5.test(key2)) {
                    const err20 = { instancePath: instancePath + "/defaults/config", schemaPath: "job.schema.json/properties/config/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$", parentSchema: schema32.properties.config.propertyNames, data: key2, propertyName: key2 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                var valid3 = _errs23 === errors;
                if (!valid3) {
                  const err21 = { instancePath: instancePath + "/defaults/config", schemaPath: "job.schema.json/properties/config/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema32.properties.config.propertyNames, parentSchema: schema32.properties.config, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              for (const key3 in data11) {
                let data12 = data11[key3];
                const _errs26 = errors;
                let valid5 = false;
                const _errs27 = errors;
                if (typeof data12 !== "string") {
                  const err22 = { instancePath: instancePath + "/defaults/config/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.config.additionalProperties.anyOf[0].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                var _valid0 = _errs27 === errors;
                valid5 = valid5 || _valid0;
                const _errs29 = errors;
                if (!(typeof data12 == "number" && isFinite(data12))) {
                  const err23 = { instancePath: instancePath + "/defaults/config/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.config.additionalProperties.anyOf[1].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                var _valid0 = _errs29 === errors;
                valid5 = valid5 || _valid0;
                const _errs31 = errors;
                if (typeof data12 !== "boolean") {
                  const err24 = { instancePath: instancePath + "/defaults/config/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.config.additionalProperties.anyOf[2].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[2], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                var _valid0 = _errs31 === errors;
                valid5 = valid5 || _valid0;
                if (!valid5) {
                  const err25 = { instancePath: instancePath + "/defaults/config/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.config.additionalProperties.anyOf, parentSchema: schema32.properties.config.additionalProperties, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                } else {
                  errors = _errs26;
                  if (vErrors !== null) {
                    if (_errs26) {
                      vErrors.length = _errs26;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err26 = { instancePath: instancePath + "/defaults/config", schemaPath: "job.schema.json/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.config.type, parentSchema: schema32.properties.config, data: data11 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data2.savepoints !== void 0) {
            let data13 = data2.savepoints;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              for (const key4 in data13) {
                if (!(key4 === "every" || key4 === "keep")) {
                  const err27 = { instancePath: instancePath + "/defaults/savepoints", schemaPath: "job.schema.json/properties/savepoints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.savepoints, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data13.every !== void 0) {
                let data14 = data13.every;
                if (typeof data14 === "string") {
                  if (!pattern6.test(data14)) {
                    const err28 = { instancePath: instancePath + "/defaults/savepoints/every", schemaPath: "job.schema.json/properties/savepoints/properties/every/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.savepoints.properties.every, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/defaults/savepoints/every", schemaPath: "job.schema.json/properties/savepoints/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.savepoints.properties.every.type, parentSchema: schema32.properties.savepoints.properties.every, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data13.keep !== void 0) {
                let data15 = data13.keep;
                if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                  const err30 = { instancePath: instancePath + "/defaults/savepoints/keep", schemaPath: "job.schema.json/properties/savepoints/properties/keep/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.savepoints.properties.keep.type, parentSchema: schema32.properties.savepoints.properties.keep, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (typeof data15 == "number" && isFinite(data15)) {
                  if (data15 < 1 || isNaN(data15)) {
                    const err31 = { instancePath: instancePath + "/defaults/savepoints/keep", schemaPath: "job.schema.json/properties/savepoints/properties/keep/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.savepoints.properties.keep, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/defaults/savepoints", schemaPath: "job.schema.json/properties/savepoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.savepoints.type, parentSchema: schema32.properties.savepoints, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data2.restoreFrom !== void 0) {
            let data16 = data2.restoreFrom;
            if (typeof data16 === "string") {
              if (func2(data16) < 1) {
                const err33 = { instancePath: instancePath + "/defaults/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.restoreFrom, data: data16 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            } else {
              const err34 = { instancePath: instancePath + "/defaults/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.restoreFrom.type, parentSchema: schema32.properties.restoreFrom, data: data16 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data2.schedule !== void 0) {
            let data17 = data2.schedule;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              if (data17.windows === void 0) {
                const err35 = { instancePath: instancePath + "/defaults/schedule", schemaPath: "job.schema.json/properties/schedule/required", keyword: "required", params: { missingProperty: "windows" }, message: "must have required property 'windows'", schema: schema32.properties.schedule.required, parentSchema: schema32.properties.schedule, data: data17 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              for (const key5 in data17) {
                if (!(key5 === "timezone" || key5 === "windows")) {
                  const err36 = { instancePath: instancePath + "/defaults/schedule", schemaPath: "job.schema.json/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              if (data17.timezone !== void 0) {
                let data18 = data17.timezone;
                if (typeof data18 === "string") {
                  if (func2(data18) < 1) {
                    const err37 = { instancePath: instancePath + "/defaults/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.schedule.properties.timezone, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                } else {
                  const err38 = { instancePath: instancePath + "/defaults/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.timezone.type, parentSchema: schema32.properties.schedule.properties.timezone, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
              if (data17.windows !== void 0) {
                let data19 = data17.windows;
                if (Array.isArray(data19)) {
                  if (data19.length < 1) {
                    const err39 = { instancePath: instancePath + "/defaults/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.schedule.properties.windows, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  const len0 = data19.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data20 = data19[i0];
                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                      if (data20.start === void 0) {
                        const err40 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                      if (data20.stop === void 0) {
                        const err41 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "stop" }, message: "must have required property 'stop'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                      for (const key6 in data20) {
                        if (!(key6 === "start" || key6 === "stop")) {
                          const err42 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule.properties.windows.items, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                      }
                      if (data20.start !== void 0) {
                        let data21 = data20.start;
                        if (typeof data21 === "string") {
                          if (!pattern7.test(data21)) {
                            const err43 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data21 };
                            if (vErrors === null) {
                              vErrors = [err43];
                            } else {
                              vErrors.push(err43);
                            }
                            errors++;
                          }
                        } else {
                          const err44 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.start.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                      }
                      if (data20.stop !== void 0) {
                        let data22 = data20.stop;
                        if (typeof data22 === "string") {
                          if (!pattern7.test(data22)) {
                            const err45 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data22 };
                            if (vErrors === null) {
                              vErrors = [err45];
                            } else {
                              vErrors.push(err45);
                            }
                            errors++;
                          }
                        } else {
                          const err46 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.stop.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err47 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.properties.windows.items.type, parentSchema: schema32.properties.schedule.properties.windows.items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err48 = { instancePath: instancePath + "/defaults/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.schedule.properties.windows.type, parentSchema: schema32.properties.schedule.properties.windows, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            } else {
              const err49 = { instancePath: instancePath + "/defaults/schedule", schemaPath: "job.schema.json/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.type, parentSchema: schema32.properties.schedule, data: data17 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data2.activeFrom !== void 0) {
            let data23 = data2.activeFrom;
            if (typeof data23 === "string") {
              if (!formats0.validate(data23)) {
                const err50 = { instancePath: instancePath + "/defaults/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeFrom, data: data23 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            } else {
              const err51 = { instancePath: instancePath + "/defaults/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeFrom.type, parentSchema: schema32.properties.activeFrom, data: data23 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data2.activeUntil !== void 0) {
            let data24 = data2.activeUntil;
            if (typeof data24 === "string") {
              if (!formats0.validate(data24)) {
                const err52 = { instancePath: instancePath + "/defaults/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeUntil, data: data24 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            } else {
              const err53 = { instancePath: instancePath + "/defaults/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeUntil.type, parentSchema: schema32.properties.activeUntil, data: data24 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data2.health !== void 0) {
            let data25 = data2.health;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
              for (const key7 in data25) {
                if (!func1.call(schema32.properties.health.properties, key7)) {
                  const err54 = { instancePath: instancePath + "/defaults/health", schemaPath: "job.schema.json/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.health, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              if (data25.maxRestarts !== void 0) {
                let data26 = data25.maxRestarts;
                if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                  const err55 = { instancePath: instancePath + "/defaults/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxRestarts.type, parentSchema: schema32.properties.health.properties.maxRestarts, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (typeof data26 == "number" && isFinite(data26)) {
                  if (data26 < 0 || isNaN(data26)) {
                    const err56 = { instancePath: instancePath + "/defaults/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxRestarts, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
              }
              if (data25.window !== void 0) {
                let data27 = data25.window;
                if (typeof data27 === "string") {
                  if (!pattern6.test(data27)) {
                    const err57 = { instancePath: instancePath + "/defaults/health/window", schemaPath: "job.schema.json/properties/health/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.window, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                } else {
                  const err58 = { instancePath: instancePath + "/defaults/health/window", schemaPath: "job.schema.json/properties/health/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.window.type, parentSchema: schema32.properties.health.properties.window, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
              if (data25.maxCheckpointAge !== void 0) {
                let data28 = data25.maxCheckpointAge;
                if (typeof data28 === "string") {
                  if (!pattern6.test(data28)) {
                    const err59 = { instancePath: instancePath + "/defaults/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                } else {
                  const err60 = { instancePath: instancePath + "/defaults/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointAge.type, parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
              if (data25.notRunning !== void 0) {
                let data29 = data25.notRunning;
                if (typeof data29 !== "boolean") {
                  const err61 = { instancePath: instancePath + "/defaults/health/notRunning", schemaPath: "job.schema.json/properties/health/properties/notRunning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.health.properties.notRunning.type, parentSchema: schema32.properties.health.properties.notRunning, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
              if (data25.maxBackPressure !== void 0) {
                let data30 = data25.maxBackPressure;
                const _errs72 = errors;
                let valid12 = false;
                let passing0 = null;
                const _errs73 = errors;
                if (!(data30 === "ok" || data30 === "low")) {
                  const err62 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[0], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                var _valid1 = _errs73 === errors;
                if (_valid1) {
                  valid12 = true;
                  passing0 = 0;
                }
                const _errs74 = errors;
                if (typeof data30 == "number" && isFinite(data30)) {
                  if (data30 > 1 || isNaN(data30)) {
                    const err63 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  if (data30 < 0 || isNaN(data30)) {
                    const err64 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackPressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data30 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                var _valid1 = _errs74 === errors;
                if (_valid1 && valid12) {
                  valid12 = false;
                  passing0 = [passing0, 1];
                } else {
                  if (_valid1) {
                    valid12 = true;
                    passing0 = 1;
                  }
                }
                if (!valid12) {
                  const err66 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackPressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackPressure, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                } else {
                  errors = _errs72;
                  if (vErrors !== null) {
                    if (_errs72) {
                      vErrors.length = _errs72;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data25.maxBackpressure !== void 0) {
                let data31 = data25.maxBackpressure;
                const _errs77 = errors;
                let valid13 = false;
                let passing1 = null;
                const _errs78 = errors;
                if (!(data31 === "ok" || data31 === "low")) {
                  const err67 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[0], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                var _valid2 = _errs78 === errors;
                if (_valid2) {
                  valid13 = true;
                  passing1 = 0;
                }
                const _errs79 = errors;
                if (typeof data31 == "number" && isFinite(data31)) {
                  if (data31 > 1 || isNaN(data31)) {
                    const err68 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (data31 < 0 || isNaN(data31)) {
                    const err69 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                } else {
                  const err70 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackpressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data31 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                var _valid2 = _errs79 === errors;
                if (_valid2 && valid13) {
                  valid13 = false;
                  passing1 = [passing1, 1];
                } else {
                  if (_valid2) {
                    valid13 = true;
                    passing1 = 1;
                  }
                }
                if (!valid13) {
                  const err71 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackpressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackpressure, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                } else {
                  errors = _errs77;
                  if (vErrors !== null) {
                    if (_errs77) {
                      vErrors.length = _errs77;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data25.maxBusy !== void 0) {
                let data32 = data25.maxBusy;
                if (typeof data32 == "number" && isFinite(data32)) {
                  if (data32 > 1 || isNaN(data32)) {
                    const err72 = { instancePath: instancePath + "/defaults/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBusy, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                  if (data32 < 0 || isNaN(data32)) {
                    const err73 = { instancePath: instancePath + "/defaults/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBusy, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                } else {
                  const err74 = { instancePath: instancePath + "/defaults/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBusy.type, parentSchema: schema32.properties.health.properties.maxBusy, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
              if (data25.maxWatermarkLag !== void 0) {
                let data33 = data25.maxWatermarkLag;
                if (typeof data33 === "string") {
                  if (!pattern6.test(data33)) {
                    const err75 = { instancePath: instancePath + "/defaults/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                } else {
                  const err76 = { instancePath: instancePath + "/defaults/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxWatermarkLag.type, parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              if (data25.maxConsumerLag !== void 0) {
                let data34 = data25.maxConsumerLag;
                if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                  const err77 = { instancePath: instancePath + "/defaults/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxConsumerLag.type, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (typeof data34 == "number" && isFinite(data34)) {
                  if (data34 < 0 || isNaN(data34)) {
                    const err78 = { instancePath: instancePath + "/defaults/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
              }
              if (data25.minRecordsInPerSecond !== void 0) {
                let data35 = data25.minRecordsInPerSecond;
                if (typeof data35 == "number" && isFinite(data35)) {
                  if (data35 < 0 || isNaN(data35)) {
                    const err79 = { instancePath: instancePath + "/defaults/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                } else {
                  const err80 = { instancePath: instancePath + "/defaults/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.minRecordsInPerSecond.type, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data25.maxCheckpointDuration !== void 0) {
                let data36 = data25.maxCheckpointDuration;
                if (typeof data36 === "string") {
                  if (!pattern6.test(data36)) {
                    const err81 = { instancePath: instancePath + "/defaults/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                } else {
                  const err82 = { instancePath: instancePath + "/defaults/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointDuration.type, parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
            } else {
              const err83 = { instancePath: instancePath + "/defaults/health", schemaPath: "job.schema.json/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.health.type, parentSchema: schema32.properties.health, data: data25 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
        } else {
          const err84 = { instancePath: instancePath + "/defaults", schemaPath: "job.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
      }
      if (data.policy !== void 0) {
        let data37 = data.policy;
        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
          for (const key8 in data37) {
            if (!(key8 === "protectedJobs" || key8 === "requireAllowDelete" || key8 === "maxParallelism" || key8 === "refuseIncompatibleUpgrades")) {
              const err85 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.policy, data: data37 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
          if (data37.protectedJobs !== void 0) {
            let data38 = data37.protectedJobs;
            if (Array.isArray(data38)) {
              const len1 = data38.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data39 = data38[i1];
                if (typeof data39 === "string") {
                  if (!pattern4.test(data39)) {
                    const err86 = { instancePath: instancePath + "/policy/protectedJobs/" + i1, schemaPath: "#/properties/policy/properties/protectedJobs/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema31.properties.policy.properties.protectedJobs.items, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                } else {
                  const err87 = { instancePath: instancePath + "/policy/protectedJobs/" + i1, schemaPath: "#/properties/policy/properties/protectedJobs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.protectedJobs.items.type, parentSchema: schema31.properties.policy.properties.protectedJobs.items, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
              let i2 = data38.length;
              let j0;
              if (i2 > 1) {
                const indices0 = {};
                for (; i2--; ) {
                  let item0 = data38[i2];
                  if (typeof item0 !== "string") {
                    continue;
                  }
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    const err88 = { instancePath: instancePath + "/policy/protectedJobs", schemaPath: "#/properties/policy/properties/protectedJobs/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.protectedJobs, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                    break;
                  }
                  indices0[item0] = i2;
                }
              }
            } else {
              const err89 = { instancePath: instancePath + "/policy/protectedJobs", schemaPath: "#/properties/policy/properties/protectedJobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.protectedJobs.type, parentSchema: schema31.properties.policy.properties.protectedJobs, data: data38 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
          if (data37.requireAllowDelete !== void 0) {
            let data40 = data37.requireAllowDelete;
            if (Array.isArray(data40)) {
              const len2 = data40.length;
              for (let i3 = 0; i3 < len2; i3++) {
                let data41 = data40[i3];
                if (typeof data41 !== "string") {
                  const err90 = { instancePath: instancePath + "/policy/requireAllowDelete/" + i3, schemaPath: "#/properties/policy/properties/requireAllowDelete/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.requireAllowDelete.items.type, parentSchema: schema31.properties.policy.properties.requireAllowDelete.items, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
              let i4 = data40.length;
              let j1;
              if (i4 > 1) {
                const indices1 = {};
                for (; i4--; ) {
                  let item1 = data40[i4];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    const err91 = { instancePath: instancePath + "/policy/requireAllowDelete", schemaPath: "#/properties/policy/properties/requireAllowDelete/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.requireAllowDelete, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                    break;
                  }
                  indices1[item1] = i4;
                }
              }
            } else {
              const err92 = { instancePath: instancePath + "/policy/requireAllowDelete", schemaPath: "#/properties/policy/properties/requireAllowDelete/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.requireAllowDelete.type, parentSchema: schema31.properties.policy.properties.requireAllowDelete, data: data40 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          if (data37.maxParallelism !== void 0) {
            let data42 = data37.maxParallelism;
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              for (const key9 in data42) {
                let data43 = data42[key9];
                if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                  const err93 = { instancePath: instancePath + "/policy/maxParallelism/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/maxParallelism/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.policy.properties.maxParallelism.additionalProperties.type, parentSchema: schema31.properties.policy.properties.maxParallelism.additionalProperties, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (typeof data43 == "number" && isFinite(data43)) {
                  if (data43 < 1 || isNaN(data43)) {
                    const err94 = { instancePath: instancePath + "/policy/maxParallelism/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/maxParallelism/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.policy.properties.maxParallelism.additionalProperties, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err95 = { instancePath: instancePath + "/policy/maxParallelism", schemaPath: "#/properties/policy/properties/maxParallelism/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.properties.maxParallelism.type, parentSchema: schema31.properties.policy.properties.maxParallelism, data: data42 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          if (data37.refuseIncompatibleUpgrades !== void 0) {
            let data44 = data37.refuseIncompatibleUpgrades;
            if (Array.isArray(data44)) {
              const len3 = data44.length;
              for (let i5 = 0; i5 < len3; i5++) {
                let data45 = data44[i5];
                if (typeof data45 !== "string") {
                  const err96 = { instancePath: instancePath + "/policy/refuseIncompatibleUpgrades/" + i5, schemaPath: "#/properties/policy/properties/refuseIncompatibleUpgrades/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.refuseIncompatibleUpgrades.items.type, parentSchema: schema31.properties.policy.properties.refuseIncompatibleUpgrades.items, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              }
              let i6 = data44.length;
              let j2;
              if (i6 > 1) {
                const indices2 = {};
                for (; i6--; ) {
                  let item2 = data44[i6];
                  if (typeof item2 !== "string") {
                    continue;
                  }
                  if (typeof indices2[item2] == "number") {
                    j2 = indices2[item2];
                    const err97 = { instancePath: instancePath + "/policy/refuseIncompatibleUpgrades", schemaPath: "#/properties/policy/properties/refuseIncompatibleUpgrades/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.refuseIncompatibleUpgrades, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                    break;
                  }
                  indices2[item2] = i6;
                }
              }
            } else {
              const err98 = { instancePath: instancePath + "/policy/refuseIncompatibleUpgrades", schemaPath: "#/properties/policy/properties/refuseIncompatibleUpgrades/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.refuseIncompatibleUpgrades.type, parentSchema: schema31.properties.policy.properties.refuseIncompatibleUpgrades, data: data44 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
          }
        } else {
          const err99 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data37 };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
      }
      if (data.environments !== void 0) {
        let data46 = data.environments;
        if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
          if (Object.keys(data46).length < 1) {
            const err100 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.environments, data: data46 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          for (const key10 in data46) {
            const _errs113 = errors;
            if (typeof key10 === "string") {
              if (!pattern4.test(key10)) {
                const err101 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema31.properties.environments.propertyNames, data: key10, propertyName: key10 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            var valid25 = _errs113 === errors;
            if (!valid25) {
              const err102 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid", schema: schema31.properties.environments.propertyNames, parentSchema: schema31.properties.environments, data: data46 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          }
          for (const key11 in data46) {
            let data47 = data46[key11];
            if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
              if (data47.jobmanagerUrl === void 0) {
                const err103 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "jobmanagerUrl" }, message: "must have required property 'jobmanagerUrl'", schema: schema31.properties.environments.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties, data: data47 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
              if (data47.sqlGatewayUrl === void 0) {
                const err104 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "sqlGatewayUrl" }, message: "must have required property 'sqlGatewayUrl'", schema: schema31.properties.environments.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties, data: data47 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              for (const key12 in data47) {
                if (!func1.call(schema31.properties.environments.additionalProperties.properties, key12)) {
                  const err105 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
              if (data47.jobmanagerUrl !== void 0) {
                let data48 = data47.jobmanagerUrl;
                if (typeof data48 === "string") {
                  if (!pattern15.test(data48)) {
                    const err106 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/jobmanagerUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.jobmanagerUrl, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                } else {
                  const err107 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/jobmanagerUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.jobmanagerUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.jobmanagerUrl, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
              if (data47.sqlGatewayUrl !== void 0) {
                let data49 = data47.sqlGatewayUrl;
                if (typeof data49 === "string") {
                  if (!pattern15.test(data49)) {
                    const err108 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/sqlGatewayUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.sqlGatewayUrl, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                } else {
                  const err109 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/sqlGatewayUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.sqlGatewayUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.sqlGatewayUrl, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
              if (data47.auth !== void 0) {
                let data50 = data47.auth;
                if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                  for (const key13 in data50) {
                    if (!(key13 === "token" || key13 === "username" || key13 === "password" || key13 === "headers")) {
                      const err110 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  }
                  if (data50.token !== void 0) {
                    let data51 = data50.token;
                    if (typeof data51 !== "string") {
                      const err111 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/token", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.token.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.token, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                  }
                  if (data50.username !== void 0) {
                    let data52 = data50.username;
                    if (typeof data52 !== "string") {
                      const err112 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/username", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.username.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.username, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                  }
                  if (data50.password !== void 0) {
                    let data53 = data50.password;
                    if (typeof data53 !== "string") {
                      const err113 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/password", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.password.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.password, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  }
                  if (data50.headers !== void 0) {
                    let data54 = data50.headers;
                    if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                      for (const key14 in data54) {
                        let data55 = data54[key14];
                        if (typeof data55 !== "string") {
                          const err114 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/headers/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers.additionalProperties, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err115 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/headers", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  }
                  if (data50.username !== void 0) {
                    if (data50.password === void 0) {
                      const err116 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                        property: "username",
                        missingProperty: "password",
                        depsCount: 1,
                        deps: "password"
                      }, message: "must have property password when property username is present", schema: schema31.properties.environments.additionalProperties.properties.auth.dependentRequired, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  }
                  if (data50.password !== void 0) {
                    if (data50.username === void 0) {
                      const err117 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                        property: "password",
                        missingProperty: "username",
                        depsCount: 1,
                        deps: "username"
                      }, message: "must have property username when property password is present", schema: schema31.properties.environments.additionalProperties.properties.auth.dependentRequired, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err118 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.auth.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              }
              if (data47.alerts !== void 0) {
                let data56 = data47.alerts;
                if (Array.isArray(data56)) {
                  const len4 = data56.length;
                  for (let i7 = 0; i7 < len4; i7++) {
                    let data57 = data56[i7];
                    const _errs140 = errors;
                    let valid32 = true;
                    const _errs141 = errors;
                    if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                      if (data57.type !== void 0) {
                        if ("email" !== data57.type) {
                          const err119 = {};
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                      }
                    }
                    var _valid3 = _errs141 === errors;
                    errors = _errs140;
                    if (vErrors !== null) {
                      if (_errs140) {
                        vErrors.length = _errs140;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (_valid3) {
                      const _errs143 = errors;
                      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                        if (data57.from === void 0) {
                          const err120 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                        if (data57.to === void 0) {
                          const err121 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                        }
                        if (data57.url !== void 0) {
                          let data59 = data57.url;
                          if (typeof data59 === "string") {
                            if (!pattern17.test(data59)) {
                              const err122 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/properties/url/pattern", keyword: "pattern", params: { pattern: "^(smtps?://|\\$\\{)" }, message: 'must match pattern "^(smtps?://|\\$\\{)"', schema: "^(smtps?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.url, data: data59 };
                              if (vErrors === null) {
                                vErrors = [err122];
                              } else {
                                vErrors.push(err122);
                              }
                              errors++;
                            }
                          } else {
                            const err123 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.url.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.url, data: data59 };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          }
                        }
                        if (data57.from !== void 0) {
                          let data60 = data57.from;
                          if (typeof data60 !== "string") {
                            const err124 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/from", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.from.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.from, data: data60 };
                            if (vErrors === null) {
                              vErrors = [err124];
                            } else {
                              vErrors.push(err124);
                            }
                            errors++;
                          }
                        }
                      }
                      var _valid3 = _errs143 === errors;
                      valid32 = _valid3;
                      if (valid32) {
                        var props0 = {};
                        props0.url = true;
                        props0.from = true;
                        props0.to = true;
                        props0.type = true;
                      }
                    }
                    if (!valid32) {
                      const err125 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.properties.environments.additionalProperties.properties.alerts.items.if, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                    if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                      if (data57.type === void 0) {
                        const err126 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err126];
                        } else {
                          vErrors.push(err126);
                        }
                        errors++;
                      }
                      if (data57.url === void 0) {
                        const err127 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                      for (const key15 in data57) {
                        if (!(key15 === "type" || key15 === "url" || key15 === "secret" || key15 === "from" || key15 === "to")) {
                          const err128 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err128];
                          } else {
                            vErrors.push(err128);
                          }
                          errors++;
                        }
                      }
                      if (data57.type !== void 0) {
                        let data61 = data57.type;
                        if (!(data61 === "slack" || data61 === "dingtalk" || data61 === "feishu" || data61 === "wecom" || data61 === "webhook" || data61 === "email")) {
                          const err129 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/type", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.type.enum, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.type, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err129];
                          } else {
                            vErrors.push(err129);
                          }
                          errors++;
                        }
                      }
                      if (data57.url !== void 0) {
                        let data62 = data57.url;
                        if (typeof data62 === "string") {
                          if (func2(data62) < 1) {
                            const err130 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.url, data: data62 };
                            if (vErrors === null) {
                              vErrors = [err130];
                            } else {
                              vErrors.push(err130);
                            }
                            errors++;
                          }
                        } else {
                          const err131 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.url.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.url, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                        }
                      }
                      if (data57.secret !== void 0) {
                        let data63 = data57.secret;
                        if (typeof data63 === "string") {
                          if (func2(data63) < 1) {
                            const err132 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/secret", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.secret, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err132];
                            } else {
                              vErrors.push(err132);
                            }
                            errors++;
                          }
                        } else {
                          const err133 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/secret", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.secret.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.secret, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err133];
                          } else {
                            vErrors.push(err133);
                          }
                          errors++;
                        }
                      }
                      if (data57.from !== void 0) {
                        let data64 = data57.from;
                        if (typeof data64 === "string") {
                          if (func2(data64) < 1) {
                            const err134 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/from", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.from, data: data64 };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                        } else {
                          const err135 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/from", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.from.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.from, data: data64 };
                          if (vErrors === null) {
                            vErrors = [err135];
                          } else {
                            vErrors.push(err135);
                          }
                          errors++;
                        }
                      }
                      if (data57.to !== void 0) {
                        let data65 = data57.to;
                        const _errs157 = errors;
                        let valid36 = false;
                        let passing2 = null;
                        const _errs158 = errors;
                        if (typeof data65 === "string") {
                          if (func2(data65) < 1) {
                            const err136 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[0], data: data65 };
                            if (vErrors === null) {
                              vErrors = [err136];
                            } else {
                              vErrors.push(err136);
                            }
                            errors++;
                          }
                        } else {
                          const err137 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[0], data: data65 };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                        }
                        var _valid4 = _errs158 === errors;
                        if (_valid4) {
                          valid36 = true;
                          passing2 = 0;
                        }
                        const _errs160 = errors;
                        if (Array.isArray(data65)) {
                          if (data65.length < 1) {
                            const err138 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1], data: data65 };
                            if (vErrors === null) {
                              vErrors = [err138];
                            } else {
                              vErrors.push(err138);
                            }
                            errors++;
                          }
                          const len5 = data65.length;
                          for (let i8 = 0; i8 < len5; i8++) {
                            let data66 = data65[i8];
                            if (typeof data66 === "string") {
                              if (func2(data66) < 1) {
                                const err139 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to/" + i8, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].items, data: data66 };
                                if (vErrors === null) {
                                  vErrors = [err139];
                                } else {
                                  vErrors.push(err139);
                                }
                                errors++;
                              }
                            } else {
                              const err140 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to/" + i8, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].items.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].items, data: data66 };
                              if (vErrors === null) {
                                vErrors = [err140];
                              } else {
                                vErrors.push(err140);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err141 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1], data: data65 };
                          if (vErrors === null) {
                            vErrors = [err141];
                          } else {
                            vErrors.push(err141);
                          }
                          errors++;
                        }
                        var _valid4 = _errs160 === errors;
                        if (_valid4 && valid36) {
                          valid36 = false;
                          passing2 = [passing2, 1];
                        } else {
                          if (_valid4) {
                            valid36 = true;
                            passing2 = 1;
                          }
                        }
                        if (!valid36) {
                          const err142 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to, data: data65 };
                          if (vErrors === null) {
                            vErrors = [err142];
                          } else {
                            vErrors.push(err142);
                          }
                          errors++;
                        } else {
                          errors = _errs157;
                          if (vErrors !== null) {
                            if (_errs157) {
                              vErrors.length = _errs157;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                      }
                    } else {
                      const err143 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err144 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.environments.additionalProperties.properties.alerts.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
              }
              if (data47.savepointDir !== void 0) {
                let data67 = data47.savepointDir;
                if (typeof data67 === "string") {
                  if (func2(data67) < 1) {
                    const err145 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepointDir", schemaPath: "#/properties/environments/additionalProperties/properties/savepointDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.savepointDir, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                } else {
                  const err146 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepointDir", schemaPath: "#/properties/environments/additionalProperties/properties/savepointDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.savepointDir.type, parentSchema: schema31.properties.environments.additionalProperties.properties.savepointDir, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              }
              if (data47.state !== void 0) {
                let data68 = data47.state;
                if (!(data68 === "running" || data68 === "suspended")) {
                  const err147 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/state", schemaPath: "#/properties/environments/additionalProperties/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.environments.additionalProperties.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.environments.additionalProperties.properties.state.enum, parentSchema: schema31.properties.environments.additionalProperties.properties.state, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              }
              if (data47.moveFrom !== void 0) {
                let data69 = data47.moveFrom;
                if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                  if (data69.jobmanagerUrl === void 0) {
                    const err148 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/required", keyword: "required", params: { missingProperty: "jobmanagerUrl" }, message: "must have required property 'jobmanagerUrl'", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.required, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                  for (const key16 in data69) {
                    if (!(key16 === "jobmanagerUrl" || key16 === "sqlGatewayUrl" || key16 === "auth")) {
                      const err149 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err149];
                      } else {
                        vErrors.push(err149);
                      }
                      errors++;
                    }
                  }
                  if (data69.jobmanagerUrl !== void 0) {
                    let data70 = data69.jobmanagerUrl;
                    if (typeof data70 === "string") {
                      if (!pattern15.test(data70)) {
                        const err150 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/jobmanagerUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.jobmanagerUrl, data: data70 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    } else {
                      const err151 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/jobmanagerUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.jobmanagerUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.jobmanagerUrl, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err151];
                      } else {
                        vErrors.push(err151);
                      }
                      errors++;
                    }
                  }
                  if (data69.sqlGatewayUrl !== void 0) {
                    let data71 = data69.sqlGatewayUrl;
                    if (typeof data71 === "string") {
                      if (!pattern15.test(data71)) {
                        const err152 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/sqlGatewayUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.sqlGatewayUrl, data: data71 };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                    } else {
                      const err153 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/sqlGatewayUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.sqlGatewayUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.sqlGatewayUrl, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err153];
                      } else {
                        vErrors.push(err153);
                      }
                      errors++;
                    }
                  }
                  if (data69.auth !== void 0) {
                    let data72 = data69.auth;
                    if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                      for (const key17 in data72) {
                        if (!(key17 === "token" || key17 === "username" || key17 === "password" || key17 === "headers")) {
                          const err154 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data72 };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                      }
                      if (data72.token !== void 0) {
                        let data73 = data72.token;
                        if (typeof data73 !== "string") {
                          const err155 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/token", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.token.type, parentSchema: schema33.properties.token, data: data73 };
                          if (vErrors === null) {
                            vErrors = [err155];
                          } else {
                            vErrors.push(err155);
                          }
                          errors++;
                        }
                      }
                      if (data72.username !== void 0) {
                        let data74 = data72.username;
                        if (typeof data74 !== "string") {
                          const err156 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/username", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.username.type, parentSchema: schema33.properties.username, data: data74 };
                          if (vErrors === null) {
                            vErrors = [err156];
                          } else {
                            vErrors.push(err156);
                          }
                          errors++;
                        }
                      }
                      if (data72.password !== void 0) {
                        let data75 = data72.password;
                        if (typeof data75 !== "string") {
                          const err157 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/password", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.password.type, parentSchema: schema33.properties.password, data: data75 };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                      }
                      if (data72.headers !== void 0) {
                        let data76 = data72.headers;
                        if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                          for (const key18 in data76) {
                            let data77 = data76[key18];
                            if (typeof data77 !== "string") {
                              const err158 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/headers/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.headers.additionalProperties.type, parentSchema: schema33.properties.headers.additionalProperties, data: data77 };
                              if (vErrors === null) {
                                vErrors = [err158];
                              } else {
                                vErrors.push(err158);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err159 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/headers", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.headers.type, parentSchema: schema33.properties.headers, data: data76 };
                          if (vErrors === null) {
                            vErrors = [err159];
                          } else {
                            vErrors.push(err159);
                          }
                          errors++;
                        }
                      }
                      if (data72.username !== void 0) {
                        if (data72.password === void 0) {
                          const err160 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                            property: "username",
                            missingProperty: "password",
                            depsCount: 1,
                            deps: "password"
                          }, message: "must have property password when property username is present", schema: schema33.dependentRequired, parentSchema: schema33, data: data72 };
                          if (vErrors === null) {
                            vErrors = [err160];
                          } else {
                            vErrors.push(err160);
                          }
                          errors++;
                        }
                      }
                      if (data72.password !== void 0) {
                        if (data72.username === void 0) {
                          const err161 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                            property: "password",
                            missingProperty: "username",
                            depsCount: 1,
                            deps: "username"
                          }, message: "must have property username when property password is present", schema: schema33.dependentRequired, parentSchema: schema33, data: data72 };
                          if (vErrors === null) {
                            vErrors = [err161];
                          } else {
                            vErrors.push(err161);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err162 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err163 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.type, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              }
              if (data47.planDir !== void 0) {
                let data78 = data47.planDir;
                if (typeof data78 === "string") {
                  if (func2(data78) < 1) {
                    const err164 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/planDir", schemaPath: "#/properties/environments/additionalProperties/properties/planDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.planDir, data: data78 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                } else {
                  const err165 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/planDir", schemaPath: "#/properties/environments/additionalProperties/properties/planDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.planDir.type, parentSchema: schema31.properties.environments.additionalProperties.properties.planDir, data: data78 };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
              }
              if (data47.variables !== void 0) {
                let data79 = data47.variables;
                if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                  for (const key19 in data79) {
                    const _errs193 = errors;
                    if (typeof key19 === "string") {
                      if (!pattern20.test(key19)) {
                        const err166 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables", schemaPath: "#/properties/environments/additionalProperties/properties/variables/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema31.properties.environments.additionalProperties.properties.variables.propertyNames, data: key19, propertyName: key19 };
                        if (vErrors === null) {
                          vErrors = [err166];
                        } else {
                          vErrors.push(err166);
                        }
                        errors++;
                      }
                    }
                    var valid43 = _errs193 === errors;
                    if (!valid43) {
                      const err167 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables", schemaPath: "#/properties/environments/additionalProperties/properties/variables/propertyNames", keyword: "propertyNames", params: { propertyName: key19 }, message: "property name must be valid", schema: schema31.properties.environments.additionalProperties.properties.variables.propertyNames, parentSchema: schema31.properties.environments.additionalProperties.properties.variables, data: data79 };
                      if (vErrors === null) {
                        vErrors = [err167];
                      } else {
                        vErrors.push(err167);
                      }
                      errors++;
                    }
                  }
                  for (const key20 in data79) {
                    let data80 = data79[key20];
                    const _errs196 = errors;
                    let valid45 = false;
                    const _errs197 = errors;
                    if (typeof data80 !== "string") {
                      const err168 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[0], data: data80 };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                    var _valid5 = _errs197 === errors;
                    valid45 = valid45 || _valid5;
                    const _errs199 = errors;
                    if (!(typeof data80 == "number" && isFinite(data80))) {
                      const err169 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[1], data: data80 };
                      if (vErrors === null) {
                        vErrors = [err169];
                      } else {
                        vErrors.push(err169);
                      }
                      errors++;
                    }
                    var _valid5 = _errs199 === errors;
                    valid45 = valid45 || _valid5;
                    const _errs201 = errors;
                    if (typeof data80 !== "boolean") {
                      const err170 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[2].type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[2], data: data80 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                    var _valid5 = _errs201 === errors;
                    valid45 = valid45 || _valid5;
                    if (!valid45) {
                      const err171 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    } else {
                      errors = _errs196;
                      if (vErrors !== null) {
                        if (_errs196) {
                          vErrors.length = _errs196;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err172 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables", schemaPath: "#/properties/environments/additionalProperties/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.variables.type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              }
              if (data47.jobs !== void 0) {
                let data81 = data47.jobs;
                if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                  for (const key21 in data81) {
                    let data82 = data81[key21];
                    if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                      for (const key22 in data82) {
                        if (!func1.call(schema32.properties, key22)) {
                          const err173 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data82 };
                          if (vErrors === null) {
                            vErrors = [err173];
                          } else {
                            vErrors.push(err173);
                          }
                          errors++;
                        }
                      }
                      if (data82.description !== void 0) {
                        let data83 = data82.description;
                        if (typeof data83 !== "string") {
                          const err174 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "job.schema.json/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data83 };
                          if (vErrors === null) {
                            vErrors = [err174];
                          } else {
                            vErrors.push(err174);
                          }
                          errors++;
                        }
                      }
                      if (data82.parallelism !== void 0) {
                        let data84 = data82.parallelism;
                        if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)) && isFinite(data84))) {
                          const err175 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallelism", schemaPath: "job.schema.json/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.parallelism.type, parentSchema: schema32.properties.parallelism, data: data84 };
                          if (vErrors === null) {
                            vErrors = [err175];
                          } else {
                            vErrors.push(err175);
                          }
                          errors++;
                        }
                        if (typeof data84 == "number" && isFinite(data84)) {
                          if (data84 > 32768 || isNaN(data84)) {
                            const err176 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallelism", schemaPath: "job.schema.json/properties/parallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.parallelism, data: data84 };
                            if (vErrors === null) {
                              vErrors = [err176];
                            } else {
                              vErrors.push(err176);
                            }
                            errors++;
                          }
                          if (data84 < 1 || isNaN(data84)) {
                            const err177 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallelism", schemaPath: "job.schema.json/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.parallelism, data: data84 };
                            if (vErrors === null) {
                              vErrors = [err177];
                            } else {
                              vErrors.push(err177);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data82.maxParallelism !== void 0) {
                        let data85 = data82.maxParallelism;
                        if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)) && isFinite(data85))) {
                          const err178 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.maxParallelism.type, parentSchema: schema32.properties.maxParallelism, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err178];
                          } else {
                            vErrors.push(err178);
                          }
                          errors++;
                        }
                        if (typeof data85 == "number" && isFinite(data85)) {
                          if (data85 > 32768 || isNaN(data85)) {
                            const err179 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.maxParallelism, data: data85 };
                            if (vErrors === null) {
                              vErrors = [err179];
                            } else {
                              vErrors.push(err179);
                            }
                            errors++;
                          }
                          if (data85 < 1 || isNaN(data85)) {
                            const err180 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.maxParallelism, data: data85 };
                            if (vErrors === null) {
                              vErrors = [err180];
                            } else {
                              vErrors.push(err180);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data82.upgradeMode !== void 0) {
                        let data86 = data82.upgradeMode;
                        if (!(data86 === "savepoint" || data86 === "last-state" || data86 === "stateless")) {
                          const err181 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/upgradeMode", schemaPath: "job.schema.json/properties/upgradeMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.upgradeMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.upgradeMode.enum, parentSchema: schema32.properties.upgradeMode, data: data86 };
                          if (vErrors === null) {
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                        }
                      }
                      if (data82.state !== void 0) {
                        let data87 = data82.state;
                        if (!(data87 === "running" || data87 === "suspended")) {
                          const err182 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/state", schemaPath: "job.schema.json/properties/state/enum", keyword: "enum", params: { allowedValues: schema32.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.state.enum, parentSchema: schema32.properties.state, data: data87 };
                          if (vErrors === null) {
                            vErrors = [err182];
                          } else {
                            vErrors.push(err182);
                          }
                          errors++;
                        }
                      }
                      if (data82.planMode !== void 0) {
                        let data88 = data82.planMode;
                        if (!(data88 === "script" || data88 === "compiled")) {
                          const err183 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/planMode", schemaPath: "job.schema.json/properties/planMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.planMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.planMode.enum, parentSchema: schema32.properties.planMode, data: data88 };
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                        }
                      }
                      if (data82.allowNonRestoredState !== void 0) {
                        let data89 = data82.allowNonRestoredState;
                        if (typeof data89 !== "boolean") {
                          const err184 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowNonRestoredState", schemaPath: "job.schema.json/properties/allowNonRestoredState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.allowNonRestoredState.type, parentSchema: schema32.properties.allowNonRestoredState, data: data89 };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                      }
                      if (data82.deletionPolicy !== void 0) {
                        let data90 = data82.deletionPolicy;
                        if (!(data90 === "retain" || data90 === "delete")) {
                          const err185 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletionPolicy", schemaPath: "job.schema.json/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema32.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.deletionPolicy.enum, parentSchema: schema32.properties.deletionPolicy, data: data90 };
                          if (vErrors === null) {
                            vErrors = [err185];
                          } else {
                            vErrors.push(err185);
                          }
                          errors++;
                        }
                      }
                      if (data82.config !== void 0) {
                        let data91 = data82.config;
                        if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                          for (const key23 in data91) {
                            const _errs224 = errors;
                            if (typeof key23 === "string") {
                              if (!pattern5.test(key23)) {
                                const err186 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "job.schema.json/properties/config/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$", parentSchema: schema32.properties.config.propertyNames, data: key23, propertyName: key23 };
                                if (vErrors === null) {
                                  vErrors = [err186];
                                } else {
                                  vErrors.push(err186);
                                }
                                errors++;
                              }
                            }
                            var valid49 = _errs224 === errors;
                            if (!valid49) {
                              const err187 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "job.schema.json/properties/config/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid", schema: schema32.properties.config.propertyNames, parentSchema: schema32.properties.config, data: data91 };
                              if (vErrors === null) {
                                vErrors = [err187];
                              } else {
                                vErrors.push(err187);
                              }
                              errors++;
                            }
                          }
                          for (const key24 in data91) {
                            let data92 = data91[key24];
                            const _errs227 = errors;
                            let valid51 = false;
                            const _errs228 = errors;
                            if (typeof data92 !== "string") {
                              const err188 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.config.additionalProperties.anyOf[0].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[0], data: data92 };
                              if (vErrors === null) {
                                vErrors = [err188];
                              } else {
                                vErrors.push(err188);
                              }
                              errors++;
                            }
                            var _valid6 = _errs228 === errors;
                            valid51 = valid51 || _valid6;
                            const _errs230 = errors;
                            if (!(typeof data92 == "number" && isFinite(data92))) {
                              const err189 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.config.additionalProperties.anyOf[1].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[1], data: data92 };
                              if (vErrors === null) {
                                vErrors = [err189];
                              } else {
                                vErrors.push(err189);
                              }
                              errors++;
                            }
                            var _valid6 = _errs230 === errors;
                            valid51 = valid51 || _valid6;
                            const _errs232 = errors;
                            if (typeof data92 !== "boolean") {
                              const err190 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.config.additionalProperties.anyOf[2].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[2], data: data92 };
                              if (vErrors === null) {
                                vErrors = [err190];
                              } else {
                                vErrors.push(err190);
                              }
                              errors++;
                            }
                            var _valid6 = _errs232 === errors;
                            valid51 = valid51 || _valid6;
                            if (!valid51) {
                              const err191 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.config.additionalProperties.anyOf, parentSchema: schema32.properties.config.additionalProperties, data: data92 };
                              if (vErrors === null) {
                                vErrors = [err191];
                              } else {
                                vErrors.push(err191);
                              }
                              errors++;
                            } else {
                              errors = _errs227;
                              if (vErrors !== null) {
                                if (_errs227) {
                                  vErrors.length = _errs227;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                        } else {
                          const err192 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "job.schema.json/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.config.type, parentSchema: schema32.properties.config, data: data91 };
                          if (vErrors === null) {
                            vErrors = [err192];
                          } else {
                            vErrors.push(err192);
                          }
                          errors++;
                        }
                      }
                      if (data82.savepoints !== void 0) {
                        let data93 = data82.savepoints;
                        if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                          for (const key25 in data93) {
                            if (!(key25 === "every" || key25 === "keep")) {
                              const err193 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints", schemaPath: "job.schema.json/properties/savepoints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.savepoints, data: data93 };
                              if (vErrors === null) {
                                vErrors = [err193];
                              } else {
                                vErrors.push(err193);
                              }
                              errors++;
                            }
                          }
                          if (data93.every !== void 0) {
                            let data94 = data93.every;
                            if (typeof data94 === "string") {
                              if (!pattern6.test(data94)) {
                                const err194 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/every", schemaPath: "job.schema.json/properties/savepoints/properties/every/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.savepoints.properties.every, data: data94 };
                                if (vErrors === null) {
                                  vErrors = [err194];
                                } else {
                                  vErrors.push(err194);
                                }
                                errors++;
                              }
                            } else {
                              const err195 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/every", schemaPath: "job.schema.json/properties/savepoints/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.savepoints.properties.every.type, parentSchema: schema32.properties.savepoints.properties.every, data: data94 };
                              if (vErrors === null) {
                                vErrors = [err195];
                              } else {
                                vErrors.push(err195);
                              }
                              errors++;
                            }
                          }
                          if (data93.keep !== void 0) {
                            let data95 = data93.keep;
                            if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)) && isFinite(data95))) {
                              const err196 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/keep", schemaPath: "job.schema.json/properties/savepoints/properties/keep/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.savepoints.properties.keep.type, parentSchema: schema32.properties.savepoints.properties.keep, data: data95 };
                              if (vErrors === null) {
                                vErrors = [err196];
                              } else {
                                vErrors.push(err196);
                              }
                              errors++;
                            }
                            if (typeof data95 == "number" && isFinite(data95)) {
                              if (data95 < 1 || isNaN(data95)) {
                                const err197 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/keep", schemaPath: "job.schema.json/properties/savepoints/properties/keep/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.savepoints.properties.keep, data: data95 };
                                if (vErrors === null) {
                                  vErrors = [err197];
                                } else {
                                  vErrors.push(err197);
                                }
                                errors++;
                              }
                            }
                          }
                        } else {
                          const err198 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints", schemaPath: "job.schema.json/properties/savepoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.savepoints.type, parentSchema: schema32.properties.savepoints, data: data93 };
                          if (vErrors === null) {
                            vErrors = [err198];
                          } else {
                            vErrors.push(err198);
                          }
                          errors++;
                        }
                      }
                      if (data82.restoreFrom !== void 0) {
                        let data96 = data82.restoreFrom;
                        if (typeof data96 === "string") {
                          if (func2(data96) < 1) {
                            const err199 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.restoreFrom, data: data96 };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        } else {
                          const err200 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.restoreFrom.type, parentSchema: schema32.properties.restoreFrom, data: data96 };
                          if (vErrors === null) {
                            vErrors = [err200];
                          } else {
                            vErrors.push(err200);
                          }
                          errors++;
                        }
                      }
                      if (data82.schedule !== void 0) {
                        let data97 = data82.schedule;
                        if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                          if (data97.windows === void 0) {
                            const err201 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "job.schema.json/properties/schedule/required", keyword: "required", params: { missingProperty: "windows" }, message: "must have required property 'windows'", schema: schema32.properties.schedule.required, parentSchema: schema32.properties.schedule, data: data97 };
                            if (vErrors === null) {
                              vErrors = [err201];
                            } else {
                              vErrors.push(err201);
                            }
                            errors++;
                          }
                          for (const key26 in data97) {
                            if (!(key26 === "timezone" || key26 === "windows")) {
                              const err202 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "job.schema.json/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule, data: data97 };
                              if (vErrors === null) {
                                vErrors = [err202];
                              } else {
                                vErrors.push(err202);
                              }
                              errors++;
                            }
                          }
                          if (data97.timezone !== void 0) {
                            let data98 = data97.timezone;
                            if (typeof data98 === "string") {
                              if (func2(data98) < 1) {
                                const err203 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.schedule.properties.timezone, data: data98 };
                                if (vErrors === null) {
                                  vErrors = [err203];
                                } else {
                                  vErrors.push(err203);
                                }
                                errors++;
                              }
                            } else {
                              const err204 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.timezone.type, parentSchema: schema32.properties.schedule.properties.timezone, data: data98 };
                              if (vErrors === null) {
                                vErrors = [err204];
                              } else {
                                vErrors.push(err204);
                              }
                              errors++;
                            }
                          }
                          if (data97.windows !== void 0) {
                            let data99 = data97.windows;
                            if (Array.isArray(data99)) {
                              if (data99.length < 1) {
                                const err205 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.schedule.properties.windows, data: data99 };
                                if (vErrors === null) {
                                  vErrors = [err205];
                                } else {
                                  vErrors.push(err205);
                                }
                                errors++;
                              }
                              const len6 = data99.length;
                              for (let i9 = 0; i9 < len6; i9++) {
                                let data100 = data99[i9];
                                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                  if (data100.start === void 0) {
                                    const err206 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data100 };
                                    if (vErrors === null) {
                                      vErrors = [err206];
                                    } else {
                                      vErrors.push(err206);
                                    }
                                    errors++;
                                  }
                                  if (data100.stop === void 0) {
                                    const err207 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "stop" }, message: "must have required property 'stop'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data100 };
                                    if (vErrors === null) {
                                      vErrors = [err207];
                                    } else {
                                      vErrors.push(err207);
                                    }
                                    errors++;
                                  }
                                  for (const key27 in data100) {
                                    if (!(key27 === "start" || key27 === "stop")) {
                                      const err208 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule.properties.windows.items, data: data100 };
                                      if (vErrors === null) {
                                        vErrors = [err208];
                                      } else {
                                        vErrors.push(err208);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data100.start !== void 0) {
                                    let data101 = data100.start;
                                    if (typeof data101 === "string") {
                                      if (!pattern7.test(data101)) {
                                        const err209 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data101 };
                                        if (vErrors === null) {
                                          vErrors = [err209];
                                        } else {
                                          vErrors.push(err209);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err210 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.start.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data101 };
                                      if (vErrors === null) {
                                        vErrors = [err210];
                                      } else {
                                        vErrors.push(err210);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data100.stop !== void 0) {
                                    let data102 = data100.stop;
                                    if (typeof data102 === "string") {
                                      if (!pattern7.test(data102)) {
                                        const err211 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data102 };
                                        if (vErrors === null) {
                                          vErrors = [err211];
                                        } else {
                                          vErrors.push(err211);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err212 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.stop.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data102 };
                                      if (vErrors === null) {
                                        vErrors = [err212];
                                      } else {
                                        vErrors.push(err212);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err213 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.properties.windows.items.type, parentSchema: schema32.properties.schedule.properties.windows.items, data: data100 };
                                  if (vErrors === null) {
                                    vErrors = [err213];
                                  } else {
                                    vErrors.push(err213);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err214 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.schedule.properties.windows.type, parentSchema: schema32.properties.schedule.properties.windows, data: data99 };
                              if (vErrors === null) {
                                vErrors = [err214];
                              } else {
                                vErrors.push(err214);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err215 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "job.schema.json/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.type, parentSchema: schema32.properties.schedule, data: data97 };
                          if (vErrors === null) {
                            vErrors = [err215];
                          } else {
                            vErrors.push(err215);
                          }
                          errors++;
                        }
                      }
                      if (data82.activeFrom !== void 0) {
                        let data103 = data82.activeFrom;
                        if (typeof data103 === "string") {
                          if (!formats0.validate(data103)) {
                            const err216 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeFrom, data: data103 };
                            if (vErrors === null) {
                              vErrors = [err216];
                            } else {
                              vErrors.push(err216);
                            }
                            errors++;
                          }
                        } else {
                          const err217 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeFrom.type, parentSchema: schema32.properties.activeFrom, data: data103 };
                          if (vErrors === null) {
                            vErrors = [err217];
                          } else {
                            vErrors.push(err217);
                          }
                          errors++;
                        }
                      }
                      if (data82.activeUntil !== void 0) {
                        let data104 = data82.activeUntil;
                        if (typeof data104 === "string") {
                          if (!formats0.validate(data104)) {
                            const err218 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeUntil, data: data104 };
                            if (vErrors === null) {
                              vErrors = [err218];
                            } else {
                              vErrors.push(err218);
                            }
                            errors++;
                          }
                        } else {
                          const err219 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeUntil.type, parentSchema: schema32.properties.activeUntil, data: data104 };
                          if (vErrors === null) {
                            vErrors = [err219];
                          } else {
                            vErrors.push(err219);
                          }
                          errors++;
                        }
                      }
                      if (data82.health !== void 0) {
                        let data105 = data82.health;
                        if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                          for (const key28 in data105) {
                            if (!func1.call(schema32.properties.health.properties, key28)) {
                              const err220 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health", schemaPath: "job.schema.json/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.health, data: data105 };
                              if (vErrors === null) {
                                vErrors = [err220];
                              } else {
                                vErrors.push(err220);
                              }
                              errors++;
                            }
                          }
                          if (data105.maxRestarts !== void 0) {
                            let data106 = data105.maxRestarts;
                            if (!(typeof data106 == "number" && (!(data106 % 1) && !isNaN(data106)) && isFinite(data106))) {
                              const err221 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxRestarts.type, parentSchema: schema32.properties.health.properties.maxRestarts, data: data106 };
                              if (vErrors === null) {
                                vErrors = [err221];
                              } else {
                                vErrors.push(err221);
                              }
                              errors++;
                            }
                            if (typeof data106 == "number" && isFinite(data106)) {
                              if (data106 < 0 || isNaN(data106)) {
                                const err222 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxRestarts, data: data106 };
                                if (vErrors === null) {
                                  vErrors = [err222];
                                } else {
                                  vErrors.push(err222);
                                }
                                errors++;
                              }
                            }
                          }
                          if (data105.window !== void 0) {
                            let data107 = data105.window;
                            if (typeof data107 === "string") {
                              if (!pattern6.test(data107)) {
                                const err223 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/window", schemaPath: "job.schema.json/properties/health/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.window, data: data107 };
                                if (vErrors === null) {
                                  vErrors = [err223];
                                } else {
                                  vErrors.push(err223);
                                }
                                errors++;
                              }
                            } else {
                              const err224 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/window", schemaPath: "job.schema.json/properties/health/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.window.type, parentSchema: schema32.properties.health.properties.window, data: data107 };
                              if (vErrors === null) {
                                vErrors = [err224];
                              } else {
                                vErrors.push(err224);
                              }
                              errors++;
                            }
                          }
                          if (data105.maxCheckpointAge !== void 0) {
                            let data108 = data105.maxCheckpointAge;
                            if (typeof data108 === "string") {
                              if (!pattern6.test(data108)) {
                                const err225 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data108 };
                                if (vErrors === null) {
                                  vErrors = [err225];
                                } else {
                                  vErrors.push(err225);
                                }
                                errors++;
                              }
                            } else {
                              const err226 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointAge.type, parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data108 };
                              if (vErrors === null) {
                                vErrors = [err226];
                              } else {
                                vErrors.push(err226);
                              }
                              errors++;
                            }
                          }
                          if (data105.notRunning !== void 0) {
                            let data109 = data105.notRunning;
                            if (typeof data109 !== "boolean") {
                              const err227 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/notRunning", schemaPath: "job.schema.json/properties/health/properties/notRunning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.health.properties.notRunning.type, parentSchema: schema32.properties.health.properties.notRunning, data: data109 };
                              if (vErrors === null) {
                                vErrors = [err227];
                              } else {
                                vErrors.push(err227);
                              }
                              errors++;
                            }
                          }
                          if (data105.maxBackPressure !== void 0) {
                            let data110 = data105.maxBackPressure;
                            const _errs273 = errors;
                            let valid58 = false;
                            let passing3 = null;
                            const _errs274 = errors;
                            if (!(data110 === "ok" || data110 === "low")) {
                              const err228 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[0], data: data110 };
                              if (vErrors === null) {
                                vErrors = [err228];
                              } else {
                                vErrors.push(err228);
                              }
                              errors++;
                            }
                            var _valid7 = _errs274 === errors;
                            if (_valid7) {
                              valid58 = true;
                              passing3 = 0;
                            }
                            const _errs275 = errors;
                            if (typeof data110 == "number" && isFinite(data110)) {
                              if (data110 > 1 || isNaN(data110)) {
                                const err229 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data110 };
                                if (vErrors === null) {
                                  vErrors = [err229];
                                } else {
                                  vErrors.push(err229);
                                }
                                errors++;
                              }
                              if (data110 < 0 || isNaN(data110)) {
                                const err230 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data110 };
                                if (vErrors === null) {
                                  vErrors = [err230];
                                } else {
                                  vErrors.push(err230);
                                }
                                errors++;
                              }
                            } else {
                              const err231 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackPressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data110 };
                              if (vErrors === null) {
                                vErrors = [err231];
                              } else {
                                vErrors.push(err231);
                              }
                              errors++;
                            }
                            var _valid7 = _errs275 === errors;
                            if (_valid7 && valid58) {
                              valid58 = false;
                              passing3 = [passing3, 1];
                            } else {
                              if (_valid7) {
                                valid58 = true;
                                passing3 = 1;
                              }
                            }
                            if (!valid58) {
                              const err232 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackPressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackPressure, data: data110 };
                              if (vErrors === null) {
                                vErrors = [err232];
                              } else {
                                vErrors.push(err232);
                              }
                              errors++;
                            } else {
                              errors = _errs273;
                              if (vErrors !== null) {
                                if (_errs273) {
                                  vErrors.length = _errs273;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                          if (data105.maxBackpressure !== void 0) {
                            let data111 = data105.maxBackpressure;
                            const _errs278 = errors;
                            let valid59 = false;
                            let passing4 = null;
                            const _errs279 = errors;
                            if (!(data111 === "ok" || data111 === "low")) {
                              const err233 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[0], data: data111 };
                              if (vErrors === null) {
                                vErrors = [err233];
                              } else {
                                vErrors.push(err233);
                              }
                              errors++;
                            }
                            var _valid8 = _errs279 === errors;
                            if (_valid8) {
                              valid59 = true;
                              passing4 = 0;
                            }
                            const _errs280 = errors;
                            if (typeof data111 == "number" && isFinite(data111)) {
                              if (data111 > 1 || isNaN(data111)) {
                                const err234 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data111 };
                                if (vErrors === null) {
                                  vErrors = [err234];
                                } else {
                                  vErrors.push(err234);
                                }
                                errors++;
                              }
                              if (data111 < 0 || isNaN(data111)) {
                                const err235 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data111 };
                                if (vErrors === null) {
                                  vErrors = [err235];
                                } else {
                                  vErrors.push(err235);
                                }
                                errors++;
                              }
                            } else {
                              const err236 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackpressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data111 };
                              if (vErrors === null) {
                                vErrors = [err236];
                              } else {
                                vErrors.push(err236);
                              }
                              errors++;
                            }
                            var _valid8 = _errs280 === errors;
                            if (_valid8 && valid59) {
                              valid59 = false;
                              passing4 = [passing4, 1];
                            } else {
                              if (_valid8) {
                                valid59 = true;
                                passing4 = 1;
                              }
                            }
                            if (!valid59) {
                              const err237 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackpressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackpressure, data: data111 };
                              if (vErrors === null) {
                                vErrors = [err237];
                              } else {
                                vErrors.push(err237);
                              }
                              errors++;
                            } else {
                              errors = _errs278;
                              if (vErrors !== null) {
                                if (_errs278) {
                                  vErrors.length = _errs278;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                          if (data105.maxBusy !== void 0) {
                            let data112 = data105.maxBusy;
                            if (typeof data112 == "number" && isFinite(data112)) {
                              if (data112 > 1 || isNaN(data112)) {
                                const err238 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBusy, data: data112 };
                                if (vErrors === null) {
                                  vErrors = [err238];
                                } else {
                                  vErrors.push(err238);
                                }
                                errors++;
                              }
                              if (data112 < 0 || isNaN(data112)) {
                                const err239 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBusy, data: data112 };
                                if (vErrors === null) {
                                  vErrors = [err239];
                                } else {
                                  vErrors.push(err239);
                                }
                                errors++;
                              }
                            } else {
                              const err240 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBusy.type, parentSchema: schema32.properties.health.properties.maxBusy, data: data112 };
                              if (vErrors === null) {
                                vErrors = [err240];
                              } else {
                                vErrors.push(err240);
                              }
                              errors++;
                            }
                          }
                          if (data105.maxWatermarkLag !== void 0) {
                            let data113 = data105.maxWatermarkLag;
                            if (typeof data113 === "string") {
                              if (!pattern6.test(data113)) {
                                const err241 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data113 };
                                if (vErrors === null) {
                                  vErrors = [err241];
                                } else {
                                  vErrors.push(err241);
                                }
                                errors++;
                              }
                            } else {
                              const err242 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxWatermarkLag.type, parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data113 };
                              if (vErrors === null) {
                                vErrors = [err242];
                              } else {
                                vErrors.push(err242);
                              }
                              errors++;
                            }
                          }
                          if (data105.maxConsumerLag !== void 0) {
                            let data114 = data105.maxConsumerLag;
                            if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)) && isFinite(data114))) {
                              const err243 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxConsumerLag.type, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data114 };
                              if (vErrors === null) {
                                vErrors = [err243];
                              } else {
                                vErrors.push(err243);
                              }
                              errors++;
                            }
                            if (typeof data114 == "number" && isFinite(data114)) {
                              if (data114 < 0 || isNaN(data114)) {
                                const err244 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data114 };
                                if (vErrors === null) {
                                  vErrors = [err244];
                                } else {
                                  vErrors.push(err244);
                                }
                                errors++;
                              }
                            }
                          }
                          if (data105.minRecordsInPerSecond !== void 0) {
                            let data115 = data105.minRecordsInPerSecond;
                            if (typeof data115 == "number" && isFinite(data115)) {
                              if (data115 < 0 || isNaN(data115)) {
                                const err245 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data115 };
                                if (vErrors === null) {
                                  vErrors = [err245];
                                } else {
                                  vErrors.push(err245);
                                }
                                errors++;
                              }
                            } else {
                              const err246 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.minRecordsInPerSecond.type, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data115 };
                              if (vErrors === null) {
                                vErrors = [err246];
                              } else {
                                vErrors.push(err246);
                              }
                              errors++;
                            }
                          }
                          if (data105.maxCheckpointDuration !== void 0) {
                            let data116 = data105.maxCheckpointDuration;
                            if (typeof data116 === "string") {
                              if (!pattern6.test(data116)) {
                                const err247 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data116 };
                                if (vErrors === null) {
                                  vErrors = [err247];
                                } else {
                                  vErrors.push(err247);
                                }
                                errors++;
                              }
                            } else {
                              const err248 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointDuration.type, parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data116 };
                              if (vErrors === null) {
                                vErrors = [err248];
                              } else {
                                vErrors.push(err248);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err249 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health", schemaPath: "job.schema.json/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.health.type, parentSchema: schema32.properties.health, data: data105 };
                          if (vErrors === null) {
                            vErrors = [err249];
                          } else {
                            vErrors.push(err249);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err250 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err250];
                      } else {
                        vErrors.push(err250);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err251 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs", schemaPath: "#/properties/environments/additionalProperties/properties/jobs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.jobs.type, parentSchema: schema31.properties.environments.additionalProperties.properties.jobs, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
              }
              if (data47.tables !== void 0) {
                let data117 = data47.tables;
                if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                  for (const key29 in data117) {
                    let data118 = data117[key29];
                    if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
                      if (data118.with === void 0) {
                        const err252 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/required", keyword: "required", params: { missingProperty: "with" }, message: "must have required property 'with'", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties, data: data118 };
                        if (vErrors === null) {
                          vErrors = [err252];
                        } else {
                          vErrors.push(err252);
                        }
                        errors++;
                      }
                      for (const key30 in data118) {
                        if (!(key30 === "with")) {
                          const err253 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties, data: data118 };
                          if (vErrors === null) {
                            vErrors = [err253];
                          } else {
                            vErrors.push(err253);
                          }
                          errors++;
                        }
                      }
                      if (data118.with !== void 0) {
                        let data119 = data118.with;
                        if (data119 && typeof data119 == "object" && !Array.isArray(data119)) {
                          for (const key31 in data119) {
                            let data120 = data119[key31];
                            const _errs302 = errors;
                            let valid63 = false;
                            const _errs303 = errors;
                            if (typeof data120 !== "string") {
                              const err254 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[0], data: data120 };
                              if (vErrors === null) {
                                vErrors = [err254];
                              } else {
                                vErrors.push(err254);
                              }
                              errors++;
                            }
                            var _valid9 = _errs303 === errors;
                            valid63 = valid63 || _valid9;
                            const _errs305 = errors;
                            if (!(typeof data120 == "number" && isFinite(data120))) {
                              const err255 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[1], data: data120 };
                              if (vErrors === null) {
                                vErrors = [err255];
                              } else {
                                vErrors.push(err255);
                              }
                              errors++;
                            }
                            var _valid9 = _errs305 === errors;
                            valid63 = valid63 || _valid9;
                            const _errs307 = errors;
                            if (typeof data120 !== "boolean") {
                              const err256 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[2].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[2], data: data120 };
                              if (vErrors === null) {
                                vErrors = [err256];
                              } else {
                                vErrors.push(err256);
                              }
                              errors++;
                            }
                            var _valid9 = _errs307 === errors;
                            valid63 = valid63 || _valid9;
                            const _errs309 = errors;
                            if (data120 !== null) {
                              const err257 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/3/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[3].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[3], data: data120 };
                              if (vErrors === null) {
                                vErrors = [err257];
                              } else {
                                vErrors.push(err257);
                              }
                              errors++;
                            }
                            var _valid9 = _errs309 === errors;
                            valid63 = valid63 || _valid9;
                            if (!valid63) {
                              const err258 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties, data: data120 };
                              if (vErrors === null) {
                                vErrors = [err258];
                              } else {
                                vErrors.push(err258);
                              }
                              errors++;
                            } else {
                              errors = _errs302;
                              if (vErrors !== null) {
                                if (_errs302) {
                                  vErrors.length = _errs302;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                        } else {
                          const err259 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with", schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with, data: data119 };
                          if (vErrors === null) {
                            vErrors = [err259];
                          } else {
                            vErrors.push(err259);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err260 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties, data: data118 };
                      if (vErrors === null) {
                        vErrors = [err260];
                      } else {
                        vErrors.push(err260);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err261 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables", schemaPath: "#/properties/environments/additionalProperties/properties/tables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.tables.type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables, data: data117 };
                  if (vErrors === null) {
                    vErrors = [err261];
                  } else {
                    vErrors.push(err261);
                  }
                  errors++;
                }
              }
              if (data47.udfs !== void 0) {
                let data121 = data47.udfs;
                if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                  for (const key32 in data121) {
                    let data122 = data121[key32];
                    if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                      if (data122.jar === void 0) {
                        const err262 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/required", keyword: "required", params: { missingProperty: "jar" }, message: "must have required property 'jar'", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties, data: data122 };
                        if (vErrors === null) {
                          vErrors = [err262];
                        } else {
                          vErrors.push(err262);
                        }
                        errors++;
                      }
                      for (const key33 in data122) {
                        if (!(key33 === "jar" || key33 === "sha256")) {
                          const err263 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties, data: data122 };
                          if (vErrors === null) {
                            vErrors = [err263];
                          } else {
                            vErrors.push(err263);
                          }
                          errors++;
                        }
                      }
                      if (data122.jar !== void 0) {
                        let data123 = data122.jar;
                        if (typeof data123 === "string") {
                          if (!pattern29.test(data123)) {
                            const err264 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/jar", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/jar/pattern", keyword: "pattern", params: { pattern: "\\.jar$" }, message: 'must match pattern "\\.jar$"', schema: "\\.jar$", parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.jar, data: data123 };
                            if (vErrors === null) {
                              vErrors = [err264];
                            } else {
                              vErrors.push(err264);
                            }
                            errors++;
                          }
                        } else {
                          const err265 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/jar", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/jar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.jar.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.jar, data: data123 };
                          if (vErrors === null) {
                            vErrors = [err265];
                          } else {
                            vErrors.push(err265);
                          }
                          errors++;
                        }
                      }
                      if (data122.sha256 !== void 0) {
                        let data124 = data122.sha256;
                        if (typeof data124 === "string") {
                          if (!pattern30.test(data124)) {
                            const err266 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-fA-F0-9]{64}$" }, message: 'must match pattern "^[a-fA-F0-9]{64}$"', schema: "^[a-fA-F0-9]{64}$", parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.sha256, data: data124 };
                            if (vErrors === null) {
                              vErrors = [err266];
                            } else {
                              vErrors.push(err266);
                            }
                            errors++;
                          }
                        } else {
                          const err267 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.sha256.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.sha256, data: data124 };
                          if (vErrors === null) {
                            vErrors = [err267];
                          } else {
                            vErrors.push(err267);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err268 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties, data: data122 };
                      if (vErrors === null) {
                        vErrors = [err268];
                      } else {
                        vErrors.push(err268);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err269 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.udfs.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs, data: data121 };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
              }
              if (data47.config !== void 0) {
                let data125 = data47.config;
                if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
                  for (const key34 in data125) {
                    let data126 = data125[key34];
                    const _errs325 = errors;
                    let valid67 = false;
                    const _errs326 = errors;
                    if (typeof data126 !== "string") {
                      const err270 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[0], data: data126 };
                      if (vErrors === null) {
                        vErrors = [err270];
                      } else {
                        vErrors.push(err270);
                      }
                      errors++;
                    }
                    var _valid10 = _errs326 === errors;
                    valid67 = valid67 || _valid10;
                    const _errs328 = errors;
                    if (!(typeof data126 == "number" && isFinite(data126))) {
                      const err271 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[1], data: data126 };
                      if (vErrors === null) {
                        vErrors = [err271];
                      } else {
                        vErrors.push(err271);
                      }
                      errors++;
                    }
                    var _valid10 = _errs328 === errors;
                    valid67 = valid67 || _valid10;
                    const _errs330 = errors;
                    if (typeof data126 !== "boolean") {
                      const err272 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[2].type, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[2], data: data126 };
                      if (vErrors === null) {
                        vErrors = [err272];
                      } else {
                        vErrors.push(err272);
                      }
                      errors++;
                    }
                    var _valid10 = _errs330 === errors;
                    valid67 = valid67 || _valid10;
                    if (!valid67) {
                      const err273 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties, data: data126 };
                      if (vErrors === null) {
                        vErrors = [err273];
                      } else {
                        vErrors.push(err273);
                      }
                      errors++;
                    } else {
                      errors = _errs325;
                      if (vErrors !== null) {
                        if (_errs325) {
                          vErrors.length = _errs325;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err274 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "#/properties/environments/additionalProperties/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.config.type, parentSchema: schema31.properties.environments.additionalProperties.properties.config, data: data125 };
                  if (vErrors === null) {
                    vErrors = [err274];
                  } else {
                    vErrors.push(err274);
                  }
                  errors++;
                }
              }
            } else {
              const err275 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties, data: data47 };
              if (vErrors === null) {
                vErrors = [err275];
              } else {
                vErrors.push(err275);
              }
              errors++;
            }
          }
        } else {
          const err276 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.type, parentSchema: schema31.properties.environments, data: data46 };
          if (vErrors === null) {
            vErrors = [err276];
          } else {
            vErrors.push(err276);
          }
          errors++;
        }
      }
    } else {
      const err277 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err277];
      } else {
        vErrors.push(err277);
      }
      errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
  }
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.table = validate21;
  const schema35 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops table (tables/<name>.yaml)", "description": "A table a job reads or writes, compiled to CREATE TEMPORARY TABLE. The file name is the table name.", "type": "object", "additionalProperties": false, "required": ["kind", "connector", "columns"], "properties": { "kind": { "description": "source (read only), sink (written), or dimension (a lookup table, read with FOR SYSTEM_TIME AS OF).", "enum": ["source", "sink", "dimension"] }, "description": { "description": "What the table holds; compiled into the table COMMENT.", "type": "string" }, "connector": { "description": "Flink connector, e.g. kafka, upsert-kafka, jdbc, filesystem, datagen, print, blackhole. Compiled to 'connector' = '...'.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, "columns": { "description": "Physical columns, in order.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "description": "Column name (case-sensitive, quoted with backticks in the compiled DDL).", "type": "string", "minLength": 1 }, "type": { "description": "Flink SQL data type, e.g. BIGINT, STRING, DECIMAL(10, 2), TIMESTAMP(3), ROW<a INT, b STRING>.", "type": "string", "minLength": 1 }, "nullable": { "description": "false adds NOT NULL. Default true.", "type": "boolean" }, "comment": { "description": "Column comment.", "type": "string" } } } }, "computed": { "description": "Computed columns (`name AS expr`), placed after the physical and metadata columns.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "expr"], "properties": { "name": { "description": "Column name.", "type": "string", "minLength": 1 }, "expr": { "description": "SQL expression, e.g. PROCTIME() or amount * 100.", "type": "string", "minLength": 1 }, "comment": { "description": "Column comment.", "type": "string" } } } }, "metadata": { "description": "Metadata columns (`name TYPE METADATA [FROM 'key'] [VIRTUAL]`), placed after the physical columns.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "description": "Column name.", "type": "string", "minLength": 1 }, "type": { "description": "Flink SQL data type of the metadata value, e.g. TIMESTAMP_LTZ(3).", "type": "string", "minLength": 1 }, "from": { "description": "Metadata key of the connector when it differs from the column name, e.g. timestamp.", "type": "string", "minLength": 1 }, "virtual": { "description": "true: read only, excluded when writing to the table.", "type": "boolean" }, "comment": { "description": "Column comment.", "type": "string" } } } }, "watermark": { "description": "Event-time attribute: the column and how late events may arrive.", "type": "object", "additionalProperties": false, "required": ["column"], "properties": { "column": { "description": "Rowtime column (TIMESTAMP(3) or TIMESTAMP_LTZ(3)).", "type": "string", "minLength": 1 }, "delay": { "description": "Bounded out-of-orderness, e.g. '5 SECOND' → `column` - INTERVAL '5' SECOND. Give delay or expr.", "type": "string", "pattern": "^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$" }, "expr": { "description": "Full watermark expression, when delay is not enough. Give delay or expr.", "type": "string", "minLength": 1 } } }, "primaryKey": { "description": "Primary key columns; compiled as PRIMARY KEY (...) NOT ENFORCED.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "partitionedBy": { "description": "Partition columns (PARTITIONED BY), e.g. for the filesystem connector.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "with": { "description": "Connector options, compiled into WITH ('key' = 'value'). Numbers and booleans are written as strings. Values may use ${env.NAME} and ${secret.NAME}.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$" }, "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "lookup": { "description": "Lookup cache of a dimension table, compiled to Flink's lookup.cache and lookup.partial-cache.* / lookup.full-cache.* options.", "type": "object", "additionalProperties": false, "required": ["cache"], "properties": { "cache": { "description": "PARTIAL caches looked-up rows, FULL loads the whole table, NONE disables the cache.", "enum": ["PARTIAL", "FULL", "NONE"] }, "maxRows": { "description": "PARTIAL: most rows kept (lookup.partial-cache.max-rows).", "type": "integer", "minimum": 1 }, "ttl": { "description": "PARTIAL: how long a row is kept after it was loaded, e.g. 10min (lookup.partial-cache.expire-after-write).", "type": "string", "pattern": "^[0-9]+ ?(ms|s|min|h|d)$" }, "expireAfterAccess": { "description": "PARTIAL: how long a row is kept after it was last read (lookup.partial-cache.expire-after-access).", "type": "string", "pattern": "^[0-9]+ ?(ms|s|min|h|d)$" }, "cacheMissingKey": { "description": "PARTIAL: also cache keys that found no row (lookup.partial-cache.cache-missing-key).", "type": "boolean" }, "reloadInterval": { "description": "FULL: reload the whole table this often (lookup.full-cache.periodic-reload.interval).", "type": "string", "pattern": "^[0-9]+ ?(ms|s|min|h|d)$" }, "maxRetries": { "description": "Retries of a failed lookup (lookup.max-retries).", "type": "integer", "minimum": 0 } } } } };
  const pattern32 = new RegExp("^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$", "u");
  const pattern33 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$", "u");
  const pattern34 = new RegExp("^[0-9]+ ?(ms|s|min|h|d)$", "u");
  function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kind === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.connector === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "connector" }, message: "must have required property 'connector'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.columns === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema35.properties, key0)) {
          const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data0 = data.kind;
        if (!(data0 === "source" || data0 === "sink" || data0 === "dimension")) {
          const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema35.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.kind.enum, parentSchema: schema35.properties.kind, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data1 = data.description;
        if (typeof data1 !== "string") {
          const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.description.type, parentSchema: schema35.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.connector !== void 0) {
        let data2 = data.connector;
        if (typeof data2 === "string") {
          if (!pattern5.test(data2)) {
            const err6 = { instancePath: instancePath + "/connector", schemaPath: "#/properties/connector/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$", parentSchema: schema35.properties.connector, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/connector", schemaPath: "#/properties/connector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.connector.type, parentSchema: schema35.properties.connector, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.columns !== void 0) {
        let data3 = data.columns;
        if (Array.isArray(data3)) {
          if (data3.length < 1) {
            const err8 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.columns, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data4 = data3[i0];
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              if (data4.name === void 0) {
                const err9 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.properties.columns.items.required, parentSchema: schema35.properties.columns.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (data4.type === void 0) {
                const err10 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema35.properties.columns.items.required, parentSchema: schema35.properties.columns.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              for (const key1 in data4) {
                if (!(key1 === "name" || key1 === "type" || key1 === "nullable" || key1 === "comment")) {
                  const err11 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.columns.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data4.name !== void 0) {
                let data5 = data4.name;
                if (typeof data5 === "string") {
                  if (func2(data5) < 1) {
                    const err12 = { instancePath: instancePath + "/columns/" + i0 + "/name", schemaPath: "#/properties/columns/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.columns.items.properties.name, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/columns/" + i0 + "/name", schemaPath: "#/properties/columns/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.columns.items.properties.name.type, parentSchema: schema35.properties.columns.items.properties.name, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (data4.type !== void 0) {
                let data6 = data4.type;
                if (typeof data6 === "string") {
                  if (func2(data6) < 1) {
                    const err14 = { instancePath: instancePath + "/columns/" + i0 + "/type", schemaPath: "#/properties/columns/items/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.columns.items.properties.type, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/columns/" + i0 + "/type", schemaPath: "#/properties/columns/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.columns.items.properties.type.type, parentSchema: schema35.properties.columns.items.properties.type, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data4.nullable !== void 0) {
                let data7 = data4.nullable;
                if (typeof data7 !== "boolean") {
                  const err16 = { instancePath: instancePath + "/columns/" + i0 + "/nullable", schemaPath: "#/properties/columns/items/properties/nullable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.columns.items.properties.nullable.type, parentSchema: schema35.properties.columns.items.properties.nullable, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data4.comment !== void 0) {
                let data8 = data4.comment;
                if (typeof data8 !== "string") {
                  const err17 = { instancePath: instancePath + "/columns/" + i0 + "/comment", schemaPath: "#/properties/columns/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.columns.items.properties.comment.type, parentSchema: schema35.properties.columns.items.properties.comment, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            } else {
              const err18 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.columns.items.type, parentSchema: schema35.properties.columns.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        } else {
          const err19 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.columns.type, parentSchema: schema35.properties.columns, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.computed !== void 0) {
        let data9 = data.computed;
        if (Array.isArray(data9)) {
          const len1 = data9.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data10 = data9[i1];
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.name === void 0) {
                const err20 = { instancePath: instancePath + "/computed/" + i1, schemaPath: "#/properties/computed/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.properties.computed.items.required, parentSchema: schema35.properties.computed.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (data10.expr === void 0) {
                const err21 = { instancePath: instancePath + "/computed/" + i1, schemaPath: "#/properties/computed/items/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'", schema: schema35.properties.computed.items.required, parentSchema: schema35.properties.computed.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              for (const key2 in data10) {
                if (!(key2 === "name" || key2 === "expr" || key2 === "comment")) {
                  const err22 = { instancePath: instancePath + "/computed/" + i1, schemaPath: "#/properties/computed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.computed.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
              if (data10.name !== void 0) {
                let data11 = data10.name;
                if (typeof data11 === "string") {
                  if (func2(data11) < 1) {
                    const err23 = { instancePath: instancePath + "/computed/" + i1 + "/name", schemaPath: "#/properties/computed/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.computed.items.properties.name, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                } else {
                  const err24 = { instancePath: instancePath + "/computed/" + i1 + "/name", schemaPath: "#/properties/computed/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.computed.items.properties.name.type, parentSchema: schema35.properties.computed.items.properties.name, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data10.expr !== void 0) {
                let data12 = data10.expr;
                if (typeof data12 === "string") {
                  if (func2(data12) < 1) {
                    const err25 = { instancePath: instancePath + "/computed/" + i1 + "/expr", schemaPath: "#/properties/computed/items/properties/expr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.computed.items.properties.expr, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                } else {
                  const err26 = { instancePath: instancePath + "/computed/" + i1 + "/expr", schemaPath: "#/properties/computed/items/properties/expr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.computed.items.properties.expr.type, parentSchema: schema35.properties.computed.items.properties.expr, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data10.comment !== void 0) {
                let data13 = data10.comment;
                if (typeof data13 !== "string") {
                  const err27 = { instancePath: instancePath + "/computed/" + i1 + "/comment", schemaPath: "#/properties/computed/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.computed.items.properties.comment.type, parentSchema: schema35.properties.computed.items.properties.comment, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            } else {
              const err28 = { instancePath: instancePath + "/computed/" + i1, schemaPath: "#/properties/computed/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.computed.items.type, parentSchema: schema35.properties.computed.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        } else {
          const err29 = { instancePath: instancePath + "/computed", schemaPath: "#/properties/computed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.computed.type, parentSchema: schema35.properties.computed, data: data9 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      if (data.metadata !== void 0) {
        let data14 = data.metadata;
        if (Array.isArray(data14)) {
          const len2 = data14.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data15 = data14[i2];
            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
              if (data15.name === void 0) {
                const err30 = { instancePath: instancePath + "/metadata/" + i2, schemaPath: "#/properties/metadata/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.properties.metadata.items.required, parentSchema: schema35.properties.metadata.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              if (data15.type === void 0) {
                const err31 = { instancePath: instancePath + "/metadata/" + i2, schemaPath: "#/properties/metadata/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema35.properties.metadata.items.required, parentSchema: schema35.properties.metadata.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              for (const key3 in data15) {
                if (!(key3 === "name" || key3 === "type" || key3 === "from" || key3 === "virtual" || key3 === "comment")) {
                  const err32 = { instancePath: instancePath + "/metadata/" + i2, schemaPath: "#/properties/metadata/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.metadata.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data15.name !== void 0) {
                let data16 = data15.name;
                if (typeof data16 === "string") {
                  if (func2(data16) < 1) {
                    const err33 = { instancePath: instancePath + "/metadata/" + i2 + "/name", schemaPath: "#/properties/metadata/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.metadata.items.properties.name, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/metadata/" + i2 + "/name", schemaPath: "#/properties/metadata/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.metadata.items.properties.name.type, parentSchema: schema35.properties.metadata.items.properties.name, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              if (data15.type !== void 0) {
                let data17 = data15.type;
                if (typeof data17 === "string") {
                  if (func2(data17) < 1) {
                    const err35 = { instancePath: instancePath + "/metadata/" + i2 + "/type", schemaPath: "#/properties/metadata/items/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.metadata.items.properties.type, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                } else {
                  const err36 = { instancePath: instancePath + "/metadata/" + i2 + "/type", schemaPath: "#/properties/metadata/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.metadata.items.properties.type.type, parentSchema: schema35.properties.metadata.items.properties.type, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              if (data15.from !== void 0) {
                let data18 = data15.from;
                if (typeof data18 === "string") {
                  if (func2(data18) < 1) {
                    const err37 = { instancePath: instancePath + "/metadata/" + i2 + "/from", schemaPath: "#/properties/metadata/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.metadata.items.properties.from, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                } else {
                  const err38 = { instancePath: instancePath + "/metadata/" + i2 + "/from", schemaPath: "#/properties/metadata/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.metadata.items.properties.from.type, parentSchema: schema35.properties.metadata.items.properties.from, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
              if (data15.virtual !== void 0) {
                let data19 = data15.virtual;
                if (typeof data19 !== "boolean") {
                  const err39 = { instancePath: instancePath + "/metadata/" + i2 + "/virtual", schemaPath: "#/properties/metadata/items/properties/virtual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.metadata.items.properties.virtual.type, parentSchema: schema35.properties.metadata.items.properties.virtual, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
              if (data15.comment !== void 0) {
                let data20 = data15.comment;
                if (typeof data20 !== "string") {
                  const err40 = { instancePath: instancePath + "/metadata/" + i2 + "/comment", schemaPath: "#/properties/metadata/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.metadata.items.properties.comment.type, parentSchema: schema35.properties.metadata.items.properties.comment, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            } else {
              const err41 = { instancePath: instancePath + "/metadata/" + i2, schemaPath: "#/properties/metadata/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.metadata.items.type, parentSchema: schema35.properties.metadata.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        } else {
          const err42 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.metadata.type, parentSchema: schema35.properties.metadata, data: data14 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.watermark !== void 0) {
        let data21 = data.watermark;
        if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
          if (data21.column === void 0) {
            const err43 = { instancePath: instancePath + "/watermark", schemaPath: "#/properties/watermark/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema35.properties.watermark.required, parentSchema: schema35.properties.watermark, data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          for (const key4 in data21) {
            if (!(key4 === "column" || key4 === "delay" || key4 === "expr")) {
              const err44 = { instancePath: instancePath + "/watermark", schemaPath: "#/properties/watermark/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.watermark, data: data21 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
          if (data21.column !== void 0) {
            let data22 = data21.column;
            if (typeof data22 === "string") {
              if (func2(data22) < 1) {
                const err45 = { instancePath: instancePath + "/watermark/column", schemaPath: "#/properties/watermark/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.watermark.properties.column, data: data22 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            } else {
              const err46 = { instancePath: instancePath + "/watermark/column", schemaPath: "#/properties/watermark/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.watermark.properties.column.type, parentSchema: schema35.properties.watermark.properties.column, data: data22 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data21.delay !== void 0) {
            let data23 = data21.delay;
            if (typeof data23 === "string") {
              if (!pattern32.test(data23)) {
                const err47 = { instancePath: instancePath + "/watermark/delay", schemaPath: "#/properties/watermark/properties/delay/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$" }, message: 'must match pattern "^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$"', schema: "^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$", parentSchema: schema35.properties.watermark.properties.delay, data: data23 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            } else {
              const err48 = { instancePath: instancePath + "/watermark/delay", schemaPath: "#/properties/watermark/properties/delay/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.watermark.properties.delay.type, parentSchema: schema35.properties.watermark.properties.delay, data: data23 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data21.expr !== void 0) {
            let data24 = data21.expr;
            if (typeof data24 === "string") {
              if (func2(data24) < 1) {
                const err49 = { instancePath: instancePath + "/watermark/expr", schemaPath: "#/properties/watermark/properties/expr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.watermark.properties.expr, data: data24 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            } else {
              const err50 = { instancePath: instancePath + "/watermark/expr", schemaPath: "#/properties/watermark/properties/expr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.watermark.properties.expr.type, parentSchema: schema35.properties.watermark.properties.expr, data: data24 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        } else {
          const err51 = { instancePath: instancePath + "/watermark", schemaPath: "#/properties/watermark/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.watermark.type, parentSchema: schema35.properties.watermark, data: data21 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      }
      if (data.primaryKey !== void 0) {
        let data25 = data.primaryKey;
        if (Array.isArray(data25)) {
          if (data25.length < 1) {
            const err52 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.primaryKey, data: data25 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          const len3 = data25.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data26 = data25[i3];
            if (typeof data26 === "string") {
              if (func2(data26) < 1) {
                const err53 = { instancePath: instancePath + "/primaryKey/" + i3, schemaPath: "#/properties/primaryKey/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.primaryKey.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            } else {
              const err54 = { instancePath: instancePath + "/primaryKey/" + i3, schemaPath: "#/properties/primaryKey/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.primaryKey.items.type, parentSchema: schema35.properties.primaryKey.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        } else {
          const err55 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.primaryKey.type, parentSchema: schema35.properties.primaryKey, data: data25 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
      }
      if (data.partitionedBy !== void 0) {
        let data27 = data.partitionedBy;
        if (Array.isArray(data27)) {
          if (data27.length < 1) {
            const err56 = { instancePath: instancePath + "/partitionedBy", schemaPath: "#/properties/partitionedBy/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.properties.partitionedBy, data: data27 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          const len4 = data27.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data28 = data27[i4];
            if (typeof data28 === "string") {
              if (func2(data28) < 1) {
                const err57 = { instancePath: instancePath + "/partitionedBy/" + i4, schemaPath: "#/properties/partitionedBy/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.partitionedBy.items, data: data28 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            } else {
              const err58 = { instancePath: instancePath + "/partitionedBy/" + i4, schemaPath: "#/properties/partitionedBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.partitionedBy.items.type, parentSchema: schema35.properties.partitionedBy.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        } else {
          const err59 = { instancePath: instancePath + "/partitionedBy", schemaPath: "#/properties/partitionedBy/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.partitionedBy.type, parentSchema: schema35.properties.partitionedBy, data: data27 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
      if (data.with !== void 0) {
        let data29 = data.with;
        if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
          for (const key5 in data29) {
            const _errs65 = errors;
            if (typeof key5 === "string") {
              if (!pattern33.test(key5)) {
                const err60 = { instancePath: instancePath + "/with", schemaPath: "#/properties/with/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$", parentSchema: schema35.properties.with.propertyNames, data: key5, propertyName: key5 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            var valid15 = _errs65 === errors;
            if (!valid15) {
              const err61 = { instancePath: instancePath + "/with", schemaPath: "#/properties/with/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema35.properties.with.propertyNames, parentSchema: schema35.properties.with, data: data29 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
          for (const key6 in data29) {
            let data30 = data29[key6];
            const _errs68 = errors;
            let valid17 = false;
            const _errs69 = errors;
            if (typeof data30 !== "string") {
              const err62 = { instancePath: instancePath + "/with/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/with/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.with.additionalProperties.anyOf[0].type, parentSchema: schema35.properties.with.additionalProperties.anyOf[0], data: data30 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            var _valid0 = _errs69 === errors;
            valid17 = valid17 || _valid0;
            const _errs71 = errors;
            if (!(typeof data30 == "number" && isFinite(data30))) {
              const err63 = { instancePath: instancePath + "/with/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/with/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema35.properties.with.additionalProperties.anyOf[1].type, parentSchema: schema35.properties.with.additionalProperties.anyOf[1], data: data30 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            var _valid0 = _errs71 === errors;
            valid17 = valid17 || _valid0;
            const _errs73 = errors;
            if (typeof data30 !== "boolean") {
              const err64 = { instancePath: instancePath + "/with/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/with/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.with.additionalProperties.anyOf[2].type, parentSchema: schema35.properties.with.additionalProperties.anyOf[2], data: data30 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            var _valid0 = _errs73 === errors;
            valid17 = valid17 || _valid0;
            if (!valid17) {
              const err65 = { instancePath: instancePath + "/with/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/with/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.properties.with.additionalProperties.anyOf, parentSchema: schema35.properties.with.additionalProperties, data: data30 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            } else {
              errors = _errs68;
              if (vErrors !== null) {
                if (_errs68) {
                  vErrors.length = _errs68;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err66 = { instancePath: instancePath + "/with", schemaPath: "#/properties/with/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.with.type, parentSchema: schema35.properties.with, data: data29 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
      if (data.lookup !== void 0) {
        let data31 = data.lookup;
        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
          if (data31.cache === void 0) {
            const err67 = { instancePath: instancePath + "/lookup", schemaPath: "#/properties/lookup/required", keyword: "required", params: { missingProperty: "cache" }, message: "must have required property 'cache'", schema: schema35.properties.lookup.required, parentSchema: schema35.properties.lookup, data: data31 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          for (const key7 in data31) {
            if (!(key7 === "cache" || key7 === "maxRows" || key7 === "ttl" || key7 === "expireAfterAccess" || key7 === "cacheMissingKey" || key7 === "reloadInterval" || key7 === "maxRetries")) {
              const err68 = { instancePath: instancePath + "/lookup", schemaPath: "#/properties/lookup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.lookup, data: data31 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (data31.cache !== void 0) {
            let data32 = data31.cache;
            if (!(data32 === "PARTIAL" || data32 === "FULL" || data32 === "NONE")) {
              const err69 = { instancePath: instancePath + "/lookup/cache", schemaPath: "#/properties/lookup/properties/cache/enum", keyword: "enum", params: { allowedValues: schema35.properties.lookup.properties.cache.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.lookup.properties.cache.enum, parentSchema: schema35.properties.lookup.properties.cache, data: data32 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
          if (data31.maxRows !== void 0) {
            let data33 = data31.maxRows;
            if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
              const err70 = { instancePath: instancePath + "/lookup/maxRows", schemaPath: "#/properties/lookup/properties/maxRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.lookup.properties.maxRows.type, parentSchema: schema35.properties.lookup.properties.maxRows, data: data33 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (typeof data33 == "number" && isFinite(data33)) {
              if (data33 < 1 || isNaN(data33)) {
                const err71 = { instancePath: instancePath + "/lookup/maxRows", schemaPath: "#/properties/lookup/properties/maxRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.lookup.properties.maxRows, data: data33 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          }
          if (data31.ttl !== void 0) {
            let data34 = data31.ttl;
            if (typeof data34 === "string") {
              if (!pattern34.test(data34)) {
                const err72 = { instancePath: instancePath + "/lookup/ttl", schemaPath: "#/properties/lookup/properties/ttl/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(ms|s|min|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(ms|s|min|h|d)$"', schema: "^[0-9]+ ?(ms|s|min|h|d)$", parentSchema: schema35.properties.lookup.properties.ttl, data: data34 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            } else {
              const err73 = { instancePath: instancePath + "/lookup/ttl", schemaPath: "#/properties/lookup/properties/ttl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.lookup.properties.ttl.type, parentSchema: schema35.properties.lookup.properties.ttl, data: data34 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          if (data31.expireAfterAccess !== void 0) {
            let data35 = data31.expireAfterAccess;
            if (typeof data35 === "string") {
              if (!pattern34.test(data35)) {
                const err74 = { instancePath: instancePath + "/lookup/expireAfterAccess", schemaPath: "#/properties/lookup/properties/expireAfterAccess/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(ms|s|min|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(ms|s|min|h|d)$"', schema: "^[0-9]+ ?(ms|s|min|h|d)$", parentSchema: schema35.properties.lookup.properties.expireAfterAccess, data: data35 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            } else {
              const err75 = { instancePath: instancePath + "/lookup/expireAfterAccess", schemaPath: "#/properties/lookup/properties/expireAfterAccess/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.lookup.properties.expireAfterAccess.type, parentSchema: schema35.properties.lookup.properties.expireAfterAccess, data: data35 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data31.cacheMissingKey !== void 0) {
            let data36 = data31.cacheMissingKey;
            if (typeof data36 !== "boolean") {
              const err76 = { instancePath: instancePath + "/lookup/cacheMissingKey", schemaPath: "#/properties/lookup/properties/cacheMissingKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.lookup.properties.cacheMissingKey.type, parentSchema: schema35.properties.lookup.properties.cacheMissingKey, data: data36 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
          if (data31.reloadInterval !== void 0) {
            let data37 = data31.reloadInterval;
            if (typeof data37 === "string") {
              if (!pattern34.test(data37)) {
                const err77 = { instancePath: instancePath + "/lookup/reloadInterval", schemaPath: "#/properties/lookup/properties/reloadInterval/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(ms|s|min|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(ms|s|min|h|d)$"', schema: "^[0-9]+ ?(ms|s|min|h|d)$", parentSchema: schema35.properties.lookup.properties.reloadInterval, data: data37 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            } else {
              const err78 = { instancePath: instancePath + "/lookup/reloadInterval", schemaPath: "#/properties/lookup/properties/reloadInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.lookup.properties.reloadInterval.type, parentSchema: schema35.properties.lookup.properties.reloadInterval, data: data37 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
          if (data31.maxRetries !== void 0) {
            let data38 = data31.maxRetries;
            if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
              const err79 = { instancePath: instancePath + "/lookup/maxRetries", schemaPath: "#/properties/lookup/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.lookup.properties.maxRetries.type, parentSchema: schema35.properties.lookup.properties.maxRetries, data: data38 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (typeof data38 == "number" && isFinite(data38)) {
              if (data38 < 0 || isNaN(data38)) {
                const err80 = { instancePath: instancePath + "/lookup/maxRetries", schemaPath: "#/properties/lookup/properties/maxRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.lookup.properties.maxRetries, data: data38 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          }
        } else {
          const err81 = { instancePath: instancePath + "/lookup", schemaPath: "#/properties/lookup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.lookup.type, parentSchema: schema35.properties.lookup, data: data31 };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
      }
    } else {
      const err82 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err82];
      } else {
        vErrors.push(err82);
      }
      errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
  }
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.udf = validate22;
  const schema36 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops UDF artifact (udfs/<name>.yaml)", "description": "A jar of user-defined functions and the functions it provides. Jobs that call one of the functions get ADD JAR and CREATE TEMPORARY FUNCTION.", "type": "object", "additionalProperties": false, "required": ["jar", "functions"], "properties": { "description": { "description": "What the functions are for, for people.", "type": "string" }, "jar": { "description": "URI of the jar (s3://, hdfs://, https://, file://, or a path the cluster can read), ending in .jar. May use ${env.NAME}.", "type": "string", "pattern": "\\.jar$" }, "sha256": { "description": "Hex sha256 checksum of the jar, verified before it is used.", "type": "string", "pattern": "^[a-fA-F0-9]{64}$" }, "functions": { "description": "Functions the jar provides.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "class"], "properties": { "name": { "description": "Name the function is called by in SQL ([a-z][a-z0-9_]*).", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "class": { "description": "Fully qualified class name (Java/Scala) or module.function (Python).", "type": "string", "pattern": "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$" }, "language": { "description": "Implementation language. Default java.", "enum": ["java", "scala", "python"] } } } } } };
  const pattern40 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$", "u");
  function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate22.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.jar === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jar" }, message: "must have required property 'jar'", schema: schema36.required, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.functions === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "functions" }, message: "must have required property 'functions'", schema: schema36.required, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "description" || key0 === "jar" || key0 === "sha256" || key0 === "functions")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data0 = data.description;
        if (typeof data0 !== "string") {
          const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.description.type, parentSchema: schema36.properties.description, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.jar !== void 0) {
        let data1 = data.jar;
        if (typeof data1 === "string") {
          if (!pattern29.test(data1)) {
            const err4 = { instancePath: instancePath + "/jar", schemaPath: "#/properties/jar/pattern", keyword: "pattern", params: { pattern: "\\.jar$" }, message: 'must match pattern "\\.jar$"', schema: "\\.jar$", parentSchema: schema36.properties.jar, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/jar", schemaPath: "#/properties/jar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.jar.type, parentSchema: schema36.properties.jar, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data2 = data.sha256;
        if (typeof data2 === "string") {
          if (!pattern30.test(data2)) {
            const err6 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-fA-F0-9]{64}$" }, message: 'must match pattern "^[a-fA-F0-9]{64}$"', schema: "^[a-fA-F0-9]{64}$", parentSchema: schema36.properties.sha256, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.sha256.type, parentSchema: schema36.properties.sha256, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.functions !== void 0) {
        let data3 = data.functions;
        if (Array.isArray(data3)) {
          if (data3.length < 1) {
            const err8 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.properties.functions, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data4 = data3[i0];
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              if (data4.name === void 0) {
                const err9 = { instancePath: instancePath + "/functions/" + i0, schemaPath: "#/properties/functions/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.properties.functions.items.required, parentSchema: schema36.properties.functions.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (data4.class === void 0) {
                const err10 = { instancePath: instancePath + "/functions/" + i0, schemaPath: "#/properties/functions/items/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'", schema: schema36.properties.functions.items.required, parentSchema: schema36.properties.functions.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              for (const key1 in data4) {
                if (!(key1 === "name" || key1 === "class" || key1 === "language")) {
                  const err11 = { instancePath: instancePath + "/functions/" + i0, schemaPath: "#/properties/functions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.functions.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data4.name !== void 0) {
                let data5 = data4.name;
                if (typeof data5 === "string") {
                  if (!pattern4.test(data5)) {
                    const err12 = { instancePath: instancePath + "/functions/" + i0 + "/name", schemaPath: "#/properties/functions/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema36.properties.functions.items.properties.name, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/functions/" + i0 + "/name", schemaPath: "#/properties/functions/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.functions.items.properties.name.type, parentSchema: schema36.properties.functions.items.properties.name, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (data4.class !== void 0) {
                let data6 = data4.class;
                if (typeof data6 === "string") {
                  if (!pattern40.test(data6)) {
                    const err14 = { instancePath: instancePath + "/functions/" + i0 + "/class", schemaPath: "#/properties/functions/items/properties/class/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$" }, message: 'must match pattern "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"', schema: "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$", parentSchema: schema36.properties.functions.items.properties.class, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/functions/" + i0 + "/class", schemaPath: "#/properties/functions/items/properties/class/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.functions.items.properties.class.type, parentSchema: schema36.properties.functions.items.properties.class, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data4.language !== void 0) {
                let data7 = data4.language;
                if (!(data7 === "java" || data7 === "scala" || data7 === "python")) {
                  const err16 = { instancePath: instancePath + "/functions/" + i0 + "/language", schemaPath: "#/properties/functions/items/properties/language/enum", keyword: "enum", params: { allowedValues: schema36.properties.functions.items.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.functions.items.properties.language.enum, parentSchema: schema36.properties.functions.items.properties.language, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
            } else {
              const err17 = { instancePath: instancePath + "/functions/" + i0, schemaPath: "#/properties/functions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.functions.items.type, parentSchema: schema36.properties.functions.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        } else {
          const err18 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.functions.type, parentSchema: schema36.properties.functions, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    } else {
      const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
  }
  validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.job = validate23;
  function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate23.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!func1.call(schema32.properties, key0)) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data0 = data.description;
        if (typeof data0 !== "string") {
          const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.parallelism !== void 0) {
        let data1 = data.parallelism;
        if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
          const err2 = { instancePath: instancePath + "/parallelism", schemaPath: "#/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.parallelism.type, parentSchema: schema32.properties.parallelism, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 > 32768 || isNaN(data1)) {
            const err3 = { instancePath: instancePath + "/parallelism", schemaPath: "#/properties/parallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.parallelism, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data1 < 1 || isNaN(data1)) {
            const err4 = { instancePath: instancePath + "/parallelism", schemaPath: "#/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.parallelism, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
      if (data.maxParallelism !== void 0) {
        let data2 = data.maxParallelism;
        if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
          const err5 = { instancePath: instancePath + "/maxParallelism", schemaPath: "#/properties/maxParallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.maxParallelism.type, parentSchema: schema32.properties.maxParallelism, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (typeof data2 == "number" && isFinite(data2)) {
          if (data2 > 32768 || isNaN(data2)) {
            const err6 = { instancePath: instancePath + "/maxParallelism", schemaPath: "#/properties/maxParallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.maxParallelism, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data2 < 1 || isNaN(data2)) {
            const err7 = { instancePath: instancePath + "/maxParallelism", schemaPath: "#/properties/maxParallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.maxParallelism, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
      if (data.upgradeMode !== void 0) {
        let data3 = data.upgradeMode;
        if (!(data3 === "savepoint" || data3 === "last-state" || data3 === "stateless")) {
          const err8 = { instancePath: instancePath + "/upgradeMode", schemaPath: "#/properties/upgradeMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.upgradeMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.upgradeMode.enum, parentSchema: schema32.properties.upgradeMode, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.state !== void 0) {
        let data4 = data.state;
        if (!(data4 === "running" || data4 === "suspended")) {
          const err9 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema32.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.state.enum, parentSchema: schema32.properties.state, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.planMode !== void 0) {
        let data5 = data.planMode;
        if (!(data5 === "script" || data5 === "compiled")) {
          const err10 = { instancePath: instancePath + "/planMode", schemaPath: "#/properties/planMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.planMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.planMode.enum, parentSchema: schema32.properties.planMode, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.allowNonRestoredState !== void 0) {
        let data6 = data.allowNonRestoredState;
        if (typeof data6 !== "boolean") {
          const err11 = { instancePath: instancePath + "/allowNonRestoredState", schemaPath: "#/properties/allowNonRestoredState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.allowNonRestoredState.type, parentSchema: schema32.properties.allowNonRestoredState, data: data6 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.deletionPolicy !== void 0) {
        let data7 = data.deletionPolicy;
        if (!(data7 === "retain" || data7 === "delete")) {
          const err12 = { instancePath: instancePath + "/deletionPolicy", schemaPath: "#/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema32.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.deletionPolicy.enum, parentSchema: schema32.properties.deletionPolicy, data: data7 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.config !== void 0) {
        let data8 = data.config;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          for (const key1 in data8) {
            const _errs16 = errors;
            if (typeof key1 === "string") {
              if (!pattern5.test(key1)) {
                const err13 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$", parentSchema: schema32.properties.config.propertyNames, data: key1, propertyName: key1 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            var valid1 = _errs16 === errors;
            if (!valid1) {
              const err14 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema32.properties.config.propertyNames, parentSchema: schema32.properties.config, data: data8 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          for (const key2 in data8) {
            let data9 = data8[key2];
            const _errs19 = errors;
            let valid3 = false;
            const _errs20 = errors;
            if (typeof data9 !== "string") {
              const err15 = { instancePath: instancePath + "/config/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.config.additionalProperties.anyOf[0].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[0], data: data9 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            var _valid0 = _errs20 === errors;
            valid3 = valid3 || _valid0;
            const _errs22 = errors;
            if (!(typeof data9 == "number" && isFinite(data9))) {
              const err16 = { instancePath: instancePath + "/config/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.config.additionalProperties.anyOf[1].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[1], data: data9 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            var _valid0 = _errs22 === errors;
            valid3 = valid3 || _valid0;
            const _errs24 = errors;
            if (typeof data9 !== "boolean") {
              const err17 = { instancePath: instancePath + "/config/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.config.additionalProperties.anyOf[2].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[2], data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            var _valid0 = _errs24 === errors;
            valid3 = valid3 || _valid0;
            if (!valid3) {
              const err18 = { instancePath: instancePath + "/config/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/config/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.config.additionalProperties.anyOf, parentSchema: schema32.properties.config.additionalProperties, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            } else {
              errors = _errs19;
              if (vErrors !== null) {
                if (_errs19) {
                  vErrors.length = _errs19;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err19 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.config.type, parentSchema: schema32.properties.config, data: data8 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.savepoints !== void 0) {
        let data10 = data.savepoints;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
          for (const key3 in data10) {
            if (!(key3 === "every" || key3 === "keep")) {
              const err20 = { instancePath: instancePath + "/savepoints", schemaPath: "#/properties/savepoints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.savepoints, data: data10 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data10.every !== void 0) {
            let data11 = data10.every;
            if (typeof data11 === "string") {
              if (!pattern6.test(data11)) {
                const err21 = { instancePath: instancePath + "/savepoints/every", schemaPath: "#/properties/savepoints/properties/every/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.savepoints.properties.every, data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            } else {
              const err22 = { instancePath: instancePath + "/savepoints/every", schemaPath: "#/properties/savepoints/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.savepoints.properties.every.type, parentSchema: schema32.properties.savepoints.properties.every, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data10.keep !== void 0) {
            let data12 = data10.keep;
            if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
              const err23 = { instancePath: instancePath + "/savepoints/keep", schemaPath: "#/properties/savepoints/properties/keep/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.savepoints.properties.keep.type, parentSchema: schema32.properties.savepoints.properties.keep, data: data12 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (typeof data12 == "number" && isFinite(data12)) {
              if (data12 < 1 || isNaN(data12)) {
                const err24 = { instancePath: instancePath + "/savepoints/keep", schemaPath: "#/properties/savepoints/properties/keep/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.savepoints.properties.keep, data: data12 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          }
        } else {
          const err25 = { instancePath: instancePath + "/savepoints", schemaPath: "#/properties/savepoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.savepoints.type, parentSchema: schema32.properties.savepoints, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (data.restoreFrom !== void 0) {
        let data13 = data.restoreFrom;
        if (typeof data13 === "string") {
          if (func2(data13) < 1) {
            const err26 = { instancePath: instancePath + "/restoreFrom", schemaPath: "#/properties/restoreFrom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.restoreFrom, data: data13 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        } else {
          const err27 = { instancePath: instancePath + "/restoreFrom", schemaPath: "#/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.restoreFrom.type, parentSchema: schema32.properties.restoreFrom, data: data13 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.schedule !== void 0) {
        let data14 = data.schedule;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
          if (data14.windows === void 0) {
            const err28 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: "windows" }, message: "must have required property 'windows'", schema: schema32.properties.schedule.required, parentSchema: schema32.properties.schedule, data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          for (const key4 in data14) {
            if (!(key4 === "timezone" || key4 === "windows")) {
              const err29 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          if (data14.timezone !== void 0) {
            let data15 = data14.timezone;
            if (typeof data15 === "string") {
              if (func2(data15) < 1) {
                const err30 = { instancePath: instancePath + "/schedule/timezone", schemaPath: "#/properties/schedule/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.schedule.properties.timezone, data: data15 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            } else {
              const err31 = { instancePath: instancePath + "/schedule/timezone", schemaPath: "#/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.timezone.type, parentSchema: schema32.properties.schedule.properties.timezone, data: data15 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data14.windows !== void 0) {
            let data16 = data14.windows;
            if (Array.isArray(data16)) {
              if (data16.length < 1) {
                const err32 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.schedule.properties.windows, data: data16 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              const len0 = data16.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data17 = data16[i0];
                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                  if (data17.start === void 0) {
                    const err33 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (data17.stop === void 0) {
                    const err34 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "stop" }, message: "must have required property 'stop'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  for (const key5 in data17) {
                    if (!(key5 === "start" || key5 === "stop")) {
                      const err35 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule.properties.windows.items, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                  if (data17.start !== void 0) {
                    let data18 = data17.start;
                    if (typeof data18 === "string") {
                      if (!pattern7.test(data18)) {
                        const err36 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/start", schemaPath: "#/properties/schedule/properties/windows/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    } else {
                      const err37 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/start", schemaPath: "#/properties/schedule/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.start.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                  if (data17.stop !== void 0) {
                    let data19 = data17.stop;
                    if (typeof data19 === "string") {
                      if (!pattern7.test(data19)) {
                        const err38 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/stop", schemaPath: "#/properties/schedule/properties/windows/items/properties/stop/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    } else {
                      const err39 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/stop", schemaPath: "#/properties/schedule/properties/windows/items/properties/stop/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.stop.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err40 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.properties.windows.items.type, parentSchema: schema32.properties.schedule.properties.windows.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            } else {
              const err41 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.schedule.properties.windows.type, parentSchema: schema32.properties.schedule.properties.windows, data: data16 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        } else {
          const err42 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.type, parentSchema: schema32.properties.schedule, data: data14 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.activeFrom !== void 0) {
        let data20 = data.activeFrom;
        if (typeof data20 === "string") {
          if (!formats0.validate(data20)) {
            const err43 = { instancePath: instancePath + "/activeFrom", schemaPath: "#/properties/activeFrom/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeFrom, data: data20 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        } else {
          const err44 = { instancePath: instancePath + "/activeFrom", schemaPath: "#/properties/activeFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeFrom.type, parentSchema: schema32.properties.activeFrom, data: data20 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
      if (data.activeUntil !== void 0) {
        let data21 = data.activeUntil;
        if (typeof data21 === "string") {
          if (!formats0.validate(data21)) {
            const err45 = { instancePath: instancePath + "/activeUntil", schemaPath: "#/properties/activeUntil/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeUntil, data: data21 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        } else {
          const err46 = { instancePath: instancePath + "/activeUntil", schemaPath: "#/properties/activeUntil/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeUntil.type, parentSchema: schema32.properties.activeUntil, data: data21 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      if (data.health !== void 0) {
        let data22 = data.health;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
          for (const key6 in data22) {
            if (!func1.call(schema32.properties.health.properties, key6)) {
              const err47 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.health, data: data22 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data22.maxRestarts !== void 0) {
            let data23 = data22.maxRestarts;
            if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
              const err48 = { instancePath: instancePath + "/health/maxRestarts", schemaPath: "#/properties/health/properties/maxRestarts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxRestarts.type, parentSchema: schema32.properties.health.properties.maxRestarts, data: data23 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (typeof data23 == "number" && isFinite(data23)) {
              if (data23 < 0 || isNaN(data23)) {
                const err49 = { instancePath: instancePath + "/health/maxRestarts", schemaPath: "#/properties/health/properties/maxRestarts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxRestarts, data: data23 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          }
          if (data22.window !== void 0) {
            let data24 = data22.window;
            if (typeof data24 === "string") {
              if (!pattern6.test(data24)) {
                const err50 = { instancePath: instancePath + "/health/window", schemaPath: "#/properties/health/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.window, data: data24 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            } else {
              const err51 = { instancePath: instancePath + "/health/window", schemaPath: "#/properties/health/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.window.type, parentSchema: schema32.properties.health.properties.window, data: data24 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data22.maxCheckpointAge !== void 0) {
            let data25 = data22.maxCheckpointAge;
            if (typeof data25 === "string") {
              if (!pattern6.test(data25)) {
                const err52 = { instancePath: instancePath + "/health/maxCheckpointAge", schemaPath: "#/properties/health/properties/maxCheckpointAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data25 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            } else {
              const err53 = { instancePath: instancePath + "/health/maxCheckpointAge", schemaPath: "#/properties/health/properties/maxCheckpointAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointAge.type, parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data25 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data22.notRunning !== void 0) {
            let data26 = data22.notRunning;
            if (typeof data26 !== "boolean") {
              const err54 = { instancePath: instancePath + "/health/notRunning", schemaPath: "#/properties/health/properties/notRunning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.health.properties.notRunning.type, parentSchema: schema32.properties.health.properties.notRunning, data: data26 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data22.maxBackPressure !== void 0) {
            let data27 = data22.maxBackPressure;
            const _errs65 = errors;
            let valid10 = false;
            let passing0 = null;
            const _errs66 = errors;
            if (!(data27 === "ok" || data27 === "low")) {
              const err55 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[0], data: data27 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            var _valid1 = _errs66 === errors;
            if (_valid1) {
              valid10 = true;
              passing0 = 0;
            }
            const _errs67 = errors;
            if (typeof data27 == "number" && isFinite(data27)) {
              if (data27 > 1 || isNaN(data27)) {
                const err56 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data27 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (data27 < 0 || isNaN(data27)) {
                const err57 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data27 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            } else {
              const err58 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackPressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data27 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            var _valid1 = _errs67 === errors;
            if (_valid1 && valid10) {
              valid10 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid1) {
                valid10 = true;
                passing0 = 1;
              }
            }
            if (!valid10) {
              const err59 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackPressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackPressure, data: data27 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            } else {
              errors = _errs65;
              if (vErrors !== null) {
                if (_errs65) {
                  vErrors.length = _errs65;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data22.maxBackpressure !== void 0) {
            let data28 = data22.maxBackpressure;
            const _errs70 = errors;
            let valid11 = false;
            let passing1 = null;
            const _errs71 = errors;
            if (!(data28 === "ok" || data28 === "low")) {
              const err60 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[0], data: data28 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            var _valid2 = _errs71 === errors;
            if (_valid2) {
              valid11 = true;
              passing1 = 0;
            }
            const _errs72 = errors;
            if (typeof data28 == "number" && isFinite(data28)) {
              if (data28 > 1 || isNaN(data28)) {
                const err61 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data28 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (data28 < 0 || isNaN(data28)) {
                const err62 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data28 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            } else {
              const err63 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackpressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data28 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            var _valid2 = _errs72 === errors;
            if (_valid2 && valid11) {
              valid11 = false;
              passing1 = [passing1, 1];
            } else {
              if (_valid2) {
                valid11 = true;
                passing1 = 1;
              }
            }
            if (!valid11) {
              const err64 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackpressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackpressure, data: data28 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            } else {
              errors = _errs70;
              if (vErrors !== null) {
                if (_errs70) {
                  vErrors.length = _errs70;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data22.maxBusy !== void 0) {
            let data29 = data22.maxBusy;
            if (typeof data29 == "number" && isFinite(data29)) {
              if (data29 > 1 || isNaN(data29)) {
                const err65 = { instancePath: instancePath + "/health/maxBusy", schemaPath: "#/properties/health/properties/maxBusy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBusy, data: data29 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (data29 < 0 || isNaN(data29)) {
                const err66 = { instancePath: instancePath + "/health/maxBusy", schemaPath: "#/properties/health/properties/maxBusy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBusy, data: data29 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            } else {
              const err67 = { instancePath: instancePath + "/health/maxBusy", schemaPath: "#/properties/health/properties/maxBusy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBusy.type, parentSchema: schema32.properties.health.properties.maxBusy, data: data29 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
          if (data22.maxWatermarkLag !== void 0) {
            let data30 = data22.maxWatermarkLag;
            if (typeof data30 === "string") {
              if (!pattern6.test(data30)) {
                const err68 = { instancePath: instancePath + "/health/maxWatermarkLag", schemaPath: "#/properties/health/properties/maxWatermarkLag/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data30 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            } else {
              const err69 = { instancePath: instancePath + "/health/maxWatermarkLag", schemaPath: "#/properties/health/properties/maxWatermarkLag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxWatermarkLag.type, parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data30 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
          if (data22.maxConsumerLag !== void 0) {
            let data31 = data22.maxConsumerLag;
            if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
              const err70 = { instancePath: instancePath + "/health/maxConsumerLag", schemaPath: "#/properties/health/properties/maxConsumerLag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxConsumerLag.type, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data31 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (typeof data31 == "number" && isFinite(data31)) {
              if (data31 < 0 || isNaN(data31)) {
                const err71 = { instancePath: instancePath + "/health/maxConsumerLag", schemaPath: "#/properties/health/properties/maxConsumerLag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data31 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          }
          if (data22.minRecordsInPerSecond !== void 0) {
            let data32 = data22.minRecordsInPerSecond;
            if (typeof data32 == "number" && isFinite(data32)) {
              if (data32 < 0 || isNaN(data32)) {
                const err72 = { instancePath: instancePath + "/health/minRecordsInPerSecond", schemaPath: "#/properties/health/properties/minRecordsInPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data32 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            } else {
              const err73 = { instancePath: instancePath + "/health/minRecordsInPerSecond", schemaPath: "#/properties/health/properties/minRecordsInPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.minRecordsInPerSecond.type, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data32 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          if (data22.maxCheckpointDuration !== void 0) {
            let data33 = data22.maxCheckpointDuration;
            if (typeof data33 === "string") {
              if (!pattern6.test(data33)) {
                const err74 = { instancePath: instancePath + "/health/maxCheckpointDuration", schemaPath: "#/properties/health/properties/maxCheckpointDuration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data33 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            } else {
              const err75 = { instancePath: instancePath + "/health/maxCheckpointDuration", schemaPath: "#/properties/health/properties/maxCheckpointDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointDuration.type, parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data33 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        } else {
          const err76 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.health.type, parentSchema: schema32.properties.health, data: data22 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      }
    } else {
      const err77 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err77];
      } else {
        vErrors.push(err77);
      }
      errors++;
    }
    validate23.errors = vErrors;
    return errors === 0;
  }
  validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.test = validate24;
  const schema38 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops SQL unit tests of a job (jobs/<job>.test.yaml)", "description": "Cases for `flinkops test`: rows for the tables the job reads and the rows each sink must receive. The job runs on a real Flink through the SQL Gateway, with each source swapped for a bounded table over the case's rows and each sink read back by flinkops; the real connectors are never touched.", "type": "object", "additionalProperties": false, "required": ["cases"], "properties": { "description": { "description": "What the tests cover, for people.", "type": "string" }, "functions": { "description": `SQL stand-ins for the UDFs the job calls, so a test needs no jar: function name to a SQL expression where $1, $2, ... are the call's arguments, e.g. fare_bucket: "CASE WHEN $1 < 20 THEN 'low' ELSE 'high' END".`, "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "minLength": 1 } }, "cases": { "description": "The test cases; each runs in its own session.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "expect"], "properties": { "name": { "description": "Name of the case, shown in the report and usable with --case.", "type": "string", "minLength": 1 }, "description": { "description": "What the case checks, for people.", "type": "string" }, "mode": { "description": "batch (default: bounded input, final results) or streaming (watermarks fire event-time windows as in production; needed to see a changelog). A case that expects a changelog runs in streaming mode.", "enum": ["batch", "streaming"] }, "inputs": { "description": "Rows of the tables (sources and dimension tables) the job reads, by table name. A table left out is empty. Columns left out of a row are NULL.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "rows": { "description": "The rows, in event order: column name to value.", "type": "array", "items": { "$ref": "#/$defs/row" } }, "file": { "description": "A .csv (header line with column names) or .json (array of objects) file beside the test file holding the rows.", "type": "string", "pattern": "\\.(csv|json)$" } } } }, "expect": { "description": "What each sink must receive, by sink table name. Compared order-insensitively, on the columns the expected rows name.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "rows": { "description": "The final rows of the sink: for a sink with a primary key the table after every update (by key), else every row written.", "type": "array", "items": { "$ref": "#/$defs/row" } }, "changelog": { "description": "Every change the sink receives (+I insert, -U update before, +U update after, -D delete), order-insensitive. Runs the case in streaming mode.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["op", "row"], "properties": { "op": { "description": "The kind of change.", "enum": ["+I", "-U", "+U", "-D"] }, "row": { "description": "The row changed: column name to value.", "$ref": "#/$defs/row" } } } }, "file": { "description": "A .csv or .json file beside the test file holding the expected final rows.", "type": "string", "pattern": "\\.(csv|json)$" } } } } } } } }, "$defs": { "row": { "description": "One row: column name to value (text, number, true/false or null). Timestamps as 'YYYY-MM-DD HH:MM:SS[.fff]' (TIMESTAMP_LTZ values in UTC).", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "null" }] } } } };
  const schema39 = { "description": "One row: column name to value (text, number, true/false or null). Timestamps as 'YYYY-MM-DD HH:MM:SS[.fff]' (TIMESTAMP_LTZ values in UTC).", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "null" }] } };
  const pattern50 = new RegExp("\\.(csv|json)$", "u");
  function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate24.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.cases === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cases" }, message: "must have required property 'cases'", schema: schema38.required, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "description" || key0 === "functions" || key0 === "cases")) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data0 = data.description;
        if (typeof data0 !== "string") {
          const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.description.type, parentSchema: schema38.properties.description, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.functions !== void 0) {
        let data1 = data.functions;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          for (const key1 in data1) {
            const _errs6 = errors;
            if (typeof key1 === "string") {
              if (!pattern20.test(key1)) {
                const err3 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema38.properties.functions.propertyNames, data: key1, propertyName: key1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            var valid1 = _errs6 === errors;
            if (!valid1) {
              const err4 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema38.properties.functions.propertyNames, parentSchema: schema38.properties.functions, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          for (const key2 in data1) {
            let data2 = data1[key2];
            if (typeof data2 === "string") {
              if (func2(data2) < 1) {
                const err5 = { instancePath: instancePath + "/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/functions/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.functions.additionalProperties, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/functions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/functions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.functions.additionalProperties.type, parentSchema: schema38.properties.functions.additionalProperties, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        } else {
          const err7 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.functions.type, parentSchema: schema38.properties.functions, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.cases !== void 0) {
        let data3 = data.cases;
        if (Array.isArray(data3)) {
          if (data3.length < 1) {
            const err8 = { instancePath: instancePath + "/cases", schemaPath: "#/properties/cases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.cases, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data4 = data3[i0];
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              if (data4.name === void 0) {
                const err9 = { instancePath: instancePath + "/cases/" + i0, schemaPath: "#/properties/cases/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema38.properties.cases.items.required, parentSchema: schema38.properties.cases.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (data4.expect === void 0) {
                const err10 = { instancePath: instancePath + "/cases/" + i0, schemaPath: "#/properties/cases/items/required", keyword: "required", params: { missingProperty: "expect" }, message: "must have required property 'expect'", schema: schema38.properties.cases.items.required, parentSchema: schema38.properties.cases.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              for (const key3 in data4) {
                if (!(key3 === "name" || key3 === "description" || key3 === "mode" || key3 === "inputs" || key3 === "expect")) {
                  const err11 = { instancePath: instancePath + "/cases/" + i0, schemaPath: "#/properties/cases/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38.properties.cases.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data4.name !== void 0) {
                let data5 = data4.name;
                if (typeof data5 === "string") {
                  if (func2(data5) < 1) {
                    const err12 = { instancePath: instancePath + "/cases/" + i0 + "/name", schemaPath: "#/properties/cases/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.cases.items.properties.name, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/cases/" + i0 + "/name", schemaPath: "#/properties/cases/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.cases.items.properties.name.type, parentSchema: schema38.properties.cases.items.properties.name, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (data4.description !== void 0) {
                let data6 = data4.description;
                if (typeof data6 !== "string") {
                  const err14 = { instancePath: instancePath + "/cases/" + i0 + "/description", schemaPath: "#/properties/cases/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.cases.items.properties.description.type, parentSchema: schema38.properties.cases.items.properties.description, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              if (data4.mode !== void 0) {
                let data7 = data4.mode;
                if (!(data7 === "batch" || data7 === "streaming")) {
                  const err15 = { instancePath: instancePath + "/cases/" + i0 + "/mode", schemaPath: "#/properties/cases/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema38.properties.cases.items.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.cases.items.properties.mode.enum, parentSchema: schema38.properties.cases.items.properties.mode, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data4.inputs !== void 0) {
                let data8 = data4.inputs;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                  for (const key4 in data8) {
                    let data9 = data8[key4];
                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                      if (Object.keys(data9).length > 1) {
                        const err16 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/inputs/additionalProperties/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema38.properties.cases.items.properties.inputs.additionalProperties, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                      if (Object.keys(data9).length < 1) {
                        const err17 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/inputs/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema38.properties.cases.items.properties.inputs.additionalProperties, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                      for (const key5 in data9) {
                        if (!(key5 === "rows" || key5 === "file")) {
                          const err18 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/inputs/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38.properties.cases.items.properties.inputs.additionalProperties, data: data9 };
                          if (vErrors === null) {
                            vErrors = [err18];
                          } else {
                            vErrors.push(err18);
                          }
                          errors++;
                        }
                      }
                      if (data9.rows !== void 0) {
                        let data10 = data9.rows;
                        if (Array.isArray(data10)) {
                          const len1 = data10.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            let data11 = data10[i1];
                            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                              for (const key6 in data11) {
                                let data12 = data11[key6];
                                const _errs33 = errors;
                                let valid12 = false;
                                const _errs34 = errors;
                                if (typeof data12 !== "string") {
                                  const err19 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i1 + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.additionalProperties.anyOf[0].type, parentSchema: schema39.additionalProperties.anyOf[0], data: data12 };
                                  if (vErrors === null) {
                                    vErrors = [err19];
                                  } else {
                                    vErrors.push(err19);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs34 === errors;
                                valid12 = valid12 || _valid0;
                                const _errs36 = errors;
                                if (!(typeof data12 == "number" && isFinite(data12))) {
                                  const err20 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i1 + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.additionalProperties.anyOf[1].type, parentSchema: schema39.additionalProperties.anyOf[1], data: data12 };
                                  if (vErrors === null) {
                                    vErrors = [err20];
                                  } else {
                                    vErrors.push(err20);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs36 === errors;
                                valid12 = valid12 || _valid0;
                                const _errs38 = errors;
                                if (typeof data12 !== "boolean") {
                                  const err21 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i1 + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.additionalProperties.anyOf[2].type, parentSchema: schema39.additionalProperties.anyOf[2], data: data12 };
                                  if (vErrors === null) {
                                    vErrors = [err21];
                                  } else {
                                    vErrors.push(err21);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs38 === errors;
                                valid12 = valid12 || _valid0;
                                const _errs40 = errors;
                                if (data12 !== null) {
                                  const err22 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i1 + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/3/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema39.additionalProperties.anyOf[3].type, parentSchema: schema39.additionalProperties.anyOf[3], data: data12 };
                                  if (vErrors === null) {
                                    vErrors = [err22];
                                  } else {
                                    vErrors.push(err22);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs40 === errors;
                                valid12 = valid12 || _valid0;
                                if (!valid12) {
                                  const err23 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i1 + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema39.additionalProperties.anyOf, parentSchema: schema39.additionalProperties, data: data12 };
                                  if (vErrors === null) {
                                    vErrors = [err23];
                                  } else {
                                    vErrors.push(err23);
                                  }
                                  errors++;
                                } else {
                                  errors = _errs33;
                                  if (vErrors !== null) {
                                    if (_errs33) {
                                      vErrors.length = _errs33;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                              }
                            } else {
                              const err24 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i1, schemaPath: "#/$defs/row/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data11 };
                              if (vErrors === null) {
                                vErrors = [err24];
                              } else {
                                vErrors.push(err24);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err25 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows", schemaPath: "#/properties/cases/items/properties/inputs/additionalProperties/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.cases.items.properties.inputs.additionalProperties.properties.rows.type, parentSchema: schema38.properties.cases.items.properties.inputs.additionalProperties.properties.rows, data: data10 };
                          if (vErrors === null) {
                            vErrors = [err25];
                          } else {
                            vErrors.push(err25);
                          }
                          errors++;
                        }
                      }
                      if (data9.file !== void 0) {
                        let data13 = data9.file;
                        if (typeof data13 === "string") {
                          if (!pattern50.test(data13)) {
                            const err26 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/cases/items/properties/inputs/additionalProperties/properties/file/pattern", keyword: "pattern", params: { pattern: "\\.(csv|json)$" }, message: 'must match pattern "\\.(csv|json)$"', schema: "\\.(csv|json)$", parentSchema: schema38.properties.cases.items.properties.inputs.additionalProperties.properties.file, data: data13 };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        } else {
                          const err27 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/cases/items/properties/inputs/additionalProperties/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.cases.items.properties.inputs.additionalProperties.properties.file.type, parentSchema: schema38.properties.cases.items.properties.inputs.additionalProperties.properties.file, data: data13 };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err28 = { instancePath: instancePath + "/cases/" + i0 + "/inputs/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/inputs/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.cases.items.properties.inputs.additionalProperties.type, parentSchema: schema38.properties.cases.items.properties.inputs.additionalProperties, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/cases/" + i0 + "/inputs", schemaPath: "#/properties/cases/items/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.cases.items.properties.inputs.type, parentSchema: schema38.properties.cases.items.properties.inputs, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data4.expect !== void 0) {
                let data14 = data4.expect;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  if (Object.keys(data14).length < 1) {
                    const err30 = { instancePath: instancePath + "/cases/" + i0 + "/expect", schemaPath: "#/properties/cases/items/properties/expect/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema38.properties.cases.items.properties.expect, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  for (const key7 in data14) {
                    let data15 = data14[key7];
                    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                      if (Object.keys(data15).length > 1) {
                        const err31 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                      if (Object.keys(data15).length < 1) {
                        const err32 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                      for (const key8 in data15) {
                        if (!(key8 === "rows" || key8 === "changelog" || key8 === "file")) {
                          const err33 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties, data: data15 };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      }
                      if (data15.rows !== void 0) {
                        let data16 = data15.rows;
                        if (Array.isArray(data16)) {
                          const len2 = data16.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data17 = data16[i2];
                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                              for (const key9 in data17) {
                                let data18 = data17[key9];
                                const _errs57 = errors;
                                let valid19 = false;
                                const _errs58 = errors;
                                if (typeof data18 !== "string") {
                                  const err34 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2 + "/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.additionalProperties.anyOf[0].type, parentSchema: schema39.additionalProperties.anyOf[0], data: data18 };
                                  if (vErrors === null) {
                                    vErrors = [err34];
                                  } else {
                                    vErrors.push(err34);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs58 === errors;
                                valid19 = valid19 || _valid1;
                                const _errs60 = errors;
                                if (!(typeof data18 == "number" && isFinite(data18))) {
                                  const err35 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2 + "/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.additionalProperties.anyOf[1].type, parentSchema: schema39.additionalProperties.anyOf[1], data: data18 };
                                  if (vErrors === null) {
                                    vErrors = [err35];
                                  } else {
                                    vErrors.push(err35);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs60 === errors;
                                valid19 = valid19 || _valid1;
                                const _errs62 = errors;
                                if (typeof data18 !== "boolean") {
                                  const err36 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2 + "/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.additionalProperties.anyOf[2].type, parentSchema: schema39.additionalProperties.anyOf[2], data: data18 };
                                  if (vErrors === null) {
                                    vErrors = [err36];
                                  } else {
                                    vErrors.push(err36);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs62 === errors;
                                valid19 = valid19 || _valid1;
                                const _errs64 = errors;
                                if (data18 !== null) {
                                  const err37 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2 + "/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/3/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema39.additionalProperties.anyOf[3].type, parentSchema: schema39.additionalProperties.anyOf[3], data: data18 };
                                  if (vErrors === null) {
                                    vErrors = [err37];
                                  } else {
                                    vErrors.push(err37);
                                  }
                                  errors++;
                                }
                                var _valid1 = _errs64 === errors;
                                valid19 = valid19 || _valid1;
                                if (!valid19) {
                                  const err38 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2 + "/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema39.additionalProperties.anyOf, parentSchema: schema39.additionalProperties, data: data18 };
                                  if (vErrors === null) {
                                    vErrors = [err38];
                                  } else {
                                    vErrors.push(err38);
                                  }
                                  errors++;
                                } else {
                                  errors = _errs57;
                                  if (vErrors !== null) {
                                    if (_errs57) {
                                      vErrors.length = _errs57;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                              }
                            } else {
                              const err39 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2, schemaPath: "#/$defs/row/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data17 };
                              if (vErrors === null) {
                                vErrors = [err39];
                              } else {
                                vErrors.push(err39);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err40 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows", schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.rows.type, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.rows, data: data16 };
                          if (vErrors === null) {
                            vErrors = [err40];
                          } else {
                            vErrors.push(err40);
                          }
                          errors++;
                        }
                      }
                      if (data15.changelog !== void 0) {
                        let data19 = data15.changelog;
                        if (Array.isArray(data19)) {
                          const len3 = data19.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            let data20 = data19[i3];
                            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                              if (data20.op === void 0) {
                                const err41 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3, schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/changelog/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'", schema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items.required, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items, data: data20 };
                                if (vErrors === null) {
                                  vErrors = [err41];
                                } else {
                                  vErrors.push(err41);
                                }
                                errors++;
                              }
                              if (data20.row === void 0) {
                                const err42 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3, schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/changelog/items/required", keyword: "required", params: { missingProperty: "row" }, message: "must have required property 'row'", schema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items.required, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items, data: data20 };
                                if (vErrors === null) {
                                  vErrors = [err42];
                                } else {
                                  vErrors.push(err42);
                                }
                                errors++;
                              }
                              for (const key10 in data20) {
                                if (!(key10 === "op" || key10 === "row")) {
                                  const err43 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3, schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/changelog/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items, data: data20 };
                                  if (vErrors === null) {
                                    vErrors = [err43];
                                  } else {
                                    vErrors.push(err43);
                                  }
                                  errors++;
                                }
                              }
                              if (data20.op !== void 0) {
                                let data21 = data20.op;
                                if (!(data21 === "+I" || data21 === "-U" || data21 === "+U" || data21 === "-D")) {
                                  const err44 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3 + "/op", schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/changelog/items/properties/op/enum", keyword: "enum", params: { allowedValues: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items.properties.op.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items.properties.op.enum, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items.properties.op, data: data21 };
                                  if (vErrors === null) {
                                    vErrors = [err44];
                                  } else {
                                    vErrors.push(err44);
                                  }
                                  errors++;
                                }
                              }
                              if (data20.row !== void 0) {
                                let data22 = data20.row;
                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                  for (const key11 in data22) {
                                    let data23 = data22[key11];
                                    const _errs77 = errors;
                                    let valid25 = false;
                                    const _errs78 = errors;
                                    if (typeof data23 !== "string") {
                                      const err45 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3 + "/row/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.additionalProperties.anyOf[0].type, parentSchema: schema39.additionalProperties.anyOf[0], data: data23 };
                                      if (vErrors === null) {
                                        vErrors = [err45];
                                      } else {
                                        vErrors.push(err45);
                                      }
                                      errors++;
                                    }
                                    var _valid2 = _errs78 === errors;
                                    valid25 = valid25 || _valid2;
                                    const _errs80 = errors;
                                    if (!(typeof data23 == "number" && isFinite(data23))) {
                                      const err46 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3 + "/row/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema39.additionalProperties.anyOf[1].type, parentSchema: schema39.additionalProperties.anyOf[1], data: data23 };
                                      if (vErrors === null) {
                                        vErrors = [err46];
                                      } else {
                                        vErrors.push(err46);
                                      }
                                      errors++;
                                    }
                                    var _valid2 = _errs80 === errors;
                                    valid25 = valid25 || _valid2;
                                    const _errs82 = errors;
                                    if (typeof data23 !== "boolean") {
                                      const err47 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3 + "/row/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.additionalProperties.anyOf[2].type, parentSchema: schema39.additionalProperties.anyOf[2], data: data23 };
                                      if (vErrors === null) {
                                        vErrors = [err47];
                                      } else {
                                        vErrors.push(err47);
                                      }
                                      errors++;
                                    }
                                    var _valid2 = _errs82 === errors;
                                    valid25 = valid25 || _valid2;
                                    const _errs84 = errors;
                                    if (data23 !== null) {
                                      const err48 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3 + "/row/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf/3/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema39.additionalProperties.anyOf[3].type, parentSchema: schema39.additionalProperties.anyOf[3], data: data23 };
                                      if (vErrors === null) {
                                        vErrors = [err48];
                                      } else {
                                        vErrors.push(err48);
                                      }
                                      errors++;
                                    }
                                    var _valid2 = _errs84 === errors;
                                    valid25 = valid25 || _valid2;
                                    if (!valid25) {
                                      const err49 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3 + "/row/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/row/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema39.additionalProperties.anyOf, parentSchema: schema39.additionalProperties, data: data23 };
                                      if (vErrors === null) {
                                        vErrors = [err49];
                                      } else {
                                        vErrors.push(err49);
                                      }
                                      errors++;
                                    } else {
                                      errors = _errs77;
                                      if (vErrors !== null) {
                                        if (_errs77) {
                                          vErrors.length = _errs77;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  const err50 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3 + "/row", schemaPath: "#/$defs/row/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data22 };
                                  if (vErrors === null) {
                                    vErrors = [err50];
                                  } else {
                                    vErrors.push(err50);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err51 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog/" + i3, schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/changelog/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items.type, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.items, data: data20 };
                              if (vErrors === null) {
                                vErrors = [err51];
                              } else {
                                vErrors.push(err51);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err52 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/changelog", schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/changelog/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog.type, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.changelog, data: data19 };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                      }
                      if (data15.file !== void 0) {
                        let data24 = data15.file;
                        if (typeof data24 === "string") {
                          if (!pattern50.test(data24)) {
                            const err53 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/file/pattern", keyword: "pattern", params: { pattern: "\\.(csv|json)$" }, message: 'must match pattern "\\.(csv|json)$"', schema: "\\.(csv|json)$", parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.file, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                        } else {
                          const err54 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/file", schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.file.type, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties.properties.file, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err55 = { instancePath: instancePath + "/cases/" + i0 + "/expect/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/cases/items/properties/expect/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.cases.items.properties.expect.additionalProperties.type, parentSchema: schema38.properties.cases.items.properties.expect.additionalProperties, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err56 = { instancePath: instancePath + "/cases/" + i0 + "/expect", schemaPath: "#/properties/cases/items/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.cases.items.properties.expect.type, parentSchema: schema38.properties.cases.items.properties.expect, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
            } else {
              const err57 = { instancePath: instancePath + "/cases/" + i0, schemaPath: "#/properties/cases/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.cases.items.type, parentSchema: schema38.properties.cases.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        } else {
          const err58 = { instancePath: instancePath + "/cases", schemaPath: "#/properties/cases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.cases.type, parentSchema: schema38.properties.cases, data: data3 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      }
    } else {
      const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err59];
      } else {
        vErrors.push(err59);
      }
      errors++;
    }
    validate24.errors = vErrors;
    return errors === 0;
  }
  validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
}
function stateValidators(exports) {
  "use strict";
  exports.state = validate20;
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops state store file", "description": "What the cluster forgets about one project environment: savepoint paths, the script each job was started from, the rollback target and a bounded history. Written by flinkops with compare-and-swap on `version`; do not edit by hand while an apply may run.", "type": "object", "required": ["version", "state"], "additionalProperties": false, "properties": { "$schema": { "description": "Schema of this file, for editors.", "type": "string" }, "version": { "description": "Incremented by every write; a write expecting another version is refused.", "type": "integer", "minimum": 1 }, "updatedAt": { "description": "ISO-8601 time of the last write.", "type": "string" }, "message": { "description": "What the last write did.", "type": "string" }, "state": { "description": "The document the state store keeps for the environment.", "$ref": "#/$defs/stateDoc" } }, "$defs": { "identifier": { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "stateDoc": { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know.", "const": 1 }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } }, "jobRecord": { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } }, "savepoint": { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-…).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" } } }, "deployedVersion": { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "plan": { "description": "planMode: compiled — the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" } } }, "pending": { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }] }, "historyEntry": { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } } } };
  const schema32 = { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know.", "const": 1 }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } };
  const schema33 = { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" };
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern8 = new RegExp("^[a-zA-Z]+$", "u");
  const schema36 = { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } };
  const schema37 = { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "plan": { "description": "planMode: compiled — the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" } } };
  const schema39 = { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-…).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" } } };
  const schema40 = { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }] };
  const schema41 = { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } };
  const func1 = require2("ajv/dist/runtime/ucs2length").default;
  const func2 = Object.prototype.hasOwnProperty;
  function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate22.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.pipelineName === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelineName" }, message: "must have required property 'pipelineName'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.status === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.savepoints === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "savepoints" }, message: "must have required property 'savepoints'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.history === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "pipelineName" || key0 === "status" || key0 === "current" || key0 === "lastStable" || key0 === "savepoints" || key0 === "deletionPolicy" || key0 === "pending" || key0 === "history")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.pipelineName !== void 0) {
        let data0 = data.pipelineName;
        if (typeof data0 === "string") {
          if (func1(data0) < 1) {
            const err5 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.status !== void 0) {
        let data1 = data.status;
        if (!(data1 === "running" || data1 === "suspended" || data1 === "deleted" || data1 === "failed")) {
          const err7 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema36.properties.status.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.current !== void 0) {
        let data2 = data.current;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.specHash === void 0) {
            const err8 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (data2.script === void 0) {
            const err9 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data2.parallelism === void 0) {
            const err10 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data2.jobId === void 0) {
            const err11 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data2.deployedAt === void 0) {
            const err12 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "deployedAt" }, message: "must have required property 'deployedAt'" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          for (const key1 in data2) {
            if (!func2.call(schema37.properties, key1)) {
              const err13 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data2.specHash !== void 0) {
            let data3 = data2.specHash;
            if (typeof data3 === "string") {
              if (func1(data3) < 1) {
                const err14 = { instancePath: instancePath + "/current/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/current/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data2.script !== void 0) {
            if (typeof data2.script !== "string") {
              const err16 = { instancePath: instancePath + "/current/script", schemaPath: "#/$defs/deployedVersion/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data2.parallelism !== void 0) {
            let data5 = data2.parallelism;
            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
              const err17 = { instancePath: instancePath + "/current/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (typeof data5 == "number" && isFinite(data5)) {
              if (data5 < 1 || isNaN(data5)) {
                const err18 = { instancePath: instancePath + "/current/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
          if (data2.jobId !== void 0) {
            if (typeof data2.jobId !== "string") {
              const err19 = { instancePath: instancePath + "/current/jobId", schemaPath: "#/$defs/deployedVersion/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data2.commit !== void 0) {
            if (typeof data2.commit !== "string") {
              const err20 = { instancePath: instancePath + "/current/commit", schemaPath: "#/$defs/deployedVersion/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data2.deployedAt !== void 0) {
            if (typeof data2.deployedAt !== "string") {
              const err21 = { instancePath: instancePath + "/current/deployedAt", schemaPath: "#/$defs/deployedVersion/properties/deployedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data2.restoredFrom !== void 0) {
            if (typeof data2.restoredFrom !== "string") {
              const err22 = { instancePath: instancePath + "/current/restoredFrom", schemaPath: "#/$defs/deployedVersion/properties/restoredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data2.flinkVersion !== void 0) {
            if (typeof data2.flinkVersion !== "string") {
              const err23 = { instancePath: instancePath + "/current/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data2.plan !== void 0) {
            let data11 = data2.plan;
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
              if (data11.path === void 0) {
                const err24 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (data11.sha256 === void 0) {
                const err25 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (data11.json === void 0) {
                const err26 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              for (const key2 in data11) {
                if (!(key2 === "path" || key2 === "sha256" || key2 === "json")) {
                  const err27 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data11.path !== void 0) {
                if (typeof data11.path !== "string") {
                  const err28 = { instancePath: instancePath + "/current/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data11.sha256 !== void 0) {
                if (typeof data11.sha256 !== "string") {
                  const err29 = { instancePath: instancePath + "/current/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data11.json !== void 0) {
                if (typeof data11.json !== "string") {
                  const err30 = { instancePath: instancePath + "/current/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data2.settings !== void 0) {
            let data15 = data2.settings;
            if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
              const err32 = { instancePath: instancePath + "/current/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        } else {
          const err33 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.lastStable !== void 0) {
        let data16 = data.lastStable;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
          if (data16.specHash === void 0) {
            const err34 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (data16.script === void 0) {
            const err35 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (data16.parallelism === void 0) {
            const err36 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (data16.jobId === void 0) {
            const err37 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data16.deployedAt === void 0) {
            const err38 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "deployedAt" }, message: "must have required property 'deployedAt'" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          for (const key3 in data16) {
            if (!func2.call(schema37.properties, key3)) {
              const err39 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data16.specHash !== void 0) {
            let data17 = data16.specHash;
            if (typeof data17 === "string") {
              if (func1(data17) < 1) {
                const err40 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            } else {
              const err41 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (data16.script !== void 0) {
            if (typeof data16.script !== "string") {
              const err42 = { instancePath: instancePath + "/lastStable/script", schemaPath: "#/$defs/deployedVersion/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
          if (data16.parallelism !== void 0) {
            let data19 = data16.parallelism;
            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
              const err43 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (typeof data19 == "number" && isFinite(data19)) {
              if (data19 < 1 || isNaN(data19)) {
                const err44 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          }
          if (data16.jobId !== void 0) {
            if (typeof data16.jobId !== "string") {
              const err45 = { instancePath: instancePath + "/lastStable/jobId", schemaPath: "#/$defs/deployedVersion/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data16.commit !== void 0) {
            if (typeof data16.commit !== "string") {
              const err46 = { instancePath: instancePath + "/lastStable/commit", schemaPath: "#/$defs/deployedVersion/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data16.deployedAt !== void 0) {
            if (typeof data16.deployedAt !== "string") {
              const err47 = { instancePath: instancePath + "/lastStable/deployedAt", schemaPath: "#/$defs/deployedVersion/properties/deployedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data16.restoredFrom !== void 0) {
            if (typeof data16.restoredFrom !== "string") {
              const err48 = { instancePath: instancePath + "/lastStable/restoredFrom", schemaPath: "#/$defs/deployedVersion/properties/restoredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data16.flinkVersion !== void 0) {
            if (typeof data16.flinkVersion !== "string") {
              const err49 = { instancePath: instancePath + "/lastStable/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data16.plan !== void 0) {
            let data25 = data16.plan;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
              if (data25.path === void 0) {
                const err50 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (data25.sha256 === void 0) {
                const err51 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (data25.json === void 0) {
                const err52 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              for (const key4 in data25) {
                if (!(key4 === "path" || key4 === "sha256" || key4 === "json")) {
                  const err53 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
              if (data25.path !== void 0) {
                if (typeof data25.path !== "string") {
                  const err54 = { instancePath: instancePath + "/lastStable/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              if (data25.sha256 !== void 0) {
                if (typeof data25.sha256 !== "string") {
                  const err55 = { instancePath: instancePath + "/lastStable/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
              if (data25.json !== void 0) {
                if (typeof data25.json !== "string") {
                  const err56 = { instancePath: instancePath + "/lastStable/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
            } else {
              const err57 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          if (data16.settings !== void 0) {
            let data29 = data16.settings;
            if (!(data29 && typeof data29 == "object" && !Array.isArray(data29))) {
              const err58 = { instancePath: instancePath + "/lastStable/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        } else {
          const err59 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
      if (data.savepoints !== void 0) {
        let data30 = data.savepoints;
        if (Array.isArray(data30)) {
          const len0 = data30.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data31 = data30[i0];
            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
              if (data31.path === void 0) {
                const err60 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (data31.time === void 0) {
                const err61 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (data31.triggerId === void 0) {
                const err62 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (data31.jobId === void 0) {
                const err63 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (data31.specHash === void 0) {
                const err64 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (data31.kind === void 0) {
                const err65 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              for (const key5 in data31) {
                if (!(key5 === "path" || key5 === "time" || key5 === "triggerId" || key5 === "jobId" || key5 === "specHash" || key5 === "kind" || key5 === "disposed")) {
                  const err66 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
              if (data31.path !== void 0) {
                let data32 = data31.path;
                if (typeof data32 === "string") {
                  if (func1(data32) < 1) {
                    const err67 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                } else {
                  const err68 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
              if (data31.time !== void 0) {
                if (typeof data31.time !== "string") {
                  const err69 = { instancePath: instancePath + "/savepoints/" + i0 + "/time", schemaPath: "#/$defs/savepoint/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (data31.triggerId !== void 0) {
                if (typeof data31.triggerId !== "string") {
                  const err70 = { instancePath: instancePath + "/savepoints/" + i0 + "/triggerId", schemaPath: "#/$defs/savepoint/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
              if (data31.jobId !== void 0) {
                if (typeof data31.jobId !== "string") {
                  const err71 = { instancePath: instancePath + "/savepoints/" + i0 + "/jobId", schemaPath: "#/$defs/savepoint/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
              if (data31.specHash !== void 0) {
                if (typeof data31.specHash !== "string") {
                  const err72 = { instancePath: instancePath + "/savepoints/" + i0 + "/specHash", schemaPath: "#/$defs/savepoint/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
              if (data31.kind !== void 0) {
                let data37 = data31.kind;
                if (!(data37 === "upgrade" || data37 === "suspend" || data37 === "delete" || data37 === "rescale" || data37 === "periodic" || data37 === "manual" || data37 === "final")) {
                  const err73 = { instancePath: instancePath + "/savepoints/" + i0 + "/kind", schemaPath: "#/$defs/savepoint/properties/kind/enum", keyword: "enum", params: { allowedValues: schema39.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              if (data31.disposed !== void 0) {
                if (typeof data31.disposed !== "boolean") {
                  const err74 = { instancePath: instancePath + "/savepoints/" + i0 + "/disposed", schemaPath: "#/$defs/savepoint/properties/disposed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            } else {
              const err75 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        } else {
          const err76 = { instancePath: instancePath + "/savepoints", schemaPath: "#/properties/savepoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      }
      if (data.deletionPolicy !== void 0) {
        let data39 = data.deletionPolicy;
        if (!(data39 === "retain" || data39 === "delete")) {
          const err77 = { instancePath: instancePath + "/deletionPolicy", schemaPath: "#/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema36.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
      if (data.pending !== void 0) {
        let data40 = data.pending;
        const _errs91 = errors;
        let valid13 = true;
        const _errs92 = errors;
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind !== void 0) {
            let data41 = data40.kind;
            if (!(data41 === "savepoint" || data41 === "stop-with-savepoint")) {
              const err78 = {};
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs92 === errors;
        errors = _errs91;
        if (vErrors !== null) {
          if (_errs91) {
            vErrors.length = _errs91;
          } else {
            vErrors = null;
          }
        }
        if (_valid0) {
          const _errs94 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.jobId === void 0) {
              const err79 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data40.triggerId === void 0) {
              const err80 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          }
          var _valid0 = _errs94 === errors;
          valid13 = _valid0;
          if (valid13) {
            var props0 = {};
            props0.jobId = true;
            props0.triggerId = true;
            props0.kind = true;
          }
        }
        if (!valid13) {
          const err81 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        const _errs96 = errors;
        let valid15 = true;
        const _errs97 = errors;
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind !== void 0) {
            if ("submit" !== data40.kind) {
              const err82 = {};
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        }
        var _valid1 = _errs97 === errors;
        errors = _errs96;
        if (vErrors !== null) {
          if (_errs96) {
            vErrors.length = _errs96;
          } else {
            vErrors = null;
          }
        }
        if (_valid1) {
          const _errs99 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.specHash === void 0) {
              const err83 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/then/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
          var _valid1 = _errs99 === errors;
          valid15 = _valid1;
          if (valid15) {
            var props1 = {};
            props1.specHash = true;
            props1.kind = true;
          }
        }
        if (!valid15) {
          const err84 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (props0 !== true && props1 !== void 0) {
          if (props1 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props1);
          }
        }
        const _errs101 = errors;
        let valid17 = true;
        const _errs102 = errors;
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind !== void 0) {
            let data43 = data40.kind;
            if (!(data43 === "rescale" || data43 === "cancel")) {
              const err85 = {};
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
        }
        var _valid2 = _errs102 === errors;
        errors = _errs101;
        if (vErrors !== null) {
          if (_errs101) {
            vErrors.length = _errs101;
          } else {
            vErrors = null;
          }
        }
        if (_valid2) {
          const _errs104 = errors;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.jobId === void 0) {
              const err86 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          }
          var _valid2 = _errs104 === errors;
          valid17 = _valid2;
          if (valid17) {
            var props2 = {};
            props2.jobId = true;
            props2.kind = true;
          }
        }
        if (!valid17) {
          const err87 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (props0 !== true && props2 !== void 0) {
          if (props2 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props2);
          }
        }
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
          if (data40.kind === void 0) {
            const err88 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (data40.startedAt === void 0) {
            const err89 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          for (const key6 in data40) {
            if (!(key6 === "kind" || key6 === "triggerId" || key6 === "jobId" || key6 === "startedAt" || key6 === "specHash")) {
              const err90 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          }
          if (data40.kind !== void 0) {
            let data44 = data40.kind;
            if (!(data44 === "savepoint" || data44 === "stop-with-savepoint" || data44 === "submit" || data44 === "rescale" || data44 === "cancel")) {
              const err91 = { instancePath: instancePath + "/pending/kind", schemaPath: "#/$defs/pending/properties/kind/enum", keyword: "enum", params: { allowedValues: schema40.properties.kind.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
          if (data40.triggerId !== void 0) {
            if (typeof data40.triggerId !== "string") {
              const err92 = { instancePath: instancePath + "/pending/triggerId", schemaPath: "#/$defs/pending/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          if (data40.jobId !== void 0) {
            if (typeof data40.jobId !== "string") {
              const err93 = { instancePath: instancePath + "/pending/jobId", schemaPath: "#/$defs/pending/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
          if (data40.startedAt !== void 0) {
            if (typeof data40.startedAt !== "string") {
              const err94 = { instancePath: instancePath + "/pending/startedAt", schemaPath: "#/$defs/pending/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
          if (data40.specHash !== void 0) {
            if (typeof data40.specHash !== "string") {
              const err95 = { instancePath: instancePath + "/pending/specHash", schemaPath: "#/$defs/pending/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
        } else {
          const err96 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
      }
      if (data.history !== void 0) {
        let data49 = data.history;
        if (Array.isArray(data49)) {
          const len1 = data49.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data50 = data49[i1];
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
              if (data50.time === void 0) {
                const err97 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              if (data50.action === void 0) {
                const err98 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              for (const key7 in data50) {
                if (!(key7 === "time" || key7 === "action" || key7 === "commit" || key7 === "jobId" || key7 === "savepoint" || key7 === "detail")) {
                  const err99 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              }
              if (data50.time !== void 0) {
                if (typeof data50.time !== "string") {
                  const err100 = { instancePath: instancePath + "/history/" + i1 + "/time", schemaPath: "#/$defs/historyEntry/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
              if (data50.action !== void 0) {
                let data52 = data50.action;
                if (typeof data52 === "string") {
                  if (func1(data52) < 1) {
                    const err101 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                } else {
                  const err102 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
              if (data50.commit !== void 0) {
                if (typeof data50.commit !== "string") {
                  const err103 = { instancePath: instancePath + "/history/" + i1 + "/commit", schemaPath: "#/$defs/historyEntry/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
              if (data50.jobId !== void 0) {
                if (typeof data50.jobId !== "string") {
                  const err104 = { instancePath: instancePath + "/history/" + i1 + "/jobId", schemaPath: "#/$defs/historyEntry/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              }
              if (data50.savepoint !== void 0) {
                if (typeof data50.savepoint !== "string") {
                  const err105 = { instancePath: instancePath + "/history/" + i1 + "/savepoint", schemaPath: "#/$defs/historyEntry/properties/savepoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
              if (data50.detail !== void 0) {
                if (typeof data50.detail !== "string") {
                  const err106 = { instancePath: instancePath + "/history/" + i1 + "/detail", schemaPath: "#/$defs/historyEntry/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              }
            } else {
              const err107 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          }
        } else {
          const err108 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err108];
          } else {
            vErrors.push(err108);
          }
          errors++;
        }
      }
    } else {
      const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err109];
      } else {
        vErrors.push(err109);
      }
      errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
  }
  validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.formatVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.project === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.env === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.jobs === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobs" }, message: "must have required property 'jobs'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "formatVersion" || key0 === "project" || key0 === "env" || key0 === "jobs" || key0 === "alerts")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.formatVersion !== void 0) {
        if (1 !== data.formatVersion) {
          const err5 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.project !== void 0) {
        let data1 = data.project;
        if (typeof data1 === "string") {
          if (!pattern4.test(data1)) {
            const err6 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.env !== void 0) {
        let data2 = data.env;
        if (typeof data2 === "string") {
          if (!pattern4.test(data2)) {
            const err8 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.jobs !== void 0) {
        let data3 = data.jobs;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
          for (const key1 in data3) {
            const _errs11 = errors;
            if (typeof key1 === "string") {
              if (!pattern4.test(key1)) {
                const err10 = { instancePath: instancePath + "/jobs", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key1 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/jobs", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            var valid3 = _errs11 === errors;
            if (!valid3) {
              const err12 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          for (const key2 in data3) {
            if (!validate22(data3[key2], { instancePath: instancePath + "/jobs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key2, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err13 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.alerts !== void 0) {
        let data5 = data.alerts;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          for (const key3 in data5) {
            const _errs18 = errors;
            if (typeof key3 === "string") {
              if (!pattern4.test(key3)) {
                const err14 = { instancePath: instancePath + "/alerts", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/alerts", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            var valid6 = _errs18 === errors;
            if (!valid6) {
              const err16 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          for (const key4 in data5) {
            let data6 = data5[key4];
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              for (const key5 in data6) {
                const _errs24 = errors;
                if (typeof key5 === "string") {
                  if (!pattern8.test(key5)) {
                    const err17 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]+$" }, message: 'must match pattern "^[a-zA-Z]+$"', propertyName: key5 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                var valid9 = _errs24 === errors;
                if (!valid9) {
                  const err18 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              for (const key6 in data6) {
                if (typeof data6[key6] !== "string") {
                  const err19 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
  }
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.version === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.state === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "$schema" || key0 === "version" || key0 === "updatedAt" || key0 === "message" || key0 === "state")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.$schema !== void 0) {
        if (typeof data.$schema !== "string") {
          const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.version !== void 0) {
        let data1 = data.version;
        if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 < 1 || isNaN(data1)) {
            const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
      if (data.updatedAt !== void 0) {
        if (typeof data.updatedAt !== "string") {
          const err6 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.message !== void 0) {
        if (typeof data.message !== "string") {
          const err7 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.state !== void 0) {
        if (!validate21(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
  }
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
}
function planValidators(exports) {
  "use strict";
  exports.plan = validate20;
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flinkops.dev/schemas/plan.schema.json", "title": "flinkops plan", "description": "What `flinkops plan --json` prints and `flinkops apply <plan>` reads: one change per job, computed by a pure diff of the desired state (the repo), the live state (the cluster) and the state store. Reasons and causes are for people; apply acts on action, strategy, rescaleMode, restoreFrom, from/to and refused only.", "type": "object", "required": ["formatVersion", "project", "env", "offline", "stateVersion", "liveFingerprint", "changes", "summary", "affected", "lineage", "diagnostics"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know.", "const": 1 }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the plan is for.", "$ref": "#/$defs/identifier" }, "commit": { "description": "Commit the desired state was compiled from.", "type": "string" }, "offline": { "description": "Planned without looking at the cluster.", "type": "boolean" }, "stateVersion": { "description": "State store version the plan was computed against; apply refuses a plan older than the store.", "type": "integer", "minimum": 0 }, "liveFingerprint": { "description": "Fingerprint of the live state the plan was computed against; apply refuses a plan when the cluster changed since.", "type": "string" }, "target": { "description": "Present on a targeted plan (`-target`; a scheduled run targets `schedule` causes): it keeps only the changes of the target, and its summary, affected tables and lineage are of those. Apply carries out the plan as it is; it never looks at the target.", "type": "object", "required": ["omitted"], "additionalProperties": false, "properties": { "jobs": { "description": "Only these jobs.", "type": "array", "items": { "$ref": "#/$defs/identifier" } }, "causes": { "description": "Only the changes (never `none`) with a cause of one of these kinds.", "type": "array", "items": { "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo"] } }, "omitted": { "description": "Changes an untargeted plan would make (not refused, not `none`) that the target left out.", "type": "array", "items": { "type": "object", "required": ["job", "action"], "additionalProperties": false, "properties": { "job": { "description": "The job left out.", "type": "string" }, "action": { "description": "What an untargeted plan does to it.", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt"] } } } } } }, "changes": { "description": "One entry per job, sorted by job name; `none` included (a targeted plan: the targeted changes only).", "type": "array", "items": { "$ref": "#/$defs/jobChange" } }, "summary": { "description": "Number of changes per action.", "type": "object", "required": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"], "additionalProperties": false, "properties": { "create": { "description": "Number of `create` changes: jobs to submit for the first time.", "$ref": "#/$defs/count" }, "upgrade": { "description": "Number of `upgrade` changes: jobs to restart with a changed script or restart-needing setting.", "$ref": "#/$defs/count" }, "rescale": { "description": "Number of `rescale` changes: jobs whose parallelism alone changes.", "$ref": "#/$defs/count" }, "suspend": { "description": "Number of `suspend` changes: jobs to stop with a savepoint (state: suspended, or outside their schedule window).", "$ref": "#/$defs/count" }, "resume": { "description": "Number of `resume` changes: suspended jobs to start again from their last savepoint.", "$ref": "#/$defs/count" }, "recover": { "description": "Number of `recover` changes: jobs FAILED or CANCELED on the cluster against the repository, to start again.", "$ref": "#/$defs/count" }, "delete": { "description": "Number of `delete` changes: jobs removed from the repository, to stop with a final savepoint.", "$ref": "#/$defs/count" }, "adopt": { "description": "Number of `adopt` changes: running jobs with the managed name but no labels, to take over without a restart.", "$ref": "#/$defs/count" }, "none": { "description": "Number of `none` changes: jobs with nothing to do.", "$ref": "#/$defs/count" } } }, "affected": { "description": "Tables and UDFs whose change forces job changes.", "type": "array", "items": { "type": "object", "required": ["kind", "name", "jobs"], "additionalProperties": false, "properties": { "kind": { "description": "Whether a table or a UDF changed.", "enum": ["table", "udf"] }, "name": { "description": "Name of the table or UDF.", "type": "string" }, "jobs": { "description": "Jobs that use it and change with it.", "type": "array", "items": { "type": "string" } } } } }, "lineage": { "description": "The changed jobs and the tables, views and UDFs they read, write and call.", "type": "object", "required": ["nodes", "edges"], "additionalProperties": false, "properties": { "nodes": { "description": "The changed jobs and what they read, write and call.", "type": "array", "items": { "type": "object", "required": ["id", "kind", "label", "changed"], "additionalProperties": false, "properties": { "id": { "description": "`<kind>:<name>`.", "type": "string", "pattern": "^(job|table|view|udf):" }, "kind": { "description": "What the node is.", "enum": ["job", "table", "view", "udf"] }, "label": { "description": "Name shown for the node.", "type": "string" }, "changed": { "description": "The node itself changes in this plan.", "type": "boolean" } } } }, "edges": { "description": "Data flows between the nodes.", "type": "array", "items": { "description": "Data flows from `from` to `to` (a table into the job reading it, a job into its sink).", "type": "object", "required": ["from", "to"], "additionalProperties": false, "properties": { "from": { "description": "Id of the node the data comes from.", "type": "string" }, "to": { "description": "Id of the node the data goes to.", "type": "string" } } } } } }, "diagnostics": { "description": "Every error, warning and note found while planning, located in the repository.", "type": "array", "items": { "$ref": "#/$defs/diagnostic" } } }, "$defs": { "identifier": { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "count": { "title": "Number of jobs", "type": "integer", "minimum": 0 }, "action": { "title": "Action", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"] }, "jobChange": { "title": "Change of one job", "type": "object", "required": ["job", "pipelineName", "action", "reason", "causes"], "additionalProperties": false, "properties": { "job": { "description": "Job name (the file name jobs/<name>.sql).", "$ref": "#/$defs/identifier" }, "pipelineName": { "description": "`<project>.<env>.<job>`.", "type": "string" }, "action": { "description": "What apply does to the job.", "$ref": "#/$defs/action" }, "strategy": { "description": "upgrade: how state is carried over.", "enum": ["savepoint", "last-state", "stateless"] }, "rescaleMode": { "description": "rescale: in place (adaptive scheduler, Flink 1.18+) or through a savepoint restart.", "enum": ["in-place", "savepoint-restart"] }, "reason": { "description": "One line for display.", "type": "string" }, "causes": { "description": "What changed to cause the action; for people only.", "type": "array", "items": { "$ref": "#/$defs/cause" } }, "liveJobId": { "description": "The live job the change acts on.", "type": "string" }, "liveState": { "description": "Flink job status of that job.", "type": "string" }, "verify": { "description": "none: the live job was started by an apply that stopped before its health check passed; apply finishes the check.", "type": "object", "required": ["jobId"], "additionalProperties": false, "properties": { "jobId": { "description": "The job whose health check is still to finish.", "type": "string" } } }, "restoreFrom": { "description": "Savepoint or checkpoint the new job starts from, when known at plan time.", "type": "string" }, "from": { "description": "The job as deployed (from the labels on the cluster or the state store); absent for a new job.", "type": "object", "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed job.", "type": "string" }, "parallelism": { "description": "Parallelism of the deployed job.", "type": "integer", "minimum": 1 } } }, "to": { "description": "The job as the repository wants it.", "type": "object", "required": ["specHash", "parallelism"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the compiled script and its restart-needing settings.", "type": "string" }, "parallelism": { "description": "Parallelism the job will run with.", "type": "integer", "minimum": 1 } } }, "compatibility": { "description": "upgrade: whether the new query can restore the old state.", "$ref": "#/$defs/compatibility" }, "sqlDiff": { "description": "Unified diff of the compiled scripts (secret placeholders only).", "type": "string" }, "compiledPlan": { "description": "planMode: compiled — the plan file the job starts from with EXECUTE PLAN, and what changed in its ExecNodes since the plan the job last ran.", "type": "object", "required": ["path", "sha256"], "additionalProperties": false, "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "execNodes": { "description": "ExecNodes added, removed and changed (type: description), and how many stayed the same.", "type": "object", "required": ["added", "removed", "changed", "unchanged"], "additionalProperties": false, "properties": { "added": { "description": "ExecNodes only the new plan has.", "type": "array", "items": { "type": "string" } }, "removed": { "description": "ExecNodes only the old plan had.", "type": "array", "items": { "type": "string" } }, "changed": { "description": "ExecNodes both have, with another version, inputs or settings.", "type": "array", "items": { "type": "string" } }, "unchanged": { "description": "How many ExecNodes are the same.", "type": "integer", "minimum": 0 } } } } }, "move": { "description": "The live job runs on the cluster the environment moves away from (moveFrom): apply stops it there and starts its successor on the environment's cluster.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "description": "JobManager URL of the cluster being left (user info removed).", "type": "string" }, "fromVersion": { "description": "Flink version of that cluster, as its JobManager reports it.", "type": "string" } } }, "versionUpgrade": { "description": "The job starts on another Flink version than the one its state was written by, and whether that state restores.", "type": "object", "required": ["from", "to", "verdict", "findings", "advice"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster the job starts on.", "type": "string" }, "verdict": { "description": "Whether the state restores on the new version.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "findings": { "description": "Why the verdict is what it is.", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What the user can do.", "type": "array", "items": { "type": "string" } }, "blocked": { "description": "Why the start must not happen as planned (the change is refused).", "type": "object", "required": ["reason", "summary", "detail"], "additionalProperties": false, "properties": { "reason": { "description": "plan-refused: the new release does not load the plan; unconfirmed: an unknown restore nobody confirmed.", "enum": ["plan-refused", "unconfirmed"] }, "summary": { "description": "One line.", "type": "string" }, "detail": { "description": "What to do.", "type": "string" } } } } }, "refused": { "description": "The change is wanted but not allowed; apply skips it.", "type": "object", "required": ["code", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Diagnostic code of the refusal.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "summary": { "description": "One line saying what is refused.", "type": "string" }, "detail": { "description": "What to do to allow the change.", "type": "string" } } } }, "allOf": [{ "if": { "properties": { "action": { "const": "upgrade" } } }, "then": { "properties": { "strategy": true, "compatibility": true }, "required": ["strategy", "compatibility"] } }, { "if": { "properties": { "action": { "const": "rescale" } } }, "then": { "properties": { "rescaleMode": true }, "required": ["rescaleMode"] } }, { "if": { "properties": { "action": { "enum": ["create", "upgrade", "rescale", "resume", "recover"] } } }, "then": { "properties": { "to": true }, "required": ["to"] } }] }, "cause": { "title": "Cause", "description": "Why a change is planned; for people only.", "type": "object", "required": ["kind", "path"], "additionalProperties": false, "properties": { "kind": { "description": "What kind of thing changed.", "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo"] }, "path": { "description": "What changed: a setting path (`parallelism`, `config.table.exec.state.ttl`), a table or UDF name, a file.", "type": "string" }, "from": { "description": "The value before, when there is one to show.", "type": "string" }, "to": { "description": "The value after, when there is one to show.", "type": "string" } } }, "compatibility": { "title": "State compatibility", "type": "object", "required": ["verdict", "findings", "advice"], "additionalProperties": false, "properties": { "verdict": { "description": "Whether the savepoint of the running job restores into the new job: compatible (every operator holding state maps to one in the new job), drops-state (some state has no operator to go to: the restore needs allowNonRestoredState), incompatible (a mapped operator's state changes shape: the restore fails), unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "source": { "description": "flink: computed from the stream graphs Flink's planner built for both scripts (EXPLAIN through the SQL Gateway); estimate: from the scripts alone.", "enum": ["flink", "estimate"] }, "operators": { "description": "Operators that hold state, by Flink's operator id, and what the upgrade does to each.", "type": "array", "items": { "type": "object", "required": ["name", "id", "state"], "additionalProperties": false, "properties": { "name": { "description": "The operator as a reviewer knows it, e.g. GroupAggregate (city).", "type": "string" }, "id": { "description": "Flink's operator id (32 hex digits).", "type": "string", "pattern": "^[0-9a-f]{32}$" }, "state": { "description": "kept, dropped (no operator with its id), reshaped (its state changes shape), new (starts empty), unknown.", "enum": ["kept", "dropped", "reshaped", "new", "unknown"] } } } }, "findings": { "description": "What changed in the query that matters for state (a stateful operator, GROUP BY keys, a join, a window).", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What can be done (allowNonRestoredState, a stateless upgrade, a pinned savepoint).", "type": "array", "items": { "type": "string" } } } }, "position": { "title": "Position", "type": "object", "required": ["line", "column"], "additionalProperties": false, "properties": { "line": { "description": "1-based line.", "type": "integer", "minimum": 1 }, "column": { "description": "1-based column.", "type": "integer", "minimum": 1 } } }, "diagnostic": { "title": "Diagnostic", "type": "object", "required": ["code", "severity", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Stable code (FO1xx load … FO9xx action), for searching the documentation.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "severity": { "description": "error stops the stage; a warning or info does not.", "enum": ["error", "warning", "info"] }, "summary": { "description": "One line saying what is wrong.", "type": "string" }, "detail": { "description": "How to fix it.", "type": "string" }, "range": { "description": "Where in the repository, when the problem has a place.", "type": "object", "required": ["file", "start", "end"], "additionalProperties": false, "properties": { "file": { "description": "File, relative to the project directory.", "type": "string" }, "start": { "description": "First character of the range.", "$ref": "#/$defs/position" }, "end": { "description": "End of the range.", "$ref": "#/$defs/position" } } } } } } };
  const schema32 = { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" };
  const schema40 = { "title": "Number of jobs", "type": "integer", "minimum": 0 };
  const func1 = Object.prototype.hasOwnProperty;
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern10 = new RegExp("^(job|table|view|udf):", "u");
  const schema35 = { "title": "Change of one job", "type": "object", "required": ["job", "pipelineName", "action", "reason", "causes"], "additionalProperties": false, "properties": { "job": { "description": "Job name (the file name jobs/<name>.sql).", "$ref": "#/$defs/identifier" }, "pipelineName": { "description": "`<project>.<env>.<job>`.", "type": "string" }, "action": { "description": "What apply does to the job.", "$ref": "#/$defs/action" }, "strategy": { "description": "upgrade: how state is carried over.", "enum": ["savepoint", "last-state", "stateless"] }, "rescaleMode": { "description": "rescale: in place (adaptive scheduler, Flink 1.18+) or through a savepoint restart.", "enum": ["in-place", "savepoint-restart"] }, "reason": { "description": "One line for display.", "type": "string" }, "causes": { "description": "What changed to cause the action; for people only.", "type": "array", "items": { "$ref": "#/$defs/cause" } }, "liveJobId": { "description": "The live job the change acts on.", "type": "string" }, "liveState": { "description": "Flink job status of that job.", "type": "string" }, "verify": { "description": "none: the live job was started by an apply that stopped before its health check passed; apply finishes the check.", "type": "object", "required": ["jobId"], "additionalProperties": false, "properties": { "jobId": { "description": "The job whose health check is still to finish.", "type": "string" } } }, "restoreFrom": { "description": "Savepoint or checkpoint the new job starts from, when known at plan time.", "type": "string" }, "from": { "description": "The job as deployed (from the labels on the cluster or the state store); absent for a new job.", "type": "object", "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed job.", "type": "string" }, "parallelism": { "description": "Parallelism of the deployed job.", "type": "integer", "minimum": 1 } } }, "to": { "description": "The job as the repository wants it.", "type": "object", "required": ["specHash", "parallelism"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the compiled script and its restart-needing settings.", "type": "string" }, "parallelism": { "description": "Parallelism the job will run with.", "type": "integer", "minimum": 1 } } }, "compatibility": { "description": "upgrade: whether the new query can restore the old state.", "$ref": "#/$defs/compatibility" }, "sqlDiff": { "description": "Unified diff of the compiled scripts (secret placeholders only).", "type": "string" }, "compiledPlan": { "description": "planMode: compiled — the plan file the job starts from with EXECUTE PLAN, and what changed in its ExecNodes since the plan the job last ran.", "type": "object", "required": ["path", "sha256"], "additionalProperties": false, "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "execNodes": { "description": "ExecNodes added, removed and changed (type: description), and how many stayed the same.", "type": "object", "required": ["added", "removed", "changed", "unchanged"], "additionalProperties": false, "properties": { "added": { "description": "ExecNodes only the new plan has.", "type": "array", "items": { "type": "string" } }, "removed": { "description": "ExecNodes only the old plan had.", "type": "array", "items": { "type": "string" } }, "changed": { "description": "ExecNodes both have, with another version, inputs or settings.", "type": "array", "items": { "type": "string" } }, "unchanged": { "description": "How many ExecNodes are the same.", "type": "integer", "minimum": 0 } } } } }, "move": { "description": "The live job runs on the cluster the environment moves away from (moveFrom): apply stops it there and starts its successor on the environment's cluster.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "description": "JobManager URL of the cluster being left (user info removed).", "type": "string" }, "fromVersion": { "description": "Flink version of that cluster, as its JobManager reports it.", "type": "string" } } }, "versionUpgrade": { "description": "The job starts on another Flink version than the one its state was written by, and whether that state restores.", "type": "object", "required": ["from", "to", "verdict", "findings", "advice"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster the job starts on.", "type": "string" }, "verdict": { "description": "Whether the state restores on the new version.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "findings": { "description": "Why the verdict is what it is.", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What the user can do.", "type": "array", "items": { "type": "string" } }, "blocked": { "description": "Why the start must not happen as planned (the change is refused).", "type": "object", "required": ["reason", "summary", "detail"], "additionalProperties": false, "properties": { "reason": { "description": "plan-refused: the new release does not load the plan; unconfirmed: an unknown restore nobody confirmed.", "enum": ["plan-refused", "unconfirmed"] }, "summary": { "description": "One line.", "type": "string" }, "detail": { "description": "What to do.", "type": "string" } } } } }, "refused": { "description": "The change is wanted but not allowed; apply skips it.", "type": "object", "required": ["code", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Diagnostic code of the refusal.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "summary": { "description": "One line saying what is refused.", "type": "string" }, "detail": { "description": "What to do to allow the change.", "type": "string" } } } }, "allOf": [{ "if": { "properties": { "action": { "const": "upgrade" } } }, "then": { "properties": { "strategy": true, "compatibility": true }, "required": ["strategy", "compatibility"] } }, { "if": { "properties": { "action": { "const": "rescale" } } }, "then": { "properties": { "rescaleMode": true }, "required": ["rescaleMode"] } }, { "if": { "properties": { "action": { "enum": ["create", "upgrade", "rescale", "resume", "recover"] } } }, "then": { "properties": { "to": true }, "required": ["to"] } }] };
  const schema37 = { "title": "Action", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"] };
  const schema38 = { "title": "Cause", "description": "Why a change is planned; for people only.", "type": "object", "required": ["kind", "path"], "additionalProperties": false, "properties": { "kind": { "description": "What kind of thing changed.", "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo"] }, "path": { "description": "What changed: a setting path (`parallelism`, `config.table.exec.state.ttl`), a table or UDF name, a file.", "type": "string" }, "from": { "description": "The value before, when there is one to show.", "type": "string" }, "to": { "description": "The value after, when there is one to show.", "type": "string" } } };
  const schema39 = { "title": "State compatibility", "type": "object", "required": ["verdict", "findings", "advice"], "additionalProperties": false, "properties": { "verdict": { "description": "Whether the savepoint of the running job restores into the new job: compatible (every operator holding state maps to one in the new job), drops-state (some state has no operator to go to: the restore needs allowNonRestoredState), incompatible (a mapped operator's state changes shape: the restore fails), unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "source": { "description": "flink: computed from the stream graphs Flink's planner built for both scripts (EXPLAIN through the SQL Gateway); estimate: from the scripts alone.", "enum": ["flink", "estimate"] }, "operators": { "description": "Operators that hold state, by Flink's operator id, and what the upgrade does to each.", "type": "array", "items": { "type": "object", "required": ["name", "id", "state"], "additionalProperties": false, "properties": { "name": { "description": "The operator as a reviewer knows it, e.g. GroupAggregate (city).", "type": "string" }, "id": { "description": "Flink's operator id (32 hex digits).", "type": "string", "pattern": "^[0-9a-f]{32}$" }, "state": { "description": "kept, dropped (no operator with its id), reshaped (its state changes shape), new (starts empty), unknown.", "enum": ["kept", "dropped", "reshaped", "new", "unknown"] } } } }, "findings": { "description": "What changed in the query that matters for state (a stateful operator, GROUP BY keys, a join, a window).", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What can be done (allowNonRestoredState, a stateless upgrade, a pinned savepoint).", "type": "array", "items": { "type": "string" } } } };
  const pattern8 = new RegExp("^[0-9a-f]{32}$", "u");
  const pattern9 = new RegExp("^FO[0-9]{3}$", "u");
  function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    const _errs2 = errors;
    let valid1 = true;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        if ("upgrade" !== data.action) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.strategy === void 0) {
          const err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema35.allOf[0].then.required, parentSchema: schema35.allOf[0].then, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.compatibility === void 0) {
          const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "compatibility" }, message: "must have required property 'compatibility'", schema: schema35.allOf[0].then.required, parentSchema: schema35.allOf[0].then, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid1 = _valid0;
      if (valid1) {
        var props0 = {};
        props0.strategy = true;
        props0.compatibility = true;
        props0.action = true;
      }
    }
    if (!valid1) {
      const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[0].if, parentSchema: schema35.allOf[0], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        if ("rescale" !== data.action) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.rescaleMode === void 0) {
          const err5 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "rescaleMode" }, message: "must have required property 'rescaleMode'", schema: schema35.allOf[1].then.required, parentSchema: schema35.allOf[1].then, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
      if (valid3) {
        var props1 = {};
        props1.rescaleMode = true;
        props1.action = true;
      }
    }
    if (!valid3) {
      const err6 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[1].if, parentSchema: schema35.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (props0 !== true && props1 !== void 0) {
      if (props1 === true) {
        props0 = true;
      } else {
        props0 = props0 || {};
        Object.assign(props0, props1);
      }
    }
    const _errs12 = errors;
    let valid5 = true;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        let data2 = data.action;
        if (!(data2 === "create" || data2 === "upgrade" || data2 === "rescale" || data2 === "resume" || data2 === "recover")) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs13 === errors;
    errors = _errs12;
    if (vErrors !== null) {
      if (_errs12) {
        vErrors.length = _errs12;
      } else {
        vErrors = null;
      }
    }
    if (_valid2) {
      const _errs15 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.to === void 0) {
          const err8 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.allOf[2].then.required, parentSchema: schema35.allOf[2].then, data };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      var _valid2 = _errs15 === errors;
      valid5 = _valid2;
      if (valid5) {
        var props2 = {};
        props2.to = true;
        props2.action = true;
      }
    }
    if (!valid5) {
      const err9 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[2].if, parentSchema: schema35.allOf[2], data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (props0 !== true && props2 !== void 0) {
      if (props2 === true) {
        props0 = true;
      } else {
        props0 = props0 || {};
        Object.assign(props0, props2);
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.job === void 0) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.pipelineName === void 0) {
        const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelineName" }, message: "must have required property 'pipelineName'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.action === void 0) {
        const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.reason === void 0) {
        const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.causes === void 0) {
        const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "causes" }, message: "must have required property 'causes'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema35.properties, key0)) {
          const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.job !== void 0) {
        let data3 = data.job;
        if (typeof data3 === "string") {
          if (!pattern4.test(data3)) {
            const err16 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.pipelineName !== void 0) {
        let data4 = data.pipelineName;
        if (typeof data4 !== "string") {
          const err18 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.pipelineName.type, parentSchema: schema35.properties.pipelineName, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.action !== void 0) {
        let data5 = data.action;
        if (!(data5 === "create" || data5 === "upgrade" || data5 === "rescale" || data5 === "suspend" || data5 === "resume" || data5 === "recover" || data5 === "delete" || data5 === "adopt" || data5 === "none")) {
          const err19 = { instancePath: instancePath + "/action", schemaPath: "#/$defs/action/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.strategy !== void 0) {
        let data6 = data.strategy;
        if (!(data6 === "savepoint" || data6 === "last-state" || data6 === "stateless")) {
          const err20 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema35.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.strategy.enum, parentSchema: schema35.properties.strategy, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (data.rescaleMode !== void 0) {
        let data7 = data.rescaleMode;
        if (!(data7 === "in-place" || data7 === "savepoint-restart")) {
          const err21 = { instancePath: instancePath + "/rescaleMode", schemaPath: "#/properties/rescaleMode/enum", keyword: "enum", params: { allowedValues: schema35.properties.rescaleMode.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.rescaleMode.enum, parentSchema: schema35.properties.rescaleMode, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.reason !== void 0) {
        let data8 = data.reason;
        if (typeof data8 !== "string") {
          const err22 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.reason.type, parentSchema: schema35.properties.reason, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.causes !== void 0) {
        let data9 = data.causes;
        if (Array.isArray(data9)) {
          const len0 = data9.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data10 = data9[i0];
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.kind === void 0) {
                const err23 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema38.required, parentSchema: schema38, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data10.path === void 0) {
                const err24 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema38.required, parentSchema: schema38, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key1 in data10) {
                if (!(key1 === "kind" || key1 === "path" || key1 === "from" || key1 === "to")) {
                  const err25 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data10.kind !== void 0) {
                let data11 = data10.kind;
                if (!(data11 === "script" || data11 === "setting" || data11 === "table" || data11 === "udf" || data11 === "state" || data11 === "schedule" || data11 === "drift" || data11 === "cluster" || data11 === "repo")) {
                  const err26 = { instancePath: instancePath + "/causes/" + i0 + "/kind", schemaPath: "#/$defs/cause/properties/kind/enum", keyword: "enum", params: { allowedValues: schema38.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.kind.enum, parentSchema: schema38.properties.kind, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data10.path !== void 0) {
                let data12 = data10.path;
                if (typeof data12 !== "string") {
                  const err27 = { instancePath: instancePath + "/causes/" + i0 + "/path", schemaPath: "#/$defs/cause/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.path.type, parentSchema: schema38.properties.path, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data10.from !== void 0) {
                let data13 = data10.from;
                if (typeof data13 !== "string") {
                  const err28 = { instancePath: instancePath + "/causes/" + i0 + "/from", schemaPath: "#/$defs/cause/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.from.type, parentSchema: schema38.properties.from, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data10.to !== void 0) {
                let data14 = data10.to;
                if (typeof data14 !== "string") {
                  const err29 = { instancePath: instancePath + "/causes/" + i0 + "/to", schemaPath: "#/$defs/cause/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.to.type, parentSchema: schema38.properties.to, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/causes", schemaPath: "#/properties/causes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.causes.type, parentSchema: schema35.properties.causes, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.liveJobId !== void 0) {
        let data15 = data.liveJobId;
        if (typeof data15 !== "string") {
          const err32 = { instancePath: instancePath + "/liveJobId", schemaPath: "#/properties/liveJobId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.liveJobId.type, parentSchema: schema35.properties.liveJobId, data: data15 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      if (data.liveState !== void 0) {
        let data16 = data.liveState;
        if (typeof data16 !== "string") {
          const err33 = { instancePath: instancePath + "/liveState", schemaPath: "#/properties/liveState/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.liveState.type, parentSchema: schema35.properties.liveState, data: data16 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.verify !== void 0) {
        let data17 = data.verify;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.jobId === void 0) {
            const err34 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'", schema: schema35.properties.verify.required, parentSchema: schema35.properties.verify, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          for (const key2 in data17) {
            if (!(key2 === "jobId")) {
              const err35 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.verify, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data17.jobId !== void 0) {
            let data18 = data17.jobId;
            if (typeof data18 !== "string") {
              const err36 = { instancePath: instancePath + "/verify/jobId", schemaPath: "#/properties/verify/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.verify.properties.jobId.type, parentSchema: schema35.properties.verify.properties.jobId, data: data18 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.verify.type, parentSchema: schema35.properties.verify, data: data17 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.restoreFrom !== void 0) {
        let data19 = data.restoreFrom;
        if (typeof data19 !== "string") {
          const err38 = { instancePath: instancePath + "/restoreFrom", schemaPath: "#/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.restoreFrom.type, parentSchema: schema35.properties.restoreFrom, data: data19 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (data.from !== void 0) {
        let data20 = data.from;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          for (const key3 in data20) {
            if (!(key3 === "specHash" || key3 === "parallelism")) {
              const err39 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.from, data: data20 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data20.specHash !== void 0) {
            let data21 = data20.specHash;
            if (typeof data21 !== "string") {
              const err40 = { instancePath: instancePath + "/from/specHash", schemaPath: "#/properties/from/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.from.properties.specHash.type, parentSchema: schema35.properties.from.properties.specHash, data: data21 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data20.parallelism !== void 0) {
            let data22 = data20.parallelism;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err41 = { instancePath: instancePath + "/from/parallelism", schemaPath: "#/properties/from/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.from.properties.parallelism.type, parentSchema: schema35.properties.from.properties.parallelism, data: data22 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 1 || isNaN(data22)) {
                const err42 = { instancePath: instancePath + "/from/parallelism", schemaPath: "#/properties/from/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.from.properties.parallelism, data: data22 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.from.type, parentSchema: schema35.properties.from, data: data20 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.to !== void 0) {
        let data23 = data.to;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
          if (data23.specHash === void 0) {
            const err44 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'", schema: schema35.properties.to.required, parentSchema: schema35.properties.to, data: data23 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data23.parallelism === void 0) {
            const err45 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'", schema: schema35.properties.to.required, parentSchema: schema35.properties.to, data: data23 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          for (const key4 in data23) {
            if (!(key4 === "specHash" || key4 === "parallelism")) {
              const err46 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.to, data: data23 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data23.specHash !== void 0) {
            let data24 = data23.specHash;
            if (typeof data24 !== "string") {
              const err47 = { instancePath: instancePath + "/to/specHash", schemaPath: "#/properties/to/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.to.properties.specHash.type, parentSchema: schema35.properties.to.properties.specHash, data: data24 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data23.parallelism !== void 0) {
            let data25 = data23.parallelism;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err48 = { instancePath: instancePath + "/to/parallelism", schemaPath: "#/properties/to/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.to.properties.parallelism.type, parentSchema: schema35.properties.to.properties.parallelism, data: data25 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 < 1 || isNaN(data25)) {
                const err49 = { instancePath: instancePath + "/to/parallelism", schemaPath: "#/properties/to/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.to.properties.parallelism, data: data25 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          }
        } else {
          const err50 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.to.type, parentSchema: schema35.properties.to, data: data23 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
      if (data.compatibility !== void 0) {
        let data26 = data.compatibility;
        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
          if (data26.verdict === void 0) {
            const err51 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data26.findings === void 0) {
            const err52 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (data26.advice === void 0) {
            const err53 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "advice" }, message: "must have required property 'advice'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          for (const key5 in data26) {
            if (!(key5 === "verdict" || key5 === "source" || key5 === "operators" || key5 === "findings" || key5 === "advice")) {
              const err54 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data: data26 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data26.verdict !== void 0) {
            let data27 = data26.verdict;
            if (!(data27 === "compatible" || data27 === "drops-state" || data27 === "incompatible" || data27 === "unknown")) {
              const err55 = { instancePath: instancePath + "/compatibility/verdict", schemaPath: "#/$defs/compatibility/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema39.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.verdict.enum, parentSchema: schema39.properties.verdict, data: data27 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data26.source !== void 0) {
            let data28 = data26.source;
            if (!(data28 === "flink" || data28 === "estimate")) {
              const err56 = { instancePath: instancePath + "/compatibility/source", schemaPath: "#/$defs/compatibility/properties/source/enum", keyword: "enum", params: { allowedValues: schema39.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.source.enum, parentSchema: schema39.properties.source, data: data28 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data26.operators !== void 0) {
            let data29 = data26.operators;
            if (Array.isArray(data29)) {
              const len1 = data29.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data30 = data29[i1];
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                  if (data30.name === void 0) {
                    const err57 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (data30.id === void 0) {
                    const err58 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  if (data30.state === void 0) {
                    const err59 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  for (const key6 in data30) {
                    if (!(key6 === "name" || key6 === "id" || key6 === "state")) {
                      const err60 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.operators.items, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (data30.name !== void 0) {
                    let data31 = data30.name;
                    if (typeof data31 !== "string") {
                      const err61 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/name", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.operators.items.properties.name.type, parentSchema: schema39.properties.operators.items.properties.name, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                  if (data30.id !== void 0) {
                    let data32 = data30.id;
                    if (typeof data32 === "string") {
                      if (!pattern8.test(data32)) {
                        const err62 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/id", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"', schema: "^[0-9a-f]{32}$", parentSchema: schema39.properties.operators.items.properties.id, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    } else {
                      const err63 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/id", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.operators.items.properties.id.type, parentSchema: schema39.properties.operators.items.properties.id, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  }
                  if (data30.state !== void 0) {
                    let data33 = data30.state;
                    if (!(data33 === "kept" || data33 === "dropped" || data33 === "reshaped" || data33 === "new" || data33 === "unknown")) {
                      const err64 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/state", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema39.properties.operators.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.operators.items.properties.state.enum, parentSchema: schema39.properties.operators.items.properties.state, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.operators.items.type, parentSchema: schema39.properties.operators.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            } else {
              const err66 = { instancePath: instancePath + "/compatibility/operators", schemaPath: "#/$defs/compatibility/properties/operators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.operators.type, parentSchema: schema39.properties.operators, data: data29 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
          if (data26.findings !== void 0) {
            let data34 = data26.findings;
            if (Array.isArray(data34)) {
              const len2 = data34.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data35 = data34[i2];
                if (typeof data35 !== "string") {
                  const err67 = { instancePath: instancePath + "/compatibility/findings/" + i2, schemaPath: "#/$defs/compatibility/properties/findings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.findings.items.type, parentSchema: schema39.properties.findings.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
            } else {
              const err68 = { instancePath: instancePath + "/compatibility/findings", schemaPath: "#/$defs/compatibility/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.findings.type, parentSchema: schema39.properties.findings, data: data34 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (data26.advice !== void 0) {
            let data36 = data26.advice;
            if (Array.isArray(data36)) {
              const len3 = data36.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data37 = data36[i3];
                if (typeof data37 !== "string") {
                  const err69 = { instancePath: instancePath + "/compatibility/advice/" + i3, schemaPath: "#/$defs/compatibility/properties/advice/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.advice.items.type, parentSchema: schema39.properties.advice.items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            } else {
              const err70 = { instancePath: instancePath + "/compatibility/advice", schemaPath: "#/$defs/compatibility/properties/advice/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.advice.type, parentSchema: schema39.properties.advice, data: data36 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        } else {
          const err71 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data26 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      }
      if (data.sqlDiff !== void 0) {
        let data38 = data.sqlDiff;
        if (typeof data38 !== "string") {
          const err72 = { instancePath: instancePath + "/sqlDiff", schemaPath: "#/properties/sqlDiff/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.sqlDiff.type, parentSchema: schema35.properties.sqlDiff, data: data38 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
      if (data.compiledPlan !== void 0) {
        let data39 = data.compiledPlan;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
          if (data39.path === void 0) {
            const err73 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema35.properties.compiledPlan.required, parentSchema: schema35.properties.compiledPlan, data: data39 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (data39.sha256 === void 0) {
            const err74 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema35.properties.compiledPlan.required, parentSchema: schema35.properties.compiledPlan, data: data39 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          for (const key7 in data39) {
            if (!(key7 === "path" || key7 === "sha256" || key7 === "execNodes")) {
              const err75 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.compiledPlan, data: data39 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data39.path !== void 0) {
            let data40 = data39.path;
            if (typeof data40 !== "string") {
              const err76 = { instancePath: instancePath + "/compiledPlan/path", schemaPath: "#/properties/compiledPlan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.path.type, parentSchema: schema35.properties.compiledPlan.properties.path, data: data40 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
          if (data39.sha256 !== void 0) {
            let data41 = data39.sha256;
            if (typeof data41 !== "string") {
              const err77 = { instancePath: instancePath + "/compiledPlan/sha256", schemaPath: "#/properties/compiledPlan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.sha256.type, parentSchema: schema35.properties.compiledPlan.properties.sha256, data: data41 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (data39.execNodes !== void 0) {
            let data42 = data39.execNodes;
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              if (data42.added === void 0) {
                const err78 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "added" }, message: "must have required property 'added'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (data42.removed === void 0) {
                const err79 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (data42.changed === void 0) {
                const err80 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (data42.unchanged === void 0) {
                const err81 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              for (const key8 in data42) {
                if (!(key8 === "added" || key8 === "removed" || key8 === "changed" || key8 === "unchanged")) {
                  const err82 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data42.added !== void 0) {
                let data43 = data42.added;
                if (Array.isArray(data43)) {
                  const len4 = data43.length;
                  for (let i4 = 0; i4 < len4; i4++) {
                    let data44 = data43[i4];
                    if (typeof data44 !== "string") {
                      const err83 = { instancePath: instancePath + "/compiledPlan/execNodes/added/" + i4, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/added/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.added.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.added.items, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/compiledPlan/execNodes/added", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/added/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.added.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.added, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data42.removed !== void 0) {
                let data45 = data42.removed;
                if (Array.isArray(data45)) {
                  const len5 = data45.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    let data46 = data45[i5];
                    if (typeof data46 !== "string") {
                      const err85 = { instancePath: instancePath + "/compiledPlan/execNodes/removed/" + i5, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/removed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.items, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/compiledPlan/execNodes/removed", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.removed, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
              if (data42.changed !== void 0) {
                let data47 = data42.changed;
                if (Array.isArray(data47)) {
                  const len6 = data47.length;
                  for (let i6 = 0; i6 < len6; i6++) {
                    let data48 = data47[i6];
                    if (typeof data48 !== "string") {
                      const err87 = { instancePath: instancePath + "/compiledPlan/execNodes/changed/" + i6, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.items, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err88 = { instancePath: instancePath + "/compiledPlan/execNodes/changed", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.changed, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
              if (data42.unchanged !== void 0) {
                let data49 = data42.unchanged;
                if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                  const err89 = { instancePath: instancePath + "/compiledPlan/execNodes/unchanged", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (typeof data49 == "number" && isFinite(data49)) {
                  if (data49 < 0 || isNaN(data49)) {
                    const err90 = { instancePath: instancePath + "/compiledPlan/execNodes/unchanged", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err91 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.compiledPlan.properties.execNodes.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
        } else {
          const err92 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.compiledPlan.type, parentSchema: schema35.properties.compiledPlan, data: data39 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
      }
      if (data.move !== void 0) {
        let data50 = data.move;
        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
          if (data50.from === void 0) {
            const err93 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.properties.move.required, parentSchema: schema35.properties.move, data: data50 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          for (const key9 in data50) {
            if (!(key9 === "from" || key9 === "fromVersion")) {
              const err94 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.move, data: data50 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
          if (data50.from !== void 0) {
            let data51 = data50.from;
            if (typeof data51 !== "string") {
              const err95 = { instancePath: instancePath + "/move/from", schemaPath: "#/properties/move/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.move.properties.from.type, parentSchema: schema35.properties.move.properties.from, data: data51 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          if (data50.fromVersion !== void 0) {
            let data52 = data50.fromVersion;
            if (typeof data52 !== "string") {
              const err96 = { instancePath: instancePath + "/move/fromVersion", schemaPath: "#/properties/move/properties/fromVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.move.properties.fromVersion.type, parentSchema: schema35.properties.move.properties.fromVersion, data: data52 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          }
        } else {
          const err97 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.move.type, parentSchema: schema35.properties.move, data: data50 };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
      }
      if (data.versionUpgrade !== void 0) {
        let data53 = data.versionUpgrade;
        if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
          if (data53.from === void 0) {
            const err98 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (data53.to === void 0) {
            const err99 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (data53.verdict === void 0) {
            const err100 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          if (data53.findings === void 0) {
            const err101 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (data53.advice === void 0) {
            const err102 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "advice" }, message: "must have required property 'advice'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          for (const key10 in data53) {
            if (!(key10 === "from" || key10 === "to" || key10 === "verdict" || key10 === "findings" || key10 === "advice" || key10 === "blocked")) {
              const err103 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.versionUpgrade, data: data53 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          }
          if (data53.from !== void 0) {
            let data54 = data53.from;
            if (typeof data54 !== "string") {
              const err104 = { instancePath: instancePath + "/versionUpgrade/from", schemaPath: "#/properties/versionUpgrade/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.from.type, parentSchema: schema35.properties.versionUpgrade.properties.from, data: data54 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
          if (data53.to !== void 0) {
            let data55 = data53.to;
            if (typeof data55 !== "string") {
              const err105 = { instancePath: instancePath + "/versionUpgrade/to", schemaPath: "#/properties/versionUpgrade/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.to.type, parentSchema: schema35.properties.versionUpgrade.properties.to, data: data55 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
          if (data53.verdict !== void 0) {
            let data56 = data53.verdict;
            if (!(data56 === "compatible" || data56 === "drops-state" || data56 === "incompatible" || data56 === "unknown")) {
              const err106 = { instancePath: instancePath + "/versionUpgrade/verdict", schemaPath: "#/properties/versionUpgrade/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema35.properties.versionUpgrade.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.versionUpgrade.properties.verdict.enum, parentSchema: schema35.properties.versionUpgrade.properties.verdict, data: data56 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
          if (data53.findings !== void 0) {
            let data57 = data53.findings;
            if (Array.isArray(data57)) {
              const len7 = data57.length;
              for (let i7 = 0; i7 < len7; i7++) {
                let data58 = data57[i7];
                if (typeof data58 !== "string") {
                  const err107 = { instancePath: instancePath + "/versionUpgrade/findings/" + i7, schemaPath: "#/properties/versionUpgrade/properties/findings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.findings.items.type, parentSchema: schema35.properties.versionUpgrade.properties.findings.items, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
            } else {
              const err108 = { instancePath: instancePath + "/versionUpgrade/findings", schemaPath: "#/properties/versionUpgrade/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.versionUpgrade.properties.findings.type, parentSchema: schema35.properties.versionUpgrade.properties.findings, data: data57 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          if (data53.advice !== void 0) {
            let data59 = data53.advice;
            if (Array.isArray(data59)) {
              const len8 = data59.length;
              for (let i8 = 0; i8 < len8; i8++) {
                let data60 = data59[i8];
                if (typeof data60 !== "string") {
                  const err109 = { instancePath: instancePath + "/versionUpgrade/advice/" + i8, schemaPath: "#/properties/versionUpgrade/properties/advice/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.advice.items.type, parentSchema: schema35.properties.versionUpgrade.properties.advice.items, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            } else {
              const err110 = { instancePath: instancePath + "/versionUpgrade/advice", schemaPath: "#/properties/versionUpgrade/properties/advice/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.versionUpgrade.properties.advice.type, parentSchema: schema35.properties.versionUpgrade.properties.advice, data: data59 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
          if (data53.blocked !== void 0) {
            let data61 = data53.blocked;
            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
              if (data61.reason === void 0) {
                const err111 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (data61.summary === void 0) {
                const err112 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (data61.detail === void 0) {
                const err113 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              for (const key11 in data61) {
                if (!(key11 === "reason" || key11 === "summary" || key11 === "detail")) {
                  const err114 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
              if (data61.reason !== void 0) {
                let data62 = data61.reason;
                if (!(data62 === "plan-refused" || data62 === "unconfirmed")) {
                  const err115 = { instancePath: instancePath + "/versionUpgrade/blocked/reason", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/reason/enum", keyword: "enum", params: { allowedValues: schema35.properties.versionUpgrade.properties.blocked.properties.reason.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.versionUpgrade.properties.blocked.properties.reason.enum, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.reason, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
              if (data61.summary !== void 0) {
                let data63 = data61.summary;
                if (typeof data63 !== "string") {
                  const err116 = { instancePath: instancePath + "/versionUpgrade/blocked/summary", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.blocked.properties.summary.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.summary, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
              if (data61.detail !== void 0) {
                let data64 = data61.detail;
                if (typeof data64 !== "string") {
                  const err117 = { instancePath: instancePath + "/versionUpgrade/blocked/detail", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.blocked.properties.detail.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.detail, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              }
            } else {
              const err118 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.versionUpgrade.properties.blocked.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          }
        } else {
          const err119 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.versionUpgrade.type, parentSchema: schema35.properties.versionUpgrade, data: data53 };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
      }
      if (data.refused !== void 0) {
        let data65 = data.refused;
        if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
          if (data65.code === void 0) {
            const err120 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
          if (data65.summary === void 0) {
            const err121 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (data65.detail === void 0) {
            const err122 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          for (const key12 in data65) {
            if (!(key12 === "code" || key12 === "summary" || key12 === "detail")) {
              const err123 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.refused, data: data65 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          }
          if (data65.code !== void 0) {
            let data66 = data65.code;
            if (typeof data66 === "string") {
              if (!pattern9.test(data66)) {
                const err124 = { instancePath: instancePath + "/refused/code", schemaPath: "#/properties/refused/properties/code/pattern", keyword: "pattern", params: { pattern: "^FO[0-9]{3}$" }, message: 'must match pattern "^FO[0-9]{3}$"', schema: "^FO[0-9]{3}$", parentSchema: schema35.properties.refused.properties.code, data: data66 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            } else {
              const err125 = { instancePath: instancePath + "/refused/code", schemaPath: "#/properties/refused/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.code.type, parentSchema: schema35.properties.refused.properties.code, data: data66 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          }
          if (data65.summary !== void 0) {
            let data67 = data65.summary;
            if (typeof data67 !== "string") {
              const err126 = { instancePath: instancePath + "/refused/summary", schemaPath: "#/properties/refused/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.summary.type, parentSchema: schema35.properties.refused.properties.summary, data: data67 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          }
          if (data65.detail !== void 0) {
            let data68 = data65.detail;
            if (typeof data68 !== "string") {
              const err127 = { instancePath: instancePath + "/refused/detail", schemaPath: "#/properties/refused/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.detail.type, parentSchema: schema35.properties.refused.properties.detail, data: data68 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
        } else {
          const err128 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.refused.type, parentSchema: schema35.properties.refused, data: data65 };
          if (vErrors === null) {
            vErrors = [err128];
          } else {
            vErrors.push(err128);
          }
          errors++;
        }
      }
    } else {
      const err129 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err129];
      } else {
        vErrors.push(err129);
      }
      errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
  }
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema49 = { "title": "Diagnostic", "type": "object", "required": ["code", "severity", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Stable code (FO1xx load … FO9xx action), for searching the documentation.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "severity": { "description": "error stops the stage; a warning or info does not.", "enum": ["error", "warning", "info"] }, "summary": { "description": "One line saying what is wrong.", "type": "string" }, "detail": { "description": "How to fix it.", "type": "string" }, "range": { "description": "Where in the repository, when the problem has a place.", "type": "object", "required": ["file", "start", "end"], "additionalProperties": false, "properties": { "file": { "description": "File, relative to the project directory.", "type": "string" }, "start": { "description": "First character of the range.", "$ref": "#/$defs/position" }, "end": { "description": "End of the range.", "$ref": "#/$defs/position" } } } } };
  const schema50 = { "title": "Position", "type": "object", "required": ["line", "column"], "additionalProperties": false, "properties": { "line": { "description": "1-based line.", "type": "integer", "minimum": 1 }, "column": { "description": "1-based column.", "type": "integer", "minimum": 1 } } };
  function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate23.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.code === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.severity === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.summary === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.detail === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "code" || key0 === "severity" || key0 === "summary" || key0 === "detail" || key0 === "range")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.code !== void 0) {
        let data0 = data.code;
        if (typeof data0 === "string") {
          if (!pattern9.test(data0)) {
            const err5 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/pattern", keyword: "pattern", params: { pattern: "^FO[0-9]{3}$" }, message: 'must match pattern "^FO[0-9]{3}$"', schema: "^FO[0-9]{3}$", parentSchema: schema49.properties.code, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.code.type, parentSchema: schema49.properties.code, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.severity !== void 0) {
        let data1 = data.severity;
        if (!(data1 === "error" || data1 === "warning" || data1 === "info")) {
          const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema49.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.severity.enum, parentSchema: schema49.properties.severity, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.summary !== void 0) {
        let data2 = data.summary;
        if (typeof data2 !== "string") {
          const err8 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.summary.type, parentSchema: schema49.properties.summary, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.detail !== void 0) {
        let data3 = data.detail;
        if (typeof data3 !== "string") {
          const err9 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.detail.type, parentSchema: schema49.properties.detail, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.range !== void 0) {
        let data4 = data.range;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
          if (data4.file === void 0) {
            const err10 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema49.properties.range.required, parentSchema: schema49.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data4.start === void 0) {
            const err11 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema49.properties.range.required, parentSchema: schema49.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data4.end === void 0) {
            const err12 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema49.properties.range.required, parentSchema: schema49.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          for (const key1 in data4) {
            if (!(key1 === "file" || key1 === "start" || key1 === "end")) {
              const err13 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.range, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data4.file !== void 0) {
            let data5 = data4.file;
            if (typeof data5 !== "string") {
              const err14 = { instancePath: instancePath + "/range/file", schemaPath: "#/properties/range/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.range.properties.file.type, parentSchema: schema49.properties.range.properties.file, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data4.start !== void 0) {
            let data6 = data4.start;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              if (data6.line === void 0) {
                const err15 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema50.required, parentSchema: schema50, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (data6.column === void 0) {
                const err16 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema50.required, parentSchema: schema50, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              for (const key2 in data6) {
                if (!(key2 === "line" || key2 === "column")) {
                  const err17 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data6.line !== void 0) {
                let data7 = data6.line;
                if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                  const err18 = { instancePath: instancePath + "/range/start/line", schemaPath: "#/$defs/position/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.properties.line.type, parentSchema: schema50.properties.line, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (typeof data7 == "number" && isFinite(data7)) {
                  if (data7 < 1 || isNaN(data7)) {
                    const err19 = { instancePath: instancePath + "/range/start/line", schemaPath: "#/$defs/position/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.line, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              }
              if (data6.column !== void 0) {
                let data8 = data6.column;
                if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                  const err20 = { instancePath: instancePath + "/range/start/column", schemaPath: "#/$defs/position/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.properties.column.type, parentSchema: schema50.properties.column, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (typeof data8 == "number" && isFinite(data8)) {
                  if (data8 < 1 || isNaN(data8)) {
                    const err21 = { instancePath: instancePath + "/range/start/column", schemaPath: "#/$defs/position/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.column, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data4.end !== void 0) {
            let data9 = data4.end;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              if (data9.line === void 0) {
                const err23 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema50.required, parentSchema: schema50, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data9.column === void 0) {
                const err24 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema50.required, parentSchema: schema50, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key3 in data9) {
                if (!(key3 === "line" || key3 === "column")) {
                  const err25 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data9.line !== void 0) {
                let data10 = data9.line;
                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                  const err26 = { instancePath: instancePath + "/range/end/line", schemaPath: "#/$defs/position/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.properties.line.type, parentSchema: schema50.properties.line, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (typeof data10 == "number" && isFinite(data10)) {
                  if (data10 < 1 || isNaN(data10)) {
                    const err27 = { instancePath: instancePath + "/range/end/line", schemaPath: "#/$defs/position/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.line, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              }
              if (data9.column !== void 0) {
                let data11 = data9.column;
                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                  const err28 = { instancePath: instancePath + "/range/end/column", schemaPath: "#/$defs/position/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.properties.column.type, parentSchema: schema50.properties.column, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (typeof data11 == "number" && isFinite(data11)) {
                  if (data11 < 1 || isNaN(data11)) {
                    const err29 = { instancePath: instancePath + "/range/end/column", schemaPath: "#/$defs/position/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.properties.column, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data9 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.range.type, parentSchema: schema49.properties.range, data: data4 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    } else {
      const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    validate23.errors = vErrors;
    return errors === 0;
  }
  validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.formatVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.project === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.env === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.offline === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "offline" }, message: "must have required property 'offline'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.stateVersion === void 0) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stateVersion" }, message: "must have required property 'stateVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.liveFingerprint === void 0) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "liveFingerprint" }, message: "must have required property 'liveFingerprint'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.changes === void 0) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.summary === void 0) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.affected === void 0) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "affected" }, message: "must have required property 'affected'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.lineage === void 0) {
        const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lineage" }, message: "must have required property 'lineage'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.diagnostics === void 0) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diagnostics" }, message: "must have required property 'diagnostics'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema31.properties, key0)) {
          const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.formatVersion !== void 0) {
        let data0 = data.formatVersion;
        if (1 !== data0) {
          const err12 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.formatVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.project !== void 0) {
        let data1 = data.project;
        if (typeof data1 === "string") {
          if (!pattern4.test(data1)) {
            const err13 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data1 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        } else {
          const err14 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.env !== void 0) {
        let data2 = data.env;
        if (typeof data2 === "string") {
          if (!pattern4.test(data2)) {
            const err15 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        } else {
          const err16 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.commit !== void 0) {
        let data3 = data.commit;
        if (typeof data3 !== "string") {
          const err17 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.commit.type, parentSchema: schema31.properties.commit, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.offline !== void 0) {
        let data4 = data.offline;
        if (typeof data4 !== "boolean") {
          const err18 = { instancePath: instancePath + "/offline", schemaPath: "#/properties/offline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.offline.type, parentSchema: schema31.properties.offline, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.stateVersion !== void 0) {
        let data5 = data.stateVersion;
        if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
          const err19 = { instancePath: instancePath + "/stateVersion", schemaPath: "#/properties/stateVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.stateVersion.type, parentSchema: schema31.properties.stateVersion, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (typeof data5 == "number" && isFinite(data5)) {
          if (data5 < 0 || isNaN(data5)) {
            const err20 = { instancePath: instancePath + "/stateVersion", schemaPath: "#/properties/stateVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.stateVersion, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      }
      if (data.liveFingerprint !== void 0) {
        let data6 = data.liveFingerprint;
        if (typeof data6 !== "string") {
          const err21 = { instancePath: instancePath + "/liveFingerprint", schemaPath: "#/properties/liveFingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.liveFingerprint.type, parentSchema: schema31.properties.liveFingerprint, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.target !== void 0) {
        let data7 = data.target;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
          if (data7.omitted === void 0) {
            const err22 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/required", keyword: "required", params: { missingProperty: "omitted" }, message: "must have required property 'omitted'", schema: schema31.properties.target.required, parentSchema: schema31.properties.target, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          for (const key1 in data7) {
            if (!(key1 === "jobs" || key1 === "causes" || key1 === "omitted")) {
              const err23 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.target, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data7.jobs !== void 0) {
            let data8 = data7.jobs;
            if (Array.isArray(data8)) {
              const len0 = data8.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data9 = data8[i0];
                if (typeof data9 === "string") {
                  if (!pattern4.test(data9)) {
                    const err24 = { instancePath: instancePath + "/target/jobs/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                } else {
                  const err25 = { instancePath: instancePath + "/target/jobs/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            } else {
              const err26 = { instancePath: instancePath + "/target/jobs", schemaPath: "#/properties/target/properties/jobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.jobs.type, parentSchema: schema31.properties.target.properties.jobs, data: data8 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data7.causes !== void 0) {
            let data10 = data7.causes;
            if (Array.isArray(data10)) {
              const len1 = data10.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data11 = data10[i1];
                if (!(data11 === "script" || data11 === "setting" || data11 === "table" || data11 === "udf" || data11 === "state" || data11 === "schedule" || data11 === "drift" || data11 === "cluster" || data11 === "repo")) {
                  const err27 = { instancePath: instancePath + "/target/causes/" + i1, schemaPath: "#/properties/target/properties/causes/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.target.properties.causes.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.target.properties.causes.items.enum, parentSchema: schema31.properties.target.properties.causes.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            } else {
              const err28 = { instancePath: instancePath + "/target/causes", schemaPath: "#/properties/target/properties/causes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.causes.type, parentSchema: schema31.properties.target.properties.causes, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          if (data7.omitted !== void 0) {
            let data12 = data7.omitted;
            if (Array.isArray(data12)) {
              const len2 = data12.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data13 = data12[i2];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  if (data13.job === void 0) {
                    const err29 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema31.properties.target.properties.omitted.items.required, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                  if (data13.action === void 0) {
                    const err30 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema31.properties.target.properties.omitted.items.required, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  for (const key2 in data13) {
                    if (!(key2 === "job" || key2 === "action")) {
                      const err31 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  if (data13.job !== void 0) {
                    let data14 = data13.job;
                    if (typeof data14 !== "string") {
                      const err32 = { instancePath: instancePath + "/target/omitted/" + i2 + "/job", schemaPath: "#/properties/target/properties/omitted/items/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.target.properties.omitted.items.properties.job.type, parentSchema: schema31.properties.target.properties.omitted.items.properties.job, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                  if (data13.action !== void 0) {
                    let data15 = data13.action;
                    if (!(data15 === "create" || data15 === "upgrade" || data15 === "rescale" || data15 === "suspend" || data15 === "resume" || data15 === "recover" || data15 === "delete" || data15 === "adopt")) {
                      const err33 = { instancePath: instancePath + "/target/omitted/" + i2 + "/action", schemaPath: "#/properties/target/properties/omitted/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema31.properties.target.properties.omitted.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.target.properties.omitted.items.properties.action.enum, parentSchema: schema31.properties.target.properties.omitted.items.properties.action, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.target.properties.omitted.items.type, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            } else {
              const err35 = { instancePath: instancePath + "/target/omitted", schemaPath: "#/properties/target/properties/omitted/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.omitted.type, parentSchema: schema31.properties.target.properties.omitted, data: data12 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        } else {
          const err36 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.target.type, parentSchema: schema31.properties.target, data: data7 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.changes !== void 0) {
        let data16 = data.changes;
        if (Array.isArray(data16)) {
          const len3 = data16.length;
          for (let i3 = 0; i3 < len3; i3++) {
            if (!validate21(data16[i3], { instancePath: instancePath + "/changes/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.changes.type, parentSchema: schema31.properties.changes, data: data16 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.summary !== void 0) {
        let data18 = data.summary;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
          if (data18.create === void 0) {
            const err38 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "create" }, message: "must have required property 'create'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data18.upgrade === void 0) {
            const err39 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "upgrade" }, message: "must have required property 'upgrade'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data18.rescale === void 0) {
            const err40 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "rescale" }, message: "must have required property 'rescale'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (data18.suspend === void 0) {
            const err41 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "suspend" }, message: "must have required property 'suspend'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (data18.resume === void 0) {
            const err42 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "resume" }, message: "must have required property 'resume'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (data18.recover === void 0) {
            const err43 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "recover" }, message: "must have required property 'recover'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (data18.delete === void 0) {
            const err44 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "delete" }, message: "must have required property 'delete'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data18.adopt === void 0) {
            const err45 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "adopt" }, message: "must have required property 'adopt'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (data18.none === void 0) {
            const err46 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "none" }, message: "must have required property 'none'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          for (const key3 in data18) {
            if (!func1.call(schema31.properties.summary.properties, key3)) {
              const err47 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.summary, data: data18 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data18.create !== void 0) {
            let data19 = data18.create;
            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
              const err48 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data19 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (typeof data19 == "number" && isFinite(data19)) {
              if (data19 < 0 || isNaN(data19)) {
                const err49 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data19 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          }
          if (data18.upgrade !== void 0) {
            let data20 = data18.upgrade;
            if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
              const err50 = { instancePath: instancePath + "/summary/upgrade", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data20 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (typeof data20 == "number" && isFinite(data20)) {
              if (data20 < 0 || isNaN(data20)) {
                const err51 = { instancePath: instancePath + "/summary/upgrade", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data20 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          }
          if (data18.rescale !== void 0) {
            let data21 = data18.rescale;
            if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
              const err52 = { instancePath: instancePath + "/summary/rescale", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data21 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (typeof data21 == "number" && isFinite(data21)) {
              if (data21 < 0 || isNaN(data21)) {
                const err53 = { instancePath: instancePath + "/summary/rescale", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data21 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          }
          if (data18.suspend !== void 0) {
            let data22 = data18.suspend;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err54 = { instancePath: instancePath + "/summary/suspend", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data22 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 0 || isNaN(data22)) {
                const err55 = { instancePath: instancePath + "/summary/suspend", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data22 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          }
          if (data18.resume !== void 0) {
            let data23 = data18.resume;
            if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
              const err56 = { instancePath: instancePath + "/summary/resume", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data23 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (typeof data23 == "number" && isFinite(data23)) {
              if (data23 < 0 || isNaN(data23)) {
                const err57 = { instancePath: instancePath + "/summary/resume", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data23 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          }
          if (data18.recover !== void 0) {
            let data24 = data18.recover;
            if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
              const err58 = { instancePath: instancePath + "/summary/recover", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data24 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (typeof data24 == "number" && isFinite(data24)) {
              if (data24 < 0 || isNaN(data24)) {
                const err59 = { instancePath: instancePath + "/summary/recover", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data24 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          }
          if (data18.delete !== void 0) {
            let data25 = data18.delete;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err60 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data25 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 < 0 || isNaN(data25)) {
                const err61 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data25 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          }
          if (data18.adopt !== void 0) {
            let data26 = data18.adopt;
            if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
              const err62 = { instancePath: instancePath + "/summary/adopt", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data26 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (typeof data26 == "number" && isFinite(data26)) {
              if (data26 < 0 || isNaN(data26)) {
                const err63 = { instancePath: instancePath + "/summary/adopt", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data26 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          }
          if (data18.none !== void 0) {
            let data27 = data18.none;
            if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
              const err64 = { instancePath: instancePath + "/summary/none", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data27 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (typeof data27 == "number" && isFinite(data27)) {
              if (data27 < 0 || isNaN(data27)) {
                const err65 = { instancePath: instancePath + "/summary/none", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data27 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          }
        } else {
          const err66 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.summary.type, parentSchema: schema31.properties.summary, data: data18 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
      if (data.affected !== void 0) {
        let data28 = data.affected;
        if (Array.isArray(data28)) {
          const len4 = data28.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data29 = data28[i4];
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
              if (data29.kind === void 0) {
                const err67 = { instancePath: instancePath + "/affected/" + i4, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (data29.name === void 0) {
                const err68 = { instancePath: instancePath + "/affected/" + i4, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (data29.jobs === void 0) {
                const err69 = { instancePath: instancePath + "/affected/" + i4, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "jobs" }, message: "must have required property 'jobs'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              for (const key4 in data29) {
                if (!(key4 === "kind" || key4 === "name" || key4 === "jobs")) {
                  const err70 = { instancePath: instancePath + "/affected/" + i4, schemaPath: "#/properties/affected/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.affected.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
              if (data29.kind !== void 0) {
                let data30 = data29.kind;
                if (!(data30 === "table" || data30 === "udf")) {
                  const err71 = { instancePath: instancePath + "/affected/" + i4 + "/kind", schemaPath: "#/properties/affected/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.affected.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.affected.items.properties.kind.enum, parentSchema: schema31.properties.affected.items.properties.kind, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
              if (data29.name !== void 0) {
                let data31 = data29.name;
                if (typeof data31 !== "string") {
                  const err72 = { instancePath: instancePath + "/affected/" + i4 + "/name", schemaPath: "#/properties/affected/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.affected.items.properties.name.type, parentSchema: schema31.properties.affected.items.properties.name, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
              if (data29.jobs !== void 0) {
                let data32 = data29.jobs;
                if (Array.isArray(data32)) {
                  const len5 = data32.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    let data33 = data32[i5];
                    if (typeof data33 !== "string") {
                      const err73 = { instancePath: instancePath + "/affected/" + i4 + "/jobs/" + i5, schemaPath: "#/properties/affected/items/properties/jobs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.affected.items.properties.jobs.items.type, parentSchema: schema31.properties.affected.items.properties.jobs.items, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err74 = { instancePath: instancePath + "/affected/" + i4 + "/jobs", schemaPath: "#/properties/affected/items/properties/jobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.affected.items.properties.jobs.type, parentSchema: schema31.properties.affected.items.properties.jobs, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            } else {
              const err75 = { instancePath: instancePath + "/affected/" + i4, schemaPath: "#/properties/affected/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.affected.items.type, parentSchema: schema31.properties.affected.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        } else {
          const err76 = { instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.affected.type, parentSchema: schema31.properties.affected, data: data28 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      }
      if (data.lineage !== void 0) {
        let data34 = data.lineage;
        if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
          if (data34.nodes === void 0) {
            const err77 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema31.properties.lineage.required, parentSchema: schema31.properties.lineage, data: data34 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (data34.edges === void 0) {
            const err78 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "edges" }, message: "must have required property 'edges'", schema: schema31.properties.lineage.required, parentSchema: schema31.properties.lineage, data: data34 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          for (const key5 in data34) {
            if (!(key5 === "nodes" || key5 === "edges")) {
              const err79 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage, data: data34 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
          if (data34.nodes !== void 0) {
            let data35 = data34.nodes;
            if (Array.isArray(data35)) {
              const len6 = data35.length;
              for (let i6 = 0; i6 < len6; i6++) {
                let data36 = data35[i6];
                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                  if (data36.id === void 0) {
                    const err80 = { instancePath: instancePath + "/lineage/nodes/" + i6, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  if (data36.kind === void 0) {
                    const err81 = { instancePath: instancePath + "/lineage/nodes/" + i6, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                  if (data36.label === void 0) {
                    const err82 = { instancePath: instancePath + "/lineage/nodes/" + i6, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  if (data36.changed === void 0) {
                    const err83 = { instancePath: instancePath + "/lineage/nodes/" + i6, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                  for (const key6 in data36) {
                    if (!(key6 === "id" || key6 === "kind" || key6 === "label" || key6 === "changed")) {
                      const err84 = { instancePath: instancePath + "/lineage/nodes/" + i6, schemaPath: "#/properties/lineage/properties/nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  }
                  if (data36.id !== void 0) {
                    let data37 = data36.id;
                    if (typeof data37 === "string") {
                      if (!pattern10.test(data37)) {
                        const err85 = { instancePath: instancePath + "/lineage/nodes/" + i6 + "/id", schemaPath: "#/properties/lineage/properties/nodes/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^(job|table|view|udf):" }, message: 'must match pattern "^(job|table|view|udf):"', schema: "^(job|table|view|udf):", parentSchema: schema31.properties.lineage.properties.nodes.items.properties.id, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    } else {
                      const err86 = { instancePath: instancePath + "/lineage/nodes/" + i6 + "/id", schemaPath: "#/properties/lineage/properties/nodes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.nodes.items.properties.id.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.id, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                  if (data36.kind !== void 0) {
                    let data38 = data36.kind;
                    if (!(data38 === "job" || data38 === "table" || data38 === "view" || data38 === "udf")) {
                      const err87 = { instancePath: instancePath + "/lineage/nodes/" + i6 + "/kind", schemaPath: "#/properties/lineage/properties/nodes/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.lineage.properties.nodes.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lineage.properties.nodes.items.properties.kind.enum, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.kind, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  }
                  if (data36.label !== void 0) {
                    let data39 = data36.label;
                    if (typeof data39 !== "string") {
                      const err88 = { instancePath: instancePath + "/lineage/nodes/" + i6 + "/label", schemaPath: "#/properties/lineage/properties/nodes/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.nodes.items.properties.label.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.label, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  }
                  if (data36.changed !== void 0) {
                    let data40 = data36.changed;
                    if (typeof data40 !== "boolean") {
                      const err89 = { instancePath: instancePath + "/lineage/nodes/" + i6 + "/changed", schemaPath: "#/properties/lineage/properties/nodes/items/properties/changed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.lineage.properties.nodes.items.properties.changed.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.changed, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err90 = { instancePath: instancePath + "/lineage/nodes/" + i6, schemaPath: "#/properties/lineage/properties/nodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.properties.nodes.items.type, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
            } else {
              const err91 = { instancePath: instancePath + "/lineage/nodes", schemaPath: "#/properties/lineage/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.lineage.properties.nodes.type, parentSchema: schema31.properties.lineage.properties.nodes, data: data35 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
          if (data34.edges !== void 0) {
            let data41 = data34.edges;
            if (Array.isArray(data41)) {
              const len7 = data41.length;
              for (let i7 = 0; i7 < len7; i7++) {
                let data42 = data41[i7];
                if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                  if (data42.from === void 0) {
                    const err92 = { instancePath: instancePath + "/lineage/edges/" + i7, schemaPath: "#/properties/lineage/properties/edges/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.lineage.properties.edges.items.required, parentSchema: schema31.properties.lineage.properties.edges.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                  if (data42.to === void 0) {
                    const err93 = { instancePath: instancePath + "/lineage/edges/" + i7, schemaPath: "#/properties/lineage/properties/edges/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.lineage.properties.edges.items.required, parentSchema: schema31.properties.lineage.properties.edges.items, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                  for (const key7 in data42) {
                    if (!(key7 === "from" || key7 === "to")) {
                      const err94 = { instancePath: instancePath + "/lineage/edges/" + i7, schemaPath: "#/properties/lineage/properties/edges/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage.properties.edges.items, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  }
                  if (data42.from !== void 0) {
                    let data43 = data42.from;
                    if (typeof data43 !== "string") {
                      const err95 = { instancePath: instancePath + "/lineage/edges/" + i7 + "/from", schemaPath: "#/properties/lineage/properties/edges/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.edges.items.properties.from.type, parentSchema: schema31.properties.lineage.properties.edges.items.properties.from, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                  if (data42.to !== void 0) {
                    let data44 = data42.to;
                    if (typeof data44 !== "string") {
                      const err96 = { instancePath: instancePath + "/lineage/edges/" + i7 + "/to", schemaPath: "#/properties/lineage/properties/edges/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.edges.items.properties.to.type, parentSchema: schema31.properties.lineage.properties.edges.items.properties.to, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err97 = { instancePath: instancePath + "/lineage/edges/" + i7, schemaPath: "#/properties/lineage/properties/edges/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.properties.edges.items.type, parentSchema: schema31.properties.lineage.properties.edges.items, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
            } else {
              const err98 = { instancePath: instancePath + "/lineage/edges", schemaPath: "#/properties/lineage/properties/edges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.lineage.properties.edges.type, parentSchema: schema31.properties.lineage.properties.edges, data: data41 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
          }
        } else {
          const err99 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.type, parentSchema: schema31.properties.lineage, data: data34 };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
      }
      if (data.diagnostics !== void 0) {
        let data45 = data.diagnostics;
        if (Array.isArray(data45)) {
          const len8 = data45.length;
          for (let i8 = 0; i8 < len8; i8++) {
            if (!validate23(data45[i8], { instancePath: instancePath + "/diagnostics/" + i8, parentData: data45, parentDataProperty: i8, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err100 = { instancePath: instancePath + "/diagnostics", schemaPath: "#/properties/diagnostics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.diagnostics.type, parentSchema: schema31.properties.diagnostics, data: data45 };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
      }
    } else {
      const err101 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err101];
      } else {
        vErrors.push(err101);
      }
      errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
  }
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
}
var repo;
function repositoryValidators() {
  if (!repo) {
    repo = {};
    repoValidators(repo);
  }
  return repo;
}
var state;
function stateFileValidator() {
  if (!state) {
    state = {};
    stateValidators(state);
  }
  return state.state;
}
var plan;
function planFileValidator() {
  if (!plan) {
    plan = {};
    planValidators(plan);
  }
  return plan.plan;
}

export {
  repositoryValidators,
  stateFileValidator,
  planFileValidator
};
