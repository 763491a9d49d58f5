// Base64 decoding exactly as Go's encoding/base64 StdEncoding.DecodeString does it: padding required,
// CR and LF skipped anywhere, and an error that names the byte offset of the first bad symbol.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = buildDecodeMap();
const PAD = 0x3d;
const CR = 0x0d;
const LF = 0x0a;

/** The decoded bytes, or the byte offset Go's CorruptInputError reports. */
export type Base64Result = { readonly bytes: Uint8Array } | { readonly errorOffset: number };

/** Decodes standard, padded base64 as Go does (the input string is taken as UTF-8 bytes). */
export function goBase64Decode(text: string): Base64Result {
  const src = new TextEncoder().encode(text);
  const out: number[] = [];
  let si = 0;
  while (si < src.length) {
    const q = decodeQuantum(src, si);
    if ("errorOffset" in q) return q;
    out.push(...q.bytes);
    si = q.next;
    if (q.trailingError !== undefined) return { errorOffset: q.trailingError };
  }
  return { bytes: Uint8Array.from(out) };
}

/** Standard padded base64 of some bytes (Go's StdEncoding.EncodeToString). */
export function base64Encode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

interface Quantum {
  readonly bytes: number[];
  readonly next: number;
  /** Set when the quantum decoded but garbage follows its padding. */
  readonly trailingError?: number;
}

function decodeQuantum(src: Uint8Array, start: number): Quantum | { errorOffset: number } {
  const buf = [0, 0, 0, 0];
  let si = start;
  let j = 0;
  while (j < 4) {
    if (si === src.length) return endOfInput(buf, j, si);
    const c = src[si++]!;
    const v = DECODE[c]!;
    if (v !== 0xff) {
      buf[j++] = v;
      continue;
    }
    if (c === CR || c === LF) continue;
    if (c !== PAD) return { errorOffset: si - 1 };
    return padding(src, si, buf, j);
  }
  return { bytes: assemble(buf, 4), next: si };
}

function endOfInput(buf: number[], j: number, si: number): Quantum | { errorOffset: number } {
  // Go's StdEncoding requires padding, so a partial quantum at the end is always an error.
  if (j === 0) return { bytes: [], next: si };
  return { errorOffset: si - j };
}

function padding(src: Uint8Array, after: number, buf: number[], j: number): Quantum | { errorOffset: number } {
  let si = after;
  if (j === 0 || j === 1) return { errorOffset: si - 1 };
  if (j === 2) {
    si = skipNewlines(src, si);
    if (si === src.length) return { errorOffset: src.length };
    if (src[si] !== PAD) return { errorOffset: si - 1 };
    si++;
  }
  si = skipNewlines(src, si);
  const bytes = assemble(buf, j);
  return si < src.length ? { bytes, next: si, trailingError: si } : { bytes, next: si };
}

function skipNewlines(src: Uint8Array, si: number): number {
  while (si < src.length && (src[si] === CR || src[si] === LF)) si++;
  return si;
}

function assemble(buf: number[], len: number): number[] {
  const val = (buf[0]! << 18) | (buf[1]! << 12) | (buf[2]! << 6) | buf[3]!;
  const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
  return bytes.slice(0, len - 1);
}

function buildDecodeMap(): Uint8Array {
  const m = new Uint8Array(256).fill(0xff);
  for (let i = 0; i < ALPHABET.length; i++) m[ALPHABET.charCodeAt(i)] = i;
  return m;
}
