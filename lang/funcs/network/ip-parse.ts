import { cidrMask, ipv4, maskIP, type GoIP, type GoIPNet } from "./go-ip.js";

// Terraform's internal/ipaddr: Go's net.ParseCIDR as of Go 1.16, kept because Go 1.17 started to
// reject IPv4 octets with leading zeros ("010.1.2.3"), which Terraform still reads as decimal. IPv6
// groups may likewise carry any number of leading zeros; zones ("%eth0") are not accepted.

/** Go's "big" bound for dtoi/xtoi. */
const BIG = 0xffffff;

/** Decimal digits at the start of `s`: [value, count, ok]. */
function dtoi(s: string): [number, number, boolean] {
  let n = 0;
  let i = 0;
  for (; i < s.length && s[i]! >= "0" && s[i]! <= "9"; i++) {
    n = n * 10 + (s.charCodeAt(i) - 0x30);
    if (n >= BIG) return [BIG, i, false];
  }
  return i === 0 ? [0, 0, false] : [n, i, true];
}

/** Hexadecimal digits at the start of `s`: [value, count, ok]. */
function xtoi(s: string): [number, number, boolean] {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const d = parseInt(s[i]!, 16);
    if (Number.isNaN(d)) break;
    n = n * 16 + d;
    if (n >= BIG) return [0, i, false];
  }
  return i === 0 ? [0, i, false] : [n, i, true];
}

/** Parses "d.d.d.d" (decimal octets, leading zeros allowed) into Go's 16-byte form. */
export function parseIPv4(text: string): GoIP | undefined {
  const p: number[] = [];
  let s = text;
  for (let i = 0; i < 4; i++) {
    if (s.length === 0) return undefined;
    if (i > 0) {
      if (s[0] !== ".") return undefined;
      s = s.slice(1);
    }
    const [n, c, ok] = dtoi(s);
    if (!ok || n > 0xff) return undefined;
    s = s.slice(c);
    p.push(n);
  }
  return s.length === 0 ? ipv4(p[0]!, p[1]!, p[2]!, p[3]!) : undefined;
}

/** Parses an IPv6 literal (RFC 4291), with "::" and an optional trailing dotted IPv4 part. */
export function parseIPv6(text: string): GoIP | undefined {
  const ip = new Uint8Array(16);
  let s = text;
  let ellipsis = -1;
  if (s.startsWith("::")) {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return ip;
  }
  let i = 0;
  while (i < 16) {
    const [n, c, ok] = xtoi(s);
    if (!ok || n > 0xffff) return undefined;
    if (c < s.length && s[c] === ".") {
      if ((ellipsis < 0 && i !== 12) || i + 4 > 16) return undefined;
      const v4 = parseIPv4(s);
      if (!v4) return undefined;
      ip.set(v4.subarray(12), i);
      s = "";
      i += 4;
      break;
    }
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;
    s = s.slice(c);
    if (s.length === 0) break;
    if (s[0] !== ":" || s.length === 1) return undefined;
    s = s.slice(1);
    if (s[0] === ":") {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return undefined;
  return expandEllipsis(ip, i, ellipsis);
}

function expandEllipsis(ip: Uint8Array, filled: number, ellipsis: number): GoIP | undefined {
  if (filled === 16) return ellipsis >= 0 ? undefined : ip;
  if (ellipsis < 0) return undefined;
  const n = 16 - filled;
  ip.copyWithin(ellipsis + n, ellipsis, filled);
  ip.fill(0, ellipsis, ellipsis + n);
  return ip;
}

/** Parses "address/prefix" into the network it names (address bits past the prefix cleared). */
export function parseCIDR(s: string): GoIPNet | { readonly error: string } {
  const slash = s.indexOf("/");
  const bad = { error: `invalid CIDR address: ${s}` };
  if (slash < 0) return bad;
  const addr = s.slice(0, slash);
  const maskText = s.slice(slash + 1);
  let ipLen = 4;
  let ip = parseIPv4(addr);
  if (!ip) {
    ipLen = 16;
    ip = parseIPv6(addr);
  }
  const [n, used, ok] = dtoi(maskText);
  if (!ip || !ok || used !== maskText.length || n > 8 * ipLen) return bad;
  const mask = cidrMask(n, 8 * ipLen);
  return { ip: maskIP(ip, mask), mask };
}
