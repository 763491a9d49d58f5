// Go's base64.StdEncoding, which encoding/json uses for []byte fields (the state file's `private`):
// padded standard alphabet, CR and LF ignored, and on bad input a CorruptInputError naming the byte
// offset where Go's decoder gave up ("illegal base64 data at input byte 4").

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = new Map<number, number>([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const PAD = 0x3d;

/** Base64 text as Go's StdEncoding writes it. */
export function encodeGoBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

/** The bytes of a base64 string, or the offset Go reports for corrupt input. */
export function decodeGoBase64(text: string): Uint8Array | { readonly corruptAt: number } {
  const src = Buffer.from(text, "utf8");
  const out: number[] = [];
  let si = 0;
  while (si < src.length) {
    const q = decodeQuantum(src, si, out);
    if ("corruptAt" in q) return q;
    if (q.done) break;
    si = q.next;
  }
  return Uint8Array.from(out);
}

type Quantum = { readonly next: number; readonly done: boolean } | { readonly corruptAt: number };

// One group of four characters (encoding/base64's decodeQuantum).
function decodeQuantum(src: Buffer, start: number, out: number[]): Quantum {
  const buf = [0, 0, 0, 0];
  let si = start;
  let dlen = 4;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) {
      if (j === 0) return { next: si, done: true };
      return { corruptAt: si - j };
    }
    const c = src[si++]!;
    const v = DECODE.get(c);
    if (v !== undefined) {
      buf[j] = v;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      j--;
      continue;
    }
    if (c !== PAD || j < 2) return { corruptAt: si - 1 };
    const padEnd = readPadding(src, si, j);
    if ("corruptAt" in padEnd) return padEnd;
    dlen = j;
    emit(buf, dlen, out);
    return padEnd.trailing < src.length ? { corruptAt: padEnd.trailing } : { next: src.length, done: true };
  }
  emit(buf, dlen, out);
  return { next: si, done: false };
}

// After a first "=" at position j of a quantum: the second "=" when j is 2, then only newlines.
function readPadding(src: Buffer, from: number, j: number): { readonly trailing: number } | { readonly corruptAt: number } {
  let si = from;
  if (j === 2) {
    while (si < src.length && (src[si] === 0x0a || src[si] === 0x0d)) si++;
    if (si === src.length) return { corruptAt: src.length };
    if (src[si] !== PAD) return { corruptAt: si - 1 };
    si++;
  }
  while (si < src.length && (src[si] === 0x0a || src[si] === 0x0d)) si++;
  return { trailing: si };
}

function emit(buf: readonly number[], dlen: number, out: number[]): void {
  const val = (buf[0]! << 18) | (buf[1]! << 12) | (buf[2]! << 6) | buf[3]!;
  const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
  out.push(...bytes.slice(0, dlen - 1));
}
