import {
  KAFKA_CONNECTORS,
  alreadyExists,
  columnMisses,
  kafkaTopicKeys,
  missRefusal,
  queryColumns,
  replacesExisting,
  topicOfKey,
  topicsRead
} from "./chunk-MTN3MEF7.mjs";
import {
  endpointUrlProblem,
  sameEndpoint,
  userInfoOf
} from "./chunk-PG4X7Q6A.mjs";
import {
  CREDENTIAL_WORDS,
  ROWTIME_TYPES,
  analyzeScript,
  builtinFunctionNames,
  builtinSince,
  checkExpressionText,
  isBuiltinFunction,
  isCredentialKey,
  isSensitiveKey,
  jarLiterals,
  jarLocations,
  rowtimeTypeProblem,
  tidySummaries,
  typeNameTypos,
  typeTextProblem,
  writesThroughJob
} from "./chunk-2KEB7JXC.mjs";
import {
  configLayers,
  fileStart,
  loadProject,
  substituteEnv,
  valueAt
} from "./chunk-DPJDA3R2.mjs";
import {
  CODES,
  lex
} from "./chunk-BYIOOC32.mjs";
import {
  releaseAtLeast
} from "./chunk-2J7UGB3X.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  parseDurationMs
} from "./chunk-H5WAOW7W.mjs";
import {
  closest,
  didYouMean,
  isIdentifier,
  oneEdit,
  suggestIdentifier
} from "./chunk-EKKRR5UX.mjs";
import {
  error,
  rangeContains,
  sortDiagnostics,
  warning
} from "./chunk-FYVUM4PK.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-TRBKR6JO.mjs";

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
    function compareTime(s1, s22) {
      if (!(s1 && s22))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s22)).valueOf();
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

// src/core/python-options.ts
var PYTHON_FILE_OPTIONS = [
  "python.files",
  "python.requirements",
  "python.archives"
];
var pythonFileEntries = (function pythonFileEntries(key, value) {
  if (!PYTHON_FILE_OPTIONS.includes(key)) return [];
  const entries = key === "python.requirements" ? [value.split("#")[0]] : value.split(",");
  return entries.map((e) => (key === "python.archives" ? e.split("#")[0] : e).trim()).filter((e) => e !== "");
});
var isQueryOption = (function isQueryOption(key) {
  return key.startsWith("table.") || key.startsWith("python.");
});
var isProcessRelativePath = (function isProcessRelativePath(entry) {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry) && !entry.startsWith("/") && !entry.startsWith("${");
});
var relativePythonPathWarning = (function relativePythonPathWarning(key, value, range, subject = key) {
  const relative = pythonFileEntries(key, value).filter(isProcessRelativePath);
  if (relative.length === 0) return void 0;
  const base = relative[0].split("/").pop();
  return warning(
    "FO277",
    `${subject} names ${relative.map((r) => `"${r}"`).join(", ")}, a relative path the SQL Gateway resolves in its own working directory`,
    `Flink reads the file on the gateway's machine, relative to the directory the gateway was started in, not the repository's (its planner then fails with NoSuchFileException on a copy under its temporary directory). Write an absolute path or a URI the cluster can read, e.g. file://\${env.UDF_DIR}/${base} with UDF_DIR set in each environment's variables; a file on flinkops' own machine is then checksummed too, so an edit of it upgrades the job.`,
    range
  );
});

// src/validate/settings-rules.ts
var DURATION_OPTIONS = /* @__PURE__ */ new Set([
  "execution.checkpointing.interval",
  "execution.checkpointing.interval-during-backlog",
  "execution.checkpointing.timeout",
  "execution.checkpointing.min-pause",
  "execution.buffer-timeout",
  "execution.buffer-timeout.interval",
  "pipeline.auto-watermark-interval",
  "table.exec.state.ttl",
  "table.exec.mini-batch.allow-latency",
  "table.exec.source.idle-timeout",
  "table.exec.async-lookup.timeout",
  "restart-strategy.fixed-delay.delay",
  "restart-strategy.failure-rate.delay",
  "restart-strategy.failure-rate.failure-rate-interval",
  "restart-strategy.exponential-delay.initial-backoff",
  "restart-strategy.exponential-delay.max-backoff",
  "restart-strategy.exponential-delay.reset-backoff-threshold"
]);
var FLINK_DURATION = /^\s*\d+\s*(ns|nano|nanos|nanosecond|nanoseconds|us|µs|micro|micros|microsecond|microseconds|ms|milli|millis|millisecond|milliseconds|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hour|hours|d|day|days)?\s*$/i;
var isFlinkDuration = (function isFlinkDuration(value) {
  return FLINK_DURATION.test(value);
});
var INTEGER_OPTIONS = /* @__PURE__ */ new Set([
  "parallelism.default",
  "pipeline.max-parallelism",
  "table.exec.resource.default-parallelism",
  "execution.checkpointing.tolerable-failed-checkpoints",
  "execution.checkpointing.max-concurrent-checkpoints",
  "execution.checkpointing.num-retained",
  "state.checkpoints.num-retained",
  "restart-strategy.fixed-delay.attempts",
  "restart-strategy.failure-rate.max-failures-per-interval"
]);
var BOOLEAN_OPTIONS = /* @__PURE__ */ new Set([
  "table.exec.mini-batch.enabled",
  "table.exec.source.cdc-events-duplicate",
  "table.exec.deduplicate.mini-batch.compact-changes-enabled",
  "table.optimizer.distinct-agg.split.enabled",
  "table.optimizer.reuse-source-enabled",
  "table.optimizer.reuse-sub-plan-enabled",
  "table.dml-sync",
  "table.dynamic-table-options.enabled",
  "pipeline.object-reuse",
  "pipeline.operator-chaining",
  "pipeline.operator-chaining.enabled",
  "execution.checkpointing.unaligned",
  "execution.checkpointing.unaligned.enabled",
  "execution.checkpointing.incremental",
  "state.backend.incremental",
  "state.backend.rocksdb.memory.managed"
]);
var ENUM_OPTIONS = /* @__PURE__ */ new Map([
  ["execution.checkpointing.mode", ["EXACTLY_ONCE", "AT_LEAST_ONCE"]],
  [
    "execution.checkpointing.externalized-checkpoint-retention",
    ["RETAIN_ON_CANCELLATION", "DELETE_ON_CANCELLATION", "NO_EXTERNALIZED_CHECKPOINTS"]
  ],
  ["execution.runtime-mode", ["STREAMING", "BATCH", "AUTOMATIC"]],
  [
    "state.backend.rocksdb.predefined-options",
    ["DEFAULT", "SPINNING_DISK_OPTIMIZED", "SPINNING_DISK_OPTIMIZED_HIGH_MEM", "FLASH_SSD_OPTIMIZED"]
  ],
  ["state.backend.rocksdb.timer-service.factory", ["HEAP", "ROCKSDB"]],
  // Flink's set.q: 'unknown' → "Failed to set key table.sql-dialect with value unknown. No enum
  // constant org.apache.flink.table.api.SqlDialect.UNKNOWN" (the 2.2 gateway, as plan's EXPLAIN says).
  ["table.sql-dialect", ["DEFAULT", "HIVE"]]
]);
var STATE_BACKENDS = ["hashmap", "rocksdb", "forst", "jobmanager", "filesystem"];
var STATE_BACKEND_OPTIONS = /* @__PURE__ */ new Set(["state.backend.type", "state.backend"]);
var meantBoolean = (function meantBoolean(text) {
  const t = text.trim().toLowerCase();
  if (["yes", "y", "on", "1"].includes(t)) return true;
  if (["no", "n", "off", "0"].includes(t)) return false;
  return void 0;
});
var optionValueProblem = (function optionValueProblem(key, text) {
  if (text.includes("${")) return void 0;
  if (DURATION_OPTIONS.has(key) && !isFlinkDuration(text))
    return {
      summary: `"${text}" is not a duration (option ${key})`,
      detail: "Flink reads a number and a unit: e.g. 30 s, 500 ms, 5 min, 1 h, 7 d (a bare number is milliseconds)."
    };
  if (INTEGER_OPTIONS.has(key) && !(/^[+-]?\d{1,10}$/.test(text.trim()) && Math.abs(Number(text)) <= 2 ** 31 - 1))
    return {
      summary: `"${text}" is not a whole number (option ${key})`,
      detail: `Flink refuses the job ("Failed to set key ${key} with value ${text}"): write a whole number, e.g. 4.`
    };
  const names = ENUM_OPTIONS.get(key);
  if (names && !names.some((n) => n.toLowerCase() === text.trim().toLowerCase())) {
    const near = closest(text.trim(), names, 3, true);
    return {
      summary: `"${text}" is not a value of option ${key}`,
      detail: `Flink refuses the job when apply submits it ("Could not parse value '${text}' for key '${key}'"), after an upgrade has stopped the running one: ${near ? `did you mean ${near}? ` : ""}it takes ${names.join(", ")}.`
    };
  }
  const backend = text.trim().toLowerCase();
  if (STATE_BACKEND_OPTIONS.has(key) && !backend.includes(".") && !STATE_BACKENDS.includes(backend)) {
    const near = closest(backend, STATE_BACKENDS, 3);
    return {
      summary: `"${text}" is not a state backend (option ${key})`,
      detail: `Flink loads a name it does not know as a StateBackendFactory class and fails the job it starts ("ClassNotFoundException: ${text}"; an upgrade has stopped the running job by then): ${near ? `did you mean ${near}? ` : ""}write hashmap, rocksdb (forst on Flink 2.x), or a factory's class name.`
    };
  }
  if (BOOLEAN_OPTIONS.has(key) && !/^(true|false)$/i.test(text.trim())) {
    const meant = meantBoolean(text);
    return {
      summary: `"${text}" is not true or false (option ${key})`,
      detail: `Flink takes only true or false here and refuses the job ("Unrecognized option for boolean: ${text}")` + (meant === void 0 ? ": write true or false." : `: write ${meant} (YAML reads an unquoted yes, on or off as text).`)
    };
  }
  return void 0;
});
var checkOptionValues = (function checkOptionValues(config, y2, path, diags) {
  for (const [k2, v2] of Object.entries(config ?? {})) {
    if (typeof v2 === "boolean") continue;
    const problem = optionValueProblem(k2, String(v2));
    if (problem) diags.push(error("FO264", problem.summary, problem.detail, y2.locate([...path, k2])));
  }
});
var checkParallelism = (function checkParallelism(project, config, envs) {
  const diags = [];
  const sources = new Map(project.loaded.jobs.map((j2) => [j2.name, j2.yaml]));
  for (const job of project.jobs) {
    const seen2 = /* @__PURE__ */ new Set();
    for (const env of envs) {
      const layers = [
        { settings: config.defaults, y: project.loaded.config, path: ["defaults"] },
        { settings: job.settings, y: sources.get(job.name), path: [] },
        {
          settings: config.environments[env]?.jobs?.[job.name],
          y: project.loaded.config,
          path: ["environments", env, "jobs", job.name]
        }
      ];
      const last = (key2) => layers.filter((l) => typeof l.settings?.[key2] === "number").at(-1);
      const p = last("parallelism");
      const m = last("maxParallelism");
      const cap = config.policy?.maxParallelism?.[env];
      if (p && typeof cap === "number" && p.settings.parallelism > cap) {
        const where3 = p.y?.locate([...p.path, "parallelism"]);
        const key2 = `policy\0${env}\0${where3?.file}:${where3?.start.line}`;
        if (!seen2.has(key2)) {
          seen2.add(key2);
          diags.push(
            warning(
              "FO683",
              `Job ${job.name} has parallelism ${p.settings.parallelism} in environment ${env}, above policy.maxParallelism.${env} (${cap})`,
              `plan refuses the job's changes in ${env} (FO623) until it is at most ${cap}: lower parallelism (environments.${env}.jobs.${job.name}.parallelism sets it for ${env} alone), or raise the maximum in a reviewed change.`,
              where3
            )
          );
        }
      }
      if (!p || !m) continue;
      const parallelism = p.settings.parallelism;
      const max = m.settings.maxParallelism;
      if (parallelism <= max) continue;
      const where2 = p.y?.locate([...p.path, "parallelism"]);
      const key = `${where2?.file}:${where2?.start.line}`;
      if (seen2.has(key)) continue;
      seen2.add(key);
      diags.push(
        error(
          "FO258",
          `Job ${job.name} has parallelism ${parallelism}, above its maxParallelism ${max}${envs.length > 1 ? ` (environment ${env})` : ""}`,
          `Flink refuses to run more parallel instances than key groups. Lower parallelism to at most ${max}, or raise maxParallelism (which makes keyed state incompatible with old savepoints).`,
          where2
        )
      );
    }
  }
  return diags;
});
var checkDeprecatedHealthKeys = (function checkDeprecatedHealthKeys(project, config) {
  const diags = [];
  const sources = new Map(project.loaded.jobs.map((j2) => [j2.name, j2.yaml]));
  const layers = [
    { settings: config.defaults, y: project.loaded.config, path: ["defaults"] },
    ...project.jobs.map((job) => ({ settings: job.settings, y: sources.get(job.name), path: [] })),
    ...Object.entries(config.environments).flatMap(
      ([env, spec]) => Object.entries(spec?.jobs ?? {}).map(([job, settings]) => ({
        settings,
        y: project.loaded.config,
        path: ["environments", env, "jobs", job]
      }))
    )
  ];
  for (const l of layers) {
    const h = l.settings?.health;
    if (h?.maxBackpressure === void 0) continue;
    diags.push(
      warning(
        "FO265",
        "maxBackpressure is the former spelling of the health rule maxBackPressure",
        h.maxBackPressure !== void 0 ? "Both spellings are set here and maxBackPressure is used: remove maxBackpressure." : "It is still read as maxBackPressure; rename the key to maxBackPressure (capital P), the spelling the schema and the documentation use.",
        l.y?.locate([...l.path, "health", "maxBackpressure"], "key")
      )
    );
  }
  return diags;
});
var CHANGELOG = "state.changelog.enabled";
var CHANGELOG_STORAGE = "state.changelog.storage";
var CHANGELOG_PATH = "state.changelog.dstl.dfs.base-path";
var checkChangelogStorage = (function checkChangelogStorage(project, config, envs) {
  const byPlace = /* @__PURE__ */ new Map();
  const sources = new Map(project.loaded.jobs.map((j2) => [j2.name, j2.yaml]));
  const scopes = envs.length > 0 ? [...envs] : [void 0];
  for (const job of project.jobs) {
    for (const env of scopes) {
      const environment = env === void 0 ? void 0 : config.environments[env];
      const layers = [
        { config: config.defaults?.config, y: project.loaded.config, path: ["defaults", "config"] },
        ...env === void 0 ? [] : [
          {
            config: environment?.config,
            y: project.loaded.config,
            path: ["environments", env, "config"]
          }
        ],
        { config: job.settings.config, y: sources.get(job.name), path: ["config"] },
        ...env === void 0 ? [] : [
          {
            config: environment?.jobs?.[job.name]?.config,
            y: project.loaded.config,
            path: ["environments", env, "jobs", job.name, "config"]
          }
        ]
      ];
      const last = (key2) => layers.filter((l) => l.config?.[key2] !== void 0 && l.config[key2] !== null).at(-1);
      const enabled = last(CHANGELOG);
      if (!enabled || String(enabled.config[CHANGELOG]).trim().toLowerCase() !== "true") continue;
      const ignored = [CHANGELOG_STORAGE, CHANGELOG_PATH].filter((k2) => last(k2) !== void 0);
      const where2 = enabled.y?.locate([...enabled.path, CHANGELOG]);
      const key = `${where2?.file}:${where2?.start.line}:${where2?.start.column}\0${ignored.join(",")}`;
      const found = byPlace.get(key) ?? { jobs: [], ignored, where: where2 };
      if (!found.jobs.includes(job.name)) found.jobs.push(job.name);
      byPlace.set(key, found);
    }
  }
  const diags = [];
  for (const { jobs, ignored, where: where2 } of byPlace.values()) {
    const who = jobs.length === 1 ? `Job ${jobs[0]} enables` : `Jobs ${jobs.join(", ")} enable`;
    diags.push(
      warning(
        "FO686",
        ignored.length > 0 ? `${who} the changelog state backend with ${ignored.join(" and ")} in the job's config, which Flink ignores: the TaskManagers' configuration chooses the changelog storage (memory unless it says otherwise)` : `${who} the changelog state backend: its changes are kept in memory unless the TaskManagers' configuration sets ${CHANGELOG_STORAGE}: filesystem`,
        `Flink takes ${CHANGELOG_STORAGE} and ${CHANGELOG_PATH} from each TaskManager's own configuration (its config.yaml or flink-conf.yaml), never from the job's. The default storage, memory, keeps the state changes in the TaskManager's memory, for tests: a restore after a lost TaskManager finds none of them. Set ${CHANGELOG_STORAGE}: filesystem and ${CHANGELOG_PATH}: <a durable folder, e.g. s3://bucket/changelog> in the cluster's configuration${ignored.length > 0 ? ` (and remove them from the job's config)` : ""}, or turn the changelog off. validate cannot see the cluster's configuration: /jobs/<id>/checkpoints/config shows what a running job got (changelog_storage). An upgrade, resume or rollback restores such a job in LEGACY claim mode, not NO_CLAIM: Flink's changelog backend cannot take the full first checkpoint NO_CLAIM forces (the job would fail it and restart from the savepoint over and over); LEGACY keeps the savepoint, which stays the rollback point. Where the cluster's configuration turns the changelog on instead, set state.changelog.enabled: true in the job's config too, so that flinkops restores it that way.`,
        where2
      )
    );
  }
  return diags;
});

// src/validate/flink-options.ts
var KNOWN = /* @__PURE__ */ new Set([
  ...DURATION_OPTIONS,
  ...INTEGER_OPTIONS,
  ...BOOLEAN_OPTIONS,
  "execution.checkpointing.mode",
  "execution.checkpointing.externalized-checkpoint-retention",
  "execution.checkpointing.aligned-checkpoint-timeout",
  "execution.checkpointing.dir",
  "execution.checkpointing.savepoint-dir",
  "execution.checkpointing.num-retained",
  "execution.runtime-mode",
  "state.backend",
  "state.backend.type",
  "state.checkpoints.dir",
  "state.savepoints.dir",
  "state.checkpoints.num-retained",
  "state.backend.rocksdb.predefined-options",
  "restart-strategy",
  "restart-strategy.type",
  "restart-strategy.exponential-delay.backoff-multiplier",
  "restart-strategy.exponential-delay.jitter-factor",
  "restart-strategy.exponential-delay.attempts-before-reset-backoff",
  "pipeline.global-job-parameters",
  "pipeline.jars",
  "pipeline.classpaths",
  "table.exec.mini-batch.size",
  "table.exec.sink.not-null-enforcer",
  "table.exec.sink.upsert-materialize",
  "table.exec.sink.keyed-shuffle",
  "table.exec.async-lookup.buffer-capacity",
  "table.exec.async-lookup.output-mode",
  "table.exec.uid.format",
  "table.exec.uid.generation",
  "table.exec.legacy-cast-behaviour",
  "table.exec.window-agg.buffer-size-limit",
  "table.optimizer.agg-phase-strategy",
  "table.optimizer.distinct-agg.split.bucket-num",
  "table.local-time-zone",
  "table.sql-dialect",
  "table.generated-code.max-length"
]);
var flinkOptionTypo = (function flinkOptionTypo(key) {
  if (key.length < 8 || KNOWN.has(key)) return void 0;
  return closest(key, KNOWN, 2);
});

// src/core/zone-offsets.json
var zone_offsets_default = {
  comment: "Written by scripts/time-zones.mjs; read by src/core/zone-clock.ts.",
  tz: "2026c",
  icu: "78.3",
  from: 23667840,
  to: 39447360,
  histories: [
    "0",
    "50",
    "1o",
    "3c",
    "3c,2lsko:50,5m6c:3c,5m9o:50,5tyc:3c,5eho:50,5tyc:3c,5eho:50,5tyc:3c,5m9o:50,5m6c:3c,5m9o:50,5m6c:3c,5m9o:50,5m6c:3c,5m9o:50,5tyc:3c,5eho:50,5tyc:3c,5m9o:50,5m6c:3c,5m9o:50,5m6c:3c,5m9o:50,5m6c:3c,5m9o:50,5m6c:3c,5m9o:50,5tyc:3c,5eho:50,5tyc:3c,5m9o:50,5m6c:3c,5m9o:50,5m6c:3c,5m9o:50,5m6c:3c,5m9o:50,5tyc:3c,5eho:50,5tyc:3c,5eho:50,5tyc:3c,5m9o:50,5m6c:3c",
    "0,2orc:1o,2dk0:0,12w0:1o,30w0:0,4r40:1o,25s0:0,12w0:1o,3gg0:0,4jc0:1o,1q80:0,1ao0:1o,3o80:0,4jc0:1o,1ig0:0,12w0:1o,9xs0:0,12w0:1o,9q00:0,1ao0:1o,9q00:0,12w0:1o,9q00:0,1ao0:1o,9q00:0,12w0:1o,9xs0:0,12w0:1o,9q00:0,1ao0:1o,9q00:0,12w0:1o,5m6c:0",
    "1o,2opo:3c,6hc0:1o,4r40:3c,6p40:1o,4jc0:3c,6p40:1o,4jc0:3c,6p40:1o,4r40:3c,6hc0:1o,4r40:3c,6hc0:1o,4r40:3c,6p40:1o,4jc0:3c,6p40:1o,4jc0:3c,6p40:1o,4r40:3c,6hc0:1o,4r40:3c,6hc0:1o,4r40:3c,6hc0:1o,4r40:3c,6p40:1o,4jc0:3c,6p40:1o,4jc0:3c,6p40:1o,4r40:3c,6hc0:1o,4r40:3c,6hc0:1o,4r40:3c,6p40:1o,4jc0:3c,6p40:1o,4jc0:3c,6p40:1o,4jc0:3c,6p40:1o,4r40:3c,6hc0:1o,4r40:3c,6hc0:1o,4r40:3c,6p40:1o,4jc0:3c,6p40:1o,4jc0:3c,6p40:1o,4r40:3c,6hc0:1o,4r40:3c,6hc0:1o,4r40:3c,6hc0:1o,4r40:3c,6p40:1o",
    "50,1wlv0:3c",
    "50,vxv0:3c",
    "0,xtto:1o,b9k0:0",
    "3c,2wg0:1o,4r5o:3c,6hac:1o,4r5o:3c,6hac:1o,4r5o:3c",
    "-go,21w0:-f0,7cec:-go,43to:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,43to:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,43to:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,43to:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,43to:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,3w1o:-f0,7cec:-go,43to:-f0,7cec:-go",
    "-f0,21uc:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0",
    "-6o",
    "-50",
    "-50,2h10:-6o,61to:-50,5eec:-6o,5u1o:-50,5eec:-6o,5u1o:-50,5eec:-6o,61to:-50,56mc:-6o,61to:-50,56mc:-6o,61to:-50,5eec:-6o,5u1o:-50,5eec:-6o,5u1o:-50,5eec:-6o,5u1o:-50,5eec:-6o,61to:-50",
    "-a0,2wtc:-8c,69ic:-a0,4yxo:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4yxo:-8c,69ic:-a0,4yxo:-8c,69ic:-a0,4yxo:-8c,6hac:-a0,4r5o:-8c,6hac:-a0",
    "-a0",
    "-8c",
    "-bo,21r0:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo",
    "-50,1lx0:-6o,7cho:-50,3vyc:-6o,7cho:-50,3vyc:-6o,7cho:-50,3vyc:-6o,7zto:-50,38mc:-6o",
    "-a0,ytc:-8c",
    "-7i,f0bo:-6o",
    "-a0,21pc:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0",
    "-bo,2wv0:-a0,69ic:-bo,4yxo:-a0,6hac:-bo,4r5o:-a0,6hac:-bo,4r5o:-a0,6hac:-bo,4yxo:-a0,69ic:-bo,4yxo:-a0,69ic:-bo,4yxo:-a0,6hac:-bo,4r5o:-a0",
    "-bo,21r0:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,82z0:-bo,35h0:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo",
    "-50,ffp0:-6o,2t5o:-50,8fac:-6o,2t5o:-50,8fac:-6o,2t5o:-50,7cec:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4yxo:-50,69ic:-6o,4r5o:-50,6p2c:-6o,4r5o:-50",
    "-bo",
    "-dc,21so:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo",
    "-8c,21no:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c",
    "-bo,21r0:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0",
    "-dc,21so:-bo",
    "-6o,21m0:-50,7cec:-6o,43to:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,43to:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,43to:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,43to:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,43to:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,3w1o:-50,7cec:-6o,43to:-50,7cec:-6o",
    "-50,2opo:-3c,6hc0:-50,4r40:-3c,6p40:-50,4jc0:-3c,6p40:-50,4jc0:-3c,6p40:-50,4r40:-3c,6hc0:-50,4r40:-3c,6hc0:-50,4r40:-3c,6p40:-50,4jc0:-3c,6p40:-50,4jc0:-3c,bg80:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c",
    "-8c,21no:-6o,159ic:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c",
    "-8c,21kc:-6o,7cg0:-8c,43s0:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,43s0:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,43s0:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,43s0:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,43s0:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,3w00:-6o,7cg0:-8c,43s0:-6o,7cg0:-8c",
    "-dc,21so:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,43to:-bo,7cec:-dc",
    "-bo,2wv0:-a0,69ic:-bo,4yxo:-a0,6hac:-bo,4r5o:-a0,6hac:-bo,4r5o:-a0,6hac:-bo,4yxo:-a0,69ic:-bo,4yxo:-a0,69ic:-bo,4yxo:-a0,6hac:-bo,4r5o:-a0,6hac:-bo",
    "-dc,9e8o:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,9pyc:-f0,1iho:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,3w1o:-dc,7cec:-f0,43to:-dc,7cec:-f0",
    "-50,21kc:-3c,7cec:-50,43to:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,43to:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,43to:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,43to:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,43to:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,3w1o:-3c,7cec:-50,43to:-3c,7cec:-50",
    "-3c,21io:-50",
    "-3c",
    "-bo,21r0:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,3w1o:-a0,7cec:-bo,43to:-a0,7cec:-bo,3w1o:-a0,b8ec:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,3w1o:-8c,7cec:-a0,43to:-8c,7cec:-a0",
    "-8c,21no:-6o,7cec:-8c,fc9o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,3w1o:-6o,7cec:-8c,43to:-6o,7cec:-8c",
    "-50,ffp0:-6o,2t5o:-50",
    "-50,ffp0:-6o,2t5o:-50,8fac:-6o,2t5o:-50,8fac:-6o,2t5o:-50,7cec:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4yxo:-50,69ic:-6o,4r5o:-50,6p2c:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6p2c:-6o,4jdo:-50,6p2c:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6p2c:-6o,4jdo:-50,6p2c:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6p2c:-6o,4jdo:-50,6p2c:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50,6hac:-6o,4r5o:-50",
    "-3c,1lvc:-50,7cho:-3c,3vyc:-50,7cho:-3c,3vyc:-50,7cho:-3c,3vyc:-50,7zto:-3c,38mc:-50",
    "-1o,2opo:0,6hc0:-1o,4r40:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,b8g0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4jc0:-1o,6p40:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6hc0:-3c,4r40:-1o,6p40:-3c",
    "-5u,21l6:-46,7cec:-5u,43to:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,43to:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,43to:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,43to:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,43to:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,3w1o:-46,7cec:-5u,43to:-46,7cec:-5u",
    "-dc,21so:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,43to:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo,7cec:-dc,3w1o:-bo",
    "dc,kcyo:ic,fl5o:dc,6hh0:ic,4ypc:dc,67h0:ic,4t70:dc,6hc1:ic,4yqz:dc,69p1:ic,4yqz:dc,69p1:ic,4vjz:dc",
    "bo",
    "go",
    "ic,2w2o:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5u00:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5u00:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5u00:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5u00:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5u00:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic,5m80:go,5m80:ic",
    "8c",
    "lo,2vzc:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5m80:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,61s0:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5m80:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5m80:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5m80:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo,5u00:k0,5eg0:lo",
    "0,2opo:3c,6hc0:0,4r40:3c,6p40:0,4jc0:3c,6p40:0,4jc0:3c,6p40:0,4r40:3c,6hc0:0,4r40:3c,6hc0:0,4r40:3c,6p40:0,4jc0:3c,6p40:0,4jc0:3c,6p40:0,4r40:3c,6hc0:0,4r40:3c,6hc0:0,4r40:3c,6hc0:0,4r40:3c,6p40:0,4jc0:3c,6p40:0,4jc0:3c,6p40:0,4r40:3c,6hc0:0,4r40:3c,6hc0:0,4r40:3c,6p40:0,4jc0:3c,6p40:0,4jc0:3c,6p40:0,4jc0:3c,6p40:0,4r40:3c,6hc0:0,4r40:3c,6hc0:0,4r40:3c,6p40:0,4jc0:3c,6p40:0,4jc0:3c,6p40:0,4r40:3c,6hc0:0,4r40:3c,6hc0:0,4r40:3c,6hc0:0,4r40:3c,6p40:0",
    "bo,2t0fo:8c",
    "a0,2vam0:8c",
    "3c,2mco:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,3o80:50",
    "k0",
    "6o,2oo0:8c,6hc0:6o",
    "a0,dwxc:bo",
    "3c,2oko:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c",
    "a0",
    "dc",
    "96",
    "dc,dwu0:f0",
    "3c,2mco:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50",
    "f0",
    "6o",
    "3c,2opo:50,6hc0:3c,4r40:50,hxk0:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c",
    "3c,2ngo:50,6g80:3c,4s9o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4q00:50,6iec:3c,4r5o:50,6hc0:3c,4r40:50,6o00:3c,4lk0:50,6o1o:3c,5m9o:50,5m6c:3c,5eho:50,5tyc:3c,56po:50,61qc:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,6hac:3c,4r5o:50,6hac:3c,4r5o:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4jdo:50,6p2c:3c,4r5o:50,69ic:3c,4yxo:50,61qc:3c,56po:50,5m6c:3c,5m9o:50,5eec:3c,5u1o:50,4yuc:3c,1iho:50,7qc:3c,4r5o:50,4jac:3c,1apo:50,nac:3c,4r5o:50,4bic:3c,1apo:50,v2c:3c,4r5o:50,3vyc:3c,1iho:50,12uc:3c,4r5o:50,3o6c:3c,1apo:50,1q6c:3c",
    "bo,2nbo:dc,5m30:bo,5md0:dc,5m30:bo",
    "3c,2mg0:50,6jic:3c,4oxo:50,6rac:3c,4h5o:50,6rac:3c,4h5o:50,6rac:3c,4oxo:50,6jic:3c,4oxo:50,6jic:3c,4oxo:50,6rac:3c,4h5o:50,6rac:3c,4h5o:50,6rac:3c,4oxo:50,6jic:3c,4oxo:50,6jic:3c,4oxo:50,6jic:3c,4oxo:50,6rac:3c,4h5o:50,6rac:3c,4h5o:50,6rac:3c,4oxo:50,6jic:3c,4oxo:50,6jic:3c,4oxo:50,6rac:3c,4h5o:50,6rac:3c,4h5o:50,6rac:3c,4h5o:50,6rac:3c,4oxo:50,6jic:3c,4oxo:50,6jic:3c,4oxo:50,6rac:3c,4h5o:50,6rac:3c,4h5o:50,6rac:3c,4oxo:50,6jic:3c,4oxo:50,6jic:3c,4oxo:50,6jic:3c,4oxo:50,6rac:3c",
    "7i",
    "9l",
    "go,eruo:ic",
    "3c,2opo:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c",
    "a0,hl5c:bo",
    "f0,6yp0:e6,uog0:f0",
    "a0,18qu0:8c",
    "au",
    "go,dwqo:ic",
    "ic",
    "5u,2gq6:7i,5oec:5u,5l5o:7i,5oec:5u,5m9o:7i,5oec:5u,5l5o:7i,5oec:5u,5l5o:7i,5oec:5u,5l5o:7i,5oec:5u,5m9o:7i,5oec:5u,5l5o:7i,5oec:5u",
    "a0,fuxc:bo",
    "dc,2na0:f0,5m30:dc,5md0:f0,5m30:dc",
    "-1o,2opo:0,6hc0:-1o,4r40:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6p40:-1o,4jc0:0,6p40:-1o,4jc0:0,6p40:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6hc0:-1o,4r40:0,6p40:-1o",
    "0,2opo:1o,6hc0:0,4r40:1o,6p40:0,4jc0:1o,6p40:0,4jc0:1o,6p40:0,4r40:1o,6hc0:0,4r40:1o,6hc0:0,4r40:1o,6p40:0,4jc0:1o,6p40:0,4jc0:1o,6p40:0,4r40:1o,6hc0:0,4r40:1o,6hc0:0,4r40:1o,6hc0:0,4r40:1o,6p40:0,4jc0:1o,6p40:0,4jc0:1o,6p40:0,4r40:1o,6hc0:0,4r40:1o,6hc0:0,4r40:1o,6p40:0,4jc0:1o,6p40:0,4jc0:1o,6p40:0,4jc0:1o,6p40:0,4r40:1o,6hc0:0,4r40:1o,6hc0:0,4r40:1o,6p40:0,4jc0:1o,6p40:0,4jc0:1o,6p40:0,4r40:1o,6hc0:0,4r40:1o,6hc0:0,4r40:1o,6hc0:0,4r40:1o,6p40:0",
    "-1o",
    "hi,2w3i:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5u00:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5u00:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5u00:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5u00:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5u00:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi,5m80:fu,5m80:hi",
    "fu",
    "el",
    "ic,2w10:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5u0u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5tz6:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5u0u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5u0u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5u0u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic,5m76:hi,5m8u:ic",
    "50,dx2c:6o",
    "3c,2oo0:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jdo:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c,4jc0:50,6p40:3c,4jc0:50,6p40:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6hc0:3c,4r40:50,6p40:3c",
    "3c,2opo:50,6ww0:3c,4bk0:50",
    "50,lp2c:6o",
    "50,1732c:6o,oeuc:50",
    "nc,2vzc:lo,5eg0:nc,5u00:lo,5eg0:nc,5u00:lo,5eg0:nc,5u00:lo,5m80:nc,5u00:lo,5eg0:nc,5u00:lo,5eg0:nc,5u00:lo",
    "mx,2vzc:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5m80:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,61s0:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5m80:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5m80:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5m80:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx,5u00:l9,5eg0:mx",
    "-8c,ffp0:-a0,2t5o:-8c,8fac:-a0,2t5o:-8c,8fac:-a0,2t5o:-8c,7cec:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4yxo:-8c,69ic:-a0,4r5o:-8c,6p2c:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6p2c:-a0,4jdo:-8c,6p2c:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6p2c:-a0,4jdo:-8c,6p2c:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6p2c:-a0,4jdo:-8c,6p2c:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c,6hac:-a0,4r5o:-8c",
    "lo",
    "lo,ifc:k0,8uw0:lo,2dk0:k0,92o0:lo,25s0:k0,92o0:lo,25s0:k0,92o0:lo,25s0:k0,9ag0:lo,1y00:k0,al40:lo,v40:k0",
    "-f0",
    "-go",
    "nc",
    "-fu",
    "-ic",
    "j6,8i86:ic,195ku:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5u00:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5u00:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5u00:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5u00:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0,5m80:ic,5m80:k0",
    "-dc",
    "lo,ktho:nc,25s0:lo"
  ],
  zones: {
    "Africa/Abidjan": 0,
    "Africa/Accra": 0,
    "Africa/Addis_Ababa": 1,
    "Africa/Algiers": 2,
    "Africa/Asmera": 1,
    "Africa/Bamako": 0,
    "Africa/Bangui": 2,
    "Africa/Banjul": 0,
    "Africa/Bissau": 0,
    "Africa/Blantyre": 3,
    "Africa/Brazzaville": 2,
    "Africa/Bujumbura": 3,
    "Africa/Cairo": 4,
    "Africa/Casablanca": 5,
    "Africa/Ceuta": 6,
    "Africa/Conakry": 0,
    "Africa/Dakar": 0,
    "Africa/Dar_es_Salaam": 1,
    "Africa/Djibouti": 1,
    "Africa/Douala": 2,
    "Africa/El_Aaiun": 5,
    "Africa/Freetown": 0,
    "Africa/Gaborone": 3,
    "Africa/Harare": 3,
    "Africa/Johannesburg": 3,
    "Africa/Juba": 7,
    "Africa/Kampala": 1,
    "Africa/Khartoum": 8,
    "Africa/Kigali": 3,
    "Africa/Kinshasa": 2,
    "Africa/Lagos": 2,
    "Africa/Libreville": 2,
    "Africa/Lome": 0,
    "Africa/Luanda": 2,
    "Africa/Lubumbashi": 3,
    "Africa/Lusaka": 3,
    "Africa/Malabo": 2,
    "Africa/Maputo": 3,
    "Africa/Maseru": 3,
    "Africa/Mbabane": 3,
    "Africa/Mogadishu": 1,
    "Africa/Monrovia": 0,
    "Africa/Nairobi": 1,
    "Africa/Ndjamena": 2,
    "Africa/Niamey": 2,
    "Africa/Nouakchott": 0,
    "Africa/Ouagadougou": 0,
    "Africa/Porto-Novo": 2,
    "Africa/Sao_Tome": 9,
    "Africa/Tripoli": 3,
    "Africa/Tunis": 2,
    "Africa/Windhoek": 10,
    "America/Adak": 11,
    "America/Anchorage": 12,
    "America/Anguilla": 13,
    "America/Antigua": 13,
    "America/Araguaina": 14,
    "America/Argentina/La_Rioja": 14,
    "America/Argentina/Rio_Gallegos": 14,
    "America/Argentina/Salta": 14,
    "America/Argentina/San_Juan": 14,
    "America/Argentina/San_Luis": 14,
    "America/Argentina/Tucuman": 14,
    "America/Argentina/Ushuaia": 14,
    "America/Aruba": 13,
    "America/Asuncion": 15,
    "America/Bahia": 14,
    "America/Bahia_Banderas": 16,
    "America/Barbados": 13,
    "America/Belem": 14,
    "America/Belize": 17,
    "America/Blanc-Sablon": 13,
    "America/Boa_Vista": 13,
    "America/Bogota": 18,
    "America/Boise": 19,
    "America/Buenos_Aires": 14,
    "America/Cambridge_Bay": 19,
    "America/Campo_Grande": 20,
    "America/Cancun": 21,
    "America/Caracas": 22,
    "America/Catamarca": 14,
    "America/Cayenne": 14,
    "America/Cayman": 18,
    "America/Chicago": 23,
    "America/Chihuahua": 24,
    "America/Ciudad_Juarez": 25,
    "America/Coral_Harbour": 18,
    "America/Cordoba": 14,
    "America/Costa_Rica": 17,
    "America/Coyhaique": 26,
    "America/Creston": 27,
    "America/Cuiaba": 20,
    "America/Curacao": 13,
    "America/Danmarkshavn": 0,
    "America/Dawson": 28,
    "America/Dawson_Creek": 27,
    "America/Denver": 19,
    "America/Detroit": 29,
    "America/Dominica": 13,
    "America/Edmonton": 30,
    "America/Eirunepe": 18,
    "America/El_Salvador": 17,
    "America/Fort_Nelson": 31,
    "America/Fortaleza": 14,
    "America/Glace_Bay": 32,
    "America/Godthab": 33,
    "America/Goose_Bay": 32,
    "America/Grand_Turk": 34,
    "America/Grenada": 13,
    "America/Guadeloupe": 13,
    "America/Guatemala": 17,
    "America/Guayaquil": 18,
    "America/Guyana": 13,
    "America/Halifax": 32,
    "America/Havana": 35,
    "America/Hermosillo": 27,
    "America/Indiana/Knox": 23,
    "America/Indiana/Marengo": 29,
    "America/Indiana/Petersburg": 29,
    "America/Indiana/Tell_City": 23,
    "America/Indiana/Vevay": 29,
    "America/Indiana/Vincennes": 29,
    "America/Indiana/Winamac": 29,
    "America/Indianapolis": 29,
    "America/Inuvik": 19,
    "America/Iqaluit": 29,
    "America/Jamaica": 18,
    "America/Jujuy": 14,
    "America/Juneau": 12,
    "America/Kentucky/Monticello": 29,
    "America/Kralendijk": 13,
    "America/La_Paz": 13,
    "America/Lima": 18,
    "America/Los_Angeles": 36,
    "America/Louisville": 29,
    "America/Lower_Princes": 13,
    "America/Maceio": 14,
    "America/Managua": 17,
    "America/Manaus": 13,
    "America/Marigot": 13,
    "America/Martinique": 13,
    "America/Matamoros": 23,
    "America/Mazatlan": 37,
    "America/Mendoza": 14,
    "America/Menominee": 23,
    "America/Merida": 16,
    "America/Metlakatla": 38,
    "America/Mexico_City": 16,
    "America/Miquelon": 39,
    "America/Moncton": 32,
    "America/Monterrey": 16,
    "America/Montevideo": 40,
    "America/Montserrat": 13,
    "America/Nassau": 29,
    "America/New_York": 29,
    "America/Nome": 12,
    "America/Noronha": 41,
    "America/North_Dakota/Beulah": 23,
    "America/North_Dakota/Center": 23,
    "America/North_Dakota/New_Salem": 23,
    "America/Ojinaga": 42,
    "America/Panama": 18,
    "America/Paramaribo": 14,
    "America/Phoenix": 27,
    "America/Port-au-Prince": 43,
    "America/Port_of_Spain": 13,
    "America/Porto_Velho": 13,
    "America/Puerto_Rico": 13,
    "America/Punta_Arenas": 44,
    "America/Rankin_Inlet": 23,
    "America/Recife": 14,
    "America/Regina": 17,
    "America/Resolute": 23,
    "America/Rio_Branco": 18,
    "America/Santarem": 14,
    "America/Santiago": 45,
    "America/Santo_Domingo": 13,
    "America/Sao_Paulo": 46,
    "America/Scoresbysund": 47,
    "America/Sitka": 12,
    "America/St_Barthelemy": 13,
    "America/St_Johns": 48,
    "America/St_Kitts": 13,
    "America/St_Lucia": 13,
    "America/St_Thomas": 13,
    "America/St_Vincent": 13,
    "America/Swift_Current": 17,
    "America/Tegucigalpa": 17,
    "America/Thule": 32,
    "America/Tijuana": 36,
    "America/Toronto": 29,
    "America/Tortola": 13,
    "America/Vancouver": 49,
    "America/Whitehorse": 28,
    "America/Winnipeg": 23,
    "America/Yakutat": 12,
    "Antarctica/Casey": 50,
    "Antarctica/Davis": 51,
    "Antarctica/DumontDUrville": 52,
    "Antarctica/Macquarie": 53,
    "Antarctica/Mawson": 54,
    "Antarctica/McMurdo": 55,
    "Antarctica/Palmer": 44,
    "Antarctica/Rothera": 14,
    "Antarctica/Syowa": 1,
    "Antarctica/Troll": 56,
    "Antarctica/Vostok": 57,
    "Arctic/Longyearbyen": 6,
    "Asia/Aden": 1,
    "Asia/Almaty": 58,
    "Asia/Amman": 59,
    "Asia/Anadyr": 60,
    "Asia/Aqtau": 54,
    "Asia/Aqtobe": 54,
    "Asia/Ashgabat": 54,
    "Asia/Atyrau": 54,
    "Asia/Baghdad": 1,
    "Asia/Bahrain": 1,
    "Asia/Baku": 61,
    "Asia/Bangkok": 51,
    "Asia/Barnaul": 62,
    "Asia/Beirut": 63,
    "Asia/Bishkek": 64,
    "Asia/Brunei": 65,
    "Asia/Calcutta": 66,
    "Asia/Chita": 67,
    "Asia/Colombo": 66,
    "Asia/Damascus": 68,
    "Asia/Dhaka": 64,
    "Asia/Dili": 69,
    "Asia/Dubai": 70,
    "Asia/Dushanbe": 54,
    "Asia/Famagusta": 71,
    "Asia/Gaza": 72,
    "Asia/Hebron": 72,
    "Asia/Hong_Kong": 65,
    "Asia/Hovd": 73,
    "Asia/Irkutsk": 65,
    "Asia/Jakarta": 51,
    "Asia/Jayapura": 69,
    "Asia/Jerusalem": 74,
    "Asia/Kabul": 75,
    "Asia/Kamchatka": 60,
    "Asia/Karachi": 54,
    "Asia/Katmandu": 76,
    "Asia/Khandyga": 69,
    "Asia/Krasnoyarsk": 51,
    "Asia/Kuala_Lumpur": 65,
    "Asia/Kuching": 65,
    "Asia/Kuwait": 1,
    "Asia/Macau": 65,
    "Asia/Magadan": 77,
    "Asia/Makassar": 65,
    "Asia/Manila": 65,
    "Asia/Muscat": 70,
    "Asia/Nicosia": 78,
    "Asia/Novokuznetsk": 51,
    "Asia/Novosibirsk": 79,
    "Asia/Omsk": 64,
    "Asia/Oral": 54,
    "Asia/Phnom_Penh": 51,
    "Asia/Pontianak": 51,
    "Asia/Pyongyang": 80,
    "Asia/Qatar": 1,
    "Asia/Qostanay": 58,
    "Asia/Qyzylorda": 81,
    "Asia/Rangoon": 82,
    "Asia/Riyadh": 1,
    "Asia/Saigon": 51,
    "Asia/Sakhalin": 83,
    "Asia/Samarkand": 54,
    "Asia/Seoul": 69,
    "Asia/Shanghai": 65,
    "Asia/Singapore": 65,
    "Asia/Srednekolymsk": 84,
    "Asia/Taipei": 65,
    "Asia/Tashkent": 54,
    "Asia/Tbilisi": 70,
    "Asia/Tehran": 85,
    "Asia/Thimphu": 64,
    "Asia/Tokyo": 69,
    "Asia/Tomsk": 86,
    "Asia/Ulaanbaatar": 87,
    "Asia/Urumqi": 64,
    "Asia/Ust-Nera": 52,
    "Asia/Vientiane": 51,
    "Asia/Vladivostok": 52,
    "Asia/Yakutsk": 69,
    "Asia/Yekaterinburg": 54,
    "Asia/Yerevan": 70,
    "Atlantic/Azores": 88,
    "Atlantic/Bermuda": 32,
    "Atlantic/Canary": 89,
    "Atlantic/Cape_Verde": 90,
    "Atlantic/Faeroe": 89,
    "Atlantic/Madeira": 89,
    "Atlantic/Reykjavik": 0,
    "Atlantic/South_Georgia": 41,
    "Atlantic/St_Helena": 0,
    "Atlantic/Stanley": 14,
    "Australia/Adelaide": 91,
    "Australia/Brisbane": 52,
    "Australia/Broken_Hill": 91,
    "Australia/Darwin": 92,
    "Australia/Eucla": 93,
    "Australia/Hobart": 53,
    "Australia/Lindeman": 52,
    "Australia/Lord_Howe": 94,
    "Australia/Melbourne": 53,
    "Australia/Perth": 65,
    "Australia/Sydney": 53,
    "Etc/GMT": 0,
    "Etc/UTC": 0,
    "Europe/Amsterdam": 6,
    "Europe/Andorra": 6,
    "Europe/Astrakhan": 95,
    "Europe/Athens": 78,
    "Europe/Belgrade": 6,
    "Europe/Berlin": 6,
    "Europe/Bratislava": 6,
    "Europe/Brussels": 6,
    "Europe/Bucharest": 78,
    "Europe/Budapest": 6,
    "Europe/Busingen": 6,
    "Europe/Chisinau": 96,
    "Europe/Copenhagen": 6,
    "Europe/Dublin": 89,
    "Europe/Gibraltar": 6,
    "Europe/Guernsey": 89,
    "Europe/Helsinki": 78,
    "Europe/Isle_of_Man": 89,
    "Europe/Istanbul": 97,
    "Europe/Jersey": 89,
    "Europe/Kaliningrad": 3,
    "Europe/Kiev": 78,
    "Europe/Kirov": 1,
    "Europe/Lisbon": 89,
    "Europe/Ljubljana": 6,
    "Europe/London": 89,
    "Europe/Luxembourg": 6,
    "Europe/Madrid": 6,
    "Europe/Malta": 6,
    "Europe/Mariehamn": 78,
    "Europe/Minsk": 1,
    "Europe/Monaco": 6,
    "Europe/Moscow": 1,
    "Europe/Oslo": 6,
    "Europe/Paris": 6,
    "Europe/Podgorica": 6,
    "Europe/Prague": 6,
    "Europe/Riga": 78,
    "Europe/Rome": 6,
    "Europe/Samara": 70,
    "Europe/San_Marino": 6,
    "Europe/Sarajevo": 6,
    "Europe/Saratov": 98,
    "Europe/Simferopol": 1,
    "Europe/Skopje": 6,
    "Europe/Sofia": 78,
    "Europe/Stockholm": 6,
    "Europe/Tallinn": 78,
    "Europe/Tirane": 6,
    "Europe/Ulyanovsk": 95,
    "Europe/Vaduz": 6,
    "Europe/Vatican": 6,
    "Europe/Vienna": 6,
    "Europe/Vilnius": 78,
    "Europe/Volgograd": 99,
    "Europe/Warsaw": 6,
    "Europe/Zagreb": 6,
    "Europe/Zurich": 6,
    GMT: 0,
    "Indian/Antananarivo": 1,
    "Indian/Chagos": 64,
    "Indian/Christmas": 51,
    "Indian/Cocos": 82,
    "Indian/Comoro": 1,
    "Indian/Kerguelen": 54,
    "Indian/Mahe": 70,
    "Indian/Maldives": 54,
    "Indian/Mauritius": 70,
    "Indian/Mayotte": 1,
    "Indian/Reunion": 70,
    "Pacific/Apia": 100,
    "Pacific/Auckland": 55,
    "Pacific/Bougainville": 84,
    "Pacific/Chatham": 101,
    "Pacific/Easter": 102,
    "Pacific/Efate": 84,
    "Pacific/Enderbury": 103,
    "Pacific/Fakaofo": 103,
    "Pacific/Fiji": 104,
    "Pacific/Funafuti": 60,
    "Pacific/Galapagos": 17,
    "Pacific/Gambier": 105,
    "Pacific/Guadalcanal": 84,
    "Pacific/Guam": 52,
    "Pacific/Honolulu": 106,
    "Pacific/Kiritimati": 107,
    "Pacific/Kosrae": 84,
    "Pacific/Kwajalein": 60,
    "Pacific/Majuro": 60,
    "Pacific/Marquesas": 108,
    "Pacific/Midway": 109,
    "Pacific/Nauru": 60,
    "Pacific/Niue": 109,
    "Pacific/Norfolk": 110,
    "Pacific/Noumea": 84,
    "Pacific/Pago_Pago": 109,
    "Pacific/Palau": 69,
    "Pacific/Pitcairn": 111,
    "Pacific/Ponape": 84,
    "Pacific/Port_Moresby": 52,
    "Pacific/Rarotonga": 106,
    "Pacific/Saipan": 52,
    "Pacific/Tahiti": 106,
    "Pacific/Tarawa": 60,
    "Pacific/Tongatapu": 112,
    "Pacific/Truk": 52,
    "Pacific/Wake": 60,
    "Pacific/Wallis": 60,
    UTC: 0
  }
};

// src/core/zone-clock.ts
var histories = /* @__PURE__ */ new Map();
var history = (function history(d, index) {
  let h = histories.get(index);
  if (!h) {
    const [first = "0", ...changes] = d.histories[index].split(",");
    h = { at: [d.from], offset: [Number.parseInt(first, 36)] };
    for (const c2 of changes) {
      const [delta = "", offset = ""] = c2.split(":");
      h.at.push(h.at[h.at.length - 1] + Number.parseInt(delta, 36));
      h.offset.push(Number.parseInt(offset, 36));
    }
    histories.set(index, h);
  }
  return h;
});
var zoneOffsetMinutes = (function zoneOffsetMinutes(tz, ms) {
  const d = zone_offsets_default.tz === process.versions.tz ? zone_offsets_default : void 0;
  const index = d?.zones[tz];
  if (!d || index === void 0) return void 0;
  const minute = Math.floor(ms / 6e4);
  if (!(minute >= d.from && minute < d.to)) return void 0;
  const { at, offset } = history(d, index);
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (at[mid] <= minute) lo = mid;
    else hi = mid - 1;
  }
  return offset[lo];
});
var wallClock = (function wallClock(tz, date) {
  const offset = zoneOffsetMinutes(tz, date.getTime());
  if (offset === void 0) return void 0;
  const w2 = new Date(date.getTime() + offset * 6e4);
  return {
    y: w2.getUTCFullYear(),
    m: w2.getUTCMonth() + 1,
    d: w2.getUTCDate(),
    h: w2.getUTCHours(),
    i: w2.getUTCMinutes(),
    s: w2.getUTCSeconds()
  };
});

// node_modules/croner/dist/croner.js
function g(s3, e, t, n = 0, r = 0, a = 0, i = 0) {
  let o = s3 >= 0 && s3 < 100, u = Date.UTC(o ? s3 + 400 : s3, e, t, n, r, a, i);
  return o ? u - 126227808e5 : u;
}
function D(s3) {
  return g(s3.y, s3.m - 1, s3.d, s3.h, s3.i, s3.s);
}
function w(s3, e) {
  return s3.y === e.y && s3.m === e.m && s3.d === e.d && s3.h === e.h && s3.i === e.i && s3.s === e.s;
}
function O(s3) {
  let e = s3.substring(9);
  return e.includes("Z") || e.includes("+") || e.includes("-");
}
function Z(s3, e) {
  let t = new Date(Date.parse(s3));
  if (isNaN(t)) throw new Error("Invalid ISO8601 passed to timezone parser.");
  return O(s3) ? { tp: T(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), "Etc/UTC"), ms: t.getUTCMilliseconds() } : { tp: T(t.getFullYear(), t.getMonth() + 1, t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), e), ms: t.getMilliseconds() };
}
function v(s3, e, t) {
  let { tp: n, ms: r } = Z(s3, e);
  return new Date(N(n, t).getTime() + r);
}
function N(s3, e) {
  let t = _(s3);
  if (t.kind === "single") return t.date;
  if (t.kind === "ambiguous") return t.earlier;
  if (e) throw new Error("Invalid date passed to fromTZ()");
  return t.after;
}
function _(s3) {
  let e = D(s3), t = (i) => R(new Date(i), s3.tz), n = e - t(e), r = y(new Date(n), s3.tz);
  if (w(r, s3)) {
    let i = D(r) - n, o = n - (t(n - E) - i);
    if (o < n && w(y(new Date(o), s3.tz), s3)) return { kind: "ambiguous", earlier: new Date(o), later: new Date(n) };
    let u = n + (i - t(n + E));
    return u > n && w(y(new Date(u), s3.tz), s3) ? { kind: "ambiguous", earlier: new Date(n), later: new Date(u) } : { kind: "single", date: new Date(n) };
  }
  let a = e - (D(r) - n);
  return w(y(new Date(a), s3.tz), s3) ? { kind: "single", date: new Date(a) } : { kind: "gap", before: new Date(Math.min(n, a)), after: new Date(Math.max(n, a)) };
}
var E = 3 * 36e5;
function R(s3, e) {
  return D(y(s3, e)) - (s3.getTime() - s3.getUTCMilliseconds());
}
function k(s3, e, t) {
  let n = R(new Date(s3), t);
  for (; e - s3 > 1e3; ) {
    let r = s3 + Math.floor((e - s3) / 2e3) * 1e3;
    R(new Date(r), t) === n ? s3 = r : e = r;
  }
  return e;
}
function U(s3, e) {
  let t = _(y(new Date(s3), e));
  if (t.kind === "ambiguous") return s3 < t.later.getTime() ? "earlier" : "later";
}
var H = g(1, 0, 1);
var S = 864e5;
var W = /* @__PURE__ */ new Map();
function y(s3, e) {
  const w$ = e === void 0 ? void 0 : wallClock(e, s3);
  if (w$) return T(w$.y, w$.m, w$.d, w$.h, w$.i, w$.s, e);
  if (e === void 0) return T(s3.getFullYear(), s3.getMonth() + 1, s3.getDate(), s3.getHours(), s3.getMinutes(), s3.getSeconds());
  let t = W.get(e), n;
  try {
    t || (t = new Intl.DateTimeFormat("en-US", { timeZone: e, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hour12: false }), W.set(e, t)), n = t.formatToParts(s3);
  } catch (i) {
    let o = i instanceof Error ? i.message : String(i);
    throw new RangeError(`toTZ: Invalid timezone '${e}' or date. Please provide a valid IANA timezone (e.g., 'America/New_York', 'Europe/Stockholm'). Original error: ${o}`);
  }
  let r = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (let i of n) (i.type === "year" || i.type === "month" || i.type === "day" || i.type === "hour" || i.type === "minute" || i.type === "second") && (r[i.type] = parseInt(i.value, 10));
  if (isNaN(r.year) || isNaN(r.month) || isNaN(r.day) || isNaN(r.hour) || isNaN(r.minute) || isNaN(r.second)) throw new Error(`toTZ: Failed to parse all date components from timezone '${e}'. This may indicate an invalid date or timezone configuration. Parsed components: ${JSON.stringify(r)}`);
  let a = s3.getTime() - H;
  return (a < -S || a < S && r.month === 12) && (r.year = 1 - r.year), r.hour === 24 && (r.hour = 0), { y: r.year, m: r.month, d: r.day, h: r.hour, i: r.minute, s: r.second, tz: e };
}
function T(s3, e, t, n, r, a, i) {
  return { y: s3, m: e, d: t, h: n, i: r, s: a, tz: i };
}
var x = [1, 2, 4, 8, 16];
var C = class s {
  pattern;
  timezone;
  mode;
  alternativeWeekdays;
  sloppyRanges;
  fixedTimeRule;
  second;
  minute;
  hour;
  day;
  month;
  dayOfWeek;
  year;
  lastDayOfMonth;
  lastWeekday;
  nearestWeekdays;
  starDOM;
  starDOW;
  starYear;
  useAndLogic;
  isFixedTime;
  constructor(e, t, n) {
    this.pattern = e, this.timezone = t, this.mode = n?.mode ?? "auto", this.alternativeWeekdays = n?.alternativeWeekdays ?? false, this.sloppyRanges = n?.sloppyRanges ?? false, this.fixedTimeRule = n?.fixedTimeRule ?? "single-value", this.second = Array(60).fill(0), this.minute = Array(60).fill(0), this.hour = Array(24).fill(0), this.day = Array(31).fill(0), this.month = Array(12).fill(0), this.dayOfWeek = Array(7).fill(0), this.year = [], this.lastDayOfMonth = false, this.lastWeekday = false, this.nearestWeekdays = Array(31).fill(0), this.starDOM = false, this.starDOW = false, this.starYear = false, this.useAndLogic = false, this.isFixedTime = false, this.parse();
  }
  parse() {
    if (!(typeof this.pattern == "string" || this.pattern instanceof String)) throw new TypeError("CronPattern: Pattern has to be of type string.");
    this.pattern.indexOf("@") >= 0 && (this.pattern = this.handleNicknames(this.pattern).trim());
    let e = this.pattern.match(/\S+/g) || [""], t = e.length;
    if (e.length < 5 || e.length > 7) throw new TypeError("CronPattern: invalid configuration format ('" + this.pattern + "'), exactly five, six, or seven space separated parts are required.");
    if (this.mode !== "auto") {
      let i;
      switch (this.mode) {
        case "5-part":
          i = 5;
          break;
        case "6-part":
          i = 6;
          break;
        case "7-part":
          i = 7;
          break;
        case "5-or-6-parts":
          i = [5, 6];
          break;
        case "6-or-7-parts":
          i = [6, 7];
          break;
        default:
          i = 0;
      }
      if (!(Array.isArray(i) ? i.includes(t) : t === i)) {
        let u = Array.isArray(i) ? i.join(" or ") : i.toString();
        throw new TypeError(`CronPattern: mode '${this.mode}' requires exactly ${u} parts, but pattern '${this.pattern}' has ${t} parts.`);
      }
    }
    if (e.length === 5 && e.unshift("0"), e.length === 6 && e.push("*"), this.pattern.indexOf("?") >= 0) for (let i = 0; i < e.length; i++) e[i] = e[i].replace(/\?/g, "*");
    if (e[3].toUpperCase() === "LW") this.lastWeekday = true, e[3] = "";
    else if (e[3].toUpperCase().indexOf("L") >= 0) {
      let i = e[3].split(",");
      if (i.length > 1 && i.some((o) => o.toUpperCase() === "LW")) throw new TypeError(`CronPattern: Syntax error, LW can not be in a list in day-of-month ('${e[3]}').`);
      if (i.some((o) => o === "" || o.toUpperCase() !== "L" && /l/i.test(o))) throw new TypeError("CronPattern: Syntax error, L has to be a value of its own in day-of-month ('" + e[3] + "').");
      e[3] = i.filter((o) => o.toUpperCase() !== "L").join(","), this.lastDayOfMonth = true;
    }
    if (e[3] == "*" && (this.starDOM = true), e[6] == "*" && (this.starYear = true), e[4].length >= 3 && (e[4] = this.replaceAlpha(e[4], s.MONTH_NAMES)), e[5].length >= 3 && (e[5] = this.alternativeWeekdays ? this.replaceAlpha(e[5], s.DAY_NAMES_QUARTZ) : this.replaceAlpha(e[5], s.DAY_NAMES)), e[5].startsWith("+") && (this.useAndLogic = true, e[5] = e[5].substring(1), e[5] === "")) throw new TypeError("CronPattern: Day-of-week field cannot be empty after '+' modifier.");
    switch (e[5] == "*" && (this.starDOW = true), this.mode) {
      case "5-part":
        e[0] = "0", e[6] = "*";
        break;
      case "6-part":
        e[6] = "*";
        break;
      case "5-or-6-parts":
        e[6] = "*";
        break;
      case "6-or-7-parts":
        break;
      case "7-part":
      case "auto":
        break;
    }
    this.throwAtIllegalCharacters(e), this.partToArray("second", e[0], 0, 1), this.partToArray("minute", e[1], 0, 1), this.partToArray("hour", e[2], 0, 1), this.partToArray("day", e[3], -1, 1), this.partToArray("month", e[4], -1, 1);
    let n = this.alternativeWeekdays ? -1 : 0;
    this.partToArray("dayOfWeek", e[5], n, 63), e[6] === "*" ? this.year = Array(1e4).fill(1) : (this.year = Array(1e4).fill(0), this.partToArray("year", e[6], 0, 1)), !this.alternativeWeekdays && this.dayOfWeek[7] && (this.dayOfWeek[0] = this.dayOfWeek[7]);
    let r = this.fixedTimeRule === "single-value", a = (i, o) => !i.includes("*") && !i.includes("/") && (!r || o.filter((u) => u).length === 1);
    this.isFixedTime = a(e[0], this.second) && a(e[1], this.minute) && a(e[2], this.hour);
  }
  partToArray(e, t, n, r) {
    let a = this[e];
    if (t === "" && !(e === "day" && (this.lastDayOfMonth || this.lastWeekday))) throw new TypeError("CronPattern: configuration entry " + e + " (" + t + ") is empty, check for trailing spaces.");
    if (t === "*") return a.fill(r);
    let i = t.split(",");
    if (i.length > 1) for (let o of i) this.partToArray(e, o, n, r);
    else t.includes("-") && t.includes("/") ? this.handleRangeWithStepping(t, e, n, r) : t.includes("-") ? this.handleRange(t, e, n, r) : t.includes("/") ? this.handleStepping(t, e, n, r) : t !== "" && this.handleNumber(t, e, n, r);
  }
  throwAtIllegalCharacters(e) {
    for (let t = 0; t < e.length; t++) if ((t === 3 ? /[^/*0-9,\-WwLl]+/ : t === 5 ? /[^/*0-9,\-#Ll]+/ : /[^/*0-9,\-]+/).test(e[t])) throw new TypeError("CronPattern: configuration entry " + t + " (" + e[t] + ") contains illegal characters.");
  }
  handleNumber(e, t, n, r) {
    let a = this.extractNth(e, t), i = e.toUpperCase().includes("W");
    if (t !== "day" && i) throw new TypeError("CronPattern: Nearest weekday modifier (W) only allowed in day-of-month.");
    i && (t = "nearestWeekdays");
    let o = i ? a[0].replace(/W$/i, "") : a[0], u = s.toNumber(o) + n;
    if (isNaN(u)) throw new TypeError("CronPattern: " + t + " is not a number: '" + e + "'");
    this.setPart(t, u, a[1] || r);
  }
  setPart(e, t, n) {
    if (!Object.prototype.hasOwnProperty.call(this, e)) throw new TypeError("CronPattern: Invalid part specified: " + e);
    if (e === "dayOfWeek") {
      if (t === 7 && (t = 0), t < 0 || t > 6) throw new RangeError("CronPattern: Invalid value for dayOfWeek: " + t);
      this.setNthWeekdayOfMonth(t, n);
      return;
    }
    if (e === "second" || e === "minute") {
      if (t < 0 || t >= 60) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "hour") {
      if (t < 0 || t >= 24) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "day" || e === "nearestWeekdays") {
      if (t < 0 || t >= 31) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "month") {
      if (t < 0 || t >= 12) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t);
    } else if (e === "year" && (t < 1 || t >= 1e4)) throw new RangeError("CronPattern: Invalid value for " + e + ": " + t + " (supported range: 1-9999)");
    this[e][t] = n;
  }
  static toNumber(e) {
    return /^\d+$/.test(e) ? parseInt(e, 10) : NaN;
  }
  validateNotNaN(e, t) {
    if (isNaN(e)) throw new TypeError(t);
  }
  validateRange(e, t, n, r, a) {
    if (e > t) throw new TypeError("CronPattern: From value is larger than to value: '" + a + "'");
    if (n !== void 0) {
      if (n === 0) throw new TypeError("CronPattern: Syntax error, illegal stepping: 0");
      if (n > this[r].length) throw new TypeError("CronPattern: Syntax error, steps cannot be greater than maximum value of part (" + this[r].length + ")");
    }
  }
  handleRangeWithStepping(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in ranges with stepping.");
    let a = this.extractNth(e, t), i = a[0].match(/^(\d+)-(\d+)\/(\d+)$/);
    if (i === null) throw new TypeError("CronPattern: Syntax error, illegal range with stepping: '" + e + "'");
    let [, o, u, l] = i, h = parseInt(o, 10) + n, m = parseInt(u, 10) + n, d = parseInt(l, 10);
    this.validateNotNaN(h, "CronPattern: Syntax error, illegal lower range (NaN)"), this.validateNotNaN(m, "CronPattern: Syntax error, illegal upper range (NaN)"), this.validateNotNaN(d, "CronPattern: Syntax error, illegal stepping: (NaN)"), this.validateRange(h, m, d, t, e);
    for (let p = h; p <= m; p += d) this.setPart(t, p, a[1] || r);
  }
  extractNth(e, t) {
    let n = e, r;
    if (n.includes("#")) {
      if (t !== "dayOfWeek") throw new Error("CronPattern: nth (#) only allowed in day-of-week field");
      let a = n.split("#");
      if (a.length !== 2 || a[1] === "") throw new TypeError("CronPattern: Syntax error, illegal nth weekday: '" + e + "'");
      n = a[0], r = a[1];
    } else if (n.toUpperCase().endsWith("L")) {
      if (t !== "dayOfWeek") throw new Error("CronPattern: L modifier only allowed in day-of-week field (use L alone for day-of-month)");
      r = "L", n = n.slice(0, -1);
    }
    return [n, r];
  }
  handleRange(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in a range.");
    let a = this.extractNth(e, t), i = a[0].split("-");
    if (i.length !== 2) throw new TypeError("CronPattern: Syntax error, illegal range: '" + e + "'");
    let o = s.toNumber(i[0]) + n, u = s.toNumber(i[1]) + n;
    this.validateNotNaN(o, "CronPattern: Syntax error, illegal lower range (NaN)"), this.validateNotNaN(u, "CronPattern: Syntax error, illegal upper range (NaN)"), this.validateRange(o, u, void 0, t, e);
    for (let l = o; l <= u; l++) this.setPart(t, l, a[1] || r);
  }
  handleStepping(e, t, n, r) {
    if (e.toUpperCase().includes("W")) throw new TypeError("CronPattern: Syntax error, W is not allowed in parts with stepping.");
    let a = this.extractNth(e, t), i = a[0].split("/");
    if (i.length !== 2) throw new TypeError("CronPattern: Syntax error, illegal stepping: '" + e + "'");
    if (this.sloppyRanges) i[0] === "" && (i[0] = "*");
    else {
      if (i[0] === "") throw new TypeError("CronPattern: Syntax error, stepping with missing prefix ('" + e + "') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");
      if (i[0] !== "*") throw new TypeError("CronPattern: Syntax error, stepping with numeric prefix ('" + e + "') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");
    }
    let o = 0;
    i[0] !== "*" && (o = s.toNumber(i[0]) + n, this.validateNotNaN(o, "CronPattern: Syntax error, illegal stepping start (NaN)"));
    let u = s.toNumber(i[1]);
    this.validateNotNaN(u, "CronPattern: Syntax error, illegal stepping: (NaN)"), this.validateRange(0, this[t].length - 1, u, t, e);
    for (let l = o; l < this[t].length; l += u) t === "year" && l === 0 || this.setPart(t, l, a[1] || r);
  }
  replaceAlpha(e, t) {
    let n = e;
    for (let [r, a] of Object.entries(t)) n = n.replace(new RegExp(r, "gi"), (i, o, u) => {
      let l = o + i.length - 3, h = u.charAt(l - 1), m = u.charAt(l + 3);
      if (/[a-z\d/#]/i.test(h) || /[a-km-z\d]/i.test(m)) throw new TypeError(`CronPattern: Syntax error, a month or day name has to stand alone ('${e}').`);
      return a;
    });
    return n;
  }
  static DAY_NAMES = { "-sun": "-7", sun: "0", mon: "1", tue: "2", wed: "3", thu: "4", fri: "5", sat: "6" };
  static DAY_NAMES_QUARTZ = { sun: "1", mon: "2", tue: "3", wed: "4", thu: "5", fri: "6", sat: "7" };
  static MONTH_NAMES = { jan: "1", feb: "2", mar: "3", apr: "4", may: "5", jun: "6", jul: "7", aug: "8", sep: "9", oct: "10", nov: "11", dec: "12" };
  static NICKNAME_MAP = { "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * SUN", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *" };
  handleNicknames(e) {
    let t = e.trim().toLowerCase();
    if (t === "@reboot") throw new TypeError("CronPattern: @reboot is not supported in this environment. This is an event-based trigger that requires system startup detection.");
    return s.NICKNAME_MAP[t] || e;
  }
  setNthWeekdayOfMonth(e, t) {
    if (typeof t != "number" && t.toUpperCase() === "L") this.dayOfWeek[e] = this.dayOfWeek[e] | 32;
    else if (t === 63) this.dayOfWeek[e] = 63;
    else if (t < 6 && t > 0) this.dayOfWeek[e] = this.dayOfWeek[e] | x[t - 1];
    else throw new TypeError(`CronPattern: nth weekday out of range, should be 1-5 or L. Value: ${t}, Type: ${typeof t}`);
  }
};
var B = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var f = [["month", "year", 0], ["day", "month", -1], ["hour", "day", 0], ["minute", "hour", 0], ["second", "minute", 0]];
var c = class s2 {
  tz;
  instantMs;
  instantFields;
  ms;
  second;
  minute;
  hour;
  day;
  month;
  year;
  constructor(e, t) {
    if (this.tz = t, e && e instanceof Date) if (!isNaN(e)) this.fromDate(e);
    else throw new TypeError("CronDate: Invalid date passed to CronDate constructor");
    else if (e == null) this.fromDate(/* @__PURE__ */ new Date());
    else if (e && typeof e == "string") this.fromString(e);
    else if (e instanceof s2) this.fromCronDate(e);
    else throw new TypeError("CronDate: Invalid type (" + typeof e + ") passed to CronDate constructor");
  }
  getLastDayOfMonth(e, t) {
    return t !== 1 ? B[t] : new Date(g(e, t + 1, 0)).getUTCDate();
  }
  getLastWeekday(e, t) {
    let n = this.getLastDayOfMonth(e, t), a = new Date(g(e, t, n)).getUTCDay();
    return a === 0 ? n - 2 : a === 6 ? n - 1 : n;
  }
  getNearestWeekday(e, t, n) {
    let r = this.getLastDayOfMonth(e, t);
    if (n > r) return -1;
    let i = new Date(g(e, t, n)).getUTCDay();
    return i === 0 ? n === r ? n - 2 : n + 1 : i === 6 ? n === 1 ? n + 2 : n - 1 : n;
  }
  isNthWeekdayOfMonth(e, t, n, r) {
    let i = new Date(g(e, t, n)).getUTCDay(), o = 0;
    for (let u = 1; u <= n; u++) new Date(g(e, t, u)).getUTCDay() === i && o++;
    if (r & 63 && x[o - 1] & r) return true;
    if (r & 32) {
      let u = this.getLastDayOfMonth(e, t);
      for (let l = n + 1; l <= u; l++) if (new Date(g(e, t, l)).getUTCDay() === i) return false;
      return true;
    }
    return false;
  }
  fromDate(e) {
    if (this.tz !== void 0) if (typeof this.tz == "number") this.ms = e.getUTCMilliseconds(), this.second = e.getUTCSeconds(), this.minute = e.getUTCMinutes() + this.tz, this.hour = e.getUTCHours(), this.day = e.getUTCDate(), this.month = e.getUTCMonth(), this.year = e.getUTCFullYear(), this.apply();
    else try {
      let t = y(e, this.tz);
      this.ms = e.getMilliseconds(), this.second = t.s, this.minute = t.i, this.hour = t.h, this.day = t.d, this.month = t.m - 1, this.year = t.y, this.cacheInstant(e.getTime() - this.ms);
    } catch (t) {
      let n = t instanceof Error ? t.message : String(t);
      throw new TypeError(`CronDate: Failed to convert date to timezone '${this.tz}'. This may happen with invalid timezone names or dates. Original error: ${n}`);
    }
    else this.ms = e.getMilliseconds(), this.second = e.getSeconds(), this.minute = e.getMinutes(), this.hour = e.getHours(), this.day = e.getDate(), this.month = e.getMonth(), this.year = e.getFullYear(), this.cacheInstant(e.getTime() - this.ms);
  }
  cacheInstant(e) {
    this.instantMs = e;
    let { year: t, month: n, day: r, hour: a, minute: i, second: o } = this;
    this.instantFields = [t, n, r, a, i, o, this.tz];
  }
  cachedInstant() {
    let e = this.instantFields;
    if (!(e === void 0 || e[6] !== this.tz) && !(e[5] !== this.second || e[4] !== this.minute || e[3] !== this.hour) && !(e[2] !== this.day || e[1] !== this.month || e[0] !== this.year)) return this.instantMs;
  }
  fromCronDate(e) {
    this.tz = e.tz, this.year = e.year, this.month = e.month, this.day = e.day, this.hour = e.hour, this.minute = e.minute, this.second = e.second, this.ms = e.ms, this.instantMs = e.instantMs, this.instantFields = e.instantFields;
  }
  apply() {
    if (this.month > 11 || this.month < 0 || this.day > this.getLastDayOfMonth(this.year, this.month) || this.day < 1 || this.hour > 23 || this.minute > 59 || this.second > 59 || this.hour < 0 || this.minute < 0 || this.second < 0) {
      let e = /* @__PURE__ */ new Date(0);
      return e.setUTCFullYear(this.year, this.month, this.day), e.setUTCHours(this.hour, this.minute, this.second, this.ms), this.ms = e.getUTCMilliseconds(), this.second = e.getUTCSeconds(), this.minute = e.getUTCMinutes(), this.hour = e.getUTCHours(), this.day = e.getUTCDate(), this.month = e.getUTCMonth(), this.year = e.getUTCFullYear(), true;
    } else return false;
  }
  fromString(e) {
    if (typeof this.tz == "number") {
      if (O(e)) return this.fromDate(v(e));
      let t = v(e, "Etc/UTC");
      this.ms = t.getUTCMilliseconds(), this.second = t.getUTCSeconds(), this.minute = t.getUTCMinutes(), this.hour = t.getUTCHours(), this.day = t.getUTCDate(), this.month = t.getUTCMonth(), this.year = t.getUTCFullYear(), this.apply();
    } else return this.fromDate(v(e, this.tz));
  }
  findNext(e, t, n, r) {
    return this._findMatch(e, t, n, r, 1);
  }
  _matchDayValue(e, t, n, r) {
    let a = e;
    if (!a) {
      for (let i = 0; i < n.nearestWeekdays.length; i++) if (n.nearestWeekdays[i]) {
        let o = this.getNearestWeekday(this.year, this.month, i + 1);
        if (o !== -1 && o === t) {
          a = 1;
          break;
        }
      }
    }
    if (n.lastWeekday) {
      let i = this.getLastWeekday(this.year, this.month);
      t === i && (a = 1);
    }
    if (n.lastDayOfMonth) {
      let i = this.getLastDayOfMonth(this.year, this.month);
      t === i && (a = 1);
    }
    if (!n.starDOW) {
      let i = new Date(g(this.year, this.month, 1, 0, 0, 0, 0)).getUTCDay(), o = n.dayOfWeek[(i + (t - 1)) % 7];
      o && o & 63 && (o = this.isNthWeekdayOfMonth(this.year, this.month, t, o) ? 1 : 0), n.useAndLogic ? a = a && o : !r.domAndDow && !n.starDOM ? a = a || o : a = a && o;
    }
    return a;
  }
  _findMatch(e, t, n, r, a) {
    let i = this[t], o = t === "day" ? this.getLastDayOfMonth(this.year, this.month) : 0, u = this[t] + r, l = a === 1 ? (h) => h < n[t].length : (h) => h >= 0;
    for (let h = u; l(h); h += a) {
      let m = n[t][h];
      if (t === "day") {
        if (h - r > o) continue;
        m = this._matchDayValue(m, h - r, n, e);
      }
      if (m) return this[t] = h - r, i !== this[t] ? 2 : 1;
    }
    return 3;
  }
  recurse(e, t, n) {
    let r = this.year, a = n;
    for (; typeof a == "number"; ) {
      if (e.starYear && Math.abs(this.year - r) > 400) return null;
      a = this.recurseStep(e, t, a);
    }
    return a;
  }
  recurseStep(e, t, n) {
    if (n === 0 && !e.starYear) {
      if (this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0) {
        let a = -1;
        for (let i = this.year + 1; i < e.year.length && i < 1e4; i++) if (e.year[i] === 1) {
          a = i;
          break;
        }
        if (a === -1) return null;
        this.year = a, this.month = 0, this.day = 1, this.hour = 0, this.minute = 0, this.second = 0, this.ms = 0;
      }
      if (this.year >= 1e4) return null;
    }
    let r = this.findNext(t, f[n][0], e, f[n][2]);
    if (r > 1) {
      let a = n + 1;
      for (; a < f.length; ) this[f[a][0]] = -f[a][2], a++;
      if (r === 3) {
        if (this[f[n][1]]++, this[f[n][0]] = -f[n][2], this.apply(), n === 0 && !e.starYear) {
          for (; this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0 && this.year < 1e4; ) this.year++;
          if (this.year >= 1e4 || this.year >= e.year.length) return null;
        }
        return 0;
      } else if (this.apply()) return n - 1;
    }
    return n += 1, n >= f.length ? this : (e.starYear ? this.year >= 3e3 : this.year >= 1e4) ? null : n;
  }
  increment(e, t, n) {
    return this.instantMs = void 0, this.instantFields = void 0, this.second += t.interval !== void 0 && t.interval > 1 && n ? t.interval : 1, this.ms = 0, this.apply(), this.recurse(e, t, 0);
  }
  decrement(e, t, n = true) {
    this.instantMs = void 0, this.instantFields = void 0;
    let r = t.interval !== void 0 && t.interval >= 1;
    return (this.ms === 0 || r) && (this.second -= r && n ? t.interval : 1), this.ms = 0, this.apply(), this.year < 1 ? null : this.recurseBackward(e, t, 0);
  }
  recurseBackward(e, t, n) {
    let r = this.year, a = n;
    for (; typeof a == "number"; ) {
      if (e.starYear && Math.abs(this.year - r) > 400) return null;
      a = this.recurseBackwardStep(e, t, a);
    }
    return a;
  }
  recurseBackwardStep(e, t, n) {
    if (n === 0 && !e.starYear) {
      if (this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0) {
        let a = -1;
        for (let i = this.year - 1; i >= 0; i--) if (e.year[i] === 1) {
          a = i;
          break;
        }
        if (a === -1) return null;
        this.year = a, this.month = 11, this.day = 31, this.hour = 23, this.minute = 59, this.second = 59, this.ms = 0;
      }
      if (this.year < 1) return null;
    }
    let r = this.findPrevious(t, f[n][0], e, f[n][2]);
    if (r > 1) {
      let a = n + 1;
      for (; a < f.length; ) {
        let i = f[a][0], o = f[a][2], u = this.getMaxPatternValue(i, e, o);
        this[i] = u, a++;
      }
      if (r === 3) {
        if (this[f[n][1]]--, n === 0) {
          let u = this.getLastDayOfMonth(this.year, this.month);
          this.day > u && (this.day = u);
        }
        if (n === 1) if (this.day <= 0) this.day = 1;
        else {
          let u = this.year, l = this.month;
          for (; l < 0; ) l += 12, u--;
          for (; l > 11; ) l -= 12, u++;
          let h = this.getLastDayOfMonth(u, l);
          this.day > h && (this.day = h);
        }
        this.apply();
        let i = f[n][0], o = f[n][2];
        if (this[i] = this.getMaxPatternValue(i, e, o), this.apply(), n === 0) {
          let u = f[1][2], l = this.getMaxPatternValue("day", e, u);
          l !== this.day && (this.day = l, this.hour = this.getMaxPatternValue("hour", e, f[2][2]), this.minute = this.getMaxPatternValue("minute", e, f[3][2]), this.second = this.getMaxPatternValue("second", e, f[4][2]));
        }
        if (n === 0 && !e.starYear) {
          for (; this.year >= 0 && this.year < e.year.length && e.year[this.year] === 0; ) this.year--;
          if (this.year < 1) return null;
        }
        return 0;
      } else if (this.apply()) return n - 1;
    }
    return n += 1, n >= f.length ? this : this.year < 1 ? null : n;
  }
  getMaxPatternValue(e, t, n) {
    let r = t[e].length - 1 - n;
    for (let a = t[e].length - 1; a >= 0; a--) if (t[e][a]) {
      r = a - n;
      break;
    }
    if (e === "day") {
      let a = this.getLastDayOfMonth(this.year, this.month);
      return t.lastWeekday || t.nearestWeekdays.some((i) => i) || t.lastDayOfMonth || !t.starDOW ? a : Math.min(r, a);
    }
    return r;
  }
  findPrevious(e, t, n, r) {
    return this._findMatch(e, t, n, r, -1);
  }
  getDate(e) {
    if (!e && typeof this.tz != "number") {
      let t = this.cachedInstant();
      if (t !== void 0) return new Date(t + (this.tz === void 0 ? this.ms : 0));
    }
    if (e || this.tz === void 0) {
      if (this.year >= 0 && this.year < 100) {
        let t = /* @__PURE__ */ new Date(0);
        return t.setFullYear(this.year, this.month, this.day), t.setHours(this.hour, this.minute, this.second, this.ms), t;
      }
      return new Date(this.year, this.month, this.day, this.hour, this.minute, this.second, this.ms);
    } else return typeof this.tz == "number" ? new Date(g(this.year, this.month, this.day, this.hour, this.minute - this.tz, this.second, this.ms)) : N(T(this.year, this.month + 1, this.day, this.hour, this.minute, this.second, this.tz), false);
  }
  getTime() {
    return this.getDate(false).getTime();
  }
  match(e, t) {
    if (!e.starYear && (this.year < 0 || this.year >= e.year.length || e.year[this.year] === 0)) return false;
    for (let n = 0; n < f.length; n++) {
      let r = f[n][0], a = f[n][2], i = this[r];
      if (i + a < 0 || i + a >= e[r].length) return false;
      let o = e[r][i + a];
      if (r === "day" && (o = this._matchDayValue(o, i, e, t)), !o) return false;
    }
    return true;
  }
};
function F(s3) {
  s3 === void 0 && (s3 = {}), delete s3.name, s3.legacyMode !== void 0 && s3.domAndDow === void 0 ? s3.domAndDow = !s3.legacyMode : s3.domAndDow === void 0 && (s3.domAndDow = false), s3.legacyMode = !s3.domAndDow;
  let e = (n, r) => n === void 0 ? r : n;
  if (s3.paused = e(s3.paused, false), s3.maxRuns = e(s3.maxRuns, 1 / 0), s3.catch = e(s3.catch, false), s3.unref = e(s3.unref, false), s3.mode = e(s3.mode, "auto"), s3.alternativeWeekdays = e(s3.alternativeWeekdays, false), s3.sloppyRanges = e(s3.sloppyRanges, false), s3.fixedTimeRule = e(s3.fixedTimeRule, "single-value"), s3.allowPast = e(s3.allowPast, false), s3.interval = s3.interval === void 0 ? 0 : parseInt(s3.interval.toString(), 10), s3.utcOffset = s3.utcOffset === void 0 ? void 0 : parseInt(s3.utcOffset.toString(), 10), s3.dayOffset = s3.dayOffset === void 0 ? 0 : parseInt(s3.dayOffset.toString(), 10), !["auto", "5-part", "6-part", "7-part", "5-or-6-parts", "6-or-7-parts"].includes(s3.mode)) throw new Error("CronOptions: mode must be one of 'auto', '5-part', '6-part', '7-part', '5-or-6-parts', or '6-or-7-parts'.");
  if (!["single-value", "no-wildcard"].includes(s3.fixedTimeRule)) throw new Error("CronOptions: fixedTimeRule must be one of 'single-value' or 'no-wildcard'.");
  s3.timezone === "" && (s3.timezone = void 0);
  let t = s3.timezone ?? s3.utcOffset;
  if (s3.startAt && (s3.startAt = I(new c(s3.startAt, t))), s3.stopAt && (s3.stopAt = I(new c(s3.stopAt, t))), s3.interval !== null) {
    if (isNaN(s3.interval)) throw new Error("CronOptions: Supplied value for interval is not a number");
    if (s3.interval < 0) throw new Error("CronOptions: Supplied value for interval can not be negative");
  }
  if (s3.utcOffset !== void 0) {
    if (isNaN(s3.utcOffset)) throw new Error("CronOptions: Invalid value passed for utcOffset, should be number representing minutes offset from UTC.");
    if (s3.utcOffset < -870 || s3.utcOffset > 870) throw new Error("CronOptions: utcOffset out of bounds.");
    if (s3.utcOffset !== void 0 && s3.timezone) throw new Error("CronOptions: Combining 'utcOffset' with 'timezone' is not allowed.");
  }
  if (s3.unref !== true && s3.unref !== false) throw new Error("CronOptions: Unref should be either true, false or undefined(false).");
  if (s3.dayOffset !== void 0 && s3.dayOffset !== 0 && isNaN(s3.dayOffset)) throw new Error("CronOptions: Invalid value passed for dayOffset, should be a number representing days to offset.");
  return s3;
}
function I(s3) {
  return s3.ms ? (s3.ms = 0, new c(new Date(s3.getTime() + 1e3), s3.tz)) : s3;
}
function b(s3) {
  return typeof s3 == "function";
}
function L(s3) {
  return b(s3);
}
function Y(s3) {
  typeof Deno < "u" && typeof Deno.unrefTimer < "u" ? Deno.unrefTimer(s3) : s3 && typeof s3.unref < "u" && s3.unref();
}
var P = 1440 * 60 * 1e3;
var $ = 30 * 1e3;
var M = [];
var j = class {
  name;
  options;
  _states;
  fn;
  _startAtRoundingMs = 0;
  getTz() {
    return this.options.timezone ?? this.options.utcOffset;
  }
  applyDayOffset(e) {
    let t = this._offsetMs();
    return t ? new Date(e.getTime() + t) : e;
  }
  _offsetMs() {
    return (this.options.dayOffset ?? 0) * P;
  }
  get _startAt() {
    return this.options.startAt;
  }
  get _stopAt() {
    return this.options.stopAt;
  }
  _nextTarget(e, t) {
    let n = this._offsetMs(), r = this._next(this._shift(e), new Date(t.getTime() - n), { startAt: this._shift(this._startAt), stopAt: this._shift(this._stopAt) });
    return r ? this.applyDayOffset(r.getDate(false)) : null;
  }
  _previousTarget(e, t) {
    let n = this._toMs(e ?? t) - this._offsetMs(), r = this._previous(new Date(n), { startAt: this._shift(this._startAt), stopAt: this._shift(this._stopAt) });
    return r ? this.applyDayOffset(r.getDate(false)) : null;
  }
  _shift(e) {
    if (e != null) return new c(new Date(this._toMs(e) - this._offsetMs()), this.getTz());
  }
  constructor(e, t, n) {
    let r, a;
    if (b(t)) a = t;
    else if (typeof t == "object") r = t;
    else if (t !== void 0) throw new Error("Cron: Invalid argument passed for optionsIn. Should be one of function, or object (options).");
    if (b(n)) a = n;
    else if (typeof n == "object") r = n;
    else if (n !== void 0) throw new Error("Cron: Invalid argument passed for funcIn. Should be one of function, or object (options).");
    this.name = r?.name;
    let i = r?.startAt;
    this.options = F(r), i && this._startAt && (this._startAtRoundingMs = this._startAt.getTime() - new c(i, this.getTz()).getTime());
    let o = !!e && (e instanceof Date || typeof e == "string" && e.indexOf(":") > 0);
    if (this._states = { kill: false, blocking: false, previousRun: void 0, currentRun: void 0, once: void 0, currentTimeout: void 0, maxRuns: r ? r.maxRuns : void 0, paused: r ? r.paused : false, pattern: o ? new C("* * * * *", void 0, { mode: "auto" }) : new C(e, this.options.timezone, { mode: this.options.mode, alternativeWeekdays: this.options.alternativeWeekdays, sloppyRanges: this.options.sloppyRanges, fixedTimeRule: this.options.fixedTimeRule }) }, o && (this._states.once = new c(e, this.getTz())), this.name) {
      if (M.find((l) => l.name === this.name)) throw new Error("Cron: Tried to initialize new named job '" + this.name + "', but name already taken.");
      M.push(this);
    }
    return a !== void 0 && L(a) && (this.fn = a, this.schedule()), this;
  }
  nextRun(e) {
    return this._nextTarget(e, /* @__PURE__ */ new Date());
  }
  nextRuns(e, t) {
    this._states.maxRuns !== void 0 && e > this._states.maxRuns && (e = this._states.maxRuns);
    let n = t || this._states.currentRun || void 0;
    return this._enumerateRuns(e, n, "next");
  }
  previousRuns(e, t) {
    return this._enumerateRuns(e, t || void 0, "previous");
  }
  enumerate(e) {
    return new A(this, e);
  }
  _enumerateRuns(e, t, n) {
    let r = [], a = /* @__PURE__ */ new Date(), i = t;
    for (; e-- > 0; ) {
      let o = n === "next" ? this._nextTarget(i, a) : this._previousTarget(i, a);
      if (!o) break;
      r.push(o), i = o;
    }
    return r;
  }
  match(e) {
    if (this._states.once) {
      let n = new c(e, this.getTz());
      n.ms = 0;
      let r = new c(this._states.once, this.getTz());
      return r.ms = 0, n.getTime() === r.getTime();
    }
    let t = new c(e, this.getTz());
    return t.ms = 0, t.match(this._states.pattern, this.options);
  }
  getPattern() {
    if (!this._states.once) return this._states.pattern ? this._states.pattern.pattern : void 0;
  }
  getOnce() {
    return this._states.once ? this._states.once.getDate() : null;
  }
  isRunning() {
    return !this._states.paused && !this._states.kill && this.fn !== void 0 && this._nextTarget(this._states.currentRun, /* @__PURE__ */ new Date()) !== null;
  }
  isStopped() {
    return this._states.kill;
  }
  isBusy() {
    return this._states.blocking;
  }
  currentRun() {
    return this._states.currentRun ? this._states.currentRun.getDate() : null;
  }
  previousRun() {
    return this._states.previousRun ? this._states.previousRun.getDate() : null;
  }
  msToNext(e) {
    let t = /* @__PURE__ */ new Date(), n = this._nextTarget(e, t);
    return n ? n.getTime() - this._toMs(e ?? t) : null;
  }
  stop() {
    this._states.kill = true, this._states.currentTimeout && clearTimeout(this._states.currentTimeout);
    let e = M.indexOf(this);
    e >= 0 && M.splice(e, 1);
  }
  pause() {
    return this._states.paused = true, !this._states.kill;
  }
  resume() {
    return this._states.paused = false, !this._states.kill;
  }
  schedule(e) {
    return this._schedule(e);
  }
  _schedule(e, t) {
    if (e && this.fn) throw new Error("Cron: It is not allowed to schedule two functions using the same Croner instance.");
    e && (this.fn = e);
    let n = t ?? /* @__PURE__ */ new Date(), r = this._nextTarget(void 0, n), a = r ? r.getTime() - n.getTime() : null, i = this._states.currentRun;
    i && i.getTime() > n.getTime() && (i = void 0);
    let o = this._nextTarget(i, n);
    return a === null || isNaN(a) || o === null ? this : (a > $ && (a = $), a < 0 && (a = this._states.paused ? 1e3 : 0), this._states.currentTimeout = setTimeout(() => this._checkTrigger(o), a), this._states.currentTimeout && this.options.unref && Y(this._states.currentTimeout), this);
  }
  async _trigger(e = /* @__PURE__ */ new Date()) {
    this._states.blocking = true, this._states.currentRun = new c(e, this.getTz());
    try {
      if (this.options.catch) try {
        this.fn !== void 0 && await this.fn(this, this.options.context);
      } catch (t) {
        if (b(this.options.catch)) try {
          Promise.resolve(this.options.catch(t, this)).catch(() => {
          });
        } catch {
        }
      }
      else this.fn !== void 0 && await this.fn(this, this.options.context);
    } finally {
      this._states.previousRun = new c(e, this.getTz()), this._states.blocking = false;
    }
  }
  async trigger() {
    await this._trigger();
  }
  runsLeft() {
    return this._states.maxRuns;
  }
  _checkTrigger(e) {
    let t = /* @__PURE__ */ new Date(), n = !this._states.paused && t.getTime() >= e.getTime(), r = this._states.blocking && this.options.protect;
    n && !r ? (this._states.maxRuns !== void 0 && this._states.maxRuns--, this._trigger(t)) : n && r && b(this.options.protect) && setTimeout(() => this.options.protect(this), 0), this._schedule(void 0, n ? void 0 : t);
  }
  _next(e, t, n) {
    let r = n ? n.startAt : this._startAt, a = n ? n.stopAt : this._stopAt, i = !!e, o = !!(e || this._states.currentRun), u = false;
    !e && r && this.options.interval && (e = this._calculatePreviousRun(r, t), e && (o = true), u = !e);
    let l = e ?? t ?? /* @__PURE__ */ new Date(), h = this._toMs(l);
    e = new c(l, this.getTz()), r && h < r.getTime() && (e = u ? r : new c(new Date(r.getTime() - 1e3), this.getTz()), h = e.getTime());
    let m = this._states.once || new c(e, this.getTz());
    if (!u && m !== this._states.once && (m = this._findOccurrence(e, h, 1, o)), this._states.once) {
      let d = this._states.once.getTime(), p = h - d;
      if (r && d < r.getTime() - this._startAtRoundingMs || this._states.currentRun && this.applyDayOffset(this._states.once.getDate()).getTime() <= this._states.currentRun.getTime() || (i ? p >= 0 : p > 1e3 && !this.options.allowPast)) return null;
    }
    return m === null || this._states.maxRuns !== void 0 && this._states.maxRuns <= 0 || this._states.kill || a && m.getTime() >= a.getTime() ? null : m;
  }
  _previous(e, t) {
    let n = this._toMs(e ?? /* @__PURE__ */ new Date());
    if (t.stopAt && n > t.stopAt.getTime() && (n = t.stopAt.getTime()), this._states.once) return this._states.once.getTime() < n ? this._states.once : null;
    let r = this._findOccurrence(new c(new Date(n), this.getTz()), n, -1);
    return r === null || t.startAt && r.getTime() < t.startAt.getTime() ? null : r;
  }
  _toMs(e) {
    if (e instanceof Date) return e.getTime();
    let t = new c(e, this.getTz());
    return t.getTime() + (typeof t.tz == "string" ? t.ms : 0);
  }
  _findOccurrence(e, t, n, r = false) {
    let a = this.options.interval ?? 0;
    if (a > 1 && (n === -1 || r)) {
      t += (a - 1) * 1e3 * n;
      let m = new Date(t);
      if (isNaN(m.getTime()) || (e = new c(m, this.getTz()), !(e.year >= 1 && e.year <= 9999))) return null;
      r = false;
    }
    let i = this._walk(e, t, n, r), o = this.getTz();
    if (this._states.pattern.isFixedTime && n === 1 || typeof o == "number" || U(t, o) !== (n === 1 ? "earlier" : "later")) return i;
    let u = Math.floor(t / 1e3) * 1e3, l = n === 1 ? k(u, u + P, o) : k(u - P, u, o) - 1e3;
    if (i && (l - i.getTime()) * n > 0) return i;
    let h = this._walk(new c(new Date(l), o), l - n, n, false, true);
    return !i || !h ? i ?? h : (i.getTime() - h.getTime()) * n > 0 ? h : i;
  }
  _walk(e, t, n, r, a = false) {
    let i = this._states.pattern, o = (l, h) => n === 1 ? l.increment(i, this.options, h) : l.decrement(i, this.options, h), u = new c(e, this.getTz());
    for ((!a || !u.match(i, this.options)) && (u = o(u, r)); u; ) {
      let l = this._runAt(u, t, n);
      if (l) return new c(l, this.getTz());
      u = o(u, false);
    }
    return null;
  }
  _runAt(e, t, n) {
    let r = (d) => (d.getTime() - t) * n > 0, a = e.tz;
    if (typeof a == "number") {
      let d = e.getDate();
      return r(d) ? d : null;
    }
    let i = T(e.year, e.month + 1, e.day, e.hour, e.minute, e.second, a), o = _(i), u = this._states.pattern.isFixedTime;
    if (o.kind === "single") return r(o.date) ? o.date : null;
    if (o.kind === "ambiguous") {
      let { earlier: d, later: p } = o;
      return (u ? [d] : n === 1 ? [d, p] : [p, d]).find(r) ?? null;
    }
    if (!u) return null;
    let l = new Date(k(o.before.getTime(), o.after.getTime(), a)), h = y(l, a);
    return h.y === i.y && h.m === i.m && h.d === i.d && r(l) ? l : null;
  }
  _calculatePreviousRun(e, t) {
    let n = new c(t, this.getTz()).getTime();
    if (e.getTime() > n) return;
    let r = this.options.interval * 1e3, a = e;
    for (; a.getTime() + r <= n; ) {
      let i = this._findOccurrence(a, a.getTime(), 1, true);
      if (i === null) break;
      a = i;
    }
    return a;
  }
};
var A = class {
  cron;
  cursor;
  now;
  done;
  initialMaxRuns;
  remainingRuns;
  constructor(e, t) {
    this.cron = e, this.initialMaxRuns = e.runsLeft() ?? 1 / 0, this.reset(t);
  }
  next() {
    if (this.done || this.remainingRuns <= 0) return this.done = true, { value: void 0, done: true };
    let e = this.cron._nextTarget(this.cursor, this.now);
    return e === null ? (this.done = true, { value: void 0, done: true }) : (this.cursor = e, this.remainingRuns--, { value: e, done: false });
  }
  peek() {
    return this.done || this.remainingRuns <= 0 ? null : this.cron._nextTarget(this.cursor, this.now);
  }
  reset(e) {
    this.cursor = e instanceof Date ? new Date(e.getTime()) : e ?? void 0, this.now = /* @__PURE__ */ new Date(), this.done = false, this.remainingRuns = this.initialMaxRuns;
  }
  [Symbol.iterator]() {
    return this;
  }
};

// src/validate/time-zones.ts
var TIME_ZONES = [
  "Africa/Abidjan",
  "Africa/Accra",
  "Africa/Addis_Ababa",
  "Africa/Algiers",
  "Africa/Asmera",
  "Africa/Bamako",
  "Africa/Bangui",
  "Africa/Banjul",
  "Africa/Bissau",
  "Africa/Blantyre",
  "Africa/Brazzaville",
  "Africa/Bujumbura",
  "Africa/Cairo",
  "Africa/Casablanca",
  "Africa/Ceuta",
  "Africa/Conakry",
  "Africa/Dakar",
  "Africa/Dar_es_Salaam",
  "Africa/Djibouti",
  "Africa/Douala",
  "Africa/El_Aaiun",
  "Africa/Freetown",
  "Africa/Gaborone",
  "Africa/Harare",
  "Africa/Johannesburg",
  "Africa/Juba",
  "Africa/Kampala",
  "Africa/Khartoum",
  "Africa/Kigali",
  "Africa/Kinshasa",
  "Africa/Lagos",
  "Africa/Libreville",
  "Africa/Lome",
  "Africa/Luanda",
  "Africa/Lubumbashi",
  "Africa/Lusaka",
  "Africa/Malabo",
  "Africa/Maputo",
  "Africa/Maseru",
  "Africa/Mbabane",
  "Africa/Mogadishu",
  "Africa/Monrovia",
  "Africa/Nairobi",
  "Africa/Ndjamena",
  "Africa/Niamey",
  "Africa/Nouakchott",
  "Africa/Ouagadougou",
  "Africa/Porto-Novo",
  "Africa/Sao_Tome",
  "Africa/Tripoli",
  "Africa/Tunis",
  "Africa/Windhoek",
  "America/Adak",
  "America/Anchorage",
  "America/Anguilla",
  "America/Antigua",
  "America/Araguaina",
  "America/Argentina/La_Rioja",
  "America/Argentina/Rio_Gallegos",
  "America/Argentina/Salta",
  "America/Argentina/San_Juan",
  "America/Argentina/San_Luis",
  "America/Argentina/Tucuman",
  "America/Argentina/Ushuaia",
  "America/Aruba",
  "America/Asuncion",
  "America/Bahia",
  "America/Bahia_Banderas",
  "America/Barbados",
  "America/Belem",
  "America/Belize",
  "America/Blanc-Sablon",
  "America/Boa_Vista",
  "America/Bogota",
  "America/Boise",
  "America/Buenos_Aires",
  "America/Cambridge_Bay",
  "America/Campo_Grande",
  "America/Cancun",
  "America/Caracas",
  "America/Catamarca",
  "America/Cayenne",
  "America/Cayman",
  "America/Chicago",
  "America/Chihuahua",
  "America/Ciudad_Juarez",
  "America/Coral_Harbour",
  "America/Cordoba",
  "America/Costa_Rica",
  "America/Coyhaique",
  "America/Creston",
  "America/Cuiaba",
  "America/Curacao",
  "America/Danmarkshavn",
  "America/Dawson",
  "America/Dawson_Creek",
  "America/Denver",
  "America/Detroit",
  "America/Dominica",
  "America/Edmonton",
  "America/Eirunepe",
  "America/El_Salvador",
  "America/Fort_Nelson",
  "America/Fortaleza",
  "America/Glace_Bay",
  "America/Godthab",
  "America/Goose_Bay",
  "America/Grand_Turk",
  "America/Grenada",
  "America/Guadeloupe",
  "America/Guatemala",
  "America/Guayaquil",
  "America/Guyana",
  "America/Halifax",
  "America/Havana",
  "America/Hermosillo",
  "America/Indiana/Knox",
  "America/Indiana/Marengo",
  "America/Indiana/Petersburg",
  "America/Indiana/Tell_City",
  "America/Indiana/Vevay",
  "America/Indiana/Vincennes",
  "America/Indiana/Winamac",
  "America/Indianapolis",
  "America/Inuvik",
  "America/Iqaluit",
  "America/Jamaica",
  "America/Jujuy",
  "America/Juneau",
  "America/Kentucky/Monticello",
  "America/Kralendijk",
  "America/La_Paz",
  "America/Lima",
  "America/Los_Angeles",
  "America/Louisville",
  "America/Lower_Princes",
  "America/Maceio",
  "America/Managua",
  "America/Manaus",
  "America/Marigot",
  "America/Martinique",
  "America/Matamoros",
  "America/Mazatlan",
  "America/Mendoza",
  "America/Menominee",
  "America/Merida",
  "America/Metlakatla",
  "America/Mexico_City",
  "America/Miquelon",
  "America/Moncton",
  "America/Monterrey",
  "America/Montevideo",
  "America/Montserrat",
  "America/Nassau",
  "America/New_York",
  "America/Nome",
  "America/Noronha",
  "America/North_Dakota/Beulah",
  "America/North_Dakota/Center",
  "America/North_Dakota/New_Salem",
  "America/Ojinaga",
  "America/Panama",
  "America/Paramaribo",
  "America/Phoenix",
  "America/Port-au-Prince",
  "America/Port_of_Spain",
  "America/Porto_Velho",
  "America/Puerto_Rico",
  "America/Punta_Arenas",
  "America/Rankin_Inlet",
  "America/Recife",
  "America/Regina",
  "America/Resolute",
  "America/Rio_Branco",
  "America/Santarem",
  "America/Santiago",
  "America/Santo_Domingo",
  "America/Sao_Paulo",
  "America/Scoresbysund",
  "America/Sitka",
  "America/St_Barthelemy",
  "America/St_Johns",
  "America/St_Kitts",
  "America/St_Lucia",
  "America/St_Thomas",
  "America/St_Vincent",
  "America/Swift_Current",
  "America/Tegucigalpa",
  "America/Thule",
  "America/Tijuana",
  "America/Toronto",
  "America/Tortola",
  "America/Vancouver",
  "America/Whitehorse",
  "America/Winnipeg",
  "America/Yakutat",
  "Antarctica/Casey",
  "Antarctica/Davis",
  "Antarctica/DumontDUrville",
  "Antarctica/Macquarie",
  "Antarctica/Mawson",
  "Antarctica/McMurdo",
  "Antarctica/Palmer",
  "Antarctica/Rothera",
  "Antarctica/Syowa",
  "Antarctica/Troll",
  "Antarctica/Vostok",
  "Arctic/Longyearbyen",
  "Asia/Aden",
  "Asia/Almaty",
  "Asia/Amman",
  "Asia/Anadyr",
  "Asia/Aqtau",
  "Asia/Aqtobe",
  "Asia/Ashgabat",
  "Asia/Atyrau",
  "Asia/Baghdad",
  "Asia/Bahrain",
  "Asia/Baku",
  "Asia/Bangkok",
  "Asia/Barnaul",
  "Asia/Beirut",
  "Asia/Bishkek",
  "Asia/Brunei",
  "Asia/Calcutta",
  "Asia/Chita",
  "Asia/Colombo",
  "Asia/Damascus",
  "Asia/Dhaka",
  "Asia/Dili",
  "Asia/Dubai",
  "Asia/Dushanbe",
  "Asia/Famagusta",
  "Asia/Gaza",
  "Asia/Hebron",
  "Asia/Hong_Kong",
  "Asia/Hovd",
  "Asia/Irkutsk",
  "Asia/Jakarta",
  "Asia/Jayapura",
  "Asia/Jerusalem",
  "Asia/Kabul",
  "Asia/Kamchatka",
  "Asia/Karachi",
  "Asia/Katmandu",
  "Asia/Khandyga",
  "Asia/Krasnoyarsk",
  "Asia/Kuala_Lumpur",
  "Asia/Kuching",
  "Asia/Kuwait",
  "Asia/Macau",
  "Asia/Magadan",
  "Asia/Makassar",
  "Asia/Manila",
  "Asia/Muscat",
  "Asia/Nicosia",
  "Asia/Novokuznetsk",
  "Asia/Novosibirsk",
  "Asia/Omsk",
  "Asia/Oral",
  "Asia/Phnom_Penh",
  "Asia/Pontianak",
  "Asia/Pyongyang",
  "Asia/Qatar",
  "Asia/Qostanay",
  "Asia/Qyzylorda",
  "Asia/Rangoon",
  "Asia/Riyadh",
  "Asia/Saigon",
  "Asia/Sakhalin",
  "Asia/Samarkand",
  "Asia/Seoul",
  "Asia/Shanghai",
  "Asia/Singapore",
  "Asia/Srednekolymsk",
  "Asia/Taipei",
  "Asia/Tashkent",
  "Asia/Tbilisi",
  "Asia/Tehran",
  "Asia/Thimphu",
  "Asia/Tokyo",
  "Asia/Tomsk",
  "Asia/Ulaanbaatar",
  "Asia/Urumqi",
  "Asia/Ust-Nera",
  "Asia/Vientiane",
  "Asia/Vladivostok",
  "Asia/Yakutsk",
  "Asia/Yekaterinburg",
  "Asia/Yerevan",
  "Atlantic/Azores",
  "Atlantic/Bermuda",
  "Atlantic/Canary",
  "Atlantic/Cape_Verde",
  "Atlantic/Faeroe",
  "Atlantic/Madeira",
  "Atlantic/Reykjavik",
  "Atlantic/South_Georgia",
  "Atlantic/St_Helena",
  "Atlantic/Stanley",
  "Australia/Adelaide",
  "Australia/Brisbane",
  "Australia/Broken_Hill",
  "Australia/Darwin",
  "Australia/Eucla",
  "Australia/Hobart",
  "Australia/Lindeman",
  "Australia/Lord_Howe",
  "Australia/Melbourne",
  "Australia/Perth",
  "Australia/Sydney",
  "Etc/GMT",
  "Etc/UTC",
  "Europe/Amsterdam",
  "Europe/Andorra",
  "Europe/Astrakhan",
  "Europe/Athens",
  "Europe/Belgrade",
  "Europe/Berlin",
  "Europe/Bratislava",
  "Europe/Brussels",
  "Europe/Bucharest",
  "Europe/Budapest",
  "Europe/Busingen",
  "Europe/Chisinau",
  "Europe/Copenhagen",
  "Europe/Dublin",
  "Europe/Gibraltar",
  "Europe/Guernsey",
  "Europe/Helsinki",
  "Europe/Isle_of_Man",
  "Europe/Istanbul",
  "Europe/Jersey",
  "Europe/Kaliningrad",
  "Europe/Kiev",
  "Europe/Kirov",
  "Europe/Lisbon",
  "Europe/Ljubljana",
  "Europe/London",
  "Europe/Luxembourg",
  "Europe/Madrid",
  "Europe/Malta",
  "Europe/Mariehamn",
  "Europe/Minsk",
  "Europe/Monaco",
  "Europe/Moscow",
  "Europe/Oslo",
  "Europe/Paris",
  "Europe/Podgorica",
  "Europe/Prague",
  "Europe/Riga",
  "Europe/Rome",
  "Europe/Samara",
  "Europe/San_Marino",
  "Europe/Sarajevo",
  "Europe/Saratov",
  "Europe/Simferopol",
  "Europe/Skopje",
  "Europe/Sofia",
  "Europe/Stockholm",
  "Europe/Tallinn",
  "Europe/Tirane",
  "Europe/Ulyanovsk",
  "Europe/Vaduz",
  "Europe/Vatican",
  "Europe/Vienna",
  "Europe/Vilnius",
  "Europe/Volgograd",
  "Europe/Warsaw",
  "Europe/Zagreb",
  "Europe/Zurich",
  "GMT",
  "Indian/Antananarivo",
  "Indian/Chagos",
  "Indian/Christmas",
  "Indian/Cocos",
  "Indian/Comoro",
  "Indian/Kerguelen",
  "Indian/Mahe",
  "Indian/Maldives",
  "Indian/Mauritius",
  "Indian/Mayotte",
  "Indian/Reunion",
  "Pacific/Apia",
  "Pacific/Auckland",
  "Pacific/Bougainville",
  "Pacific/Chatham",
  "Pacific/Easter",
  "Pacific/Efate",
  "Pacific/Enderbury",
  "Pacific/Fakaofo",
  "Pacific/Fiji",
  "Pacific/Funafuti",
  "Pacific/Galapagos",
  "Pacific/Gambier",
  "Pacific/Guadalcanal",
  "Pacific/Guam",
  "Pacific/Honolulu",
  "Pacific/Kiritimati",
  "Pacific/Kosrae",
  "Pacific/Kwajalein",
  "Pacific/Majuro",
  "Pacific/Marquesas",
  "Pacific/Midway",
  "Pacific/Nauru",
  "Pacific/Niue",
  "Pacific/Norfolk",
  "Pacific/Noumea",
  "Pacific/Pago_Pago",
  "Pacific/Palau",
  "Pacific/Pitcairn",
  "Pacific/Ponape",
  "Pacific/Port_Moresby",
  "Pacific/Rarotonga",
  "Pacific/Saipan",
  "Pacific/Tahiti",
  "Pacific/Tarawa",
  "Pacific/Tongatapu",
  "Pacific/Truk",
  "Pacific/Wake",
  "Pacific/Wallis",
  "UTC"
];

// src/validate/schedule-rules.ts
var SCHEDULE_CODES = {
  /** Error: a schedule window's cron expression does not parse. */
  invalidCron: "FO260",
  /** Error: the schedule's time zone is not an IANA zone. */
  invalidTimezone: "FO261",
  /** Error: activeUntil is not after activeFrom. */
  emptyActivePeriod: "FO262",
  /** Error: a policy names an environment flinkops.yaml does not define. */
  policyUnknownEnv: "FO263"
};
var listedZones;
var canonicalZones;
var isTimeZone = (function isTimeZone(tz) {
  listedZones ??= new Set(TIME_ZONES);
  if (listedZones.has(tz)) return true;
  canonicalZones ??= new Set(Intl.supportedValuesOf?.("timeZone") ?? []);
  if (canonicalZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
});
var UTC_NAMES = new Set(
  ["UTC", "UCT", "Universal", "Zulu", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich"].flatMap((n) => [
    n,
    `Etc/${n}`
  ])
);
var fixedOffsetMinutes = (function fixedOffsetMinutes(tz) {
  if (UTC_NAMES.has(tz)) return 0;
  const m = /^Etc\/GMT([+-])(\d{1,2})$/.exec(tz);
  return m ? (m[1] === "+" ? -60 : 60) * Number(m[2]) : void 0;
});
var cronOf = (function cronOf(expr, timezone) {
  if (timezone !== void 0 && !isTimeZone(timezone)) return { problem: `unknown time zone "${timezone}"` };
  const tz = timezone ?? "UTC";
  const offset = fixedOffsetMinutes(tz);
  try {
    return {
      cron: new j(expr, {
        mode: "5-part",
        paused: true,
        ...offset !== void 0 ? { utcOffset: offset } : { timezone: tz }
      })
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { problem: message.replace(/^CronPattern:\s*/, "") };
  }
});
var CRON_HELP = 'Use 5 fields: minute hour day-of-month month day-of-week, e.g. "0 8 * * 1-5" (08:00 Monday to Friday); ranges (1-5), lists (1,3), steps (*/15) and names (MON, JAN) are allowed.';
var hasReference = ((s3) => s3.includes("${"));
var checkScheduleSettings = (function checkScheduleSettings(y2, settings, path, diags) {
  const schedule = settings?.schedule;
  if (schedule) {
    const tz = schedule.timezone;
    if (tz !== void 0 && !hasReference(tz) && !isTimeZone(tz)) {
      const hint = didYouMean(tz, Intl.supportedValuesOf("timeZone"));
      diags.push(
        error(
          SCHEDULE_CODES.invalidTimezone,
          `Unknown time zone "${tz}"`,
          (hint ? `Did you mean "${hint}"? ` : "") + "Use an IANA time zone name such as Europe/Berlin, America/New_York or UTC.",
          y2.locate([...path, "schedule", "timezone"])
        )
      );
    }
    schedule.windows.forEach((w2, i) => {
      for (const key of ["start", "stop"]) {
        const expr = w2[key];
        if (hasReference(expr)) continue;
        const r = cronOf(expr);
        if ("problem" in r) {
          diags.push(
            error(
              SCHEDULE_CODES.invalidCron,
              `Invalid cron expression "${expr}" in schedule window ${i + 1} (${key}): ${r.problem}`,
              CRON_HELP,
              y2.locate([...path, "schedule", "windows", i, key])
            )
          );
        }
      }
    });
  }
  const from = settings?.activeFrom;
  const until = settings?.activeUntil;
  if (from !== void 0 && until !== void 0 && Date.parse(until) <= Date.parse(from)) {
    diags.push(
      error(
        SCHEDULE_CODES.emptyActivePeriod,
        `activeUntil ${until} is not after activeFrom ${from}`,
        "The job would never run. Move activeUntil after activeFrom, or remove one of them.",
        y2.locate([...path, "activeUntil"])
      )
    );
  }
});
var checkPolicy = (function checkPolicy(y2, policy, envs) {
  if (!policy) return [];
  const diags = [];
  const unknown = (name, at, what) => {
    if (envs.includes(name)) return;
    const hint = didYouMean(name, envs);
    diags.push(
      error(
        SCHEDULE_CODES.policyUnknownEnv,
        `Policy names unknown environment "${name}"`,
        (hint ? `Did you mean "${hint}"? ` : "") + `The guard would never apply. Environments in flinkops.yaml: ${envs.join(", ")}.`,
        y2.locate(at, what)
      )
    );
  };
  for (const key of ["requireAllowDelete", "refuseIncompatibleUpgrades"]) {
    for (const [i, name] of (policy[key] ?? []).entries()) unknown(name, ["policy", key, i], "value");
  }
  for (const name of Object.keys(policy.maxParallelism ?? {})) {
    unknown(name, ["policy", "maxParallelism", name], "key");
  }
  return diags;
});

// src/validate/connector-options.ts
var KAFKA_COMMON = [
  "topic",
  "properties.bootstrap.servers",
  "properties.group.id",
  "format",
  "key.format",
  "key.fields",
  "key.fields-prefix",
  "value.format",
  "value.fields-include",
  "sink.parallelism",
  "sink.delivery-guarantee",
  "sink.transactional-id-prefix",
  "scan.parallelism"
];
var OPTIONS = {
  kafka: [
    ...KAFKA_COMMON,
    "topic-pattern",
    "scan.startup.mode",
    "scan.startup.specific-offsets",
    "scan.startup.timestamp-millis",
    "scan.bounded.mode",
    "scan.bounded.specific-offsets",
    "scan.bounded.timestamp-millis",
    "scan.topic-partition-discovery.interval",
    "sink.partitioner",
    "sink.semantic"
  ],
  "upsert-kafka": [...KAFKA_COMMON, "sink.buffer-flush.max-rows", "sink.buffer-flush.interval"],
  jdbc: [
    "url",
    "table-name",
    "driver",
    "username",
    "password",
    "connection.max-retry-timeout",
    "scan.partition.column",
    "scan.partition.num",
    "scan.partition.lower-bound",
    "scan.partition.upper-bound",
    "scan.fetch-size",
    "scan.auto-commit",
    "lookup.cache",
    "lookup.cache.max-rows",
    "lookup.cache.ttl",
    "lookup.cache.caching-missing-key",
    "lookup.max-retries",
    "sink.buffer-flush.max-rows",
    "sink.buffer-flush.interval",
    "sink.max-retries",
    "sink.parallelism"
  ],
  filesystem: [
    "path",
    "format",
    "source.monitor-interval",
    "source.path.regex-pattern",
    "partition.default-name",
    "sink.rolling-policy.file-size",
    "sink.rolling-policy.rollover-interval",
    "sink.rolling-policy.check-interval",
    "sink.rolling-policy.inactivity-interval",
    "auto-compaction",
    "compaction.file-size",
    "sink.partition-commit.trigger",
    "sink.partition-commit.delay",
    "sink.partition-commit.watermark-time-zone",
    "sink.partition-commit.policy.kind",
    "sink.partition-commit.policy.class",
    "sink.partition-commit.success-file.name",
    "sink.shuffle-by-partition.enable",
    "sink.parallelism"
  ],
  datagen: ["rows-per-second", "number-of-rows", "scan.parallelism"],
  print: ["print-identifier", "standard-error", "sink.parallelism"],
  blackhole: []
};
var CONNECTORS = Object.keys(OPTIONS);
var OTHER_CONNECTORS = /* @__PURE__ */ new Set([
  "elasticsearch-6",
  "elasticsearch-7",
  "opensearch",
  "hbase-1.4",
  "hbase-2.2",
  "mongodb",
  "pulsar",
  "kinesis",
  "firehose",
  "dynamodb",
  "hive",
  "values",
  "mysql-cdc",
  "postgres-cdc",
  "oracle-cdc",
  "sqlserver-cdc",
  "mongodb-cdc",
  "paimon",
  "iceberg",
  "hudi"
]);
var FREE = [/^fields\./, /^partition\.time-extractor\./, /^lookup\.(partial|full)-cache\./];
var connectorTypo = (function connectorTypo(name) {
  const lower2 = name.toLowerCase();
  if (lower2.length < 4 || OPTIONS[lower2] || OTHER_CONNECTORS.has(lower2)) return void 0;
  return closest(lower2, CONNECTORS, 2);
});
var optionTypo = (function optionTypo(connector, key) {
  const known = OPTIONS[connector.toLowerCase()];
  if (!known || key.length < 4 || known.includes(key) || FREE.some((re) => re.test(key))) return void 0;
  const k2 = `${connector.toLowerCase()}\0${key}`;
  let near = typos.get(k2);
  if (near === void 0) {
    near = closest(key, known, 2) ?? null;
    typos.set(k2, near);
  }
  return near ?? void 0;
});
var typos = /* @__PURE__ */ new Map();

// src/validate/table-rules.ts
var lookupOptionKeys = (function lookupOptionKeys() {
  return [
    "lookup.cache",
    "lookup.partial-cache.max-rows",
    "lookup.partial-cache.expire-after-write",
    "lookup.partial-cache.expire-after-access",
    "lookup.partial-cache.cache-missing-key",
    "lookup.full-cache.reload-strategy",
    "lookup.full-cache.periodic-reload.interval",
    "lookup.max-retries"
  ];
});
var fragmentProblem = (function fragmentProblem(text, mode) {
  if (mode === "type" && !/^\s*[A-Za-z]/.test(text)) return "a type starts with a type name";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c2 = text[i];
    if (c2 === "'" || c2 === "`" || c2 === '"') {
      let j2 = i + 1;
      for (; ; ) {
        j2 = text.indexOf(c2, j2);
        if (j2 < 0) return `unclosed ${c2}`;
        if (text[j2 + 1] === c2) j2 += 2;
        else break;
      }
      i = j2;
      continue;
    }
    if (c2 === "-" && text[i + 1] === "-" || c2 === "/" && text[i + 1] === "*")
      return "comments are not allowed";
    if (c2 === ";") return "`;` is not allowed";
    if (c2 === "(" || c2 === "[" || mode === "type" && c2 === "<") depth++;
    else if (c2 === ")" || c2 === "]" || mode === "type" && c2 === ">") {
      depth--;
      if (depth < 0) return `unbalanced ${c2}`;
    } else if (c2 === "," && depth === 0) return "a top-level `,` would start another column";
  }
  if (depth !== 0) return "unbalanced brackets";
  return mode === "type" && !text.includes("${") ? typeTextProblem(text) : void 0;
});
var rangeInValue = (function rangeInValue(y2, path, value) {
  const whole = y2.locate(path);
  const from = y2.lines.offset(whole.start);
  const src = y2.text.slice(from, y2.lines.offset(whole.end));
  const valueLines = value.split("\n");
  const at = [];
  let cursor = 0;
  for (const line of valueLines) {
    const k2 = src.indexOf(line, cursor);
    if (k2 < 0) return (_r) => whole;
    at.push(k2);
    cursor = k2 + line.length;
  }
  const own = new LineIndex(value);
  const map = (pos) => {
    const line = Math.min(Math.max(pos.line, 1), at.length) - 1;
    return from + at[line] + Math.min(own.offset(pos) - own.offset({ line: line + 1, column: 1 }), valueLines[line].length);
  };
  return (r) => r ? y2.lines.range(y2.file, map(r.start), map(r.end)) : whole;
});
var checkTableSpec = (function checkTableSpec(spec, y2, flinkVersion) {
  const diags = [];
  const all = /* @__PURE__ */ new Map();
  const physical2 = /* @__PURE__ */ new Set();
  const add = (name, path) => {
    if (all.has(name)) {
      diags.push(
        error(
          "FO252",
          `Duplicate column "${name}"`,
          "Column names must be unique across columns, metadata and computed; rename or remove one.",
          y2.locate([...path, "name"])
        )
      );
    } else all.set(name, path);
  };
  const fragment = (text, mode, path) => {
    const problem = fragmentProblem(text, mode);
    if (problem) {
      diags.push(
        error(
          "FO250",
          `Invalid ${mode === "type" ? "data type" : "expression"} "${text.length > 60 ? `${text.slice(0, 60)}\u2026` : text}": ${problem}`,
          mode === "type" ? "Give one Flink data type, e.g. BIGINT, DECIMAL(10, 2), TIMESTAMP(3), ROW<a INT, b STRING>." : "Give one SQL expression, e.g. PROCTIME() or amount * 100; use a separate entry for another column.",
          y2.locate(path)
        )
      );
    }
    return problem !== void 0;
  };
  const type = (text, path) => {
    fragment(text, "type", path);
    diags.push(...typeNameTypos(text, () => y2.locate(path)));
  };
  spec.columns.forEach((c2, i) => {
    add(c2.name, ["columns", i]);
    physical2.add(c2.name);
    type(c2.type, ["columns", i, "type"]);
  });
  spec.metadata?.forEach((c2, i) => {
    add(c2.name, ["metadata", i]);
    type(c2.type, ["metadata", i, "type"]);
  });
  const sqlChecks = [];
  spec.computed?.forEach((c2, i) => {
    add(c2.name, ["computed", i]);
    if (!fragment(c2.expr, "expr", ["computed", i, "expr"]))
      sqlChecks.push([c2.expr, "the computed column", ["computed", i, "expr"]]);
  });
  const known = [...all.keys()];
  const mustExist = (name, path, among) => {
    if (among.has(name)) return;
    const hint = didYouMean(name, among.keys());
    diags.push(
      error(
        "FO251",
        `Unknown column "${name}"`,
        (hint ? `Did you mean "${hint}"? ` : "") + `Columns of this table: ${known.join(", ")}.`,
        y2.locate(path)
      )
    );
  };
  if (spec.watermark) {
    const w2 = spec.watermark;
    mustExist(w2.column, ["watermark", "column"], all);
    const typed = [...spec.columns, ...spec.metadata ?? []].find((c2) => c2.name === w2.column);
    const problem = typed && !fragmentProblem(typed.type, "type") ? rowtimeTypeProblem(typed.type) : void 0;
    if (problem) {
      diags.push(
        error(
          "FO267",
          `The rowtime column "${w2.column}" is ${problem}`,
          `${ROWTIME_TYPES}, e.g. \`TO_TIMESTAMP_LTZ(epoch_ms, 3)\`.`,
          y2.locate(["watermark", "column"])
        )
      );
    }
    if (w2.delay === void 0 === (w2.expr === void 0)) {
      diags.push(
        error(
          "FO259",
          "watermark needs exactly one of delay or expr",
          "Write `delay: 5 SECOND` for bounded out-of-orderness, or `expr:` with a full watermark expression.",
          y2.locate(["watermark"], "key")
        )
      );
    }
    if (w2.expr !== void 0 && !fragment(w2.expr, "expr", ["watermark", "expr"]))
      sqlChecks.push([w2.expr, "the watermark expression", ["watermark", "expr"]]);
  }
  for (const [text, where2, path] of sqlChecks) {
    if (text.includes("${")) continue;
    const found = checkExpressionText(text, where2, flinkVersion);
    const unknown = found.columns.filter((r) => !all.has(r.name));
    if (found.diags.length === 0 && unknown.length === 0) continue;
    const at = rangeInValue(y2, path, text);
    for (const d of found.diags) diags.push({ ...d, range: at(d.range) });
    const own = new LineIndex(text);
    for (const r of unknown.slice(0, 1)) {
      const hint = didYouMean(r.name, all.keys());
      diags.push(
        error(
          "FO251",
          `Unknown column "${r.name}" in ${where2 === "the computed column" ? "the expression" : where2}`,
          (hint ? `Did you mean "${hint}"? ` : "") + `Columns of this table: ${known.join(", ")}.`,
          at(own.range(y2.file, r.start, r.end))
        )
      );
    }
  }
  spec.primaryKey?.forEach((c2, i) => {
    mustExist(c2, ["primaryKey", i], physical2);
  });
  spec.partitionedBy?.forEach((c2, i) => {
    if (all.has(c2) && !physical2.has(c2)) {
      diags.push(
        error(
          "FO251",
          `Partition column "${c2}" is not a physical column`,
          `Flink refuses a partition key on a computed or metadata column ("A partition key must reference a physical column in the schema"). Partition by one of ${spec.columns.map((p) => p.name).join(", ")}, e.g. a \`${c2}\` column the jobs fill.`,
          y2.locate(["partitionedBy", i])
        )
      );
    } else mustExist(c2, ["partitionedBy", i], all);
  });
  if (spec.lookup && spec.kind !== "dimension") {
    diags.push(
      error(
        "FO253",
        `lookup: is only for dimension tables (this one is kind: ${spec.kind})`,
        "Set `kind: dimension` if jobs look rows up in this table with FOR SYSTEM_TIME AS OF, or remove `lookup:`.",
        y2.locate(["lookup"], "key")
      )
    );
  }
  if (spec.lookup?.cache === "FULL" && spec.connector === "jdbc") {
    const reload = spec.lookup.reloadInterval !== void 0;
    diags.push(
      (reload ? error : warning)(
        "FO278",
        reload ? `The jdbc connector has no full lookup cache: Flink refuses the lookup.full-cache.* options reloadInterval adds ("Unsupported options found for 'jdbc'")` : "The jdbc connector has no full lookup cache: with lookup.cache FULL it caches nothing and queries the database for every row",
        "Write `cache: PARTIAL` with `maxRows` and `ttl` (rows kept and for how long), or `cache: NONE`.",
        y2.locate(["lookup", "cache"])
      )
    );
  }
  const generated = spec.lookup ? new Set(lookupOptionKeys()) : /* @__PURE__ */ new Set();
  for (const k2 of Object.keys(spec.with ?? {})) {
    if (k2 === "connector" || generated.has(k2)) {
      diags.push(
        error(
          "FO254",
          `Option "${k2}" is set twice`,
          k2 === "connector" ? "The connector is given by the top-level `connector:` key; remove it from `with:`." : "This option is generated from `lookup:`; set it there and remove it from `with:`.",
          y2.locate(["with", k2], "key")
        )
      );
    }
  }
  diags.push(
    ...connectorTypos(
      spec.connector,
      Object.keys(spec.with ?? {}),
      (k2) => y2.locate(["with", k2], "key"),
      y2.locate(["connector"]),
      physicalColumns(spec)
    )
  );
  return diags;
});
var physicalColumns = (function physicalColumns(spec) {
  return (spec?.columns ?? []).map((c2) => c2?.name).filter((n) => typeof n === "string");
});
var connectorTypos = (function connectorTypos(connector, keys, keyAt, connectorAt, columns) {
  if (connector === void 0) return [];
  const diags = [];
  const near = connectorAt ? connectorTypo(connector) : void 0;
  if (near)
    diags.push(
      warning(
        "FO270",
        `Unknown connector "${connector}": did you mean "${near}"?`,
        `Flink finds no connector named ${connector} and refuses the table when a job using it is planned. Write ${near}.`,
        connectorAt
      )
    );
  for (const k2 of keys) {
    const field = columns && connector.toLowerCase() === "datagen" ? /^fields\.(.+)\.([^.]+)$/.exec(k2) : null;
    if (field && columns.length > 0 && !columns.includes(field[1])) {
      const near2 = closest(field[1], columns, Math.max(1, Math.floor(field[1].length / 3)));
      diags.push(
        warning(
          "FO270",
          `Option "${k2}" of connector datagen names no column of the table${near2 ? `: did you mean "fields.${near2}.${field[2]}"?` : ""}`,
          `Flink's datagen takes fields.<column>.* options only for the table's physical columns (${columns.join(", ")}) and refuses the table when a job using it is planned ("Unsupported options found"). ${near2 ? `Write fields.${near2}.${field[2]}.` : "Name one of those columns, or remove the option."}`,
          keyAt(k2)
        )
      );
      continue;
    }
    const option = optionTypo(connector, k2);
    if (option)
      diags.push(
        warning(
          "FO270",
          `Unknown option "${k2}" of connector ${connector}: did you mean "${option}"?`,
          (k2.startsWith("properties.") ? `Flink hands properties.* keys to the Kafka client unchecked: this one is no client setting, and ${option} stays unset.` : `Flink refuses options a connector does not have ("Unsupported options found") when a job using the table is planned.`) + ` Write ${option}.`,
          keyAt(k2)
        )
      );
  }
  return diags;
});

// src/validate/env-rules.ts
var RESERVED_OPTIONS = [
  "pipeline.name",
  "execution.savepoint.path",
  "execution.state-recovery.path",
  "execution.savepoint.ignore-unclaimed-state",
  "execution.state-recovery.ignore-unclaimed-state",
  "execution.savepoint-restore-mode",
  "execution.state-recovery.claim-mode",
  "$internal.pipeline.job-id"
];
var envValue = (function envValue(name, env, envVars) {
  const v2 = envVars[name];
  if (v2 !== void 0) return v2;
  const d = env?.variables?.[name];
  return d === void 0 ? void 0 : String(d);
});
var isPlainMap = (function isPlainMap(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
});
var lenientEnvironments = (function lenientEnvironments(data) {
  const envs = isPlainMap(data) ? data.environments : void 0;
  return isPlainMap(envs) ? envs : {};
});
var readsReference = (function readsReference(environments, name, ref) {
  return (ref.env === void 0 || ref.env === name) && !overridesOption(environments[name], ref);
});
var overridesOption = (function overridesOption(env, ref) {
  if (!ref.tableOption) return false;
  const w2 = env?.tables?.[ref.tableOption.table]?.with;
  return isPlainMap(w2) && Object.hasOwn(w2, ref.tableOption.option);
});
var checkEnvReferences = (function checkEnvReferences(project, envs, envVars) {
  const diags = [];
  const environments = project.config?.environments ?? lenientEnvironments(project.loaded.config?.data);
  const known = (e) => {
    if (project.config) return true;
    const spec = environments[e];
    if (!isPlainMap(spec)) return false;
    const vars = spec.variables;
    return vars === void 0 || vars === null || isPlainMap(vars);
  };
  for (const ref of project.loaded.references) {
    if (ref.kind !== "env") continue;
    const scope = envs.filter((e) => known(e) && readsReference(environments, e, ref));
    const missing = scope.filter((e) => envValue(ref.name, environments[e], envVars) === void 0);
    if (missing.length === 0) continue;
    const defined = new Set(missing.flatMap((e) => Object.keys(environments[e]?.variables ?? {})));
    const variable = didYouMean(ref.name, defined);
    const hint = variable ?? closest(
      ref.name,
      Object.keys(envVars).filter((k2) => envVars[k2] !== void 0),
      Math.max(1, Math.floor(ref.name.length / 3)),
      true
    );
    const where2 = variable ? "a variable of flinkops.yaml" : "which the environment sets";
    diags.push(
      error(
        "FO110",
        `\${env.${ref.name}} is not set for environment${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
        (hint ? `Did you mean \${env.${hint}}, ${where2}${hint.toLowerCase() === ref.name.toLowerCase() ? " (names are case-sensitive)" : ""}? Otherwise set` : "Set") + ` the environment variable ${ref.name}, or give a default under environments.${missing[0]}.variables.${ref.name} in flinkops.yaml.`,
        ref.range
      )
    );
  }
  return diags;
});
var checkBareDollars = (function checkBareDollars(project) {
  const environments = project.config?.environments ?? lenientEnvironments(project.loaded.config?.data);
  const names = new Set(Object.values(environments).flatMap((e) => Object.keys(e?.variables ?? {})));
  for (const r of project.loaded.references) if (r.kind === "env") names.add(r.name);
  return (project.loaded.bareDollars ?? []).filter((d) => names.has(d.name)).map(
    (d) => warning(
      "FO115",
      `$${d.name} is not a reference: Flink gets the text $${d.name}`,
      `flinkops substitutes only references written \${env.NAME}: write \${env.${d.name}} to have the variable's value here.`,
      d.range
    )
  );
});
var checkSensitiveEnvReferences = (function checkSensitiveEnvReferences(project) {
  const diags = [];
  for (const ref of project.loaded.references) {
    if (ref.kind !== "env" || ref.auth || !ref.key || !isSensitiveKey(ref.key)) continue;
    diags.push(
      warning(
        "FO272",
        `\${env.${ref.name}} sets "${ref.key}", a credential: write \${secret.${ref.name}}`,
        `An \${env.X} value is written into the compiled script, so plans show it (the Action masks it in its comments and job summaries) and the state store records it. A \${secret.${ref.name}} stays a placeholder there, is resolved only when the job is submitted (from FLINKOPS_SECRET_${ref.name}, else ${ref.name}) and is masked in every output.`,
        ref.range
      )
    );
  }
  return diags;
});
var checkOptions = (function checkOptions(config, y2, path, diags) {
  if (!config) return;
  checkOptionValues(config, y2, path, diags);
  for (const k2 of Object.keys(config)) {
    const value = config[k2];
    const relative = typeof value === "string" ? relativePythonPathWarning(k2, value, y2.locate([...path, k2])) : void 0;
    if (relative) diags.push(relative);
    const near = flinkOptionTypo(k2);
    if (near)
      diags.push(
        warning(
          "FO271",
          `Unknown Flink option "${k2}": did you mean "${near}"?`,
          `Flink ignores an option it does not know, so this one has no effect. Write ${near}.`,
          y2.locate([...path, k2], "key")
        )
      );
    if (RESERVED_OPTIONS.includes(k2)) {
      diags.push(
        error(
          "FO255",
          `Option "${k2}" is managed by flinkops`,
          "flinkops sets the job name, its labels and the restore path on submission; remove this option (use restoreFrom: to start from a savepoint).",
          y2.locate([...path, k2], "key")
        )
      );
    } else if (k2 === "parallelism.default") {
      diags.push(
        warning(
          "FO256",
          "Use parallelism: instead of the parallelism.default option",
          "parallelism: is compared on its own so a change rescales the job; as an option it would count as a script change and upgrade it.",
          y2.locate([...path, k2], "key")
        )
      );
    }
  }
});
var checkSettingsOptions = (function checkSettingsOptions(y2, settings, path, diags) {
  checkOptions(settings?.config, y2, [...path, "config"], diags);
  checkScheduleSettings(y2, settings, path, diags);
});
var checkEndpointUrls = (function checkEndpointUrls(y2, name, env) {
  const urls = [
    [["environments", name, "jobmanagerUrl"], env.jobmanagerUrl],
    [["environments", name, "sqlGatewayUrl"], env.sqlGatewayUrl],
    [["environments", name, "moveFrom", "jobmanagerUrl"], env.moveFrom?.jobmanagerUrl],
    [["environments", name, "moveFrom", "sqlGatewayUrl"], env.moveFrom?.sqlGatewayUrl]
  ];
  const diags = [];
  for (const [path, url] of urls) {
    if (url === void 0) continue;
    const secret = /\$\{secret\.[A-Za-z0-9_]+\}/.exec(url.replace(/\$\$\{/g, ""));
    if (secret) {
      diags.push(
        error(
          "FO203",
          `${path.join(".")} holds ${secret[0]}, which is not resolved in a URL`,
          `Endpoint URLs are shown in plans and read by every command, so they take \${env.NAME} references only; a secret is resolved only under auth:. Write the URL without credentials (e.g. \${env.FLINK_URL}), and put them in environments.${name}.auth (token, username and password, or headers) as \${secret.NAME}.`,
          y2.locate(path)
        )
      );
      continue;
    }
    if (url.includes("${")) continue;
    const problem = endpointUrlProblem(url);
    if (problem)
      diags.push(
        error(
          "FO203",
          `${path.join(".")} is not a usable URL: ${problem}`,
          "Write the REST endpoint as http(s)://host:port, e.g. http://flink-jobmanager:8081 or http://flink-sql-gateway:8083.",
          y2.locate(path)
        )
      );
  }
  return diags;
});
var checkLiteralAuth = (function checkLiteralAuth(y2, name, env) {
  const values = [];
  for (const [base, auth] of [
    [["environments", name, "auth"], env.auth],
    [["environments", name, "moveFrom", "auth"], env.moveFrom?.auth]
  ]) {
    values.push([[...base, "token"], auth?.token], [[...base, "password"], auth?.password]);
    for (const [header, value] of Object.entries(auth?.headers ?? {}))
      if (isCredentialKey(header)) values.push([[...base, "headers", header], value]);
  }
  for (const key of ["jobmanagerUrl", "sqlGatewayUrl"])
    for (const [path, url] of [
      [["environments", name, key], env[key]],
      [["environments", name, "moveFrom", key], env.moveFrom?.[key]]
    ])
      if (url !== void 0 && !url.includes("${"))
        values.push([path, userInfoOf(url)?.password || void 0]);
  const diags = [];
  for (const [path, value] of values) {
    if (value === void 0 || value.trim() === "" || value.includes("${")) continue;
    diags.push(
      warning(
        "FO285",
        `${path.join(".")} is the cluster's credential written as a literal value`,
        `flinkops masks it in every output, but the repository holds it: every clone, fork and the git history. Keep it in a secret and write \${secret.NAME} in auth: (a token, username and password, or a header's value; resolved when a command connects, from FLINKOPS_SECRET_NAME, else NAME; the Action's flink-token input gives a token); an endpoint URL then carries no user info.`,
        y2.locate(path)
      )
    );
  }
  return diags;
});
var checkSavepointDir = (function checkSavepointDir(y2, name, env) {
  const dir = env.savepointDir;
  if (dir === void 0 || dir.includes("${") || /^[A-Za-z][A-Za-z0-9+.-]*:\//.test(dir)) return [];
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(dir);
  const hint = dir.startsWith("/") ? `file://${dir}` : "file:///<absolute path> (a folder the JobManager and every TaskManager see)";
  return [
    error(
      "FO732",
      scheme ? `environments.${name}.savepointDir "${dir}" is a relative path` : `environments.${name}.savepointDir "${dir}" names no file system scheme`,
      `Flink refuses a savepoint directory ${scheme ? "with a relative path" : "without one"}: every job of environment ${name} would fail at its start (${scheme ? `"Relative path in absolute URI: ${dir}"` : '"The scheme (hdfs://, file://, etc) is null"'}). Write it as a URI with an absolute path: ${hint}, s3://bucket/path or hdfs://namenode/path. Without savepointDir, the cluster's state.savepoints.dir is used.`,
      y2.locate(["environments", name, "savepointDir"])
    )
  ];
});
var checkEnvironments = (function checkEnvironments(project, selected) {
  const diags = [];
  const config = project.config;
  const y2 = project.loaded.config;
  if (!y2) return { envs: selected ? [selected] : [], diags };
  const lenient = config ? void 0 : Object.keys(lenientEnvironments(y2.data));
  const names = config ? Object.keys(config.environments) : lenient;
  if (selected !== void 0 && names.length > 0 && !names.includes(selected)) {
    const hint = didYouMean(selected, names);
    diags.push(
      error(
        "FO240",
        `Unknown environment "${selected}"`,
        (hint ? `Did you mean "${hint}"? ` : "") + `Environments in flinkops.yaml: ${names.join(", ")}.`,
        y2.locate(["environments"], "key")
      )
    );
    return { envs: [], diags };
  }
  if (!config) return { envs: selected ? [selected] : lenient, diags };
  checkSettingsOptions(y2, config.defaults, ["defaults"], diags);
  diags.push(...checkPolicy(y2, config.policy, names));
  const jobNames = new Set(project.jobs.map((j2) => j2.name));
  for (const name of names) {
    const env = config.environments[name];
    checkOptions(env.config, y2, ["environments", name, "config"], diags);
    diags.push(
      ...checkEndpointUrls(y2, name, env),
      ...checkLiteralAuth(y2, name, env),
      ...checkSavepointDir(y2, name, env)
    );
    const from = env.moveFrom?.jobmanagerUrl;
    if (from !== void 0 && !from.includes("${") && !env.jobmanagerUrl.includes("${")) {
      if (sameEndpoint(from, env.jobmanagerUrl))
        diags.push(
          error(
            "FO266",
            `Environment ${name} moves from its own JobManager (${from})`,
            "moveFrom.jobmanagerUrl names the cluster the jobs run on now, jobmanagerUrl the one they move to: point jobmanagerUrl at the new cluster, or remove moveFrom.",
            y2.locate(["environments", name, "moveFrom", "jobmanagerUrl"])
          )
        );
    }
    for (const [job, settings] of Object.entries(env.jobs ?? {})) {
      checkSettingsOptions(y2, settings, ["environments", name, "jobs", job], diags);
      if (jobNames.has(job) || project.unresolved.anyJob || project.unresolved.jobs.has(job)) continue;
      const hint = didYouMean(job, jobNames);
      diags.push(
        error(
          "FO241",
          `Environment ${name} overrides unknown job "${job}"`,
          `There is no jobs/${job}.sql. ${hint ? `If the job is now "${hint}", rename the override; if` : "If"} the job was removed, remove environments.${name}.jobs.${job}.`,
          y2.locate(["environments", name, "jobs", job], "key")
        )
      );
    }
    for (const table of Object.keys(env.tables ?? {})) {
      if (project.unresolved.tables.has(table)) continue;
      if (project.unresolved.anyTable && !project.tableByName.has(table)) continue;
      const t = project.tableByName.get(table);
      if (t?.format === "yaml") {
        const at = ["environments", name, "tables", table, "with"];
        const keys = Object.keys(env.tables?.[table]?.with ?? {});
        diags.push(
          ...connectorTypos(
            t.spec?.connector,
            keys,
            (k2) => y2.locate([...at, k2], "key"),
            void 0,
            physicalColumns(t.spec)
          )
        );
        continue;
      }
      const hint = t ? void 0 : didYouMean(table, project.tableByName.keys());
      diags.push(
        error(
          t ? "FO243" : "FO242",
          t ? `Environment ${name} overrides options of raw-DDL table "${table}"` : `Environment ${name} overrides unknown table "${table}"`,
          t ? `Option overrides apply to YAML tables only; convert ${t.file} to tables/${table}.yaml, or use \${env.NAME} references in its DDL.` : (hint ? `Did you mean "${hint}"? ` : "") + `There is no tables/${table}.yaml. An override only changes the \`with:\` options of a table defined in tables/; define the table there (columns, connector), then override its options per environment.`,
          y2.locate(["environments", name, "tables", table], "key")
        )
      );
    }
    for (const udf of Object.keys(env.udfs ?? {})) {
      if (project.udfByName.has(udf) || project.loaded.unreadFolders?.includes("udfs") || project.loaded.misnamed?.udfs.includes(udf))
        continue;
      const hint = didYouMean(udf, project.udfByName.keys());
      diags.push(
        error(
          "FO244",
          `Environment ${name} overrides unknown UDF artifact "${udf}"`,
          (hint ? `Did you mean "${hint}"? ` : "") + `There is no udfs/${udf}.yaml. An override only replaces the jar of an artifact defined in udfs/ (its functions stay those of udfs/<name>.yaml).`,
          y2.locate(["environments", name, "udfs", udf], "key")
        )
      );
    }
  }
  const envs = selected !== void 0 ? [selected] : names;
  diags.push(
    ...checkParallelism(project, config, envs),
    ...checkDeprecatedHealthKeys(project, config),
    ...checkChangelogStorage(project, config, envs)
  );
  return { envs, diags };
});

// src/validate/sql-uses.ts
var flattenStatements = (function flattenStatements(statements) {
  const out = [];
  for (const s3 of statements) {
    out.push(s3);
    if (s3.inner) out.push(...s3.inner);
  }
  return out;
});
var uniqueRefs = (function uniqueRefs(statements, pick) {
  const seen2 = /* @__PURE__ */ new Set();
  const out = [];
  for (const s3 of statements) {
    for (const r of pick(s3)) {
      const k2 = `${r.start}:${r.end}`;
      if (seen2.has(k2)) continue;
      seen2.add(k2);
      out.push(r);
    }
  }
  return out;
});
var localDefinitions = (function localDefinitions(statements) {
  const objects = /* @__PURE__ */ new Map();
  const functions = /* @__PURE__ */ new Set();
  const catalogs = [];
  let catalog = false;
  for (const s3 of statements) {
    const name = s3.table?.name.name ?? s3.view?.name.name;
    if (name !== void 0 && !objects.has(name))
      objects.set(name, { start: s3.start, end: s3.end, ...s3.table ? { table: s3 } : {} });
    if (s3.function) functions.add(s3.function.name.name.toLowerCase());
    if (s3.kind === "create_catalog" || s3.kind === "use") catalog = true;
    if (s3.kind === "create_catalog" && s3.catalog) catalogs.push({ name: s3.catalog.name.name, end: s3.end });
  }
  return { objects, functions, catalogs, catalog };
});
var BUILTIN_CATALOG = "default_catalog";
var BUILTIN_DATABASE = "default_database";
var inBuiltinNamespace = (function inBuiltinNamespace(parts) {
  if (parts.length === 3) return parts[0] === BUILTIN_CATALOG && parts[1] === BUILTIN_DATABASE;
  return parts.length === 2 && parts[0] === BUILTIN_DATABASE;
});
var namespaceResolver = (function namespaceResolver(statements) {
  const spaces = [{ from: 0, catalog: BUILTIN_CATALOG, database: BUILTIN_DATABASE }];
  for (const s3 of statements) {
    if (s3.kind !== "use" || !s3.use) continue;
    const prev = spaces[spaces.length - 1];
    const [a, b2] = s3.use.parts;
    const next = s3.use.catalog ? { from: s3.end, catalog: a, database: a === BUILTIN_CATALOG ? BUILTIN_DATABASE : void 0, use: s3 } : b2 === void 0 ? { from: s3.end, catalog: prev.catalog, database: a, use: s3 } : { from: s3.end, catalog: a, database: b2, use: s3 };
    spaces.push(next);
  }
  const where2 = (r) => {
    let at = spaces[0];
    for (const n of spaces) if (n.from <= r.start) at = n;
    return at;
  };
  const name = (r) => {
    const p = r.parts;
    if (p.length === 3) return p[0] === BUILTIN_CATALOG && p[1] === BUILTIN_DATABASE ? r.name : void 0;
    const ns = where2(r);
    if (ns.catalog !== BUILTIN_CATALOG) return void 0;
    if (p.length === 2) return p[0] === BUILTIN_DATABASE ? r.name : void 0;
    return p.length === 1 && ns.database === BUILTIN_DATABASE ? r.name : void 0;
  };
  return { name, where: where2 };
});
var SINK_ONLY = /* @__PURE__ */ new Set(["blackhole", "print"]);
var SOURCE_ONLY = /* @__PURE__ */ new Set(["datagen"]);
var NO_BUCKETING = /* @__PURE__ */ new Set([
  "blackhole",
  "print",
  "filesystem",
  "kafka",
  "upsert-kafka",
  "jdbc"
]);
var distributionText = (function distributionText(d) {
  const by = d.columns.length > 0 ? ` BY ${d.kind ? `${d.kind}` : ""}(${d.columns.join(", ")})` : "";
  return `DISTRIBUTED${by}${d.buckets !== void 0 ? ` INTO ${d.buckets} BUCKETS` : ""}`;
});
var unbucketedSink = (function unbucketedSink(owner, table, connector, d, where2, range) {
  return error(
    "FO235",
    `${owner} writes table "${table}", declared ${distributionText(d)}, which the ${connector} connector cannot write`,
    `Flink's planner refuses the job when it is planned or submitted ("Table '...${table}' is distributed into buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface"): the ${connector} sink does not implement bucketing. Remove the DISTRIBUTED clause ${where2}, and leave the spread of rows to the connector's own options${connector === "kafka" || connector === "upsert-kafka" ? " (Kafka partitions by the message key: 'key.fields', or upsert-kafka's PRIMARY KEY)" : connector === "filesystem" ? " (PARTITIONED BY for directories)" : ""}.`,
    range
  );
});
var connectorOf = (function connectorOf(t) {
  return t.spec?.connector ?? t.statement?.table?.options.connector;
});
var isDimension = (function isDimension(t) {
  if (t.kind === "dimension") return true;
  return Object.keys(t.statement?.table?.options ?? {}).some((k2) => k2.startsWith("lookup."));
});
var projectFunction = (function projectFunction(project, called, owner, at) {
  const name = called.toLowerCase();
  if (project.functionByName.has(name)) return name;
  if (project.unresolved.functions.has(name) || project.unresolved.anyFunction) return void 0;
  const target = project.config?.flinkVersion;
  const hint = didYouMean(name, project.functionByName.keys()) ?? closest(called.toUpperCase(), builtinFunctionNames(target), called.length <= 5 ? 1 : 2);
  const since = builtinSince(called.toUpperCase());
  if (since !== void 0 && target !== void 0)
    return error(
      "FO225",
      `${owner} calls "${called}", a Flink built-in only from Flink ${since}`,
      `The project targets Flink ${target} (flinkVersion in flinkops.yaml), which has no function ${called.toUpperCase()}. Write it with the functions Flink ${target} has, add a UDF of that name to a UDF file, or raise flinkVersion if the cluster runs Flink ${since} or later.`,
      at()
    );
  return error(
    "FO225",
    `${owner} calls unknown function "${called}"`,
    (hint ? `Did you mean "${hint}"? ` : "") + "It is neither a Flink built-in nor a function of udfs/*.yaml; add it to a UDF file or create it in the script.",
    at()
  );
});
var readSets = (() => ({
  tables: /* @__PURE__ */ new Set(),
  localTables: /* @__PURE__ */ new Set(),
  localViews: /* @__PURE__ */ new Set(),
  catalogTables: /* @__PURE__ */ new Set()
}));
var viewReadsOf = (function viewReadsOf(r) {
  const out = {};
  for (const k2 of ["tables", "localTables", "localViews", "catalogTables"])
    if (r[k2].size > 0) out[k2] = [...r[k2]].sort();
  return out;
});
var resolveUses = (function resolveUses(ctx, statements, owner, scriptViews = false) {
  const { project, diags } = ctx;
  const all = flattenStatements(statements);
  const local = localDefinitions(all);
  const viewDefs = scriptViews ? all.filter((s3) => s3.view !== void 0 && local.objects.get(s3.view.name.name)?.start === s3.start) : [];
  const viewReads = new Map(viewDefs.map((s3) => [s3.view.name.name, readSets()]));
  const direct = readSets();
  const readerOf = (r) => {
    for (const v2 of viewDefs)
      if (r.start >= v2.start && r.end <= v2.end) return viewReads.get(v2.view.name.name);
    return direct;
  };
  const reads = /* @__PURE__ */ new Set();
  const catalogReads = /* @__PURE__ */ new Set();
  const catalogWrites = /* @__PURE__ */ new Set();
  const copies = /* @__PURE__ */ new Set();
  const writes = /* @__PURE__ */ new Set();
  const functions = /* @__PURE__ */ new Set();
  const localTables = /* @__PURE__ */ new Map();
  const at = (r) => ctx.lines.range(ctx.file, r.start, r.end);
  const namespace = namespaceResolver(all);
  const { catalogs } = local;
  const unknownCatalog = (catalog, start, range) => {
    if (catalogs.length === 0 || catalog === BUILTIN_CATALOG) return;
    if (catalogs.some((c2) => c2.name === catalog && c2.end <= start)) return;
    const hint = didYouMean(catalog, [...catalogs.map((c2) => c2.name), BUILTIN_CATALOG]);
    if (hint === void 0 || hint === catalog) return;
    diags.push(
      warning(
        "FO249",
        `${owner} uses catalog "${catalog}", which its script does not create: did you mean "${hint}"?`,
        `The script creates ${catalogs.map((c2) => `"${c2.name}"`).join(", ")} with CREATE CATALOG; unless the SQL Gateway's catalog store has a catalog named ${catalog}, Flink refuses the name when apply submits the job ("Object '${catalog}' not found", "A catalog with name [${catalog}] does not exist"), and plan, which does not run a script that creates a catalog, cannot say so. Write ${hint} here, or create ${catalog} above this statement.`,
        range()
      )
    );
  };
  for (const s3 of all)
    if (s3.kind === "use" && s3.use?.catalog && s3.use.parts[0] !== void 0)
      unknownCatalog(s3.use.parts[0], s3.start, () => ctx.lines.range(ctx.file, s3.start, s3.end));
  const lookup = (r, verb) => {
    const def = local.objects.get(r.name);
    const known = def !== void 0 && (verb === "writes to" ? def.start : def.end) <= r.start;
    if (known) {
      if (def.table && verb !== "copies with LIKE") {
        const t2 = localTables.get(r.name) ?? { name: r.name, statement: def.table };
        if (verb === "writes to") t2.written = true;
        else t2.read = true;
        localTables.set(r.name, t2);
      }
      if (verb === "reads" && viewDefs.length > 0) {
        if (def.table) readerOf(r).localTables.add(r.name);
        else if (viewReads.has(r.name)) readerOf(r).localViews.add(r.name);
      }
      return void 0;
    }
    const name = namespace.name(r);
    if (name === void 0) {
      const ns = namespace.where(r);
      if (r.parts.length === 1 && ns.use && def === void 0 && project.tableByName.has(r.name)) {
        const use = ns.use.text.replace(/\s+/g, " ").trim();
        diags.push(
          warning(
            "FO228",
            `${owner} ${verb} "${r.name}" after \`${use}\`, so Flink looks it up there, not among the repository's tables`,
            `The compiled script creates the repository's tables in ${BUILTIN_CATALOG}.${BUILTIN_DATABASE}; after ${use} (line ${ctx.lines.range(ctx.file, ns.use.start, ns.use.end).start.line}) a simple name is looked up in ${ns.catalog ?? "that catalog"}${ns.database ? `.${ns.database}` : ""}. Write ${BUILTIN_CATALOG}.${BUILTIN_DATABASE}.${r.name} for the repository's table, or qualify the name with its own catalog and database if it is a table of that catalog.`,
            at(r)
          )
        );
        return void 0;
      }
      if (r.parts.length === 3) unknownCatalog(r.parts[0], r.start, () => at(r));
      if (r.parts.length > 1) {
        const written = r.parts.map((p) => isIdentifier(p) ? p : `\`${p}\``).join(".");
        if (verb === "writes to") catalogWrites.add(written);
        else if (verb === "reads") {
          catalogReads.add(written);
          if (viewDefs.length > 0) readerOf(r).catalogTables.add(written);
        }
        return void 0;
      }
    }
    const t = name === void 0 ? void 0 : project.tableByName.get(name);
    if (t) return t;
    if (r.parts.length > 1) return void 0;
    if (def !== void 0) {
      diags.push(
        error(
          "FO220",
          `${owner} ${verb} "${r.name}" before the statement that creates it`,
          `Flink knows a table or view from the statement after its CREATE on: ${r.name} is created further down (or by this very statement, which cannot read itself). Move the CREATE above this statement, or read another table here.`,
          at(r)
        )
      );
      return void 0;
    }
    if (project.unresolved.anyTable) return void 0;
    if (project.unresolved.tables.has(r.name)) return void 0;
    if (local.catalog) {
      diags.push(
        warning(
          "FO221",
          `${owner} ${verb} "${r.name}", which is not a table of the repository`,
          `The script switches catalogs, so the name may exist there; if it should be a repository table, add tables/${r.name}.yaml.`,
          at(r)
        )
      );
      return void 0;
    }
    const hint = didYouMean(r.name, project.tableByName.keys());
    const fileName = suggestIdentifier(r.name);
    diags.push(
      error(
        "FO220",
        `${owner} ${verb} undefined table "${r.name}"`,
        (hint ? `Did you mean "${hint}"? ` : "") + (isIdentifier(r.name) ? `Define it in tables/${r.name}.yaml (or tables/${r.name}.sql)` : `A repository table's name is its file name, which must match [a-z][a-z0-9_]*: define it as ${fileName} in tables/${fileName}.yaml (or .sql) and use that name here`) + `, create it in the script, or qualify it as catalog.database.${r.name}.`,
        at(r)
      )
    );
    return void 0;
  };
  for (const r of uniqueRefs(all, (s3) => s3.writes)) {
    const t = lookup(r, "writes to");
    if (!t) continue;
    writes.add(t.name);
    const connector = connectorOf(t);
    if (t.objectKind === "view") {
      diags.push(
        error(
          "FO226",
          `${owner} writes to view "${t.name}"`,
          "A view cannot be written; write to a sink table.",
          at(r)
        )
      );
    } else if (t.kind === "source") {
      diags.push(
        error(
          "FO222",
          `${owner} writes to source table "${t.name}"`,
          `${t.file} declares kind: source (read only). Write to a sink table, or change its kind to sink if jobs write it.`,
          at(r)
        )
      );
    } else if (connector !== void 0 && NO_BUCKETING.has(connector) && t.statement?.table?.distributedBy !== void 0) {
      diags.push(
        unbucketedSink(
          owner,
          t.name,
          connector,
          t.statement.table.distributedBy,
          `from ${t.file} (or write another table)`,
          at(r)
        )
      );
    } else if (connector !== void 0 && SOURCE_ONLY.has(connector)) {
      diags.push(
        error(
          "FO222",
          `${owner} writes to table "${t.name}", whose connector ${connector} can only be read`,
          `Flink's planner refuses it: "Connector '${connector}' can only be used as a source. It cannot be used as a sink." Write to a sink table (kafka, jdbc, filesystem, print, blackhole, ...) instead.`,
          at(r)
        )
      );
    }
  }
  for (const s3 of all) {
    const d = s3.table?.distributedBy;
    const connector = s3.table?.options.connector;
    if (d === void 0 || connector === void 0 || !NO_BUCKETING.has(connector)) continue;
    const name = s3.table.name.name;
    const written = s3.kind === "create_table_as" || s3.kind === "create_table" && all.some((w2) => w2.start >= s3.end && w2.writes.some((r) => r.parts.length === 1 && r.name === name));
    if (written)
      diags.push(
        unbucketedSink(owner, name, connector, d, "here", ctx.lines.range(ctx.file, d.start, d.end))
      );
  }
  for (const r of uniqueRefs(all, (s3) => s3.reads)) {
    const t = lookup(r, r.like ? "copies with LIKE" : "reads");
    if (!t) continue;
    if (r.like) {
      copies.add(t.name);
      continue;
    }
    reads.add(t.name);
    if (viewDefs.length > 0) readerOf(r).tables.add(t.name);
    const connector = connectorOf(t);
    if (t.objectKind === "table" && connector !== void 0 && SINK_ONLY.has(connector)) {
      diags.push(
        error(
          "FO223",
          `${owner} reads table "${t.name}", whose connector ${connector} can only be written`,
          `Flink's planner refuses it: "Connector '${connector}' can only be used as a sink. It cannot be used as a source." Read a source table here (kafka, jdbc, filesystem, datagen, ...); a ${connector} table only takes rows.`,
          at(r)
        )
      );
    } else if (t.kind === "sink") {
      diags.push(
        warning(
          "FO223",
          `${owner} reads sink table "${t.name}"`,
          `${t.file} declares kind: sink; if jobs read it too, declare it as a source (or dimension) in a second table.`,
          at(r)
        )
      );
    } else if (t.objectKind === "table" && isDimension(t) && !r.temporal) {
      diags.push(
        warning(
          "FO224",
          `Dimension table "${t.name}" is read without FOR SYSTEM_TIME AS OF`,
          `Join it as a lookup: JOIN ${ctx.lines.text.slice(r.start, r.end)} FOR SYSTEM_TIME AS OF <left>.<its processing-time column>${r.alias ? ` AS ${r.alias}` : ""} ON ...; a plain read scans the whole table once.`,
          at(r)
        )
      );
    }
  }
  const modules = all.some((s3) => s3.kind === "load_module");
  for (const r of uniqueRefs(all, (s3) => s3.functions)) {
    if (r.parts.length > 1 && namespace.name(r) === void 0) continue;
    if (local.functions.has(r.name.toLowerCase())) continue;
    const used = projectFunction(project, r.name, owner, () => at(r));
    if (typeof used === "string") functions.add(used);
    else if (used && !modules) diags.push(used);
  }
  const copied = [...copies].filter((c2) => !reads.has(c2)).sort();
  return {
    reads: [...reads].sort(),
    ...copied.length ? { copies: copied } : {},
    writes: [...writes].sort(),
    functions: [...functions].sort(),
    ...catalogReads.size || catalogWrites.size ? { catalogTables: { reads: [...catalogReads].sort(), writes: [...catalogWrites].sort() } } : {},
    ...localTables.size ? { localTables: [...localTables.values()].sort((a, b2) => a.statement.start - b2.statement.start) } : {},
    ...viewDefs.length > 0 ? {
      localViews: viewDefs.map((v2) => ({
        name: v2.view.name.name,
        reads: viewReadsOf(viewReads.get(v2.view.name.name))
      })),
      direct: viewReadsOf(direct)
    } : {}
  };
});

// src/validate/table-options.ts
var resolved = (function resolved(text, env, { project, envVars }) {
  const spec = env === void 0 ? void 0 : project.config?.environments[env];
  const { text: out, missing } = substituteEnv(text, (name) => envValue(name, spec, envVars));
  return missing.length > 0 || out.includes("${") ? void 0 : out;
});
var writtenConnector = (function writtenConnector(t, env, l) {
  if (t.format === "yaml") {
    const override = env === void 0 ? void 0 : l.project.config?.environments[env]?.tables?.[t.name];
    const c2 = override?.with?.connector ?? t.spec?.connector;
    return typeof c2 === "string" ? c2 : void 0;
  }
  return t.statement?.table?.options.connector;
});
var LazyOption = class {
  constructor(text, key, locate, env, lookup) {
    this.text = text;
    this.key = key;
    this.locate = locate;
    this.env = env;
    this.lookup = lookup;
  }
  text;
  key;
  locate;
  env;
  lookup;
  resolved = null;
  get value() {
    if (this.resolved === null) this.resolved = resolved(this.text, this.env, this.lookup);
    return this.resolved;
  }
  get at() {
    return () => this.locate(this.key);
  }
};
var lookupOf = (function lookupOf(project, envVars) {
  const had = lookups.get(project);
  if (had?.envVars === envVars) return had;
  const lookup = {
    project,
    envVars,
    // Jobs' SQL files too: a table a job's script creates is read from there (topic-schema-rules.ts).
    sources: new Map([
      ...project.loaded.tables.map((t) => [t.file, t]),
      ...project.loaded.jobs.map(
        (j2) => [j2.sqlFile, { name: j2.name, file: j2.sqlFile, format: "sql", sql: j2.sql }]
      )
    ])
  };
  lookups.set(project, lookup);
  return lookup;
});
var lookups = /* @__PURE__ */ new WeakMap();
var resolvedOptions = /* @__PURE__ */ new WeakMap();
var tableOptionsIn = (function tableOptionsIn(t, env, l) {
  let byEnv = resolvedOptions.get(l);
  if (!byEnv) {
    byEnv = /* @__PURE__ */ new Map();
    resolvedOptions.set(l, byEnv);
  }
  let byTable = byEnv.get(env);
  if (!byTable) {
    byTable = /* @__PURE__ */ new Map();
    byEnv.set(env, byTable);
  }
  if (!byTable.has(t)) byTable.set(t, optionsIn(t, env, l));
  return byTable.get(t);
});
var optionsIn = (function optionsIn(t, env, l) {
  const options = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  const set = (key, raw, locate) => {
    options.set(key, new LazyOption(String(raw), key, locate, env, l));
  };
  if (t.format === "yaml") {
    const y2 = l.sources.get(t.file)?.yaml;
    if (!t.spec || !y2) return void 0;
    const connectorAt = () => y2.locate(["connector"]);
    set("connector", t.spec.connector, connectorAt);
    const withKey = (k2) => y2.locate(["with", k2], "key");
    for (const [k2, v2] of Object.entries(t.spec.with ?? {})) set(k2, v2, withKey);
    const override = env === void 0 ? void 0 : l.project.config?.environments[env]?.tables?.[t.name];
    const config = l.project.loaded.config;
    const overrideKey = (k2) => config?.locate(["environments", env, "tables", t.name, "with", k2], "key");
    for (const [k2, v2] of Object.entries(override?.with ?? {})) {
      if (v2 === null) {
        options.delete(k2);
        removed.set(k2, () => overrideKey(k2));
      } else set(k2, v2, overrideKey);
    }
    return { options, removed, connectorAt };
  }
  const def = t.statement?.table;
  const lines = l.sources.get(t.file)?.sql?.lines;
  if (!def || !lines || !t.statement) return void 0;
  const statement = t.statement;
  const keyAt = (key) => {
    const i = statement.text.lastIndexOf(`'${key.replaceAll("'", "''")}'`);
    return i < 0 ? statement.range : lines.range(t.file, statement.start + i, statement.start + i + key.length + 2);
  };
  for (const [k2, v2] of Object.entries(def.options)) set(k2, v2, keyAt);
  return { options, removed, connectorAt: () => keyAt("connector") };
});
var tableUses = (function tableUses(project) {
  const had = uses.get(project);
  if (had) return had;
  const found = jobTableUses(project);
  uses.set(project, found);
  return found;
});
var uses = /* @__PURE__ */ new WeakMap();
var jobTableUses = (function jobTableUses(project) {
  const reads = [];
  const writes = [];
  const lineIndex = new Map([
    ...project.loaded.jobs.map((j2) => [j2.sqlFile, j2.sql?.lines]),
    ...project.loaded.tables.map((t) => [t.file, t.sql?.lines])
  ]);
  for (const job of project.jobs) jobUses(project, job, lineIndex, reads, writes);
  return { reads, writes };
});
var jobUses = (function jobUses(project, job, lineIndex, reads, writes) {
  const seen2 = /* @__PURE__ */ new Set();
  const frame = (file, statements, into) => {
    const lines = lineIndex.get(file);
    if (!lines) return void 0;
    const all = flattenStatements(statements);
    const local = /* @__PURE__ */ new Set();
    for (const s3 of all) {
      if (s3.table) local.add(s3.table.name.name);
      if (s3.view) local.add(s3.view.name.name);
    }
    const namespace = namespaceResolver(all);
    const repositoryTable = (r) => {
      const name = namespace.name(r);
      return name === void 0 ? void 0 : project.tableByName.get(name);
    };
    const done = /* @__PURE__ */ new Set();
    const refs = (pick) => all.flatMap(pick).filter((r) => !done.has(`${r.start}:${r.end}`) && done.add(`${r.start}:${r.end}`)).map((r) => ({
      r,
      t: local.has(r.name) ? void 0 : repositoryTable(r)
    }));
    const readRefs = refs((s3) => s3.reads);
    return {
      file,
      lines,
      into,
      refs: readRefs,
      next: 0,
      writes: () => {
        done.clear();
        return refs((s3) => s3.writes);
      }
    };
  };
  const use = (f2, r, table) => ({
    job: job.name,
    table,
    hints: r.options ?? {},
    at: () => f2.lines.range(f2.file, r.start, r.end)
  });
  const first = job.analysis && frame(job.sqlFile, job.analysis.statements, "all");
  const stack = first ? [first] : [];
  for (let f2 = stack.at(-1); f2; f2 = stack.at(-1)) {
    const ref = f2.refs[f2.next++];
    if (!ref) {
      stack.pop();
      if (f2.into === "all") {
        for (const { r: r2, t: t2 } of f2.writes()) if (t2?.objectKind === "table") writes.push(use(f2, r2, t2));
      }
      continue;
    }
    const { r, t } = ref;
    if (r.like) continue;
    if (t?.objectKind === "table") reads.push(use(f2, r, t));
    else if (t && !seen2.has(t.name) && t.analysis) {
      seen2.add(t.name);
      const inner = frame(t.file, t.analysis.statements, "reads");
      if (inner) stack.push(inner);
    }
  }
});

// src/validate/cdc-rules.ts
var checkCdcOptions = (function checkCdcOptions(project, envs, envVars) {
  const l = lookupOf(project, envVars);
  const cdc = project.tables.filter(
    (t) => (envs.length > 0 ? envs : [void 0]).some(
      (env) => writtenConnector(t, env, l)?.toLowerCase() === "postgres-cdc"
    )
  );
  if (cdc.length === 0) return [];
  const { reads } = tableUses(project);
  const diags = [];
  const said = /* @__PURE__ */ new Set();
  const once = (key, d) => {
    if (said.has(key)) return;
    said.add(key);
    diags.push(d());
  };
  for (const env of envs.length > 0 ? envs : [void 0]) {
    const slots = /* @__PURE__ */ new Map();
    for (const t of cdc) {
      const o = tableOptionsIn(t, env, l);
      if (o?.options.get("connector")?.text.toLowerCase() !== "postgres-cdc") continue;
      if (!o.options.has("decoding.plugin.name"))
        once(
          `FO677\0${t.name}`,
          () => warning(
            "FO677",
            `postgres-cdc table ${t.name} sets no decoding.plugin.name: the connector then decodes with decoderbufs`,
            `decoderbufs is a PostgreSQL extension of its own, which a stock PostgreSQL (and most managed ones) does not have: the plan passes, and the job restarts as it starts with "could not access file "decoderbufs"". Set decoding.plugin.name: pgoutput (built into PostgreSQL 10 and later) in the table's options.`,
            o.connectorAt()
          )
        );
      for (const use of reads.filter((r) => r.table === t)) {
        const opt = (k2) => use.hints[k2] ?? o.options.get(k2)?.value ?? o.options.get(k2)?.text;
        const slot = opt("slot.name");
        if (!slot) continue;
        const key = [opt("hostname"), opt("port") ?? "5432", opt("database-name"), slot].join("\0");
        slots.set(key, [...slots.get(key) ?? [], { use, key: slot }]);
      }
    }
    for (const readers of slots.values()) {
      const sources = new Map(readers.map((r) => [`${r.use.job}\0${r.use.table.name}`, r]));
      if (sources.size < 2) continue;
      const list3 = [...sources.values()];
      const slot = list3[0].key;
      const names = list3.map((r) => `${r.use.table.name} in job ${r.use.job}`).join(", ");
      for (const r of list3.slice(1))
        once(
          `FO678\0${slot}\0${r.use.job}\0${r.use.table.name}`,
          () => warning(
            "FO678",
            `Replication slot ${slot} is read by ${sources.size} postgres-cdc sources: ${names}`,
            `PostgreSQL serves a replication slot to one reader at a time: the source that comes second fails ("replication slot "${slot}" is active") and restarts until the other stops, and two sources taking turns would each confirm changes the other never read. Give each source its own slot where the job reads the table: FROM ${r.use.table.name} /*+ OPTIONS('slot.name' = '${slot}_${r.use.job}') */.`,
            r.use.at()
          )
        );
    }
  }
  return diags;
});

// src/validate/ctas-columns.ts
var defColumns = (function defColumns(cols) {
  return cols.map(
    (c2) => c2.kind === "computed" ? { name: c2.name } : {
      name: c2.name,
      type: c2.type,
      ...c2.kind === "metadata" && c2.virtual ? { virtual: true } : {}
    }
  );
});
var declaredColumns = (function declaredColumns(t) {
  if (t.format === "yaml") {
    const spec = t.spec;
    if (!spec) return void 0;
    return [
      ...spec.columns.map((c2) => ({ name: c2.name, type: String(c2.type) })),
      ...(spec.computed ?? []).map((c2) => ({ name: c2.name })),
      ...(spec.metadata ?? []).map((c2) => ({
        name: c2.name,
        type: String(c2.type),
        ...c2.virtual ? { virtual: true } : {}
      }))
    ];
  }
  const def = t.statement?.table;
  return def && !def.like ? defColumns(def.columns) : void 0;
});
var starColumns = (function starColumns(cols) {
  return cols?.some((c2) => c2.virtual) ? void 0 : cols;
});
var tableColumns = (function tableColumns(ref, at, s3, depth) {
  if (ref.parts.length !== 1) return void 0;
  const { job } = s3;
  if (job.localViews?.some((v2) => v2.name === ref.name)) return void 0;
  const local = job.localTables?.find(
    (t2) => t2.name === ref.name && t2.statement.end <= at.start
  );
  if (local) {
    const def = local.statement.table;
    if (!def || def.like) return void 0;
    return def.asQuery ? ctasColumns(local.statement, s3.job, s3.tableByName, depth + 1) : starColumns(defColumns(def.columns));
  }
  if (job.localTables?.some((t2) => t2.name === ref.name)) return void 0;
  if (!job.reads.includes(ref.name)) return void 0;
  const t = s3.tableByName.get(ref.name);
  if (t?.objectKind !== "table") return void 0;
  return starColumns(declaredColumns(t));
});
var fromItem = (function fromItem(branch, q) {
  for (const f2 of branch.from) {
    if (f2 === void 0) continue;
    if ((f2.alias ?? f2.name) === q) return f2;
  }
  return branch.from.includes(void 0) ? null : void 0;
});
var branchColumns = (function branchColumns(branch, at, s3, depth) {
  const out = [];
  const cache = /* @__PURE__ */ new Map();
  const colsOf = (r) => {
    if (!cache.has(r)) cache.set(r, tableColumns(r, at, s3, depth));
    return cache.get(r);
  };
  for (const item of branch.items) {
    if (item.as !== void 0) out.push({ name: item.as });
    else if (item.column) {
      const parts = item.column;
      const name = parts[parts.length - 1];
      let type;
      if (parts.length === 2) {
        const f2 = fromItem(branch, parts[0]);
        if (f2) type = colsOf(f2)?.find((c2) => c2.name === name)?.type;
      } else if (parts.length === 1 && branch.from.length === 1 && branch.from[0])
        type = colsOf(branch.from[0])?.find((c2) => c2.name === name)?.type;
      out.push(type === void 0 ? { name } : { name, type });
    } else if (item.star) {
      const q = item.star;
      if (q.length > 1) return void 0;
      const items = q.length === 0 ? branch.from : [fromItem(branch, q[0])];
      if (items.length === 0) return void 0;
      for (const [i, f2] of items.entries()) {
        const values = q.length === 0 ? branch.valuesColumns?.[i] : void 0;
        const cols = f2 ? colsOf(f2) : values?.map((name) => ({ name }));
        if (!cols) return void 0;
        out.push(...cols);
      }
    } else {
      out.push({ name: `EXPR$${out.length}` });
    }
  }
  return out;
});
var ctasColumns = (function ctasColumns(stmt, job, tableByName, depth = 0) {
  const def = stmt.table;
  const shape = def?.queryShape;
  if (!def || !shape || shape.branches.length === 0 || depth > 8) return void 0;
  if (job.analysis?.statements.some((x2) => x2.kind === "use")) return void 0;
  const s3 = { tableByName, job };
  let cols;
  for (const b2 of shape.branches) {
    const bc = branchColumns(b2, stmt, s3, depth);
    if (!bc) return void 0;
    if (!cols) cols = bc;
    else {
      if (bc.length !== cols.length || bc.some((c2, i) => c2.name !== cols[i].name)) return void 0;
      cols = cols.map((c2, i) => c2.type === bc[i].type ? c2 : { name: c2.name });
    }
  }
  if (!cols) return void 0;
  const seen2 = /* @__PURE__ */ new Set();
  for (const c2 of cols) {
    const k2 = c2.name.toLowerCase();
    if (seen2.has(k2)) return void 0;
    seen2.add(k2);
  }
  const declared = [];
  for (const d of def.columns) {
    const q = cols.findIndex((c2) => c2.name === d.name);
    if (d.kind !== "physical") {
      if (q >= 0) return void 0;
      continue;
    }
    if (q >= 0) cols[q] = d.type === void 0 ? cols[q] : { name: d.name, type: d.type };
    else if (d.type === void 0) return void 0;
    else declared.push({ name: d.name, type: d.type });
  }
  return [...declared, ...cols];
});

// src/validate/column-rules.ts
var namedObjects = (function namedObjects(statements, job) {
  const views = /* @__PURE__ */ new Map();
  for (const s3 of statements)
    if (s3.kind === "create_view" && s3.view?.name.parts.length === 1 && !views.has(s3.view.name.name))
      views.set(s3.view.name.name, s3);
  const locals = /* @__PURE__ */ new Map();
  for (const t of job.localTables ?? []) if (!locals.has(t.name)) locals.set(t.name, t);
  return { views, locals };
});
var unsureNames = (function unsureNames(statements) {
  const out = /* @__PURE__ */ new Set();
  const seen2 = /* @__PURE__ */ new Set();
  for (const s3 of statements) {
    const o = s3.object?.kind === "table" || s3.object?.kind === "view" ? s3.object : void 0;
    if (o?.verb === "alter") {
      out.add(o.name.name);
      continue;
    }
    const def = o?.verb === "create" ? o.name : s3.kind === "create_materialized_table" ? s3.table?.name : void 0;
    if (def?.parts.length !== 1) continue;
    if (seen2.has(def.name) || s3.diags.some((d) => d.severity === "error")) out.add(def.name);
    seen2.add(def.name);
  }
  return out;
});
var tableColumns2 = (function tableColumns2(name, c2) {
  const { job, named } = c2;
  if (job && named) {
    if (c2.unsure?.has(name)) return void 0;
    const view = named.views.get(name);
    if (view) return view.end <= c2.at.start ? viewColumns(view, c2) : void 0;
    const local = named.locals.get(name);
    if (local) {
      if (local.statement.end > c2.at.start) return void 0;
      const def = local.statement.table;
      if (!def || def.like) return void 0;
      if (def.asQuery) return ctasColumns(local.statement, job, c2.tableByName)?.map((x2) => x2.name);
      return def.columns.map((x2) => x2.name);
    }
  }
  const t = c2.tableByName.get(name);
  if (!t || c2.unresolved?.has(name)) return void 0;
  if (repositoryColumns.has(t)) return repositoryColumns.get(t);
  const cols = repositoryTableColumns(t, c2);
  repositoryColumns.set(t, cols);
  return cols;
});
var repositoryColumns = /* @__PURE__ */ new WeakMap();
var repositoryTableColumns = (function repositoryTableColumns(t, c2) {
  if (t.objectKind === "view")
    return t.statement ? viewColumns(t.statement, { ...c2, job: void 0, statements: [] }) : void 0;
  if (t.format !== "yaml" && t.statement?.table?.asQuery) return void 0;
  return declaredColumns(t)?.map((x2) => x2.name);
});
var viewColumns = (function viewColumns(view, c2) {
  if (view.view && view.view.columns.length > 0) return view.view.columns;
  if (!view.query || c2.depth > 8) return void 0;
  return queryColumns(view.query, source(c2), view, c2.depth + 1);
});
var source = (function source(c2) {
  return { table: (name, at, depth) => tableColumns2(name, { ...c2, at, depth }) };
});
var closest2 = (function closest2(name, candidates) {
  const lower2 = name.toLowerCase();
  for (const x2 of candidates) if (x2 !== name && x2.toLowerCase() === lower2) return x2;
  for (const x2 of candidates) if (oneEdit(name, x2)) return x2;
  return void 0;
});
var describeItem = (function describeItem(f2, cols) {
  const name = f2.table ? f2.table.parts.join(".") : f2.alias ?? "a subquery";
  const shown = cols.length > 24 ? `${cols.slice(0, 24).join(", ")}, \u2026` : cols.join(", ");
  return `${name}${f2.alias && f2.table && f2.alias !== f2.table.name ? ` AS ${f2.alias}` : ""} (${shown})`;
});
var releaseScopes = (function releaseScopes(statements) {
  for (const s3 of statements) {
    s3.scopes = void 0;
    s3.query = void 0;
    if (s3.inner) releaseScopes(s3.inner);
  }
});
var checkColumnNames = (function checkColumnNames(statements, file, lines, tableByName, job, unresolved) {
  if (statements.some((s3) => s3.kind === "use")) return [];
  const unsure = job ? unsureNames(statements) : void 0;
  const c2 = { tableByName, job, statements, at: statements[0], depth: 0, unresolved, unsure };
  if (job) c2.named = namedObjects(statements, job);
  return columnMisses(statements, source(c2)).map((miss) => notFound(miss, file, lines));
});
var notFound = (function notFound(miss, file, lines) {
  const { use, scope, item } = miss;
  const flink = missRefusal(miss, lines.text);
  const range = lines.range(file, flink.start, flink.end);
  if (miss.qualifier) return tableNotFound(miss, flink.message, range);
  const parts = use.ref.parts;
  const name = item ? parts[1] : parts[0];
  const items = item ? [item] : scope.items;
  const known = items.map((f2) => ({ f: f2, cols: miss.columnsOf(f2) ?? [] }));
  const candidates = known.flatMap((k2) => k2.cols);
  if (!item && use.clause === "order") {
    for (const i of scope.select) if (i.as !== void 0) candidates.push(i.as);
  }
  const guess = closest2(name, candidates);
  const where2 = known.length === 0 ? "The SELECT reads no table" : `The ${item ? "table" : known.length === 1 ? "table in scope is" : "tables in scope are"}${item ? ` ${describeItem(item, known[0].cols)} has no such column` : ` ${known.map((k2) => describeItem(k2.f, k2.cols)).join("; ")}`}`;
  const hint = guess ? ` Did you mean ${guess}?${guess.toLowerCase() === name.toLowerCase() ? " (Flink's names are case-sensitive.)" : ""}` : "";
  return error(
    "FO204",
    flink.message,
    `${where2}.${hint} Correct the name, or add the column to the table it should come from; Flink's planner refuses the query ("${flink.message}").`,
    range
  );
});
var tableNotFound = (function tableNotFound(miss, summary, range) {
  const { use, scope } = miss;
  const q = use.ref.parts[0];
  const names = scope.items.map((f2) => f2.alias).filter((x2) => x2 !== void 0);
  const guess = closest2(q, names);
  const known = scope.items.map((f2) => describeItem(f2, miss.columnsOf(f2) ?? []));
  return error(
    "FO204",
    summary,
    `\`${q}.${use.ref.parts.slice(1).join(".")}\` names \`${q}\`, which is neither a table (alias) of the FROM nor a column: the FROM reads ${known.join("; ")}.${guess ? ` Did you mean ${guess}?` : ""} Add the table to the FROM (a JOIN) or correct the name; Flink's planner refuses the query ("${summary}").`,
    range
  );
});

// src/validate/topic-schema-rules.ts
var BY_NAME_FORMATS = /* @__PURE__ */ new Set(["json", "debezium-json", "canal-json", "maxwell-json", "ogg-json"]);
var normalType = (function normalType(t) {
  const s3 = t.toUpperCase().replace(/\s+/g, "").replace(/NOTNULL$/, "");
  if (s3 === "STRING") return "VARCHAR(2147483647)";
  if (s3 === "BYTES") return "VARBINARY(2147483647)";
  if (s3 === "INTEGER") return "INT";
  if (s3 === "DEC" || s3 === "NUMERIC" || s3 === "DECIMAL") return "DECIMAL(10,0)";
  return s3.replace(/^(DEC|NUMERIC)\(/, "DECIMAL(");
});
var physical = (function physical(t, l) {
  const source2 = l.sources.get(t.file);
  if (t.format === "yaml") {
    const y2 = source2?.yaml;
    return (t.spec?.columns ?? []).map((c2, i) => ({
      name: c2.name,
      type: String(c2.type),
      at: () => y2?.locate(["columns", i, "name"]),
      typeAt: () => y2?.locate(["columns", i, "type"])
    }));
  }
  const s3 = t.statement;
  const lines = source2?.sql?.lines;
  return (s3?.table?.columns ?? []).filter((c2) => c2.kind === "physical" && c2.type !== void 0).map((c2) => {
    const at = () => s3 && lines ? lines.range(t.file, c2.start, c2.end) : void 0;
    return { name: c2.name, type: c2.type, at, typeAt: at };
  });
});
var typesDiffer = (function typesDiffer(a, b2) {
  return a.type !== void 0 && b2.type !== void 0 && normalType(a.type) !== normalType(b2.type);
});
var list = (function list(names) {
  return [...new Set(names)].sort().join(", ");
});
var checkTopicSchemas = (function checkTopicSchemas(project, envs, envVars) {
  const l = lookupOf(project, envVars);
  const { reads, writes } = tableUses(project);
  const readers = /* @__PURE__ */ new Map();
  const writers = /* @__PURE__ */ new Map();
  for (const u of reads) readers.set(u.table, (readers.get(u.table) ?? /* @__PURE__ */ new Set()).add(u.job));
  for (const u of writes) writers.set(u.table, (writers.get(u.table) ?? /* @__PURE__ */ new Set()).add(u.job));
  const inferredOf = /* @__PURE__ */ new Map();
  for (const job of project.jobs)
    for (const lt of job.localTables ?? []) {
      const def = lt.statement.table;
      if (!def || !KAFKA_CONNECTORS.has(def.options.connector?.trim().toLowerCase() ?? "")) continue;
      const ctas = lt.written && def.asQuery ? ctasColumns(lt.statement, job, project.tableByName) : void 0;
      if (!lt.read && (!lt.written || def.asQuery && !ctas)) continue;
      const table = () => ({
        name: lt.name,
        job: job.name,
        file: job.sqlFile,
        format: "sql",
        objectKind: "table",
        statement: lt.statement,
        reads: [],
        writes: [],
        functions: []
      });
      const t = table();
      if (lt.read) readers.set(t, /* @__PURE__ */ new Set([job.name]));
      if (lt.written && !def.asQuery) writers.set(t, /* @__PURE__ */ new Set([job.name]));
      if (ctas) {
        const w2 = lt.read ? table() : t;
        inferredOf.set(w2, ctas);
        writers.set(w2, /* @__PURE__ */ new Set([job.name]));
      }
    }
  const found = /* @__PURE__ */ new Map();
  const scopes = envs.length > 0 ? [...envs] : [void 0];
  for (const env of scopes) {
    const byTopic = /* @__PURE__ */ new Map();
    for (const t of /* @__PURE__ */ new Set([...readers.keys(), ...writers.keys()])) {
      if (!KAFKA_CONNECTORS.has(writtenConnector(t, env, l)?.trim().toLowerCase() ?? "")) continue;
      const o = tableOptionsIn(t, env, l);
      if (!o) continue;
      const value = (key2) => o.options.get(key2)?.value;
      const format = (value("format") ?? value("value.format"))?.toLowerCase();
      const values = {
        connector: value("connector"),
        topic: value("topic"),
        "topic-pattern": value("topic-pattern"),
        "properties.bootstrap.servers": value("properties.bootstrap.servers")
      };
      const upsert = values.connector?.toLowerCase() === "upsert-kafka";
      const keyNames = upsert ? (t.format === "yaml" ? t.spec?.primaryKey : t.statement?.table?.primaryKey?.columns) ?? [] : (value("key.fields") ?? "").split(";").map((n) => n.trim()).filter((n) => n !== "");
      const keyFormat = value("key.format")?.toLowerCase();
      const prefix = value("key.fields-prefix") ?? "";
      const exceptKey = value("value.fields-include")?.trim().toUpperCase() === "EXCEPT_KEY";
      const inferred = inferredOf.get(t);
      const columns = inferred ? inferred.map((c2) => ({ ...c2, at: () => void 0, typeAt: () => void 0 })) : physical(t, l);
      const inKey = new Set(keyFormat === void 0 ? [] : keyNames.map((n) => n.toLowerCase()));
      const key = /* @__PURE__ */ new Map();
      for (const c2 of columns)
        if (inKey.has(c2.name.toLowerCase()))
          key.set((c2.name.startsWith(prefix) ? c2.name.slice(prefix.length) : c2.name).toLowerCase(), c2);
      const side = {
        table: t,
        format: format !== void 0 && BY_NAME_FORMATS.has(format) ? format : void 0,
        keyFormat: keyFormat !== void 0 && BY_NAME_FORMATS.has(keyFormat) ? keyFormat : void 0,
        key,
        value: exceptKey ? columns.filter((c2) => !inKey.has(c2.name.toLowerCase())) : columns
      };
      if (side.format === void 0 && side.keyFormat === void 0) continue;
      for (const k2 of kafkaTopicKeys(values.connector, values)) {
        const entry = byTopic.get(k2) ?? { writes: [], reads: [] };
        const w2 = writers.get(t);
        const r = readers.get(t);
        if (w2) entry.writes.push({ ...side, jobs: w2 });
        if (r) entry.reads.push({ ...side, jobs: r });
        byTopic.set(k2, entry);
      }
    }
    const written = new Set([...byTopic].filter(([, e]) => e.writes.length > 0).map(([k2]) => k2));
    for (const [rk, { reads: rs }] of byTopic)
      for (const k2 of topicsRead(rk, written)) {
        const topic = topicOfKey(k2);
        for (const r of rs)
          for (const w2 of byTopic.get(k2).writes) {
            if (w2.table === r.table || w2.table.job !== void 0 && w2.table.statement === r.table.statement)
              continue;
            const by = w2.table.job ? `${w2.table.name} (created and written by job ${w2.table.job})` : `${w2.table.name} (written by job${w2.jobs.size > 1 ? "s" : ""} ${list(w2.jobs)})`;
            const readBy = `job${r.jobs.size > 1 ? "s" : ""} ${list(r.jobs)}`;
            const readByCap = readBy[0].toUpperCase() + readBy.slice(1);
            const add = (c2, d) => {
              const at = d.range;
              const id = `${d.code}\0${r.table.file}\0${r.table.name}\0${w2.table.file}\0${w2.table.name}\0${c2.name}\0${at?.start.line}`;
              const f2 = found.get(id) ?? { d, envs: /* @__PURE__ */ new Set() };
              if (env !== void 0) f2.envs.add(env);
              found.set(id, f2);
            };
            const fromKey = new Map([...r.key].map(([f2, c2]) => [c2, f2]));
            for (const c2 of r.value) fromKey.delete(c2);
            const writtenValue = new Map(w2.value.map((c2) => [c2.name.toLowerCase(), c2]));
            for (const [c2, field] of fromKey) {
              if (r.keyFormat === void 0 || w2.keyFormat !== void 0 && w2.keyFormat !== r.keyFormat)
                continue;
              const wc = w2.keyFormat === void 0 ? void 0 : w2.key.get(field);
              const keyed = [...w2.key.keys()];
              if (!wc)
                add(c2, {
                  code: "FO288",
                  summary: `Table ${r.table.name} reads column ${c2.name} from the key of Kafka topic ${topic} (field ${field}), which ${by} does not write there: it is NULL in every record`,
                  detail: `A topic carries no schema: the ${r.keyFormat} key format reads ${c2.name} from the record key's field ${field}, and ${list(w2.jobs)} writes ${keyed.length > 0 ? `the key fields ${keyed.join(", ")}` : "no key (no key.format, key.fields or primary key)"}. ${readByCap} reading ${r.table.name} get NULL for ${c2.name}. Write ${field} in the key of ${w2.table.name} (key.fields, or its primary key for upsert-kafka), or read ${c2.name} from the value (value.fields-include: ALL) if the producer writes it there: change the producer and its consumers together.`,
                  ...rangeOf(c2.at())
                });
              else if (typesDiffer(wc, c2))
                add(c2, {
                  code: "FO289",
                  summary: `Table ${r.table.name} reads column ${c2.name} of the key of Kafka topic ${topic} as ${c2.type}, but ${by} writes it as ${wc.type}`,
                  detail: `A topic carries no schema: the ${r.keyFormat} key format parses each field into the reading column's type. A value that does not parse as ${c2.type} fails ${readBy}, and one that does may read as another value. Give the key field ${field} the same type in ${w2.table.name} and ${r.table.name}, and change the producer and its consumers together.`,
                  ...rangeOf(c2.typeAt())
                });
            }
            if (r.format === void 0 || w2.format !== r.format) continue;
            for (const c2 of r.value) {
              const wc = writtenValue.get(c2.name.toLowerCase());
              const onlyKey = w2.keyFormat !== void 0 && w2.key.has(c2.name.toLowerCase());
              if (!wc) {
                add(c2, {
                  code: "FO288",
                  summary: `Table ${r.table.name} reads column ${c2.name} from Kafka topic ${topic}, which ${by} does not write${onlyKey ? " in the value" : ""}: it is NULL in every record`,
                  detail: `A topic carries no schema: the ${r.format} format reads each column from the record's field of its name, and ${list(w2.jobs)} writes the fields of ${w2.table.name} (${w2.value.map((x2) => x2.name).join(", ")})${onlyKey ? ` in the value, and ${c2.name} in the record's key only (value.fields-include: EXCEPT_KEY): read it from the key (key.format, key.fields with ${c2.name}, value.fields-include: EXCEPT_KEY) or have the producer write it in the value too` : ""}. ${readByCap} reading ${r.table.name} get NULL for ${c2.name} (a NOT NULL key or sink column then fails them). Add ${c2.name} to ${w2.table.name} and to what ${list(w2.jobs)} writes, or remove it from ${r.table.name} and from the queries reading it: change the producer and its consumers together. Records written meanwhile stay in the topic without the field: putting it back later does not change them, and a consumer reading them again (after a restart from an earlier checkpoint, or from earliest-offset) gets NULL again.`,
                  ...rangeOf(c2.at())
                });
              } else if (typesDiffer(wc, c2)) {
                add(c2, {
                  code: "FO289",
                  summary: `Table ${r.table.name} reads column ${c2.name} of Kafka topic ${topic} as ${c2.type}, but ${by} writes it as ${wc.type}`,
                  detail: `A topic carries no schema: the ${r.format} format parses each field into the reading column's type. A value that does not parse as ${c2.type} fails ${readBy} (or, with ${r.format}.ignore-parse-errors, is read as NULL), and one that does may read as another value (a fraction cut off, a time in another zone). Give ${c2.name} the same type in ${w2.table.name} and ${r.table.name}, and change the producer and its consumers together.`,
                  ...rangeOf(c2.typeAt())
                });
              }
            }
          }
      }
  }
  const every = envs.length;
  return [...found.values()].map(({ d, envs: seenIn }) => {
    const only = seenIn.size > 0 && seenIn.size < every ? ` (environment${seenIn.size > 1 ? "s" : ""} ${list(seenIn)})` : "";
    return warning(d.code, d.summary + only, d.detail, d.range);
  });
});
var rangeOf = (function rangeOf(at) {
  return at ? { range: at } : {};
});

// src/validate/jdbc-rules.ts
var PG_RESERVED = new Set(
  "all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime localtimestamp not null offset on only or order placing primary references returning select session_user some symmetric table then to trailing true union unique user using variadic when where window with".split(" ")
);
var unquotedColumnProblem = (function unquotedColumnProblem(name) {
  if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(name)) return "is no plain identifier";
  if (PG_RESERVED.has(name.toLowerCase())) return "is a reserved word of PostgreSQL";
  return void 0;
});
var checkJdbcColumnNames = (function checkJdbcColumnNames(project, envs, envVars) {
  const diags = [];
  for (const t of project.tables) {
    if (t.format !== "yaml" || !t.spec || String(t.spec.connector).toLowerCase() !== "jdbc") continue;
    const flagged = t.spec.columns.map((c2, i) => ({ c: c2, i, problem: unquotedColumnProblem(c2.name) })).filter((f2) => f2.problem !== void 0);
    if (flagged.length === 0) continue;
    const lookup = lookupOf(project, envVars);
    const y2 = lookup.sources.get(t.file)?.yaml;
    if (!y2) continue;
    const unquoting = (envs.length > 0 ? envs : [void 0]).some((env) => {
      const o = tableOptionsIn(t, env, lookup)?.options;
      if (o?.get("connector")?.text.toLowerCase() !== "jdbc") return false;
      const url = o.get("url");
      return /^jdbc:(postgresql|derby):/i.test(url?.value ?? url?.text ?? "");
    });
    if (!unquoting) continue;
    for (const { c: c2, i, problem } of flagged)
      diags.push(
        warning(
          "FO279",
          `Column "${c2.name}" of jdbc table ${t.name} ${problem}: Flink's PostgreSQL dialect writes column names into its statements unquoted`,
          `The job fails when it runs (a syntax error, or "doesn't exist in the parameters of SQL statement"). Name the column as a plain lower-case identifier, the same as in the database, and rename it in the jobs with AS.`,
          y2.locate(["columns", i, "name"])
        )
      );
  }
  return diags;
});
var LTZ = /^\s*(TIMESTAMP_LTZ\b|TIMESTAMP\s*(\(\s*\d+\s*\))?\s+WITH\s+LOCAL\s+TIME\s+ZONE\b)/i;
var checkJdbcLtzColumns = (function checkJdbcLtzColumns(project, envs, envVars) {
  const diags = [];
  for (const t of project.tables) {
    const types = t.format === "yaml" ? (t.spec?.columns ?? []).map((c2) => String(c2.type)) : (t.statement?.table?.columns ?? []).map((c2) => c2.type ?? "");
    if (!types.some((ty) => LTZ.test(ty))) continue;
    const lookup = lookupOf(project, envVars);
    const jdbc = (envs.length > 0 ? envs : [void 0]).some(
      (env) => tableOptionsIn(t, env, lookup)?.options.get("connector")?.text.toLowerCase() === "jdbc"
    );
    if (!jdbc) continue;
    for (const c2 of physical(t, lookup))
      if (LTZ.test(c2.type))
        diags.push(
          warning(
            "FO738",
            `Column "${c2.name}" of jdbc table ${t.name} is ${c2.type.trim()}, a type Flink's JDBC connector cannot read or write`,
            `Plan passes (the dialect accepts the type), and the job fails as it starts: "UnsupportedOperationException: Unsupported type:TIMESTAMP_LTZ(3)". Declare the column TIMESTAMP(3) and convert in the job: CAST(${c2.name} AS TIMESTAMP(3)) is its wall-clock time in the session's table.local-time-zone.`,
            c2.typeAt()
          )
        );
  }
  return diags;
});

// src/validate/kafka-rules.ts
var TIMEOUT = "properties.transaction.timeout.ms";
var PREFIX = "sink.transactional-id-prefix";
var INTERVAL = "execution.checkpointing.interval";
var GROUP = "properties.group.id";
var RESET = "properties.auto.offset.reset";
var MODE = "scan.startup.mode";
var seen = (function seen(o, use, key) {
  const hinted = use?.hints[key];
  if (hinted !== void 0)
    return { value: hinted.includes("${") ? void 0 : hinted, text: hinted, at: use.at };
  return o.options.get(key);
});
var lower = (function lower(s3) {
  return s3?.value?.toLowerCase();
});
var list2 = (function list2(names) {
  return [...new Set(names)].sort().join(", ");
});
var checkpointInterval = (function checkpointInterval(project, env, job) {
  const settings = project.jobs.find((j2) => j2.name === job)?.settings;
  const text = configLayers(project.config, env, job, settings).map((l) => l?.[INTERVAL]).filter((v2) => v2 !== void 0 && v2 !== null).at(-1);
  if (typeof text !== "string" && typeof text !== "number") {
    const sql = project.loaded.jobs.find((j2) => j2.name === job)?.sql?.text ?? "";
    return sql.includes(INTERVAL) ? void 0 : { ms: 0, text: "unset" };
  }
  const ms = parseDurationMs(String(text));
  return ms === void 0 ? void 0 : { ms: Math.max(ms, 0), text: String(text) };
});
var checkKafkaOptions = (function checkKafkaOptions(project, envs, envVars) {
  const l = lookupOf(project, envVars);
  const { reads, writes } = tableUses(project);
  const writers = /* @__PURE__ */ new Map();
  for (const w2 of writes) writers.set(w2.table, [...writers.get(w2.table) ?? [], w2]);
  const findings = /* @__PURE__ */ new Map();
  const scopes = envs.length > 0 ? [...envs] : [void 0];
  for (const env of scopes) {
    const add = (f2, key) => {
      const k2 = `${f2.code}\0${key}\0${f2.at?.file}:${f2.at?.start.line}:${f2.at?.start.column}`;
      const found = findings.get(k2) ?? { ...f2, envs: /* @__PURE__ */ new Set() };
      if (env !== void 0) found.envs.add(env);
      findings.set(k2, found);
    };
    const optionsOf = (t) => tableOptionsIn(t, env, l);
    const kafka = (t, use) => {
      const named = writtenConnector(t, env, l)?.toLowerCase();
      const other = named === void 0 || !named.includes("${") && named !== "kafka" && named !== "upsert-kafka";
      if (other && use?.hints.connector === void 0) return void 0;
      const o = optionsOf(t);
      const connector = o && lower(seen(o, use, "connector"));
      return connector === "kafka" || connector === "upsert-kafka" ? o : void 0;
    };
    const prefixes = /* @__PURE__ */ new Map();
    for (const t of project.tables) {
      const o = kafka(t);
      if (!o) continue;
      for (const use of writers.get(t) ?? [void 0]) {
        const guarantee = seen(o, use, "sink.delivery-guarantee") ?? seen(o, use, "sink.semantic");
        if (lower(guarantee) !== "exactly-once") continue;
        const prefix = seen(o, use, PREFIX);
        if (use && prefix?.value !== void 0) {
          const servers = seen(o, use, "properties.bootstrap.servers");
          const key = `${servers?.value ?? servers?.text ?? ""}\0${prefix.value}`;
          prefixes.set(key, [...prefixes.get(key) ?? [], { use, prefix }]);
        }
        const timeout = seen(o, use, TIMEOUT);
        const interval = use && checkpointInterval(project, env, use.job);
        const timeoutMs = parseDurationMs(timeout?.value);
        if (use && interval?.ms === 0)
          add(
            {
              code: "FO692",
              summary: `Job ${use.job} writes Kafka sink ${t.name} exactly-once without checkpointing (${INTERVAL} ${interval.text})`,
              detail: `Flink's Kafka sink commits its transactions only when a checkpoint completes: without checkpoints the job runs, and no record it writes ever reaches a read_committed consumer (nor is it ever committed); nothing fails or says so. Set ${INTERVAL} (e.g. 30 s) in the job's config or in defaults.config (where the cluster's configuration sets it, state it there too), or write at-least-once.`,
              at: guarantee?.at()
            },
            `${t.name}\0${use.job}`
          );
        if (use && interval && interval.ms > 0 && timeout && timeoutMs !== void 0 && interval.ms >= timeoutMs)
          add(
            {
              code: "FO689",
              summary: `Job ${use.job} checkpoints every ${interval.text}, not within the ${TIMEOUT} of its exactly-once Kafka sink ${t.name} (${timeout.text} ms)`,
              detail: `Flink's Kafka sink commits a transaction at the checkpoint after it opened it: the transaction must outlive the checkpoint interval (and the time a restart takes). The broker aborts any transaction older than its timeout, so the records written since the last checkpoint are lost, or the commit fails and the job restarts; nothing says so at plan time. Set ${INTERVAL} well below ${TIMEOUT} (a few minutes at most), or raise ${TIMEOUT} (at most the broker's transaction.max.timeout.ms, 15 minutes unless the broker raises it).`,
              at: timeout.at()
            },
            `${t.name}\0${use.job}`
          );
        if (timeout) continue;
        const removed = o.removed.get(TIMEOUT);
        add(
          {
            code: "FO273",
            summary: removed ? `Kafka sink ${t.name} writes exactly-once, and this override removes ${TIMEOUT}` : `Kafka sink ${t.name} writes exactly-once without ${TIMEOUT}`,
            detail: `Flink's Kafka sink opens its transactions with a timeout of 1 hour, and a Kafka broker refuses any above its transaction.max.timeout.ms (15 minutes unless the broker raises it): the job fails as it starts ("The transaction timeout is larger than the maximum value allowed by the broker") and restarts until it is fixed; Flink's planner takes the table, so the plan passes. Set ${TIMEOUT}: 900000 (15 minutes: at most the broker's maximum, and well above the checkpoint interval, since a transaction stays open until the next checkpoint commits it).`,
            at: (removed ?? guarantee?.at)?.()
          },
          t.name
        );
      }
    }
    for (const members of prefixes.values()) {
      const jobs = new Set(members.map((m) => m.use.job));
      if (jobs.size < 2) continue;
      const names = list2(members.map((m) => m.use.table.name));
      for (const { use, prefix } of members)
        add(
          {
            code: "FO688",
            summary: `Jobs ${list2(jobs)} write exactly-once to Kafka (${names}) with the same ${PREFIX} ${prefix.text}`,
            detail: `Flink's Kafka sink names its transactions <prefix>-<subtask>-<checkpoint>, and a job that starts or restores aborts the open transactions under its prefix: a job sharing it fences the other's producers (ProducerFencedException, the job restarts) or aborts transactions the other has not committed yet, whose records never reach a read_committed consumer. Nothing fails at plan time. Give each job a prefix of its own, unique on the Kafka cluster: on the table, or where a job writes it, INSERT INTO ${use.table.name} /*+ OPTIONS('${PREFIX}' = '${prefix.text}-<job>') */.`,
            at: prefix.at()
          },
          `${prefix.text}\0${list2(jobs)}`
        );
    }
    const groups = /* @__PURE__ */ new Map();
    for (const use of reads) {
      const o = kafka(use.table, use);
      if (!o || lower(seen(o, use, "connector")) !== "kafka") continue;
      const mode = seen(o, use, MODE);
      if (mode && lower(mode) !== "group-offsets") continue;
      const group = seen(o, use, GROUP);
      const t = use.table;
      const how = `${mode ? "scan.startup.mode is group-offsets" : "scan.startup.mode is not set, and its default is group-offsets"}`;
      if (!group) {
        add(
          {
            code: "FO274",
            summary: `Kafka source ${t.name} starts from its consumer group's committed offsets but has no ${GROUP}`,
            detail: `${how}, which needs a consumer group: Flink refuses the job when it is planned or submitted ("Property group.id is required when using committed offset for offsets initializer"). Set ${GROUP} (a group of its own for each job reading the table, see FO275), or set scan.startup.mode: earliest-offset or latest-offset.`,
            at: (mode?.at ?? o.removed.get(GROUP) ?? o.connectorAt)()
          },
          t.name
        );
        continue;
      }
      if (!seen(o, use, RESET)) {
        add(
          {
            code: "FO274",
            summary: `Kafka source ${t.name} starts from the committed offsets of group ${group.text}, with no ${RESET} for when it has none`,
            detail: `${how}. A job that starts without state (created, or upgraded stateless) in a group that has committed no offsets yet (a new group, or its offsets expired) fails as it starts ("NoOffsetForPartitionException: Undefined offset with no reset policy") and restarts until it is fixed; Flink's planner takes the table, so the plan passes. Set ${RESET}: earliest (or latest), where a group without offsets starts.`,
            at: (o.removed.get(RESET) ?? (mode ?? group).at)()
          },
          t.name
        );
      }
      const servers = seen(o, use, "properties.bootstrap.servers");
      const topic = seen(o, use, "topic") ?? seen(o, use, "topic-pattern");
      const key = [servers, topic, group].map((s3) => s3?.value ?? s3?.text ?? "").join("\0");
      groups.set(key, [...groups.get(key) ?? [], { use, group }]);
    }
    for (const members of groups.values()) {
      if (new Set(members.map((m) => m.use.job)).size < 2) continue;
      const jobs = list2(members.map((m) => m.use.job));
      const names = new Set(members.map((m) => m.use.table.name));
      const tables = `${names.size > 1 ? "tables" : "table"} ${list2(names)}`;
      const topic = optionsOf(members[0].use.table)?.options.get("topic")?.text;
      for (const { use, group } of members)
        add(
          {
            code: "FO275",
            summary: `Jobs ${jobs} read ${tables} in the same Kafka consumer group ${group.text}${topic ? ` (topic ${topic})` : ""}, from its committed offsets`,
            detail: `Each job commits its position to the group at every checkpoint. A job that starts without state (created, or upgraded stateless) starts where another one last committed and never reads the records before; nothing fails or says so. Give each job a group of its own where it reads the table: FROM ${use.table.name} /*+ OPTIONS('${GROUP}' = '${group.text}-<job>') */ (in a windowing function, read the table so in a WITH query and pass its name to TABLE). Or, when a job starting without state should read the topic from its start, set scan.startup.mode: earliest-offset on the table (latest-offset: from its end).`,
            at: group.at()
          },
          `${use.table.name}\0${jobs}`
        );
    }
  }
  const every = Object.keys(project.config?.environments ?? {});
  return [...findings.values()].map((f2) => {
    const only = f2.envs.size > 0 && f2.envs.size < every.length ? ` (environment${f2.envs.size > 1 ? "s" : ""} ${list2(f2.envs)})` : "";
    return warning(f2.code, f2.summary + only, f2.detail, f2.at);
  });
});

// src/validate/literal-credentials.ts
var YAML_HINT = new RegExp(`(?:${CREDENTIAL_WORDS})[^:\\n]*:\\s*(?!["']?\\$\\{)\\S`, "i");
var SQL_HINT = new RegExp(`'[^'\\n]*(?:${CREDENTIAL_WORDS})[^'\\n]*'\\s*=\\s*'(?!\\$\\{)`, "i");
var literalWarning = (function literalWarning(key, range) {
  return warning(
    "FO248",
    `"${key}" is a credential written as a literal value`,
    `The value is written into the compiled script, so plans print it (the SQL diff of plan --verbose, the pull request comment), the state store records it and the repository holds it. Put it in a secret and write '\${secret.NAME}' here: it stays a placeholder in scripts, plans and the state store, is resolved only when the job is submitted (from FLINKOPS_SECRET_NAME, else NAME) and is masked in every output.`,
    range
  );
});
var isLiteral = (function isLiteral(value) {
  return value.trim() !== "" && !value.includes("${");
});
var yamlLiterals = (function yamlLiterals(y2, diags) {
  if (!YAML_HINT.test(y2.text)) return;
  for (const s3 of y2.stringsContaining("")) {
    const key = s3.path.at(-1);
    const parent = s3.path.at(-2);
    if (typeof key !== "string" || parent !== "with" && parent !== "config") continue;
    if (s3.path.includes("auth") || !isSensitiveKey(key) || !isLiteral(s3.value)) continue;
    diags.push(literalWarning(key, y2.lines.range(y2.file, s3.start, s3.end)));
  }
});
var sqlLiterals = (function sqlLiterals(file, diags) {
  if (!SQL_HINT.test(file.text)) return;
  const tokens = lex(file.text, file.file, file.lines).tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [k2, eq, v2] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (k2.kind !== "string" || eq.kind !== "op" || eq.value !== "=" || v2.kind !== "string") continue;
    if (!isSensitiveKey(k2.value) || !isLiteral(v2.value)) continue;
    diags.push(literalWarning(k2.value, file.lines.range(file.file, v2.start, v2.end)));
  }
});
var checkLiteralCredentials = (function checkLiteralCredentials(project) {
  const diags = [];
  const loaded = project.loaded;
  for (const y2 of [loaded.config, ...loaded.tables.map((t) => t.yaml), ...loaded.jobs.map((j2) => j2.yaml)])
    if (y2) yamlLiterals(y2, diags);
  for (const t of [...loaded.tables.map((x2) => x2.sql), ...loaded.jobs.map((j2) => j2.sql)])
    if (t) sqlLiterals(t, diags);
  return diags;
});

// src/validate/moved-from.ts
var MOVED_FROM_CODES = {
  /** Error: movedFrom names the job itself or a job the repository still has. */
  stillThere: "FO292",
  /** Error: two jobs name the same former job (or the defaults name one for every job). */
  claimedTwice: "FO293",
  /** Warning: a job is renamed from a job policy.protectedJobs lists, and the new name is not listed. */
  protectedLeft: "FO281"
};
var checkMovedFrom = (function checkMovedFrom(project, envs) {
  const out = [];
  const seen2 = /* @__PURE__ */ new Set();
  const push = (d) => {
    const key = `${d.code}\0${d.summary}\0${d.range?.file}:${d.range?.start.line}`;
    if (seen2.has(key)) return;
    seen2.add(key);
    out.push(d);
  };
  const y2 = project.loaded.config;
  const config = project.config;
  if (config?.defaults?.movedFrom !== void 0)
    push(
      error(
        MOVED_FROM_CODES.claimedTwice,
        `movedFrom under defaults: every job would be ${config.defaults.movedFrom} renamed`,
        "movedFrom is one job's former name: set it in that job's settings (jobs/<job>.yaml), or under environments.<env>.jobs.<job>, and remove it from defaults.",
        y2?.locate(["defaults", "movedFrom"])
      )
    );
  const names = new Set(project.jobs.map((j2) => j2.name));
  const yamlOf = new Map(project.loaded.jobs.flatMap((j2) => j2.yaml ? [[j2.name, j2.yaml]] : []));
  for (const env of envs.length > 0 ? envs : [""]) {
    const overrides = env ? config?.environments[env]?.jobs : void 0;
    const claims = [];
    for (const job of project.jobs) {
      const over = overrides?.[job.name]?.movedFrom;
      const from = over ?? job.settings.movedFrom;
      if (from === void 0) continue;
      const at = over !== void 0 ? y2?.locate(["environments", env, "jobs", job.name, "movedFrom"]) : yamlOf.get(job.name)?.locate(["movedFrom"]);
      const where2 = over !== void 0 ? `environments.${env}.jobs.${job.name}` : job.yamlFile ?? `jobs/${job.name}.yaml`;
      claims.push({ job: job.name, from, at, where: where2 });
    }
    for (const c2 of claims) {
      if (c2.from === c2.job)
        push(
          error(
            MOVED_FROM_CODES.stillThere,
            `Job ${c2.job} names itself in movedFrom`,
            `movedFrom is the name the job had before a rename. Remove it from ${c2.where}, or write the former name.`,
            c2.at
          )
        );
      else if (names.has(c2.from))
        push(
          error(
            MOVED_FROM_CODES.stillThere,
            `Job ${c2.job} is renamed from ${c2.from} (movedFrom), but jobs/${c2.from}.sql is still in the repository`,
            `A rename takes ${c2.from}'s place: remove jobs/${c2.from}.sql (and its YAML) in the same change. ${project.jobs.find((j2) => j2.name === c2.from)?.settings.movedFrom ? `A chain of renames (${c2.from} renamed in turn) is done one rename per apply: apply the first, then the next. ` : ""}If ${c2.job} is a new job beside ${c2.from}, remove movedFrom from ${c2.where}.`,
            c2.at
          )
        );
    }
    const protectedJobs = config?.policy?.protectedJobs ?? [];
    for (const c2 of claims) {
      if (c2.from === c2.job || names.has(c2.from) || !protectedJobs.includes(c2.from) || protectedJobs.includes(c2.job))
        continue;
      push(
        warning(
          MOVED_FROM_CODES.protectedLeft,
          `Job ${c2.job} is renamed from ${c2.from} (movedFrom), which policy.protectedJobs protects, but ${c2.job} is not listed there`,
          `The rename carries ${c2.from}'s state to ${c2.job}, and a plan refuses it while ${c2.job} is not protected in turn (FO609). Replace ${c2.from} with ${c2.job} in policy.protectedJobs in flinkops.yaml, in the same reviewed change; or, to leave the job unprotected, remove ${c2.from} from it.`,
          c2.at
        )
      );
    }
    const byOld = /* @__PURE__ */ new Map();
    for (const c2 of claims) byOld.set(c2.from, [...byOld.get(c2.from) ?? [], c2]);
    for (const [old, list3] of byOld) {
      if (list3.length < 2 || names.has(old)) continue;
      const jobs = list3.map((c2) => c2.job).join(", ");
      for (const c2 of list3)
        push(
          error(
            MOVED_FROM_CODES.claimedTwice,
            `Jobs ${jobs} are all renamed from ${old} (movedFrom)${env ? ` in environment ${env}` : ""}: one job only can take its state`,
            `Keep movedFrom: ${old} on the job that continues ${old}, and remove it from the others (${c2.where}); they start as new jobs.`,
            c2.at
          )
        );
    }
  }
  return out;
});

// src/validate/number-text.ts
var TEXT_MAPS = /* @__PURE__ */ new Set(["with", "config", "variables"]);
var numbersAsWritten = (function numbersAsWritten(y2) {
  const out = [];
  walk(y2, y2.data, [], false, out);
  return out;
});
var walk = (function walk(y2, v2, path, text, out) {
  if (typeof v2 === "number") {
    if (text) check(y2, v2, [...path], out);
    return;
  }
  if (v2 === null || typeof v2 !== "object") return;
  if (Array.isArray(v2)) {
    for (let i = 0; i < v2.length; i++) {
      path.push(i);
      walk(y2, v2[i], path, text, out);
      path.pop();
    }
    return;
  }
  for (const k2 in v2) {
    path.push(k2);
    walk(y2, v2[k2], path, text || TEXT_MAPS.has(k2), out);
    path.pop();
  }
});
var check = (function check(y2, v2, path, out) {
  const range = y2.locate(path);
  if (range.start.line !== range.end.line) return;
  const written = y2.text.slice(y2.lines.offset(range.start), y2.lines.offset(range.end)).trim();
  if (written === "" || written === String(v2)) return;
  const key = path[path.length - 1];
  out.push(
    warning(
      "FO268",
      `${path.join(".")} is the unquoted number ${written}, which YAML reads as ${String(v2)}: Flink gets '${String(v2)}'`,
      `Quote it to keep it as written: ${typeof key === "string" ? `${key}: ` : ""}"${written}".`,
      range
    )
  );
});

// flinkops-generated:virtual:flinkops-schema-validators
var import_formats = __toESM(require_formats());
function ucs2length(s3) {
  let n = 0;
  for (const _2 of s3) n++;
  return n;
}
function require2(id) {
  if (id === "ajv/dist/runtime/ucs2length") return { default: ucs2length };
  if (id === "ajv-formats/dist/formats") return { fullFormats: import_formats.fullFormats };
  throw new Error(`bug: schema validators need ${id}`);
}
var repoValidators = (function repoValidators2(exports) {
  "use strict";
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops project (flinkops.yaml)", "description": "The project: its name, Flink version, job defaults and the environments it is deployed to.", "type": "object", "additionalProperties": false, "required": ["project", "flinkVersion", "environments"], "properties": { "project": { "description": "Project name ([a-z][a-z0-9_]*); jobs run as <project>.<env>.<job>.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "flinkVersion": { "description": "Flink version of the clusters, 1.16 to 2.3.", "enum": ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"] }, "defaults": { "title": "Job defaults (every job, every environment)", "description": "Job settings every job starts from; a job's own YAML and the environment's overrides win.", "$ref": "job.schema.json" }, "policy": { "description": "Guards every plan checks; a change that breaks one is refused (not applied) and reported with what to do.", "type": "object", "additionalProperties": false, "properties": { "protectedJobs": { "description": "Jobs that are never deleted and never upgraded stateless, in any environment. Keep a name here after removing its file to guard it.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$" } }, "requireAllowDelete": { "description": "Environments in which a deletion needs --allow-delete (Action input allow-delete) even when the job says deletionPolicy: delete.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "maxParallelism": { "description": "Highest job parallelism allowed per environment, e.g. {prod: 16}; a job above it is refused.", "type": "object", "additionalProperties": { "type": "integer", "minimum": 1 } }, "refuseIncompatibleUpgrades": { "description": "Environments in which an upgrade is refused when its state verdict is incompatible, or drops-state unless the job sets allowNonRestoredState: true.", "type": "array", "uniqueItems": true, "items": { "type": "string" } } } }, "environments": { "description": "Environments (clusters) the project is deployed to, by name, e.g. staging and prod.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["jobmanagerUrl", "sqlGatewayUrl"], "properties": { "jobmanagerUrl": { "description": "JobManager REST endpoint, e.g. http://flink-jobmanager:8081.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "sqlGatewayUrl": { "description": "SQL Gateway REST endpoint, e.g. http://flink-sql-gateway:8083.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "flinkVersion": { "description": "Flink version of this environment's cluster, when it is not the project's flinkVersion (an upgrade rolled out one environment at a time: staging on the new release, prod still on the old). Validate judges the SQL by every release the environments run; compile, plan and apply of this environment use this one.", "enum": ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"] }, "auth": { "description": "How to authenticate to both endpoints: a bearer token, basic auth, or extra headers. Use ${secret.NAME} for credentials.", "type": "object", "additionalProperties": false, "properties": { "token": { "description": "Bearer token, e.g. ${secret.FLINK_TOKEN}.", "type": "string" }, "username": { "description": "Basic-auth user name (with password).", "type": "string" }, "password": { "description": "Basic-auth password (with username), e.g. ${secret.FLINK_PASSWORD}.", "type": "string" }, "headers": { "description": "Extra HTTP headers sent with every request.", "type": "object", "additionalProperties": { "type": "string" } } }, "dependentRequired": { "username": ["password"], "password": ["username"] } }, "alerts": { "description": "Where health alerts of this environment go (status --check --alert, and the Action's scheduled runs): one message when a job starts breaching a rule, one when it passes again.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["type", "url"], "properties": { "type": { "description": "The payload format: slack (incoming webhook), dingtalk, feishu (Feishu/Lark), wecom (custom robots), webhook (flinkops' own JSON) or email (a plain-text mail through an SMTP server).", "enum": ["slack", "dingtalk", "feishu", "wecom", "webhook", "email"] }, "url": { "description": "The robot's webhook URL, which is a credential: use ${secret.NAME}. For email, the SMTP server as smtps://USER:PASSWORD@HOST:465 (TLS from the start) or smtp://USER:PASSWORD@HOST:587 (STARTTLS when the server offers it), e.g. ${secret.SMTP_URL}.", "type": "string", "minLength": 1 }, "secret": { "description": "Signing secret of a DingTalk or Feishu robot with signature verification on, e.g. ${secret.DINGTALK_SECRET}.", "type": "string", "minLength": 1 }, "from": { "description": 'email: the sender, e.g. flinkops@example.com or "Flink alerts <flinkops@example.com>".', "type": "string", "minLength": 1 }, "to": { "description": "email: the recipient, or a list of them.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] } }, "if": { "properties": { "type": { "const": "email" } } }, "then": { "required": ["from", "to"], "properties": { "url": { "description": "An e-mail channel's SMTP server URL.", "type": "string", "pattern": "^(smtps?://|\\$\\{)" }, "from": { "description": "An e-mail channel's sender.", "type": "string" }, "to": { "description": "An e-mail channel's recipients." } } } } }, "savepointDir": { "description": "Directory savepoints are written to, e.g. s3://bucket/savepoints/prod.", "type": "string", "minLength": 1 }, "state": { "description": "suspended: every job of the environment is stopped with a savepoint and stays stopped, whatever its own state says (e.g. before its jobs move to a cluster of a new Flink version); running (default): each job's own state applies.", "enum": ["running", "suspended"] }, "moveFrom": { "description": "The cluster this environment's jobs run on now, while they move to jobmanagerUrl/sqlGatewayUrl (a new cluster, e.g. of a newer Flink version). One plan shows every move with its state verdict, checked against the new cluster before anything stops; apply stops each job with a savepoint here and starts it on the new cluster from that savepoint (README: Flink version upgrades). Remove it once nothing runs here any more.", "type": "object", "additionalProperties": false, "required": ["jobmanagerUrl"], "properties": { "jobmanagerUrl": { "description": "JobManager REST endpoint of the cluster being left, e.g. http://flink-old-jobmanager:8081.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "sqlGatewayUrl": { "description": "SQL Gateway of the cluster being left. With it, the state verdict of a planMode: script job's move compares the stream graph the old release's planner builds for the running script with the one the new release builds: the verdict Flink's restore will give, instead of unknown.", "type": "string", "pattern": "^(https?://|\\$\\{)" }, "auth": { "description": "How to authenticate to that cluster, if not as to the new one (the environment's auth is used otherwise).", "$ref": "#/properties/environments/additionalProperties/properties/auth" } } }, "planDir": { "description": "Directory (a Flink file system URI: s3://, hdfs://, file:// on a shared mount) where the SQL Gateway writes the compiled plans of jobs with planMode: compiled and reads them back for EXECUTE PLAN. Every SQL Gateway the environment uses, including the one of a cluster it moves to, must reach it, like savepointDir.", "type": "string", "minLength": 1 }, "variables": { "description": "Defaults for ${env.NAME} references, used when the process environment does not set NAME. Values may use ${secret.NAME}.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "jobs": { "description": "Per-job setting overrides in this environment (parallelism, state, config, ...), by job name.", "type": "object", "additionalProperties": { "title": "Job settings in this environment", "description": "Settings of this job in this environment; they win over the job's own YAML and the defaults.", "$ref": "job.schema.json" } }, "tables": { "description": "Per-table connector option overrides in this environment, by table name.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["with"], "properties": { "with": { "description": "Connector options merged over the table's own; null removes an option.", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "null" }] } } } } }, "udfs": { "description": "Per-artifact overrides in this environment, by udfs/<name>.yaml name: another build of the same functions, e.g. a jar on the local disk for a test cluster. The override's jar and sha256 replace both of the artifact's own.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["jar"], "properties": { "jar": { "description": "URI of the jar in this environment (s3://, hdfs://, https://, file://, or a path the cluster can read), ending in .jar. May use ${env.NAME}.", "type": "string", "pattern": "\\.jar$" }, "sha256": { "description": "Hex sha256 checksum of this jar; without it the environment's jar has none.", "type": "string", "pattern": "^[a-fA-F0-9]{64}$" } } } }, "config": { "description": "Flink configuration options for every job in this environment (SET lines); a job's own config wins.", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } } } } } } };
  const schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops job settings (jobs/<name>.yaml)", "description": "Settings of one streaming job. The job's SQL lives beside this file in jobs/<name>.sql.", "type": "object", "additionalProperties": false, "properties": { "description": { "description": "What the job does, for people. Changing it never restarts the job.", "type": "string" }, "parallelism": { "description": "Parallelism of the job. A change alone rescales the job instead of upgrading it. Default 1.", "type": "integer", "minimum": 1, "maximum": 32768 }, "maxParallelism": { "description": "Maximum parallelism (number of key groups). Changing it makes keyed state incompatible with old savepoints.", "type": "integer", "minimum": 1, "maximum": 32768 }, "upgradeMode": { "description": "How a changed job is upgraded: through a savepoint (default), from the last checkpoint (last-state) or without state (stateless).", "enum": ["savepoint", "last-state", "stateless"] }, "state": { "description": "Desired state on the cluster: running (default) or suspended (stopped with a savepoint, resumable).", "enum": ["running", "suspended"] }, "planMode": { "description": "How the job is started. script (default): its SQL is planned by the cluster at every start. compiled: flinkops compiles it once with COMPILE PLAN (into the environment's planDir), keeps that JSON plan with what it deployed, and starts the job with EXECUTE PLAN, so the operators and their state survive a Flink version upgrade (README: Compiled plans and Flink version upgrades).", "enum": ["script", "compiled"] }, "allowNonRestoredState": { "description": "Allow restoring from a savepoint that holds state no operator of the new job claims (Flink's --allowNonRestoredState).", "type": "boolean" }, "deletionPolicy": { "description": "What happens when the job is removed from the repository: retain (default) refuses to delete unless deletions are allowed explicitly; delete lets the job be stopped with a final savepoint and removed.", "enum": ["retain", "delete"] }, "config": { "description": "Flink configuration options of the job, compiled into SET lines (e.g. execution.checkpointing.interval: 30 s). Numbers and booleans are written as strings.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "savepoints": { "description": "Periodic savepoints taken by the scheduled workflow.", "type": "object", "additionalProperties": false, "properties": { "every": { "description": "Interval between savepoints, e.g. 6h, 30min, 1d.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "keep": { "description": "How many savepoints to keep in the state store (older ones are disposed).", "type": "integer", "minimum": 1 }, "maxAge": { "description": "Savepoints older than this are disposed, e.g. 7d, 12h (the newest restore point and those a restore depends on are kept whatever their age).", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" } } }, "restoreFrom": { "description": "Savepoint or checkpoint path to start the job from. Changing it redeploys the job from that path.", "type": "string", "minLength": 1 }, "movedFrom": { "description": "The name this job had before it was renamed (Terraform's moved block). While the state store or the cluster still knows the old job, the plan renames it instead of deleting it and creating this one: apply stops the old job with a savepoint, starts this one under its new name from that savepoint, and moves its state store record (savepoints, history) here. Once the old name is gone it does nothing and may stay or go.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "schedule": { "description": "Time windows in which the job runs; outside them it is suspended with a savepoint. The job runs while the latest start of any window is later than that window's latest stop. Evaluated at the time of each plan (the Action's schedule run, or plan --now).", "type": "object", "additionalProperties": false, "required": ["windows"], "properties": { "timezone": { "description": "IANA time zone of the cron expressions, e.g. Europe/Berlin (daylight saving time is followed). Default UTC.", "type": "string", "minLength": 1 }, "windows": { "description": "Windows in which the job runs.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["start", "stop"], "properties": { "start": { "description": "Cron expression (5 fields: minute hour day-of-month month day-of-week) at which the job is resumed, e.g. '0 6 * * 1-5'.", "type": "string", "pattern": "^\\S+( \\S+){4}$" }, "stop": { "description": "Cron expression (5 fields: minute hour day-of-month month day-of-week) at which the job is suspended, e.g. '0 22 * * 1-5'.", "type": "string", "pattern": "^\\S+( \\S+){4}$" } } } } } }, "activeFrom": { "description": "Date-time (RFC 3339) before which the job is not started.", "type": "string", "format": "date-time" }, "activeUntil": { "description": "Date-time (RFC 3339) after which the job is suspended.", "type": "string", "format": "date-time" }, "health": { "description": "Health thresholds checked after a deployment and by the scheduled workflow.", "type": "object", "additionalProperties": false, "properties": { "maxRestarts": { "description": "Most restarts tolerated within the window before the job counts as unhealthy.", "type": "integer", "minimum": 0 }, "window": { "description": "Window over which restarts are counted, e.g. 10min. Default 10min.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "maxCheckpointAge": { "description": "Oldest acceptable age of the last completed checkpoint, e.g. 15min. A running job that never completed one counts from its start.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "notRunning": { "description": "Breach when the job is not RUNNING on the cluster while the repository (state and schedule) wants it running. Default true.", "type": "boolean" }, "maxBackPressure": { "description": "Highest back-pressure tolerated on any vertex: a level as Flink's back-pressure sampling reports it (ok, low), or a share of time from 0 to 1 compared with the worst subtask's backPressuredTimeMsPerSecond / 1000 (e.g. 0.5). Above it is a breach. Not checked when absent.", "oneOf": [{ "enum": ["ok", "low"] }, { "type": "number", "minimum": 0, "maximum": 1 }] }, "maxBackpressure": { "description": "Deprecated: the former spelling of maxBackPressure, still read with a warning (FO265). Rename the key to maxBackPressure.", "deprecated": true, "oneOf": [{ "enum": ["ok", "low"] }, { "type": "number", "minimum": 0, "maximum": 1 }] }, "maxBusy": { "description": "Highest share of time (0 to 1) any subtask may be busy (busyTimeMsPerSecond / 1000), e.g. 0.9: a vertex busy all the time is the bottleneck. Not checked when absent.", "type": "number", "minimum": 0, "maximum": 1 }, "maxWatermarkLag": { "description": "Oldest acceptable event time: now minus the lowest currentInputWatermark of any vertex, e.g. 5min. Jobs without event time (no watermark) pass. Not checked when absent.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" }, "maxConsumerLag": { "description": "Most records the Kafka sources may be behind their topics (the connector's pendingRecords, or records-lag-max of the legacy consumer, summed over subtasks). Jobs without a Kafka source pass. Not checked when absent.", "type": "integer", "minimum": 0 }, "minRecordsInPerSecond": { "description": "Fewest records per second the sources must read (numRecordsOutPerSecond of the source operators, a one-minute average), checked once the job has run for the window (default 10min). Not checked when absent.", "type": "number", "minimum": 0 }, "maxCheckpointDuration": { "description": "Longest acceptable duration of the last completed checkpoint (trigger to last acknowledgement), e.g. 2min. Not checked when absent.", "type": "string", "pattern": "^[0-9]+ ?(s|min|m|h|d)$" } } } } };
  const schema33 = { "description": "How to authenticate to both endpoints: a bearer token, basic auth, or extra headers. Use ${secret.NAME} for credentials.", "type": "object", "additionalProperties": false, "properties": { "token": { "description": "Bearer token, e.g. ${secret.FLINK_TOKEN}.", "type": "string" }, "username": { "description": "Basic-auth user name (with password).", "type": "string" }, "password": { "description": "Basic-auth password (with username), e.g. ${secret.FLINK_PASSWORD}.", "type": "string" }, "headers": { "description": "Extra HTTP headers sent with every request.", "type": "object", "additionalProperties": { "type": "string" } } }, "dependentRequired": { "username": ["password"], "password": ["username"] } };
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.\\-]*$", "u");
  const pattern6 = new RegExp("^[0-9]+ ?(s|min|m|h|d)$", "u");
  const pattern9 = new RegExp("^\\S+( \\S+){4}$", "u");
  const pattern17 = new RegExp("^(https?://|\\$\\{)", "u");
  const pattern19 = new RegExp("^(smtps?://|\\$\\{)", "u");
  const pattern22 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
  const pattern33 = new RegExp("\\.jar$", "u");
  const pattern34 = new RegExp("^[a-fA-F0-9]{64}$", "u");
  const func1 = Object.prototype.hasOwnProperty;
  const func2 = require2("ajv/dist/runtime/ucs2length").default;
  const formats0 = require2("ajv-formats/dist/formats").fullFormats["date-time"];
  var validate20 = (function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate202.evaluated;
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
                if (!(key4 === "every" || key4 === "keep" || key4 === "maxAge")) {
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
              if (data13.maxAge !== void 0) {
                let data16 = data13.maxAge;
                if (typeof data16 === "string") {
                  if (!pattern6.test(data16)) {
                    const err32 = { instancePath: instancePath + "/defaults/savepoints/maxAge", schemaPath: "job.schema.json/properties/savepoints/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.savepoints.properties.maxAge, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                } else {
                  const err33 = { instancePath: instancePath + "/defaults/savepoints/maxAge", schemaPath: "job.schema.json/properties/savepoints/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.savepoints.properties.maxAge.type, parentSchema: schema32.properties.savepoints.properties.maxAge, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            } else {
              const err34 = { instancePath: instancePath + "/defaults/savepoints", schemaPath: "job.schema.json/properties/savepoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.savepoints.type, parentSchema: schema32.properties.savepoints, data: data13 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data2.restoreFrom !== void 0) {
            let data17 = data2.restoreFrom;
            if (typeof data17 === "string") {
              if (func2(data17) < 1) {
                const err35 = { instancePath: instancePath + "/defaults/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.restoreFrom, data: data17 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            } else {
              const err36 = { instancePath: instancePath + "/defaults/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.restoreFrom.type, parentSchema: schema32.properties.restoreFrom, data: data17 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          if (data2.movedFrom !== void 0) {
            let data18 = data2.movedFrom;
            if (typeof data18 === "string") {
              if (!pattern4.test(data18)) {
                const err37 = { instancePath: instancePath + "/defaults/movedFrom", schemaPath: "job.schema.json/properties/movedFrom/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32.properties.movedFrom, data: data18 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            } else {
              const err38 = { instancePath: instancePath + "/defaults/movedFrom", schemaPath: "job.schema.json/properties/movedFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.movedFrom.type, parentSchema: schema32.properties.movedFrom, data: data18 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
          if (data2.schedule !== void 0) {
            let data19 = data2.schedule;
            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
              if (data19.windows === void 0) {
                const err39 = { instancePath: instancePath + "/defaults/schedule", schemaPath: "job.schema.json/properties/schedule/required", keyword: "required", params: { missingProperty: "windows" }, message: "must have required property 'windows'", schema: schema32.properties.schedule.required, parentSchema: schema32.properties.schedule, data: data19 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              for (const key5 in data19) {
                if (!(key5 === "timezone" || key5 === "windows")) {
                  const err40 = { instancePath: instancePath + "/defaults/schedule", schemaPath: "job.schema.json/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
              if (data19.timezone !== void 0) {
                let data20 = data19.timezone;
                if (typeof data20 === "string") {
                  if (func2(data20) < 1) {
                    const err41 = { instancePath: instancePath + "/defaults/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.schedule.properties.timezone, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                } else {
                  const err42 = { instancePath: instancePath + "/defaults/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.timezone.type, parentSchema: schema32.properties.schedule.properties.timezone, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
              if (data19.windows !== void 0) {
                let data21 = data19.windows;
                if (Array.isArray(data21)) {
                  if (data21.length < 1) {
                    const err43 = { instancePath: instancePath + "/defaults/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.schedule.properties.windows, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  const len0 = data21.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data22 = data21[i0];
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                      if (data22.start === void 0) {
                        const err44 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                      if (data22.stop === void 0) {
                        const err45 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "stop" }, message: "must have required property 'stop'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                      for (const key6 in data22) {
                        if (!(key6 === "start" || key6 === "stop")) {
                          const err46 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule.properties.windows.items, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      }
                      if (data22.start !== void 0) {
                        let data23 = data22.start;
                        if (typeof data23 === "string") {
                          if (!pattern9.test(data23)) {
                            const err47 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data23 };
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        } else {
                          const err48 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.start.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err48];
                          } else {
                            vErrors.push(err48);
                          }
                          errors++;
                        }
                      }
                      if (data22.stop !== void 0) {
                        let data24 = data22.stop;
                        if (typeof data24 === "string") {
                          if (!pattern9.test(data24)) {
                            const err49 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err49];
                            } else {
                              vErrors.push(err49);
                            }
                            errors++;
                          }
                        } else {
                          const err50 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.stop.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err51 = { instancePath: instancePath + "/defaults/schedule/windows/" + i0, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.properties.windows.items.type, parentSchema: schema32.properties.schedule.properties.windows.items, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/defaults/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.schedule.properties.windows.type, parentSchema: schema32.properties.schedule.properties.windows, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            } else {
              const err53 = { instancePath: instancePath + "/defaults/schedule", schemaPath: "job.schema.json/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.type, parentSchema: schema32.properties.schedule, data: data19 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data2.activeFrom !== void 0) {
            let data25 = data2.activeFrom;
            if (typeof data25 === "string") {
              if (!formats0.validate(data25)) {
                const err54 = { instancePath: instancePath + "/defaults/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeFrom, data: data25 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            } else {
              const err55 = { instancePath: instancePath + "/defaults/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeFrom.type, parentSchema: schema32.properties.activeFrom, data: data25 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data2.activeUntil !== void 0) {
            let data26 = data2.activeUntil;
            if (typeof data26 === "string") {
              if (!formats0.validate(data26)) {
                const err56 = { instancePath: instancePath + "/defaults/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeUntil, data: data26 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            } else {
              const err57 = { instancePath: instancePath + "/defaults/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeUntil.type, parentSchema: schema32.properties.activeUntil, data: data26 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          if (data2.health !== void 0) {
            let data27 = data2.health;
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
              for (const key7 in data27) {
                if (!func1.call(schema32.properties.health.properties, key7)) {
                  const err58 = { instancePath: instancePath + "/defaults/health", schemaPath: "job.schema.json/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.health, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
              if (data27.maxRestarts !== void 0) {
                let data28 = data27.maxRestarts;
                if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                  const err59 = { instancePath: instancePath + "/defaults/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxRestarts.type, parentSchema: schema32.properties.health.properties.maxRestarts, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (typeof data28 == "number" && isFinite(data28)) {
                  if (data28 < 0 || isNaN(data28)) {
                    const err60 = { instancePath: instancePath + "/defaults/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxRestarts, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              }
              if (data27.window !== void 0) {
                let data29 = data27.window;
                if (typeof data29 === "string") {
                  if (!pattern6.test(data29)) {
                    const err61 = { instancePath: instancePath + "/defaults/health/window", schemaPath: "job.schema.json/properties/health/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.window, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                } else {
                  const err62 = { instancePath: instancePath + "/defaults/health/window", schemaPath: "job.schema.json/properties/health/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.window.type, parentSchema: schema32.properties.health.properties.window, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
              if (data27.maxCheckpointAge !== void 0) {
                let data30 = data27.maxCheckpointAge;
                if (typeof data30 === "string") {
                  if (!pattern6.test(data30)) {
                    const err63 = { instancePath: instancePath + "/defaults/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                } else {
                  const err64 = { instancePath: instancePath + "/defaults/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointAge.type, parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
              if (data27.notRunning !== void 0) {
                let data31 = data27.notRunning;
                if (typeof data31 !== "boolean") {
                  const err65 = { instancePath: instancePath + "/defaults/health/notRunning", schemaPath: "job.schema.json/properties/health/properties/notRunning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.health.properties.notRunning.type, parentSchema: schema32.properties.health.properties.notRunning, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
              if (data27.maxBackPressure !== void 0) {
                let data32 = data27.maxBackPressure;
                const _errs76 = errors;
                let valid12 = false;
                let passing0 = null;
                const _errs77 = errors;
                if (!(data32 === "ok" || data32 === "low")) {
                  const err66 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[0], data: data32 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                var _valid1 = _errs77 === errors;
                if (_valid1) {
                  valid12 = true;
                  passing0 = 0;
                }
                const _errs78 = errors;
                if (typeof data32 == "number" && isFinite(data32)) {
                  if (data32 > 1 || isNaN(data32)) {
                    const err67 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data32 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                  if (data32 < 0 || isNaN(data32)) {
                    const err68 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data32 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                } else {
                  const err69 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackPressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data32 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                var _valid1 = _errs78 === errors;
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
                  const err70 = { instancePath: instancePath + "/defaults/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackPressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackPressure, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                } else {
                  errors = _errs76;
                  if (vErrors !== null) {
                    if (_errs76) {
                      vErrors.length = _errs76;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data27.maxBackpressure !== void 0) {
                let data33 = data27.maxBackpressure;
                const _errs81 = errors;
                let valid13 = false;
                let passing1 = null;
                const _errs82 = errors;
                if (!(data33 === "ok" || data33 === "low")) {
                  const err71 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[0], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                var _valid2 = _errs82 === errors;
                if (_valid2) {
                  valid13 = true;
                  passing1 = 0;
                }
                const _errs83 = errors;
                if (typeof data33 == "number" && isFinite(data33)) {
                  if (data33 > 1 || isNaN(data33)) {
                    const err72 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data33 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                  if (data33 < 0 || isNaN(data33)) {
                    const err73 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data33 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                } else {
                  const err74 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackpressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                var _valid2 = _errs83 === errors;
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
                  const err75 = { instancePath: instancePath + "/defaults/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackpressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackpressure, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                } else {
                  errors = _errs81;
                  if (vErrors !== null) {
                    if (_errs81) {
                      vErrors.length = _errs81;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data27.maxBusy !== void 0) {
                let data34 = data27.maxBusy;
                if (typeof data34 == "number" && isFinite(data34)) {
                  if (data34 > 1 || isNaN(data34)) {
                    const err76 = { instancePath: instancePath + "/defaults/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBusy, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                  if (data34 < 0 || isNaN(data34)) {
                    const err77 = { instancePath: instancePath + "/defaults/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBusy, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                } else {
                  const err78 = { instancePath: instancePath + "/defaults/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBusy.type, parentSchema: schema32.properties.health.properties.maxBusy, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              if (data27.maxWatermarkLag !== void 0) {
                let data35 = data27.maxWatermarkLag;
                if (typeof data35 === "string") {
                  if (!pattern6.test(data35)) {
                    const err79 = { instancePath: instancePath + "/defaults/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                } else {
                  const err80 = { instancePath: instancePath + "/defaults/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxWatermarkLag.type, parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data27.maxConsumerLag !== void 0) {
                let data36 = data27.maxConsumerLag;
                if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                  const err81 = { instancePath: instancePath + "/defaults/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxConsumerLag.type, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                if (typeof data36 == "number" && isFinite(data36)) {
                  if (data36 < 0 || isNaN(data36)) {
                    const err82 = { instancePath: instancePath + "/defaults/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
              }
              if (data27.minRecordsInPerSecond !== void 0) {
                let data37 = data27.minRecordsInPerSecond;
                if (typeof data37 == "number" && isFinite(data37)) {
                  if (data37 < 0 || isNaN(data37)) {
                    const err83 = { instancePath: instancePath + "/defaults/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/defaults/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.minRecordsInPerSecond.type, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data27.maxCheckpointDuration !== void 0) {
                let data38 = data27.maxCheckpointDuration;
                if (typeof data38 === "string") {
                  if (!pattern6.test(data38)) {
                    const err85 = { instancePath: instancePath + "/defaults/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/defaults/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointDuration.type, parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
            } else {
              const err87 = { instancePath: instancePath + "/defaults/health", schemaPath: "job.schema.json/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.health.type, parentSchema: schema32.properties.health, data: data27 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
        } else {
          const err88 = { instancePath: instancePath + "/defaults", schemaPath: "job.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
      }
      if (data.policy !== void 0) {
        let data39 = data.policy;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
          for (const key8 in data39) {
            if (!(key8 === "protectedJobs" || key8 === "requireAllowDelete" || key8 === "maxParallelism" || key8 === "refuseIncompatibleUpgrades")) {
              const err89 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.policy, data: data39 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
          if (data39.protectedJobs !== void 0) {
            let data40 = data39.protectedJobs;
            if (Array.isArray(data40)) {
              const len1 = data40.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data41 = data40[i1];
                if (typeof data41 === "string") {
                  if (!pattern4.test(data41)) {
                    const err90 = { instancePath: instancePath + "/policy/protectedJobs/" + i1, schemaPath: "#/properties/policy/properties/protectedJobs/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema31.properties.policy.properties.protectedJobs.items, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                } else {
                  const err91 = { instancePath: instancePath + "/policy/protectedJobs/" + i1, schemaPath: "#/properties/policy/properties/protectedJobs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.protectedJobs.items.type, parentSchema: schema31.properties.policy.properties.protectedJobs.items, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              let i2 = data40.length;
              let j0;
              if (i2 > 1) {
                const indices0 = {};
                for (; i2--; ) {
                  let item0 = data40[i2];
                  if (typeof item0 !== "string") {
                    continue;
                  }
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    const err92 = { instancePath: instancePath + "/policy/protectedJobs", schemaPath: "#/properties/policy/properties/protectedJobs/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.protectedJobs, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                    break;
                  }
                  indices0[item0] = i2;
                }
              }
            } else {
              const err93 = { instancePath: instancePath + "/policy/protectedJobs", schemaPath: "#/properties/policy/properties/protectedJobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.protectedJobs.type, parentSchema: schema31.properties.policy.properties.protectedJobs, data: data40 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
          if (data39.requireAllowDelete !== void 0) {
            let data42 = data39.requireAllowDelete;
            if (Array.isArray(data42)) {
              const len2 = data42.length;
              for (let i3 = 0; i3 < len2; i3++) {
                let data43 = data42[i3];
                if (typeof data43 !== "string") {
                  const err94 = { instancePath: instancePath + "/policy/requireAllowDelete/" + i3, schemaPath: "#/properties/policy/properties/requireAllowDelete/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.requireAllowDelete.items.type, parentSchema: schema31.properties.policy.properties.requireAllowDelete.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              let i4 = data42.length;
              let j1;
              if (i4 > 1) {
                const indices1 = {};
                for (; i4--; ) {
                  let item1 = data42[i4];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    const err95 = { instancePath: instancePath + "/policy/requireAllowDelete", schemaPath: "#/properties/policy/properties/requireAllowDelete/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.requireAllowDelete, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                    break;
                  }
                  indices1[item1] = i4;
                }
              }
            } else {
              const err96 = { instancePath: instancePath + "/policy/requireAllowDelete", schemaPath: "#/properties/policy/properties/requireAllowDelete/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.requireAllowDelete.type, parentSchema: schema31.properties.policy.properties.requireAllowDelete, data: data42 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          }
          if (data39.maxParallelism !== void 0) {
            let data44 = data39.maxParallelism;
            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
              for (const key9 in data44) {
                let data45 = data44[key9];
                if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                  const err97 = { instancePath: instancePath + "/policy/maxParallelism/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/maxParallelism/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.policy.properties.maxParallelism.additionalProperties.type, parentSchema: schema31.properties.policy.properties.maxParallelism.additionalProperties, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                if (typeof data45 == "number" && isFinite(data45)) {
                  if (data45 < 1 || isNaN(data45)) {
                    const err98 = { instancePath: instancePath + "/policy/maxParallelism/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/policy/properties/maxParallelism/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.policy.properties.maxParallelism.additionalProperties, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err99 = { instancePath: instancePath + "/policy/maxParallelism", schemaPath: "#/properties/policy/properties/maxParallelism/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.properties.maxParallelism.type, parentSchema: schema31.properties.policy.properties.maxParallelism, data: data44 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          }
          if (data39.refuseIncompatibleUpgrades !== void 0) {
            let data46 = data39.refuseIncompatibleUpgrades;
            if (Array.isArray(data46)) {
              const len3 = data46.length;
              for (let i5 = 0; i5 < len3; i5++) {
                let data47 = data46[i5];
                if (typeof data47 !== "string") {
                  const err100 = { instancePath: instancePath + "/policy/refuseIncompatibleUpgrades/" + i5, schemaPath: "#/properties/policy/properties/refuseIncompatibleUpgrades/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.properties.refuseIncompatibleUpgrades.items.type, parentSchema: schema31.properties.policy.properties.refuseIncompatibleUpgrades.items, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
              let i6 = data46.length;
              let j2;
              if (i6 > 1) {
                const indices2 = {};
                for (; i6--; ) {
                  let item2 = data46[i6];
                  if (typeof item2 !== "string") {
                    continue;
                  }
                  if (typeof indices2[item2] == "number") {
                    j2 = indices2[item2];
                    const err101 = { instancePath: instancePath + "/policy/refuseIncompatibleUpgrades", schemaPath: "#/properties/policy/properties/refuseIncompatibleUpgrades/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema31.properties.policy.properties.refuseIncompatibleUpgrades, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                    break;
                  }
                  indices2[item2] = i6;
                }
              }
            } else {
              const err102 = { instancePath: instancePath + "/policy/refuseIncompatibleUpgrades", schemaPath: "#/properties/policy/properties/refuseIncompatibleUpgrades/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.policy.properties.refuseIncompatibleUpgrades.type, parentSchema: schema31.properties.policy.properties.refuseIncompatibleUpgrades, data: data46 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          }
        } else {
          const err103 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data39 };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
      }
      if (data.environments !== void 0) {
        let data48 = data.environments;
        if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
          if (Object.keys(data48).length < 1) {
            const err104 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.environments, data: data48 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          for (const key10 in data48) {
            const _errs117 = errors;
            if (typeof key10 === "string") {
              if (!pattern4.test(key10)) {
                const err105 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema31.properties.environments.propertyNames, data: key10, propertyName: key10 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            var valid25 = _errs117 === errors;
            if (!valid25) {
              const err106 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid", schema: schema31.properties.environments.propertyNames, parentSchema: schema31.properties.environments, data: data48 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
          for (const key11 in data48) {
            let data49 = data48[key11];
            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
              if (data49.jobmanagerUrl === void 0) {
                const err107 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "jobmanagerUrl" }, message: "must have required property 'jobmanagerUrl'", schema: schema31.properties.environments.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties, data: data49 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              if (data49.sqlGatewayUrl === void 0) {
                const err108 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "sqlGatewayUrl" }, message: "must have required property 'sqlGatewayUrl'", schema: schema31.properties.environments.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties, data: data49 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
              for (const key12 in data49) {
                if (!func1.call(schema31.properties.environments.additionalProperties.properties, key12)) {
                  const err109 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
              if (data49.jobmanagerUrl !== void 0) {
                let data50 = data49.jobmanagerUrl;
                if (typeof data50 === "string") {
                  if (!pattern17.test(data50)) {
                    const err110 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/jobmanagerUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.jobmanagerUrl, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                } else {
                  const err111 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/jobmanagerUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.jobmanagerUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.jobmanagerUrl, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
              if (data49.sqlGatewayUrl !== void 0) {
                let data51 = data49.sqlGatewayUrl;
                if (typeof data51 === "string") {
                  if (!pattern17.test(data51)) {
                    const err112 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/sqlGatewayUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.sqlGatewayUrl, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                } else {
                  const err113 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/sqlGatewayUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.sqlGatewayUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.sqlGatewayUrl, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
              }
              if (data49.flinkVersion !== void 0) {
                let data52 = data49.flinkVersion;
                if (!(data52 === "1.16" || data52 === "1.17" || data52 === "1.18" || data52 === "1.19" || data52 === "1.20" || data52 === "2.0" || data52 === "2.1" || data52 === "2.2" || data52 === "2.3")) {
                  const err114 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/flinkVersion", schemaPath: "#/properties/environments/additionalProperties/properties/flinkVersion/enum", keyword: "enum", params: { allowedValues: schema31.properties.environments.additionalProperties.properties.flinkVersion.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.environments.additionalProperties.properties.flinkVersion.enum, parentSchema: schema31.properties.environments.additionalProperties.properties.flinkVersion, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
              if (data49.auth !== void 0) {
                let data53 = data49.auth;
                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                  for (const key13 in data53) {
                    if (!(key13 === "token" || key13 === "username" || key13 === "password" || key13 === "headers")) {
                      const err115 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  }
                  if (data53.token !== void 0) {
                    let data54 = data53.token;
                    if (typeof data54 !== "string") {
                      const err116 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/token", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.token.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.token, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  }
                  if (data53.username !== void 0) {
                    let data55 = data53.username;
                    if (typeof data55 !== "string") {
                      const err117 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/username", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.username.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.username, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err117];
                      } else {
                        vErrors.push(err117);
                      }
                      errors++;
                    }
                  }
                  if (data53.password !== void 0) {
                    let data56 = data53.password;
                    if (typeof data56 !== "string") {
                      const err118 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/password", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.password.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.password, data: data56 };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                  }
                  if (data53.headers !== void 0) {
                    let data57 = data53.headers;
                    if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                      for (const key14 in data57) {
                        let data58 = data57[key14];
                        if (typeof data58 !== "string") {
                          const err119 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/headers/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers.additionalProperties, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err120 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth/headers", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth.properties.headers, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  }
                  if (data53.username !== void 0) {
                    if (data53.password === void 0) {
                      const err121 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                        property: "username",
                        missingProperty: "password",
                        depsCount: 1,
                        deps: "password"
                      }, message: "must have property password when property username is present", schema: schema31.properties.environments.additionalProperties.properties.auth.dependentRequired, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                  }
                  if (data53.password !== void 0) {
                    if (data53.username === void 0) {
                      const err122 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                        property: "password",
                        missingProperty: "username",
                        depsCount: 1,
                        deps: "username"
                      }, message: "must have property username when property password is present", schema: schema31.properties.environments.additionalProperties.properties.auth.dependentRequired, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err123 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.auth.type, parentSchema: schema31.properties.environments.additionalProperties.properties.auth, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              }
              if (data49.alerts !== void 0) {
                let data59 = data49.alerts;
                if (Array.isArray(data59)) {
                  const len4 = data59.length;
                  for (let i7 = 0; i7 < len4; i7++) {
                    let data60 = data59[i7];
                    const _errs145 = errors;
                    let valid32 = true;
                    const _errs146 = errors;
                    if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                      if (data60.type !== void 0) {
                        if ("email" !== data60.type) {
                          const err124 = {};
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                      }
                    }
                    var _valid3 = _errs146 === errors;
                    errors = _errs145;
                    if (vErrors !== null) {
                      if (_errs145) {
                        vErrors.length = _errs145;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (_valid3) {
                      const _errs148 = errors;
                      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                        if (data60.from === void 0) {
                          const err125 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                        if (data60.to === void 0) {
                          const err126 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err126];
                          } else {
                            vErrors.push(err126);
                          }
                          errors++;
                        }
                        if (data60.url !== void 0) {
                          let data62 = data60.url;
                          if (typeof data62 === "string") {
                            if (!pattern19.test(data62)) {
                              const err127 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/properties/url/pattern", keyword: "pattern", params: { pattern: "^(smtps?://|\\$\\{)" }, message: 'must match pattern "^(smtps?://|\\$\\{)"', schema: "^(smtps?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.url, data: data62 };
                              if (vErrors === null) {
                                vErrors = [err127];
                              } else {
                                vErrors.push(err127);
                              }
                              errors++;
                            }
                          } else {
                            const err128 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.url.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.url, data: data62 };
                            if (vErrors === null) {
                              vErrors = [err128];
                            } else {
                              vErrors.push(err128);
                            }
                            errors++;
                          }
                        }
                        if (data60.from !== void 0) {
                          let data63 = data60.from;
                          if (typeof data63 !== "string") {
                            const err129 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/from", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/then/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.from.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.then.properties.from, data: data63 };
                            if (vErrors === null) {
                              vErrors = [err129];
                            } else {
                              vErrors.push(err129);
                            }
                            errors++;
                          }
                        }
                      }
                      var _valid3 = _errs148 === errors;
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
                      const err130 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.properties.environments.additionalProperties.properties.alerts.items.if, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data60 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                    if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                      if (data60.type === void 0) {
                        const err131 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                      if (data60.url === void 0) {
                        const err132 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.required, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                      for (const key15 in data60) {
                        if (!(key15 === "type" || key15 === "url" || key15 === "secret" || key15 === "from" || key15 === "to")) {
                          const err133 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err133];
                          } else {
                            vErrors.push(err133);
                          }
                          errors++;
                        }
                      }
                      if (data60.type !== void 0) {
                        let data64 = data60.type;
                        if (!(data64 === "slack" || data64 === "dingtalk" || data64 === "feishu" || data64 === "wecom" || data64 === "webhook" || data64 === "email")) {
                          const err134 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/type", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.type.enum, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.type, data: data64 };
                          if (vErrors === null) {
                            vErrors = [err134];
                          } else {
                            vErrors.push(err134);
                          }
                          errors++;
                        }
                      }
                      if (data60.url !== void 0) {
                        let data65 = data60.url;
                        if (typeof data65 === "string") {
                          if (func2(data65) < 1) {
                            const err135 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.url, data: data65 };
                            if (vErrors === null) {
                              vErrors = [err135];
                            } else {
                              vErrors.push(err135);
                            }
                            errors++;
                          }
                        } else {
                          const err136 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.url.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.url, data: data65 };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                      }
                      if (data60.secret !== void 0) {
                        let data66 = data60.secret;
                        if (typeof data66 === "string") {
                          if (func2(data66) < 1) {
                            const err137 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/secret", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.secret, data: data66 };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                          }
                        } else {
                          const err138 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/secret", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.secret.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.secret, data: data66 };
                          if (vErrors === null) {
                            vErrors = [err138];
                          } else {
                            vErrors.push(err138);
                          }
                          errors++;
                        }
                      }
                      if (data60.from !== void 0) {
                        let data67 = data60.from;
                        if (typeof data67 === "string") {
                          if (func2(data67) < 1) {
                            const err139 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/from", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.from, data: data67 };
                            if (vErrors === null) {
                              vErrors = [err139];
                            } else {
                              vErrors.push(err139);
                            }
                            errors++;
                          }
                        } else {
                          const err140 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/from", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.from.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.from, data: data67 };
                          if (vErrors === null) {
                            vErrors = [err140];
                          } else {
                            vErrors.push(err140);
                          }
                          errors++;
                        }
                      }
                      if (data60.to !== void 0) {
                        let data68 = data60.to;
                        const _errs162 = errors;
                        let valid36 = false;
                        let passing2 = null;
                        const _errs163 = errors;
                        if (typeof data68 === "string") {
                          if (func2(data68) < 1) {
                            const err141 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[0], data: data68 };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                        } else {
                          const err142 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[0], data: data68 };
                          if (vErrors === null) {
                            vErrors = [err142];
                          } else {
                            vErrors.push(err142);
                          }
                          errors++;
                        }
                        var _valid4 = _errs163 === errors;
                        if (_valid4) {
                          valid36 = true;
                          passing2 = 0;
                        }
                        const _errs165 = errors;
                        if (Array.isArray(data68)) {
                          if (data68.length < 1) {
                            const err143 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1], data: data68 };
                            if (vErrors === null) {
                              vErrors = [err143];
                            } else {
                              vErrors.push(err143);
                            }
                            errors++;
                          }
                          const len5 = data68.length;
                          for (let i8 = 0; i8 < len5; i8++) {
                            let data69 = data68[i8];
                            if (typeof data69 === "string") {
                              if (func2(data69) < 1) {
                                const err144 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to/" + i8, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].items, data: data69 };
                                if (vErrors === null) {
                                  vErrors = [err144];
                                } else {
                                  vErrors.push(err144);
                                }
                                errors++;
                              }
                            } else {
                              const err145 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to/" + i8, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].items.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].items, data: data69 };
                              if (vErrors === null) {
                                vErrors = [err145];
                              } else {
                                vErrors.push(err145);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err146 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf[1], data: data68 };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                        }
                        var _valid4 = _errs165 === errors;
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
                          const err147 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7 + "/to", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/properties/to/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to.oneOf, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items.properties.to, data: data68 };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        } else {
                          errors = _errs162;
                          if (vErrors !== null) {
                            if (_errs162) {
                              vErrors.length = _errs162;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                      }
                    } else {
                      const err148 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/alerts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.alerts.items.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts.items, data: data60 };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err149 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/alerts", schemaPath: "#/properties/environments/additionalProperties/properties/alerts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.environments.additionalProperties.properties.alerts.type, parentSchema: schema31.properties.environments.additionalProperties.properties.alerts, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              }
              if (data49.savepointDir !== void 0) {
                let data70 = data49.savepointDir;
                if (typeof data70 === "string") {
                  if (func2(data70) < 1) {
                    const err150 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepointDir", schemaPath: "#/properties/environments/additionalProperties/properties/savepointDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.savepointDir, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                } else {
                  const err151 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepointDir", schemaPath: "#/properties/environments/additionalProperties/properties/savepointDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.savepointDir.type, parentSchema: schema31.properties.environments.additionalProperties.properties.savepointDir, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
              }
              if (data49.state !== void 0) {
                let data71 = data49.state;
                if (!(data71 === "running" || data71 === "suspended")) {
                  const err152 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/state", schemaPath: "#/properties/environments/additionalProperties/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.environments.additionalProperties.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.environments.additionalProperties.properties.state.enum, parentSchema: schema31.properties.environments.additionalProperties.properties.state, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
              }
              if (data49.moveFrom !== void 0) {
                let data72 = data49.moveFrom;
                if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                  if (data72.jobmanagerUrl === void 0) {
                    const err153 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/required", keyword: "required", params: { missingProperty: "jobmanagerUrl" }, message: "must have required property 'jobmanagerUrl'", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.required, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                  for (const key16 in data72) {
                    if (!(key16 === "jobmanagerUrl" || key16 === "sqlGatewayUrl" || key16 === "auth")) {
                      const err154 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                  }
                  if (data72.jobmanagerUrl !== void 0) {
                    let data73 = data72.jobmanagerUrl;
                    if (typeof data73 === "string") {
                      if (!pattern17.test(data73)) {
                        const err155 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/jobmanagerUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.jobmanagerUrl, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      }
                    } else {
                      const err156 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/jobmanagerUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/jobmanagerUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.jobmanagerUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.jobmanagerUrl, data: data73 };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  }
                  if (data72.sqlGatewayUrl !== void 0) {
                    let data74 = data72.sqlGatewayUrl;
                    if (typeof data74 === "string") {
                      if (!pattern17.test(data74)) {
                        const err157 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/sqlGatewayUrl/pattern", keyword: "pattern", params: { pattern: "^(https?://|\\$\\{)" }, message: 'must match pattern "^(https?://|\\$\\{)"', schema: "^(https?://|\\$\\{)", parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.sqlGatewayUrl, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err157];
                        } else {
                          vErrors.push(err157);
                        }
                        errors++;
                      }
                    } else {
                      const err158 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/sqlGatewayUrl", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/properties/sqlGatewayUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.sqlGatewayUrl.type, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom.properties.sqlGatewayUrl, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                  }
                  if (data72.auth !== void 0) {
                    let data75 = data72.auth;
                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                      for (const key17 in data75) {
                        if (!(key17 === "token" || key17 === "username" || key17 === "password" || key17 === "headers")) {
                          const err159 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data: data75 };
                          if (vErrors === null) {
                            vErrors = [err159];
                          } else {
                            vErrors.push(err159);
                          }
                          errors++;
                        }
                      }
                      if (data75.token !== void 0) {
                        let data76 = data75.token;
                        if (typeof data76 !== "string") {
                          const err160 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/token", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.token.type, parentSchema: schema33.properties.token, data: data76 };
                          if (vErrors === null) {
                            vErrors = [err160];
                          } else {
                            vErrors.push(err160);
                          }
                          errors++;
                        }
                      }
                      if (data75.username !== void 0) {
                        let data77 = data75.username;
                        if (typeof data77 !== "string") {
                          const err161 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/username", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.username.type, parentSchema: schema33.properties.username, data: data77 };
                          if (vErrors === null) {
                            vErrors = [err161];
                          } else {
                            vErrors.push(err161);
                          }
                          errors++;
                        }
                      }
                      if (data75.password !== void 0) {
                        let data78 = data75.password;
                        if (typeof data78 !== "string") {
                          const err162 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/password", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.password.type, parentSchema: schema33.properties.password, data: data78 };
                          if (vErrors === null) {
                            vErrors = [err162];
                          } else {
                            vErrors.push(err162);
                          }
                          errors++;
                        }
                      }
                      if (data75.headers !== void 0) {
                        let data79 = data75.headers;
                        if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                          for (const key18 in data79) {
                            let data80 = data79[key18];
                            if (typeof data80 !== "string") {
                              const err163 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/headers/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.headers.additionalProperties.type, parentSchema: schema33.properties.headers.additionalProperties, data: data80 };
                              if (vErrors === null) {
                                vErrors = [err163];
                              } else {
                                vErrors.push(err163);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err164 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth/headers", schemaPath: "#/properties/environments/additionalProperties/properties/auth/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.headers.type, parentSchema: schema33.properties.headers, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err164];
                          } else {
                            vErrors.push(err164);
                          }
                          errors++;
                        }
                      }
                      if (data75.username !== void 0) {
                        if (data75.password === void 0) {
                          const err165 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                            property: "username",
                            missingProperty: "password",
                            depsCount: 1,
                            deps: "password"
                          }, message: "must have property password when property username is present", schema: schema33.dependentRequired, parentSchema: schema33, data: data75 };
                          if (vErrors === null) {
                            vErrors = [err165];
                          } else {
                            vErrors.push(err165);
                          }
                          errors++;
                        }
                      }
                      if (data75.password !== void 0) {
                        if (data75.username === void 0) {
                          const err166 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/dependentRequired", keyword: "dependentRequired", params: {
                            property: "password",
                            missingProperty: "username",
                            depsCount: 1,
                            deps: "username"
                          }, message: "must have property username when property password is present", schema: schema33.dependentRequired, parentSchema: schema33, data: data75 };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err167 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom/auth", schemaPath: "#/properties/environments/additionalProperties/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data75 };
                      if (vErrors === null) {
                        vErrors = [err167];
                      } else {
                        vErrors.push(err167);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err168 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/moveFrom", schemaPath: "#/properties/environments/additionalProperties/properties/moveFrom/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.moveFrom.type, parentSchema: schema31.properties.environments.additionalProperties.properties.moveFrom, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
              }
              if (data49.planDir !== void 0) {
                let data81 = data49.planDir;
                if (typeof data81 === "string") {
                  if (func2(data81) < 1) {
                    const err169 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/planDir", schemaPath: "#/properties/environments/additionalProperties/properties/planDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.environments.additionalProperties.properties.planDir, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                } else {
                  const err170 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/planDir", schemaPath: "#/properties/environments/additionalProperties/properties/planDir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.planDir.type, parentSchema: schema31.properties.environments.additionalProperties.properties.planDir, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              }
              if (data49.variables !== void 0) {
                let data82 = data49.variables;
                if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                  for (const key19 in data82) {
                    const _errs198 = errors;
                    if (typeof key19 === "string") {
                      if (!pattern22.test(key19)) {
                        const err171 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables", schemaPath: "#/properties/environments/additionalProperties/properties/variables/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema31.properties.environments.additionalProperties.properties.variables.propertyNames, data: key19, propertyName: key19 };
                        if (vErrors === null) {
                          vErrors = [err171];
                        } else {
                          vErrors.push(err171);
                        }
                        errors++;
                      }
                    }
                    var valid43 = _errs198 === errors;
                    if (!valid43) {
                      const err172 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables", schemaPath: "#/properties/environments/additionalProperties/properties/variables/propertyNames", keyword: "propertyNames", params: { propertyName: key19 }, message: "property name must be valid", schema: schema31.properties.environments.additionalProperties.properties.variables.propertyNames, parentSchema: schema31.properties.environments.additionalProperties.properties.variables, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                  }
                  for (const key20 in data82) {
                    let data83 = data82[key20];
                    const _errs201 = errors;
                    let valid45 = false;
                    const _errs202 = errors;
                    if (typeof data83 !== "string") {
                      const err173 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[0], data: data83 };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                    var _valid5 = _errs202 === errors;
                    valid45 = valid45 || _valid5;
                    const _errs204 = errors;
                    if (!(typeof data83 == "number" && isFinite(data83))) {
                      const err174 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[1], data: data83 };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                    var _valid5 = _errs204 === errors;
                    valid45 = valid45 || _valid5;
                    const _errs206 = errors;
                    if (typeof data83 !== "boolean") {
                      const err175 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[2].type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf[2], data: data83 };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                    var _valid5 = _errs206 === errors;
                    valid45 = valid45 || _valid5;
                    if (!valid45) {
                      const err176 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/variables/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties.anyOf, parentSchema: schema31.properties.environments.additionalProperties.properties.variables.additionalProperties, data: data83 };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    } else {
                      errors = _errs201;
                      if (vErrors !== null) {
                        if (_errs201) {
                          vErrors.length = _errs201;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err177 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables", schemaPath: "#/properties/environments/additionalProperties/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.variables.type, parentSchema: schema31.properties.environments.additionalProperties.properties.variables, data: data82 };
                  if (vErrors === null) {
                    vErrors = [err177];
                  } else {
                    vErrors.push(err177);
                  }
                  errors++;
                }
              }
              if (data49.jobs !== void 0) {
                let data84 = data49.jobs;
                if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                  for (const key21 in data84) {
                    let data85 = data84[key21];
                    if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                      for (const key22 in data85) {
                        if (!func1.call(schema32.properties, key22)) {
                          const err178 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data85 };
                          if (vErrors === null) {
                            vErrors = [err178];
                          } else {
                            vErrors.push(err178);
                          }
                          errors++;
                        }
                      }
                      if (data85.description !== void 0) {
                        let data86 = data85.description;
                        if (typeof data86 !== "string") {
                          const err179 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "job.schema.json/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data86 };
                          if (vErrors === null) {
                            vErrors = [err179];
                          } else {
                            vErrors.push(err179);
                          }
                          errors++;
                        }
                      }
                      if (data85.parallelism !== void 0) {
                        let data87 = data85.parallelism;
                        if (!(typeof data87 == "number" && (!(data87 % 1) && !isNaN(data87)) && isFinite(data87))) {
                          const err180 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallelism", schemaPath: "job.schema.json/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.parallelism.type, parentSchema: schema32.properties.parallelism, data: data87 };
                          if (vErrors === null) {
                            vErrors = [err180];
                          } else {
                            vErrors.push(err180);
                          }
                          errors++;
                        }
                        if (typeof data87 == "number" && isFinite(data87)) {
                          if (data87 > 32768 || isNaN(data87)) {
                            const err181 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallelism", schemaPath: "job.schema.json/properties/parallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.parallelism, data: data87 };
                            if (vErrors === null) {
                              vErrors = [err181];
                            } else {
                              vErrors.push(err181);
                            }
                            errors++;
                          }
                          if (data87 < 1 || isNaN(data87)) {
                            const err182 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallelism", schemaPath: "job.schema.json/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.parallelism, data: data87 };
                            if (vErrors === null) {
                              vErrors = [err182];
                            } else {
                              vErrors.push(err182);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data85.maxParallelism !== void 0) {
                        let data88 = data85.maxParallelism;
                        if (!(typeof data88 == "number" && (!(data88 % 1) && !isNaN(data88)) && isFinite(data88))) {
                          const err183 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.maxParallelism.type, parentSchema: schema32.properties.maxParallelism, data: data88 };
                          if (vErrors === null) {
                            vErrors = [err183];
                          } else {
                            vErrors.push(err183);
                          }
                          errors++;
                        }
                        if (typeof data88 == "number" && isFinite(data88)) {
                          if (data88 > 32768 || isNaN(data88)) {
                            const err184 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768", schema: 32768, parentSchema: schema32.properties.maxParallelism, data: data88 };
                            if (vErrors === null) {
                              vErrors = [err184];
                            } else {
                              vErrors.push(err184);
                            }
                            errors++;
                          }
                          if (data88 < 1 || isNaN(data88)) {
                            const err185 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxParallelism", schemaPath: "job.schema.json/properties/maxParallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.maxParallelism, data: data88 };
                            if (vErrors === null) {
                              vErrors = [err185];
                            } else {
                              vErrors.push(err185);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data85.upgradeMode !== void 0) {
                        let data89 = data85.upgradeMode;
                        if (!(data89 === "savepoint" || data89 === "last-state" || data89 === "stateless")) {
                          const err186 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/upgradeMode", schemaPath: "job.schema.json/properties/upgradeMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.upgradeMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.upgradeMode.enum, parentSchema: schema32.properties.upgradeMode, data: data89 };
                          if (vErrors === null) {
                            vErrors = [err186];
                          } else {
                            vErrors.push(err186);
                          }
                          errors++;
                        }
                      }
                      if (data85.state !== void 0) {
                        let data90 = data85.state;
                        if (!(data90 === "running" || data90 === "suspended")) {
                          const err187 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/state", schemaPath: "job.schema.json/properties/state/enum", keyword: "enum", params: { allowedValues: schema32.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.state.enum, parentSchema: schema32.properties.state, data: data90 };
                          if (vErrors === null) {
                            vErrors = [err187];
                          } else {
                            vErrors.push(err187);
                          }
                          errors++;
                        }
                      }
                      if (data85.planMode !== void 0) {
                        let data91 = data85.planMode;
                        if (!(data91 === "script" || data91 === "compiled")) {
                          const err188 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/planMode", schemaPath: "job.schema.json/properties/planMode/enum", keyword: "enum", params: { allowedValues: schema32.properties.planMode.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.planMode.enum, parentSchema: schema32.properties.planMode, data: data91 };
                          if (vErrors === null) {
                            vErrors = [err188];
                          } else {
                            vErrors.push(err188);
                          }
                          errors++;
                        }
                      }
                      if (data85.allowNonRestoredState !== void 0) {
                        let data92 = data85.allowNonRestoredState;
                        if (typeof data92 !== "boolean") {
                          const err189 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowNonRestoredState", schemaPath: "job.schema.json/properties/allowNonRestoredState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.allowNonRestoredState.type, parentSchema: schema32.properties.allowNonRestoredState, data: data92 };
                          if (vErrors === null) {
                            vErrors = [err189];
                          } else {
                            vErrors.push(err189);
                          }
                          errors++;
                        }
                      }
                      if (data85.deletionPolicy !== void 0) {
                        let data93 = data85.deletionPolicy;
                        if (!(data93 === "retain" || data93 === "delete")) {
                          const err190 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletionPolicy", schemaPath: "job.schema.json/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema32.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.deletionPolicy.enum, parentSchema: schema32.properties.deletionPolicy, data: data93 };
                          if (vErrors === null) {
                            vErrors = [err190];
                          } else {
                            vErrors.push(err190);
                          }
                          errors++;
                        }
                      }
                      if (data85.config !== void 0) {
                        let data94 = data85.config;
                        if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                          for (const key23 in data94) {
                            const _errs229 = errors;
                            if (typeof key23 === "string") {
                              if (!pattern5.test(key23)) {
                                const err191 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "job.schema.json/properties/config/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$", parentSchema: schema32.properties.config.propertyNames, data: key23, propertyName: key23 };
                                if (vErrors === null) {
                                  vErrors = [err191];
                                } else {
                                  vErrors.push(err191);
                                }
                                errors++;
                              }
                            }
                            var valid49 = _errs229 === errors;
                            if (!valid49) {
                              const err192 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "job.schema.json/properties/config/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid", schema: schema32.properties.config.propertyNames, parentSchema: schema32.properties.config, data: data94 };
                              if (vErrors === null) {
                                vErrors = [err192];
                              } else {
                                vErrors.push(err192);
                              }
                              errors++;
                            }
                          }
                          for (const key24 in data94) {
                            let data95 = data94[key24];
                            const _errs232 = errors;
                            let valid51 = false;
                            const _errs233 = errors;
                            if (typeof data95 !== "string") {
                              const err193 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.config.additionalProperties.anyOf[0].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[0], data: data95 };
                              if (vErrors === null) {
                                vErrors = [err193];
                              } else {
                                vErrors.push(err193);
                              }
                              errors++;
                            }
                            var _valid6 = _errs233 === errors;
                            valid51 = valid51 || _valid6;
                            const _errs235 = errors;
                            if (!(typeof data95 == "number" && isFinite(data95))) {
                              const err194 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.config.additionalProperties.anyOf[1].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[1], data: data95 };
                              if (vErrors === null) {
                                vErrors = [err194];
                              } else {
                                vErrors.push(err194);
                              }
                              errors++;
                            }
                            var _valid6 = _errs235 === errors;
                            valid51 = valid51 || _valid6;
                            const _errs237 = errors;
                            if (typeof data95 !== "boolean") {
                              const err195 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.config.additionalProperties.anyOf[2].type, parentSchema: schema32.properties.config.additionalProperties.anyOf[2], data: data95 };
                              if (vErrors === null) {
                                vErrors = [err195];
                              } else {
                                vErrors.push(err195);
                              }
                              errors++;
                            }
                            var _valid6 = _errs237 === errors;
                            valid51 = valid51 || _valid6;
                            if (!valid51) {
                              const err196 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/properties/config/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.properties.config.additionalProperties.anyOf, parentSchema: schema32.properties.config.additionalProperties, data: data95 };
                              if (vErrors === null) {
                                vErrors = [err196];
                              } else {
                                vErrors.push(err196);
                              }
                              errors++;
                            } else {
                              errors = _errs232;
                              if (vErrors !== null) {
                                if (_errs232) {
                                  vErrors.length = _errs232;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                        } else {
                          const err197 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "job.schema.json/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.config.type, parentSchema: schema32.properties.config, data: data94 };
                          if (vErrors === null) {
                            vErrors = [err197];
                          } else {
                            vErrors.push(err197);
                          }
                          errors++;
                        }
                      }
                      if (data85.savepoints !== void 0) {
                        let data96 = data85.savepoints;
                        if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                          for (const key25 in data96) {
                            if (!(key25 === "every" || key25 === "keep" || key25 === "maxAge")) {
                              const err198 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints", schemaPath: "job.schema.json/properties/savepoints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.savepoints, data: data96 };
                              if (vErrors === null) {
                                vErrors = [err198];
                              } else {
                                vErrors.push(err198);
                              }
                              errors++;
                            }
                          }
                          if (data96.every !== void 0) {
                            let data97 = data96.every;
                            if (typeof data97 === "string") {
                              if (!pattern6.test(data97)) {
                                const err199 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/every", schemaPath: "job.schema.json/properties/savepoints/properties/every/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.savepoints.properties.every, data: data97 };
                                if (vErrors === null) {
                                  vErrors = [err199];
                                } else {
                                  vErrors.push(err199);
                                }
                                errors++;
                              }
                            } else {
                              const err200 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/every", schemaPath: "job.schema.json/properties/savepoints/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.savepoints.properties.every.type, parentSchema: schema32.properties.savepoints.properties.every, data: data97 };
                              if (vErrors === null) {
                                vErrors = [err200];
                              } else {
                                vErrors.push(err200);
                              }
                              errors++;
                            }
                          }
                          if (data96.keep !== void 0) {
                            let data98 = data96.keep;
                            if (!(typeof data98 == "number" && (!(data98 % 1) && !isNaN(data98)) && isFinite(data98))) {
                              const err201 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/keep", schemaPath: "job.schema.json/properties/savepoints/properties/keep/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.savepoints.properties.keep.type, parentSchema: schema32.properties.savepoints.properties.keep, data: data98 };
                              if (vErrors === null) {
                                vErrors = [err201];
                              } else {
                                vErrors.push(err201);
                              }
                              errors++;
                            }
                            if (typeof data98 == "number" && isFinite(data98)) {
                              if (data98 < 1 || isNaN(data98)) {
                                const err202 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/keep", schemaPath: "job.schema.json/properties/savepoints/properties/keep/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.savepoints.properties.keep, data: data98 };
                                if (vErrors === null) {
                                  vErrors = [err202];
                                } else {
                                  vErrors.push(err202);
                                }
                                errors++;
                              }
                            }
                          }
                          if (data96.maxAge !== void 0) {
                            let data99 = data96.maxAge;
                            if (typeof data99 === "string") {
                              if (!pattern6.test(data99)) {
                                const err203 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/maxAge", schemaPath: "job.schema.json/properties/savepoints/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.savepoints.properties.maxAge, data: data99 };
                                if (vErrors === null) {
                                  vErrors = [err203];
                                } else {
                                  vErrors.push(err203);
                                }
                                errors++;
                              }
                            } else {
                              const err204 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints/maxAge", schemaPath: "job.schema.json/properties/savepoints/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.savepoints.properties.maxAge.type, parentSchema: schema32.properties.savepoints.properties.maxAge, data: data99 };
                              if (vErrors === null) {
                                vErrors = [err204];
                              } else {
                                vErrors.push(err204);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err205 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/savepoints", schemaPath: "job.schema.json/properties/savepoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.savepoints.type, parentSchema: schema32.properties.savepoints, data: data96 };
                          if (vErrors === null) {
                            vErrors = [err205];
                          } else {
                            vErrors.push(err205);
                          }
                          errors++;
                        }
                      }
                      if (data85.restoreFrom !== void 0) {
                        let data100 = data85.restoreFrom;
                        if (typeof data100 === "string") {
                          if (func2(data100) < 1) {
                            const err206 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.restoreFrom, data: data100 };
                            if (vErrors === null) {
                              vErrors = [err206];
                            } else {
                              vErrors.push(err206);
                            }
                            errors++;
                          }
                        } else {
                          const err207 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/restoreFrom", schemaPath: "job.schema.json/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.restoreFrom.type, parentSchema: schema32.properties.restoreFrom, data: data100 };
                          if (vErrors === null) {
                            vErrors = [err207];
                          } else {
                            vErrors.push(err207);
                          }
                          errors++;
                        }
                      }
                      if (data85.movedFrom !== void 0) {
                        let data101 = data85.movedFrom;
                        if (typeof data101 === "string") {
                          if (!pattern4.test(data101)) {
                            const err208 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/movedFrom", schemaPath: "job.schema.json/properties/movedFrom/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32.properties.movedFrom, data: data101 };
                            if (vErrors === null) {
                              vErrors = [err208];
                            } else {
                              vErrors.push(err208);
                            }
                            errors++;
                          }
                        } else {
                          const err209 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/movedFrom", schemaPath: "job.schema.json/properties/movedFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.movedFrom.type, parentSchema: schema32.properties.movedFrom, data: data101 };
                          if (vErrors === null) {
                            vErrors = [err209];
                          } else {
                            vErrors.push(err209);
                          }
                          errors++;
                        }
                      }
                      if (data85.schedule !== void 0) {
                        let data102 = data85.schedule;
                        if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                          if (data102.windows === void 0) {
                            const err210 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "job.schema.json/properties/schedule/required", keyword: "required", params: { missingProperty: "windows" }, message: "must have required property 'windows'", schema: schema32.properties.schedule.required, parentSchema: schema32.properties.schedule, data: data102 };
                            if (vErrors === null) {
                              vErrors = [err210];
                            } else {
                              vErrors.push(err210);
                            }
                            errors++;
                          }
                          for (const key26 in data102) {
                            if (!(key26 === "timezone" || key26 === "windows")) {
                              const err211 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "job.schema.json/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule, data: data102 };
                              if (vErrors === null) {
                                vErrors = [err211];
                              } else {
                                vErrors.push(err211);
                              }
                              errors++;
                            }
                          }
                          if (data102.timezone !== void 0) {
                            let data103 = data102.timezone;
                            if (typeof data103 === "string") {
                              if (func2(data103) < 1) {
                                const err212 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.schedule.properties.timezone, data: data103 };
                                if (vErrors === null) {
                                  vErrors = [err212];
                                } else {
                                  vErrors.push(err212);
                                }
                                errors++;
                              }
                            } else {
                              const err213 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/timezone", schemaPath: "job.schema.json/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.timezone.type, parentSchema: schema32.properties.schedule.properties.timezone, data: data103 };
                              if (vErrors === null) {
                                vErrors = [err213];
                              } else {
                                vErrors.push(err213);
                              }
                              errors++;
                            }
                          }
                          if (data102.windows !== void 0) {
                            let data104 = data102.windows;
                            if (Array.isArray(data104)) {
                              if (data104.length < 1) {
                                const err214 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.schedule.properties.windows, data: data104 };
                                if (vErrors === null) {
                                  vErrors = [err214];
                                } else {
                                  vErrors.push(err214);
                                }
                                errors++;
                              }
                              const len6 = data104.length;
                              for (let i9 = 0; i9 < len6; i9++) {
                                let data105 = data104[i9];
                                if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                                  if (data105.start === void 0) {
                                    const err215 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data105 };
                                    if (vErrors === null) {
                                      vErrors = [err215];
                                    } else {
                                      vErrors.push(err215);
                                    }
                                    errors++;
                                  }
                                  if (data105.stop === void 0) {
                                    const err216 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "stop" }, message: "must have required property 'stop'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data105 };
                                    if (vErrors === null) {
                                      vErrors = [err216];
                                    } else {
                                      vErrors.push(err216);
                                    }
                                    errors++;
                                  }
                                  for (const key27 in data105) {
                                    if (!(key27 === "start" || key27 === "stop")) {
                                      const err217 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule.properties.windows.items, data: data105 };
                                      if (vErrors === null) {
                                        vErrors = [err217];
                                      } else {
                                        vErrors.push(err217);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data105.start !== void 0) {
                                    let data106 = data105.start;
                                    if (typeof data106 === "string") {
                                      if (!pattern9.test(data106)) {
                                        const err218 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data106 };
                                        if (vErrors === null) {
                                          vErrors = [err218];
                                        } else {
                                          vErrors.push(err218);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err219 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/start", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.start.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data106 };
                                      if (vErrors === null) {
                                        vErrors = [err219];
                                      } else {
                                        vErrors.push(err219);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data105.stop !== void 0) {
                                    let data107 = data105.stop;
                                    if (typeof data107 === "string") {
                                      if (!pattern9.test(data107)) {
                                        const err220 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data107 };
                                        if (vErrors === null) {
                                          vErrors = [err220];
                                        } else {
                                          vErrors.push(err220);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err221 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9 + "/stop", schemaPath: "job.schema.json/properties/schedule/properties/windows/items/properties/stop/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.stop.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data107 };
                                      if (vErrors === null) {
                                        vErrors = [err221];
                                      } else {
                                        vErrors.push(err221);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err222 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows/" + i9, schemaPath: "job.schema.json/properties/schedule/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.properties.windows.items.type, parentSchema: schema32.properties.schedule.properties.windows.items, data: data105 };
                                  if (vErrors === null) {
                                    vErrors = [err222];
                                  } else {
                                    vErrors.push(err222);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err223 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule/windows", schemaPath: "job.schema.json/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.schedule.properties.windows.type, parentSchema: schema32.properties.schedule.properties.windows, data: data104 };
                              if (vErrors === null) {
                                vErrors = [err223];
                              } else {
                                vErrors.push(err223);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err224 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/schedule", schemaPath: "job.schema.json/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.type, parentSchema: schema32.properties.schedule, data: data102 };
                          if (vErrors === null) {
                            vErrors = [err224];
                          } else {
                            vErrors.push(err224);
                          }
                          errors++;
                        }
                      }
                      if (data85.activeFrom !== void 0) {
                        let data108 = data85.activeFrom;
                        if (typeof data108 === "string") {
                          if (!formats0.validate(data108)) {
                            const err225 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeFrom, data: data108 };
                            if (vErrors === null) {
                              vErrors = [err225];
                            } else {
                              vErrors.push(err225);
                            }
                            errors++;
                          }
                        } else {
                          const err226 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeFrom", schemaPath: "job.schema.json/properties/activeFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeFrom.type, parentSchema: schema32.properties.activeFrom, data: data108 };
                          if (vErrors === null) {
                            vErrors = [err226];
                          } else {
                            vErrors.push(err226);
                          }
                          errors++;
                        }
                      }
                      if (data85.activeUntil !== void 0) {
                        let data109 = data85.activeUntil;
                        if (typeof data109 === "string") {
                          if (!formats0.validate(data109)) {
                            const err227 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeUntil, data: data109 };
                            if (vErrors === null) {
                              vErrors = [err227];
                            } else {
                              vErrors.push(err227);
                            }
                            errors++;
                          }
                        } else {
                          const err228 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/activeUntil", schemaPath: "job.schema.json/properties/activeUntil/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeUntil.type, parentSchema: schema32.properties.activeUntil, data: data109 };
                          if (vErrors === null) {
                            vErrors = [err228];
                          } else {
                            vErrors.push(err228);
                          }
                          errors++;
                        }
                      }
                      if (data85.health !== void 0) {
                        let data110 = data85.health;
                        if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                          for (const key28 in data110) {
                            if (!func1.call(schema32.properties.health.properties, key28)) {
                              const err229 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health", schemaPath: "job.schema.json/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.health, data: data110 };
                              if (vErrors === null) {
                                vErrors = [err229];
                              } else {
                                vErrors.push(err229);
                              }
                              errors++;
                            }
                          }
                          if (data110.maxRestarts !== void 0) {
                            let data111 = data110.maxRestarts;
                            if (!(typeof data111 == "number" && (!(data111 % 1) && !isNaN(data111)) && isFinite(data111))) {
                              const err230 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxRestarts.type, parentSchema: schema32.properties.health.properties.maxRestarts, data: data111 };
                              if (vErrors === null) {
                                vErrors = [err230];
                              } else {
                                vErrors.push(err230);
                              }
                              errors++;
                            }
                            if (typeof data111 == "number" && isFinite(data111)) {
                              if (data111 < 0 || isNaN(data111)) {
                                const err231 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxRestarts", schemaPath: "job.schema.json/properties/health/properties/maxRestarts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxRestarts, data: data111 };
                                if (vErrors === null) {
                                  vErrors = [err231];
                                } else {
                                  vErrors.push(err231);
                                }
                                errors++;
                              }
                            }
                          }
                          if (data110.window !== void 0) {
                            let data112 = data110.window;
                            if (typeof data112 === "string") {
                              if (!pattern6.test(data112)) {
                                const err232 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/window", schemaPath: "job.schema.json/properties/health/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.window, data: data112 };
                                if (vErrors === null) {
                                  vErrors = [err232];
                                } else {
                                  vErrors.push(err232);
                                }
                                errors++;
                              }
                            } else {
                              const err233 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/window", schemaPath: "job.schema.json/properties/health/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.window.type, parentSchema: schema32.properties.health.properties.window, data: data112 };
                              if (vErrors === null) {
                                vErrors = [err233];
                              } else {
                                vErrors.push(err233);
                              }
                              errors++;
                            }
                          }
                          if (data110.maxCheckpointAge !== void 0) {
                            let data113 = data110.maxCheckpointAge;
                            if (typeof data113 === "string") {
                              if (!pattern6.test(data113)) {
                                const err234 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data113 };
                                if (vErrors === null) {
                                  vErrors = [err234];
                                } else {
                                  vErrors.push(err234);
                                }
                                errors++;
                              }
                            } else {
                              const err235 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointAge", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointAge.type, parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data113 };
                              if (vErrors === null) {
                                vErrors = [err235];
                              } else {
                                vErrors.push(err235);
                              }
                              errors++;
                            }
                          }
                          if (data110.notRunning !== void 0) {
                            let data114 = data110.notRunning;
                            if (typeof data114 !== "boolean") {
                              const err236 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/notRunning", schemaPath: "job.schema.json/properties/health/properties/notRunning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.health.properties.notRunning.type, parentSchema: schema32.properties.health.properties.notRunning, data: data114 };
                              if (vErrors === null) {
                                vErrors = [err236];
                              } else {
                                vErrors.push(err236);
                              }
                              errors++;
                            }
                          }
                          if (data110.maxBackPressure !== void 0) {
                            let data115 = data110.maxBackPressure;
                            const _errs282 = errors;
                            let valid58 = false;
                            let passing3 = null;
                            const _errs283 = errors;
                            if (!(data115 === "ok" || data115 === "low")) {
                              const err237 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[0], data: data115 };
                              if (vErrors === null) {
                                vErrors = [err237];
                              } else {
                                vErrors.push(err237);
                              }
                              errors++;
                            }
                            var _valid7 = _errs283 === errors;
                            if (_valid7) {
                              valid58 = true;
                              passing3 = 0;
                            }
                            const _errs284 = errors;
                            if (typeof data115 == "number" && isFinite(data115)) {
                              if (data115 > 1 || isNaN(data115)) {
                                const err238 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data115 };
                                if (vErrors === null) {
                                  vErrors = [err238];
                                } else {
                                  vErrors.push(err238);
                                }
                                errors++;
                              }
                              if (data115 < 0 || isNaN(data115)) {
                                const err239 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data115 };
                                if (vErrors === null) {
                                  vErrors = [err239];
                                } else {
                                  vErrors.push(err239);
                                }
                                errors++;
                              }
                            } else {
                              const err240 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackPressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data115 };
                              if (vErrors === null) {
                                vErrors = [err240];
                              } else {
                                vErrors.push(err240);
                              }
                              errors++;
                            }
                            var _valid7 = _errs284 === errors;
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
                              const err241 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackPressure", schemaPath: "job.schema.json/properties/health/properties/maxBackPressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackPressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackPressure, data: data115 };
                              if (vErrors === null) {
                                vErrors = [err241];
                              } else {
                                vErrors.push(err241);
                              }
                              errors++;
                            } else {
                              errors = _errs282;
                              if (vErrors !== null) {
                                if (_errs282) {
                                  vErrors.length = _errs282;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                          if (data110.maxBackpressure !== void 0) {
                            let data116 = data110.maxBackpressure;
                            const _errs287 = errors;
                            let valid59 = false;
                            let passing4 = null;
                            const _errs288 = errors;
                            if (!(data116 === "ok" || data116 === "low")) {
                              const err242 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[0], data: data116 };
                              if (vErrors === null) {
                                vErrors = [err242];
                              } else {
                                vErrors.push(err242);
                              }
                              errors++;
                            }
                            var _valid8 = _errs288 === errors;
                            if (_valid8) {
                              valid59 = true;
                              passing4 = 0;
                            }
                            const _errs289 = errors;
                            if (typeof data116 == "number" && isFinite(data116)) {
                              if (data116 > 1 || isNaN(data116)) {
                                const err243 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data116 };
                                if (vErrors === null) {
                                  vErrors = [err243];
                                } else {
                                  vErrors.push(err243);
                                }
                                errors++;
                              }
                              if (data116 < 0 || isNaN(data116)) {
                                const err244 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data116 };
                                if (vErrors === null) {
                                  vErrors = [err244];
                                } else {
                                  vErrors.push(err244);
                                }
                                errors++;
                              }
                            } else {
                              const err245 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackpressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data116 };
                              if (vErrors === null) {
                                vErrors = [err245];
                              } else {
                                vErrors.push(err245);
                              }
                              errors++;
                            }
                            var _valid8 = _errs289 === errors;
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
                              const err246 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBackpressure", schemaPath: "job.schema.json/properties/health/properties/maxBackpressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackpressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackpressure, data: data116 };
                              if (vErrors === null) {
                                vErrors = [err246];
                              } else {
                                vErrors.push(err246);
                              }
                              errors++;
                            } else {
                              errors = _errs287;
                              if (vErrors !== null) {
                                if (_errs287) {
                                  vErrors.length = _errs287;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                          if (data110.maxBusy !== void 0) {
                            let data117 = data110.maxBusy;
                            if (typeof data117 == "number" && isFinite(data117)) {
                              if (data117 > 1 || isNaN(data117)) {
                                const err247 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBusy, data: data117 };
                                if (vErrors === null) {
                                  vErrors = [err247];
                                } else {
                                  vErrors.push(err247);
                                }
                                errors++;
                              }
                              if (data117 < 0 || isNaN(data117)) {
                                const err248 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBusy, data: data117 };
                                if (vErrors === null) {
                                  vErrors = [err248];
                                } else {
                                  vErrors.push(err248);
                                }
                                errors++;
                              }
                            } else {
                              const err249 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxBusy", schemaPath: "job.schema.json/properties/health/properties/maxBusy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBusy.type, parentSchema: schema32.properties.health.properties.maxBusy, data: data117 };
                              if (vErrors === null) {
                                vErrors = [err249];
                              } else {
                                vErrors.push(err249);
                              }
                              errors++;
                            }
                          }
                          if (data110.maxWatermarkLag !== void 0) {
                            let data118 = data110.maxWatermarkLag;
                            if (typeof data118 === "string") {
                              if (!pattern6.test(data118)) {
                                const err250 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data118 };
                                if (vErrors === null) {
                                  vErrors = [err250];
                                } else {
                                  vErrors.push(err250);
                                }
                                errors++;
                              }
                            } else {
                              const err251 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxWatermarkLag", schemaPath: "job.schema.json/properties/health/properties/maxWatermarkLag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxWatermarkLag.type, parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data118 };
                              if (vErrors === null) {
                                vErrors = [err251];
                              } else {
                                vErrors.push(err251);
                              }
                              errors++;
                            }
                          }
                          if (data110.maxConsumerLag !== void 0) {
                            let data119 = data110.maxConsumerLag;
                            if (!(typeof data119 == "number" && (!(data119 % 1) && !isNaN(data119)) && isFinite(data119))) {
                              const err252 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxConsumerLag.type, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data119 };
                              if (vErrors === null) {
                                vErrors = [err252];
                              } else {
                                vErrors.push(err252);
                              }
                              errors++;
                            }
                            if (typeof data119 == "number" && isFinite(data119)) {
                              if (data119 < 0 || isNaN(data119)) {
                                const err253 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxConsumerLag", schemaPath: "job.schema.json/properties/health/properties/maxConsumerLag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data119 };
                                if (vErrors === null) {
                                  vErrors = [err253];
                                } else {
                                  vErrors.push(err253);
                                }
                                errors++;
                              }
                            }
                          }
                          if (data110.minRecordsInPerSecond !== void 0) {
                            let data120 = data110.minRecordsInPerSecond;
                            if (typeof data120 == "number" && isFinite(data120)) {
                              if (data120 < 0 || isNaN(data120)) {
                                const err254 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data120 };
                                if (vErrors === null) {
                                  vErrors = [err254];
                                } else {
                                  vErrors.push(err254);
                                }
                                errors++;
                              }
                            } else {
                              const err255 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/minRecordsInPerSecond", schemaPath: "job.schema.json/properties/health/properties/minRecordsInPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.minRecordsInPerSecond.type, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data120 };
                              if (vErrors === null) {
                                vErrors = [err255];
                              } else {
                                vErrors.push(err255);
                              }
                              errors++;
                            }
                          }
                          if (data110.maxCheckpointDuration !== void 0) {
                            let data121 = data110.maxCheckpointDuration;
                            if (typeof data121 === "string") {
                              if (!pattern6.test(data121)) {
                                const err256 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data121 };
                                if (vErrors === null) {
                                  vErrors = [err256];
                                } else {
                                  vErrors.push(err256);
                                }
                                errors++;
                              }
                            } else {
                              const err257 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/maxCheckpointDuration", schemaPath: "job.schema.json/properties/health/properties/maxCheckpointDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointDuration.type, parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data121 };
                              if (vErrors === null) {
                                vErrors = [err257];
                              } else {
                                vErrors.push(err257);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err258 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1") + "/health", schemaPath: "job.schema.json/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.health.type, parentSchema: schema32.properties.health, data: data110 };
                          if (vErrors === null) {
                            vErrors = [err258];
                          } else {
                            vErrors.push(err258);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err259 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "job.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data85 };
                      if (vErrors === null) {
                        vErrors = [err259];
                      } else {
                        vErrors.push(err259);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err260 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/jobs", schemaPath: "#/properties/environments/additionalProperties/properties/jobs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.jobs.type, parentSchema: schema31.properties.environments.additionalProperties.properties.jobs, data: data84 };
                  if (vErrors === null) {
                    vErrors = [err260];
                  } else {
                    vErrors.push(err260);
                  }
                  errors++;
                }
              }
              if (data49.tables !== void 0) {
                let data122 = data49.tables;
                if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                  for (const key29 in data122) {
                    let data123 = data122[key29];
                    if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
                      if (data123.with === void 0) {
                        const err261 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/required", keyword: "required", params: { missingProperty: "with" }, message: "must have required property 'with'", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties, data: data123 };
                        if (vErrors === null) {
                          vErrors = [err261];
                        } else {
                          vErrors.push(err261);
                        }
                        errors++;
                      }
                      for (const key30 in data123) {
                        if (!(key30 === "with")) {
                          const err262 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties, data: data123 };
                          if (vErrors === null) {
                            vErrors = [err262];
                          } else {
                            vErrors.push(err262);
                          }
                          errors++;
                        }
                      }
                      if (data123.with !== void 0) {
                        let data124 = data123.with;
                        if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
                          for (const key31 in data124) {
                            let data125 = data124[key31];
                            const _errs311 = errors;
                            let valid63 = false;
                            const _errs312 = errors;
                            if (typeof data125 !== "string") {
                              const err263 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[0], data: data125 };
                              if (vErrors === null) {
                                vErrors = [err263];
                              } else {
                                vErrors.push(err263);
                              }
                              errors++;
                            }
                            var _valid9 = _errs312 === errors;
                            valid63 = valid63 || _valid9;
                            const _errs314 = errors;
                            if (!(typeof data125 == "number" && isFinite(data125))) {
                              const err264 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[1], data: data125 };
                              if (vErrors === null) {
                                vErrors = [err264];
                              } else {
                                vErrors.push(err264);
                              }
                              errors++;
                            }
                            var _valid9 = _errs314 === errors;
                            valid63 = valid63 || _valid9;
                            const _errs316 = errors;
                            if (typeof data125 !== "boolean") {
                              const err265 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[2].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[2], data: data125 };
                              if (vErrors === null) {
                                vErrors = [err265];
                              } else {
                                vErrors.push(err265);
                              }
                              errors++;
                            }
                            var _valid9 = _errs316 === errors;
                            valid63 = valid63 || _valid9;
                            const _errs318 = errors;
                            if (data125 !== null) {
                              const err266 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf/3/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[3].type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf[3], data: data125 };
                              if (vErrors === null) {
                                vErrors = [err266];
                              } else {
                                vErrors.push(err266);
                              }
                              errors++;
                            }
                            var _valid9 = _errs318 === errors;
                            valid63 = valid63 || _valid9;
                            if (!valid63) {
                              const err267 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties.anyOf, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.additionalProperties, data: data125 };
                              if (vErrors === null) {
                                vErrors = [err267];
                              } else {
                                vErrors.push(err267);
                              }
                              errors++;
                            } else {
                              errors = _errs311;
                              if (vErrors !== null) {
                                if (_errs311) {
                                  vErrors.length = _errs311;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                        } else {
                          const err268 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/with", schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/properties/with/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with.type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.properties.with, data: data124 };
                          if (vErrors === null) {
                            vErrors = [err268];
                          } else {
                            vErrors.push(err268);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err269 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/tables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables.additionalProperties, data: data123 };
                      if (vErrors === null) {
                        vErrors = [err269];
                      } else {
                        vErrors.push(err269);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err270 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/tables", schemaPath: "#/properties/environments/additionalProperties/properties/tables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.tables.type, parentSchema: schema31.properties.environments.additionalProperties.properties.tables, data: data122 };
                  if (vErrors === null) {
                    vErrors = [err270];
                  } else {
                    vErrors.push(err270);
                  }
                  errors++;
                }
              }
              if (data49.udfs !== void 0) {
                let data126 = data49.udfs;
                if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                  for (const key32 in data126) {
                    let data127 = data126[key32];
                    if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
                      if (data127.jar === void 0) {
                        const err271 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/required", keyword: "required", params: { missingProperty: "jar" }, message: "must have required property 'jar'", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.required, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties, data: data127 };
                        if (vErrors === null) {
                          vErrors = [err271];
                        } else {
                          vErrors.push(err271);
                        }
                        errors++;
                      }
                      for (const key33 in data127) {
                        if (!(key33 === "jar" || key33 === "sha256")) {
                          const err272 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties, data: data127 };
                          if (vErrors === null) {
                            vErrors = [err272];
                          } else {
                            vErrors.push(err272);
                          }
                          errors++;
                        }
                      }
                      if (data127.jar !== void 0) {
                        let data128 = data127.jar;
                        if (typeof data128 === "string") {
                          if (!pattern33.test(data128)) {
                            const err273 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/jar", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/jar/pattern", keyword: "pattern", params: { pattern: "\\.jar$" }, message: 'must match pattern "\\.jar$"', schema: "\\.jar$", parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.jar, data: data128 };
                            if (vErrors === null) {
                              vErrors = [err273];
                            } else {
                              vErrors.push(err273);
                            }
                            errors++;
                          }
                        } else {
                          const err274 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/jar", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/jar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.jar.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.jar, data: data128 };
                          if (vErrors === null) {
                            vErrors = [err274];
                          } else {
                            vErrors.push(err274);
                          }
                          errors++;
                        }
                      }
                      if (data127.sha256 !== void 0) {
                        let data129 = data127.sha256;
                        if (typeof data129 === "string") {
                          if (!pattern34.test(data129)) {
                            const err275 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-fA-F0-9]{64}$" }, message: 'must match pattern "^[a-fA-F0-9]{64}$"', schema: "^[a-fA-F0-9]{64}$", parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.sha256, data: data129 };
                            if (vErrors === null) {
                              vErrors = [err275];
                            } else {
                              vErrors.push(err275);
                            }
                            errors++;
                          }
                        } else {
                          const err276 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.sha256.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.properties.sha256, data: data129 };
                          if (vErrors === null) {
                            vErrors = [err276];
                          } else {
                            vErrors.push(err276);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err277 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/udfs/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs.additionalProperties, data: data127 };
                      if (vErrors === null) {
                        vErrors = [err277];
                      } else {
                        vErrors.push(err277);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err278 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/udfs", schemaPath: "#/properties/environments/additionalProperties/properties/udfs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.udfs.type, parentSchema: schema31.properties.environments.additionalProperties.properties.udfs, data: data126 };
                  if (vErrors === null) {
                    vErrors = [err278];
                  } else {
                    vErrors.push(err278);
                  }
                  errors++;
                }
              }
              if (data49.config !== void 0) {
                let data130 = data49.config;
                if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
                  for (const key34 in data130) {
                    let data131 = data130[key34];
                    const _errs334 = errors;
                    let valid67 = false;
                    const _errs335 = errors;
                    if (typeof data131 !== "string") {
                      const err279 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[0].type, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[0], data: data131 };
                      if (vErrors === null) {
                        vErrors = [err279];
                      } else {
                        vErrors.push(err279);
                      }
                      errors++;
                    }
                    var _valid10 = _errs335 === errors;
                    valid67 = valid67 || _valid10;
                    const _errs337 = errors;
                    if (!(typeof data131 == "number" && isFinite(data131))) {
                      const err280 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[1].type, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[1], data: data131 };
                      if (vErrors === null) {
                        vErrors = [err280];
                      } else {
                        vErrors.push(err280);
                      }
                      errors++;
                    }
                    var _valid10 = _errs337 === errors;
                    valid67 = valid67 || _valid10;
                    const _errs339 = errors;
                    if (typeof data131 !== "boolean") {
                      const err281 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[2].type, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf[2], data: data131 };
                      if (vErrors === null) {
                        vErrors = [err281];
                      } else {
                        vErrors.push(err281);
                      }
                      errors++;
                    }
                    var _valid10 = _errs339 === errors;
                    valid67 = valid67 || _valid10;
                    if (!valid67) {
                      const err282 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/properties/config/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties.anyOf, parentSchema: schema31.properties.environments.additionalProperties.properties.config.additionalProperties, data: data131 };
                      if (vErrors === null) {
                        vErrors = [err282];
                      } else {
                        vErrors.push(err282);
                      }
                      errors++;
                    } else {
                      errors = _errs334;
                      if (vErrors !== null) {
                        if (_errs334) {
                          vErrors.length = _errs334;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err283 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1") + "/config", schemaPath: "#/properties/environments/additionalProperties/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.properties.config.type, parentSchema: schema31.properties.environments.additionalProperties.properties.config, data: data130 };
                  if (vErrors === null) {
                    vErrors = [err283];
                  } else {
                    vErrors.push(err283);
                  }
                  errors++;
                }
              }
            } else {
              const err284 = { instancePath: instancePath + "/environments/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.additionalProperties.type, parentSchema: schema31.properties.environments.additionalProperties, data: data49 };
              if (vErrors === null) {
                vErrors = [err284];
              } else {
                vErrors.push(err284);
              }
              errors++;
            }
          }
        } else {
          const err285 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.environments.type, parentSchema: schema31.properties.environments, data: data48 };
          if (vErrors === null) {
            vErrors = [err285];
          } else {
            vErrors.push(err285);
          }
          errors++;
        }
      }
    } else {
      const err286 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err286];
      } else {
        vErrors.push(err286);
      }
      errors++;
    }
    validate202.errors = vErrors;
    return errors === 0;
  });
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema35 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops table (tables/<name>.yaml)", "description": "A table a job reads or writes, compiled to CREATE TEMPORARY TABLE. The file name is the table name.", "type": "object", "additionalProperties": false, "required": ["kind", "connector", "columns"], "properties": { "kind": { "description": "source (read only), sink (written), or dimension (a lookup table, read with FOR SYSTEM_TIME AS OF).", "enum": ["source", "sink", "dimension"] }, "description": { "description": "What the table holds; compiled into the table COMMENT.", "type": "string" }, "connector": { "description": "Flink connector, e.g. kafka, upsert-kafka, jdbc, filesystem, datagen, print, blackhole. Compiled to 'connector' = '...'.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" }, "columns": { "description": "Physical columns, in order.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "description": "Column name (case-sensitive, quoted with backticks in the compiled DDL).", "type": "string", "minLength": 1 }, "type": { "description": "Flink SQL data type, e.g. BIGINT, STRING, DECIMAL(10, 2), TIMESTAMP(3), ROW<a INT, b STRING>.", "type": "string", "minLength": 1 }, "nullable": { "description": "false adds NOT NULL. Default true.", "type": "boolean" }, "comment": { "description": "Column comment.", "type": "string" } } } }, "computed": { "description": "Computed columns (`name AS expr`), placed after the physical and metadata columns.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "expr"], "properties": { "name": { "description": "Column name.", "type": "string", "minLength": 1 }, "expr": { "description": "SQL expression, e.g. PROCTIME() or amount * 100.", "type": "string", "minLength": 1 }, "comment": { "description": "Column comment.", "type": "string" } } } }, "metadata": { "description": "Metadata columns (`name TYPE METADATA [FROM 'key'] [VIRTUAL]`), placed after the physical columns.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "description": "Column name.", "type": "string", "minLength": 1 }, "type": { "description": "Flink SQL data type of the metadata value, e.g. TIMESTAMP_LTZ(3).", "type": "string", "minLength": 1 }, "from": { "description": "Metadata key of the connector when it differs from the column name, e.g. timestamp.", "type": "string", "minLength": 1 }, "virtual": { "description": "true: read only, excluded when writing to the table.", "type": "boolean" }, "comment": { "description": "Column comment.", "type": "string" } } } }, "watermark": { "description": "Event-time attribute: the column and how late events may arrive.", "type": "object", "additionalProperties": false, "required": ["column"], "properties": { "column": { "description": "Rowtime column (TIMESTAMP(3) or TIMESTAMP_LTZ(3)).", "type": "string", "minLength": 1 }, "delay": { "description": "Bounded out-of-orderness, e.g. '5 SECOND' \u2192 `column` - INTERVAL '5' SECOND ('120 SECOND' \u2192 INTERVAL '120' SECOND(3), '500 MILLISECOND' \u2192 INTERVAL '0.500' SECOND: Flink has no MILLISECOND interval). Give delay or expr.", "type": "string", "pattern": "^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$" }, "expr": { "description": "Full watermark expression, when delay is not enough. Give delay or expr.", "type": "string", "minLength": 1 } } }, "primaryKey": { "description": "Primary key columns; compiled as PRIMARY KEY (...) NOT ENFORCED.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "partitionedBy": { "description": "Partition columns (PARTITIONED BY), e.g. for the filesystem connector.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "with": { "description": "Connector options, compiled into WITH ('key' = 'value'). Numbers and booleans are written as strings. Values may use ${env.NAME} and ${secret.NAME}.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$" }, "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }] } }, "lookup": { "description": "Lookup cache of a dimension table, compiled to Flink's lookup.cache and lookup.partial-cache.* / lookup.full-cache.* options.", "type": "object", "additionalProperties": false, "required": ["cache"], "properties": { "cache": { "description": "PARTIAL caches looked-up rows, FULL loads the whole table, NONE disables the cache.", "enum": ["PARTIAL", "FULL", "NONE"] }, "maxRows": { "description": "PARTIAL: most rows kept (lookup.partial-cache.max-rows).", "type": "integer", "minimum": 1 }, "ttl": { "description": "PARTIAL: how long a row is kept after it was loaded, e.g. 10min (lookup.partial-cache.expire-after-write).", "type": "string", "pattern": "^[0-9]+ ?(ms|s|min|h|d)$" }, "expireAfterAccess": { "description": "PARTIAL: how long a row is kept after it was last read (lookup.partial-cache.expire-after-access).", "type": "string", "pattern": "^[0-9]+ ?(ms|s|min|h|d)$" }, "cacheMissingKey": { "description": "PARTIAL: also cache keys that found no row (lookup.partial-cache.cache-missing-key).", "type": "boolean" }, "reloadInterval": { "description": "FULL: reload the whole table this often (lookup.full-cache.periodic-reload.interval).", "type": "string", "pattern": "^[0-9]+ ?(ms|s|min|h|d)$" }, "maxRetries": { "description": "Retries of a failed lookup (lookup.max-retries).", "type": "integer", "minimum": 0 } } } } };
  const pattern36 = new RegExp("^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$", "u");
  const pattern37 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$", "u");
  const pattern38 = new RegExp("^[0-9]+ ?(ms|s|min|h|d)$", "u");
  var validate21 = (function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate212.evaluated;
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
              if (!pattern36.test(data23)) {
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
              if (!pattern37.test(key5)) {
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
              if (!pattern38.test(data34)) {
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
              if (!pattern38.test(data35)) {
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
              if (!pattern38.test(data37)) {
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
    validate212.errors = vErrors;
    return errors === 0;
  });
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema36 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops UDF artifact (udfs/<name>.yaml)", "description": "A jar (or, for Python functions, the files) of user-defined functions and the functions it provides. Jobs that call one of the functions get ADD JAR (SET 'python.files') and CREATE TEMPORARY FUNCTION.", "type": "object", "additionalProperties": false, "required": ["functions"], "properties": { "description": { "description": "What the functions are for, for people.", "type": "string" }, "jar": { "description": "URI of the jar (s3://, hdfs://, https://, file://, or a path the cluster can read), ending in .jar. May use ${env.NAME}.", "type": "string", "pattern": "\\.jar$" }, "files": { "description": "Python functions: the files, directories or archives of their modules, as python.files takes them (absolute paths or URIs the cluster can read). Jobs calling the functions get SET 'python.files' before CREATE TEMPORARY FUNCTION; a file on flinkops' machine is checksummed, so an edit of it upgrades those jobs. May use ${env.NAME}.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "sha256": { "description": "Hex sha256 checksum of the jar: a new one upgrades the jobs calling its functions; plan and apply check it against a jar on their own machine (a file: URI).", "type": "string", "pattern": "^[a-fA-F0-9]{64}$" }, "functions": { "description": "Functions the jar provides.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "class"], "properties": { "name": { "description": "Name the function is called by in SQL ([a-z][a-z0-9_]*).", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "class": { "description": "Fully qualified class name (Java/Scala) or module.function (Python).", "type": "string", "pattern": "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$" }, "language": { "description": "Implementation language. Default java.", "enum": ["java", "scala", "python"] } } } } } };
  const pattern44 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$", "u");
  var validate22 = (function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate222.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.functions === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "functions" }, message: "must have required property 'functions'", schema: schema36.required, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "description" || key0 === "jar" || key0 === "files" || key0 === "sha256" || key0 === "functions")) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
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
          const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.description.type, parentSchema: schema36.properties.description, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.jar !== void 0) {
        let data1 = data.jar;
        if (typeof data1 === "string") {
          if (!pattern33.test(data1)) {
            const err3 = { instancePath: instancePath + "/jar", schemaPath: "#/properties/jar/pattern", keyword: "pattern", params: { pattern: "\\.jar$" }, message: 'must match pattern "\\.jar$"', schema: "\\.jar$", parentSchema: schema36.properties.jar, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/jar", schemaPath: "#/properties/jar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.jar.type, parentSchema: schema36.properties.jar, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.files !== void 0) {
        let data2 = data.files;
        if (Array.isArray(data2)) {
          if (data2.length < 1) {
            const err5 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.properties.files, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (typeof data3 === "string") {
              if (func2(data3) < 1) {
                const err6 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.files.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.files.items.type, parentSchema: schema36.properties.files.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.files.type, parentSchema: schema36.properties.files, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.sha256 !== void 0) {
        let data4 = data.sha256;
        if (typeof data4 === "string") {
          if (!pattern34.test(data4)) {
            const err9 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-fA-F0-9]{64}$" }, message: 'must match pattern "^[a-fA-F0-9]{64}$"', schema: "^[a-fA-F0-9]{64}$", parentSchema: schema36.properties.sha256, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        } else {
          const err10 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.sha256.type, parentSchema: schema36.properties.sha256, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.functions !== void 0) {
        let data5 = data.functions;
        if (Array.isArray(data5)) {
          if (data5.length < 1) {
            const err11 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.properties.functions, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          const len1 = data5.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data6 = data5[i1];
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              if (data6.name === void 0) {
                const err12 = { instancePath: instancePath + "/functions/" + i1, schemaPath: "#/properties/functions/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.properties.functions.items.required, parentSchema: schema36.properties.functions.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (data6.class === void 0) {
                const err13 = { instancePath: instancePath + "/functions/" + i1, schemaPath: "#/properties/functions/items/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'", schema: schema36.properties.functions.items.required, parentSchema: schema36.properties.functions.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              for (const key1 in data6) {
                if (!(key1 === "name" || key1 === "class" || key1 === "language")) {
                  const err14 = { instancePath: instancePath + "/functions/" + i1, schemaPath: "#/properties/functions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36.properties.functions.items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              if (data6.name !== void 0) {
                let data7 = data6.name;
                if (typeof data7 === "string") {
                  if (!pattern4.test(data7)) {
                    const err15 = { instancePath: instancePath + "/functions/" + i1 + "/name", schemaPath: "#/properties/functions/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema36.properties.functions.items.properties.name, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                } else {
                  const err16 = { instancePath: instancePath + "/functions/" + i1 + "/name", schemaPath: "#/properties/functions/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.functions.items.properties.name.type, parentSchema: schema36.properties.functions.items.properties.name, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data6.class !== void 0) {
                let data8 = data6.class;
                if (typeof data8 === "string") {
                  if (!pattern44.test(data8)) {
                    const err17 = { instancePath: instancePath + "/functions/" + i1 + "/class", schemaPath: "#/properties/functions/items/properties/class/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$" }, message: 'must match pattern "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"', schema: "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$", parentSchema: schema36.properties.functions.items.properties.class, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/functions/" + i1 + "/class", schemaPath: "#/properties/functions/items/properties/class/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.functions.items.properties.class.type, parentSchema: schema36.properties.functions.items.properties.class, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data6.language !== void 0) {
                let data9 = data6.language;
                if (!(data9 === "java" || data9 === "scala" || data9 === "python")) {
                  const err19 = { instancePath: instancePath + "/functions/" + i1 + "/language", schemaPath: "#/properties/functions/items/properties/language/enum", keyword: "enum", params: { allowedValues: schema36.properties.functions.items.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.functions.items.properties.language.enum, parentSchema: schema36.properties.functions.items.properties.language, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/functions/" + i1, schemaPath: "#/properties/functions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.properties.functions.items.type, parentSchema: schema36.properties.functions.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath: instancePath + "/functions", schemaPath: "#/properties/functions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.functions.type, parentSchema: schema36.properties.functions, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    validate222.errors = vErrors;
    return errors === 0;
  });
  validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  var validate23 = (function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate232.evaluated;
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
            if (!(key3 === "every" || key3 === "keep" || key3 === "maxAge")) {
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
          if (data10.maxAge !== void 0) {
            let data13 = data10.maxAge;
            if (typeof data13 === "string") {
              if (!pattern6.test(data13)) {
                const err25 = { instancePath: instancePath + "/savepoints/maxAge", schemaPath: "#/properties/savepoints/properties/maxAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.savepoints.properties.maxAge, data: data13 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            } else {
              const err26 = { instancePath: instancePath + "/savepoints/maxAge", schemaPath: "#/properties/savepoints/properties/maxAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.savepoints.properties.maxAge.type, parentSchema: schema32.properties.savepoints.properties.maxAge, data: data13 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        } else {
          const err27 = { instancePath: instancePath + "/savepoints", schemaPath: "#/properties/savepoints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.savepoints.type, parentSchema: schema32.properties.savepoints, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.restoreFrom !== void 0) {
        let data14 = data.restoreFrom;
        if (typeof data14 === "string") {
          if (func2(data14) < 1) {
            const err28 = { instancePath: instancePath + "/restoreFrom", schemaPath: "#/properties/restoreFrom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.restoreFrom, data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        } else {
          const err29 = { instancePath: instancePath + "/restoreFrom", schemaPath: "#/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.restoreFrom.type, parentSchema: schema32.properties.restoreFrom, data: data14 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      if (data.movedFrom !== void 0) {
        let data15 = data.movedFrom;
        if (typeof data15 === "string") {
          if (!pattern4.test(data15)) {
            const err30 = { instancePath: instancePath + "/movedFrom", schemaPath: "#/properties/movedFrom/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32.properties.movedFrom, data: data15 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        } else {
          const err31 = { instancePath: instancePath + "/movedFrom", schemaPath: "#/properties/movedFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.movedFrom.type, parentSchema: schema32.properties.movedFrom, data: data15 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.schedule !== void 0) {
        let data16 = data.schedule;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
          if (data16.windows === void 0) {
            const err32 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: "windows" }, message: "must have required property 'windows'", schema: schema32.properties.schedule.required, parentSchema: schema32.properties.schedule, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          for (const key4 in data16) {
            if (!(key4 === "timezone" || key4 === "windows")) {
              const err33 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule, data: data16 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (data16.timezone !== void 0) {
            let data17 = data16.timezone;
            if (typeof data17 === "string") {
              if (func2(data17) < 1) {
                const err34 = { instancePath: instancePath + "/schedule/timezone", schemaPath: "#/properties/schedule/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.schedule.properties.timezone, data: data17 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            } else {
              const err35 = { instancePath: instancePath + "/schedule/timezone", schemaPath: "#/properties/schedule/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.timezone.type, parentSchema: schema32.properties.schedule.properties.timezone, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data16.windows !== void 0) {
            let data18 = data16.windows;
            if (Array.isArray(data18)) {
              if (data18.length < 1) {
                const err36 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.schedule.properties.windows, data: data18 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              const len0 = data18.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data19 = data18[i0];
                if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                  if (data19.start === void 0) {
                    const err37 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  if (data19.stop === void 0) {
                    const err38 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/required", keyword: "required", params: { missingProperty: "stop" }, message: "must have required property 'stop'", schema: schema32.properties.schedule.properties.windows.items.required, parentSchema: schema32.properties.schedule.properties.windows.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                  for (const key5 in data19) {
                    if (!(key5 === "start" || key5 === "stop")) {
                      const err39 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.schedule.properties.windows.items, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  }
                  if (data19.start !== void 0) {
                    let data20 = data19.start;
                    if (typeof data20 === "string") {
                      if (!pattern9.test(data20)) {
                        const err40 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/start", schemaPath: "#/properties/schedule/properties/windows/items/properties/start/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    } else {
                      const err41 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/start", schemaPath: "#/properties/schedule/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.start.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.start, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                  if (data19.stop !== void 0) {
                    let data21 = data19.stop;
                    if (typeof data21 === "string") {
                      if (!pattern9.test(data21)) {
                        const err42 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/stop", schemaPath: "#/properties/schedule/properties/windows/items/properties/stop/pattern", keyword: "pattern", params: { pattern: "^\\S+( \\S+){4}$" }, message: 'must match pattern "^\\S+( \\S+){4}$"', schema: "^\\S+( \\S+){4}$", parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    } else {
                      const err43 = { instancePath: instancePath + "/schedule/windows/" + i0 + "/stop", schemaPath: "#/properties/schedule/properties/windows/items/properties/stop/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schedule.properties.windows.items.properties.stop.type, parentSchema: schema32.properties.schedule.properties.windows.items.properties.stop, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err44 = { instancePath: instancePath + "/schedule/windows/" + i0, schemaPath: "#/properties/schedule/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.properties.windows.items.type, parentSchema: schema32.properties.schedule.properties.windows.items, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
            } else {
              const err45 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.schedule.properties.windows.type, parentSchema: schema32.properties.schedule.properties.windows, data: data18 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        } else {
          const err46 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.schedule.type, parentSchema: schema32.properties.schedule, data: data16 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      if (data.activeFrom !== void 0) {
        let data22 = data.activeFrom;
        if (typeof data22 === "string") {
          if (!formats0.validate(data22)) {
            const err47 = { instancePath: instancePath + "/activeFrom", schemaPath: "#/properties/activeFrom/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeFrom, data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        } else {
          const err48 = { instancePath: instancePath + "/activeFrom", schemaPath: "#/properties/activeFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeFrom.type, parentSchema: schema32.properties.activeFrom, data: data22 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
      if (data.activeUntil !== void 0) {
        let data23 = data.activeUntil;
        if (typeof data23 === "string") {
          if (!formats0.validate(data23)) {
            const err49 = { instancePath: instancePath + "/activeUntil", schemaPath: "#/properties/activeUntil/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema32.properties.activeUntil, data: data23 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        } else {
          const err50 = { instancePath: instancePath + "/activeUntil", schemaPath: "#/properties/activeUntil/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.activeUntil.type, parentSchema: schema32.properties.activeUntil, data: data23 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
      if (data.health !== void 0) {
        let data24 = data.health;
        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
          for (const key6 in data24) {
            if (!func1.call(schema32.properties.health.properties, key6)) {
              const err51 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.health, data: data24 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data24.maxRestarts !== void 0) {
            let data25 = data24.maxRestarts;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err52 = { instancePath: instancePath + "/health/maxRestarts", schemaPath: "#/properties/health/properties/maxRestarts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxRestarts.type, parentSchema: schema32.properties.health.properties.maxRestarts, data: data25 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 < 0 || isNaN(data25)) {
                const err53 = { instancePath: instancePath + "/health/maxRestarts", schemaPath: "#/properties/health/properties/maxRestarts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxRestarts, data: data25 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          }
          if (data24.window !== void 0) {
            let data26 = data24.window;
            if (typeof data26 === "string") {
              if (!pattern6.test(data26)) {
                const err54 = { instancePath: instancePath + "/health/window", schemaPath: "#/properties/health/properties/window/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.window, data: data26 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            } else {
              const err55 = { instancePath: instancePath + "/health/window", schemaPath: "#/properties/health/properties/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.window.type, parentSchema: schema32.properties.health.properties.window, data: data26 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data24.maxCheckpointAge !== void 0) {
            let data27 = data24.maxCheckpointAge;
            if (typeof data27 === "string") {
              if (!pattern6.test(data27)) {
                const err56 = { instancePath: instancePath + "/health/maxCheckpointAge", schemaPath: "#/properties/health/properties/maxCheckpointAge/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data27 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            } else {
              const err57 = { instancePath: instancePath + "/health/maxCheckpointAge", schemaPath: "#/properties/health/properties/maxCheckpointAge/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointAge.type, parentSchema: schema32.properties.health.properties.maxCheckpointAge, data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          if (data24.notRunning !== void 0) {
            let data28 = data24.notRunning;
            if (typeof data28 !== "boolean") {
              const err58 = { instancePath: instancePath + "/health/notRunning", schemaPath: "#/properties/health/properties/notRunning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.health.properties.notRunning.type, parentSchema: schema32.properties.health.properties.notRunning, data: data28 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
          if (data24.maxBackPressure !== void 0) {
            let data29 = data24.maxBackPressure;
            const _errs69 = errors;
            let valid10 = false;
            let passing0 = null;
            const _errs70 = errors;
            if (!(data29 === "ok" || data29 === "low")) {
              const err59 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackPressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[0], data: data29 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            var _valid1 = _errs70 === errors;
            if (_valid1) {
              valid10 = true;
              passing0 = 0;
            }
            const _errs71 = errors;
            if (typeof data29 == "number" && isFinite(data29)) {
              if (data29 > 1 || isNaN(data29)) {
                const err60 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data29 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (data29 < 0 || isNaN(data29)) {
                const err61 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data29 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            } else {
              const err62 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackPressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackPressure.oneOf[1], data: data29 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            var _valid1 = _errs71 === errors;
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
              const err63 = { instancePath: instancePath + "/health/maxBackPressure", schemaPath: "#/properties/health/properties/maxBackPressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackPressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackPressure, data: data29 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            } else {
              errors = _errs69;
              if (vErrors !== null) {
                if (_errs69) {
                  vErrors.length = _errs69;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data24.maxBackpressure !== void 0) {
            let data30 = data24.maxBackpressure;
            const _errs74 = errors;
            let valid11 = false;
            let passing1 = null;
            const _errs75 = errors;
            if (!(data30 === "ok" || data30 === "low")) {
              const err64 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.health.properties.maxBackpressure.oneOf[0].enum, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[0], data: data30 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            var _valid2 = _errs75 === errors;
            if (_valid2) {
              valid11 = true;
              passing1 = 0;
            }
            const _errs76 = errors;
            if (typeof data30 == "number" && isFinite(data30)) {
              if (data30 > 1 || isNaN(data30)) {
                const err65 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data30 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (data30 < 0 || isNaN(data30)) {
                const err66 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data30 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            } else {
              const err67 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBackpressure.oneOf[1].type, parentSchema: schema32.properties.health.properties.maxBackpressure.oneOf[1], data: data30 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            var _valid2 = _errs76 === errors;
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
              const err68 = { instancePath: instancePath + "/health/maxBackpressure", schemaPath: "#/properties/health/properties/maxBackpressure/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.health.properties.maxBackpressure.oneOf, parentSchema: schema32.properties.health.properties.maxBackpressure, data: data30 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            } else {
              errors = _errs74;
              if (vErrors !== null) {
                if (_errs74) {
                  vErrors.length = _errs74;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data24.maxBusy !== void 0) {
            let data31 = data24.maxBusy;
            if (typeof data31 == "number" && isFinite(data31)) {
              if (data31 > 1 || isNaN(data31)) {
                const err69 = { instancePath: instancePath + "/health/maxBusy", schemaPath: "#/properties/health/properties/maxBusy/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.health.properties.maxBusy, data: data31 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (data31 < 0 || isNaN(data31)) {
                const err70 = { instancePath: instancePath + "/health/maxBusy", schemaPath: "#/properties/health/properties/maxBusy/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxBusy, data: data31 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            } else {
              const err71 = { instancePath: instancePath + "/health/maxBusy", schemaPath: "#/properties/health/properties/maxBusy/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.maxBusy.type, parentSchema: schema32.properties.health.properties.maxBusy, data: data31 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          if (data24.maxWatermarkLag !== void 0) {
            let data32 = data24.maxWatermarkLag;
            if (typeof data32 === "string") {
              if (!pattern6.test(data32)) {
                const err72 = { instancePath: instancePath + "/health/maxWatermarkLag", schemaPath: "#/properties/health/properties/maxWatermarkLag/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data32 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            } else {
              const err73 = { instancePath: instancePath + "/health/maxWatermarkLag", schemaPath: "#/properties/health/properties/maxWatermarkLag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxWatermarkLag.type, parentSchema: schema32.properties.health.properties.maxWatermarkLag, data: data32 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          if (data24.maxConsumerLag !== void 0) {
            let data33 = data24.maxConsumerLag;
            if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
              const err74 = { instancePath: instancePath + "/health/maxConsumerLag", schemaPath: "#/properties/health/properties/maxConsumerLag/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.health.properties.maxConsumerLag.type, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data33 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (typeof data33 == "number" && isFinite(data33)) {
              if (data33 < 0 || isNaN(data33)) {
                const err75 = { instancePath: instancePath + "/health/maxConsumerLag", schemaPath: "#/properties/health/properties/maxConsumerLag/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.maxConsumerLag, data: data33 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          }
          if (data24.minRecordsInPerSecond !== void 0) {
            let data34 = data24.minRecordsInPerSecond;
            if (typeof data34 == "number" && isFinite(data34)) {
              if (data34 < 0 || isNaN(data34)) {
                const err76 = { instancePath: instancePath + "/health/minRecordsInPerSecond", schemaPath: "#/properties/health/properties/minRecordsInPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data34 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            } else {
              const err77 = { instancePath: instancePath + "/health/minRecordsInPerSecond", schemaPath: "#/properties/health/properties/minRecordsInPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.health.properties.minRecordsInPerSecond.type, parentSchema: schema32.properties.health.properties.minRecordsInPerSecond, data: data34 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (data24.maxCheckpointDuration !== void 0) {
            let data35 = data24.maxCheckpointDuration;
            if (typeof data35 === "string") {
              if (!pattern6.test(data35)) {
                const err78 = { instancePath: instancePath + "/health/maxCheckpointDuration", schemaPath: "#/properties/health/properties/maxCheckpointDuration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+ ?(s|min|m|h|d)$" }, message: 'must match pattern "^[0-9]+ ?(s|min|m|h|d)$"', schema: "^[0-9]+ ?(s|min|m|h|d)$", parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data35 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            } else {
              const err79 = { instancePath: instancePath + "/health/maxCheckpointDuration", schemaPath: "#/properties/health/properties/maxCheckpointDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.health.properties.maxCheckpointDuration.type, parentSchema: schema32.properties.health.properties.maxCheckpointDuration, data: data35 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
        } else {
          const err80 = { instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.health.type, parentSchema: schema32.properties.health, data: data24 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      }
    } else {
      const err81 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err81];
      } else {
        vErrors.push(err81);
      }
      errors++;
    }
    validate232.errors = vErrors;
    return errors === 0;
  });
  validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema38 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops SQL unit tests of a job (jobs/<job>.test.yaml)", "description": "Cases for `flinkops test`: rows for the tables the job reads and the rows each sink must receive. The job runs on a real Flink through the SQL Gateway, with each source swapped for a bounded table over the case's rows and each sink read back by flinkops; the real connectors are never touched.", "type": "object", "additionalProperties": false, "required": ["cases"], "properties": { "description": { "description": "What the tests cover, for people.", "type": "string" }, "functions": { "description": `SQL stand-ins for the UDFs the job calls, so a test needs no jar: function name to a SQL expression where $1, $2, ... are the call's arguments, e.g. fare_bucket: "CASE WHEN $1 < 20 THEN 'low' ELSE 'high' END".`, "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "minLength": 1 } }, "cases": { "description": "The test cases; each runs in its own session.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "expect"], "properties": { "name": { "description": "Name of the case, shown in the report and usable with --case.", "type": "string", "minLength": 1 }, "description": { "description": "What the case checks, for people.", "type": "string" }, "mode": { "description": "batch (default: bounded input, final results) or streaming (watermarks fire event-time windows as in production; needed to see a changelog). A case that expects a changelog runs in streaming mode.", "enum": ["batch", "streaming"] }, "inputs": { "description": "Rows of the tables (sources and dimension tables) the job reads, by table name. A table left out is empty. Columns left out of a row are NULL.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "rows": { "description": "The rows, in event order: column name to value.", "type": "array", "items": { "$ref": "#/$defs/row" } }, "file": { "description": "A .csv (header line with column names) or .json (array of objects) file beside the test file holding the rows.", "type": "string", "pattern": "\\.(csv|json)$" } } } }, "expect": { "description": "What each sink must receive, by sink table name. Compared order-insensitively, on the columns the expected rows name.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "rows": { "description": "The final rows of the sink: for a sink with a primary key the table after every update (by key), else every row written.", "type": "array", "items": { "$ref": "#/$defs/row" } }, "changelog": { "description": "Every change the sink receives (+I insert, -U update before, +U update after, -D delete), order-insensitive. Runs the case in streaming mode.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["op", "row"], "properties": { "op": { "description": "The kind of change.", "enum": ["+I", "-U", "+U", "-D"] }, "row": { "description": "The row changed: column name to value.", "$ref": "#/$defs/row" } } } }, "file": { "description": "A .csv or .json file beside the test file holding the expected final rows.", "type": "string", "pattern": "\\.(csv|json)$" } } } } } } } }, "$defs": { "row": { "description": "One row: column name to value (text, number, true/false or null). Timestamps as 'YYYY-MM-DD HH:MM:SS[.fff]' (TIMESTAMP_LTZ values in UTC, or in the zone the job sets with table.local-time-zone).", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "null" }] } } } };
  const schema39 = { "description": "One row: column name to value (text, number, true/false or null). Timestamps as 'YYYY-MM-DD HH:MM:SS[.fff]' (TIMESTAMP_LTZ values in UTC, or in the zone the job sets with table.local-time-zone).", "type": "object", "additionalProperties": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "null" }] } };
  const pattern56 = new RegExp("\\.(csv|json)$", "u");
  var validate24 = (function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate242.evaluated;
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
              if (!pattern22.test(key1)) {
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
                          if (!pattern56.test(data13)) {
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
                          if (!pattern56.test(data24)) {
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
    validate242.errors = vErrors;
    return errors === 0;
  });
  validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.project = validate20;
  exports.table = validate21;
  exports.udf = validate22;
  exports.job = validate23;
  exports.test = validate24;
});
var repo;
function repositoryValidators() {
  if (!repo) {
    repo = {};
    repoValidators(repo);
  }
  return repo;
}

// schemas/job.schema.json
var job_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "flinkops job settings (jobs/<name>.yaml)",
  description: "Settings of one streaming job. The job's SQL lives beside this file in jobs/<name>.sql.",
  type: "object",
  additionalProperties: false,
  properties: {
    description: {
      description: "What the job does, for people. Changing it never restarts the job.",
      type: "string"
    },
    parallelism: {
      description: "Parallelism of the job. A change alone rescales the job instead of upgrading it. Default 1.",
      type: "integer",
      minimum: 1,
      maximum: 32768
    },
    maxParallelism: {
      description: "Maximum parallelism (number of key groups). Changing it makes keyed state incompatible with old savepoints.",
      type: "integer",
      minimum: 1,
      maximum: 32768
    },
    upgradeMode: {
      description: "How a changed job is upgraded: through a savepoint (default), from the last checkpoint (last-state) or without state (stateless).",
      enum: ["savepoint", "last-state", "stateless"]
    },
    state: {
      description: "Desired state on the cluster: running (default) or suspended (stopped with a savepoint, resumable).",
      enum: ["running", "suspended"]
    },
    planMode: {
      description: "How the job is started. script (default): its SQL is planned by the cluster at every start. compiled: flinkops compiles it once with COMPILE PLAN (into the environment's planDir), keeps that JSON plan with what it deployed, and starts the job with EXECUTE PLAN, so the operators and their state survive a Flink version upgrade (README: Compiled plans and Flink version upgrades).",
      enum: ["script", "compiled"]
    },
    allowNonRestoredState: {
      description: "Allow restoring from a savepoint that holds state no operator of the new job claims (Flink's --allowNonRestoredState).",
      type: "boolean"
    },
    deletionPolicy: {
      description: "What happens when the job is removed from the repository: retain (default) refuses to delete unless deletions are allowed explicitly; delete lets the job be stopped with a final savepoint and removed.",
      enum: ["retain", "delete"]
    },
    config: {
      description: "Flink configuration options of the job, compiled into SET lines (e.g. execution.checkpointing.interval: 30 s). Numbers and booleans are written as strings.",
      type: "object",
      propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$" },
      additionalProperties: { anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }] }
    },
    savepoints: {
      description: "Periodic savepoints taken by the scheduled workflow.",
      type: "object",
      additionalProperties: false,
      properties: {
        every: {
          description: "Interval between savepoints, e.g. 6h, 30min, 1d.",
          type: "string",
          pattern: "^[0-9]+ ?(s|min|m|h|d)$"
        },
        keep: {
          description: "How many savepoints to keep in the state store (older ones are disposed).",
          type: "integer",
          minimum: 1
        },
        maxAge: {
          description: "Savepoints older than this are disposed, e.g. 7d, 12h (the newest restore point and those a restore depends on are kept whatever their age).",
          type: "string",
          pattern: "^[0-9]+ ?(s|min|m|h|d)$"
        }
      }
    },
    restoreFrom: {
      description: "Savepoint or checkpoint path to start the job from. Changing it redeploys the job from that path.",
      type: "string",
      minLength: 1
    },
    movedFrom: {
      description: "The name this job had before it was renamed (Terraform's moved block). While the state store or the cluster still knows the old job, the plan renames it instead of deleting it and creating this one: apply stops the old job with a savepoint, starts this one under its new name from that savepoint, and moves its state store record (savepoints, history) here. Once the old name is gone it does nothing and may stay or go.",
      type: "string",
      pattern: "^[a-z][a-z0-9_]*$"
    },
    schedule: {
      description: "Time windows in which the job runs; outside them it is suspended with a savepoint. The job runs while the latest start of any window is later than that window's latest stop. Evaluated at the time of each plan (the Action's schedule run, or plan --now).",
      type: "object",
      additionalProperties: false,
      required: ["windows"],
      properties: {
        timezone: {
          description: "IANA time zone of the cron expressions, e.g. Europe/Berlin (daylight saving time is followed). Default UTC.",
          type: "string",
          minLength: 1
        },
        windows: {
          description: "Windows in which the job runs.",
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["start", "stop"],
            properties: {
              start: {
                description: "Cron expression (5 fields: minute hour day-of-month month day-of-week) at which the job is resumed, e.g. '0 6 * * 1-5'.",
                type: "string",
                pattern: "^\\S+( \\S+){4}$"
              },
              stop: {
                description: "Cron expression (5 fields: minute hour day-of-month month day-of-week) at which the job is suspended, e.g. '0 22 * * 1-5'.",
                type: "string",
                pattern: "^\\S+( \\S+){4}$"
              }
            }
          }
        }
      }
    },
    activeFrom: {
      description: "Date-time (RFC 3339) before which the job is not started.",
      type: "string",
      format: "date-time"
    },
    activeUntil: {
      description: "Date-time (RFC 3339) after which the job is suspended.",
      type: "string",
      format: "date-time"
    },
    health: {
      description: "Health thresholds checked after a deployment and by the scheduled workflow.",
      type: "object",
      additionalProperties: false,
      properties: {
        maxRestarts: {
          description: "Most restarts tolerated within the window before the job counts as unhealthy.",
          type: "integer",
          minimum: 0
        },
        window: {
          description: "Window over which restarts are counted, e.g. 10min. Default 10min.",
          type: "string",
          pattern: "^[0-9]+ ?(s|min|m|h|d)$"
        },
        maxCheckpointAge: {
          description: "Oldest acceptable age of the last completed checkpoint, e.g. 15min. A running job that never completed one counts from its start.",
          type: "string",
          pattern: "^[0-9]+ ?(s|min|m|h|d)$"
        },
        notRunning: {
          description: "Breach when the job is not RUNNING on the cluster while the repository (state and schedule) wants it running. Default true.",
          type: "boolean"
        },
        maxBackPressure: {
          description: "Highest back-pressure tolerated on any vertex: a level as Flink's back-pressure sampling reports it (ok, low), or a share of time from 0 to 1 compared with the worst subtask's backPressuredTimeMsPerSecond / 1000 (e.g. 0.5). Above it is a breach. Not checked when absent.",
          oneOf: [{ enum: ["ok", "low"] }, { type: "number", minimum: 0, maximum: 1 }]
        },
        maxBackpressure: {
          description: "Deprecated: the former spelling of maxBackPressure, still read with a warning (FO265). Rename the key to maxBackPressure.",
          deprecated: true,
          oneOf: [{ enum: ["ok", "low"] }, { type: "number", minimum: 0, maximum: 1 }]
        },
        maxBusy: {
          description: "Highest share of time (0 to 1) any subtask may be busy (busyTimeMsPerSecond / 1000), e.g. 0.9: a vertex busy all the time is the bottleneck. Not checked when absent.",
          type: "number",
          minimum: 0,
          maximum: 1
        },
        maxWatermarkLag: {
          description: "Oldest acceptable event time: now minus the lowest currentInputWatermark of any vertex, e.g. 5min. Jobs without event time (no watermark) pass. Not checked when absent.",
          type: "string",
          pattern: "^[0-9]+ ?(s|min|m|h|d)$"
        },
        maxConsumerLag: {
          description: "Most records the Kafka sources may be behind their topics (the connector's pendingRecords, or records-lag-max of the legacy consumer, summed over subtasks). Jobs without a Kafka source pass. Not checked when absent.",
          type: "integer",
          minimum: 0
        },
        minRecordsInPerSecond: {
          description: "Fewest records per second the sources must read (numRecordsOutPerSecond of the source operators, a one-minute average), checked once the job has run for the window (default 10min). Not checked when absent.",
          type: "number",
          minimum: 0
        },
        maxCheckpointDuration: {
          description: "Longest acceptable duration of the last completed checkpoint (trigger to last acknowledgement), e.g. 2min. Not checked when absent.",
          type: "string",
          pattern: "^[0-9]+ ?(s|min|m|h|d)$"
        }
      }
    }
  }
};

// schemas/project.schema.json
var project_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "flinkops project (flinkops.yaml)",
  description: "The project: its name, Flink version, job defaults and the environments it is deployed to.",
  type: "object",
  additionalProperties: false,
  required: ["project", "flinkVersion", "environments"],
  properties: {
    project: {
      description: "Project name ([a-z][a-z0-9_]*); jobs run as <project>.<env>.<job>.",
      type: "string",
      pattern: "^[a-z][a-z0-9_]*$"
    },
    flinkVersion: {
      description: "Flink version of the clusters, 1.16 to 2.3.",
      enum: ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"]
    },
    defaults: {
      title: "Job defaults (every job, every environment)",
      description: "Job settings every job starts from; a job's own YAML and the environment's overrides win.",
      $ref: "job.schema.json"
    },
    policy: {
      description: "Guards every plan checks; a change that breaks one is refused (not applied) and reported with what to do.",
      type: "object",
      additionalProperties: false,
      properties: {
        protectedJobs: {
          description: "Jobs that are never deleted and never upgraded stateless, in any environment. Keep a name here after removing its file to guard it.",
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[a-z][a-z0-9_]*$" }
        },
        requireAllowDelete: {
          description: "Environments in which a deletion needs --allow-delete (Action input allow-delete) even when the job says deletionPolicy: delete.",
          type: "array",
          uniqueItems: true,
          items: { type: "string" }
        },
        maxParallelism: {
          description: "Highest job parallelism allowed per environment, e.g. {prod: 16}; a job above it is refused.",
          type: "object",
          additionalProperties: { type: "integer", minimum: 1 }
        },
        refuseIncompatibleUpgrades: {
          description: "Environments in which an upgrade is refused when its state verdict is incompatible, or drops-state unless the job sets allowNonRestoredState: true.",
          type: "array",
          uniqueItems: true,
          items: { type: "string" }
        }
      }
    },
    environments: {
      description: "Environments (clusters) the project is deployed to, by name, e.g. staging and prod.",
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[a-z][a-z0-9_]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["jobmanagerUrl", "sqlGatewayUrl"],
        properties: {
          jobmanagerUrl: {
            description: "JobManager REST endpoint, e.g. http://flink-jobmanager:8081.",
            type: "string",
            pattern: "^(https?://|\\$\\{)"
          },
          sqlGatewayUrl: {
            description: "SQL Gateway REST endpoint, e.g. http://flink-sql-gateway:8083.",
            type: "string",
            pattern: "^(https?://|\\$\\{)"
          },
          flinkVersion: {
            description: "Flink version of this environment's cluster, when it is not the project's flinkVersion (an upgrade rolled out one environment at a time: staging on the new release, prod still on the old). Validate judges the SQL by every release the environments run; compile, plan and apply of this environment use this one.",
            enum: ["1.16", "1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"]
          },
          auth: {
            description: "How to authenticate to both endpoints: a bearer token, basic auth, or extra headers. Use ${secret.NAME} for credentials.",
            type: "object",
            additionalProperties: false,
            properties: {
              token: {
                description: "Bearer token, e.g. ${secret.FLINK_TOKEN}.",
                type: "string"
              },
              username: {
                description: "Basic-auth user name (with password).",
                type: "string"
              },
              password: {
                description: "Basic-auth password (with username), e.g. ${secret.FLINK_PASSWORD}.",
                type: "string"
              },
              headers: {
                description: "Extra HTTP headers sent with every request.",
                type: "object",
                additionalProperties: { type: "string" }
              }
            },
            dependentRequired: { username: ["password"], password: ["username"] }
          },
          alerts: {
            description: "Where health alerts of this environment go (status --check --alert, and the Action's scheduled runs): one message when a job starts breaching a rule, one when it passes again.",
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["type", "url"],
              properties: {
                type: {
                  description: "The payload format: slack (incoming webhook), dingtalk, feishu (Feishu/Lark), wecom (custom robots), webhook (flinkops' own JSON) or email (a plain-text mail through an SMTP server).",
                  enum: ["slack", "dingtalk", "feishu", "wecom", "webhook", "email"]
                },
                url: {
                  description: "The robot's webhook URL, which is a credential: use ${secret.NAME}. For email, the SMTP server as smtps://USER:PASSWORD@HOST:465 (TLS from the start) or smtp://USER:PASSWORD@HOST:587 (STARTTLS when the server offers it), e.g. ${secret.SMTP_URL}.",
                  type: "string",
                  minLength: 1
                },
                secret: {
                  description: "Signing secret of a DingTalk or Feishu robot with signature verification on, e.g. ${secret.DINGTALK_SECRET}.",
                  type: "string",
                  minLength: 1
                },
                from: {
                  description: 'email: the sender, e.g. flinkops@example.com or "Flink alerts <flinkops@example.com>".',
                  type: "string",
                  minLength: 1
                },
                to: {
                  description: "email: the recipient, or a list of them.",
                  oneOf: [
                    { type: "string", minLength: 1 },
                    { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
                  ]
                }
              },
              if: { properties: { type: { const: "email" } } },
              then: {
                required: ["from", "to"],
                properties: {
                  url: {
                    description: "An e-mail channel's SMTP server URL.",
                    type: "string",
                    pattern: "^(smtps?://|\\$\\{)"
                  },
                  from: { description: "An e-mail channel's sender.", type: "string" },
                  to: { description: "An e-mail channel's recipients." }
                }
              }
            }
          },
          savepointDir: {
            description: "Directory savepoints are written to, e.g. s3://bucket/savepoints/prod.",
            type: "string",
            minLength: 1
          },
          state: {
            description: "suspended: every job of the environment is stopped with a savepoint and stays stopped, whatever its own state says (e.g. before its jobs move to a cluster of a new Flink version); running (default): each job's own state applies.",
            enum: ["running", "suspended"]
          },
          moveFrom: {
            description: "The cluster this environment's jobs run on now, while they move to jobmanagerUrl/sqlGatewayUrl (a new cluster, e.g. of a newer Flink version). One plan shows every move with its state verdict, checked against the new cluster before anything stops; apply stops each job with a savepoint here and starts it on the new cluster from that savepoint (README: Flink version upgrades). Remove it once nothing runs here any more.",
            type: "object",
            additionalProperties: false,
            required: ["jobmanagerUrl"],
            properties: {
              jobmanagerUrl: {
                description: "JobManager REST endpoint of the cluster being left, e.g. http://flink-old-jobmanager:8081.",
                type: "string",
                pattern: "^(https?://|\\$\\{)"
              },
              sqlGatewayUrl: {
                description: "SQL Gateway of the cluster being left. With it, the state verdict of a planMode: script job's move compares the stream graph the old release's planner builds for the running script with the one the new release builds: the verdict Flink's restore will give, instead of unknown.",
                type: "string",
                pattern: "^(https?://|\\$\\{)"
              },
              auth: {
                description: "How to authenticate to that cluster, if not as to the new one (the environment's auth is used otherwise).",
                $ref: "#/properties/environments/additionalProperties/properties/auth"
              }
            }
          },
          planDir: {
            description: "Directory (a Flink file system URI: s3://, hdfs://, file:// on a shared mount) where the SQL Gateway writes the compiled plans of jobs with planMode: compiled and reads them back for EXECUTE PLAN. Every SQL Gateway the environment uses, including the one of a cluster it moves to, must reach it, like savepointDir.",
            type: "string",
            minLength: 1
          },
          variables: {
            description: "Defaults for ${env.NAME} references, used when the process environment does not set NAME. Values may use ${secret.NAME}.",
            type: "object",
            propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
            additionalProperties: {
              anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }]
            }
          },
          jobs: {
            description: "Per-job setting overrides in this environment (parallelism, state, config, ...), by job name.",
            type: "object",
            additionalProperties: {
              title: "Job settings in this environment",
              description: "Settings of this job in this environment; they win over the job's own YAML and the defaults.",
              $ref: "job.schema.json"
            }
          },
          tables: {
            description: "Per-table connector option overrides in this environment, by table name.",
            type: "object",
            additionalProperties: {
              type: "object",
              additionalProperties: false,
              required: ["with"],
              properties: {
                with: {
                  description: "Connector options merged over the table's own; null removes an option.",
                  type: "object",
                  additionalProperties: {
                    anyOf: [
                      { type: "string" },
                      { type: "number" },
                      { type: "boolean" },
                      { type: "null" }
                    ]
                  }
                }
              }
            }
          },
          udfs: {
            description: "Per-artifact overrides in this environment, by udfs/<name>.yaml name: another build of the same functions, e.g. a jar on the local disk for a test cluster. The override's jar and sha256 replace both of the artifact's own.",
            type: "object",
            additionalProperties: {
              type: "object",
              additionalProperties: false,
              required: ["jar"],
              properties: {
                jar: {
                  description: "URI of the jar in this environment (s3://, hdfs://, https://, file://, or a path the cluster can read), ending in .jar. May use ${env.NAME}.",
                  type: "string",
                  pattern: "\\.jar$"
                },
                sha256: {
                  description: "Hex sha256 checksum of this jar; without it the environment's jar has none.",
                  type: "string",
                  pattern: "^[a-fA-F0-9]{64}$"
                }
              }
            }
          },
          config: {
            description: "Flink configuration options for every job in this environment (SET lines); a job's own config wins.",
            type: "object",
            additionalProperties: {
              anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }]
            }
          }
        }
      }
    }
  }
};

// schemas/table.schema.json
var table_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "flinkops table (tables/<name>.yaml)",
  description: "A table a job reads or writes, compiled to CREATE TEMPORARY TABLE. The file name is the table name.",
  type: "object",
  additionalProperties: false,
  required: ["kind", "connector", "columns"],
  properties: {
    kind: {
      description: "source (read only), sink (written), or dimension (a lookup table, read with FOR SYSTEM_TIME AS OF).",
      enum: ["source", "sink", "dimension"]
    },
    description: {
      description: "What the table holds; compiled into the table COMMENT.",
      type: "string"
    },
    connector: {
      description: "Flink connector, e.g. kafka, upsert-kafka, jdbc, filesystem, datagen, print, blackhole. Compiled to 'connector' = '...'.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-]*$"
    },
    columns: {
      description: "Physical columns, in order.",
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "type"],
        properties: {
          name: {
            description: "Column name (case-sensitive, quoted with backticks in the compiled DDL).",
            type: "string",
            minLength: 1
          },
          type: {
            description: "Flink SQL data type, e.g. BIGINT, STRING, DECIMAL(10, 2), TIMESTAMP(3), ROW<a INT, b STRING>.",
            type: "string",
            minLength: 1
          },
          nullable: {
            description: "false adds NOT NULL. Default true.",
            type: "boolean"
          },
          comment: {
            description: "Column comment.",
            type: "string"
          }
        }
      }
    },
    computed: {
      description: "Computed columns (`name AS expr`), placed after the physical and metadata columns.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "expr"],
        properties: {
          name: {
            description: "Column name.",
            type: "string",
            minLength: 1
          },
          expr: {
            description: "SQL expression, e.g. PROCTIME() or amount * 100.",
            type: "string",
            minLength: 1
          },
          comment: {
            description: "Column comment.",
            type: "string"
          }
        }
      }
    },
    metadata: {
      description: "Metadata columns (`name TYPE METADATA [FROM 'key'] [VIRTUAL]`), placed after the physical columns.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "type"],
        properties: {
          name: {
            description: "Column name.",
            type: "string",
            minLength: 1
          },
          type: {
            description: "Flink SQL data type of the metadata value, e.g. TIMESTAMP_LTZ(3).",
            type: "string",
            minLength: 1
          },
          from: {
            description: "Metadata key of the connector when it differs from the column name, e.g. timestamp.",
            type: "string",
            minLength: 1
          },
          virtual: {
            description: "true: read only, excluded when writing to the table.",
            type: "boolean"
          },
          comment: {
            description: "Column comment.",
            type: "string"
          }
        }
      }
    },
    watermark: {
      description: "Event-time attribute: the column and how late events may arrive.",
      type: "object",
      additionalProperties: false,
      required: ["column"],
      properties: {
        column: {
          description: "Rowtime column (TIMESTAMP(3) or TIMESTAMP_LTZ(3)).",
          type: "string",
          minLength: 1
        },
        delay: {
          description: "Bounded out-of-orderness, e.g. '5 SECOND' \u2192 `column` - INTERVAL '5' SECOND ('120 SECOND' \u2192 INTERVAL '120' SECOND(3), '500 MILLISECOND' \u2192 INTERVAL '0.500' SECOND: Flink has no MILLISECOND interval). Give delay or expr.",
          type: "string",
          pattern: "^[0-9]+ (MILLISECOND|SECOND|MINUTE|HOUR|DAY)S?$"
        },
        expr: {
          description: "Full watermark expression, when delay is not enough. Give delay or expr.",
          type: "string",
          minLength: 1
        }
      }
    },
    primaryKey: {
      description: "Primary key columns; compiled as PRIMARY KEY (...) NOT ENFORCED.",
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    partitionedBy: {
      description: "Partition columns (PARTITIONED BY), e.g. for the filesystem connector.",
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    with: {
      description: "Connector options, compiled into WITH ('key' = 'value'). Numbers and booleans are written as strings. Values may use ${env.NAME} and ${secret.NAME}.",
      type: "object",
      propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.\\-#]*$" },
      additionalProperties: { anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }] }
    },
    lookup: {
      description: "Lookup cache of a dimension table, compiled to Flink's lookup.cache and lookup.partial-cache.* / lookup.full-cache.* options.",
      type: "object",
      additionalProperties: false,
      required: ["cache"],
      properties: {
        cache: {
          description: "PARTIAL caches looked-up rows, FULL loads the whole table, NONE disables the cache.",
          enum: ["PARTIAL", "FULL", "NONE"]
        },
        maxRows: {
          description: "PARTIAL: most rows kept (lookup.partial-cache.max-rows).",
          type: "integer",
          minimum: 1
        },
        ttl: {
          description: "PARTIAL: how long a row is kept after it was loaded, e.g. 10min (lookup.partial-cache.expire-after-write).",
          type: "string",
          pattern: "^[0-9]+ ?(ms|s|min|h|d)$"
        },
        expireAfterAccess: {
          description: "PARTIAL: how long a row is kept after it was last read (lookup.partial-cache.expire-after-access).",
          type: "string",
          pattern: "^[0-9]+ ?(ms|s|min|h|d)$"
        },
        cacheMissingKey: {
          description: "PARTIAL: also cache keys that found no row (lookup.partial-cache.cache-missing-key).",
          type: "boolean"
        },
        reloadInterval: {
          description: "FULL: reload the whole table this often (lookup.full-cache.periodic-reload.interval).",
          type: "string",
          pattern: "^[0-9]+ ?(ms|s|min|h|d)$"
        },
        maxRetries: {
          description: "Retries of a failed lookup (lookup.max-retries).",
          type: "integer",
          minimum: 0
        }
      }
    }
  }
};

// schemas/test.schema.json
var test_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "flinkops SQL unit tests of a job (jobs/<job>.test.yaml)",
  description: "Cases for `flinkops test`: rows for the tables the job reads and the rows each sink must receive. The job runs on a real Flink through the SQL Gateway, with each source swapped for a bounded table over the case's rows and each sink read back by flinkops; the real connectors are never touched.",
  type: "object",
  additionalProperties: false,
  required: ["cases"],
  properties: {
    description: {
      description: "What the tests cover, for people.",
      type: "string"
    },
    functions: {
      description: `SQL stand-ins for the UDFs the job calls, so a test needs no jar: function name to a SQL expression where $1, $2, ... are the call's arguments, e.g. fare_bucket: "CASE WHEN $1 < 20 THEN 'low' ELSE 'high' END".`,
      type: "object",
      propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
      additionalProperties: { type: "string", minLength: 1 }
    },
    cases: {
      description: "The test cases; each runs in its own session.",
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "expect"],
        properties: {
          name: {
            description: "Name of the case, shown in the report and usable with --case.",
            type: "string",
            minLength: 1
          },
          description: {
            description: "What the case checks, for people.",
            type: "string"
          },
          mode: {
            description: "batch (default: bounded input, final results) or streaming (watermarks fire event-time windows as in production; needed to see a changelog). A case that expects a changelog runs in streaming mode.",
            enum: ["batch", "streaming"]
          },
          inputs: {
            description: "Rows of the tables (sources and dimension tables) the job reads, by table name. A table left out is empty. Columns left out of a row are NULL.",
            type: "object",
            additionalProperties: {
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              maxProperties: 1,
              properties: {
                rows: {
                  description: "The rows, in event order: column name to value.",
                  type: "array",
                  items: { $ref: "#/$defs/row" }
                },
                file: {
                  description: "A .csv (header line with column names) or .json (array of objects) file beside the test file holding the rows.",
                  type: "string",
                  pattern: "\\.(csv|json)$"
                }
              }
            }
          },
          expect: {
            description: "What each sink must receive, by sink table name. Compared order-insensitively, on the columns the expected rows name.",
            type: "object",
            minProperties: 1,
            additionalProperties: {
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              maxProperties: 1,
              properties: {
                rows: {
                  description: "The final rows of the sink: for a sink with a primary key the table after every update (by key), else every row written.",
                  type: "array",
                  items: { $ref: "#/$defs/row" }
                },
                changelog: {
                  description: "Every change the sink receives (+I insert, -U update before, +U update after, -D delete), order-insensitive. Runs the case in streaming mode.",
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["op", "row"],
                    properties: {
                      op: {
                        description: "The kind of change.",
                        enum: ["+I", "-U", "+U", "-D"]
                      },
                      row: {
                        description: "The row changed: column name to value.",
                        $ref: "#/$defs/row"
                      }
                    }
                  }
                },
                file: {
                  description: "A .csv or .json file beside the test file holding the expected final rows.",
                  type: "string",
                  pattern: "\\.(csv|json)$"
                }
              }
            }
          }
        }
      }
    }
  },
  $defs: {
    row: {
      description: "One row: column name to value (text, number, true/false or null). Timestamps as 'YYYY-MM-DD HH:MM:SS[.fff]' (TIMESTAMP_LTZ values in UTC, or in the zone the job sets with table.local-time-zone).",
      type: "object",
      additionalProperties: {
        anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }, { type: "null" }]
      }
    }
  }
};

// schemas/udf.schema.json
var udf_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "flinkops UDF artifact (udfs/<name>.yaml)",
  description: "A jar (or, for Python functions, the files) of user-defined functions and the functions it provides. Jobs that call one of the functions get ADD JAR (SET 'python.files') and CREATE TEMPORARY FUNCTION.",
  type: "object",
  additionalProperties: false,
  required: ["functions"],
  properties: {
    description: {
      description: "What the functions are for, for people.",
      type: "string"
    },
    jar: {
      description: "URI of the jar (s3://, hdfs://, https://, file://, or a path the cluster can read), ending in .jar. May use ${env.NAME}.",
      type: "string",
      pattern: "\\.jar$"
    },
    files: {
      description: "Python functions: the files, directories or archives of their modules, as python.files takes them (absolute paths or URIs the cluster can read). Jobs calling the functions get SET 'python.files' before CREATE TEMPORARY FUNCTION; a file on flinkops' machine is checksummed, so an edit of it upgrades those jobs. May use ${env.NAME}.",
      type: "array",
      minItems: 1,
      items: { type: "string", minLength: 1 }
    },
    sha256: {
      description: "Hex sha256 checksum of the jar: a new one upgrades the jobs calling its functions; plan and apply check it against a jar on their own machine (a file: URI).",
      type: "string",
      pattern: "^[a-fA-F0-9]{64}$"
    },
    functions: {
      description: "Functions the jar provides.",
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "class"],
        properties: {
          name: {
            description: "Name the function is called by in SQL ([a-z][a-z0-9_]*).",
            type: "string",
            pattern: "^[a-z][a-z0-9_]*$"
          },
          class: {
            description: "Fully qualified class name (Java/Scala) or module.function (Python).",
            type: "string",
            pattern: "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"
          },
          language: {
            description: "Implementation language. Default java.",
            enum: ["java", "scala", "python"]
          }
        }
      }
    }
  }
};

// src/validate/schema.ts
var SCHEMAS = {
  project: project_schema_default,
  table: table_schema_default,
  udf: udf_schema_default,
  job: job_schema_default,
  test: test_schema_default
};
var FILE_LABEL = {
  project: "flinkops.yaml",
  table: "table",
  udf: "UDF file",
  job: "job settings",
  test: "test file"
};
var pointerToPath = (function pointerToPath(pointer, data) {
  if (!pointer) return [];
  const out = [];
  let cur = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(cur)) {
      const n = Number(seg);
      out.push(n);
      cur = cur[n];
    } else {
      out.push(seg);
      cur = cur && typeof cur === "object" ? cur[seg] : void 0;
    }
  }
  return out;
});
var yamlNumber = (function yamlNumber(v2) {
  if (Number.isNaN(v2)) return ".nan (not a number)";
  if (v2 === Number.POSITIVE_INFINITY) return ".inf (infinity)";
  if (v2 === Number.NEGATIVE_INFINITY) return "-.inf (minus infinity)";
  return String(v2);
});
var yamlType = (function yamlType(v2) {
  if (v2 === null || v2 === void 0) return "nothing (null)";
  if (Array.isArray(v2)) return "a list";
  if (typeof v2 === "object") return "a mapping";
  if (typeof v2 === "number") return `the number ${yamlNumber(v2)}`;
  if (typeof v2 === "string") return `the string ${JSON.stringify(v2.length > 40 ? `${v2.slice(0, 40)}\u2026` : v2)}`;
  return `${typeof v2} ${String(v2)}`;
});
var typeWords = (function typeWords(t) {
  const words = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "null"
  };
  const list3 = (Array.isArray(t) ? t : [t]).map((x2) => words[x2] ?? x2);
  return list3.length > 1 ? `${list3.slice(0, -1).join(", ")} or ${list3[list3.length - 1]}` : list3[0];
});
var typeChoice = (function typeChoice(branches) {
  if (!Array.isArray(branches)) return void 0;
  const types = branches.map(
    (b2) => b2 && typeof b2 === "object" && Object.keys(b2).length === 1 ? b2.type : void 0
  );
  return types.every((t) => typeof t === "string") ? types : void 0;
});
var IDENTIFIER_PATTERN = "^[a-z][a-z0-9_]*$";
var where = (function where(path) {
  if (path.length === 0) return "the top level";
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out;
});
var describe = (function describe(schema) {
  const d = schema?.description;
  return d ? ` ${d}` : "";
});
var unquotedScalar = (function unquotedScalar(y2, range, data, key) {
  if (typeof data !== "number" && typeof data !== "boolean" && data !== null) return void 0;
  const written = writtenText(y2, range);
  if (written === void 0 || written === "") return void 0;
  const as = data === null ? "null" : typeof data === "boolean" ? `the boolean ${data}` : `the number ${yamlNumber(data)}`;
  return `YAML reads the unquoted ${written} as ${as}: quote it to keep it as text, ${typeof key === "string" ? `${key}: ` : ""}"${written}".`;
});
var toDiagnostic = (function toDiagnostic(e, y2, label, required = /* @__PURE__ */ new Set()) {
  const path = pointerToPath(e.instancePath, y2.data);
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const hint = didYouMean(key, known);
      const cut = cutAtComma(e.data, key);
      return error(
        "FO200",
        `Unknown key "${key}" in ${label}${path.length ? ` at ${where(path)}` : ""}`,
        (cut ? `In { ... } a comma ends the value: ${cut.field}: ${cut.value} was cut at its comma, and "${key}" read as a key. Quote the value: ${cut.field}: "${cut.value}, ${key}". ` : "") + (hint ? `Did you mean "${hint}"?${required.has(`${e.instancePath}|${hint}`) ? ` It is required here and missing.` : ""} ` : "") + `Known keys: ${known.join(", ")}.`,
        y2.locate([...path, key], "key")
      );
    }
    case "type": {
      if (/\/anyOf\/\d+\/type$/.test(e.schemaPath)) return void 0;
      const range = y2.locate(path);
      const quote = p.type === "string" ? unquotedScalar(y2, range, e.data, path.at(-1)) : void 0;
      const ref = typeof e.data === "string" ? /\$\{(env|secret)\.[A-Za-z0-9_]+\}/.exec(e.data) : null;
      if (ref && !(p.type === "string" || Array.isArray(p.type) && p.type.includes("string"))) {
        const perEnv = path[0] === "environments" ? "" : " To vary it per environment, set it under environments.<env> in flinkops.yaml.";
        return error(
          "FO201",
          `${where(path)} must be ${typeWords(p.type)}, and cannot come from ${ref[0]}`,
          `A \${...} reference is replaced by text, and only text values take one. Write the value itself.${perEnv}${describe(e.parentSchema)}`,
          range
        );
      }
      return error(
        "FO201",
        `${where(path)} must be ${typeWords(p.type)}, got ${yamlType(e.data)}`,
        (quote ?? `Change the value to ${typeWords(p.type)}.`) + describe(e.parentSchema),
        range
      );
    }
    case "anyOf": {
      const types = typeChoice(e.schema);
      if (!types) return invalid(e, y2, path);
      return error(
        "FO201",
        `${where(path)} must be ${typeWords(types)}, got ${yamlType(e.data)}`,
        `Change the value to ${typeWords(types)}.${describe(e.parentSchema)}`,
        y2.locate(path)
      );
    }
    case "required": {
      const key = String(p.missingProperty);
      const prop = e.parentSchema?.properties?.[key];
      return error(
        "FO202",
        `Missing required key "${key}"${path.length ? ` in ${where(path)}` : ` in ${label}`}`,
        `Add "${key}:".${describe(prop)}`,
        y2.locate(path, "key")
      );
    }
    case "dependentRequired":
      return error(
        "FO202",
        `"${String(p.property)}" needs "${String(p.missingProperty)}" in ${where(path)}`,
        `Add "${String(p.missingProperty)}:" next to "${String(p.property)}:".`,
        y2.locate([...path, String(p.property)], "key")
      );
    case "enum": {
      const allowed = p.allowedValues.map(String);
      const hint = typeof e.data === "string" ? didYouMean(e.data, allowed) : void 0;
      const range = y2.locate(path);
      const written = typeof e.data === "number" ? writtenText(y2, range) : void 0;
      if (written !== void 0 && allowed.includes(written)) {
        const key = path.at(-1);
        return error(
          "FO203",
          `${where(path)} ${written} is read as the number ${String(e.data)}: quote it`,
          `YAML reads an unquoted ${written} as a number${String(e.data) !== written ? ", dropping the trailing zero" : ""}; versions are text. Write ${typeof key === "string" ? `${key}: ` : ""}"${written}".`,
          range
        );
      }
      return error(
        "FO203",
        `${where(path)} must be one of ${allowed.join(", ")}, got ${yamlType(e.data)}`,
        (hint ? `Did you mean "${hint}"? ` : "") + `Use one of: ${allowed.join(", ")}.${describe(e.parentSchema)}`,
        range
      );
    }
    case "propertyNames":
      return void 0;
    // reported by the inner error, which names the key
    default: {
      if (e.propertyName !== void 0) {
        const pattern = String(p.pattern ?? "the schema");
        let fix = "";
        if (pattern === IDENTIFIER_PATTERN) {
          const name = suggestIdentifier(e.propertyName);
          const siblings = valueAt(y2.data, path);
          const taken = siblings !== null && typeof siblings === "object" && Object.hasOwn(siblings, name);
          fix = taken ? ` Rename it to ${name}, which ${where(path)} has already: merge the two into ${name} (names are lower case, so ${e.propertyName} and ${name} would be one).` : ` Rename it to ${name}.`;
        }
        return error(
          "FO203",
          `Invalid key "${e.propertyName}" in ${where(path)}`,
          pattern === IDENTIFIER_PATTERN ? `Keys here must match ${pattern} (lower case letters, digits and underscores, starting with a letter).${fix}` : `Keys here must match ${pattern}.`,
          y2.locate([...path, e.propertyName], "key")
        );
      }
      return invalid(e, y2, path);
    }
  }
});
var invalid = (function invalid(e, y2, path) {
  const key = path.at(-1);
  if (typeof e.data === "string" && (key === "jobmanagerUrl" || key === "sqlGatewayUrl")) {
    return error(
      "FO203",
      `${where(path)} is not a usable URL: ${endpointUrlProblem(e.data) ?? "it is not an http(s) URL"}`,
      "Write the REST endpoint as http(s)://host:port, e.g. http://flink-jobmanager:8081 or http://flink-sql-gateway:8083; credentials go under auth: (username and password, or a token).",
      y2.locate(path)
    );
  }
  const about = describe(e.parentSchema);
  const empty = e.data === "";
  const shown = typeof e.data === "string" && !empty || typeof e.data === "number";
  return error(
    "FO203",
    `${where(path)} ${plainRule(e, about !== "")}${shown ? `, got ${yamlType(e.data)}` : ""}`,
    e.keyword === "pattern" && !about ? `Write a value matching ${String(e.params.pattern)}.` : `${empty ? "Write the value, or remove the key where it is optional." : "Fix the value."}${about}`,
    y2.locate(path)
  );
});
var plainRule = (function plainRule(e, described) {
  const limit = Number(e.params.limit);
  const plural = (n, one) => `${n} ${one}${n === 1 ? "" : "s"}`;
  switch (e.keyword) {
    case "minLength":
      return limit === 1 ? "must not be empty" : `must be at least ${plural(limit, "character")} long`;
    case "maxLength":
      return `must be at most ${plural(limit, "character")} long`;
    case "minItems":
      return limit === 1 ? "must list at least one item" : `must list at least ${limit} items`;
    case "maxItems":
      return `must list at most ${plural(limit, "item")}`;
    case "minProperties":
      return limit === 1 ? "must not be empty" : `must have at least ${limit} keys`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const op = { minimum: "\u2265", maximum: "\u2264", exclusiveMinimum: ">", exclusiveMaximum: "<" }[e.keyword];
      return `must be ${op} ${limit}`;
    }
    case "uniqueItems": {
      const { i, j: j2 } = e.params;
      return `lists the same item twice (items ${j2} and ${i}, counting from 0)`;
    }
    case "pattern":
      return described ? "is not in the form this setting takes" : "is not in the expected form";
    default:
      return e.message ?? "is invalid";
  }
});
var writtenText = (function writtenText(y2, range) {
  if (range.start.line !== range.end.line) return void 0;
  return y2.text.slice(y2.lines.offset(range.start), y2.lines.offset(range.end)).trim();
});
var cutAtComma = (function cutAtComma(data, key) {
  if (typeof data !== "object" || data === null || !key.includes(")")) return void 0;
  const depth = (t) => (t.match(/\(/g)?.length ?? 0) - (t.match(/\)/g)?.length ?? 0);
  if (depth(key) >= 0) return void 0;
  for (const [field, value] of Object.entries(data))
    if (typeof value === "string" && depth(value) > 0) return { field, value };
  return void 0;
});
var checkSchema = (function checkSchema(name, y2) {
  const validate = repositoryValidators()[name];
  if (validate(y2.data)) return [];
  const diags = [];
  const seen2 = /* @__PURE__ */ new Set();
  const misspelt = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    if (e.keyword !== "additionalProperties") continue;
    const known = Object.keys(e.parentSchema?.properties ?? {});
    const hint = didYouMean(String(e.params.additionalProperty), known);
    if (hint !== void 0) misspelt.add(`${e.instancePath}|${hint}`);
  }
  const required = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    if (e.keyword !== "required") continue;
    const k2 = `${e.instancePath}|${String(e.params.missingProperty)}`;
    if (misspelt.has(k2)) required.add(k2);
  }
  for (const e of validate.errors ?? []) {
    const p = e.params;
    if (e.keyword === "required" && required.has(`${e.instancePath}|${String(p.missingProperty)}`)) continue;
    const d = toDiagnostic(e, y2, FILE_LABEL[name], required);
    if (!d) continue;
    const k2 = `${d.code}|${d.summary}|${d.range?.start.line}:${d.range?.start.column}`;
    if (seen2.has(k2)) continue;
    seen2.add(k2);
    diags.push(d);
  }
  return diags;
});
var refusesEnvReference = (function refusesEnvReference(d) {
  return d.code === "FO201" && d.summary.includes(", and cannot come from ${env.");
});

// src/validate/created-twice.ts
var createdTwice = (function createdTwice(job, statements, lines) {
  const out = [];
  const created = /* @__PURE__ */ new Map();
  for (const s3 of statements) {
    const o = s3.object;
    if (!o || o.kind !== "table" && o.kind !== "view") continue;
    const key = `${o.temporary}:${o.name.name}`;
    if (o.verb === "drop") {
      if (created.get(key)?.kind === o.kind) created.delete(key);
    } else if (o.verb === "alter") {
      if (!o.renamedTo) continue;
      const was = created.get(`false:${o.name.name}`);
      created.delete(`false:${o.name.name}`);
      if (o.renamedTo.parts.length === 1)
        created.set(`false:${o.renamedTo.name}`, {
          at: o.renamedTo.start,
          kind: was?.kind ?? o.kind,
          renamed: true
        });
    } else if (o.name.parts.length === 1) createdAgain(job, s3, o, created, lines, out);
  }
  return out;
});
var createdAgain = (function createdAgain(job, s3, o, created, lines, out) {
  const key = `${o.temporary}:${o.name.name}`;
  const first = created.get(key);
  if (first === void 0 || replacesExisting(s3)) {
    created.set(key, { at: o.name.start, kind: o.kind === "view" ? "view" : "table" });
    return;
  }
  if (o.ifNotExists) return;
  const { kind: what, temporary, name } = o;
  const flink = alreadyExists(temporary, "default_catalog", "default_database", name.name);
  const refusal = `"${flink.message.replace(/\.$/, "")}"`;
  const line = lines.pos(first.at).line;
  out.push(
    error(
      "FO205",
      first.renamed ? `Job ${job.name} creates ${what} "${name.name}", a name ALTER \u2026 RENAME TO gave a ${first.kind} at line ${line}` : `Job ${job.name} creates ${temporary ? "temporary " : ""}${what} "${name.name}" a second time (first at line ${line})`,
      `Flink runs a job's statements in one session, where a name is created once: it refuses this CREATE when the job is planned or submitted (${refusal}).${o.orReplace ? ` Its parser drops OR REPLACE here: it replaces only with CREATE OR REPLACE TABLE \u2026 AS SELECT.` : ""} Remove one of the two, give this one another name, or write DROP ${temporary ? "TEMPORARY " : ""}${first.kind.toUpperCase()} ${name.name}; before it (CREATE \u2026 IF NOT EXISTS would keep the first definition).`,
      lines.range(job.sqlFile, name.start, name.end)
    )
  );
});

// src/validate/using-jar.ts
var usingJarWithoutAddJar = (function usingJarWithoutAddJar(statements, flinkVersion, file, lines) {
  if (flinkVersion === void 0 || releaseAtLeast(flinkVersion, "2.2")) return [];
  const added = /* @__PURE__ */ new Set();
  const out = [];
  for (const s3 of statements) {
    if (s3.kind === "add_jar") {
      for (const jar of jarLocations(s3.text)) added.add(jar);
      continue;
    }
    if (s3.kind !== "create_function") continue;
    const missing = new Set((s3.function?.jars ?? []).filter((j2) => !added.has(j2)));
    if (missing.size === 0) continue;
    for (const { location, start, end } of jarLiterals(s3.text))
      if (missing.delete(location))
        out.push(notAdded(flinkVersion, location, lines.range(file, s3.start + start, s3.start + end)));
    for (const location of missing) out.push(notAdded(flinkVersion, location, s3.range));
  }
  return out;
});
var notAdded = (function notAdded(flinkVersion, jar, range) {
  return warning(
    "FO459",
    `On Flink ${flinkVersion}, a function's USING JAR alone does not let the job's generated code see the jar`,
    `The SQL Gateway compiles the job with its session's class loader, which USING JAR does not extend: with checkpointing on, Flink 1.20.3 refused the submission with "CompileException: \u2026 Cannot determine simple type name" (the function's package) after planning it; 2.2.0 runs it. Load the jar into the session first: ADD JAR '${jar.replace(/'/g, "''")}'; before this statement, or declare the jar in udfs/<name>.yaml (flinkops adds its ADD JAR).`,
    range
  );
});

// src/validate/sql-rules.ts
var QUERY_KINDS = /* @__PURE__ */ new Set([
  "insert",
  "select",
  "statement_set",
  "execute",
  "create_table_as",
  "create_view"
]);
var secretsInQueries = (function secretsInQueries(job, statements, lines) {
  const out = [];
  for (const s3 of statements) {
    if (!QUERY_KINDS.has(s3.kind)) continue;
    for (const m of s3.text.matchAll(/(?<!\$)\$\{secret\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
      const at = s3.start + m.index;
      out.push(
        warning(
          "FO234",
          `\${secret.${m[1]}} in the query of job ${job.name} would be visible on the cluster`,
          "The query is submitted with the secret resolved, and the Flink UI and REST API show the query text to anyone who can see the job. Pass credentials in a table's connector options (with:) instead, or drop the secret from the query.",
          lines.range(job.sqlFile, at, at + m[0].length)
        )
      );
    }
  }
  return out;
});
var managedSets = (function managedSets(job, statements) {
  const out = [];
  for (const s3 of statements) {
    const key = s3.kind === "set" ? s3.set?.key : void 0;
    const value = key === void 0 ? void 0 : s3.set?.value;
    const problem = value === void 0 ? void 0 : optionValueProblem(key, value);
    if (problem) out.push(error("FO264", problem.summary, problem.detail, s3.range));
    const relative = value === void 0 ? void 0 : relativePythonPathWarning(key, value, s3.range);
    if (relative) out.push(relative);
    const near = key === void 0 ? void 0 : flinkOptionTypo(key);
    if (near)
      out.push(
        warning(
          "FO271",
          `Unknown Flink option "${key}": did you mean "${near}"?`,
          `Flink ignores an option it does not know, so this SET has no effect. Write '${near}'.`,
          s3.range
        )
      );
    if (key === "parallelism.default") {
      if (!problem)
        out.push(
          warning(
            "FO269",
            `SET '${key}' has no effect: flinkops sets it on submission`,
            `flinkops submits the job at its parallelism: setting (1 when not set), compared on its own so a change rescales the job. Remove the line${value ? ` and set parallelism: ${value} in jobs/${job.name}.yaml` : ""}.`,
            s3.range
          )
        );
      continue;
    }
    if (key === void 0 || !RESERVED_OPTIONS.includes(key)) continue;
    out.push(
      warning(
        "FO269",
        `SET '${key}' has no effect: flinkops sets it on submission`,
        key === "pipeline.name" ? `flinkops names the job <project>.<env>.${job.name} (its identity on the cluster). Remove the line.${value && !value.endsWith(`.${job.name}`) ? ` A job running as '${value}' (this script, started by hand) is not adopted under that name: to keep its state, stop it with a savepoint (POST /jobs/<job id>/stop) and set restoreFrom: <the savepoint's path> in jobs/${job.name}.yaml before the first apply.` : ""}` : `flinkops chooses the restore path and restores with NO_CLAIM. Remove the line; to start from a savepoint, set restoreFrom: <path> in jobs/${job.name}.yaml.`,
        s3.range
      )
    );
  }
  return out;
});
var relativeJars = (function relativeJars(job, statements, lines) {
  const out = [];
  for (const s3 of statements) {
    if (s3.kind !== "add_jar" && s3.kind !== "create_function") continue;
    for (const { location: path, start, end } of jarLiterals(s3.text)) {
      if (path === "" || !isProcessRelativePath(path)) continue;
      out.push(
        warning(
          "FO669",
          `"${path}" is a relative jar path, which the SQL Gateway resolves in its own working directory`,
          `Flink's SQL client in embedded mode reads it from the directory it was started in; flinkops submits through the SQL Gateway, which reads it on its machine relative to the directory the gateway was started in (its planner then says "jar resource [${path}] not found"). Write an absolute path or a URI the cluster can read, e.g. 'file://\${env.UDF_DIR}/${path.split("/").pop()}' with UDF_DIR set in each environment's variables, or declare the jar in udfs/<name>.yaml.`,
          lines.range(job.sqlFile, s3.start + start, s3.start + end)
        )
      );
    }
  }
  return out;
});
var inDefaultCatalog = (function inDefaultCatalog(statements) {
  const end = statements.findIndex((s3) => s3.kind === "create_catalog" || s3.kind === "use");
  return end < 0 ? statements : statements.slice(0, end);
});
var connectorlessTables = (function connectorlessTables(job, statements, lines) {
  const diags = [];
  for (const s3 of statements) {
    const t = s3.kind === "create_table" ? s3.table : void 0;
    if (!t || t.like || t.options?.connector !== void 0 || t.name.parts.length > 1) continue;
    diags.push(
      error(
        "FO280",
        `Table ${t.name.name} has no 'connector' option`,
        `Flink creates the job's tables in the session's default_catalog, an in-memory catalog, where a table without a connector is refused when the job is planned ("Table options do not contain an option key 'connector'"). Add WITH ('connector' = '...', ...), or create it in a catalog that keeps its own tables (USE CATALOG c before it).`,
        lines.range(job.sqlFile, s3.start, t.name.end)
      )
    );
  }
  return diags;
});
var shadowedTables = (function shadowedTables(project, job, statements, lines) {
  const out = [];
  for (const s3 of statements) {
    const o = s3.object;
    if (o?.verb !== "create" || o.kind !== "table" && o.kind !== "view" || o.name.parts.length > 1)
      continue;
    const t = project.tableByName.get(o.name.name);
    if (!t) continue;
    out.push(
      warning(
        "FO227",
        `Job ${job.name} creates its own ${o.kind} "${t.name}", which ${t.file} defines too`,
        `The job runs with this definition, so ${t.file} and its environment overrides never reach it. Remove this statement to use ${t.file}, or give the job's own ${o.kind} another name.`,
        lines.range(job.sqlFile, o.name.start, o.name.end)
      )
    );
  }
  return out;
});
var changedRepositoryTables = (function changedRepositoryTables(project, job, statements, lines) {
  const out = [];
  for (const s3 of statements) {
    const o = s3.object;
    if (!o || o.verb === "create" || o.kind !== "table" || o.temporary || o.name.parts.length > 1) continue;
    const t = project.tableByName.get(o.name.name);
    if (!t) continue;
    const verb = o.verb === "alter" ? "ALTER TABLE" : "DROP TABLE";
    out.push(
      error(
        "FO229",
        `Job ${job.name} runs ${verb} on "${t.name}", a table of ${t.file}: Flink refuses it on the temporary table the compiled script creates`,
        `The compiled script creates the repository's tables as CREATE TEMPORARY TABLE, and Flink's ${verb} acts on catalog tables only, so the job's submission fails. ${verb === "ALTER TABLE" ? `Change the table in ${t.file} (a distribution, an option, a column) instead, and remove this statement.` : `Remove the statement; to drop it, write DROP TEMPORARY TABLE ${t.name}, or remove ${t.file}.`}`,
        lines.range(job.sqlFile, o.name.start, o.name.end)
      )
    );
  }
  return out;
});
var isUnclosedSqlClientSet = (function isUnclosedSqlClientSet(d) {
  return d.code === CODES.unclosedStatementSet && d.severity === "warning";
});
var unclosedSetInJob = (function unclosedSetInJob(job, d) {
  return error(
    d.code,
    `Job ${job.name} opens a statement set that is never closed with END;`,
    "Its INSERTs are submitted only at END;, so the job would run nothing: add END; after the last INSERT of the set.",
    d.range
  );
});
var statementWords = (function statementWords(s3) {
  return s3.kind === "create_other" ? "CREATE" : s3.kind.replaceAll("_", " ").toUpperCase();
});
var notInStatementSet = (function notInStatementSet(job, s3, what) {
  return error(
    CODES.statementSetContent,
    `Job ${job.name} has ${what} inside BEGIN STATEMENT SET; Flink takes only INSERT statements between BEGIN STATEMENT SET; and END;`,
    `Flink's SQL Gateway refuses it there ("Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set"). Move the statement before BEGIN STATEMENT SET; (a SET, a CREATE TEMPORARY TABLE or VIEW), or close the set with END; first.`,
    s3.range
  );
});
var executeInsertInSet = (function executeInsertInSet(job, s3) {
  return error(
    CODES.statementSetContent,
    `Job ${job.name} has EXECUTE INSERT inside BEGIN STATEMENT SET; write INSERT INTO, without EXECUTE, inside a statement set`,
    `Flink's SQL client and gateway read EXECUTE INSERT there as the same INSERT, but flinkops submits the set as one EXECUTE STATEMENT SET BEGIN ... END, whose grammar takes INSERT statements only (Flink: Encountered "EXECUTE"). Write INSERT INTO, without EXECUTE: the job is the same.`,
    s3.range
  );
});
var strayEndInJob = (function strayEndInJob(job, d) {
  return error(
    d.code,
    `Job ${job.name} has END; without BEGIN STATEMENT SET;`,
    `Flink's SQL Gateway refuses it ("No Statement Set to submit"): remove this END;, or open the statement set with BEGIN STATEMENT SET; before the INSERT statements.`,
    d.range
  );
});
var checkJob = (function checkJob(project, job, analysis, lines) {
  const diags = analysis.diags.map(
    (d) => isUnclosedSqlClientSet(d) ? unclosedSetInJob(job, d) : d.code === CODES.strayEnd ? strayEndInJob(job, d) : d
  );
  const ctx = { project, file: job.sqlFile, lines, diags };
  const statements = analysis.statements;
  const unreadable = analysis.diags.some((d) => d.severity === "error");
  if (statements.length === 0) {
    if (unreadable) return tidySummaries(diags);
    diags.push(
      error(
        "FO230",
        `Job ${job.name} is empty`,
        `Write the job's INSERT INTO ... SELECT (or EXECUTE STATEMENT SET) in ${job.sqlFile}, or delete the file.`,
        lines.range(job.sqlFile, 0, 0)
      )
    );
    return tidySummaries(diags);
  }
  const own = inDefaultCatalog(statements);
  diags.push(
    ...secretsInQueries(job, statements, lines),
    ...managedSets(job, statements),
    ...relativeJars(job, statements, lines),
    ...usingJarWithoutAddJar(statements, project.config?.flinkVersion, job.sqlFile, lines),
    ...shadowedTables(project, job, own, lines),
    ...changedRepositoryTables(project, job, own, lines),
    ...connectorlessTables(job, own, lines),
    ...createdTwice(job, own, lines)
  );
  let inSet = false;
  let counted = false;
  let sets = 0;
  const topInserts = [];
  for (const s3 of statements) {
    if (s3.kind === "begin_statement_set" && inSet) {
      diags.push(notInStatementSet(job, s3, "BEGIN STATEMENT SET"));
    } else if (s3.kind === "begin_statement_set") {
      inSet = true;
      counted = false;
    } else if (s3.kind === "end") inSet = false;
    else if (s3.kind === "statement_set") sets++;
    else if (inSet) {
      if (s3.kind !== "insert" && s3.kind !== "create_table_as" && s3.kind !== "client_command" && s3.kind !== "unknown") {
        diags.push(
          s3.kind === "execute" && s3.writes.length > 0 ? executeInsertInSet(job, s3) : notInStatementSet(job, s3, statementWords(s3))
        );
      }
      if (s3.kind === "create_table_as") {
        diags.push(
          error(
            CODES.statementSetContent,
            `Job ${job.name} has a CREATE TABLE ... AS inside BEGIN STATEMENT SET; flinkops submits the set as one EXECUTE STATEMENT SET, which takes INSERT statements only`,
            "Declare the table before the set (CREATE TABLE t (...) WITH (...); in the script, or tables/t.sql) and write INSERT INTO t SELECT ... inside the set; or make the CREATE TABLE ... AS the job on its own.",
            s3.range
          )
        );
      }
      if (!counted && writesThroughJob(s3)) {
        sets++;
        counted = true;
      }
    } else if (writesThroughJob(s3)) topInserts.push(s3);
    else if (s3.kind === "select") {
      diags.push(
        warning(
          "FO233",
          "SELECT in a job script",
          "A top-level SELECT runs as a query of its own and its result goes nowhere; INSERT it into a sink table, or remove it.",
          s3.range
        )
      );
    }
  }
  if (topInserts.length === 0 && sets === 0 && !unreadable && !diags.some((d) => d.code === CODES.emptyStatementSet)) {
    const materialized = statements.find((s3) => s3.kind === "create_materialized_table");
    if (materialized) {
      diags.push(
        error(
          "FO231",
          `Job ${job.name} writes nothing flinkops can run: a materialized table is refreshed by the SQL Gateway, not by a job`,
          "CREATE MATERIALIZED TABLE hands the refresh to the SQL Gateway (its workflow scheduler and a catalog that keeps materialized tables), which starts and stops the refresh job itself; flinkops deploys, upgrades and restores jobs it submits. Run the statement on the gateway directly, or declare the table (tables/<name>.sql or .yaml) and write the job as INSERT INTO <table> SELECT ... to run it as a job flinkops manages.",
          materialized.range
        )
      );
      Object.assign(job, resolveUses(ctx, statements, `Job ${job.name}`, true));
      return tidySummaries(diags);
    }
    diags.push(
      error(
        "FO231",
        `Job ${job.name} writes nothing`,
        "A job must write: add INSERT INTO <sink> SELECT ..., or EXECUTE STATEMENT SET BEGIN ... END for several sinks.",
        statements[0].range
      )
    );
  }
  if (topInserts.length + sets > 1) {
    const second = topInserts[1] ?? topInserts[0] ?? statements[0];
    diags.push(
      error(
        "FO232",
        `Job ${job.name} has ${topInserts.length + sets} top-level writes; each would run as its own Flink job`,
        "Put the INSERTs in one EXECUTE STATEMENT SET BEGIN INSERT ...; INSERT ...; END; so they run as one job, or split them into separate jobs.",
        second.range
      )
    );
  }
  Object.assign(job, resolveUses(ctx, statements, `Job ${job.name}`, true));
  return tidySummaries(diags);
});
var checkRawTable = (function checkRawTable(project, table, analysis, lines) {
  const diags = [...analysis.diags];
  const defs = analysis.statements.filter((s3) => s3.kind === "create_table" || s3.kind === "create_view");
  if (analysis.statements.length !== 1 || defs.length !== 1) {
    const other = analysis.statements.find((s3) => s3.kind !== "create_table" && s3.kind !== "create_view") ?? defs[1];
    diags.push(
      error(
        "FO213",
        `${table.file} must hold exactly one CREATE TABLE or CREATE VIEW`,
        `Found ${analysis.statements.length} statement(s). Keep one definition per file; put other tables in their own files and job logic in jobs/.`,
        other?.range ?? lines.range(table.file, 0, 0)
      )
    );
  }
  const def = defs[0];
  if (!def) return tidySummaries(diags);
  table.statement = def;
  table.objectKind = def.kind === "create_view" ? "view" : "table";
  const ref = def.table?.name ?? def.view?.name;
  if (ref && (ref.parts.length > 1 || ref.name !== table.name)) {
    diags.push(
      error(
        "FO212",
        `${table.file} defines "${ref.parts.join(".")}", not "${table.name}"`,
        `The file name is the table name: rename the ${table.objectKind} to ${table.name} (unqualified)` + (isIdentifier(ref.name) ? `, or the file to ${ref.name}.sql.` : ` and use that name where it is read or written (a file name must match [a-z][a-z0-9_]*).`),
        lines.range(table.file, ref.start, ref.end)
      )
    );
  }
  if (table.objectKind === "view") {
    Object.assign(
      table,
      resolveUses({ project, file: table.file, lines, diags }, [def], `View ${table.name}`)
    );
  } else if (def.functions.length > 0 || def.table?.like) {
    const uses2 = resolveUses({ project, file: table.file, lines, diags }, [def], `Table ${table.name}`);
    table.functions = uses2.functions;
    if (def.table?.like) table.reads = (uses2.copies ?? []).filter((r) => r !== table.name);
  }
  const options = def.table?.options ?? {};
  const keyAt = (key) => {
    const i = def.text.lastIndexOf(`'${key.replaceAll("'", "''")}'`);
    return i < 0 ? def.range : lines.range(table.file, def.start + i, def.start + i + key.length + 2);
  };
  const connector = options.connector;
  if (table.objectKind === "table" && connector === void 0 && !def.table?.like) {
    const envs = Object.values(project.config?.environments ?? {});
    if (!envs.some((e) => e.tables?.[table.name]?.with?.connector != null))
      diags.push(
        error(
          "FO280",
          `Table ${table.name} has no 'connector' option`,
          `Flink creates repository tables in default_catalog, an in-memory catalog, where a table without a connector is refused when a job using it is planned ("Table options do not contain an option key 'connector'"). Add WITH ('connector' = '...', ...); a table of a catalog that keeps its own (Paimon, Iceberg) belongs in that catalog, not in tables/.`,
          lines.range(table.file, def.start, def.table?.name ? def.table.name.end : def.start)
        )
      );
  }
  diags.push(
    ...connectorTypos(
      connector,
      Object.keys(options).filter((k2) => k2 !== "connector"),
      keyAt,
      connector === void 0 ? void 0 : keyAt(connector)
    )
  );
  return tidySummaries(diags);
});
var yamlTableFunctions = (function yamlTableFunctions(project, table, y2, diags) {
  const { spec } = table;
  if (!spec) return [];
  const exprs = (spec.computed ?? []).map((c2, i) => [
    c2.expr,
    ["computed", i, "expr"]
  ]);
  if (spec.watermark?.expr) exprs.push([spec.watermark.expr, ["watermark", "expr"]]);
  const out = /* @__PURE__ */ new Set();
  for (const [expr, path] of exprs) {
    const calls = [...expr.matchAll(/(`[^`]*`|[A-Za-z_][\w$]*)\s*\(/g)];
    if (calls.every((m) => isBuiltinFunction(m[1].toUpperCase(), project.config?.flinkVersion))) continue;
    const [st] = analyzeScript(`SELECT ${expr}`, table.file, {
      flinkVersion: project.config?.flinkVersion,
      dollarsInLiterals: true
    }).statements;
    for (const f2 of st?.functions ?? []) {
      if (f2.parts.length > 1 && !inBuiltinNamespace(f2.parts)) continue;
      const used = projectFunction(project, f2.name, `Table ${table.name}`, () => y2.locate(path));
      if (typeof used === "string") out.add(used);
      else if (used) diags.push(used);
    }
  }
  return [...out].sort();
});
var checkViewCycles = (function checkViewCycles(project) {
  const diags = [];
  const state = /* @__PURE__ */ new Map();
  const path = [];
  const enter = (t) => {
    const s3 = state.get(t.name);
    if (s3 === 2) return;
    if (s3 === 1) {
      const names = path.map((p) => p.t.name);
      const cycle = [...names.slice(names.indexOf(t.name)), t.name];
      diags.push(
        error(
          "FO257",
          cycle.length === 2 ? `View ${t.name} reads itself` : `Views read each other in a cycle: ${cycle.join(" \u2192 ")}`,
          "Break the cycle: a view cannot (transitively) read itself.",
          t.statement?.range
        )
      );
      return;
    }
    state.set(t.name, 1);
    path.push({ t, next: 0 });
  };
  for (const view of project.tables) {
    if (view.objectKind !== "view") continue;
    enter(view);
    for (let top = path.at(-1); top; top = path.at(-1)) {
      const r = top.t.reads[top.next++];
      if (r === void 0) {
        state.set(top.t.name, 2);
        path.pop();
        continue;
      }
      const d = project.tableByName.get(r);
      if (d?.objectKind === "view") enter(d);
    }
  }
  return diags;
});

// src/validate/validate-project.ts
var validateProject = (function validateProject(loaded, opts = {}) {
  const raw = loaded.config?.data;
  const envs = raw && typeof raw === "object" && raw.environments && typeof raw.environments === "object" ? raw.environments : {};
  const own = (env) => {
    const v2 = envs[env]?.flinkVersion;
    return typeof v2 === "string" ? v2 : void 0;
  };
  if (opts.env !== void 0) {
    const release = own(opts.env);
    return validateFor(loaded, opts, release, release !== void 0 ? [opts.env] : []);
  }
  const project = typeof raw?.flinkVersion === "string" ? raw.flinkVersion : void 0;
  const byRelease = /* @__PURE__ */ new Map();
  for (const env of Object.keys(envs)) {
    const release = own(env) ?? project;
    if (release !== void 0) byRelease.set(release, [...byRelease.get(release) ?? [], env]);
  }
  const releases = [...byRelease.keys()];
  const main = project !== void 0 && byRelease.has(project) ? project : releases[0];
  const base = validateFor(loaded, opts, main, main === project ? [] : byRelease.get(main));
  if (base.value.config && project !== void 0 && releases.length > 0 && !byRelease.has(project))
    base.diags.push(unusedProjectRelease(loaded, project, byRelease));
  if (!base.value.config || releases.length < 2) return base;
  const runs = [main, ...releases.filter((r) => r !== main)].map((release) => ({
    release,
    envs: byRelease.get(release),
    ...release === main ? base : validateFor(loaded, opts, release, byRelease.get(release))
  }));
  base.value.releases = Object.fromEntries(runs.map((r) => [r.release, r.value]));
  return { value: base.value, diags: mergeReleaseDiagnostics(runs) };
});
var unusedProjectRelease = (function unusedProjectRelease(loaded, project, byRelease) {
  const envs = [...byRelease.values()].flat();
  const [only] = byRelease.keys();
  const keys = envs.map((e) => `environments.${e}.flinkVersion`);
  const own = keys.length > 1 ? `${keys.slice(0, -1).join(", ")} and ${keys.at(-1)}` : keys[0];
  const range = loaded.config?.locate(["flinkVersion"]);
  return {
    code: "FO294",
    severity: "info",
    summary: `No environment runs the project's flinkVersion ${project}: ${[...byRelease].map(([release, names]) => `${names.join(", ")} ${names.length > 1 ? "run" : "runs"} ${release}`).join("; ")}`,
    detail: byRelease.size === 1 ? `Every environment runs Flink ${only}: set flinkVersion: "${only}" here and remove ${own}, so that an environment added later runs it too.` : `Set flinkVersion to the release most environments run and remove their own flinkVersion, so that an environment added later runs one of the releases in use.`,
    ...range ? { range } : {}
  };
});
var mergeReleaseDiagnostics = (function mergeReleaseDiagnostics(runs) {
  const key = (d) => d.range ? `${d.code}\0${d.range.file}\0${d.range.start.line}\0${d.range.start.column}` : `${d.code}\0${d.summary}`;
  const keys = runs.map((r) => new Set(r.diags.map(key)));
  const said = /* @__PURE__ */ new Map();
  const out = [];
  runs.forEach((run, i) => {
    for (const d of run.diags) {
      const k2 = key(d);
      const by = said.get(k2);
      if (by !== void 0 && by !== i) continue;
      said.set(k2, i);
      const raising = runs.filter((_2, j2) => keys[j2].has(k2));
      const alike = (r) => r.diags.some((x2) => key(x2) === k2 && x2.summary === d.summary && x2.detail === d.detail);
      if (raising.length === runs.length && runs.every(alike)) {
        out.push(d);
        continue;
      }
      const count = raising.reduce((n, r) => n + r.envs.length, 0);
      const who = `environment${count > 1 ? "s" : ""} ${raising.map((r) => `${r.envs.join(", ")} ${r.envs.length > 1 ? "run" : "runs"} ${r.release}`).join("; ")}`;
      out.push({ ...d, summary: `${d.summary}: ${who}` });
    }
  });
  return out;
});
var ownReleaseWording = (function ownReleaseWording(d, envs) {
  const one = envs.length === 1;
  const key = one ? `environments.${envs[0]}.flinkVersion` : "their flinkVersion";
  const detail = d.detail.replace(
    /The project targets Flink (\S+) \(flinkVersion in flinkops\.yaml\)/g,
    `${one ? "Environment" : "Environments"} ${envs.join(", ")} ${one ? "targets" : "target"} Flink $1 (${key} in flinkops.yaml)`
  ).replace(/\braise flinkVersion\b/g, `raise ${key}`);
  return detail === d.detail ? d : { ...d, detail };
});
var validateFor = (function validateFor(loaded, opts, release, ownEnvs = []) {
  const done = validateRelease(loaded, opts, release);
  if (ownEnvs.length === 0 || release === void 0) return done;
  return { value: done.value, diags: done.diags.map((d) => ownReleaseWording(d, ownEnvs)) };
});
var validateRelease = (function validateRelease(loaded, opts, release) {
  const diags = [];
  const project = {
    dir: loaded.dir,
    loaded,
    environments: [],
    tables: [],
    udfs: [],
    jobs: [],
    tableByName: /* @__PURE__ */ new Map(),
    udfByName: /* @__PURE__ */ new Map(),
    functionByName: /* @__PURE__ */ new Map(),
    unresolved: {
      functions: /* @__PURE__ */ new Set(),
      // A file refused for its name (FO104) or extension (FO105) says what to fix: what names it is
      // not reported again as unknown (an override, a job reading it, a test file of it).
      tables: new Set(loaded.misnamed?.tables),
      jobs: new Set(loaded.misnamed?.jobs),
      anyTable: loaded.unreadFolders?.includes("tables") ?? false,
      anyFunction: (loaded.unreadFolders?.includes("udfs") || (loaded.misnamed?.udfs.length ?? 0) > 0) ?? false,
      anyJob: loaded.unreadFolders?.includes("jobs") ?? false
    }
  };
  if (loaded.config) {
    const d = checkSchema("project", loaded.config);
    diags.push(...d);
    if (d.length === 0) {
      const config = loaded.config.data;
      project.config = release && release !== config.flinkVersion ? { ...config, flinkVersion: release } : config;
      diags.push(...numbersAsWritten(loaded.config));
    }
  }
  for (const src of loaded.tables) {
    const table = {
      name: src.name,
      file: src.file,
      format: src.format,
      objectKind: "table",
      reads: [],
      writes: [],
      functions: []
    };
    const other = project.tableByName.get(src.name);
    if (other) {
      project.unresolved.tables.add(src.name);
      diags.push(
        error(
          "FO210",
          `Table "${src.name}" is defined twice (${other.file} and ${src.file})`,
          "Names are unique: keep one of the two files.",
          { file: src.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
        )
      );
      continue;
    }
    project.tableByName.set(src.name, table);
    project.tables.push(table);
    if (src.yaml) {
      const d = checkSchema("table", src.yaml);
      diags.push(...d);
      const spec = src.yaml.data;
      if (d.length === 0) {
        table.spec = spec;
        diags.push(
          ...checkTableSpec(spec, src.yaml, project.config?.flinkVersion),
          ...numbersAsWritten(src.yaml)
        );
      }
      const kind = src.yaml.data.kind;
      if (kind === "source" || kind === "sink" || kind === "dimension") table.kind = kind;
    }
  }
  for (const src of loaded.udfs) {
    const udf = { name: src.name, file: src.file };
    project.udfs.push(udf);
    project.udfByName.set(src.name, udf);
    if (!src.yaml) {
      project.unresolved.anyFunction = true;
      continue;
    }
    const d = checkSchema("udf", src.yaml);
    diags.push(...d);
    if (d.length > 0) {
      for (const name of declaredFunctions(src.yaml.data)) project.unresolved.functions.add(name);
      continue;
    }
    udf.spec = src.yaml.data;
    const jarProblem = udf.spec.jar === void 0 ? void 0 : checkJarUri(udf.spec.jar);
    if (jarProblem)
      diags.push(error("FO214", jarProblem.summary, jarProblem.detail, src.yaml.locate(["jar"])));
    diags.push(...pythonFilesProblems(udf.spec, src.file, src.yaml));
    udf.spec.functions.forEach((fn, i) => {
      const prev = project.functionByName.get(fn.name);
      if (prev) {
        const first = prev.udf === src.name ? udf.spec.functions.findIndex((f2) => f2.name === fn.name) : -1;
        const where2 = first >= 0 ? `in ${src.file} (lines ${src.yaml.locate(["functions", first, "name"])?.start.line} and ${src.yaml.locate(["functions", i, "name"])?.start.line})` : `(udfs/${prev.udf}.yaml and ${src.file})`;
        diags.push(
          error(
            "FO211",
            `Function "${fn.name}" is defined twice ${where2}`,
            "Function names are unique across udfs/*.yaml; rename or remove one.",
            src.yaml.locate(["functions", i, "name"])
          )
        );
        return;
      }
      project.functionByName.set(fn.name, { name: fn.name, udf: src.name, fn });
      if (isBuiltinFunction(fn.name.toUpperCase(), project.config?.flinkVersion))
        diags.push(
          warning(
            "FO215",
            `Function "${fn.name}" has the name of a Flink built-in function or SQL keyword: a call ${fn.name}(...) is Flink's own ${fn.name.toUpperCase()}, never this UDF`,
            `Flink looks up built-in functions before the functions a job creates, so no job ever calls or loads ${fn.class}. Rename it (e.g. ${src.name}_${fn.name}) here and where jobs call it.`,
            src.yaml.locate(["functions", i, "name"])
          )
        );
    });
  }
  for (const src of loaded.jobs) {
    const job = {
      name: src.name,
      sqlFile: src.sqlFile,
      settings: {},
      reads: [],
      writes: [],
      functions: []
    };
    if (src.yamlFile) job.yamlFile = src.yamlFile;
    project.jobs.push(job);
    if (src.yaml) {
      const d = checkSchema("job", src.yaml);
      diags.push(...d);
      if (d.length === 0) {
        job.settings = src.yaml.data;
        checkSettingsOptions(src.yaml, job.settings, [], diags);
        diags.push(...numbersAsWritten(src.yaml));
      }
    }
  }
  for (const src of loaded.tables) {
    const table = project.tableByName.get(src.name);
    if (src.yaml && table?.file === src.file)
      table.functions = yamlTableFunctions(project, table, src.yaml, diags);
  }
  const sqlOpts = { flinkVersion: project.config?.flinkVersion, dollarsInLiterals: true, columnScopes: true };
  const tableSources = new Map(loaded.tables.map((t) => [t.file, t]));
  for (const table of project.tables) {
    const sql = tableSources.get(table.file)?.sql;
    if (table.format !== "sql" || !sql) continue;
    const analysis = analyzeScript(sql.text, sql.file, { ...sqlOpts, lines: sql.lines });
    table.analysis = analysis;
    diags.push(...checkRawTable(project, table, analysis, sql.lines));
  }
  diags.push(...checkViewCycles(project));
  for (const table of project.tables) {
    const sql = tableSources.get(table.file)?.sql;
    if (table.analysis && sql)
      diags.push(
        ...checkColumnNames(
          table.analysis.statements,
          table.file,
          sql.lines,
          project.tableByName,
          void 0,
          project.unresolved.tables
        )
      );
  }
  const jobSources = new Map(loaded.jobs.map((j2) => [j2.name, j2]));
  for (const job of project.jobs) {
    const sql = jobSources.get(job.name)?.sql;
    if (!sql) continue;
    const analysis = analyzeScript(sql.text, sql.file, { ...sqlOpts, lines: sql.lines });
    job.analysis = analysis;
    diags.push(...checkJob(project, job, analysis, sql.lines));
    diags.push(
      ...checkColumnNames(
        analysis.statements,
        job.sqlFile,
        sql.lines,
        project.tableByName,
        job,
        project.unresolved.tables
      )
    );
    releaseScopes(analysis.statements);
  }
  const jobNames = new Set(loaded.jobs.map((j2) => j2.name));
  for (const t of loaded.tests) {
    if (jobNames.has(t.job) || project.unresolved.jobs.has(t.job)) continue;
    diags.push(
      error(
        "FO450",
        `${t.file} holds the tests of job ${t.job}, which the repository does not have`,
        `Name a test file after its job (jobs/<job>.test.yaml beside jobs/<job>.sql), or remove it.`,
        fileStart(t.file)
      )
    );
  }
  const envs = checkEnvironments(project, opts.env);
  diags.push(...envs.diags);
  project.environments = envs.envs;
  diags.push(...checkMovedFrom(project, envs.envs));
  const refused = diags.filter(refusesEnvReference);
  const envVars = opts.envVars ?? {};
  for (const d of checkEnvReferences(project, envs.envs, envVars))
    if (!refused.some((r) => rangeContains(r.range, d.range))) diags.push(d);
  diags.push(...checkSensitiveEnvReferences(project));
  diags.push(...checkLiteralCredentials(project));
  diags.push(...checkBareDollars(project));
  diags.push(...checkKafkaOptions(project, envs.envs, envVars));
  diags.push(...checkTopicSchemas(project, envs.envs, envVars));
  diags.push(...checkJdbcColumnNames(project, envs.envs, envVars));
  diags.push(...checkJdbcLtzColumns(project, envs.envs, envVars));
  diags.push(...checkCdcOptions(project, envs.envs, envVars));
  return { value: project, diags };
});
var pythonFilesProblems = (function pythonFilesProblems(spec, file, yaml) {
  const out = [];
  if (spec.jar === void 0 && spec.files === void 0)
    return [
      error(
        "FO202",
        `Missing required key "jar" (or "files") in UDF file`,
        'Add "jar:", the URI of the jar of the functions, or for Python functions "files:", what python.files takes.',
        fileStart(file)
      )
    ];
  (spec.files ?? []).forEach((entry, i) => {
    const relative = relativePythonPathWarning(
      "python.files",
      entry,
      yaml.locate(["files", i]),
      `${file} files:`
    );
    if (relative) out.push(relative);
  });
  if (spec.jar !== void 0) return out;
  spec.functions.forEach((fn, i) => {
    if ((fn.language ?? "java") === "python") return;
    out.push(
      error(
        "FO216",
        `Function "${fn.name}" is ${fn.language ?? "java"} but ${file} has no jar`,
        "An artifact with files: only loads Python functions (python.files). Give the function language: python, or the artifact the jar of its class.",
        fn.language ? yaml.locate(["functions", i, "language"]) : yaml.locate(["functions", i])
      )
    );
  });
  return out;
});
var checkJarUri = (function checkJarUri(jar) {
  if (jar.startsWith("${")) return void 0;
  const how = "Write a URI with a scheme the cluster can read: s3://\u2026, hdfs://\u2026, https://\u2026, or file:///absolute/path.jar.";
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(jar)?.[1]?.toLowerCase();
  if (!scheme) {
    const leaves = jar.split(/[\\/]/).includes("..");
    return {
      summary: leaves ? `jar path ${JSON.stringify(jar)} is relative and leaves the repository` : `jar ${JSON.stringify(jar)} has no URI scheme`,
      detail: how
    };
  }
  if (scheme === "file" && !/^file:\//i.test(jar))
    return { summary: `jar URI ${JSON.stringify(jar)} is a relative file path`, detail: how };
  return void 0;
});
var declaredFunctions = (function declaredFunctions(data) {
  const fns = data?.functions;
  if (!Array.isArray(fns)) return [];
  return fns.map((f2) => f2?.name).filter((n) => typeof n === "string").map((n) => n.toLowerCase());
});

// src/validate/index.ts
var loadAndValidate = (function loadAndValidate(dir, opts = {}) {
  const loaded = loadProject(dir);
  const validated = validateProject(loaded.value, opts);
  return { value: validated.value, diags: sortDiagnostics([...loaded.diags, ...validated.diags]) };
});

export {
  PYTHON_FILE_OPTIONS,
  pythonFileEntries,
  isQueryOption,
  SCHEDULE_CODES,
  isTimeZone,
  cronOf,
  lookupOptionKeys,
  fragmentProblem,
  RESERVED_OPTIONS,
  envValue,
  readsReference,
  SCHEMAS,
  checkSchema,
  validateProject,
  loadAndValidate
};
