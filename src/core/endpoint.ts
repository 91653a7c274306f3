/** REST endpoints: compared as Flink serves them, and shown without the credentials a URL may hold. */

/** `a` and `b` name the same endpoint (`http://JM:80/` = `http://jm`); unparsable URLs compare as text. */
export function sameEndpoint(a: string, b: string): boolean {
  const key = (u: string): string => {
    try {
      const url = new URL(u.trim());
      return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
    } catch {
      return u.trim().replace(/\/+$/, '');
    }
  };
  return key(a) === key(b);
}

/** A URL as shown in a plan, a diagnostic or progress: no user info (a password in a URL is a secret). */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, url.endsWith('/') ? '/' : '');
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//');
  }
}
