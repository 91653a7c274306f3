/**
 * MurmurHash3 x64 128-bit, as Guava's `Hashing.murmur3_128(seed)` computes it over a byte
 * stream, returning `asBytes()` (h1 then h2, little-endian). Flink derives operator ids with it,
 * so flinkops must reproduce it bit for bit. Inputs are small (a few ints per operator): BigInt
 * arithmetic keeps it obviously correct.
 */

const MASK = (1n << 64n) - 1n;
const C1 = 0x87c37b91114253d5n;
const C2 = 0x4cf5ad432745937fn;

const rotl = (x: bigint, r: bigint): bigint => ((x << r) | (x >> (64n - r))) & MASK;
const mul = (a: bigint, b: bigint): bigint => (a * b) & MASK;

function fmix64(k: bigint): bigint {
  let x = k;
  x ^= x >> 33n;
  x = mul(x, 0xff51afd7ed558ccdn);
  x ^= x >> 33n;
  x = mul(x, 0xc4ceb9fe1a85ec53n);
  x ^= x >> 33n;
  return x;
}

const mixK1 = (k: bigint): bigint => mul(rotl(mul(k, C1), 31n), C2);
const mixK2 = (k: bigint): bigint => mul(rotl(mul(k, C2), 33n), C1);

function readLong(bytes: Uint8Array, at: number, len: number): bigint {
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[at + i]!);
  return v;
}

export function murmur3x64_128(bytes: Uint8Array, seed = 0): Uint8Array {
  let h1 = BigInt(seed >>> 0);
  let h2 = h1;
  const blocks = Math.floor(bytes.length / 16);
  for (let b = 0; b < blocks; b++) {
    const k1 = readLong(bytes, b * 16, 8);
    const k2 = readLong(bytes, b * 16 + 8, 8);
    h1 ^= mixK1(k1);
    h1 = rotl(h1, 27n);
    h1 = (h1 + h2) & MASK;
    h1 = (mul(h1, 5n) + 0x52dce729n) & MASK;
    h2 ^= mixK2(k2);
    h2 = rotl(h2, 31n);
    h2 = (h2 + h1) & MASK;
    h2 = (mul(h2, 5n) + 0x38495ab5n) & MASK;
  }
  const tail = bytes.length - blocks * 16;
  if (tail > 0) {
    const at = blocks * 16;
    const k1 = readLong(bytes, at, Math.min(tail, 8));
    const k2 = tail > 8 ? readLong(bytes, at + 8, tail - 8) : 0n;
    h1 ^= mixK1(k1);
    if (tail > 8) h2 ^= mixK2(k2);
  }
  const len = BigInt(bytes.length);
  h1 ^= len;
  h2 ^= len;
  h1 = (h1 + h2) & MASK;
  h2 = (h2 + h1) & MASK;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = (h1 + h2) & MASK;
  h2 = (h2 + h1) & MASK;
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    out[i] = Number((h1 >> BigInt(8 * i)) & 0xffn);
    out[8 + i] = Number((h2 >> BigInt(8 * i)) & 0xffn);
  }
  return out;
}

/** Guava's `Hasher.putInt` sequence: each int as 4 little-endian bytes. */
export function murmur3OfInts(ints: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(ints.length * 4);
  const view = new DataView(bytes.buffer);
  ints.forEach((v, i) => {
    view.setInt32(i * 4, v, true);
  });
  return murmur3x64_128(bytes, 0);
}

export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
