// Go's ways of quoting text in error messages, which Terraform's date/time errors show verbatim:
// fmt's %q (strconv.Quote) and the time package's own, simpler quote. Both work on UTF-8 bytes,
// because Go slices strings by byte and may cut a character in two.

const UTF8 = new TextEncoder();

/** The UTF-8 bytes of a string, as Go sees a string. */
export function utf8Bytes(s: string): Uint8Array {
  return UTF8.encode(s);
}

/** Decodes one rune at `i` as Go's utf8.DecodeRune does: invalid bytes give U+FFFD with width 1. */
export function decodeRune(b: Uint8Array, i: number): { rune: number; width: number } {
  const b0 = b[i]!;
  if (b0 < 0x80) return { rune: b0, width: 1 };
  const width = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (width === 0 || i + width > b.length) return { rune: 0xfffd, width: 1 };
  const [lo, hi] = secondByteRange(b0);
  const b1 = b[i + 1]!;
  if (b1 < lo || b1 > hi) return { rune: 0xfffd, width: 1 };
  let rune = b0 & (0xff >> (width + 1));
  for (let k = 1; k < width; k++) {
    const c = b[i + k]!;
    if (k > 1 && (c < 0x80 || c > 0xbf)) return { rune: 0xfffd, width: 1 };
    rune = (rune << 6) | (c & 0x3f);
  }
  return { rune, width };
}

function secondByteRange(b0: number): [number, number] {
  if (b0 === 0xe0) return [0xa0, 0xbf];
  if (b0 === 0xed) return [0x80, 0x9f];
  if (b0 === 0xf0) return [0x90, 0xbf];
  if (b0 === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x07, "\\a"],
  [0x08, "\\b"],
  [0x0c, "\\f"],
  [0x0a, "\\n"],
  [0x0d, "\\r"],
  [0x09, "\\t"],
  [0x0b, "\\v"],
  [0x22, '\\"'],
  [0x5c, "\\\\"],
]);

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** fmt's %q of a byte string (strconv.Quote): Go escapes for controls, invalid bytes and unprintable runes. */
export function goQuote(b: Uint8Array): string {
  let out = '"';
  for (let i = 0; i < b.length; ) {
    const { rune, width } = decodeRune(b, i);
    out += rune === 0xfffd && width === 1 ? `\\x${hex2(b[i]!)}` : quoteRune(rune);
    i += width;
  }
  return out + '"';
}

function quoteRune(rune: number): string {
  const short = SHORT_ESCAPES.get(rune);
  if (short) return short;
  const ch = String.fromCodePoint(rune);
  if (PRINTABLE.test(ch)) return ch;
  if (rune < 0x80) return `\\x${hex2(rune)}`;
  if (rune < 0x10000) return `\\u${rune.toString(16).padStart(4, "0")}`;
  return `\\U${rune.toString(16).padStart(8, "0")}`;
}

/** The time package's quote: ASCII as is (with `"` and `\` escaped), every other byte as \xNN. */
export function timeQuote(b: Uint8Array): string {
  let out = '"';
  for (let i = 0; i < b.length; ) {
    const { rune, width } = decodeRune(b, i);
    if (rune >= 0x80 || rune < 0x20) {
      for (let k = 0; k < width; k++) out += `\\x${hex2(b[i + k]!)}`;
    } else {
      out += rune === 0x22 || rune === 0x5c ? `\\${String.fromCharCode(rune)}` : String.fromCharCode(rune);
    }
    i += width;
  }
  return out + '"';
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}
