import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunk-MY5M77FW.js";
import {
  analyzeScript,
  tidySummaries
} from "./chunk-UASY5ZQU.js";
import {
  repositoryValidators
} from "./chunk-JUWYXW35.js";
import {
  didYouMean
} from "./chunk-Z6FPE7X5.js";
import {
  error,
  sortDiagnostics,
  warning
} from "./chunk-OZ4GHFPU.js";

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
var canonicalZones;
function isTimeZone(tz) {
  canonicalZones ??= new Set(Intl.supportedValuesOf?.("timeZone") ?? []);
  if (canonicalZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
function cronOf(expr, timezone) {
  if (timezone !== void 0 && !isTimeZone(timezone)) return { problem: `unknown time zone "${timezone}"` };
  try {
    return { cron: new j(expr, { mode: "5-part", paused: true, timezone: timezone ?? "UTC" }) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { problem: message.replace(/^CronPattern:\s*/, "") };
  }
}
var CRON_HELP = 'Use 5 fields: minute hour day-of-month month day-of-week, e.g. "0 8 * * 1-5" (08:00 Monday to Friday); ranges (1-5), lists (1,3), steps (*/15) and names (MON, JAN) are allowed.';
var hasReference = (s3) => s3.includes("${");
function checkScheduleSettings(y2, settings, path, diags) {
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
}
function checkPolicy(y2, policy, envs) {
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
}

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
function isFlinkDuration(value) {
  return FLINK_DURATION.test(value);
}
function checkOptionValues(config, y2, path, diags) {
  for (const [k2, v2] of Object.entries(config ?? {})) {
    if (!DURATION_OPTIONS.has(k2) || typeof v2 === "boolean") continue;
    const text = String(v2);
    if (text.includes("${") || isFlinkDuration(text)) continue;
    diags.push(
      error(
        "FO264",
        `"${text}" is not a duration (option ${k2})`,
        "Flink reads a number and a unit: e.g. 30 s, 500 ms, 5 min, 1 h, 7 d (a bare number is milliseconds).",
        y2.locate([...path, k2])
      )
    );
  }
}
function checkParallelism(project, config, envs) {
  const diags = [];
  const sources = new Map(project.loaded.jobs.map((j2) => [j2.name, j2.yaml]));
  for (const job of project.jobs) {
    const seen = /* @__PURE__ */ new Set();
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
      if (!p || !m) continue;
      const parallelism = p.settings.parallelism;
      const max = m.settings.maxParallelism;
      if (parallelism <= max) continue;
      const where2 = p.y?.locate([...p.path, "parallelism"]);
      const key = `${where2?.file}:${where2?.start.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
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
}
function checkDeprecatedHealthKeys(project, config) {
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
}

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
function envValue(name, env, envVars) {
  const v2 = envVars[name];
  if (v2 !== void 0) return v2;
  const d = env?.variables?.[name];
  return d === void 0 ? void 0 : String(d);
}
function isPlainMap(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}
function lenientEnvironments(data) {
  const envs = isPlainMap(data) ? data.environments : void 0;
  return isPlainMap(envs) ? envs : {};
}
function checkEnvReferences(project, envs, envVars) {
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
    const scope = (ref.env ? envs.filter((e) => e === ref.env) : envs).filter(known);
    const missing = scope.filter((e) => envValue(ref.name, environments[e], envVars) === void 0);
    if (missing.length === 0) continue;
    diags.push(
      error(
        "FO110",
        `\${env.${ref.name}} is not set for environment${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
        `Set the environment variable ${ref.name}, or give a default under environments.${missing[0]}.variables.${ref.name} in flinkops.yaml.`,
        ref.range
      )
    );
  }
  return diags;
}
function checkOptions(config, y2, path, diags) {
  if (!config) return;
  checkOptionValues(config, y2, path, diags);
  for (const k2 of Object.keys(config)) {
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
}
function checkSettingsOptions(y2, settings, path, diags) {
  checkOptions(settings?.config, y2, [...path, "config"], diags);
  checkScheduleSettings(y2, settings, path, diags);
}
function checkEnvironments(project, selected) {
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
  if (!config) return { envs: selected ? [selected] : [], diags };
  checkSettingsOptions(y2, config.defaults, ["defaults"], diags);
  diags.push(...checkPolicy(y2, config.policy, names));
  const jobNames = new Set(project.jobs.map((j2) => j2.name));
  for (const name of names) {
    const env = config.environments[name];
    checkOptions(env.config, y2, ["environments", name, "config"], diags);
    for (const [job, settings] of Object.entries(env.jobs ?? {})) {
      checkSettingsOptions(y2, settings, ["environments", name, "jobs", job], diags);
      if (jobNames.has(job)) continue;
      const hint = didYouMean(job, jobNames);
      diags.push(
        error(
          "FO241",
          `Environment ${name} overrides unknown job "${job}"`,
          (hint ? `Did you mean "${hint}"? ` : "") + `There is no jobs/${job}.sql.`,
          y2.locate(["environments", name, "jobs", job], "key")
        )
      );
    }
    for (const table of Object.keys(env.tables ?? {})) {
      if (project.unresolved.tables.has(table)) continue;
      const t = project.tableByName.get(table);
      if (t?.format === "yaml") continue;
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
      if (project.udfByName.has(udf)) continue;
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
  diags.push(...checkParallelism(project, config, envs), ...checkDeprecatedHealthKeys(project, config));
  return { envs, diags };
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
        }
      }
    },
    restoreFrom: {
      description: "Savepoint or checkpoint path to start the job from. Changing it redeploys the job from that path.",
      type: "string",
      minLength: 1
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
          description: "Bounded out-of-orderness, e.g. '5 SECOND' → `column` - INTERVAL '5' SECOND. Give delay or expr.",
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
      description: "One row: column name to value (text, number, true/false or null). Timestamps as 'YYYY-MM-DD HH:MM:SS[.fff]' (TIMESTAMP_LTZ values in UTC).",
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
  description: "A jar of user-defined functions and the functions it provides. Jobs that call one of the functions get ADD JAR and CREATE TEMPORARY FUNCTION.",
  type: "object",
  additionalProperties: false,
  required: ["jar", "functions"],
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
    sha256: {
      description: "Hex sha256 checksum of the jar, verified before it is used.",
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
function pointerToPath(pointer, data) {
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
}
function yamlType(v2) {
  if (v2 === null || v2 === void 0) return "nothing (null)";
  if (Array.isArray(v2)) return "a list";
  if (typeof v2 === "object") return "a mapping";
  if (typeof v2 === "number") return Number.isInteger(v2) ? `the number ${v2}` : `the number ${v2}`;
  if (typeof v2 === "string") return `the string ${JSON.stringify(v2.length > 40 ? `${v2.slice(0, 40)}…` : v2)}`;
  return `${typeof v2} ${String(v2)}`;
}
function typeWords(t) {
  const words = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "null"
  };
  const list = (Array.isArray(t) ? t : [t]).map((x2) => words[x2] ?? x2);
  return list.length > 1 ? `${list.slice(0, -1).join(", ")} or ${list[list.length - 1]}` : list[0];
}
function typeChoice(branches) {
  if (!Array.isArray(branches)) return void 0;
  const types = branches.map(
    (b2) => b2 && typeof b2 === "object" && Object.keys(b2).length === 1 ? b2.type : void 0
  );
  return types.every((t) => typeof t === "string") ? types : void 0;
}
function where(path) {
  return path.length === 0 ? "the top level" : path.map((p) => typeof p === "number" ? `[${p}]` : p).join(".");
}
function describe(schema) {
  const d = schema?.description;
  return d ? ` ${d}` : "";
}
function toDiagnostic(e, y2, label) {
  const path = pointerToPath(e.instancePath, y2.data);
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const hint = didYouMean(key, known);
      return error(
        "FO200",
        `Unknown key "${key}" in ${label}${path.length ? ` at ${where(path)}` : ""}`,
        (hint ? `Did you mean "${hint}"? ` : "") + `Known keys: ${known.join(", ")}.`,
        y2.locate([...path, key], "key")
      );
    }
    case "type":
      if (/\/anyOf\/\d+\/type$/.test(e.schemaPath)) return void 0;
      return error(
        "FO201",
        `${where(path)} must be ${typeWords(p.type)}, got ${yamlType(e.data)}`,
        `Change the value to ${typeWords(p.type)}.${describe(e.parentSchema)}`,
        y2.locate(path)
      );
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
        return error(
          "FO203",
          `Invalid key "${e.propertyName}" in ${where(path)}`,
          `Keys here must match ${String(p.pattern ?? "the schema")}.`,
          y2.locate([...path, e.propertyName], "key")
        );
      }
      return invalid(e, y2, path);
    }
  }
}
function invalid(e, y2, path) {
  return error(
    "FO203",
    `${where(path)} ${e.message ?? "is invalid"}${typeof e.data === "string" || typeof e.data === "number" ? `, got ${yamlType(e.data)}` : ""}`,
    `Fix the value.${describe(e.parentSchema)}`,
    y2.locate(path)
  );
}
function writtenText(y2, range) {
  if (range.start.line !== range.end.line) return void 0;
  return y2.text.slice(y2.lines.offset(range.start), y2.lines.offset(range.end)).trim();
}
function checkSchema(name, y2) {
  const validate = repositoryValidators()[name];
  if (validate(y2.data)) return [];
  const diags = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    const d = toDiagnostic(e, y2, FILE_LABEL[name]);
    if (!d) continue;
    const k2 = `${d.code}|${d.summary}|${d.range?.start.line}:${d.range?.start.column}`;
    if (seen.has(k2)) continue;
    seen.add(k2);
    diags.push(d);
  }
  return diags;
}

