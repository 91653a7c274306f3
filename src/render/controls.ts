/**
 * Control characters in user-derived text (a reason, a SQL comment, a name read
 * from the cluster) could drive a terminal or break a comment; renderers replace them.
 * Tab and newline are kept: callers decide what a newline means where they are.
 */
export function replaceControls(text: string, replace: (ch: string) => string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
    if (!control) continue;
    out += text.slice(start, i) + replace(text[i]!);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/** A control character as the `\xNN` a terminal shows instead of obeying it. */
export function hexControl(ch: string): string {
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
