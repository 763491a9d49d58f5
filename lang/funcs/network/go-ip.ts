// Go's net.IP, net.IPMask and net.IPNet operations, byte for byte, because Terraform's CIDR functions
// inherit their quirks: IPv4 addresses may be 4 bytes or 16 (IPv4-mapped IPv6), masking two values of
// different lengths gives Go's nil (an empty array here), and printing follows net.IP.String.

/** A Go net.IP: 4 or 16 bytes; an empty array stands for Go's nil. */
export type GoIP = Uint8Array;

/** A Go net.IPMask: 4 or 16 bytes; an empty array stands for Go's nil. */
export type GoMask = Uint8Array;

/** A Go net.IPNet: a network number and its mask. */
export interface GoIPNet {
  readonly ip: GoIP;
  readonly mask: GoMask;
}

const V4_IN_V6_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** Go's net.IPv4(a, b, c, d): the 16-byte IPv4-mapped form. */
export function ipv4(a: number, b: number, c: number, d: number): GoIP {
  return Uint8Array.from([...V4_IN_V6_PREFIX, a, b, c, d]);
}

/** Go's net.IPv4zero (16-byte 0.0.0.0). */
export const IPV4_ZERO: GoIP = ipv4(0, 0, 0, 0);

/** Go's net.IPv6zero (::). */
export const IPV6_ZERO: GoIP = new Uint8Array(16);

function hasV4Prefix(ip: GoIP): boolean {
  return V4_IN_V6_PREFIX.every((b, i) => ip[i] === b);
}

/** Go's IP.To4: the 4-byte form of an IPv4 or IPv4-mapped address, else undefined. */
export function to4(ip: GoIP): GoIP | undefined {
  if (ip.length === 4) return ip;
  return ip.length === 16 && hasV4Prefix(ip) ? ip.subarray(12) : undefined;
}

/** go-cidr's checkIPv4: the 4-byte form when there is one, else the address itself. */
export function checkIPv4(ip: GoIP): GoIP {
  return to4(ip) ?? ip;
}

/** Go's IP.Mask: the address with the mask applied, nil (empty) when their lengths cannot agree. */
export function maskIP(ip: GoIP, mask: GoMask): GoIP {
  let m = mask;
  let a = ip;
  if (m.length === 16 && a.length === 4 && m.subarray(0, 12).every((b) => b === 0xff)) m = m.subarray(12);
  if (m.length === 4 && a.length === 16 && hasV4Prefix(a)) a = a.subarray(12);
  if (a.length !== m.length) return new Uint8Array(0);
  return a.map((b, i) => b & m[i]!);
}

/** Go's net.CIDRMask(ones, bits): nil (empty) unless bits is 32 or 128 and 0 <= ones <= bits. */
export function cidrMask(ones: number, bits: number): GoMask {
  if ((bits !== 32 && bits !== 128) || ones < 0 || ones > bits) return new Uint8Array(0);
  const m = new Uint8Array(bits / 8);
  for (let i = 0; i < m.length; i++) {
    const n = Math.min(8, Math.max(0, ones - i * 8));
    m[i] = (0xff00 >> n) & 0xff;
  }
  return m;
}

/** Go's simpleMaskLength: the prefix length of a canonical mask, -1 otherwise. */
function simpleMaskLength(mask: GoMask): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) {
    let v = mask[i]!;
    if (v === 0xff) {
      n += 8;
      continue;
    }
    while (v & 0x80) {
      n++;
      v = (v << 1) & 0xff;
    }
    if (v !== 0 || mask.subarray(i + 1).some((b) => b !== 0)) return -1;
    break;
  }
  return n;
}

/** Go's IPMask.Size: [ones, bits], or [0, 0] for a non-canonical mask. */
export function maskSize(mask: GoMask): [number, number] {
  const ones = simpleMaskLength(mask);
  return ones === -1 ? [0, 0] : [ones, mask.length * 8];
}

/** Go's IP.Equal: byte equality, treating a 4-byte address as its IPv4-mapped form. */
export function ipEqual(a: GoIP, b: GoIP): boolean {
  if (a.length === b.length) return a.every((x, i) => x === b[i]);
  if (a.length === 4 && b.length === 16) return hasV4Prefix(b) && ipEqual(a, b.subarray(12));
  if (a.length === 16 && b.length === 4) return hasV4Prefix(a) && ipEqual(a.subarray(12), b);
  return false;
}

/** Go's networkNumberAndMask: the network in matching lengths, or undefined when they cannot match. */
function networkNumberAndMask(n: GoIPNet): [GoIP, GoMask] | undefined {
  let ip = to4(n.ip);
  if (!ip) {
    if (n.ip.length !== 16) return undefined;
    ip = n.ip;
  }
  let m = n.mask;
  if (m.length === 4) return ip.length === 4 ? [ip, m] : undefined;
  if (m.length !== 16) return undefined;
  if (ip.length === 4) m = m.subarray(12);
  return [ip, m];
}

/** Go's IPNet.Contains. */
export function ipNetContains(n: GoIPNet, ip: GoIP): boolean {
  const [nn, m] = networkNumberAndMask(n) ?? [new Uint8Array(0), new Uint8Array(0)];
  const a = to4(ip) ?? ip;
  if (a.length !== nn.length) return false;
  return a.every((b, i) => (nn[i]! & m[i]!) === (b & m[i]!));
}

/** Go's IP.String: dotted decimal for IPv4 (mapped too), RFC 5952 IPv6, "<nil>" for nil. */
export function ipString(ip: GoIP): string {
  if (ip.length === 0) return "<nil>";
  const v4 = to4(ip);
  if (v4) return [...v4].join(".");
  if (ip.length !== 16) return `?${hexString(ip)}`;
  return ipv6String(ip);
}

function ipv6String(ip: GoIP): string {
  const groups = Array.from({ length: 8 }, (_, i) => (ip[2 * i]! << 8) | ip[2 * i + 1]!);
  let [zeroStart, zeroEnd] = [-1, -1];
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i >= 2 && j - i > zeroEnd - zeroStart) [zeroStart, zeroEnd] = [i, j];
  }
  if (zeroStart < 0) return groups.map((g) => g.toString(16)).join(":");
  const head = groups.slice(0, zeroStart).map((g) => g.toString(16));
  const tail = groups.slice(zeroEnd).map((g) => g.toString(16));
  return `${head.join(":")}::${tail.join(":")}`;
}

function hexString(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
}

/** Go's IPNet.String: "address/prefix", the mask in hex when it is not canonical, "<nil>" when unprintable. */
export function ipNetString(n: GoIPNet): string {
  const parts = networkNumberAndMask(n);
  if (!parts) return "<nil>";
  const [nn, m] = parts;
  const ones = simpleMaskLength(m);
  return ones === -1 ? `${ipString(nn)}/${hexString(m)}` : `${ipString(nn)}/${ones}`;
}
