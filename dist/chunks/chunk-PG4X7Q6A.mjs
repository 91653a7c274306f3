import {
  sha256
} from "./chunk-QDFCQ7OG.mjs";

// src/core/endpoint.ts
var endpointKey = (function endpointKey(u) {
  try {
    const url = new URL(u.trim());
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return u.trim().replace(/\/+$/, "");
  }
});
var sameEndpoint = (function sameEndpoint(a, b) {
  return endpointKey(a) === endpointKey(b);
});
var endpointId = (function endpointId(url) {
  return sha256(`flinkops-endpoint\0${endpointKey(url)}`).slice(0, 16);
});
var shownUrl = (function shownUrl(url) {
  try {
    const u = new URL(url);
    if (!u.username && !u.password && !u.search) return url;
    u.username = "";
    u.password = "";
    for (const key of new Set(u.searchParams.keys())) u.searchParams.set(key, "***");
    return u.toString().replace(/\/$/, url.endsWith("/") ? "/" : "");
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, "//").replace(/\?.*$/, "?***");
  }
});
var endpointUrlProblem = (function endpointUrlProblem(url) {
  if (url !== url.trim()) return "it has a space or a line break before or after it";
  if (!/^https?:\/\//i.test(url)) {
    return /^[\w.-]+(:\d+)?(\/\S*)?$/.test(url) ? `it has no scheme: write http://${url} (or https://${url})` : "it does not start with http:// or https://";
  }
  const authority = /^https?:\/\/(?:[^/?#@]*@)?([^/?#]*)/i.exec(url)[1];
  const [, host = authority, port] = /^(\[[^\]]*\]?|[^:[]*)(?::(\d*))?$/.exec(authority) ?? [];
  if (host === "") return "it names no host";
  if (port && Number(port) > 65535) return `its port ${port} is above 65535`;
  if (/\s/.test(url)) return "it contains a space";
  let u;
  try {
    u = new URL(url);
  } catch {
    return `its host ${host} is not a valid host name or address`;
  }
  try {
    decodeURIComponent(u.username);
    decodeURIComponent(u.password);
  } catch {
    return "its user name or password holds a % that is not an escape: write % as %25";
  }
  return void 0;
});
var basicAuthOf = (function basicAuthOf(url) {
  const user = userInfoOf(url);
  if (!user) return { url };
  const u = new URL(url);
  const token = Buffer.from(`${user.username}:${user.password}`).toString("base64");
  u.username = "";
  u.password = "";
  return { url: u.toString(), authorization: `Basic ${token}` };
});
var userInfoOf = (function userInfoOf(url) {
  if (!URL.canParse(url)) return void 0;
  const u = new URL(url);
  if (!u.username && !u.password) return void 0;
  const decode = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { username: decode(u.username), password: decode(u.password) };
});

export {
  sameEndpoint,
  endpointId,
  shownUrl,
  endpointUrlProblem,
  basicAuthOf,
  userInfoOf
};
