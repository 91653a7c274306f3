/** REST endpoints: compared as Flink serves them, and shown without the credentials a URL may hold. */
import { sha256 } from './hash';

/** An endpoint as compared: scheme, host, port (when not the scheme's) and path, without user info or query. */
function endpointKey(u: string): string {
  try {
    const url = new URL(u.trim());
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return u.trim().replace(/\/+$/, '');
  }
}

/** `a` and `b` name the same endpoint (`http://JM:80/` = `http://jm`); unparsable URLs compare as text. */
export function sameEndpoint(a: string, b: string): boolean {
  return endpointKey(a) === endpointKey(b);
}

/**
 * What the state store keeps of the JobManager endpoint a job was started through: a hash of the
 * endpoint as `sameEndpoint` compares it, never the URL (which a team may keep as a secret), so
 * that a plan can tell that the environment now reaches another cluster (FO739).
 */
export function endpointId(url: string): string {
  return sha256(`flinkops-endpoint\u0000${endpointKey(url)}`).slice(0, 16);
}

/**
 * A URL as shown in a plan, a diagnostic or progress: no user info (a password in a URL is a
 * secret), and no query value (`?token=…`: an access token some proxies take there).
 */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password && !u.search) return url;
    u.username = '';
    u.password = '';
    for (const key of new Set(u.searchParams.keys())) u.searchParams.set(key, '***');
    return u.toString().replace(/\/$/, url.endsWith('/') ? '/' : '');
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//').replace(/\?.*$/, '?***');
  }
}

/**
 * Why `url` cannot be a cluster's REST endpoint, or undefined when it can: what the HTTP client
 * needs (an http(s) scheme, a host, a port in range, decodable credentials), said so a user can
 * act on it. The reason never repeats the URL's user info.
 */
export function endpointUrlProblem(url: string): string | undefined {
  if (url !== url.trim()) return 'it has a space or a line break before or after it';
  if (!/^https?:\/\//i.test(url)) {
    return /^[\w.-]+(:\d+)?(\/\S*)?$/.test(url)
      ? `it has no scheme: write http://${url} (or https://${url})`
      : 'it does not start with http:// or https://';
  }
  // scheme://[user[:password]@]host[:port][/path]
  const authority = /^https?:\/\/(?:[^/?#@]*@)?([^/?#]*)/i.exec(url)![1]!;
  const [, host = authority, port] = /^(\[[^\]]*\]?|[^:[]*)(?::(\d*))?$/.exec(authority) ?? [];
  if (host === '') return 'it names no host';
  if (port && Number(port) > 65535) return `its port ${port} is above 65535`;
  if (/\s/.test(url)) return 'it contains a space';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `its host ${host} is not a valid host name or address`;
  }
  try {
    decodeURIComponent(u.username);
    decodeURIComponent(u.password);
  } catch {
    return 'its user name or password holds a % that is not an escape: write % as %25';
  }
  return undefined;
}

/**
 * A URL with user info (`https://USER:PASSWORD@host/hook`) split into the URL without it and the
 * `Authorization: Basic` header it stands for: fetch refuses a URL that holds credentials ("Request
 * cannot be constructed from a URL that includes credentials"), as a browser does.
 */
export function basicAuthOf(url: string): { url: string; authorization?: string } {
  const user = userInfoOf(url);
  if (!user) return { url };
  const u = new URL(url);
  const token = Buffer.from(`${user.username}:${user.password}`).toString('base64');
  u.username = '';
  u.password = '';
  return { url: u.toString(), authorization: `Basic ${token}` };
}

/**
 * The user info of a URL (`https://USER:PASSWORD@host`), decoded (a `%` that is no escape is kept
 * as written; FO203 says so), or undefined when the URL has none or does not parse.
 */
export function userInfoOf(url: string): { username: string; password: string } | undefined {
  if (!URL.canParse(url)) return undefined;
  const u = new URL(url);
  if (!u.username && !u.password) return undefined;
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { username: decode(u.username), password: decode(u.password) };
}