// src/validate/sql-uses.ts
function flatten(statements) {
  const out = [];
  for (const s3 of statements) {
    out.push(s3);
    if (s3.inner) out.push(...s3.inner);
  }
  return out;
}
function uniqueRefs(statements, pick) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const s3 of statements) {
    for (const r of pick(s3)) {
      const k2 = `${r.start}:${r.end}`;
      if (seen.has(k2)) continue;
      seen.add(k2);
      out.push(r);
    }
  }
  return out;
}
function localDefinitions(statements) {
  const objects = /* @__PURE__ */ new Set();
  const functions = /* @__PURE__ */ new Set();
  let catalog = false;
  for (const s3 of statements) {
    if (s3.table) objects.add(s3.table.name.name);
    if (s3.view) objects.add(s3.view.name.name);
    if (s3.function) functions.add(s3.function.name.name.toLowerCase());
    if (s3.kind === "create_catalog" || s3.kind === "use") catalog = true;
  }
  return { objects, functions, catalog };
}
function resolveUses(ctx, statements, owner) {
  const { project, diags } = ctx;
  const all = flatten(statements);
  const local = localDefinitions(all);
  const reads = /* @__PURE__ */ new Set();
  const writes = /* @__PURE__ */ new Set();
  const functions = /* @__PURE__ */ new Set();
  const at = (r) => ctx.lines.range(ctx.file, r.start, r.end);
  const lookup = (r, verb) => {
    if (r.parts.length > 1 || local.objects.has(r.name)) return void 0;
    const t = project.tableByName.get(r.name);
    if (t) return t;
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
    diags.push(
      error(
        "FO220",
        `${owner} ${verb} undefined table "${r.name}"`,
        (hint ? `Did you mean "${hint}"? ` : "") + `Define it in tables/${r.name}.yaml (or tables/${r.name}.sql), create it in the script, or qualify it as catalog.database.${r.name}.`,
        at(r)
      )
    );
    return void 0;
  };
  for (const r of uniqueRefs(all, (s3) => s3.writes)) {
    const t = lookup(r, "writes to");
    if (!t) continue;
    writes.add(t.name);
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
    }
  }
  for (const r of uniqueRefs(all, (s3) => s3.reads)) {
    const t = lookup(r, "reads");
    if (!t) continue;
    reads.add(t.name);
    if (t.kind === "sink") {
      diags.push(
        warning(
          "FO223",
          `${owner} reads sink table "${t.name}"`,
          `${t.file} declares kind: sink; if jobs read it too, declare it as a source (or dimension) in a second table.`,
          at(r)
        )
      );
    } else if (t.kind === "dimension" && !r.temporal) {
      diags.push(
        warning(
          "FO224",
          `Dimension table "${t.name}" is read without FOR SYSTEM_TIME AS OF`,
          `Join it as a lookup: JOIN ${t.name} FOR SYSTEM_TIME AS OF <left>.proc_time AS d ON ...; a plain read scans the whole table once.`,
          at(r)
        )
      );
    }
  }
  for (const r of uniqueRefs(all, (s3) => s3.functions)) {
    if (r.parts.length > 1) continue;
    const name = r.name.toLowerCase();
    if (local.functions.has(name)) continue;
    if (project.functionByName.has(name)) {
      functions.add(name);
      continue;
    }
    if (project.unresolved.functions.has(name)) continue;
    const hint = didYouMean(name, project.functionByName.keys());
    diags.push(
      error(
        "FO225",
        `${owner} calls unknown function "${r.name}"`,
        (hint ? `Did you mean "${hint}"? ` : "") + "It is neither a Flink built-in nor a function of udfs/*.yaml; add it to a UDF file or create it in the script.",
        at(r)
      )
    );
  }
  return { reads: [...reads].sort(), writes: [...writes].sort(), functions: [...functions].sort() };
}

