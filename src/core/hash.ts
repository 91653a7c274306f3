/**
 * Hashes, and node:crypto only when it pays for itself. Loading node:crypto costs about 6 ms of a
 * start (it brings Node's streams with it), while the SHA-256 below hashes the 11 kB that `plan
 * --offline` of example-repo hashes in about 3 ms, its code not yet warm. So the first
 * SMALL_BUDGET bytes a process hashes go through it, and node:crypto takes over after that. Both give the same digest, byte for byte
 * (hash.test.ts holds them equal).
 */

/** What a process hashes in JavaScript before it loads node:crypto. */
export const SMALL_BUDGET = 16 * 1024;

let spent = 0;
let native: typeof import('node:crypto') | undefined;

/** node:crypto, loaded on first use. */
export function nodeCrypto(): typeof import('node:crypto') {
  native ??= process.getBuiltinModule('node:crypto');
  return native;
}

/** `bytes` random bytes as hex (ids, temporary names): node:crypto's `randomBytes`. */
export function randomHex(bytes: number): string {
  return nodeCrypto().randomBytes(bytes).toString('hex');
}

/** Hex sha256 of a string (UTF-8). */
export function sha256(text: string): string {
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  if (native || spent + text.length * 3 > SMALL_BUDGET) {
    const c = nodeCrypto();
    // The one-shot hash (Node 20.12+) makes no Hash object: ~35 % less per call for the thousands of
    // short normal forms a large compile hashes; the same digest.
    return typeof c.hash === 'function'
      ? c.hash('sha256', text, 'hex')
      : c.createHash('sha256').update(text, 'utf8').digest('hex');
  }
  const bytes = new TextEncoder().encode(text);
  spent += bytes.length;
  return sha256Js(bytes);
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** SHA-256 (FIPS 180-4) of `bytes`, as 64 hex digits. */
export function sha256Js(bytes: Uint8Array): string {
  const n = bytes.length;
  const blocks = new Uint8Array(((n + 72) >>> 6) << 6);
  blocks.set(bytes);
  blocks[n] = 0x80;
  const view = new DataView(blocks.buffer);
  view.setUint32(blocks.length - 8, Math.floor(n / 0x20000000));
  view.setUint32(blocks.length - 4, (n << 3) >>> 0);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < blocks.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = w[i - 16]! + s0 + w[i - 7]! + s1;
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let k = h[7]!;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + b;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
    h[4] = h[4]! + e;
    h[5] = h[5]! + f;
    h[6] = h[6]! + g;
    h[7] = h[7]! + k;
  }
  let hex = '';
  for (const x of h) hex += x.toString(16).padStart(8, '0');
  return hex;
}

/** Canonical JSON (sorted keys) so hashes of objects do not depend on key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as Record<string, unknown>).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** Short, stable fingerprint of any JSON-able value. */
export function fingerprint(value: unknown): string {
  return sha256(canonicalJson(value)).slice(0, 16);
}
