// Huffman code construction exactly as Go's compress/flate builds it (huffman_code.go): code lengths
// by the package-merge style bitCounts over frequency-sorted literals, codes assigned in literal
// order within each length. Matching Go bit for bit keeps base64gzip's output identical to Terraform's.

const MAX_INT32 = 2147483647;
const MAX_BITS_LIMIT = 16;

interface LiteralNode {
  readonly literal: number;
  readonly freq: number;
}

/** A Huffman code: per symbol, the bit-reversed code and its length in bits (0 = unused). */
export class HuffmanEncoder {
  readonly code: Uint16Array;
  readonly len: Uint16Array;

  constructor(size: number) {
    this.code = new Uint16Array(size);
    this.len = new Uint16Array(size);
  }

  /** Total bits needed to encode the given symbol frequencies with this code. */
  bitLength(freq: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < freq.length; i++) if (freq[i] !== 0) total += freq[i]! * this.len[i]!;
    return total;
  }

  /** Rebuilds this code as the minimal code for the frequencies, no code longer than maxBits. */
  generate(freq: ArrayLike<number>, maxBits: number): void {
    const list: LiteralNode[] = [];
    for (let i = 0; i < freq.length; i++) {
      if (freq[i] !== 0) list.push({ literal: i, freq: freq[i]! });
      else this.len[i] = 0;
    }
    if (list.length <= 2) {
      list.forEach((node, i) => {
        this.code[node.literal] = i;
        this.len[node.literal] = 1;
      });
      return;
    }
    list.sort((a, b) => a.freq - b.freq || a.literal - b.literal);
    this.assignEncodingAndSize(bitCounts(list, maxBits), list);
  }

  private assignEncodingAndSize(bitCount: number[], sorted: LiteralNode[]): void {
    let code = 0;
    let list = sorted;
    for (let n = 0; n < bitCount.length; n++) {
      code = (code << 1) & 0xffff;
      const bits = bitCount[n]!;
      if (n === 0 || bits === 0) continue;
      const chunk = list.slice(list.length - bits).sort((a, b) => a.literal - b.literal);
      for (const node of chunk) {
        this.code[node.literal] = reverseBits(code, n);
        this.len[node.literal] = n;
        code = (code + 1) & 0xffff;
      }
      list = list.slice(0, list.length - bits);
    }
  }
}

interface LevelInfo {
  level: number;
  lastFreq: number;
  nextCharFreq: number;
  nextPairFreq: number;
  needed: number;
}

/** How many literals get each bit length (index = bits), for a list sorted by increasing frequency. */
function bitCounts(sorted: LiteralNode[], maxBitsIn: number): number[] {
  const n = sorted.length;
  const list = [...sorted, { literal: 0xffff, freq: MAX_INT32 }];
  const maxBits = Math.min(maxBitsIn, n - 1);
  const levels: LevelInfo[] = [];
  const leafCounts: number[][] = [];
  for (let i = 0; i < MAX_BITS_LIMIT; i++) {
    levels.push({ level: i, lastFreq: 0, nextCharFreq: 0, nextPairFreq: 0, needed: 0 });
    leafCounts.push(new Array<number>(MAX_BITS_LIMIT).fill(0));
  }
  for (let level = 1; level <= maxBits; level++) {
    levels[level] = {
      level,
      lastFreq: list[1]!.freq,
      nextCharFreq: list[2]!.freq,
      nextPairFreq: level === 1 ? MAX_INT32 : list[0]!.freq + list[1]!.freq,
      needed: 0,
    };
    leafCounts[level]![level] = 2;
  }
  levels[maxBits]!.needed = 2 * n - 4;
  runLevels(levels, leafCounts, list, maxBits);
  const bitCount = new Array<number>(maxBits + 1).fill(0);
  const counts = leafCounts[maxBits]!;
  for (let level = maxBits, bits = 1; level > 0; level--, bits++) bitCount[bits] = counts[level]! - counts[level - 1]!;
  return bitCount;
}

function runLevels(levels: LevelInfo[], leafCounts: number[][], list: LiteralNode[], maxBits: number): void {
  let level = maxBits;
  for (;;) {
    const l = levels[level]!;
    if (l.nextPairFreq === MAX_INT32 && l.nextCharFreq === MAX_INT32) {
      l.needed = 0;
      levels[level + 1]!.nextPairFreq = MAX_INT32;
      level++;
      continue;
    }
    const prevFreq = l.lastFreq;
    if (l.nextCharFreq < l.nextPairFreq) {
      const count = leafCounts[level]![level]! + 1;
      l.lastFreq = l.nextCharFreq;
      leafCounts[level]![level] = count;
      l.nextCharFreq = list[count]!.freq;
    } else {
      l.lastFreq = l.nextPairFreq;
      for (let j = 0; j < level; j++) leafCounts[level]![j] = leafCounts[level - 1]![j]!;
      levels[l.level - 1]!.needed = 2;
    }
    l.needed--;
    if (l.needed === 0) {
      if (l.level === maxBits) return;
      levels[l.level + 1]!.nextPairFreq = prevFreq + l.lastFreq;
      level++;
    } else {
      while (levels[level - 1]!.needed > 0) level--;
    }
  }
}

/** The low `length` bits of `n`, reversed. */
export function reverseBits(n: number, length: number): number {
  let r = 0;
  for (let i = 0; i < length; i++) r |= ((n >> i) & 1) << (length - 1 - i);
  return r;
}

const MAX_NUM_LIT = 286;

function fixedLiteralEncoding(): HuffmanEncoder {
  const h = new HuffmanEncoder(MAX_NUM_LIT);
  for (let ch = 0; ch < MAX_NUM_LIT; ch++) {
    const [bits, size] = ch < 144 ? [ch + 48, 8] : ch < 256 ? [ch + 400 - 144, 9] : ch < 280 ? [ch - 256, 7] : [ch + 192 - 280, 8];
    h.code[ch] = reverseBits(bits, size);
    h.len[ch] = size;
  }
  return h;
}

function fixedOffsetEncoding(): HuffmanEncoder {
  const h = new HuffmanEncoder(30);
  for (let i = 0; i < 30; i++) {
    h.code[i] = reverseBits(i, 5);
    h.len[i] = 5;
  }
  return h;
}

/** The fixed literal/length code of RFC 1951 3.2.6. */
export const FIXED_LITERALS = fixedLiteralEncoding();
/** The fixed distance code of RFC 1951 3.2.6. */
export const FIXED_OFFSETS = fixedOffsetEncoding();
