import type { Charset } from "./charset.js";

// EUC-KR as golang.org/x/text (and the WHATWG index) defines it: KS X 1001 in the 0xA1-0xFE block plus
// the Unified Hangul Code extension, which places the 8822 Hangul syllables KS X 1001 lacks, in code
// point order, at leads 0x81-0xC6. Node's decoder lacks the extension, so the table is built here
// from its KS X 1001 part and that rule.

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

function* extensionPositions(): Generator<[number, number]> {
  for (let lead = 0x81; lead <= 0xc6; lead++) {
    const trails = lead <= 0xa0 ? [[0x41, 0x5a], [0x61, 0x7a], [0x81, 0xfe]] : [[0x41, 0x5a], [0x61, 0x7a], [0x81, 0xa0]];
    for (const [from, to] of trails) for (let t = from!; t <= to!; t++) yield [lead, t];
  }
}

function buildTable(): Map<number, number> {
  const table = new Map<number, number>();
  const decoder = new TextDecoder("euc-kr");
  const present = new Set<number>();
  for (let lead = 0xa1; lead <= 0xfe; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const s = decoder.decode(Uint8Array.of(lead, trail));
      const cp = s.codePointAt(0)!;
      if ([...s].length !== 1 || cp === 0xfffd) continue;
      table.set((lead << 8) | trail, cp);
      present.add(cp);
    }
  }
  const positions = extensionPositions();
  for (let cp = HANGUL_FIRST; cp <= HANGUL_LAST; cp++) {
    if (present.has(cp)) continue;
    const next = positions.next();
    if (next.done) break;
    table.set((next.value[0] << 8) | next.value[1], cp);
  }
  return table;
}

/** EUC-KR with the Unified Hangul Code extension. */
export function eucKrCharset(): Charset {
  let decodeTable: Map<number, number> | undefined;
  let encodeTable: Map<number, number> | undefined;
  const tables = (): [Map<number, number>, Map<number, number>] => {
    decodeTable ??= buildTable();
    encodeTable ??= new Map([...decodeTable].map(([bytes, cp]) => [cp, bytes]));
    return [decodeTable, encodeTable];
  };
  return {
    name: "EUC-KR",
    encode(text) {
      const enc = tables()[1];
      const out: number[] = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        const bytes = cp < 0x80 ? cp : enc.get(cp);
        if (bytes === undefined) return undefined;
        out.push(...(cp < 0x80 ? [cp] : [bytes >> 8, bytes & 0xff]));
      }
      return Uint8Array.from(out);
    },
    decode(bytes) {
      const dec = tables()[0];
      let out = "";
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        if (b < 0x80) {
          out += String.fromCharCode(b);
          continue;
        }
        const trail = bytes[i + 1];
        const cp = trail === undefined ? undefined : dec.get((b << 8) | trail);
        out += cp === undefined ? "\ufffd" : String.fromCodePoint(cp);
        if (cp !== undefined || (trail !== undefined && trail >= 0x80)) i++;
      }
      return out;
    },
  };
}
