
// src/core/hash.ts
var SMALL_BUDGET = 16 * 1024;
var spent = 0;
var native;
var nodeCrypto = (function nodeCrypto() {
  native ??= process.getBuiltinModule("node:crypto");
  return native;
});
var randomHex = (function randomHex(bytes) {
  return nodeCrypto().randomBytes(bytes).toString("hex");
});
var sha256 = (function sha256(text) {
  if (native || spent + text.length * 3 > SMALL_BUDGET) {
    const c = nodeCrypto();
    return typeof c.hash === "function" ? c.hash("sha256", text, "hex") : c.createHash("sha256").update(text, "utf8").digest("hex");
  }
  const bytes = new TextEncoder().encode(text);
  spent += bytes.length;
  return sha256Js(bytes);
});
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var sha256Js = (function sha256Js(bytes) {
  const n = bytes.length;
  const blocks = new Uint8Array(n + 72 >>> 6 << 6);
  blocks.set(bytes);
  blocks[n] = 128;
  const view = new DataView(blocks.buffer);
  view.setUint32(blocks.length - 8, Math.floor(n / 536870912));
  view.setUint32(blocks.length - 4, n << 3 >>> 0);
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const w = new Uint32Array(64);
  for (let off = 0; off < blocks.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const a2 = w[i - 15];
      const b2 = w[i - 2];
      const s0 = (a2 >>> 7 | a2 << 25) ^ (a2 >>> 18 | a2 << 14) ^ a2 >>> 3;
      const s1 = (b2 >>> 17 | b2 << 15) ^ (b2 >>> 19 | b2 << 13) ^ b2 >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let k = h[7];
    for (let i = 0; i < 64; i++) {
      const s1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const t1 = k + s1 + (e & f ^ ~e & g) + K[i] + w[i] | 0;
      const s0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const t2 = s0 + (a & b ^ a & c ^ b & c) | 0;
      k = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    h[0] = h[0] + a;
    h[1] = h[1] + b;
    h[2] = h[2] + c;
    h[3] = h[3] + d;
    h[4] = h[4] + e;
    h[5] = h[5] + f;
    h[6] = h[6] + g;
    h[7] = h[7] + k;
  }
  let hex = "";
  for (const x of h) hex += x.toString(16).padStart(8, "0");
  return hex;
});
var canonicalJson = (function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
});
var sortKeys = (function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out = {};
    for (const k of Object.keys(value).sort()) {
      const v = value[k];
      if (v !== void 0) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
});
var fingerprint = (function fingerprint(value) {
  return sha256(canonicalJson(value)).slice(0, 16);
});

export {
  nodeCrypto,
  randomHex,
  sha256,
  canonicalJson,
  fingerprint
};
