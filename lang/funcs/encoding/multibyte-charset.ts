import type { Charset } from "./charset.js";

// The East Asian multi-byte character sets. Decoding uses Node's WHATWG decoders (the same index
// tables golang.org/x/text uses); encoding inverts them, built on first use.

type ByteRange = readonly [number, number];

/** Which byte sequences a multi-byte set defines, for building its encoder. */
interface Layout {
  readonly decoderLabel: string;
  /** Single bytes above 0x7F that stand for a character. */
  readonly singles?: readonly ByteRange[];
  readonly leads: readonly ByteRange[];
  readonly trails: readonly ByteRange[];
  /** Prefixes of three-byte forms (EUC-JP half-width katakana is 0x8E + one byte). */
  readonly prefixed?: { readonly prefix: number; readonly range: ByteRange };
  readonly fourByte?: boolean;
  /** Characters encoded with their last byte sequence rather than their first (WHATWG's Big5 rule). */
  readonly lastWins?: ReadonlySet<number>;
}

/** Shift_JIS; a character with several codes gets its first (so NEC's copies win over IBM's). */
export const SHIFT_JIS: Layout = {
  decoderLabel: "shift_jis",
  singles: [[0x80, 0x80], [0xa1, 0xdf]],
  leads: [[0x81, 0x9f], [0xe0, 0xfc]],
  trails: [[0x40, 0x7e], [0x80, 0xfc]],
};
/** EUC-JP (JIS X 0208 plus 0x8E half-width katakana). */
export const EUC_JP: Layout = {
  decoderLabel: "euc-jp",
  leads: [[0xa1, 0xfe]],
  trails: [[0xa1, 0xfe]],
  prefixed: { prefix: 0x8e, range: [0xa1, 0xdf] },
};
/** GBK. */
export const GBK: Layout = { decoderLabel: "gbk", singles: [[0x80, 0x80]], leads: [[0x81, 0xfe]], trails: [[0x40, 0x7e], [0x80, 0xfe]] };
/** GB18030, including its four-byte forms. */
export const GB18030: Layout = { ...GBK, decoderLabel: "gb18030", singles: [], fourByte: true };
/** Big5 (without the HKSCS leads below 0xA1, which the encoder never produces). */
export const BIG5: Layout = {
  decoderLabel: "big5",
  leads: [[0xa1, 0xfe]],
  trails: [[0x40, 0x7e], [0xa1, 0xfe]],
  lastWins: new Set([0x2550, 0x255e, 0x2561, 0x256a, 0x5341, 0x5345]),
};

/** A charset for a multi-byte layout. */
export function multiByteCharset(name: string, layout: Layout): Charset {
  let table: Map<number, readonly number[]> | undefined;
  return {
    name,
    encode(text) {
      table ??= buildEncodeTable(layout);
      return encodeWith(table, text, layout);
    },
    decode: (bytes) => new TextDecoder(layout.decoderLabel).decode(bytes),
  };
}

function encodeWith(table: Map<number, readonly number[]>, text: string, layout: Layout): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const seq = cp < 0x80 ? [cp] : (table.get(cp) ?? (layout.fourByte ? supplementaryGb18030(cp) : undefined));
    if (!seq) return undefined;
    out.push(...seq);
  }
  return Uint8Array.from(out);
}

/** The encoder table of a layout: code point to bytes, first (lowest) byte sequence winning. */
export function buildEncodeTable(layout: Layout): Map<number, readonly number[]> {
  const decoder = new TextDecoder(layout.decoderLabel);
  const table = new Map<number, readonly number[]>();
  const add = (bytes: number[]): void => {
    const s = decoder.decode(Uint8Array.from(bytes));
    const cp = s.codePointAt(0)!;
    const keep = !table.has(cp) || layout.lastWins?.has(cp);
    if (s.length > 0 && [...s].length === 1 && cp !== 0xfffd && cp >= 0x80 && keep) table.set(cp, bytes);
  };
  for (const r of layout.singles ?? []) eachIn(r, (b) => add([b]));
  if (layout.prefixed) eachIn(layout.prefixed.range, (t) => add([layout.prefixed!.prefix, t]));
  for (const lr of layout.leads) eachIn(lr, (l) => layout.trails.forEach((tr) => eachIn(tr, (t) => add([l, t]))));
  if (layout.fourByte) addFourByteBmp(add);
  return table;
}

function eachIn(range: ByteRange, f: (b: number) => void): void {
  for (let b = range[0]; b <= range[1]; b++) f(b);
}

function addFourByteBmp(add: (bytes: number[]) => void): void {
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
      }
    }
  }
}

/** GB18030's algorithmic four-byte form of a supplementary-plane code point. */
function supplementaryGb18030(cp: number): number[] | undefined {
  if (cp < 0x10000 || cp > 0x10ffff) return undefined;
  let linear = 189000 + (cp - 0x10000);
  const b4 = linear % 10;
  linear = Math.floor(linear / 10);
  const b3 = linear % 126;
  linear = Math.floor(linear / 126);
  const b2 = linear % 10;
  const b1 = Math.floor(linear / 10);
  return [0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4];
}
