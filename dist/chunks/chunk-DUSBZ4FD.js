import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// flinkops-builtin:node:crypto
var m = process.getBuiltinModule("node:crypto");
var node_crypto_default = m;
var { Certificate, Cipheriv, Decipheriv, DiffieHellman, DiffieHellmanGroup, ECDH, Hash, Hmac, KeyObject, Sign, Verify, X509Certificate, argon2, argon2Sync, checkPrime, checkPrimeSync, constants, createCipheriv, createDecipheriv, createDiffieHellman, createDiffieHellmanGroup, createECDH, createHash, createHmac, createPrivateKey, createPublicKey, createSecretKey, createSign, createVerify, decapsulate, diffieHellman, encapsulate, generateKey, generateKeyPair, generateKeyPairSync, generateKeySync, generatePrime, generatePrimeSync, getCipherInfo, getCiphers, getCurves, getDiffieHellman, getFips, getHashes, hash, hkdf, hkdfSync, pbkdf2, pbkdf2Sync, privateDecrypt, privateEncrypt, publicDecrypt, publicEncrypt, randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7, scrypt, scryptSync, secureHeapUsed, setEngine, setFips, sign, timingSafeEqual, verify } = m;

export {
  node_crypto_default,
  createHash,
  createHmac,
  randomBytes
};
