// Go's encoding/base64, where Terraform's results depend on it: encoding/json's []byte fields (the state
// file's `private`), hashicorp/local's content_base64, and random_id/random_bytes imports. Same accepted
// inputs as Go (CR and LF skipped anywhere, padding rules, non-strict trailing bits) and the same
// "illegal base64 data at input byte N" errors, which Node's lenient decoder would not give.

const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** A base64 variant: its alphabet and whether it pads with "=". */
export interface GoBase64Encoding {
  readonly alphabet: string;
  readonly padded: boolean;
}

/** base64.StdEncoding. */
export const STD_ENCODING: GoBase64Encoding = { alphabet: STD, padded: true };
/** base64.RawURLEncoding. */
export const RAW_URL_ENCODING: GoBase64Encoding = { alphabet: URL, padded: false };

/** Go's CorruptInputError. */
export class Base64Error {
  constructor(readonly offset: number) {}

  get message(): string {
    return `illegal base64 data at input byte ${this.offset}`;
  }
}

/** Encodes bytes as the encoding does (Go's EncodeToString). */
export function encodeBase64(bytes: Uint8Array, enc: GoBase64Encoding): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  const mapped = enc.alphabet === URL ? text.replace(/\+/g, "-").replace(/\//g, "_") : text;
  return enc.padded ? mapped : mapped.replace(/=+$/, "");
}

/** Decodes text as Go's DecodeString does, or says at which byte it is corrupt. */
export function decodeBase64(text: string, enc: GoBase64Encoding): Uint8Array | Base64Error {
  const src = Buffer.from(text, "utf8");
  const out: number[] = [];
  let si = 0;
  while (si < src.length) {
    const q = decodeQuantum(src, si, enc);
    if (q instanceof Base64Error) return q;
    out.push(...q.bytes);
    si = q.next;
    if (q.end) break;
  }
  return Uint8Array.from(out);
}

interface Quantum {
  readonly bytes: number[];
  readonly next: number;
  readonly end: boolean;
}

function decodeQuantum(src: Buffer, start: number, enc: GoBase64Encoding): Quantum | Base64Error {
  const table = decodeTable(enc.alphabet);
  const dbuf: number[] = [];
  let si = start;
  while (dbuf.length < 4) {
    if (si === src.length) {
      if (dbuf.length === 0) return { bytes: [], next: si, end: true };
      if (dbuf.length === 1 || enc.padded) return new Base64Error(si - dbuf.length);
      return { bytes: assemble(dbuf), next: si, end: true };
    }
    const c = src[si++]!;
    const d = table[c]!;
    if (d !== NOT_IN_ALPHABET) {
      dbuf.push(d);
      continue;
    }
    if (c === 0x0a || c === 0x0d) continue;
    if (!enc.padded || c !== 0x3d) return new Base64Error(si - 1);
    return afterPadding(src, si, dbuf);
  }
  return { bytes: assemble(dbuf), next: si, end: false };
}

// The "=" at src[si-1] ends the input: check the padding is complete and nothing follows it.
function afterPadding(src: Buffer, start: number, dbuf: number[]): Quantum | Base64Error {
  let si = start;
  if (dbuf.length < 2) return new Base64Error(si - 1);
  if (dbuf.length === 2) {
    si = skipNewlines(src, si);
    if (si === src.length) return new Base64Error(src.length);
    if (src[si] !== 0x3d) return new Base64Error(si - 1);
    si++;
  }
  si = skipNewlines(src, si);
  if (si < src.length) return new Base64Error(si);
  return { bytes: assemble(dbuf), next: si, end: true };
}

function skipNewlines(src: Buffer, from: number): number {
  let si = from;
  while (si < src.length && (src[si] === 0x0a || src[si] === 0x0d)) si++;
  return si;
}

function assemble(dbuf: readonly number[]): number[] {
  const v = dbuf.reduce((acc, d, i) => acc | (d << (18 - 6 * i)), 0);
  const bytes = [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  return bytes.slice(0, dbuf.length - 1);
}

const NOT_IN_ALPHABET = 0xff;
const DECODE_TABLES = new Map<string, Uint8Array>();

// Each byte's value in the alphabet (Go's decodeMap), built once per alphabet.
function decodeTable(alphabet: string): Uint8Array {
  let table = DECODE_TABLES.get(alphabet);
  if (table) return table;
  table = new Uint8Array(256).fill(NOT_IN_ALPHABET);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  DECODE_TABLES.set(alphabet, table);
  return table;
}
