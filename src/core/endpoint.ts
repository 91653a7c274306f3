/** REST endpoints compared as Flink serves them: scheme, host and port, a trailing `/` aside. */

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
