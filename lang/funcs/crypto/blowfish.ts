import { piWords } from "./pi-hex.js";

// The Blowfish block cipher with the key schedule variants bcrypt needs (golang.org/x/crypto/blowfish:
// NewSaltedCipher's salted expansion and ExpandKey's plain one).

/** A Blowfish cipher state: the 18-word P-array and four 256-word S-boxes (stored as one array). */
export class Blowfish {
  readonly p: Uint32Array;
  readonly s: Uint32Array;

  /** The initial state, from the digits of pi. */
  constructor() {
    const words = piWords(18 + 1024);
    this.p = words.slice(0, 18);
    this.s = words.slice(18, 18 + 1024);
  }

  private f(x: number): number {
    const s = this.s;
    const a = s[x >>> 24]!;
    const b = s[256 + ((x >>> 16) & 0xff)]!;
    const c = s[512 + ((x >>> 8) & 0xff)]!;
    const d = s[768 + (x & 0xff)]!;
    return ((((a + b) >>> 0) ^ c) + d) >>> 0;
  }

  /** Encrypts one 64-bit block given as two big-endian halves; returns the encrypted halves. */
  encrypt(l: number, r: number): [number, number] {
    const p = this.p;
    let xl = (l ^ p[0]!) >>> 0;
    let xr = r >>> 0;
    for (let i = 1; i < 17; i += 2) {
      xr = (xr ^ this.f(xl) ^ p[i]!) >>> 0;
      xl = (xl ^ this.f(xr) ^ p[i + 1]!) >>> 0;
    }
    xr = (xr ^ p[17]!) >>> 0;
    return [xr, xl];
  }

  /** Blowfish's key expansion (ExpandKey): the key cycled into P, then P and S re-encrypted in place. */
  expandKey(key: Uint8Array): void {
    const next = wordStream(key);
    for (let i = 0; i < 18; i++) this.p[i] = (this.p[i]! ^ next()) >>> 0;
    this.reencrypt(() => 0);
  }

  /** The salted expansion of bcrypt's EksBlowfishSetup: like expandKey, with salt words mixed in. */
  expandKeyWithSalt(key: Uint8Array, salt: Uint8Array): void {
    const next = wordStream(key);
    for (let i = 0; i < 18; i++) this.p[i] = (this.p[i]! ^ next()) >>> 0;
    this.reencrypt(wordStream(salt));
  }

  private reencrypt(saltWord: () => number): void {
    let l = 0;
    let r = 0;
    const fill = (arr: Uint32Array, n: number): void => {
      for (let i = 0; i < n; i += 2) {
        l = (l ^ saltWord()) >>> 0;
        r = (r ^ saltWord()) >>> 0;
        [l, r] = this.encrypt(l, r);
        arr[i] = l;
        arr[i + 1] = r;
      }
    };
    fill(this.p, 18);
    fill(this.s, 1024);
  }
}

/** Successive big-endian 32-bit words of a byte string, wrapping around at its end. */
function wordStream(bytes: Uint8Array): () => number {
  let j = 0;
  return () => {
    let d = 0;
    for (let k = 0; k < 4; k++) {
      d = ((d << 8) | bytes[j]!) >>> 0;
      j = (j + 1) % bytes.length;
    }
    return d;
  };
}
