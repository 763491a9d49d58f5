import type { ByteTable } from "./charset-tables.js";

// The character sets textencodebase64/textdecodebase64 work with, each as an encoder and a decoder
// with the behaviour of golang.org/x/text's: decoding never fails but yields U+FFFD for undefined
// input; encoding fails (undefined) when a character has no representation.

/** A character set: its IANA name and how to convert text to and from its bytes. */
export interface Charset {
  /** The canonical IANA name, as Terraform names it in error messages. */
  readonly name: string;
  /** The bytes for the text, or undefined when some character cannot be represented. */
  encode(text: string): Uint8Array | undefined;
  /** The text for the bytes, with U+FFFD wherever the bytes are not valid in this set. */
  decode(bytes: Uint8Array): string;
}

/** A single-byte character set from its table. */
export function byteTableCharset(name: string, table: ByteTable): Charset {
  let reverse: Map<number, number> | undefined;
  return {
    name,
    encode(text) {
      reverse ??= reverseTable(table);
      const out: number[] = [];
      for (const ch of text) {
        const b = reverse.get(ch.codePointAt(0)!);
        if (b === undefined) return undefined;
        out.push(b);
      }
      return Uint8Array.from(out);
    },
    decode: (bytes) => Array.from(bytes, (b) => table[b]!).join(""),
  };
}

function reverseTable(table: ByteTable): Map<number, number> {
  const m = new Map<number, number>();
  table.forEach((ch, b) => {
    const cp = ch.codePointAt(0)!;
    if (cp !== 0xfffd && !m.has(cp)) m.set(cp, b);
  });
  return m;
}

/** UTF-8, whose decoder turns every invalid sequence into U+FFFD. */
export const utf8Charset: Charset = {
  name: "UTF-8",
  encode: (text) => new TextEncoder().encode(text),
  decode: (bytes) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
};

/** US-ASCII: bytes 0x00-0x7F only. */
export const asciiCharset: Charset = {
  name: "US-ASCII",
  encode(text) {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) return undefined;
      out.push(c);
    }
    return Uint8Array.from(out);
  },
  decode: (bytes) => Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : "\ufffd")).join(""),
};

/** ISO 8859-1: each byte is the code point of the same number. */
export const latin1Charset: Charset = {
  name: "ISO_8859-1:1987",
  encode(text) {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0xff) return undefined;
      out.push(c);
    }
    return Uint8Array.from(out);
  },
  decode: (bytes) => Array.from(bytes, (b) => String.fromCharCode(b)).join(""),
};

/** UTF-16 in one byte order; with `useBOM` (the plain "UTF-16"), big-endian plus a BOM that decoding honours. */
export function utf16Charset(name: string, littleEndian: boolean, useBOM: boolean): Charset {
  return {
    name,
    encode(text) {
      const out: number[] = useBOM ? [0xfe, 0xff] : [];
      for (let i = 0; i < text.length; i++) pushUnit(out, text.charCodeAt(i), littleEndian);
      return Uint8Array.from(out);
    },
    decode(bytes) {
      let le = littleEndian;
      let start = 0;
      if (useBOM && bytes.length >= 2) {
        if (bytes[0] === 0xfe && bytes[1] === 0xff) start = 2;
        else if (bytes[0] === 0xff && bytes[1] === 0xfe) [start, le] = [2, true];
      }
      return decodeUtf16(bytes, start, le);
    },
  };
}

function pushUnit(out: number[], unit: number, le: boolean): void {
  if (le) out.push(unit & 0xff, unit >> 8);
  else out.push(unit >> 8, unit & 0xff);
}

function decodeUtf16(bytes: Uint8Array, start: number, le: boolean): string {
  const units: number[] = [];
  let i = start;
  for (; i + 1 < bytes.length; i += 2) units.push(le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let text = "";
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    const next = units[k + 1];
    if (u >= 0xd800 && u < 0xdc00 && next !== undefined && next >= 0xdc00 && next < 0xe000) {
      text += String.fromCharCode(u, next);
      k++;
    } else text += u >= 0xd800 && u < 0xe000 ? "\ufffd" : String.fromCharCode(u);
  }
  return i < bytes.length ? text + "\ufffd" : text;
}
