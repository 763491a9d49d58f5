import type { Charset } from "./charset.js";
import { EUC_JP, GBK, buildEncodeTable } from "./multibyte-charset.js";

// ISO-2022-JP and HZ-GB-2312: seven-bit encodings that switch character sets with escape sequences.

const ESC = 0x1b;
const TO_ASCII = [ESC, 0x28, 0x42];
const TO_KATAKANA = [ESC, 0x28, 0x49];
const TO_JIS0208 = [ESC, 0x24, 0x42];

type Mode = "ascii" | "katakana" | "jis0208";

/** ISO-2022-JP, switching back to ASCII at the end of the text as golang.org/x/text does. */
export function iso2022jpCharset(): Charset {
  let table: Map<number, readonly number[]> | undefined;
  return {
    name: "ISO-2022-JP",
    encode(text) {
      table ??= buildEncodeTable(EUC_JP);
      return encodeIso2022jp(table, text);
    },
    decode: (bytes) => new TextDecoder("iso-2022-jp").decode(bytes),
  };
}

function encodeIso2022jp(table: Map<number, readonly number[]>, text: string): Uint8Array | undefined {
  const out: number[] = [];
  let mode: Mode = "ascii";
  for (const ch of text) {
    const step = iso2022jpStep(table, ch.codePointAt(0)!);
    if (!step) return undefined;
    if (step.mode !== mode) out.push(...ESCAPES[step.mode]);
    mode = step.mode;
    out.push(...step.bytes);
  }
  if (mode !== "ascii") out.push(...ESCAPES.ascii);
  return Uint8Array.from(out);
}

const ESCAPES: Record<Mode, readonly number[]> = { ascii: TO_ASCII, katakana: TO_KATAKANA, jis0208: TO_JIS0208 };

function iso2022jpStep(table: Map<number, readonly number[]>, cp: number): { mode: Mode; bytes: number[] } | undefined {
  if (cp < 0x80) return { mode: "ascii", bytes: [cp] };
  if (cp >= 0xff61 && cp <= 0xff9f) return { mode: "katakana", bytes: [cp - 0xff61 + 0x21] };
  const euc = table.get(cp);
  if (!euc || euc.length !== 2) return undefined;
  return { mode: "jis0208", bytes: [euc[0]! - 0x80, euc[1]! - 0x80] };
}

/** HZ-GB-2312: GB2312 characters between `~{` and `~}`, `~~` for a tilde. */
export function hzCharset(): Charset {
  let table: Map<number, readonly number[]> | undefined;
  return {
    name: "HZ-GB-2312",
    encode(text) {
      table ??= buildEncodeTable(GBK);
      return encodeHz(table, text);
    },
    decode: decodeHz,
  };
}

function encodeHz(table: Map<number, readonly number[]>, text: string): Uint8Array | undefined {
  const out: number[] = [];
  let gb = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if (gb) out.push(0x7e, 0x7d);
      gb = false;
      out.push(...(cp === 0x7e ? [0x7e, 0x7e] : [cp]));
      continue;
    }
    const bytes = table.get(cp);
    if (!bytes || bytes.length !== 2 || !isGb2312(bytes[0]!, bytes[1]!)) return undefined;
    if (!gb) out.push(0x7e, 0x7b);
    gb = true;
    out.push(bytes[0]! - 0x80, bytes[1]! - 0x80);
  }
  return Uint8Array.from(out);
}

function isGb2312(lead: number, trail: number): boolean {
  return lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe;
}

function decodeHz(bytes: Uint8Array): string {
  const gbk = new TextDecoder("gbk");
  let out = "";
  let gb = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x7e) {
      const n = bytes[++i];
      if (n === 0x7e) out += "~";
      else if (n === 0x7b) gb = true;
      else if (n === 0x7d) gb = false;
      else if (n !== 0x0a) out += "\ufffd";
    } else if (gb && i + 1 < bytes.length && b >= 0x21 && b < 0x7f) {
      out += gbk.decode(Uint8Array.of(b + 0x80, bytes[++i]! + 0x80));
    } else out += b < 0x80 && !gb ? String.fromCharCode(b) : "\ufffd";
  }
  return out;
}
