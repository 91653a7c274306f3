import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fingerprint, SMALL_BUDGET, sha256, sha256Js } from './hash';

const native = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

describe('sha256 without node:crypto', () => {
  it('gives the standard digests (FIPS 180-4 examples)', () => {
    const enc = new TextEncoder();
    expect(sha256Js(enc.encode(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Js(enc.encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Js(enc.encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals node:crypto on every length across the padding boundaries, and on any text', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 300; n++) {
      const bytes = Uint8Array.from({ length: n }, () => rnd() & 0xff);
      expect(sha256Js(bytes), `${n} bytes`).toBe(native(bytes));
    }
    // A lone surrogate too: both encode it as U+FFFD.
    const alphabet = ['a', 'Z', ' ', '\n', "'", 'é', '€', '😀', '\u0000', '中', '\uD800', '\uDC00'];
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: rnd() % 150 }, () => alphabet[rnd() % alphabet.length]).join('');
      expect(sha256Js(new TextEncoder().encode(text))).toBe(native(text));
    }
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) & 0xff);
    expect(sha256Js(big)).toBe(native(big));
  });
});

describe('sha256', () => {
  it('hashes the same before and after node:crypto takes over', () => {
    const texts = Array.from(
      { length: 60 },
      (_, i) => `CREATE TABLE t${i} (a INT) -- é€😀 ${'x'.repeat(i * 37)}`,
    );
    // Together more than the budget: the first go through JavaScript, the rest through node:crypto.
    expect(texts.reduce((n, t) => n + Buffer.byteLength(t), 0)).toBeGreaterThan(SMALL_BUDGET / 4);
    for (const t of [...texts, ...texts, 'x'.repeat(SMALL_BUDGET * 2)]) expect(sha256(t)).toBe(native(t));
    expect(fingerprint({ b: 1, a: [2, 'é'] })).toBe(native('{"a":[2,"é"],"b":1}').slice(0, 16));
  });

  it('a small hash in a fresh process does not load node:crypto, a large one does', async () => {
    const script = (n: number) =>
      [
        `const { sha256 } = await import(${JSON.stringify(join(import.meta.dirname, 'hash.ts'))});`,
        `const h = sha256('x'.repeat(${n}));`,
        "console.log(h, process.moduleLoadList.includes('NativeModule crypto'));",
      ].join('\n');
    const run = async (n: number) =>
      (
        await promisify(execFile)(process.execPath, [
          '--experimental-strip-types',
          '--no-warnings',
          '--input-type=module',
          '-e',
          script(n),
        ])
      ).stdout.trim();
    expect(await run(1000)).toBe(`${native('x'.repeat(1000))} false`);
    expect(await run(SMALL_BUDGET)).toBe(`${native('x'.repeat(SMALL_BUDGET))} true`);
  });
});
