import { randomBytes } from "node:crypto";
import { GO_RNG_COOKED } from "./go-rand-cooked.js";

// Go's math/rand as the random provider uses it for `seed`: rand.New(rand.NewSource(seed)), the additive
// lagged Fibonacci source of src/math/rand/rng.go, with Rand's Int63n/Int31n/Intn/Perm on top. The seed
// is the CRC-64 (ISO polynomial) of the seed string, so the same seed gives Terraform's exact results.

const RNG_LEN = 607;
const RNG_TAP = 273;
const MASK64 = (1n << 64n) - 1n;
const MASK63 = (1n << 63n) - 1n;
const INT32_MAX = 2147483647;

/** A Go math/rand.Rand over a seeded rngSource; a bug-for-bug port so seeded results match the provider's. */
export class GoRand {
  private readonly vec: bigint[] = new Array<bigint>(RNG_LEN);
  private tap = 0;
  private feed = RNG_LEN - RNG_TAP;

  constructor(seed: bigint) {
    let s = BigInt.asIntN(64, seed) % BigInt(INT32_MAX);
    if (s < 0n) s += BigInt(INT32_MAX);
    if (s === 0n) s = 89482311n;
    let x = Number(s);
    for (let i = -20; i < RNG_LEN; i++) {
      x = seedrand(x);
      if (i < 0) continue;
      let u = BigInt(x) << 40n;
      x = seedrand(x);
      u ^= BigInt(x) << 20n;
      x = seedrand(x);
      u ^= BigInt(x);
      u ^= GO_RNG_COOKED[i]! & MASK64;
      this.vec[i] = u & MASK64;
    }
  }

  /** rngSource.Uint64. */
  uint64(): bigint {
    this.tap = this.tap === 0 ? RNG_LEN - 1 : this.tap - 1;
    this.feed = this.feed === 0 ? RNG_LEN - 1 : this.feed - 1;
    const x = (this.vec[this.feed]! + this.vec[this.tap]!) & MASK64;
    this.vec[this.feed] = x;
    return x;
  }

  /** Rand.Int63: a non-negative 63-bit integer. */
  int63(): bigint {
    return this.uint64() & MASK63;
  }

  /** Rand.Int31: the top 31 bits of Int63. */
  int31(): number {
    return Number(this.int63() >> 32n);
  }

  /** Rand.Int31n for 0 < n <= 2^31-1. */
  int31n(n: number): number {
    if ((n & (n - 1)) === 0) return this.int31() & (n - 1);
    const max = INT32_MAX - (2 ** 31 % n);
    let v = this.int31();
    while (v > max) v = this.int31();
    return v % n;
  }

  /** Rand.Int63n for 0 < n < 2^63. */
  int63n(n: bigint): bigint {
    if ((n & (n - 1n)) === 0n) return this.int63() & (n - 1n);
    const max = MASK63 - ((1n << 63n) % n);
    let v = this.int63();
    while (v > max) v = this.int63();
    return v % n;
  }

  /** Rand.Intn with Go's 64-bit int: Int31n below 2^31, Int63n above. */
  intn(n: bigint): bigint {
    if (n <= 0n) throw new RangeError("invalid argument to Intn");
    return n <= BigInt(INT32_MAX) ? BigInt(this.int31n(Number(n))) : this.int63n(n);
  }

  /** Rand.Perm: a permutation of 0..n-1. */
  perm(n: number): number[] {
    const m = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const j = Number(this.intn(BigInt(i + 1)));
      m[i] = m[j]!;
      m[j] = i;
    }
    return m;
  }
}

/** The provider's random.NewRand: seeded by the CRC-64 of `seed`, or by fresh randomness when `seed` is empty. */
export function newSeededRand(seed: string): GoRand {
  if (seed === "") return new GoRand(randomBytes(8).readBigInt64BE());
  return new GoRand(BigInt.asIntN(64, crc64Iso(new TextEncoder().encode(seed))));
}

const CRC64_ISO_POLY = 0xd800000000000000n;
const CRC64_TABLE: readonly bigint[] = Array.from({ length: 256 }, (_, i) => {
  let crc = BigInt(i);
  for (let j = 0; j < 8; j++) crc = crc & 1n ? (crc >> 1n) ^ CRC64_ISO_POLY : crc >> 1n;
  return crc;
});

/** Go's crc64.Checksum with the ISO table. */
export function crc64Iso(bytes: Uint8Array): bigint {
  let crc = MASK64;
  for (const b of bytes) crc = CRC64_TABLE[Number((crc ^ BigInt(b)) & 0xffn)]! ^ (crc >> 8n);
  return crc ^ MASK64;
}

// seed rng x[n+1] = 48271 * x[n] mod (2**31 - 1), in int32 arithmetic.
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488);
  const lo = x % 44488;
  let r = 48271 * lo - 3399 * hi;
  if (r < 0) r += INT32_MAX;
  return r;
}
