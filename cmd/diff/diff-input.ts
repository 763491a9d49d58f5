// GNU diff's reading of two texts (io.c): the identical prefix and suffix are set aside except for
// a horizon of context lines, and the lines in between are numbered into equivalence classes.
// Working on UTF-8 bytes keeps the prefix/suffix boundaries exactly where diff puts them.

/** How many unchanged lines diff keeps next to each change (`-u`), which is also its horizon. */
export const CONTEXT_LINES = 3;

const NL = 0x0a;

/** One text as diff holds it: its lines (with their newlines) and whether the last one lacked a newline. */
export interface DiffText {
  readonly lines: readonly Uint8Array[];
  readonly missingNewline: boolean;
}

/** The middle part of both texts that diff analyses: lines before it are the shared prefix. */
export interface DiffInput {
  readonly texts: readonly [DiffText, DiffText];
  readonly prefixLines: number;
  /** Equivalence class of each analysed line, per text (equal lines share a class). */
  readonly equivs: readonly [Int32Array, Int32Array];
}

/** Splits both texts, finds their identical ends and numbers the lines in between. */
export function readDiffInput(oldText: string, newText: string): DiffInput {
  const a = prepare(oldText);
  const b = prepare(newText);
  const prefixEnd = identicalPrefixEnd(a, b);
  const [suffix0, suffix1] = identicalSuffixBegin(a, b, prefixEnd);
  const prefixLines = countNewlines(a.bytes, 0, prefixEnd);
  const classes = new Map<string, number>();
  const equivs: [Int32Array, Int32Array] = [
    numberLines(a, prefixEnd, suffix0, classes),
    numberLines(b, prefixEnd, suffix1, classes),
  ];
  return { texts: [toText(a), toText(b)], prefixLines, equivs };
}

interface Prepared {
  readonly bytes: Uint8Array;
  readonly missingNewline: boolean;
}

/** The text's bytes, with a newline appended (and remembered) when the last line lacks one. */
function prepare(text: string): Prepared {
  const raw = Buffer.from(text, "utf8");
  if (raw.length === 0 || raw[raw.length - 1] === NL) return { bytes: raw, missingNewline: false };
  const bytes = new Uint8Array(raw.length + 1);
  bytes.set(raw);
  bytes[raw.length] = NL;
  return { bytes, missingNewline: true };
}

function identicalPrefixEnd(a: Prepared, b: Prepared): number {
  const n0 = a.bytes.length;
  const n1 = b.bytes.length;
  let p = 0;
  while (p < n0 && p < n1 && a.bytes[p] === b.bytes[p]) p++;
  // A missing final newline is not part of the prefix.
  if (n0 - Number(a.missingNewline) < p !== n1 - Number(b.missingNewline) < p) p--;
  let horizon = CONTEXT_LINES;
  while (p !== 0 && (a.bytes[p - 1] !== NL || horizon-- !== 0)) p--;
  return p;
}

function identicalSuffixBegin(a: Prepared, b: Prepared, prefixEnd: number): [number, number] {
  const n0 = a.bytes.length;
  const n1 = b.bytes.length;
  if (a.missingNewline !== b.missingNewline) return [n0, n1];
  let p0 = n0;
  let p1 = n1;
  let beg0 = prefixEnd + (n0 < n1 ? 0 : n0 - n1);
  while (p0 !== beg0) {
    p0--;
    p1--;
    if (a.bytes[p0] !== b.bytes[p1]) {
      p0++;
      p1++;
      beg0 = p0;
      break;
    }
  }
  const atLineStart = (p0 === 0 || a.bytes[p0 - 1] === NL) && (p1 === 0 || b.bytes[p1 - 1] === NL);
  let i = CONTEXT_LINES + (atLineStart ? 0 : 1);
  while (i-- !== 0 && p0 !== n0) while (a.bytes[p0++] !== NL);
  return [p0, p1 + (p0 - beg0)];
}

function numberLines(t: Prepared, from: number, to: number, classes: Map<string, number>): Int32Array {
  const out: number[] = [];
  for (let start = from; start < to; ) {
    const end = t.bytes.indexOf(NL, start) + 1;
    const incomplete = t.missingNewline && end === t.bytes.length;
    const key = (incomplete ? "I" : "C") + Buffer.from(t.bytes.subarray(start, end)).toString("latin1");
    let cls = classes.get(key);
    if (cls === undefined) classes.set(key, (cls = classes.size + 1));
    out.push(cls);
    start = end;
  }
  return Int32Array.from(out);
}

function countNewlines(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (bytes[i] === NL) n++;
  return n;
}

function toText(t: Prepared): DiffText {
  const lines: Uint8Array[] = [];
  const limit = t.missingNewline ? t.bytes.length - 1 : t.bytes.length;
  for (let start = 0; start < limit; ) {
    const nl = t.bytes.indexOf(NL, start);
    const end = nl < 0 || nl >= limit ? limit : nl + 1;
    lines.push(t.bytes.subarray(start, end));
    start = end;
  }
  return { lines, missingNewline: t.missingNewline };
}
