// The hexadecimal digits of pi's fractional part, from which Blowfish takes its initial P-array and
// S-boxes (0x243F6A88, 0x85A308D3, ...). Computed once with Machin's formula in exact integer
// arithmetic rather than stored as a 4 KiB table.

let cached: Uint32Array | undefined;

/** The first `count` 32-bit words of pi's fractional part (count <= 1042 is what Blowfish needs). */
export function piWords(count: number): Uint32Array {
  if (!cached || cached.length < count) cached = computePiWords(Math.max(count, 1042));
  return cached.subarray(0, count);
}

function computePiWords(count: number): Uint32Array {
  const bits = BigInt(count * 32 + 64);
  const one = 1n << bits;
  const pi = 16n * arctanInverse(5n, one) - 4n * arctanInverse(239n, one);
  let frac = pi - 3n * one;
  const words = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    frac <<= 32n;
    words[i] = Number(frac >> bits);
    frac &= one - 1n;
  }
  return words;
}

/** arctan(1/x) scaled by `one`, by its alternating Taylor series. */
function arctanInverse(x: bigint, one: bigint): bigint {
  const x2 = x * x;
  let power = one / x;
  let sum = power;
  for (let n = 3n, sign = -1n; power !== 0n; n += 2n, sign = -sign) {
    power /= x2;
    sum += (sign * power) / n;
  }
  return sum;
}