// src/validate/sql-rules.ts
var QUERY_KINDS = /* @__PURE__ */ new Set([
  "insert",
  "select",
  "statement_set",
  "execute",
  "create_table_as",
  "create_view"
]);
function secretsInQueries(job, statements, lines) {
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
}
function checkJob(project, job, analysis, lines) {
  const diags = [...analysis.diags];
  const ctx = { project, file: job.sqlFile, lines, diags };
  const statements = analysis.statements;
  if (statements.length === 0) {
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
  diags.push(...secretsInQueries(job, statements, lines));
  let inSet = false;
  let sets = 0;
  const topInserts = [];
  for (const s3 of statements) {
    if (s3.kind === "begin_statement_set") {
      inSet = true;
      sets++;
    } else if (s3.kind === "end") inSet = false;
    else if (s3.kind === "statement_set") sets++;
    else if (!inSet && (s3.kind === "insert" || s3.kind === "create_table_as" || s3.kind === "execute" && s3.writes.length > 0))
      topInserts.push(s3);
    else if (!inSet && s3.kind === "select") {
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
  if (topInserts.length === 0 && sets === 0) {
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
  Object.assign(job, resolveUses(ctx, statements, `Job ${job.name}`));
  return tidySummaries(diags);
}
function checkRawTable(project, table, analysis, lines) {
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
        `The file name is the table name: rename the ${table.objectKind} to ${table.name} (unqualified), or the file to ${ref.name}.sql.`,
        lines.range(table.file, ref.start, ref.end)
      )
    );
  }
  if (table.objectKind === "view") {
    Object.assign(
      table,
      resolveUses({ project, file: table.file, lines, diags }, [def], `View ${table.name}`)
    );
  }
  return tidySummaries(diags);
}
function checkViewCycles(project) {
  const diags = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (t, stack) => {
    const s3 = state.get(t.name);
    if (s3 === 2) return;
    if (s3 === 1) {
      const cycle = [...stack.slice(stack.indexOf(t.name)), t.name];
      diags.push(
        error(
          "FO257",
          `Views read each other in a cycle: ${cycle.join(" → ")}`,
          "Break the cycle: a view cannot (transitively) read itself.",
          t.statement?.range
        )
      );
      return;
    }
    state.set(t.name, 1);
    for (const r of t.reads) {
      const d = project.tableByName.get(r);
      if (d?.objectKind === "view") visit(d, [...stack, t.name]);
    }
    state.set(t.name, 2);
  };
  for (const t of project.tables) if (t.objectKind === "view") visit(t, []);
  return diags;
}

// src/validate/table-rules.ts
function lookupOptionKeys() {
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
}
function fragmentProblem(text, mode) {
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
  return depth === 0 ? void 0 : "unbalanced brackets";
}
function checkTableSpec(spec, y2) {
  const diags = [];
  const all = /* @__PURE__ */ new Map();
  const physical = /* @__PURE__ */ new Set();
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
          `Invalid ${mode === "type" ? "data type" : "expression"} "${text.length > 60 ? `${text.slice(0, 60)}…` : text}": ${problem}`,
          mode === "type" ? "Give one Flink data type, e.g. BIGINT, DECIMAL(10, 2), TIMESTAMP(3), ROW<a INT, b STRING>." : "Give one SQL expression, e.g. PROCTIME() or amount * 100; use a separate entry for another column.",
          y2.locate(path)
        )
      );
    }
  };
  spec.columns.forEach((c2, i) => {
    add(c2.name, ["columns", i]);
    physical.add(c2.name);
    fragment(c2.type, "type", ["columns", i, "type"]);
  });
  spec.metadata?.forEach((c2, i) => {
    add(c2.name, ["metadata", i]);
    fragment(c2.type, "type", ["metadata", i, "type"]);
  });
  spec.computed?.forEach((c2, i) => {
    add(c2.name, ["computed", i]);
    fragment(c2.expr, "expr", ["computed", i, "expr"]);
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
    if (w2.expr !== void 0) fragment(w2.expr, "expr", ["watermark", "expr"]);
  }
  spec.primaryKey?.forEach((c2, i) => {
    mustExist(c2, ["primaryKey", i], physical);
  });
  spec.partitionedBy?.forEach((c2, i) => {
    mustExist(c2, ["partitionedBy", i], all);
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
  return diags;
}

// src/validate/validate-project.ts
function validateProject(loaded, opts = {}) {
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
    unresolved: { functions: /* @__PURE__ */ new Set(), tables: /* @__PURE__ */ new Set() }
  };
  if (loaded.config) {
    const d = checkSchema("project", loaded.config);
    diags.push(...d);
    if (d.length === 0) project.config = loaded.config.data;
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
        diags.push(...checkTableSpec(spec, src.yaml));
      }
      const kind = src.yaml.data.kind;
      if (kind === "source" || kind === "sink" || kind === "dimension") table.kind = kind;
    }
  }
  for (const src of loaded.udfs) {
    const udf = { name: src.name, file: src.file };
    project.udfs.push(udf);
    project.udfByName.set(src.name, udf);
    if (!src.yaml) continue;
    const d = checkSchema("udf", src.yaml);
    diags.push(...d);
    if (d.length > 0) {
      for (const name of declaredFunctions(src.yaml.data)) project.unresolved.functions.add(name);
      continue;
    }
    udf.spec = src.yaml.data;
    const jarProblem = checkJarUri(udf.spec.jar);
    if (jarProblem)
      diags.push(error("FO214", jarProblem.summary, jarProblem.detail, src.yaml.locate(["jar"])));
    udf.spec.functions.forEach((fn, i) => {
      const prev = project.functionByName.get(fn.name);
      if (prev) {
        diags.push(
          error(
            "FO211",
            `Function "${fn.name}" is defined twice (udfs/${prev.udf}.yaml and ${src.file})`,
            "Function names are unique across udfs/*.yaml; rename or remove one.",
            src.yaml.locate(["functions", i, "name"])
          )
        );
        return;
      }
      project.functionByName.set(fn.name, { name: fn.name, udf: src.name, fn });
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
      }
    }
  }
  const sqlOpts = { flinkVersion: project.config?.flinkVersion };
  const tableSources = new Map(loaded.tables.map((t) => [t.file, t]));
  for (const table of project.tables) {
    const sql = tableSources.get(table.file)?.sql;
    if (table.format !== "sql" || !sql) continue;
    const analysis = analyzeScript(sql.text, sql.file, { ...sqlOpts, lines: sql.lines });
    table.analysis = analysis;
    diags.push(...checkRawTable(project, table, analysis, sql.lines));
  }
  diags.push(...checkViewCycles(project));
  const jobSources = new Map(loaded.jobs.map((j2) => [j2.name, j2]));
  for (const job of project.jobs) {
    const sql = jobSources.get(job.name)?.sql;
    if (!sql) continue;
    const analysis = analyzeScript(sql.text, sql.file, { ...sqlOpts, lines: sql.lines });
    job.analysis = analysis;
    diags.push(...checkJob(project, job, analysis, sql.lines));
  }
  const envs = checkEnvironments(project, opts.env);
  diags.push(...envs.diags);
  project.environments = envs.envs;
  diags.push(...checkEnvReferences(project, envs.envs, opts.envVars ?? {}));
  return { value: project, diags };
}
function checkJarUri(jar) {
  if (jar.startsWith("${")) return void 0;
  const how = "Write a URI with a scheme the cluster can read: s3://…, hdfs://…, https://…, or file:///absolute/path.jar.";
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
}
function declaredFunctions(data) {
  const fns = data?.functions;
  if (!Array.isArray(fns)) return [];
  return fns.map((f2) => f2?.name).filter((n) => typeof n === "string").map((n) => n.toLowerCase());
}

// src/validate/index.ts
function loadAndValidate(dir, opts = {}) {
  const loaded = loadProject(dir);
  const validated = validateProject(loaded.value, opts);
  return { value: validated.value, diags: sortDiagnostics([...loaded.diags, ...validated.diags]) };
}

export {
  SCHEDULE_CODES,
  isTimeZone,
  cronOf,
  RESERVED_OPTIONS,
  envValue,
  SCHEMAS,
  checkSchema,
  lookupOptionKeys,
  fragmentProblem,
  validateProject,
  loadAndValidate
};
