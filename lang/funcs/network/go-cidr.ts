import {
  checkIPv4,
  cidrMask,
  IPV4_ZERO,
  IPV6_ZERO,
  ipEqual,
  maskIP,
  maskSize,
  to4,
  type GoIP,
  type GoIPNet,
} from "./go-ip.js";

// apparentlymart/go-cidr v1.1.0, the arithmetic behind Terraform's CIDR functions, on bigints. Its
// quirks are Terraform's behaviour and are kept: host and subnet numbers are range-checked through
// their low 64 bits, a negative subnet number is OR-ed in as two's complement, and results that do
// not fit the address make Go panic (reported here as GoPanic).

/** Go's "index out of range" panic in intToIP, which Terraform reports as a function error. */
export class GoPanic {
  readonly message = "panic in function implementation: runtime error: index out of range [-1]";
}

/** A bit shift past this many bits with a nonzero number cannot give an address: Go panics. */
const MAX_SHIFT = 256n;

/** The address as an unsigned integer, with its bit length (32 or 128). */
export function ipToInt(ip: GoIP): [bigint, number] {
  if (ip.length !== 4 && ip.length !== 16) throw new Error(`ipToInt of a ${ip.length}-byte address`);
  let v = 0n;
  for (const b of ip) v = (v << 8n) | BigInt(b);
  return [v, ip.length * 8];
}

/** The low `bits` of |v| as an address; a GoPanic when |v| needs more bytes than the address has. */
export function intToIP(v: bigint, bits: number): GoIP | GoPanic {
  let abs = v < 0n ? -v : v;
  const out = new Uint8Array(bits / 8);
  for (let i = out.length - 1; abs > 0n; i--) {
    if (i < 0) return new GoPanic();
    out[i] = Number(abs & 0xffn);
    abs >>= 8n;
  }
  return out;
}

/** Go's insertNumIntoIP: ORs `num` shifted left by (address bits - prefixLen) into the address. */
export function insertNumIntoIP(ip: GoIP, num: bigint, prefixLen: bigint): GoIP | GoPanic {
  const [ipInt, totalBits] = ipToInt(ip);
  const shift = BigInt.asUintN(64, BigInt(totalBits) - prefixLen);
  if (num !== 0n && shift > MAX_SHIFT) return new GoPanic();
  return intToIP(ipInt | (num << shift), totalBits);
}

/** Go's big.Int.Uint64 then int64 conversion: the low 64 bits of |n|, read as signed. */
function low64Signed(n: bigint): bigint {
  return BigInt.asIntN(64, BigInt.asUintN(64, n < 0n ? -n : n));
}

/** go-cidr HostBig: host number `num` within `base`; negative numbers count back from the end. */
export function hostBig(base: GoIPNet, num: bigint): GoIP | GoPanic | { readonly error: string } {
  const [parentLen, addrLen] = maskSize(base.mask);
  const maxHostNum = (1n << BigInt(addrLen - parentLen)) - 1n;
  let checked = low64Signed(num);
  let n = num;
  if (n < 0n) {
    checked = -n - 1n;
    n = maxHostNum - checked;
  }
  if (checked > maxHostNum) return { error: `prefix of ${parentLen} does not accommodate a host numbered ${n}` };
  const bitLength = to4(base.ip) ? 32n : 128n;
  return insertNumIntoIP(base.ip, n, bitLength);
}

/** go-cidr SubnetBig: subnet `num` of `base` extended by `newBits` (a Go int) prefix bits. */
export function subnetBig(base: GoIPNet, newBits: bigint, num: bigint): GoIPNet | GoPanic | { readonly error: string } {
  const [parentLen, addrLen] = maskSize(base.mask);
  const newPrefixLen = BigInt.asIntN(64, BigInt(parentLen) + newBits);
  if (newPrefixLen > BigInt(addrLen)) {
    return { error: `insufficient address space to extend prefix of ${parentLen} by ${newBits}` };
  }
  const maxNetNum = BigInt.asUintN(64, (newBits >= 0n && newBits < 64n ? 1n << newBits : 0n) - 1n);
  if (BigInt.asUintN(64, num < 0n ? -num : num) > maxNetNum) {
    return { error: `prefix extension of ${newBits} does not accommodate a subnet numbered ${num}` };
  }
  const ip = insertNumIntoIP(base.ip, num, newPrefixLen);
  if (ip instanceof GoPanic) return ip;
  return { ip, mask: cidrMask(Number(newPrefixLen), addrLen) };
}

/** go-cidr AddressRange: the first and last addresses of a network. */
function addressRange(network: GoIPNet): [GoIP, GoIP] {
  const first = network.ip;
  const [prefixLen, bits] = maskSize(network.mask);
  if (prefixLen === bits) return [first, first.slice()];
  const [firstInt, ipBits] = ipToInt(first);
  const last = ((1n << BigInt(ipBits - prefixLen)) - 1n) | firstInt;
  return [first, intToIP(last, ipBits) as GoIP];
}

function step(ip: GoIP, delta: 1 | -1): GoIP {
  const out = checkIPv4(ip).slice();
  for (let j = out.length - 1; j >= 0; j--) {
    out[j] = (out[j]! + delta) & 0xff;
    if (out[j] !== (delta === 1 ? 0 : 0xff)) break;
  }
  return out;
}

/** go-cidr PreviousSubnet: the `prefixLen` subnet just below the start of `network`. */
export function previousSubnet(network: GoIPNet, prefixLen: number): GoIPNet {
  const start = checkIPv4(network.ip);
  const mask = cidrMask(prefixLen, 8 * start.length);
  return { ip: maskIP(step(start, -1), mask), mask };
}

/** go-cidr NextSubnet: the `prefixLen` subnet just after `network`, and whether the address space rolled over. */
export function nextSubnet(network: GoIPNet, prefixLen: number): { next: GoIPNet; rollover: boolean } {
  const [, currentLast] = addressRange(network);
  const mask = cidrMask(prefixLen, 8 * currentLast.length);
  const [, last] = addressRange({ ip: maskIP(currentLast, mask), mask });
  const after = step(last, 1);
  const rollover = ipEqual(after, IPV4_ZERO) || ipEqual(after, IPV6_ZERO);
  return { next: { ip: maskIP(after, mask), mask }, rollover };
}
