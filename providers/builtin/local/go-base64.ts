// Go's base64.StdEncoding.DecodeString, which hashicorp/local uses for content_base64: the standard
// alphabet with required padding, CR and LF skipped anywhere, and errors that name the offending byte
// offset ("illegal base64 data at input byte N"). Node's decoder silently skips bad input instead.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const PAD = 0x3d;

/** The decoded bytes, or Go's error text for the first bad byte. */
export function decodeStdBase64(text: string): Buffer | { readonly error: string } {
  const src = Buffer.from(text, "utf8");
  const out: number[] = [];
  let si = 0;
  while (si < src.length) {
    const q = decodeQuantum(src, si, out);
    if ("error" in q) return { error: `illegal base64 data at input byte ${q.error}` };
    si = q.si;
  }
  return Buffer.from(out);
}

type Quantum = { readonly si: number } | { readonly error: number };

/** One group of four symbols (Go's decodeQuantum for an encoding with padding, not strict). */
function decodeQuantum(src: Buffer, start: number, out: number[]): Quantum {
  const buf = [0, 0, 0, 0];
  let si = start;
  let dlen = 4;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) {
      if (j === 0) return { si };
      return { error: si - j };
    }
    const c = src[si++]!;
    const d = DECODE.get(c);
    if (d !== undefined) {
      buf[j] = d;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      j--;
      continue;
    }
    if (c !== PAD) return { error: si - 1 };
    const end = afterPadding(src, si, j);
    if ("error" in end) return end;
    dlen = j;
    emit(buf, dlen, out);
    return end.trailing === undefined ? { si: end.si } : { error: end.trailing };
  }
  emit(buf, dlen, out);
  return { si };
}

/** Checks the padding that starts at symbol `j` of a quantum; a second "=" is needed after two symbols. */
function afterPadding(src: Buffer, start: number, j: number): { readonly si: number; readonly trailing?: number } | { readonly error: number } {
  let si = start;
  if (j === 0 || j === 1) return { error: si - 1 };
  if (j === 2) {
    si = skipNewlines(src, si);
    if (si === src.length) return { error: src.length };
    if (src[si] !== PAD) return { error: si - 1 };
    si++;
  }
  si = skipNewlines(src, si);
  return si < src.length ? { si, trailing: si } : { si };
}

function skipNewlines(src: Buffer, at: number): number {
  let si = at;
  while (si < src.length && (src[si] === 0x0a || src[si] === 0x0d)) si++;
  return si;
}

function emit(buf: number[], dlen: number, out: number[]): void {
  const val = (buf[0]! << 18) | (buf[1]! << 12) | (buf[2]! << 6) | buf[3]!;
  const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
  out.push(...bytes.slice(0, dlen - 1));
}
