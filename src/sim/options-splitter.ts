/**
 * Flink's `StructuredOptionsSplitter.splitEscaped` and the map parsing built on it
 * (`ConfigurationUtils`), for map options such as `pipeline.global-job-parameters`.
 * A part is a literal (trimmed, quotes inside kept) or a whole part in '…' or "…"
 * (a doubled quote is one quote); a quoted part must be followed by the delimiter.
 */

type Token = { kind: 'delimiter' | 'quoted' | 'literal'; text: string; position: number };

function tokenize(text: string, delimiter: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    const c = text[cursor]!;
    if (c === delimiter) {
      tokens.push({ kind: 'delimiter', text: c, position: cursor });
      cursor++;
    } else if (c === "'" || c === '"') {
      let part = '';
      let i = cursor + 1;
      for (;;) {
        if (i >= text.length) throw new Error('Could not split string. Quoting was not closed properly.');
        if (text[i] === c) {
          if (text[i + 1] === c) {
            part += c;
            i += 2;
            continue;
          }
          break;
        }
        part += text[i++];
      }
      tokens.push({ kind: 'quoted', text: part, position: cursor });
      cursor = i + 1;
    } else if (/\s/.test(c)) {
      cursor++;
    } else {
      let i = cursor;
      while (i < text.length && text[i] !== delimiter) i++;
      tokens.push({ kind: 'literal', text: text.slice(cursor, i).trim(), position: cursor });
      cursor = i;
    }
  }
  return tokens;
}

export function splitEscaped(text: string, delimiter: string): string[] {
  const tokens = tokenize(text, delimiter);
  const parts: string[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.kind === 'quoted') {
      if (next && next.kind !== 'delimiter') {
        throw new Error(`Could not split string. Illegal quoting at position: ${next.position - 1}`);
      }
      parts.push(t.text);
    } else if (t.kind === 'literal') parts.push(t.text);
    else if (next?.kind === 'delimiter') parts.push('');
  });
  return parts;
}

/** `k1:v1,k2:v2`: every entry must split into exactly a key and a value. */
export function splitMap(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of splitEscaped(text, ',')) {
    const kv = splitEscaped(entry, ':');
    if (kv.length !== 2) throw new Error("Map item is not a key-value pair (missing ':'?)");
    out[kv[0]!] = kv[1]!;
  }
  return out;
}
